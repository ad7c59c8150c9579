"""Text with offsets: tokens and sentences that point into the loaded text.

Every span here is a (start, end) pair of character offsets into the exact
string the extractor saw, so evidence can always be shown in place.
"""

from __future__ import annotations

import bisect
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
    "rep", "col", "lt", "maj", "capt", "adm", "amb", "hon", "rev", "brig", "cmdr", "sgt", "mt", "messrs", "u.s", "u.k", "e.u", "e.g", "i.e", "approx", "dept", "min", "jr", "sr", "a.m", "p.m", "fig",
}
# Short forms inside names ("Ma." for Maria, "Sta." for Santa, "Wm." for William) end a
# sentence only before a word that starts one.
_NAME_ABBREV = {"ma", "sta", "sto", "wm", "jos", "thos", "chas", "geo", "fr", "ste", "mgr", "pres", "supt", "atty", "sec", "asst", "assoc"}
_STARTERS = {"The", "This", "That", "These", "Those", "It", "Its", "He", "She", "His", "Her", "They", "Their", "We", "Our", "In", "On",
             "At", "As", "A", "An", "But", "And", "Yet", "So", "If", "When", "While", "After", "Before", "For", "With", "There", "Both"}
# Invisible characters that attackers and bad exports insert between letters:
# the invisible format characters (zero-width, bidi controls, tag letters,
# soft hyphen, word joiners) and the C0/C1 controls other than tab, newline and form feed.
# Line and paragraph separators become newlines.
_FORMAT = [0xAD, 0x61C, 0x180E, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065),
           *range(0x2066, 0x2070), 0xFEFF, *range(0xFFF9, 0xFFFC), *range(0x1D173, 0x1D17B), 0xE0001,
           *range(0xE0020, 0xE0080)]
_CONTROLS = [c for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)] if chr(c) not in "\t\n\f"]
_BLANKED = dict.fromkeys([*_FORMAT, *_CONTROLS], " ")
_BLANKED.update({0x2028: "\n", 0x2029: "\n", 0x85: "\n"})
# Letters of other scripts drawn like Latin ones (Cyrillic а, Greek ο): folded
# to Latin only inside words that also hold Latin letters ("Ukrаine"), so a
# spoofed name reads as the name it shows while real Cyrillic or Greek words
# stay as written. Fullwidth and mathematical Latin letters are folded always.
_LOOKALIKES = str.maketrans(
    "аеорсухіјѕԁһԛԝӏкАВЕКМНОРСТХУІЈЅԜ" "οαικνρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdhqwlkABEKMHOPCTXYIJSW" "oaikvptuxABEZHIKMNOPTYX",
)
_WIDE = {c: unicodedata.normalize("NFKC", chr(c)) for c in [*range(0xFF01, 0xFF5F), *range(0x1D400, 0x1D800)]}
_WIDE = {c: v if len(v) == 1 and v.isascii() else chr(c) for c, v in _WIDE.items()}


