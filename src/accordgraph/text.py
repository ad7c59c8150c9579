"""Text with offsets: tokens and sentences that point into the loaded text.

Every span here is a (start, end) pair of character offsets into the exact
string the extractor saw, so evidence can always be shown in place.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

TOKEN = re.compile(r"\w+|[^\w\s]")
# A sentence ends at . ! ? (optionally closed by quotes, brackets or a
# citation like [3]) followed by space and a capital, a digit or an opening
# mark, or at a blank line. Abbreviations below never end a sentence.
_END = re.compile(r"[.!?]['\"’”)\]]*(?:\s*\[\d+\])*(?=\s+)|\n\s*\n|\n(?=\s*[-*•#]|\s*\d{4}\s*[:–-])")
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "inc", "ltd", "co", "corp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen",
    "rep", "u.s", "u.k", "e.u", "e.g", "i.e", "approx", "dept", "min", "jr", "sr", "a.m", "p.m", "fig",
}
# Invisible characters that attackers and bad exports insert between letters.
_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
     0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F]
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


_TO_SPACE = {c: " " for c in _INVISIBLE}


def normalize(text: str) -> str:
    """NFC-normalise and replace invisible characters by spaces (length kept).

    Keeping the length means offsets into the normalised text are offsets into
    the text as loaded, which is what the evidence shows.
    """
    text = unicodedata.normalize("NFC", text)
    return text.translate(_TO_SPACE)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words and single punctuation marks with their offsets."""
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in TOKEN.finditer(text)]


def sentences(text: str) -> list[Span]:
    """Split text into sentences with offsets; headings and list items stand alone."""
    spans: list[Span] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        if m.group().startswith("."):
            word = re.search(r"([\w.]+)\.$", text[max(0, m.start() - 12): m.start() + 1])
            if word and (word.group(1).lower() in _ABBREV or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word.group(1))):
                continue  # abbreviations and initials ("R.K. Singh")
            follow = text[end: end + 3].lstrip()
            if follow[:1].islower() and text[m.start() - 1: m.start()].isupper():
                continue
        _add(spans, text, start, end)
        start = end
    _add(spans, text, start, len(text))
    out: list[Span] = []
    for s in spans:  # single newlines end a sentence when a line has no end mark
        out.extend(_split_lines(text, s))
    return out


def _split_lines(text: str, span: Span) -> list[Span]:
    parts: list[Span] = []
    pos = span.start
    for m in re.finditer(r"\n", text[span.start: span.end]):
        cut = span.start + m.start()
        before = text[pos:cut].rstrip()
        if before and not before.endswith((",", ";", "and", "or")) and len(before) - len(before.lstrip()) >= 0:
            _add(parts, text, pos, cut)
            pos = cut + 1
    _add(parts, text, pos, span.end)
    return parts


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    if chunk:
        spans.append(Span(start + lead, start + lead + len(chunk), chunk))
