"""One upload pipeline for the whole project: logos, document files and whatever comes next.

A file is judged by its content, never by its name: the first bytes must be those of an accepted kind and
the file must open with that kind's own parser; the name's ending must match what the content is.
Archives (DOCX, XLSX, ODT, ODS are ZIP files) are bounded before anything unpacks them; images are
decoded and written anew by Pillow, so metadata and whatever hides in or after the image data is dropped.
Files are stored under a name the server makes (`GeneratedName`); the person's file name is kept only as
cleaned metadata (`clean_filename`). A refused file raises a `ValidationError` in the person's language
before anything is written.
"""

import hashlib
import io
import re
import unicodedata
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO, Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.http import FileResponse
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

FILENAME_MAX_LENGTH = 120
MAX_IMAGE_PIXELS = 25_000_000
MAX_IMAGE_EDGE = 10_000
MAX_ARCHIVE_MEMBERS = 5_000
MAX_COMPRESSION_RATIO = 200
SNIFF_BYTES = 4096


@dataclass(frozen=True)
class FileKind:
    key: str
    label: Any
    extensions: tuple[str, ...]
    content_type: str
    shows_inline: bool = False  # PDFs and images may open in the browser; everything else downloads
    image_format: str | None = None


PDF = FileKind("pdf", _("PDF document"), (".pdf",), "application/pdf", shows_inline=True)
DOCX = FileKind(
    "docx",
    _("Word document (DOCX)"),
    (".docx",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)
XLSX = FileKind(
    "xlsx",
    _("Excel workbook (XLSX)"),
    (".xlsx",),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
)
ODT = FileKind("odt", _("OpenDocument text (ODT)"), (".odt",), "application/vnd.oasis.opendocument.text")
ODS = FileKind(
    "ods", _("OpenDocument spreadsheet (ODS)"), (".ods",), "application/vnd.oasis.opendocument.spreadsheet"
)
PNG = FileKind("png", _("PNG image"), (".png",), "image/png", shows_inline=True, image_format="PNG")
JPEG = FileKind(
    "jpeg", _("JPEG image"), (".jpg", ".jpeg"), "image/jpeg", shows_inline=True, image_format="JPEG"
)
WEBP = FileKind("webp", _("WebP image"), (".webp",), "image/webp", shows_inline=True, image_format="WEBP")
GIF = FileKind("gif", _("GIF image"), (".gif",), "image/gif", shows_inline=True, image_format="GIF")
TEXT = FileKind("text", _("plain text"), (".txt", ".csv"), "text/plain; charset=utf-8")

KINDS: dict[str, FileKind] = {
    kind.key: kind for kind in (PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG, WEBP, GIF, TEXT)
}
DOCUMENT_KINDS: tuple[FileKind, ...] = (PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG, TEXT)
LOGO_KINDS: tuple[FileKind, ...] = (PNG, JPEG, WEBP)

_MARKUP = re.compile(
    rb"<\s*(!doctype\s+html|html|svg|script|\?xml|body|iframe|object|embed)\b", re.IGNORECASE
)
_PDF_ACTIVE = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)\b")
_UNSAFE_NAME_CHARACTERS = re.compile(r'[<>:"|?*\\/]')


@dataclass(frozen=True)
class CheckedUpload:
    """An accepted file: its kind, the content to store, the cleaned original name and facts about it."""

    kind: FileKind
    content: File
    original_name: str
    size: int
    sha256: str
    active_content: bool = False  # a PDF with scripts, actions or embedded files: never shown inline


