"""Find vocabulary entries in tokenised text: a phrase matcher over token n-grams.

Looking up n-grams in a dictionary keeps matching linear in the text whatever
the vocabulary size (thousands of names and aliases), where one big regular
expression would try every alternative at every position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable

from .text import Token, tokenize
from .vocabulary import Vocabulary, load_vocabulary

_APOS = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-"})


@dataclass(frozen=True)
class Entry:
    kind: str  # party | demonym | capital | programme | instrument
    code: str


@dataclass(frozen=True)
class Match:
    start: int  # character offsets
    end: int
    text: str
    entry: Entry
    first_token: int
    last_token: int


def _key(tokens: Iterable[str], exact: bool) -> tuple[str, ...]:
    return tuple(t.translate(_APOS) if exact else t.translate(_APOS).lower() for t in tokens if t != ".")


class PhraseMatcher:
    """Longest-match lookup of phrases; exact-case phrases beside folded ones."""

    def __init__(self) -> None:
        self._folded: dict[tuple[str, ...], Entry] = {}
        self._exact: dict[tuple[str, ...], Entry] = {}
        self._longest = 1

    def add(self, phrase: str, entry: Entry, exact: bool = False) -> None:
        key = _key((t.text for t in tokenize(phrase)), exact)
        if not key:
            return
        table = self._exact if exact else self._folded
        table.setdefault(key, entry)
        self._longest = max(self._longest, len(key))

    def find(self, tokens: list[Token]) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        out: list[Match] = []
        i, n = 0, len(tokens)
        words = [t.text for t in tokens]
        while i < n:
            hit = None
            if words[i] != ".":
                for j in range(min(n, i + self._longest + 2), i, -1):
                    span = words[i:j]
                    if span[-1] == ".":
                        continue
                    entry = self._exact.get(_key(span, True)) or self._folded.get(_key(span, False))
                    if entry:
                        hit = (j, entry)
                        break
            if hit:
                j, entry = hit
                out.append(Match(tokens[i].start, tokens[j - 1].end, "", entry, i, j - 1))
                i = j
            else:
                i += 1
        return out


def _needs_exact(form: str, vocab: Vocabulary) -> bool:
    """Short upper-case codes and ambiguous words match only in their own case."""
    low = form.lower().replace(".", "")
    return low in vocab.common_words or (len(low) <= 2 and form.isupper() and low not in ("eu", "uk"))


@cache
def party_matcher() -> PhraseMatcher:
    """Names, aliases, codes, demonyms and capitals of every party."""
    vocab = load_vocabulary()
    m = PhraseMatcher()
    for p in sorted(vocab.parties.values(), key=lambda p: not p.is_state):
        forms = [p.name, *p.aliases]
        if p.kind in ("bloc",) or not p.is_state:
            forms.append(p.code)
        for form in forms:
            exact = p.ambiguous or p.case_sensitive or _needs_exact(form, vocab)
            if exact and p.ambiguous and form[:1].isupper():
                m.add(form, Entry("party", p.code), exact=True)
            else:
                m.add(form, Entry("party", p.code), exact=exact)
        for form in p.exact_aliases:
            m.add(form, Entry("party", p.code), exact=True)
        for d in p.demonyms:
            m.add(d, Entry("demonym", p.code))
        if p.capital and p.kind == "country" and p.capital not in (p.name, *p.aliases):
            m.add(p.capital, Entry("capital", p.code), exact=True)
    for prog in vocab.programmes.values():
        for form in (prog.code, prog.name, *prog.aliases):
            exact = _needs_exact(form, vocab) or form.isupper() or (prog.case_sensitive and form == prog.code)
            m.add(form, Entry("programme", prog.code), exact=exact)
    return m


@cache
def instrument_matcher() -> PhraseMatcher:
    vocab = load_vocabulary()
    m = PhraseMatcher()
    for key, spec in vocab.instruments.items():
        for phrase in spec.get("phrases", []):
            m.add(phrase, Entry("instrument", key))
        for abbr in spec.get("abbreviations", []):
            m.add(abbr, Entry("instrument", key), exact=True)
    return m


@cache
def domain_patterns() -> list[tuple[str, re.Pattern]]:
    """One word-initial pattern per domain concept, narrower concepts mapped to their top."""
    vocab = load_vocabulary()
    out = []
    for key, spec in vocab.domains.items():
        top = key
        while vocab.domains[top].get("broader"):
            top = vocab.domains[top]["broader"]
        words = "|".join(re.escape(k) for k in sorted(spec.get("keywords", []), key=len, reverse=True))
        abbr = "|".join(re.escape(a) for a in spec.get("abbreviations", []))
        parts = []
        if words:
            parts.append(f"(?i:\\b(?:{words}))")
        if abbr:
            parts.append(f"\\b(?:{abbr})(?![\\w])")
        out.append((top, re.compile("|".join(parts))))
    return out


def find_domains(text: str) -> list[tuple[int, str]]:
    """(offset, domain) for every domain cue in `text`."""
    hits = []
    for top, rx in domain_patterns():
        hits.extend((m.start(), top) for m in rx.finditer(text))
    return sorted(hits)
