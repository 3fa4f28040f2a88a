"""Public directory content kept per content language (German original, translations optional)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Offer, Organization, Position


@register(Organization)
class OrganizationTranslation(TranslationOptions):
    fields = ("description",)


@register(Offer)
class OfferTranslation(TranslationOptions):
    fields = ("title", "description", "opening_hours", "costs", "eligibility", "access")


@register(Position)
class PositionTranslation(TranslationOptions):
    fields = ("title",)
