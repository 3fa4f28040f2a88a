from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

from netzwerk.core.mount import project_urlpatterns

urlpatterns: list[URLPattern | URLResolver] = [
    *project_urlpatterns(),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
