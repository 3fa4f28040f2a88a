"""The demo's files, made when the demo is loaded (nothing binary is kept in the repository): an
Ausfüllhilfe as PDF, a checklist as DOCX, counselling hours as XLSX, minutes as ODT."""

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas


def pdf(title: str, pages: list[list[str]], *, password: str | None = None) -> bytes:
    """A PDF with a heading and lines of German text per page (Helvetica covers the umlauts)."""
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4, encrypt=password)
    sheet.setTitle(title)
    sheet.setAuthor("Integrationsnetzwerk Burgenlandkreis (Demo)")
    for number, lines in enumerate(pages, start=1):
        sheet.setFont("Helvetica-Bold", 15)
        sheet.drawString(20 * mm, 275 * mm, title)
        sheet.setFont("Helvetica", 11)
        y = 262 * mm
        for line in lines:
            sheet.drawString(20 * mm, y, line)
            y -= 6.5 * mm
        sheet.setFont("Helvetica", 8)
        sheet.drawString(
            20 * mm, 12 * mm, f"Seite {number} von {len(pages)} · Demo-Inhalt, keine Rechtsberatung"
        )
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def docx(title: str, intro: str, items: list[str]) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    document.core_properties.title = title
    document.add_heading(title, level=1)
    document.add_paragraph(intro)
    for item in items:
        document.add_paragraph(f"☐ {item}")
    document.add_paragraph("Demo-Inhalt des Integrationsnetzwerks Burgenlandkreis.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx(sheet_title: str, header: list[str], rows: list[list[str]]) -> bytes:
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for column in ("A", "B", "C", "D"):
        sheet.column_dimensions[column].width = 34
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def odt(title: str, paragraphs: list[str]) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=title))
    for text in paragraphs:
        document.text.addElement(P(text=text))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()
