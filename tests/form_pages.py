"""What a browser would send for the main POST form of a page: every named field with its current value
(text inputs, hidden fields, ticked boxes, chosen options, text areas). Used by tests that act like two
people with the same form open, and by bench/concurrent_edits.py."""

from html.parser import HTMLParser

SKIPPED_INPUTS = {"submit", "button", "reset", "image", "file"}


class _FormReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[list[tuple[str, str]]] = []
        self.fields: list[tuple[str, str]] = []
        self.in_form = False
        self.textarea: str | None = None
        self.textarea_text: list[str] = []
        self.select: str | None = None
        self.select_options: list[tuple[str, bool]] = []
        self.option_value: str | None = None
        self.option_selected = False
        self.option_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "form" and values.get("method", "get").lower() == "post":
            self.in_form = True
            self.fields = []
            self.forms.append(self.fields)
        if not self.in_form:
            return
        name = values.get("name")
        if tag == "input" and name:
            kind = values.get("type", "text").lower()
            if kind in SKIPPED_INPUTS or "disabled" in values:
                return
            if kind in {"checkbox", "radio"}:
                if "checked" in values:
                    self.fields.append((name, values.get("value", "on")))
            else:
                self.fields.append((name, values.get("value", "")))
        elif tag == "textarea" and name:
            self.textarea, self.textarea_text = name, []
        elif tag == "select" and name:
            self.select, self.select_options = name, []
        elif tag == "option" and self.select is not None:
            self.option_value = values.get("value")
            self.option_selected = "selected" in values
            self.option_text = []

    def handle_data(self, data: str) -> None:
        if self.textarea is not None:
            self.textarea_text.append(data)
        elif self.option_value is None and self.select is not None:
            self.option_text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self.in_form:
            self.in_form = False
        elif tag == "textarea" and self.textarea is not None:
            text = "".join(self.textarea_text)
            # A browser drops the one newline that follows <textarea>.
            self.fields.append((self.textarea, text[1:] if text.startswith("\n") else text))
            self.textarea = None
        elif tag == "option" and self.select is not None:
            value = self.option_value if self.option_value is not None else "".join(self.option_text).strip()
            self.select_options.append((value, self.option_selected))
            self.option_value = None
        elif tag == "select" and self.select is not None:
            chosen = [value for value, selected in self.select_options if selected]
            if not chosen and self.select_options:
                chosen = [self.select_options[0][0]]
            self.fields.extend((self.select, value) for value in chosen)
            self.select = None


def form_fields(html: str) -> dict[str, list[str]]:
    """The fields of the page's main POST form (the one with the most fields; the language switcher is a
    POST form too), as the browser would submit them unchanged."""
    reader = _FormReader()
    reader.feed(html)
    fields: dict[str, list[str]] = {}
    for name, value in max(reader.forms, key=len, default=[]):
        fields.setdefault(name, []).append(value)
    fields.pop("csrfmiddlewaretoken", None)
    return fields
