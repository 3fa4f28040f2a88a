from django.conf import settings
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

from netzwerk.core.mount import project_urlpatterns

urlpatterns: list[URLPattern | URLResolver] = [
    *project_urlpatterns(),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
