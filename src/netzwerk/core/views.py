from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render

from . import health
from .models import Network


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
