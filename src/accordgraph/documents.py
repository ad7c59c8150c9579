"""Load .txt, .md and .html files into documents: text, title, url, dates.

The text a document carries is exactly the text the extractor reads, so every
offset in a record points into it. HTML is reduced to its article text by
trafilatura (navigation, scripts, cookie banners and footers removed).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .dates import find_dates, parse_anchor
from .errors import InputError
from .text import normalize

SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024
_FRONT = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*\n", re.S)
_DATELINE_CITY = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z.'’ -]{1,30}[A-Z]|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s*[A-Z][A-Za-z]+)?"
    r"(?:,\s*[^\n]{0,40}?)?\s*(?:\([^)\n]{1,30}\))?(?:\s+[-–—]{1,2}\s|\s*[-–—]{1,2}$|,\s*\w+day\b|(?<=\))\s+(?=[A-Z]))"  # "NEW DELHI, June 5 (PTI) India ..."
    r"|^\s*(?!(?:NOTE|UPDATE|EXCLUSIVE|WATCH|BREAKING|ANALYSIS|OPINION|EDITORIAL|PHOTO|VIDEO|READ|ALSO|LIVE|FILE|CORRECTION|Q|A)\s*:)"
    r"(?P<city2>[A-Z][A-Z.'’ -]{1,30}[A-Z])\s*:\s+(?=[A-Z])", re.M)  # "NEW DELHI: India and Japan ..."
_MASTHEAD_WORDS = {"PODCAST", "EPISODE", "NEWS", "NEWSLETTER", "REPORT", "TRANSCRIPT", "DIGEST", "BULLETIN", "BRIEFING", "RADIO", "TV",
                   "WEEKLY", "DAILY", "MONTHLY", "UPDATE", "EDITION", "MAGAZINE", "JOURNAL", "PRESS", "RELEASE", "STATEMENT", "BLOG"}
_DATELINE = re.compile(
    r"^\s*(?!(?:The|On|In|At|By|For|After|Before|During|Last|Next|This|That|Earlier|Later|A|An)\b)"
    r"(?:[A-Z][A-Za-z.'’ -]{1,40}|[A-Z][A-Z .'-]{1,40}),\s+(?P<rest>[^\n]{0,80}?)(?:\(|\s[-–—]|[-–—]\s|$)", re.M
)


_PLACE_DATE = re.compile(r"^[ \t]*[*_]{0,2}(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
                         r"(?P<city>[A-Z][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}),\s+(?:[A-Z][a-z]+day,?\s+)?"
                         r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+(?:19|20)\d\d\.?[*_]{0,2}[ \t]*$", re.M)


_DATE_PLACE = re.compile(r"^[ \t]*[*_]{0,2}(?P<date>\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d|[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d),\s+"
                         r"(?P<city>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})[*_]{0,2}[ \t]*$", re.M)  # "18 July 2022, Baku"


def place_date_line(text: str, within: int) -> Optional[str]:
    """The city of a place-and-date line of its own ("Colombo, 5 April 2025", "18 July 2022, Baku") in the first `within` characters."""
    m = _PLACE_DATE.search(text[:within]) or _DATE_PLACE.search(text[:within])
    return m.group("city") if m else None


@dataclass(frozen=True)
class Document:
    """One loaded document and what its head tells about it."""

    id: str  # the file name, stable across folders and runs
    path: str
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    dateline: Optional[str] = None
    sha256: str = ""

    @property
    def dateline_city(self) -> Optional[str]:
        """The city a wire dateline names ("SEOUL, Oct. 31 (Wire) -" gives Seoul)."""
        m = _DATELINE_CITY.search(self.text[:1500])
        if not m:
            return None
        city = (m.group("city") or m.group("city2")).strip()
        if _MASTHEAD_WORDS & set(city.upper().split()):
            return None  # "ORBITAL POLICY PODCAST — EPISODE 58": a show's masthead, not a city
        return city.title() if city.isupper() else city

    @property
    def release_place(self) -> Optional[str]:
        """The city of a release's own place-and-date line ("Colombo, 5 April 2025")."""
        return place_date_line(self.text, 1500)

    @property
    def anchor(self) -> Optional[date]:
        """The day relative dates are read against: the dateline, else publication."""
        return parse_anchor(self.dateline) or parse_anchor(self.published)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and the supported files inside folders named, sorted."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif path.is_file():
            yield path
        else:
            raise InputError(f"No such file or folder: {str(p)!r}. Give .txt, .md or .html files, or folders holding them.")


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """Decode a file as UTF-8, refusing empty, binary, oversized or mis-encoded input.

    The size is checked before reading and the read itself stops one byte past
    the limit, so a huge (or growing) file never fills memory.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit for one document. Split it into smaller files.")
        with path.open("rb") as f:
            raw = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise  # gone since it was listed: the caller decides (a Dask worker that cannot see the file is a setup error)
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or e}). Check the file and its permissions.") from None
    if len(raw) > max_bytes:
        raise InputError(f"{path}: over the {max_bytes:,}-byte limit for one document (it grew while being read). Split it into smaller files.")
    if not raw.strip():
        raise InputError(f"{path}: the file is empty. Give a document with text in it.")
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(f"{path}: UTF-16 text. Convert it to UTF-8 first, e.g. `iconv -f utf-16 -t utf-8 {path.name}`.")
    if b"\x00" in raw[:65536]:
        raise InputError(f"{path}: looks binary (it holds NUL bytes). Give a .txt, .md or .html text file.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not valid UTF-8 (byte {e.start}). Convert it first, e.g. `iconv -f cp1252 -t utf-8 {path.name}`.") from None
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 65536):
        raise InputError(f"{path}: looks binary ({controls} control characters). Give a .txt, .md or .html text file.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file into a Document."""
    path = Path(path)
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are not UTF-8 in the name: every message and IRI would break on it
        shown = path.name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        raise InputError(f"{shown}: the file name is not valid UTF-8. Rename it (e.g. `convmv -f latin1 -t utf-8`).") from None
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'!r}. Supported: {', '.join(SUFFIXES)}.")
    raw = read_text(path, max_bytes)
    digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    if path.suffix.lower() in (".html", ".htm"):
        return _from_html(path, raw, digest)
    return from_string(raw, doc_id=path.name, path=str(path), sha256=digest)


