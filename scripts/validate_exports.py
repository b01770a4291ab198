"""Checks Koers's exports with independent, real tools.

Usage: python validate_exports.py DIR   (DIR as written by `cargo run --example exports`)

- .docx: opens with python-docx (headings with Word's heading styles, real tables), holds the
  timeline as a drawing with alternative text and a bar per phase, and converts with
  LibreOffice headless; the PDF text holds the expected headings, and no word of a realistic
  plan is broken mid-word (every word in the PDF is a word of the document).
- .ics: parses with the icalendar package; every event has UID, DTSTAMP and an all-day date.
- .html: well-formed (strict XML parse), no script, no external reference.
- .md: renders with markdown-it-py (CommonMark + tables); hostile text renders as text.
- share link: raw-deflate decodes with Python's zlib to the same plan as the answers file.
"""
import base64
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zlib

import html
import zipfile

import docx
import icalendar
from markdown_it import MarkdownIt

SECTIONS = {
    "nl": ["Samenvatting en reikwijdte", "Volwassenheid: huidige en beoogde fase", "Organisatiemodel", "Tijdlijn"],
    "en": ["Summary and scope", "Maturity: current and target stage", "Organisational model", "Timeline"],
}
failures = []
# The version the app writes, read from its source so the check follows each schema step.
SCHEMA_VERSION = int(
    re.search(
        r"pub const SCHEMA_VERSION: u32 = (\d+);",
        (pathlib.Path(__file__).resolve().parent.parent / "src/domain/answers.rs").read_text(),
    ).group(1)
)


def check(cond, what):
    if not cond:
        failures.append(what)
        print(f"  FAIL {what}")


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"


def words(text):
    """The words of a text, without surrounding punctuation, split where a line may break."""
    out = set()
    for t in re.split(r"[\s/]+", text):
        t = t.strip(".,;:!?()[]{}'\"‘’“”«»…*")
        if not t:
            continue
        parts = [p for p in re.split(r"[-–—]", t) if p]
        out.update(parts)
    return out


