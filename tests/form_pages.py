"""What a browser would send for the main POST form of a page: every named field with its current value
(text inputs, hidden fields, ticked boxes, chosen options, text areas). Used by tests that act like two
people with the same form open, and by bench/concurrent_edits.py, whose client must leave the CPU to
the server: so this reads the platform's own markup (attributes in double quotes) with regular
expressions instead of a full HTML parser, which took 80 ms for the offer form."""

import html
import re

SKIPPED_INPUTS = {"submit", "button", "reset", "image", "file"}
FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.DOTALL | re.IGNORECASE)
CONTROL = re.compile(
    r"<input\b(?P<input>[^>]*)>"
    r"|<textarea\b(?P<textarea>[^>]*)>(?P<text>.*?)</textarea>"
    r"|<select\b(?P<select>[^>]*)>(?P<options>.*?)</select>",
    re.DOTALL | re.IGNORECASE,
)
OPTION = re.compile(r"<option\b([^>]*)>(.*?)</option>", re.DOTALL | re.IGNORECASE)
ATTRIBUTE = re.compile(r'([\w:-]+)(?:\s*=\s*"([^"]*)")?')


def _attributes(text: str) -> dict[str, str]:
    return {name.lower(): html.unescape(value or "") for name, value in ATTRIBUTE.findall(text)}


def _controls(body: str) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []
    for match in CONTROL.finditer(body):
        if match.group("input") is not None:
            attrs = _attributes(match.group("input"))
            kind = attrs.get("type", "text").lower()
            if "name" not in attrs or kind in SKIPPED_INPUTS or "disabled" in attrs:
                continue
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    fields.append((attrs["name"], attrs.get("value", "on")))
            else:
                fields.append((attrs["name"], attrs.get("value", "")))
        elif match.group("textarea") is not None:
            attrs = _attributes(match.group("textarea"))
            text = html.unescape(match.group("text"))
            if "name" in attrs:
                # A browser drops the one newline that follows <textarea>.
                fields.append((attrs["name"], text[1:] if text.startswith("\n") else text))
        else:
            attrs = _attributes(match.group("select"))
            if "name" not in attrs:
                continue
            options = [
                (_attributes(option_attrs), html.unescape(label).strip())
                for option_attrs, label in OPTION.findall(match.group("options"))
            ]
            chosen = [option.get("value", label) for option, label in options if "selected" in option]
            if not chosen and options and "multiple" not in attrs:
                chosen = [options[0][0].get("value", options[0][1])]
            fields.extend((attrs["name"], value) for value in chosen)
    return fields


def form_fields(page: str) -> dict[str, list[str]]:
    """The fields of the page's main POST form (the one with the most fields, leaving out the language
    switcher, which is a POST form too), as the browser would submit them unchanged."""
    forms = []
    for form_attrs, body in FORM.findall(page):
        attrs = _attributes(form_attrs)
        if attrs.get("method", "get").lower() == "post" and "language-switcher" not in attrs.get("class", ""):
            forms.append(_controls(body))
    fields: dict[str, list[str]] = {}
    for name, value in max(forms, key=len, default=[]):
        fields.setdefault(name, []).append(value)
    fields.pop("csrfmiddlewaretoken", None)
    return fields