def clean_filename(name: str, *, max_length: int = FILENAME_MAX_LENGTH) -> str:
    """The person's file name as it may be shown and offered for saving: the last path part only,
    Unicode NFC, without control characters or characters that file systems refuse, shortened (keeping
    the ending) instead of refused."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(" " if unicodedata.category(char).startswith("C") else char for char in name)
    name = _UNSAFE_NAME_CHARACTERS.sub("_", name)
    name = re.sub(r"\s+", " ", name).strip(" .")
    if not name:
        return "datei"
    stem, dot, ending = name.rpartition(".")
    if not dot or len(ending) > 10:
        stem, ending = name, ""
    ending = f".{ending}" if ending else ""
    if len(name) > max_length:
        stem = stem[: max_length - len(ending)].rstrip(" .") or "datei"
        name = f"{stem}{ending}"
    return name


def extension_of(name: str) -> str:
    return PurePosixPath(name.lower()).suffix


@deconstructible
class GeneratedName:
    """`upload_to` of every file field: `<folder>/<year>/<month>/<random>.<ending>`, never a user's name."""

    def __init__(self, folder: str):
        self.folder = folder.strip("/")

    def __call__(self, instance: object, filename: str) -> str:
        now = timezone.now()
        ending = extension_of(filename)
        if not re.fullmatch(r"\.[a-z0-9]{1,8}", ending):
            ending = ""
        return f"{self.folder}/{now:%Y/%m}/{uuid.uuid4().hex}{ending}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GeneratedName) and other.folder == self.folder

    def __hash__(self) -> int:
        return hash(self.folder)


class SizeLimitedUploadHandler(FileUploadHandler):
    """Counts every uploaded file while it streams in. Past the largest limit a field accepts
    (`settings.NETZWERK_UPLOAD_MAX_BYTES`), no further bytes are kept, and the field receives an
    `OversizeUpload` that its check refuses with the size message; the rest of the request is read and
    dropped, so the form comes back with the person's other input."""

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.received = 0
        self.oversize = False
        self.limit = largest_upload_limit()

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        self.received += len(raw_data)
        if self.received > self.limit:
            self.oversize = True
            return None
        return raw_data

    def file_complete(self, file_size: int) -> UploadedFile | None:
        if self.oversize:
            return OversizeUpload(self.file_name or "", self.received)
        return None


class OversizeUpload(UploadedFile):
    """Stands for a file that was too large to keep; its content is empty, its size what arrived."""

    def __init__(self, name: str, received: int):
        super().__init__(
            file=io.BytesIO(b""), name=name, content_type="application/octet-stream", size=received
        )


def largest_upload_limit() -> int:
    return max(settings.NETZWERK_UPLOAD_MAX_BYTES, settings.NETZWERK_LOGO_MAX_BYTES)


# What every served upload carries: its type is the one given (no sniffing) and, opened in a browser, it
# runs nothing and loads nothing.
FILE_POLICY = "default-src 'none'; sandbox"


def served_file(handle: IO[bytes], *, content_type: str, cache_control: str, **options: Any) -> FileResponse:
    """A response for a stored upload (logos and documents alike); `options` go to `FileResponse`
    (`as_attachment`, `filename`)."""
    response = FileResponse(handle, content_type=content_type, **options)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = FILE_POLICY
    response["Cache-Control"] = cache_control
    return response


def _refuse(message: Any, code: str, **params: Any) -> ValidationError:
    return ValidationError(message, code=code, params=params)


