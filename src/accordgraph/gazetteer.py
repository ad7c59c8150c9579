"""Find vocabulary entries in tokenised text: a phrase matcher over token n-grams.

Looking up n-grams in a dictionary keeps matching linear in the text whatever
the vocabulary size (thousands of names and aliases), where one big regular
expression would try every alternative at every position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Optional

from .text import Token, tokenize
from .vocabulary import Vocabulary, load_vocabulary

_APOS = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-"})


@dataclass(frozen=True)
class Entry:
    kind: str  # party | demonym | combining | capital | programme | instrument
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
    """Longest-match lookup of phrases; exact-case phrases beside folded ones.

    Phrases are indexed by their first token with the longest length that
    starts there, so each text position tries only the lengths that can match.
    """

    def __init__(self) -> None:
        self._folded: dict[tuple[str, ...], Entry] = {}
        self._exact: dict[tuple[str, ...], Entry] = {}
        self._starts_folded: dict[str, int] = {}
        self._starts_exact: dict[str, int] = {}

    def add(self, phrase: str, entry: Entry, exact: bool = False) -> None:
        key = _key((t.text for t in tokenize(phrase)), exact)
        if not key:
            return
        table, starts = (self._exact, self._starts_exact) if exact else (self._folded, self._starts_folded)
        table.setdefault(key, entry)
        starts[key[0]] = max(starts.get(key[0], 0), len(key))

    def find(self, tokens: list[Token]) -> list[Match]:
        """Non-overlapping longest matches, left to right (full stops are skipped, as in "U.S.")."""
        idx = [k for k, t in enumerate(tokens) if t.text != "."]
        exact = [tokens[k].text.translate(_APOS) for k in idx]
        folded = [e.lower() for e in exact]
        out: list[Match] = []
        i, n = 0, len(idx)
        while i < n:
            longest = max(self._starts_exact.get(exact[i], 0), self._starts_folded.get(folded[i], 0))
            hit = None
            for j in range(min(n, i + longest), i, -1):
                entry = self._exact.get(tuple(exact[i:j])) or self._folded.get(tuple(folded[i:j]))
                if entry:
                    hit = (j, entry)
                    break
            if hit:
                j, entry = hit
                first, last = idx[i], idx[j - 1]
                out.append(Match(tokens[first].start, tokens[last].end, "", entry, first, last))
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
    seats = {p.capital for p in vocab.parties.values() if p.kind == "bloc" and p.capital}
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
                if exact and form.startswith("the "):  # "the Commission" heads a sentence too
                    m.add("The" + form[3:], Entry("party", p.code), exact=True)
        for form in p.exact_aliases:
            m.add(form, Entry("party", p.code), exact=True)
        for d in p.demonyms:
            m.add(d, Entry("demonym", p.code))
        if p.capital and (p.kind == "bloc" or p.kind == "country" and p.capital not in seats) and p.capital not in (p.name, *p.aliases):
            m.add(p.capital, Entry("capital", p.code), exact=True)
    for form, code in vocab.combining_forms.items():
        m.add(form, Entry("combining", code), exact=True)
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
        if key == "name_heads":
            continue
        for phrase in spec.get("phrases", []):
            m.add(phrase, Entry("instrument", key))
        for abbr in spec.get("abbreviations", []):
            m.add(abbr, Entry("instrument", key), exact=True)
    return m


@cache
def domain_regex() -> re.Pattern:
    """One pattern for every domain cue: a named group per concept, narrower ones
    reported as their top concept (word-initial stems, short words whole, case-insensitive;
    abbreviations exact)."""
    vocab = load_vocabulary()
    groups = []
    for key, spec in vocab.domains.items():
        words = "|".join(re.escape(k) + (r"s?\b" if len(k) <= 4 else "")  # "Mars", "moon", "5G" whole; "semiconductor" a stem
                         for k in sorted(spec.get("keywords", []), key=len, reverse=True))
        abbr = "|".join(re.escape(a) for a in spec.get("abbreviations", []))
        parts = [f"(?i:\\b(?:{words}))"] if words else []
        if abbr:
            parts.append(f"\\b(?:{abbr})(?![\\w])")
        groups.append(f"(?P<{key}>{'|'.join(parts)})")
    return re.compile("|".join(groups))


def _top(key: str) -> str:
    domains = load_vocabulary().domains
    while domains[key].get("broader"):
        key = domains[key]["broader"]
    return key


@cache
def _fallback_regex() -> Optional[re.Pattern]:
    groups = [f"(?P<{key}>(?i:\\b(?:{'|'.join(re.escape(k) for k in spec['fallback'])})))"
              for key, spec in load_vocabulary().domains.items() if spec.get("fallback")]
    return re.compile("|".join(groups)) if groups else None


def find_domains(text: str) -> list[tuple[int, str]]:
    """(offset, domain) for every domain cue in `text`."""
    return _scan(domain_regex(), text)


def find_weak_domains(text: str) -> list[tuple[int, str]]:
    """(offset, domain) for the weak `fallback` words ("research", "innovation"), which
    count only where neither the sentence nor its context names a domain."""
    fallback = _fallback_regex()
    return _scan(fallback, text) if fallback else []


def _scan(rx: re.Pattern, text: str) -> list[tuple[int, str]]:
    hits = []
    pos = 0
    while True:
        m = rx.search(text, pos)
        if not m:
            return hits
        hits.append((m.start(), _top(m.lastgroup)))
        pos = max(m.end(), m.start() + 1)  # "grid connectivity" is energy, not also "connectivity"
