"""Translations of articles: reading one (with which German revision it was made from, and whether a newer
German text exists) and writing one in the network's content languages, right to left where the
language is written so. Every save of a translation is kept: its history lists the versions, an old one
is read beside the current wording and can be restored.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from netzwerk.core.middleware import network_of
from netzwerk.core.models import Language, Network
from netzwerk.directory.access import get_visible_or_404

from . import services
from .diff import diff_texts
from .forms import TranslationForm
from .models import Article, ArticleTranslation, TranslationRevision
from .rendering import rendered_text
from .views import article_or_404, number_or_404, translation_languages


def _language(network: Network, code: str) -> Language:
    language = translation_languages(network).filter(code=code).first()
    if language is None:
        raise Http404("not a content language of this network")
    return language


def _translation_or_404(
    request: HttpRequest, slug: str, language: str
) -> tuple[Network, Article, ArticleTranslation]:
    """The translation of an article the viewer keeps; 404 for other networks and missing languages."""
    network = network_of(request)
    article = article_or_404(request, network, slug, "knowledge.change_article")
    translation = get_visible_or_404(article.translations.all(), language=language)
    return network, article, translation


def _direction(code: str) -> tuple[Language | None, str]:
    spoken = Language.objects.filter(code=code).first()
    return spoken, "rtl" if spoken and spoken.is_rtl else "ltr"


def article_translation(request: HttpRequest, slug: str, language: str) -> HttpResponse:
    network = network_of(request)
    article = article_or_404(request, network, slug)
    translation = get_visible_or_404(article.translations.all(), language=language)
    spoken, direction = _direction(language)
    based_on = article.revisions.filter(number=translation.based_on_revision).first()
    context = {
        "network": network,
        "article": article,
        "translation": translation,
        "language": spoken,
        "direction": direction,
        "text": rendered_text(translation.body, "translation", translation.pk, translation.version),
        "based_on": based_on,
        "can_edit": request.user.has_perm("knowledge.change_article", article),
    }
    return render(request, "knowledge/article_translation.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def translation_edit(request: HttpRequest, slug: str, language: str) -> HttpResponse:
    network = network_of(request)
    article = article_or_404(request, network, slug, "knowledge.change_article")
    spoken = _language(network, language)
    existing = article.translations.filter(language=language).first()
    instance = existing or ArticleTranslation(article=article, language=language)
    form = TranslationForm(
        request.POST if request.method == "POST" else None, instance=instance, language=spoken
    )
    context: dict[str, Any] = {
        "network": network,
        "article": article,
        "language": spoken,
        "form": form,
        "translation": existing,
        **_changes_since_translation(article, existing),
    }
    if request.method == "POST" and form.is_valid():
        loaded = form.cleaned_data.get("loaded_version")
        try:
            services.save_translation(
                article=article,
                language=language,
                text=form.text,
                loaded_version=(existing.version if existing else 0) if loaded is None else loaded,
                by=request.user,
            )
        except services.TranslationConflictError as conflict:
            context["conflict"] = conflict.current
            context["conflict_diff"] = diff_texts(conflict.current.body, form.text.body)
            data = request.POST.copy()
            data["loaded_version"] = str(conflict.current.version)
            context["form"] = TranslationForm(data, instance=conflict.current, language=spoken)
            return render(request, "knowledge/translation_form.html", context)
        messages.success(
            request,
            _("The translation into %(language)s is saved; it follows German revision %(number)s.")
            % {"language": spoken.name, "number": article.revision_number},
        )
        return redirect(
            reverse(
                "knowledge:article_translation",
                kwargs={"network_slug": network.slug, "slug": article.slug, "language": language},
            )
        )
    return render(request, "knowledge/translation_form.html", context)


def _changes_since_translation(article: Article, translation: ArticleTranslation | None) -> dict[str, Any]:
    """What changed in the German text since the translation was made: the translator's to-do list."""
    if translation is None or translation.based_on_revision >= article.revision_number:
        return {}
    base = article.revisions.filter(number=translation.based_on_revision).first()
    if base is None:
        return {}
    return {"german_changes": diff_texts(base.body, article.body), "german_base": base}


HISTORY_LIMIT = 200


@login_required
def translation_history(request: HttpRequest, slug: str, language: str) -> HttpResponse:
    network, article, translation = _translation_or_404(request, slug, language)
    spoken, direction = _direction(language)
    context = {
        "network": network,
        "article": article,
        "translation": translation,
        "language": spoken,
        "direction": direction,
        "revisions": list(translation.revisions.select_related("author")[:HISTORY_LIMIT]),
    }
    return render(request, "knowledge/translation_history.html", context)


@login_required
def translation_version(request: HttpRequest, slug: str, language: str, version: int) -> HttpResponse:
    """An earlier wording of the translation, with what differs from the current one."""
    network, article, translation = _translation_or_404(request, slug, language)
    revision = get_visible_or_404(translation.revisions.select_related("author"), version=version)
    spoken, direction = _direction(language)
    is_current = revision.version == translation.version
    context = {
        "network": network,
        "article": article,
        "translation": translation,
        "revision": revision,
        "language": spoken,
        "direction": direction,
        "is_current": is_current,
        "is_outdated": revision.based_on_revision < article.major_revision_number,
        "text": rendered_text(revision.body, "translation-version", revision.pk, revision.version),
        "body_diff": None if is_current else diff_texts(revision.body, translation.body),
        "title_diff": None if is_current else diff_texts(revision.title, translation.title),
    }
    return render(request, "knowledge/translation_version.html", context)


@require_POST
@login_required
def translation_restore(request: HttpRequest, slug: str, language: str, version: int) -> HttpResponse:
    network, article, translation = _translation_or_404(request, slug, language)
    revision: TranslationRevision = get_visible_or_404(translation.revisions.all(), version=version)
    loaded = number_or_404(request.POST.get("loaded_version"), translation.version)
    try:
        restored = services.restore_translation(
            translation=translation, revision=revision, loaded_version=loaded, by=request.user
        )
    except services.TranslationConflictError:
        messages.error(
            request,
            _(
                "Not restored: the translation was changed meanwhile. Look at the newest version and "
                "choose again."
            ),
        )
        return redirect(
            "knowledge:translation_history", network_slug=network.slug, slug=article.slug, language=language
        )
    messages.success(
        request,
        _("Version %(old)s of the translation is restored as the new version %(number)s.")
        % {"old": revision.version, "number": restored.version},
    )
    return redirect(
        "knowledge:article_translation", network_slug=network.slug, slug=article.slug, language=language
    )
