"""Planned and held events (meetings, workshops, summits, calls) that are not agreements."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Optional

from .dates import find_dates
from .mentions import SentenceFacts
from .names import known_places
from .records import Event, Evidence
from .vocabulary import load_vocabulary

_TITLE_RUN = r"(?:(?:[A-Z][\w’'-]*|of|on|for|and|the|-)\s+){0,8}"


@cache
def _event_regex() -> re.Pattern:
    """One pattern for every event noun, a named group per kind, kinds in priority order."""
    spec = load_vocabulary().events
    groups = []
    for kind in ("call_for_proposals", "ministerial_meeting", "workshop", "summit", "other"):
        alts = "|".join(re.escape(n) for n in sorted(spec[kind], key=len, reverse=True))
        groups.append(f"(?P<{kind}>{alts})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(groups) + r")s?\b", re.I)


def find_events(f: SentenceFacts, out: list[Event], ctx_parties: list[str], anchor: Optional[date], probe: bool = False):
    """Append the events of one sentence to `out`; with probe, return only event-noun spans."""
    spec = load_vocabulary().events
    found = [(m.lastgroup, m) for m in _event_regex().finditer(f.text)]
    found.sort(key=lambda km: ("call_for_proposals", "ministerial_meeting", "workshop", "summit", "other").index(km[0]))
    spans = [(f.span.start + m.start(), f.span.start + m.end()) for _, m in found]
    if probe:
        return spans
    if not found:
        return None
    kind, m = found[0]
    low = f.text.lower()
    status = None
    if any(re.search(rf"\b{re.escape(c)}\b", low) for c in spec["planned"]):
        status = "planned"
    elif any(re.search(rf"\b{re.escape(c)}\b", low) for c in spec["held"]):
        status = "held"
    if status is None:
        return None
    dates = find_dates(f.text, anchor, f.span.start, future=(status == "planned"))
    parties = f.codes() or list(ctx_parties)
    event = Event(
        kind=kind, status=status, parties=sorted(set(parties)), date=dates[0].value if dates else None,
        place=_place(f.text), label=_label(f.text, m),
    )
    event.evidence = [Evidence(start=f.span.start, end=f.span.end, text=f.text)]
    if not any(e.kind == event.kind and e.label == event.label and e.date == event.date for e in out):
        out.append(event)
    return None


def _label(text: str, m: re.Match) -> str:
    """The event's own Title Case name where written, else the noun phrase."""
    head = text[: m.end()]
    title = re.search(r"((?:[A-Z][\w’'-]*|of|on|for|and|the|-)(?:\s+(?:[A-Z][\w’'-]*|of|on|for|and|the)){1,9})$", head)
    if title and m.group()[:1].isupper():
        words = title.group(1).split()
        while words and words[0] in ("of", "on", "for", "and", "the", "The"):
            words = words[1:]
        return " ".join(words)
    np = re.search(r"(?:\b(?:a|an|the)\s+)((?:[\w-]+\s+){0,3})$", text[: m.start()], re.I)
    phrase = ((np.group(1) if np else "") + m.group()).strip()
    tail = re.match(r"\s+(on|to discuss|about)\s+((?:[\w-]+\s*){1,4})", text[m.end():])
    if tail:
        phrase += " on " + tail.group(2).strip().rstrip(".,")
    return phrase


def _place(text: str) -> Optional[str]:
    places = known_places()
    for m in re.finditer(r"\b(?:in|for|at)\s+(?P<p>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})", text):
        words = m.group("p").split()
        for n in range(len(words), 0, -1):
            if " ".join(words[:n]) in places:
                return " ".join(words[:n])
    return None