def docx_words(path, pages):
    """The words of the body, the header and the footer, and the page numbers the footer shows."""
    z = zipfile.ZipFile(path)
    xml = "".join(z.read(p).decode("utf-8") for p in ("word/document.xml", "word/header1.xml", "word/footer1.xml"))
    text = " ".join(html.unescape(t) for t in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    # A no-break space joins an amount to its sign ("€ 0"); pdftotext may drop it in a narrow
    # cell, which joins the two without breaking either.
    found = words(text) | words(text.replace("\u00a0", ""))
    return found | {str(n) for n in range(1, pages + 1)}


def check_drawing(f):
    """The maturity radar and the timeline: inline groups with distinct ids, alternative text
    and their shapes (rings, axes and outlines; a bar per phase)."""
    root = ET.fromstring(zipfile.ZipFile(f).read("word/document.xml"))
    inlines = list(root.iter(WP + "inline"))
    check(len(inlines) == 2, f"{f.name}: two inline drawings, found {len(inlines)}")
    ids = [inline.find(WP + "docPr").get("id") for inline in inlines]
    check(len(set(ids)) == len(ids), f"{f.name}: every drawing has its own id, found {ids}")
    for inline in inlines:
        descr = inline.find(WP + "docPr").get("descr", "")
        check(len(descr) > 40, f"{f.name}: the drawing has alternative text")
        shapes = list(inline.iter(WPS + "wsp"))
        check(len(shapes) >= 12, f"{f.name}: the drawing has its shapes, found {len(shapes)}")


R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PAGE_WORDS = {"nl": ("Pagina", "van"), "en": ("Page", "of")}


def check_margins(f):
    """Every section names the running header and the footer, whose fields number the pages."""
    z = zipfile.ZipFile(f)
    root = ET.fromstring(z.read("word/document.xml"))
    rels = ET.fromstring(z.read("word/_rels/document.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    for sect in root.iter(W + "sectPr"):
        head = [targets.get(h.get(R + "id")) for h in sect.iter(W + "headerReference")]
        foot = [targets.get(h.get(R + "id")) for h in sect.iter(W + "footerReference")]
        check(head == ["header1.xml"] and foot == ["footer1.xml"], f"{f.name}: a section names the header and footer")
    footer = ET.fromstring(z.read("word/footer1.xml"))
    fields = [t.text.strip() for t in footer.iter(W + "instrText")]
    check(fields == ["PAGE", "NUMPAGES"], f"{f.name}: the footer has PAGE and NUMPAGES fields, found {fields}")


def main(out):
    d = pathlib.Path(out)
    docs = sorted(d.glob("*.docx"))
    check(len(docs) == 8, f"8 docx files, found {len(docs)}")
    for f in docs:
        lang = f.stem.rsplit("-", 1)[1]
        doc = docx.Document(str(f))
        heads = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
        for s in SECTIONS[lang]:
            check(s in heads, f"{f.name}: heading 1 '{s}'")
        check(any(p.style.name == "Title" for p in doc.paragraphs), f"{f.name}: title style")
        check(len(doc.tables) >= 3, f"{f.name}: at least 3 tables, found {len(doc.tables)}")
        check_drawing(f)
        check_margins(f)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", tmp, *map(str, docs)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for f in docs:
            pdf = pathlib.Path(tmp) / (f.stem + ".pdf")
            check(pdf.exists(), f"{f.name}: LibreOffice made a PDF")
            if pdf.exists():
                text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
                lang = f.stem.rsplit("-", 1)[1]
                for s in SECTIONS[lang]:
                    check(s in text, f"{f.name}: PDF text holds '{s}'")
                # LibreOffice fills the fields in: the last page says "Pagina N van N".
                pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
                    ["pdfinfo", str(pdf)], capture_output=True, text=True).stdout).group(1))
                page, of = PAGE_WORDS[lang]
                check(f"{page} {pages} {of} {pages}" in text, f"{f.name}: footer '{page} {pages} {of} {pages}'")
                # The hostile plan holds a word longer than any page; it must break somewhere.
                if not f.name.startswith("hostile"):
                    # With -layout pdftotext keeps a hyphen at a line's end instead of joining
                    # the word to whatever text comes next in its reading order.
                    laid = subprocess.run(["pdftotext", "-layout", str(pdf), "-"],
                                          capture_output=True, text=True).stdout
                    broken = sorted(words(laid) - docx_words(f, pages))
                    check(not broken, f"{f.name}: no word broken mid-word in the PDF ({broken[:10]})")
    print(f"docx: {len(docs)} files opened with python-docx and converted by LibreOffice")

    for f in sorted(d.glob("*.ics")):
        cal = icalendar.Calendar.from_ical(f.read_bytes())
        events = list(cal.walk("VEVENT"))
        check(len(events) > 0, f"{f.name}: has events")
        for e in events:
            check(all(k in e for k in ("UID", "DTSTAMP", "DTSTART", "SUMMARY")), f"{f.name}: event fields")
            check(type(e.decoded("DTSTART")).__name__ == "date", f"{f.name}: all-day DTSTART")
        uids = [str(e["UID"]) for e in events]
        check(len(set(uids)) == len(uids), f"{f.name}: unique UIDs")
        if f.name == "hospital-nl.ics":
            # Nine computed milestones, the pilot group's training, the go/no-go and one of the
            # user's; the evaluation phase is heard at the quarterly moment ten days after it.
            check(len(events) == 12, f"hospital-nl.ics: 12 events, found {len(events)}")
            go = [e for e in events if str(e["UID"]).startswith("go-no-go-")]
            check(len(go) == 1 and "Go/no-go: door naar de uitrol, eerst bijstellen, of stoppen?" in str(go[0]["DESCRIPTION"]), "go/no-go event with its agenda")
            evals = [e for e in events if str(e["UID"]).startswith("evaluation-")]
            check(len(evals) > 0 and all("Zijn de spelregels nageleefd" in str(e["DESCRIPTION"]) for e in evals), "evaluation events with their agenda")
            live = [e for e in events if str(e["SUMMARY"]).startswith("Livegang pilot")]
            check(len(live) == 1 and str(live[0].decoded("DTSTART")) == "2027-01-11", "go-live on 2027-01-11")
        if f.name.startswith("hostile"):
            check(any("BEGIN:VEVENT" in str(e["SUMMARY"]) for e in events), f"{f.name}: injected text stays inside SUMMARY")
    print("ics: parsed with icalendar")

    for f in sorted(d.glob("*.html")):
        text = f.read_text(encoding="utf-8")
        body = text.replace("<!DOCTYPE html>", "", 1)
        try:
            root = ET.fromstring(body)
        except ET.ParseError as e:
            check(False, f"{f.name}: well-formed ({e})")
            continue
        ns = "{http://www.w3.org/1999/xhtml}"
        check(not list(root.iter(ns + "script")), f"{f.name}: no script element")
        for el in root.iter():
            for attr in ("src", "href"):
                v = el.get(attr)
                check(v is None or v.startswith("#"), f"{f.name}: no external {attr} ({v})")
            check(not any(a.startswith("on") for a in el.attrib), f"{f.name}: no event handler attributes")
    print("html: well-formed, no scripts, no external references")

    md = MarkdownIt("commonmark").enable("table")
    for f in sorted(d.glob("*.md")):
        html = md.render(f.read_text(encoding="utf-8"))
        check(html.startswith("<h1>"), f"{f.name}: starts with a heading")
        check("<table>" in html, f"{f.name}: has tables")
        if f.name.startswith("hostile"):
            check("<script" not in html and "<img" not in html, f"{f.name}: no live HTML")
            check('href="http://evil' not in html, f"{f.name}: no live link")
    print("markdown: rendered with markdown-it-py (CommonMark + tables)")

    for f in sorted(d.glob("*.link")):
        link = f.read_text()
        prefix = "deel=1."
        check(link.startswith(prefix), f"{f.name}: prefix")
        data = link[len(prefix):]
        raw = zlib.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)), -15)
        answers = json.loads((d / (f.stem + ".json")).read_text(encoding="utf-8"))
        check(json.loads(raw) == answers, f"{f.name}: decodes to the answers file")
        check(answers["schema_version"] == SCHEMA_VERSION and answers["app"] == "koers", f"{f.stem}.json: versioned")
    print("share links: decoded independently with zlib")

    print(f"validators: {0 if failures else 1} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