def check_upload(upload: UploadedFile, *, kinds: tuple[FileKind, ...], max_bytes: int) -> CheckedUpload:
    """Accept `upload` as one of `kinds` or raise a `ValidationError` that says what is wrong with it."""
    original_name = clean_filename(upload.name or "")
    size = upload.size or 0
    if isinstance(upload, OversizeUpload) or size > max_bytes:
        raise _refuse(
            _("“%(name)s” is larger than %(limit)s. Please upload a smaller file."),
            "file_too_large",
            name=original_name,
            limit=filesizeformat(max_bytes),
        )
    if size == 0:
        raise _refuse(_("“%(name)s” is empty."), "empty_file", name=original_name)
    # Read once (at most `max_bytes`); every check below looks at these bytes.
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    allowed = ", ".join(str(kind.label) for kind in kinds)
    if _looks_like_markup(data):
        raise _refuse(
            _("“%(name)s” contains HTML or SVG, which is not accepted. Accepted are: %(allowed)s."),
            "markup",
            name=original_name,
            allowed=allowed,
        )
    kind = _kind_by_signature(data, upload)
    ending = extension_of(original_name)
    named_kind = next((candidate for candidate in kinds if ending in candidate.extensions), None)
    if kind is None or kind not in kinds:
        if named_kind is not None:
            raise _refuse(
                _(
                    "“%(name)s” ends in %(ending)s, but its content is not of the type %(kind)s. "
                    "Accepted are: %(allowed)s."
                ),
                "content_mismatch",
                name=original_name,
                ending=ending,
                kind=named_kind.label,
                allowed=allowed,
            )
        raise _refuse(
            _("“%(name)s” is not a file of an accepted kind. Accepted are: %(allowed)s."),
            "unsupported_kind",
            name=original_name,
            allowed=allowed,
        )
    if ending not in kind.extensions:
        raise _refuse(
            _(
                "“%(name)s” is of the type %(kind)s, but its name ends in “%(ending)s”. "
                "Please save it as %(expected)s."
            ),
            "extension_mismatch",
            name=original_name,
            kind=kind.label,
            ending=ending or "—",
            expected=kind.extensions[0],
        )
    content, active = _open_with_parser(kind, upload, data, original_name)
    stored = data if content is upload else content.read()
    content.seek(0)
    return CheckedUpload(
        kind, content, original_name, len(stored), hashlib.sha256(stored).hexdigest(), active
    )


def _looks_like_markup(data: bytes) -> bool:
    """A file that holds HTML or SVG would turn into a page if a browser guessed its type. Binary kinds
    whose content is parsed (and images, which are re-encoded) are not searched."""
    if data.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"RIFF", b"GIF8")):
        return False
    return _MARKUP.search(data) is not None


def _kind_by_signature(data: bytes, upload: IO[bytes]) -> FileKind | None:  # noqa: PLR0911 - one per kind
    head = data[:SNIFF_BYTES]
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head.startswith(b"PK\x03\x04"):
        return _office_kind(upload)
    if _is_text(data):
        return TEXT
    return None


def _office_kind(upload: IO[bytes]) -> FileKind | None:
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100].strip()
                return {ODT.content_type.encode(): ODT, ODS.content_type.encode(): ODS}.get(mimetype)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return None
    finally:
        upload.seek(0)
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    return None


def _decoded(data: bytes) -> str | None:
    """UTF-8, or Windows-1252 as older German office PCs write it; None if neither fits."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _is_text(data: bytes) -> bool:
    """Text in one of the accepted encodings, without control characters."""
    text = _decoded(data)
    return text is not None and not any(
        unicodedata.category(char) == "Cc" and char not in "\t\n\r\f" for char in text
    )


def decode_text(data: bytes) -> str:
    text = _decoded(data)
    return text if text is not None else data.decode("latin-1")


def _unreadable(kind: FileKind, name: str) -> ValidationError:
    return _refuse(
        _("“%(name)s” seems to be of the type %(kind)s but cannot be opened; it may be damaged."),
        "unreadable",
        name=name,
        kind=kind.label,
    )


def _open_with_parser(kind: FileKind, upload: UploadedFile, data: bytes, name: str) -> tuple[File, bool]:
    """Open the file with its kind's parser (as the extraction will); images come back re-encoded."""
    if kind.image_format:
        return reencode_image(upload, kind, name), False
    if kind in (DOCX, XLSX, ODT, ODS):
        check_archive_bounds(upload, name, kind)
    try:
        if kind is PDF:
            return upload, _pdf_has_active_content(upload, data)
        if kind is DOCX:
            import docx

            docx.Document(upload)
        elif kind is XLSX:
            import openpyxl

            openpyxl.load_workbook(upload, read_only=True).close()
        elif kind in (ODT, ODS):
            from odf.opendocument import load

            load(upload)
    except ValidationError:
        raise
    except Exception as error:  # every parser has its own errors; any of them means "cannot be opened"
        raise _unreadable(kind, name) from error
    finally:
        upload.seek(0)
    return upload, False


