"""Reading the text of a stored file, for the search and for the page and word counts.

Each kind is read with its own parser; the text is NFKC-normalised (ligatures, full-width forms and
compatibility characters become the letters people type). A file that cannot be read raises
`ExtractionError` with the reason as a code; the caller records it on the version.
"""

import re
import unicodedata
from dataclasses import dataclass
from typing import IO, Any

from django.core.exceptions import ValidationError

from netzwerk.core.uploads import DOCX, ODS, ODT, PDF, TEXT, XLSX, FileKind, check_archive_bounds, decode_text

from .models import EXTRACTED_TEXT_MAX_LENGTH, ExtractionProblem

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_BLANK_LINES = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class Extracted:
    text: str
    page_count: int | None
    word_count: int


class ExtractionError(Exception):
    def __init__(self, problem: ExtractionProblem):
        super().__init__(problem.value)
        self.problem = problem


def normalised(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\x00", "")
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return _BLANK_LINES.sub("\n\n", text).strip()


def extract(kind: FileKind, handle: IO[bytes]) -> Extracted:
    if kind in (DOCX, XLSX, ODT, ODS):
        try:
            check_archive_bounds(handle, "", kind)
        except ValidationError as refused:
            problem = ExtractionProblem.TOO_LARGE if refused.code == "archive_too_large" else None
            raise ExtractionError(problem or ExtractionProblem.DAMAGED) from refused
    reader = _READERS.get(kind.key)
    if reader is None:  # images: nothing to read
        return Extracted("", None, 0)
    try:
        raw, pages = reader(handle)
    except ExtractionError:
        raise
    except Exception as error:  # every parser has its own errors; any of them means "damaged"
        raise ExtractionError(ExtractionProblem.DAMAGED) from error
    text = normalised(raw)[:EXTRACTED_TEXT_MAX_LENGTH]
    return Extracted(text, pages, len(_WORD.findall(text)))


def _pdf(handle: IO[bytes]) -> tuple[str, int | None]:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    reader = PdfReader(handle, strict=False)
    if reader.is_encrypted:
        try:
            # Many PDFs are "encrypted" with an empty password only to forbid printing; those read.
            if not reader.decrypt(""):
                raise ExtractionError(ExtractionProblem.ENCRYPTED)
        except (FileNotDecryptedError, NotImplementedError) as error:
            raise ExtractionError(ExtractionProblem.ENCRYPTED) from error
    texts = [page.extract_text() or "" for page in reader.pages]
    return "\n\n".join(texts), len(texts)


def _docx(handle: IO[bytes]) -> tuple[str, int | None]:
    import docx

    document = docx.Document(handle)
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(parts), None


def _xlsx(handle: IO[bytes]) -> tuple[str, int | None]:
    import openpyxl

    workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    try:
        parts = []
        for sheet in workbook.worksheets:
            parts.append(sheet.title)
            for row in sheet.iter_rows(values_only=True):
                cells = [_cell_text(value) for value in row if value is not None]
                if cells:
                    parts.append("\t".join(cells))
    finally:
        workbook.close()
    return "\n".join(parts), None


def _cell_text(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _odf(handle: IO[bytes]) -> tuple[str, int | None]:
    from odf import teletype
    from odf.namespaces import TABLENS, TEXTNS
    from odf.opendocument import load

    document = load(handle)
    blocks: list[str] = []

    def walk(node: Any) -> None:
        for child in node.childNodes:
            if child.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                blocks.append(teletype.extractText(child))
            elif child.qname == (TABLENS, "table-row"):
                cells = (teletype.extractText(cell) for cell in child.childNodes)
                blocks.append("\t".join(cell for cell in cells if cell))
            elif hasattr(child, "childNodes"):
                walk(child)

    walk(document.body)
    return "\n".join(blocks), None


def _text(handle: IO[bytes]) -> tuple[str, int | None]:
    return decode_text(handle.read()), None


_READERS = {PDF.key: _pdf, DOCX.key: _docx, XLSX.key: _xlsx, ODT.key: _odf, ODS.key: _odf, TEXT.key: _text}
