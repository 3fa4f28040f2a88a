"""Coordinators keep the shelves of the knowledge base: create, edit and delete collections."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from netzwerk.core.middleware import network_of
from netzwerk.core.permissions import network_permission
from netzwerk.directory.access import get_visible_or_404

from . import access, services
from .forms import CollectionForm
from .models import Collection


@login_required
@network_permission("knowledge.manage_collections")
@require_http_methods(["GET", "POST"])
def collection_create(request: HttpRequest) -> HttpResponse:
    network = network_of(request)
    instance = Collection(network=network)
    form = CollectionForm(
        request.POST if request.method == "POST" else None, instance=instance, network=network
    )
    if request.method == "POST" and form.is_valid():
        instance.slug = services.free_slug(
            Collection, network, form.cleaned_data["title"], length=70, fallback="sammlung"
        )
        collection = form.save()
        messages.success(
            request, _("The collection “%(title)s” has been created.") % {"title": collection.title}
        )
        return redirect(collection.url_in(network))
    return render(
        request, "knowledge/collection_form.html", {"network": network, "form": form, "collection": None}
    )


@login_required
@network_permission("knowledge.manage_collections")
@require_http_methods(["GET", "POST"])
def collection_edit(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_of(request)
    collection = get_visible_or_404(access.collections_for(request.user, network), slug=slug)
    form = CollectionForm(
        request.POST if request.method == "POST" else None, instance=collection, network=network
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(
            request, _("The collection “%(title)s” has been saved.") % {"title": collection.title}
        )
        return redirect(collection.url_in(network))
    context = {
        "network": network,
        "form": form,
        "collection": collection,
        "breadcrumbs": [*collection.ancestors(), collection],
    }
    return render(request, "knowledge/collection_form.html", context)


@login_required
@network_permission("knowledge.manage_collections")
@require_http_methods(["GET", "POST"])
def collection_delete(request: HttpRequest, slug: str) -> HttpResponse:
    """A confirmation page; an empty collection is deleted on POST, a filled one says what to move first."""
    network = network_of(request)
    collection = get_visible_or_404(access.collections_for(request.user, network), slug=slug)
    if request.method == "POST":
        try:
            parent = services.delete_collection(collection=collection)
        except services.CollectionNotEmptyError:
            messages.error(
                request,
                _("The collection “%(title)s” was not deleted: it is not empty.")
                % {"title": collection.title},
            )
        else:
            messages.success(
                request, _("The collection “%(title)s” has been deleted.") % {"title": collection.title}
            )
            if parent is not None:
                return redirect(parent.url_in(network))
            return redirect("knowledge:index", network_slug=network.slug)
    context = {
        "network": network,
        "collection": collection,
        "contents": services.collection_contents(collection),
        "children": list(collection.children.all()),
        "breadcrumbs": [*collection.ancestors(), collection],
    }
    return render(request, "knowledge/collection_delete.html", context)
