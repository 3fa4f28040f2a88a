"""What checking and reading uploaded files costs: time and peak Python memory per file kind, and the
memory a refused oversized upload takes while it streams in.

Usage: .venv/bin/python bench/uploads.py [--pages 300] [--rows 50000] [--oversize-mb 60]

Files are generated here (reportlab, python-docx, openpyxl). For each: `core.uploads.check_upload` (the
check at upload: signature, parser, bounds) and `documents.extraction.extract` (the worker's reading),
each with wall time and the peak of Python allocations (tracemalloc). Then a multipart request body
larger than the limit goes through Django's parser with the project's upload handlers; the peak shows
that bytes past the limit are dropped, not kept.
"""

import argparse
import io
import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("NETZWERK_VAR_DIR", tempfile.mkdtemp(prefix="bench-uploads-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netzwerk.settings.base")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.http.multipartparser import MultiPartParser  # noqa: E402
from django.test import RequestFactory  # noqa: E402

from netzwerk.core.uploads import DOCUMENT_KINDS, check_upload  # noqa: E402
from netzwerk.documents.extraction import extract  # noqa: E402

MB = 1024 * 1024


def measured(work: Callable[[], Any]) -> tuple[Any, float, float]:
    """Time of a run without tracing (tracing slows Python several times), then the peak of a traced run."""
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, seconds, peak / MB


def pdf(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    for page in range(pages):
        for line in range(45):
            sheet.drawString(
                60, 800 - 17 * line, f"Seite {page + 1}, Zeile {line + 1}: Antrag auf Kindergeld für Familien"
            )
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def docx(paragraphs: int) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    for number in range(paragraphs):
        document.add_paragraph(
            f"Absatz {number}: Wohnsitzanmeldung beim Bürgeramt mit Wohnungsgeberbestätigung."
        )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx(rows: int) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Liste")
    for number in range(rows):
        sheet.append([f"Beratungsstelle {number}", "Naumburg (Saale)", "Dienstag 9–12 Uhr", number])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def oversize_stream(megabytes: int) -> None:
    boundary = "BenchBoundary"
    chunk = b"A" * MB
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="gross.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()

    class Body(io.RawIOBase):
        """The request body, made while it is read, so the benchmark itself holds none of it."""

        def __init__(self) -> None:
            self.parts = iter([head, *([chunk] * megabytes), tail])
            self.pending = b""

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            while not self.pending:
                self.pending = next(self.parts, b"")
                if not self.pending:
                    return 0
            size = min(len(buffer), len(self.pending))
            buffer[:size] = self.pending[:size]
            self.pending = self.pending[size:]
            return size

    length = len(head) + megabytes * MB + len(tail)
    request = RequestFactory().post("/", content_type=f"multipart/form-data; boundary={boundary}")
    request.META["CONTENT_LENGTH"] = str(length)
    from django.core.files.uploadhandler import load_handler

    handlers = [load_handler(path, request) for path in settings.FILE_UPLOAD_HANDLERS]

    def parse() -> Any:
        parser = MultiPartParser(request.META, io.BufferedReader(Body(), 64 * 1024), handlers, "utf-8")
        _, files = parser.parse()
        return files["file"]

    received, seconds, peak = measured(parse)
    print(
        f"oversized upload ({megabytes} MB, limit {settings.NETZWERK_UPLOAD_MAX_BYTES // MB} MB): "
        f"{seconds:.2f} s, peak {peak:.1f} MB of Python memory; the field receives {type(received).__name__} "
        f"of {received.size / MB:.0f} MB with {len(received.read())} bytes kept"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--paragraphs", type=int, default=5_000)
    parser.add_argument("--oversize-mb", type=int, default=60)
    options = parser.parse_args()
    samples = {
        f"PDF, {options.pages} pages": ("hilfe.pdf", pdf(options.pages)),
        f"DOCX, {options.paragraphs} paragraphs": ("liste.docx", docx(options.paragraphs)),
        f"XLSX, {options.rows} rows": ("liste.xlsx", xlsx(options.rows)),
    }
    print(
        f"{'file':<28} {'size':>8} {'check s':>8} {'check MB':>9} {'read s':>7} {'read MB':>8} {'words':>8}"
    )
    for label, (name, data) in samples.items():
        checked, check_seconds, check_peak = measured(
            lambda name=name, data=data: check_upload(
                SimpleUploadedFile(name, data),
                kinds=DOCUMENT_KINDS,
                max_bytes=settings.NETZWERK_UPLOAD_MAX_BYTES,
            )
        )
        extracted, read_seconds, read_peak = measured(
            lambda checked=checked, data=data: extract(checked.kind, io.BytesIO(data))
        )
        print(
            f"{label:<28} {len(data) // 1024:>6}KB {check_seconds:>8.2f} {check_peak:>9.1f} "
            f"{read_seconds:>7.2f} {read_peak:>8.1f} {extracted.word_count:>8}"
        )
    oversize_stream(options.oversize_mb)


if __name__ == "__main__":
    main()