def from_string(raw: str, doc_id: str = "inline.txt", path: str = "", sha256: str = "") -> Document:
    """A Document from plain or markdown text with an optional front-matter block."""
    meta: dict[str, str] = {}
    m = _FRONT.match(raw)
    text = raw
    if m:
        for line in m.group("body").splitlines():
            if ":" in line:
                k, v = line.split(":", 1)
                meta[k.strip().lower()] = v.strip().strip("\"'")
        text = " " * m.end() + raw[m.end():]  # keep offsets into the file's own text
    text = normalize(text)
    title = meta.get("title") or _first_line(text)
    published = _iso(meta.get("published") or meta.get("date")) or _published_line(text)
    return Document(
        id=doc_id, path=path or doc_id, text=text, title=title, url=meta.get("url"),
        published=published, dateline=_dateline(text, published),
        sha256=sha256 or hashlib.sha256(raw.encode("utf-8")).hexdigest(),
    )


def _from_html(path: Path, raw: str, digest: str) -> Document:
    import trafilatura  # imported here: only HTML needs it, and it is slow to import

    doc = trafilatura.bare_extraction(_unlayout(raw), with_metadata=True, include_comments=False, include_tables=True, favor_precision=True)
    body = normalize((doc.text if doc else "") or "")
    if not body.strip():
        raise InputError(f"{path}: no article text found in the HTML (it may all be inside scripts). Save the page's text as .txt instead.")
    published = _iso(getattr(doc, "date", None))
    return Document(
        id=path.name, path=str(path), text=body, title=getattr(doc, "title", None) or _first_line(body),
        url=getattr(doc, "url", None), published=published, dateline=_dateline(body, published), sha256=digest,
    )


_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "div", "table", "blockquote")


def _unlayout(raw: str) -> str:
    """A page laid out in a table (as many sites were before CSS) with its story in a cell: the
    table becomes plain blocks, so the headline, the dateline and each paragraph stay apart
    instead of running into one table row. Tables of data (no paragraphs in their cells) stay."""
    if "<td" not in raw.lower():
        return raw
    import lxml.html

    try:
        root = lxml.html.document_fromstring(raw)
    except (ValueError, lxml.etree.ParserError):
        return raw
    changed = False
    for table in root.iter("table"):
        cells = list(table.iter("td", "th"))
        if any(d.tag in _BLOCKS for c in cells for d in c.iterdescendants()):
            for el in [table, *table.iterdescendants("tbody", "thead", "tfoot", "tr", "td", "th")]:
                el.tag = "div"
            changed = True
    return lxml.html.tostring(root, encoding="unicode") if changed else raw


_BYLINE = re.compile(r"^\s*(?:(?:first\s+|last\s+)?(?:published|posted|updated|date|dated)\b(?:\s+on)?\s*:?|by\s+[^|\n]{1,60}[|•·]|[|•·])\s*", re.I)


def _published_line(text: str) -> Optional[str]:
    """A plain text's publication day from a line near its head: "Published: 5 June 2023 10:32 BST",
    "By Jane Doe | June 5, 2023", "Posted on 2023-06-05 by admin", "05.06.2023 - Press release"."""
    for line in text[:1500].splitlines()[:10]:
        label = _BYLINE.match(line)
        rest = line[label.end():] if label else line
        if not label and len(line.split()) > 6:
            continue
        days = [d for d in find_dates(rest) if d.precision == "day" and re.search(r"(?:19|20)\d\d", d.text)]  # written in full
        if days and (label or rest.strip().startswith(days[0].text)):
            return days[0].value
    return None


def _first_line(text: str) -> Optional[str]:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:300]
    return None


def _iso(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    m = re.match(r"^\s*((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?", value)
    if m:
        return "-".join(g for g in m.groups() if g)
    found = find_dates(value)
    return found[0].value if found else None


def _dateline(text: str, published: Optional[str]) -> Optional[str]:
    """The date of a dateline ("TOKYO, Jan 22 (Wire) -", "Tokyo, Tuesday, 13 May 2025.").

    Only the first lines are searched; a day without a year takes the year
    from the publication date when there is one.
    """
    head = text[:1500]
    anchor = parse_anchor(published)
    for m in _DATELINE.finditer(head):
        for d in find_dates(m.group("rest"), anchor):
            if d.precision == "day" and not d.relative or d.value.startswith("--") or d.text[:1].isdigit() or d.text[:1].isalpha():
                if d.precision == "day":
                    return d.value
    for line in head.splitlines()[:8]:
        m = re.match(r"^\s*((?:19|20)\d\d-\d\d-\d\d)\b", line)
        if m:
            return m.group(1)
        m = _DATE_PLACE.match(line)
        days = [d for d in find_dates(m.group("date"), anchor) if d.precision == "day"] if m else []
        if days:
            return days[0].value
    return None
