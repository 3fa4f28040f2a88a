"""Translations of articles: reading one (with which German revision it was made from, and whether a newer
German text exists) and writing one in the network's content languages, right to left where the
language is written so.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from netzwerk.core.middleware import network_of
from netzwerk.core.models import Language, Network
from netzwerk.directory.access import get_visible_or_404

from . import services
from .diff import diff_texts
from .forms import TranslationForm
from .models import Article, ArticleTranslation
from .rendering import rendered_text
from .views import article_or_404, translation_languages


def _language(network: Network, code: str) -> Language:
    language = translation_languages(network).filter(code=code).first()
    if language is None:
        raise Http404("not a content language of this network")
    return language


def article_translation(request: HttpRequest, slug: str, language: str) -> HttpResponse:
    network = network_of(request)
    article = article_or_404(request, network, slug)
    translation = get_visible_or_404(article.translations.all(), language=language)
    spoken = Language.objects.filter(code=language).first()
    based_on = article.revisions.filter(number=translation.based_on_revision).first()
    context = {
        "network": network,
        "article": article,
        "translation": translation,
        "language": spoken,
        "direction": "rtl" if spoken and spoken.is_rtl else "ltr",
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
