"""The parties a signing verb's own clause binds: its subject less an opening comparison or an
aside, the states after "between" or "signed by", and none named after the clause it closes.
"""

from __future__ import annotations

import re
from typing import Optional

from .mentions import SentenceFacts
from .modality import strong_sign


def subject_clause(f: SentenceFacts, codes: list[str]) -> list[str]:
    """ "Japan and Turkey sign an agreement ..., to be built by a consortium of X and
    France's Y": with two or more parties before the signing verb, parties after the
    next clause break are not parties to it."""
    m = strong_sign(f.text)
    if not m:
        return codes
    verb = f.span.start + m.start()
    opener = None  # "..., the project whose foundations were laid when CNSA and Roscosmos signed a memorandum": the clause's own subject
    for o in re.finditer(r"\b(?:when|after|as|that|which|where|because|once)\s+", f.text[:m.start()]):
        opener = o
    inner = [p.code for p in f.parties if opener is not None and f.span.start + opener.end() <= p.start < verb]
    if len(set(inner)) >= 2 and any(p.start < f.span.start + opener.start() for p in f.parties) \
            and re.fullmatch(r"(?:(?:the\s+)?[\w’'.-]+\s+){1,6}", f.text[opener.end():m.start()]):
        return list(dict.fromkeys(inner))
    between = re.search(r"\b(?:agreement|memorandum|accord|treaty|declaration|arrangement|deal|pact|protocol)\s+(?:[\w-]+\s+){0,2}?between\s+", f.text[:m.start()], re.I)
    if between:  # "an agreement between the governments of Japan and Turkey signed in May 2013 ... the French group Areva"
        end = re.search(r",\s|;|\s(?:signed|which|that|was|were|to|in|on|for)\s", f.text[between.end():])
        agents = {p.code for p in f.parties if f.span.start + between.end() <= p.start < f.span.start + between.end() + (end.start() if end else len(f.text))}
        if len(agents) >= 2:
            return [c for c in codes if c in agents or all(p.code != c for p in f.parties)]
    by = re.match(r"\s+by\s", f.text[m.end():])
    if by:  # "The agreement, signed by Kenya and the United States on Tuesday, mirrors one Washington concluded with Nigeria"
        end = re.search(r",\s|;|\s(?:which|that|while|after|following|mirror\w*|like)\s", f.text[m.end():])
        agents = {p.code for p in f.parties if verb < p.start < f.span.start + m.end() + (end.start() if end else len(f.text))}
        if len(agents) >= 2:
            return [c for c in codes if c in agents]
    before = [p for p in f.parties if p.start < verb]
    kept = _subject_parties(f, m.start(), before)
    if kept and {p.code for p in before} - kept:  # "Like the United States before it, Japan signed": not a party to it
        codes = [c for c in codes if c in kept or not all(p.start < verb for p in f.parties if p.code == c)]
        before = [p for p in before if p.code in kept]
    subject = [p.code for p in before]
    if len(set(subject)) < 2:
        brk = _AFTER_ONE.search(f.text[m.end():]) if subject else None
    else:
        brk = re.search(r",\s|;|\s(?:which|that|to be|built by|led by|by a|including)\s", f.text[m.end():])
    if not brk:
        return codes
    limit = f.span.start + m.end() + brk.start()
    return [c for c in codes if any(p.code == c and p.start < limit for p in f.parties) or all(p.code != c for p in f.parties)]


_AFTER_ONE = re.compile(r";|,?\s(?:while|whereas|following|mirroring|like|unlike)\s|,\s(?:(?:[\w-]+\s+)?(?:weeks|days|months|years)|a\s+(?:day|week|month|year))\s+(?:after|before)\b")


def _subject_parties(f: SentenceFacts, verb: int, before: list) -> Optional[set[str]]:
    """The parties before a signing verb less those of an opening comparison ("Like the United States
    before it, Japan signed") or of an aside before the verb (", newly wary of Russia,"); a list whose
    first item closes such a chunk stays whole. None when nothing is left."""
    inside = [(p.start - f.span.start, p.end - f.span.start) for p in before]
    cuts = [c.start() for c in re.finditer(r"[,;]\s|\s[-–—]\s", f.text[:verb]) if not any(s < c.start() < e for s, e in inside)]
    starts = [0] + [c + 2 for c in cuts]
    chunks = [(a, b) for a, b in zip(starts, cuts + [verb]) if b > a]
    named = lambda a, b: [p for p in before if a <= p.start - f.span.start < b]
    if len(chunks) >= 2 and _OWN_CLAUSE.match(f.text[chunks[-1][0]:verb]) and named(*chunks[-1]) and not _bare(f, chunks[-2], named(*chunks[-2])) \
            and all(len(f.text[a:b].split()) >= 4 for a, b in chunks[:-1]):  # "..., and Hanoi signed a memorandum with Seoul": its own subject, not "Valneva, based in France, and Butantan"
        return {p.code for p in named(*chunks[-1])}
    kept: set[str] = set()
    for k, (a, b) in enumerate(chunks):
        parties = named(a, b)
        aside = k == len(chunks) - 1 and k > 0 and b < verb and _ASIDE.match(f.text[a:b])
        if parties and (aside or _OPENER.match(f.text[a:b])):
            listed = k + 1 < len(chunks) and parties[-1].end - f.span.start >= a + len(f.text[a:b].rstrip()) and _bare(f, chunks[k + 1], named(*chunks[k + 1]))
            if not listed:
                continue  # not the verb's subject
        kept |= {p.code for p in parties}
    return kept or None


_OWN_CLAUSE = re.compile(r"\s*(?:and|but)\s+(?!the\s+other\b)(?:[\w’'.-]+\s+){1,6}$")
_OPENER = re.compile(r"\s*(?:like|unlike|beating|outflanking|much\s+as|just\s+as|as\s+did)\s", re.I)
_ASIDE = re.compile(r"\s*(?:newly|long|already|now|still|wary|keen|eager|like|unlike)\b")


def _bare(f: SentenceFacts, chunk: tuple[int, int], parties: list) -> bool:
    """A chunk that is nothing but a party's name ("India," in "India, Japan and Australia")."""
    text = f.text[chunk[0]:chunk[1]]
    for p in sorted(parties, key=lambda p: -p.start):
        text = text[:p.start - f.span.start - chunk[0]] + text[p.end - f.span.start - chunk[0]:]
    return bool(parties) and re.fullmatch(r"[\s,;]*(?:(?:the|and|both)\s*)*[\s,;]*", text, re.I) is not None