def _char_class(codes) -> re.Pattern:
    """A regex class of code points written as ranges (a long list of singles is slow to match)."""
    runs: list[list[int]] = []
    for c in sorted(codes):
        if runs and c == runs[-1][1] + 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return re.compile("[%s]" % "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs))


_BLANK_RE = _char_class(_BLANKED)
_BROKEN_WORD = re.compile(r"\b([A-Za-z]+)-\n([a-z]+)")  # from a word's start, so a megabyte of letters is one try, not one per letter
_WIDE_RE = _char_class(_WIDE)
_FOREIGN = re.compile(r"(?<!\w)\w*[\u0370-\u052F]\w*")  # a whole word holding a Greek or Cyrillic letter
_GREEK_CYRILLIC = re.compile(r"[\u0370-\u052F]")
MAX_SENTENCE = 1000  # characters; a longer run is cut at a space (see `sentences`)


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


def normalize(text: str) -> str:
    """NFC-normalise, blank out invisible characters, fold look-alike letters.

    A word a fixed-width line broke with a hyphen ("intergovern-\nmental", as in
    text taken from a PDF) is rejoined, its hyphen and line break moving after it
    as two spaces. Every other step maps one character to one character, so offsets into the
    normalised text (the text every record points into) are offsets of the
    same characters before the invisible ones were blanked. A homoglyph
    never turns into a different name: "Ukrаine" (Cyrillic а) reads as the
    Ukraine it shows, and a word with a letter that has no Latin twin is
    left alone, so it matches nothing.
    """
    text = unicodedata.normalize("NFC", text)
    text = _BROKEN_WORD.sub(lambda m: m.group(1) + m.group(2) + "  ", text)
    text = _BLANK_RE.sub(lambda m: _BLANKED[ord(m.group())], text)
    text = _WIDE_RE.sub(lambda m: _WIDE[ord(m.group())], text)
    return _FOREIGN.sub(_fold_word, text)


def _fold_word(m: re.Match) -> str:
    word = m.group()
    folded = word.translate(_LOOKALIKES)
    mixed = any("a" <= c <= "z" or "A" <= c <= "Z" for c in word)
    return folded if mixed and not _GREEK_CYRILLIC.search(folded) else word


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
            if word and word.group(1).lower() in _NAME_ABBREV and re.match(r"\s+[A-Z][a-z]+\b", text[end:end + 30]) \
                    and text[end:end + 30].split()[0] not in _STARTERS:
                continue  # "Secretary Ma. Cristina Roque", "Sta. Rosa": a name's short form, not "Jack Ma. The ..."
            line = text[text.rfind("\n", 0, m.start()) + 1: m.start()]
            if re.fullmatch(r"\s*(?:#{1,6}\s*|[*_]{2})?(?:\|\s*)?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4}|S\.\s?No|No)", line):
                continue  # "1. | Bilateral Investment Treaty |", "### 4. Merkel's visit": a list, table or heading number, not a sentence
            follow = text[end: end + 3].lstrip()
            if follow[:1].islower() and text[m.start() - 1: m.start()].isupper():
                continue
        _add(spans, text, start, end)
        start = end
    _add(spans, text, start, len(text))
    out: list[Span] = []
    wrapped = _wrapped_breaks(text)
    for s in spans:  # single newlines end a sentence when a line has no end mark, unless the paragraph is hard-wrapped
        for part in _split_lines(text, s, wrapped):
            for piece in _cut_long(text, part):
                out.extend(_split_signings(text, piece))
    return out


_SIGNS = re.compile(r"\b(?:signed|inked|concluded|sealed)\b")


def _split_signings(text: str, span: Span) -> list[Span]:
    """ "Kazakhstan and the EU signed a memorandum on Monday; the EU signed a similar one with Ukraine in 2021": two
    clauses that each tell a signing are read as two sentences."""
    signs = [m.start() for m in _SIGNS.finditer(span.text)]
    parts: list[Span] = []
    start = 0
    for m in re.finditer(r";\s+(?=[a-zA-Z])", span.text):
        k = bisect.bisect_left(signs, start)
        if k < len(signs) and signs[k] < m.start() and signs[-1] >= m.end():  # a signing before the cut and one after it
            _add(parts, text, span.start + start, span.start + m.start() + 1)
            start = m.start() + 1
    _add(parts, text, span.start + start, span.end)
    return parts


def _cut_long(text: str, span: Span, limit: int = MAX_SENTENCE) -> list[Span]:
    """Cut a run longer than `limit` at its last space before the limit.

    No real sentence is that long (the corpus's longest is under 400
    characters); a 5 MB line without a full stop would otherwise be one
    "sentence" that every rule scans again and again.
    """
    if span.end - span.start <= limit:
        return [span]
    parts: list[Span] = []
    pos = span.start
    while span.end - pos > limit:
        cut = text.rfind(" ", pos + limit // 2, pos + limit)
        cut = cut if cut > pos else pos + limit
        _add(parts, text, pos, cut)
        pos = cut
    _add(parts, text, pos, span.end)
    return parts


def _wrapped_breaks(text: str) -> set[int]:
    """The line breaks inside hard-wrapped paragraphs (text from a PDF, a fixed-width wire): a paragraph
    where some line runs on into a line that starts in lower case ("... the construction of the country's first\n
    nuclear power plant") is one run of prose, save where a line opens a list item. In a text wrapped so
    throughout, a line as long as the wrapping width runs on too ("... in Manila, on 16\nNovember 2023").
    """
    run_ons = list(_RUN_ON.finditer(text))
    if not run_ons:
        return set()
    widths = sorted(m.start() + 1 - (text.rfind("\n", 0, m.start()) + 1) for m in run_ons)
    width = widths[len(widths) // 2] if len(run_ons) >= 3 else None
    breaks: set[int] = set()
    for block in re.finditer(r"[^\n]+(?:\n[^\n]+)+", text):
        body = block.group()
        whole = bool(_RUN_ON.search(body))
        if not whole and width is None:
            continue
        for m in re.finditer(r"\n(?!\s*(?:[-*•]\s|\d{1,2}[.)]\s|\([a-z0-9]\)\s))", body):
            line = body[body.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
            if whole or len(line) >= 0.8 * width and not line.endswith((".", ":", "!", "?")):
                breaks.add(block.start() + m.start())
    return breaks


_RUN_ON = re.compile(r"[a-z,;]\n[a-z]")


def _split_lines(text: str, span: Span, wrapped: frozenset[int] | set[int] = frozenset()) -> list[Span]:
    parts: list[Span] = []
    pos = span.start
    for m in re.finditer(r"\n", text[span.start: span.end]):
        cut = span.start + m.start()
        before = text[pos:cut].rstrip()
        if before and cut not in wrapped and not before.endswith((",", ";", "and", "or")):
            _add(parts, text, pos, cut)
            pos = cut + 1
    _add(parts, text, pos, span.end)
    return parts


_TABLE_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    if chunk and not _TABLE_RULE.fullmatch(chunk):  # "|---|---|" under a table's header is no sentence
        spans.append(Span(start + lead, start + lead + len(chunk), chunk))


LEADS_DATELINE = re.compile(r"^\s*[*_]{0,2}[A-Z][A-Za-z.'’ -]{1,40}(?:,\s+[^()\n]{0,40}?)?\s*(?:\([^)]{0,40}\)\s*)?[*_]{0,2}\s*(?:[-–—]{1,2}|:)\s")  # "TOKYO, May 3 (Wire) -", "**TOKYO, Saturday (EAW)** -"

NUMBER = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                                     "seventeen eighteen nineteen twenty".split())}
NUMBER.update({str(i): i for i in range(2, 200)})  # "three memorandums", "38 OECD Members": a count in words or figures
