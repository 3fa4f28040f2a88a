"""Forms of the knowledge base."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from netzwerk.core.forms import KernForm, KernModelForm
from netzwerk.core.models import Network, TargetGroup, ThematicField

from .models import (
    BODY_MAX_LENGTH,
    Article,
    ArticleStatus,
    ArticleTranslation,
    Collection,
    KnowledgeSettings,
    Tag,
)
from .services import ArticleText


class ArticleFilterForm(KernForm):
    """The filters above the article list; every field is optional and read from the query string."""

    q = forms.CharField(
        label=_("Search"), required=False, max_length=200, help_text=_("Words in the title, summary or text")
    )
    collection: forms.ModelChoiceField[Collection] = forms.ModelChoiceField(
        label=_("Collection"), queryset=Collection.objects.none(), required=False, empty_label=_("All")
    )
    thematic_field: forms.ModelChoiceField[ThematicField] = forms.ModelChoiceField(
        label=_("Thematic field"), queryset=ThematicField.objects.none(), required=False, empty_label=_("All")
    )
    target_group: forms.ModelChoiceField[TargetGroup] = forms.ModelChoiceField(
        label=_("Target group"), queryset=TargetGroup.objects.none(), required=False, empty_label=_("All")
    )
    tag: forms.ModelChoiceField[Tag] = forms.ModelChoiceField(
        label=_("Tag"), queryset=Tag.objects.none(), required=False, empty_label=_("All")
    )

    def __init__(self, *args: Any, network: Network, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["collection"].queryset = Collection.objects.filter(network=network)  # type: ignore[attr-defined]
        self.fields["thematic_field"].queryset = ThematicField.objects.filter(  # type: ignore[attr-defined]
            network=network, is_active=True
        )
        self.fields["target_group"].queryset = TargetGroup.objects.filter(  # type: ignore[attr-defined]
            network=network, is_active=True
        )
        self.fields["tag"].queryset = Tag.objects.filter(network=network)  # type: ignore[attr-defined]


RELATIONS = (
    "thematic_fields",
    "target_groups",
    "related_articles",
    "related_offers",
    "related_organizations",
)


def tag_names(text: str) -> list[str]:
    """ "Kindergeld, Familienkasse" → ["Kindergeld", "Familienkasse"]: each once, in the order given."""
    names: list[str] = []
    for part in text.split(","):
        name = " ".join(part.split())[:60]
        if name and name.casefold() not in {known.casefold() for known in names}:
            names.append(name)
    return names


class TextInputMixin:
    """The title, summary and text a valid article or translation form holds."""

    cleaned_data: dict[str, Any]

    @property
    def text(self) -> ArticleText:
        data = self.cleaned_data
        return ArticleText(data["title"], data.get("summary", ""), data.get("body", ""))


class ArticleForm(TextInputMixin, KernModelForm):
    """Writing or editing an article. The view saves through `services`, which writes the revision;
    `loaded_revision` is the revision the text was loaded from (the optimistic lock)."""

    tags_text = forms.CharField(
        label=_("Tags"),
        required=False,
        max_length=600,
        help_text=_("Separate tags with commas, e.g. “Kindergeld, Familienkasse”."),
    )
    note = forms.CharField(
        label=_("Note on the change"),
        required=False,
        max_length=300,
        help_text=_("What did you change and why? Shown in the article's history."),
    )
    is_major = forms.BooleanField(
        label=_("Major change"),
        required=False,
        help_text=_("The content changed, not only spelling or wording: translations become outdated."),
    )
    loaded_revision = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    class Meta:
        model = Article
        fields = [
            "title",
            "summary",
            "body",
            "collection",
            "visibility",
            "organization",
            "thematic_fields",
            "target_groups",
            "related_articles",
            "related_offers",
            "related_organizations",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 24}),
            "thematic_fields": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            # Boxes, not a list needing the Ctrl key: one click without it would drop every other choice.
            # Long lists get a search box (core/forms/field.html).
            "related_articles": forms.CheckboxSelectMultiple,
            "related_offers": forms.CheckboxSelectMultiple,
            "related_organizations": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "summary": _("Two or three sentences: what the article answers. Shown in lists."),
            "body": _(
                "Markdown: “## ” starts a heading, “- ” a list item, **bold**, [link text](https://…). "
                "At most 100,000 characters."
            ),
        }

    def __init__(self, *args: Any, network: Network, organizations: Any, offers: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.network = network
        others = Article.objects.in_network(network).exclude(status=ArticleStatus.ARCHIVED)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        self.fields["related_articles"].queryset = others.order_by("title")  # type: ignore[attr-defined]
        self.fields["related_offers"].queryset = offers  # type: ignore[attr-defined]
        self.fields["related_organizations"].queryset = organizations  # type: ignore[attr-defined]
        # An offer's title alone is ambiguous: several organizations offer "Migrationsberatung".
        self.fields["related_offers"].label_from_instance = _offer_label  # type: ignore[attr-defined]
        self.fields["body"].validators.append(_body_limit)
        self.fields["collection"].queryset = Collection.objects.filter(network=network)  # type: ignore[attr-defined]
        self.fields["organization"].queryset = organizations  # type: ignore[attr-defined]
        self.fields["thematic_fields"].queryset = ThematicField.objects.filter(  # type: ignore[attr-defined]
            network=network, is_active=True
        )
        self.fields["target_groups"].queryset = TargetGroup.objects.filter(  # type: ignore[attr-defined]
            network=network, is_active=True
        )
        if self.instance.pk and not self.is_bound:
            self.initial["tags_text"] = ", ".join(tag.name for tag in self.instance.tags.all())
            self.initial["loaded_revision"] = self.instance.revision_number
        if not self.instance.pk:
            del self.fields["is_major"]  # the first text is what translations are made from

    def clean_title(self) -> str:
        return " ".join(self.cleaned_data["title"].split())

    @property
    def record_fields(self) -> dict[str, Any]:
        return {name: self.cleaned_data.get(name) for name in ("collection", "visibility", "organization")}

    @property
    def relations(self) -> dict[str, Any]:
        return {name: list(self.cleaned_data.get(name) or []) for name in RELATIONS}


def _offer_label(offer: Any) -> str:
    return f"{offer.title} – {offer.organization.name}"


def _body_limit(value: str) -> None:
    # Django's own message names only the limit; the person also needs to know how far over they are.
    if len(value) > BODY_MAX_LENGTH:
        raise ValidationError(
            _(
                "The text is too long: %(length)s characters, at most %(limit)s are possible. Split it "
                "into several articles, e.g. one per question."
            ),
            code="body_too_long",
            params={"length": f"{len(value):,}", "limit": f"{BODY_MAX_LENGTH:,}"},
        )


def in_the_future(day: Any) -> None:
    """A next review date must lie ahead."""
    if day <= timezone.localdate():
        raise ValidationError(_("Choose a date in the future."))


class ReviewDecision:
    PUBLISH = "publish"
    SEND_BACK = "send_back"


class ReviewForm(KernForm):
    """The reviewer's decision on an article in review: publish it, or send it back with a comment."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        widget=forms.RadioSelect,
        choices=[
            (ReviewDecision.PUBLISH, _("Publish the article")),
            (ReviewDecision.SEND_BACK, _("Send it back to the authors with a comment")),
        ],
    )
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Needed when sending back: what should be changed? The authors see it on the article."),
    )
    review_due = forms.DateField(
        label=_("Next review on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("When publishing; empty: after the network's review interval."),
        validators=[in_the_future],
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("decision") == ReviewDecision.SEND_BACK and not (data.get("comment") or "").strip():
            self.add_error("comment", _("Please say what should be changed, so the authors can fix it."))
        return data


class ConfirmForm(KernForm):
    """ "Checked, still correct": the next review date, by default after the network's interval."""

    review_due = forms.DateField(
        label=_("Next review on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Empty: after the network's review interval."),
        validators=[in_the_future],
    )


class KnowledgeSettingsForm(KernModelForm):
    class Meta:
        model = KnowledgeSettings
        fields = ["members_may_propose", "review_interval_months"]

    def clean_review_interval_months(self) -> int:
        months = self.cleaned_data["review_interval_months"]
        if not 1 <= months <= 60:
            raise ValidationError(_("Choose between 1 and 60 months."))
        return months


class TranslationForm(TextInputMixin, KernModelForm):
    """A translation of the article's current German text; `loaded_version` is the optimistic lock."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    class Meta:
        model = ArticleTranslation
        fields = ["title", "summary", "body"]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 24}),
        }

    def __init__(self, *args: Any, language: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["body"].validators.append(_body_limit)
        if not self.is_bound:
            self.initial["loaded_version"] = self.instance.version if self.instance.pk else 0
        # The fields take the language's direction, so Arabic and Persian are typed right to left.
        for name in ("title", "summary", "body"):
            self.fields[name].widget.attrs.update(
                {"lang": language.code, "dir": "rtl" if language.is_rtl else "ltr"}
            )


class CollectionForm(KernModelForm):
    """A shelf of the knowledge base. Its parent may be any other shelf of the network, except one below
    it (that would make a circle)."""

    class Meta:
        model = Collection
        fields = ["title", "parent", "description", "position"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"position": _("Smaller numbers come first among collections with the same parent.")}

    def __init__(self, *args: Any, network: Network, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        shelves = Collection.objects.filter(network=network).order_by("title")
        if self.instance.pk:
            shelves = shelves.exclude(pk__in=self.instance_and_below())
        self.fields["parent"].queryset = shelves  # type: ignore[attr-defined]
        self.fields["parent"].empty_label = _("None – a top collection")  # type: ignore[attr-defined]

    def instance_and_below(self) -> set[int]:
        below, frontier = {self.instance.pk}, {self.instance.pk}
        while frontier:
            frontier = (
                set(Collection.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)) - below
            )
            below |= frontier
        return below
