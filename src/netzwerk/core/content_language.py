"""Which language a piece of content is shown in, so pages can mark it (WCAG 3.1.2, language of parts).

Content is kept per language (django-modeltranslation) and falls back to the German original where a
translation is missing. A fallback shown inside a page of another language carries its own `lang` (and
`dir`, since the page may run right to left), so screen readers pronounce it and hyphenation fits it.
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language

SOURCE_LANGUAGE = "de"


def text_direction(language: str) -> str:
    return "rtl" if language in settings.LANGUAGES_BIDI else "ltr"


@dataclass(frozen=True)
class TranslatedText:
    text: str
    language: str
    is_fallback: bool

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)

    @property
    def lang_attributes(self) -> SafeString:
        """` lang="de" dir="ltr"` where the text's language differs from the page's, else nothing."""
        if not self.is_fallback:
            return SafeString("")
        return format_html(' lang="{}" dir="{}"', self.language, text_direction(self.language))


def translated_text(record: Any, field_name: str) -> TranslatedText:
    """The field in the current language, else the German original, flagged as a fallback."""
    current = (get_language() or SOURCE_LANGUAGE).split("-")[0]
    for code in dict.fromkeys((current, SOURCE_LANGUAGE)):
        value = getattr(record, f"{field_name}_{code}", None)
        if value:
            return TranslatedText(str(value), code, code != current)
    return TranslatedText("", current, is_fallback=False)
