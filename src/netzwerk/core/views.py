from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils._os import safe_join

from . import health
from .models import Network
from .uploads import GIF, LOGO_KINDS, extension_of, served_file

# Only these folders of MEDIA_ROOT are public; documents are served by their app's checked view alone.
PUBLIC_MEDIA_FOLDERS = ("networks/logos/", "organizations/logos/")
PUBLIC_MEDIA_TYPES = {ending: kind.content_type for kind in (*LOGO_KINDS, GIF) for ending in kind.extensions}


def home(request: HttpRequest) -> HttpResponse:
    networks = list(Network.objects.active())
    if len(networks) == 1:
        return redirect(networks[0])
    return render(request, "core/home.html", {"networks": networks})


def network_home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/network_home.html", {"network": request.network})  # type: ignore[attr-defined]


def healthz(request: HttpRequest) -> JsonResponse:
    report = health.check()
    return JsonResponse(report, status=200 if report["database"] == "ok" else 503)


def public_media(request: HttpRequest, path: str) -> FileResponse:
    """Logos, with DEBUG on and off: an image type by the (server-made) name, never a guess from the
    content, no sniffing, and a policy that keeps even a crafted file from running anything."""
    content_type = PUBLIC_MEDIA_TYPES.get(extension_of(path))
    parts = path.split("/")
    if content_type is None or not path.startswith(PUBLIC_MEDIA_FOLDERS) or "\\" in path or ".." in parts:
        raise Http404
    try:
        handle = Path(safe_join(str(settings.MEDIA_ROOT), path)).open("rb")  # noqa: SIM115 - FileResponse closes it
    except (OSError, ValueError) as missing:
        raise Http404 from missing
    return served_file(handle, content_type=content_type, cache_control="public, max-age=86400")
