"""Which core fields are kept per content language (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Language, Network, TargetGroup, ThematicField


@register(Network)
class NetworkTranslation(TranslationOptions):
    fields = ("name", "description")


@register(ThematicField)
class ThematicFieldTranslation(TranslationOptions):
    fields = ("name", "description")


@register(TargetGroup)
class TargetGroupTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Language)
class LanguageTranslation(TranslationOptions):
    fields = ("name",)
