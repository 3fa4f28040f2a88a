from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from netzwerk.core.permissions import network_permission


@network_permission("core.view_internal")
def notes(request: HttpRequest) -> HttpResponse:
    return render(request, "sample_app/notes.html", {"network": request.network})  # type: ignore[attr-defined]
