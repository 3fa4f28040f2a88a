"""Account and invitation pages at the site root; member pages below /n/<network_slug>/."""

from django.urls import path

from . import views

app_name = "accounts"

MEMBERS = "members/"

urlpatterns = [
    path("account/", views.profile, name="profile"),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
]

network_urlpatterns = [
    path(MEMBERS, views.member_list, name="member_list"),
    path(f"{MEMBERS}invite/", views.invite, name="invite"),
    path(f"{MEMBERS}invitations/", views.invitation_list, name="invitation_list"),
    path(f"{MEMBERS}invitations/<int:pk>/resend/", views.invitation_resend, name="invitation_resend"),
    path(f"{MEMBERS}invitations/<int:pk>/revoke/", views.invitation_revoke, name="invitation_revoke"),
    path(f"{MEMBERS}<int:pk>/", views.member_edit, name="member_edit"),
    path(f"{MEMBERS}<int:pk>/end/", views.member_end, name="member_end"),
]
