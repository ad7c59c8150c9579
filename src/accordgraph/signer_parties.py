"""The party each signatory signed for: the one after "for" or "on behalf of", in brackets
after the name, after "of", of the body the signer heads, named in the post, or the nearest;
and, for two signers of a bilateral accord, one each."""

from __future__ import annotations

import re
from typing import Optional

from .mentions import SentenceFacts
from .names import CAP
from .records import Signatory
from .vocabulary import load_vocabulary


def party_starting(f: SentenceFacts, lo: int, hi: int) -> Optional[str]:
    """The first party whose mention starts in [lo, hi) of the document: the one a cue just before a name points at."""
    return next((p.code for p in f.parties if lo <= p.start < hi), None)


def acting_for(f: SentenceFacts, end: int) -> Optional[str]:
    """ "X signed the agreement for the Philippines": the party after "for", before the next name."""
    window = f.text[end:end + 80]
    nxt = re.search(rf"\band\s+(?:(?:{CAP}\s+){{1,}}|(?:for|on behalf of)\b)", window)  # not the next signer's party
    window = window[: nxt.start()] if nxt else window
    m = re.search(r"\b(?:for|on behalf of|,\s+(?:the\s+)?Government\s+of|on(?=\s+(?:the\s+)?[A-Z][\w\s.-]{0,40}?[’']s\s+behalf\b))\s+(?:the\s+)?(?:(?:Federal\s+|Islamic\s+|Socialist\s+|People's\s+)?Republic\s+of\s+(?:the\s+)?)?", window)
    if not m:
        return None
    return party_starting(f, f.span.start + end + m.start(), f.span.start + end + m.end() + 1)  # "for the Philippines" may match with its article


def bracketed_party(f: SentenceFacts, end: int) -> Optional[str]:
    """ "Ministers Yasutoshi Nishimura (Japan) and Ashwini Vaishnaw (India)": the party in brackets right after the name."""
    m = re.match(r"\s*\(([^()]{1,40})\)", f.text[end:])
    return party_starting(f, f.span.start + end + m.start(1), f.span.start + end + m.end(1)) if m else None


def of_party(f: SentenceFacts, end: int) -> Optional[str]:
    """ "The foreign ministers, Marise Payne of Australia and Toshimitsu Motegi of Japan, signed": the party right after "of"."""
    m = re.match(r"\s+of\s+(?:the\s+)?", f.text[end:])
    return party_starting(f, f.span.start + end + m.end(), f.span.start + end + m.end() + 1) if m else None


def heads_party(f: SentenceFacts, end: int) -> Optional[str]:
    """ "General El Mostafa Rabii, who heads Morocco's General Directorate ...": the party of the body he heads."""
    m = re.match(r",\s+who\s+(?:heads|led|leads|runs|ran|chairs|directs)\s+(?:the\s+)?", f.text[end:])
    if not m:
        return None
    at = f.span.start + end + m.end()
    return party_starting(f, at, at + 40)


def signed_for_before(f: SentenceFacts, start: int) -> Optional[str]:
    """ "It was signed for New Zealand by His Excellency Carl Reaich": the party named
    after "for" just before "by" and the name."""
    window_start = max(0, start - 100)
    m = re.search(r"\b(?:for|on behalf of)\s+(?:the\s+)?(?P<p>[A-Z][^,;:]{1,50}?)(?:\s+by|\s+(?:was|were)|(?<=\S),)\s+(?:[A-Z][\w.-]*\s+){0,4}$", f.text[window_start:start])
    if not m:
        return None
    return party_starting(f, f.span.start + window_start + m.start("p"), f.span.start + window_start + m.end("p"))


def share_out_parties(people: list[tuple[Signatory, int, bool]], f: SentenceFacts, parties: Optional[list[str]] = None) -> list[Signatory]:
    """Two signatories for the two parties of an accord: one whose party is only
    guessed, when it equals the other's, signed for the other party; failing any
    explicit party, the one named farther from the shared party's mention does."""
    codes = list(parties) if parties and len(parties) == 2 else list(dict.fromkeys(p.code for p in f.parties))
    if len(people) != 2 or len(codes) != 2:
        return [p for p, _, _ in people]
    (a, pa, ea), (b, pb, eb) = people
    if ea != eb:
        sure, guess = (a, b) if ea else (b, a)
        if sure.party in codes and guess.party in (sure.party, None):
            guess.party = next(c for c in codes if c != sure.party)
    elif a.party == b.party and a.party in codes:  # "between Japan and India ... by Kamikawa and Jaishankar": in the order the parties were named
        order = [c for c in dict.fromkeys(p.code for p in f.parties) if c in codes]
        if len(order) == 2:
            a.party, b.party = order
    return [a, b]


def party_of(f: SentenceFacts, s: int, e: int, post: Optional[str]) -> Optional[str]:
    """The party named in the post, else the one just before the name, else the nearest."""
    named = party_in(post)
    if named:
        return named
    base = f.span.start
    own = [p for p in f.parties if base + s - 120 <= p.start < base + s]
    if own and post:
        return own[-1].code
    return nearest_party(f, s, e)


def party_in(post: Optional[str]) -> Optional[str]:
    if not post:
        return None
    from .gazetteer import party_matcher
    from .text import tokenize
    for m in party_matcher().find(tokenize(post)):
        if m.entry.kind in ("party", "demonym"):
            p = load_vocabulary().parties[m.entry.code]
            return p.country if p.kind == "ministry" else p.code
    return None


def nearest_party(f: SentenceFacts, s: int, e: int) -> Optional[str]:
    """The party mentioned nearest the name, within the clause around it."""
    base = f.span.start
    near = [p for p in f.parties if base + s - 140 <= p.start < base + e + 120]
    return min(near, key=lambda p: abs(p.start - base - s)).code if near else None
