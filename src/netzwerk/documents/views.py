"""Pages of the documents: list, page of a document, upload, details, new version, downloads."""

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from netzwerk.core.edit_conflicts import report_saved, save_edit
from netzwerk.core.middleware import network_of
from netzwerk.core.models import Network
from netzwerk.core.permissions import network_permission, require
from netzwerk.core.uploads import served_file
from netzwerk.directory.models import Organization
from netzwerk.directory.views import record_history
from netzwerk.knowledge import access as knowledge_access
from netzwerk.knowledge.models import Article, Collection

from . import access, services
from .forms import DocumentFilterForm, DocumentForm, VersionForm
from .models import Document, DocumentVersion, ExtractionStatus

PAGE_SIZE = 30


def _max_size() -> str:
    return filesizeformat(settings.NETZWERK_UPLOAD_MAX_BYTES)


def _form_options(request: HttpRequest, network: Network) -> dict[str, Any]:
    return {
        "network": network,
        "articles": knowledge_access.articles_for(request.user, network),
        "organizations": Organization.objects.in_network(network).order_by("name"),
        "max_size": _max_size(),
    }


def document_list(request: HttpRequest) -> HttpResponse:
    network = network_of(request)
    form = DocumentFilterForm(request.GET or None, network=network)
    documents = access.documents_for(request.user, network).select_related("current_version", "collection")
    if form.is_valid():
        for word in form.cleaned_data["q"].split():
            documents = documents.filter(title__icontains=word)
        if form.cleaned_data["collection"]:
            documents = documents.filter(collection=form.cleaned_data["collection"])
    page_obj = Paginator(documents.order_by("title", "pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"network": network, "form": form, "page_obj": page_obj, "documents": page_obj.object_list}
    return render(request, "documents/document_list.html", context)


def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    document = access.document_or_404(request.user, network, pk)
    versions = list(document.versions.select_related("uploaded_by"))
    articles = knowledge_access.published_articles_for(request.user, network).filter(documents=document)
    context = {
        "network": network,
        "document": document,
        "versions": versions,
        "current": versions[0] if versions else None,
        "articles": list(articles.order_by("title")),
        "thematic_fields": list(document.thematic_fields.all()),
        **record_history(request, document, "documents.change_document"),
        "last_changed": versions[0].uploaded_at if versions else document.created_at,
    }
    return render(request, "documents/document_detail.html", context)


@login_required
@network_permission("documents.add_document")
@require_http_methods(["GET", "POST"])
def document_create(request: HttpRequest) -> HttpResponse:
    network = network_of(request)
    initial = _initial_places(request, network)
    form = DocumentForm(
        request.POST if request.method == "POST" else None,
        request.FILES or None,
        instance=Document(network=network),
        initial=initial,
        **_form_options(request, network),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        document = services.create_document(
            network=network,
            by=request.user,
            upload=data["file"],
            title=data["title"],
            description=data["description"],
            collection=data["collection"],
            articles=data["articles"],
            thematic_fields=data["thematic_fields"],
            visibility=data["visibility"],
            language=data["language"],
            organization=data["organization"],
            note=data["note"],
        )
        messages.success(request, _("“%(title)s” has been uploaded.") % {"title": document.title})
        return redirect(document.url_in(network))
    return render(
        request, "documents/document_form.html", {"network": network, "form": form, "document": None}
    )


def _initial_places(request: HttpRequest, network: Network) -> dict[str, Any]:
    """Opened from a collection or an article ("Add a document"): the form starts with it chosen."""
    initial: dict[str, Any] = {}
    collection = Collection.objects.filter(network=network, slug=request.GET.get("collection", "")).first()
    if collection is not None:
        initial["collection"] = collection
    article: Article | None = (
        knowledge_access.articles_for(request.user, network)
        .filter(slug=request.GET.get("article", ""))
        .first()
    )
    if article is not None:
        initial["articles"] = [article]
        initial.setdefault("collection", article.collection)
        initial["visibility"] = article.visibility
    return initial


@login_required
@require_http_methods(["GET", "POST"])
def document_edit(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    document = access.document_or_404(request.user, network, pk)
    require(request, "documents.change_document", document)
    options = _form_options(request, network)
    form = DocumentForm(request.POST if request.method == "POST" else None, instance=document, **options)
    conflict = None
    if request.method == "POST" and form.is_valid():
        outcome = save_edit(form=form)
        if outcome.saved:
            report_saved(request, outcome, _("“%(title)s” has been saved.") % {"title": document.title})
            return redirect(document.url_in(network))
        conflict = outcome
        form = DocumentForm(instance=outcome.record, initial=outcome.kept_input, **options)
    context = {"network": network, "form": form, "document": document, "conflict": conflict}
    return render(request, "documents/document_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def version_create(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    document = access.document_or_404(request.user, network, pk)
    require(request, "documents.change_document", document)
    form = VersionForm(
        request.POST if request.method == "POST" else None, request.FILES or None, max_size=_max_size()
    )
    if request.method == "POST" and form.is_valid():
        version = services.add_version(
            document=document,
            by=request.user,
            upload=form.cleaned_data["file"],
            note=form.cleaned_data["note"],
        )
        messages.success(
            request,
            _("Version %(number)s of “%(title)s” has been uploaded.")
            % {"number": version.number, "title": document.title},
        )
        return redirect(document.url_in(network))
    return render(
        request, "documents/version_form.html", {"network": network, "form": form, "document": document}
    )


def version_download(request: HttpRequest, pk: int, number: int) -> FileResponse:
    version = access.version_or_404(request.user, network_of(request), pk, number)
    return _file_response(version, inline=False)


def version_view(request: HttpRequest, pk: int, number: int) -> FileResponse:
    """Opened in the browser: PDFs and images without scripts; every other file is downloaded."""
    version = access.version_or_404(request.user, network_of(request), pk, number)
    return _file_response(version, inline=version.shows_inline)


def _file_response(version: DocumentVersion, *, inline: bool) -> FileResponse:
    try:
        handle = version.file.open("rb")
    except (FileNotFoundError, ValueError) as missing:
        raise Http404("the stored file is missing") from missing
    response = served_file(
        handle,
        content_type=version.file_kind.content_type,
        cache_control="private, no-cache",
        as_attachment=not inline,
        filename=version.original_name,
    )
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


@login_required
@network_permission("documents.view_unreadable")
def unreadable_list(request: HttpRequest) -> HttpResponse:
    """For coordinators: versions whose text could not be read, so that someone replaces or checks them."""
    network = network_of(request)
    versions = (
        DocumentVersion.objects.filter(document__network=network, extraction_status=ExtractionStatus.FAILED)
        .select_related("document", "uploaded_by")
        .order_by("-uploaded_at")
    )
    page_obj = Paginator(versions, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"network": network, "page_obj": page_obj, "versions": page_obj.object_list}
    return render(request, "documents/unreadable_list.html", context)


@require_POST
@login_required
def version_read_again(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    network = network_of(request)
    version = access.version_or_404(request.user, network, pk, number)
    require(request, "documents.change_document", version.document)
    services.read_text_later(version=version)
    messages.success(request, _("The text will be read again in a moment."))
    return redirect(version.document.url_in(network))


@login_required
@require_http_methods(["GET", "POST"])
def document_delete(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    document = access.document_or_404(request.user, network, pk)
    require(request, "documents.delete_document", document)
    if request.method == "POST":
        services.delete_document(document=document)
        messages.success(request, _("“%(title)s” has been deleted.") % {"title": document.title})
        return redirect("documents:document_list", network_slug=network.slug)
    context = {"network": network, "document": document, "version": None, "count": document.versions.count()}
    return render(request, "documents/delete_confirm.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def version_delete(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    network = network_of(request)
    version = access.version_or_404(request.user, network, pk, number)
    document = version.document
    require(request, "documents.delete_version", version)
    is_last = not document.versions.exclude(pk=version.pk).exists()
    if request.method == "POST" and not is_last:
        try:
            services.delete_version(version=version)
        except services.LastVersionError:
            is_last = True  # the other versions were deleted meanwhile
        else:
            messages.success(
                request,
                _("Version %(number)s of “%(title)s” has been deleted.")
                % {"number": version.number, "title": document.title},
            )
            return redirect(document.url_in(network))
    context = {"network": network, "document": document, "version": version, "is_last": is_last}
    return render(request, "documents/delete_confirm.html", context)