def _pdf_has_active_content(upload: IO[bytes], data: bytes) -> bool:
    from pypdf import PdfReader

    reader = PdfReader(upload, strict=False)
    if not reader.is_encrypted:
        len(reader.pages)  # parses the page tree: a file that is not a PDF fails here
    return _PDF_ACTIVE.search(data) is not None


def check_archive_bounds(upload: IO[bytes], name: str, kind: FileKind) -> None:
    """Refuse a ZIP-based file that would unpack to more than `NETZWERK_UPLOAD_MAX_UNPACKED_BYTES` or
    packs a member unusually tightly (a zip bomb). Python's zipfile never unpacks more than a member's
    declared size, so bounding the declared sizes bounds what any parser unpacks."""
    limit = settings.NETZWERK_UPLOAD_MAX_UNPACKED_BYTES
    try:
        with zipfile.ZipFile(upload) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _unreadable(kind, name) from None
    finally:
        upload.seek(0)
    total = sum(member.file_size for member in members)
    too_tight = any(
        member.file_size > 1024 * 1024
        and member.file_size > MAX_COMPRESSION_RATIO * max(member.compress_size, 1)
        for member in members
    )
    if len(members) > MAX_ARCHIVE_MEMBERS or total > limit or too_tight:
        raise _refuse(
            _("“%(name)s” would unpack to more than %(limit)s; such files are not accepted."),
            "archive_too_large",
            name=name,
            limit=filesizeformat(limit),
        )


def reencode_image(upload: IO[bytes], kind: FileKind, name: str) -> ContentFile:
    """Decode the image and write it anew: no metadata, no text chunks, nothing after its end."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(upload) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS or max(width, height) > MAX_IMAGE_EDGE:
                raise _refuse(
                    _(
                        "“%(name)s” is %(width)s × %(height)s pixels; at most %(megapixels)s megapixels "
                        "and %(edge)s pixels a side are accepted."
                    ),
                    "image_too_large",
                    name=name,
                    width=width,
                    height=height,
                    megapixels=MAX_IMAGE_PIXELS // 1_000_000,
                    edge=MAX_IMAGE_EDGE,
                )
            if image.format != kind.image_format:
                raise _unreadable(kind, name)
            image.load()
            pixels = ImageOps.exif_transpose(image)
            output = io.BytesIO()
            if kind.image_format == "JPEG":
                if pixels.mode not in ("RGB", "L"):
                    pixels = pixels.convert("RGB")
                pixels.save(output, "JPEG", quality=90, optimize=True)
            elif kind.image_format == "GIF":
                pixels.save(output, "GIF")
            elif kind.image_format == "WEBP":
                pixels.save(output, "WEBP", quality=90)
            else:
                pixels.save(output, "PNG", optimize=True)
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise _unreadable(kind, name) from error
    finally:
        upload.seek(0)
    return ContentFile(output.getvalue(), name=name)


class UploadField(forms.FileField):
    """A file field whose value is a `CheckedUpload` (or None). Long names are shortened, not refused."""

    kinds: tuple[FileKind, ...] = DOCUMENT_KINDS
    limit_setting = "NETZWERK_UPLOAD_MAX_BYTES"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.pop("max_length", None)
        super().__init__(*args, **kwargs)

    def max_bytes(self) -> int:
        return int(getattr(settings, self.limit_setting))

    def accept_attribute(self) -> str:
        return ",".join([*(ending for kind in self.kinds for ending in kind.extensions)])

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        return {**super().widget_attrs(widget), "accept": self.accept_attribute()}

    def to_python(self, data: Any) -> Any:
        if data in self.empty_values:
            return None
        if not hasattr(data, "name") or not hasattr(data, "size"):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return check_upload(data, kinds=self.kinds, max_bytes=self.max_bytes())
