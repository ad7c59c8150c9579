"""Where an accord was signed: the city a signing sentence names, told apart from where the
work happens, where a partner lies or where someone is posted."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from .mentions import SentenceFacts
from .modality import AHEAD_OF
from .names import CAP, known_places, lexicon, not_a_name
from .people import act_verbs, signing_acts
from .vocabulary import load_vocabulary


_SITE = re.compile(r"\b(?:project|projects|plant|plants|mine|mines|factory|facility|facilities|site|station|field|deposit|deposits|refinery|hub|park|zone|corridor|base)\s+(?:[\w-]+\s+){0,2}(?:in|at)\s+$", re.I)


_REGION_IN = re.compile(r"\b(?:(?:country|countries|nation|nations|state|states|partner|partners)\s+(?:in|from)|of\s+its\s+kind\s+in|such\s+\w+\s+in)\s+(?:the\s+)?$", re.I)
_POSTED_IN = re.compile(r"\b(?:ambassador|representative|envoy|consul|correspondent|based|stationed)\s+$", re.I)


_VENUE_CITY = re.compile(rf"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?:{CAP}\s+){{0,4}}(?:House|Palace|Hall|Hotel|Centre|Center|Building|Secretariat|Headquarters)"
                         rf"(?:\s+of\s+(?:the\s+)?(?:{CAP}\s+){{0,3}}{CAP})?,\s+(?P<p>{CAP}(?:\s+{CAP})?)\b")


def place(f: SentenceFacts) -> Optional[str]:
    """The city a signing sentence says it happened in.

    A known city anywhere after "in"/"at"; else a capitalised name right
    after the signing verb ("signed ... in Stephenville") that is not a party,
    a month or an organisation.
    """
    places = known_places()
    city_of = re.search(rf"\bin\s+the\s+(?:[\w-]+\s+){{0,3}}?(?:city|town|port|capital|resort) of\s+(?P<p>{CAP}(?:\s+{CAP})?)", f.text)
    if city_of:
        return city_of.group("p").rstrip(".,")
    where = re.search(rf"\bin\s+(?P<p>{CAP}(?:\s+{CAP})?),\s+where\b", f.text)  # "stopped in Ottawa, where he and Carney issued"
    if where and signing_acts(f.text[where.end():]):
        return where.group("p")
    seats = lexicon().get("seats_of_government", {})
    seat = re.search(r"\bat\s+(?:the\s+)?(" + "|".join(re.escape(k) for k in seats) + r")\b", f.text) if seats else None
    if seat:  # "signed ... at the White House", "at their first meeting at the White House, ... launched": in Washington
        state = load_vocabulary().parties.get(seats[seat.group(1)])
        if state and state.capital:
            return state.capital
    capital = re.search(r"\bin\s+the\s+(?P<d>[A-Z][\w-]+)\s+capital\b(?!,)", f.text)  # "in the Indian capital"
    if capital:
        state = next((p for p in load_vocabulary().countries() if capital.group("d") in p.demonyms + (p.name,)), None)
        if state and state.capital:
            return state.capital
    found = [(m.start(), m.group("p")) for m in _VENUE_CITY.finditer(f.text) if m.group("p") in places]  # "at Hyderabad House, New Delhi"
    for m in re.finditer(rf"\b(?:[Ii]n|[Aa]t|(?:visit|trip)\s+(?:by\s+(?:[A-Z][\w.’'-]+\s+){{1,3}})?to)\s+(?:the\s+)?(?P<p>{CAP}(?:(?:\s+|\s+(?:el|al|es|de|del|da|do|dos|la|le|sur|am|of)(?:-|\s+)|-(?:el|al|es|de|la|le|sur)-){CAP}){{0,3}})", f.text):
        if _POSTED_IN.search(f.text[:m.start()]) or _SITE.search(f.text[:m.end() - len(m.group("p"))]) or AHEAD_OF.search(f.text[:m.end() - len(m.group("p"))]):
            continue  # "Taiwan's representative in London", "the reactor project at Cadarache", "ahead of the conference in Paris": not where it was signed
        words = [w.rstrip(".,") for w in m.group("p").split()]
        cand = known_prefix(words)
        if cand and not re.match(r"\s+(?:House|Palace|Hall|Hotel|Street|Road|Avenue)\b", f.text[m.start("p") + len(cand):]):  # "at Hyderabad House"
            found.append((m.start(), cand))
    if found:  # "signed on 15 January in Catamarca, ... the Embassy of India in Buenos Aires": the one the signing names
        acts = [a.end() for a in signing_acts(f.text)]
        near = [(pos, c) for pos, c in found if any(0 <= pos - a <= 60 for a in acts)]
        return (near or found)[0][1]
    verbs = act_verbs()
    m = re.search(rf"\b(?:{verbs})\b[^.;]{{0,60}}?\b(?:in|at)\s+(?P<p>{CAP}(?:\s+{CAP})?)(?=[\s,.;]|$)", f.text) or \
        re.search(rf"\b(?:summit|conference|meeting|ceremony|forum|visit|talks|sidelines|COP\d+)\b[^.;]{{0,40}}?\bin\s+(?P<p>{CAP}(?:[\s-]+(?:el|al|de|do|da|es)?[\s-]*{CAP})?)(?=[\s,.;]|$)", f.text)
    if m and (_SITE.search(f.text[m.start():m.start("p")]) or _REGION_IN.search(f.text[m.start():m.start("p")])):
        m = None  # "a project in Sumatra", "a country in Central Asia": where the work or the partner is, not the signing
    if m:
        words = [w.rstrip(".,’'") for w in m.group("p").split()]
        if words and not not_a_name(words[:1]) and not words[0].isupper() and not re.match(r"(?:19|20)\d\d", words[0]):
            return words[0] if len(words) == 1 or not_a_name(words[1:]) else " ".join(words)
    return None


def each_place(f: SentenceFacts, n: int) -> list[Optional[str]]:
    """Where each of `n` accords told in one sentence was signed: the cities it names in order when it
    pairs them with "respectively" ("in Buenos Aires and Brussels, in June and July respectively"), else its one place."""
    if re.search(r"\brespectively\b", f.text, re.I):
        cities = sorted({c for c in known_places() if re.search(rf"\b{re.escape(c)}\b", f.text)}, key=f.text.find)
        return cities if len(cities) == n else [None] * n
    return [place(f)] * n


_EVENT_IN = re.compile(rf"\b(?P<e>COP\s?\d+|(?:{CAP}\s+){{0,5}}(?:Summit|Conference|Forum|Congress|Show|Expo|Dialogue|Meeting))\b"
                       rf"(?:\s*\([^)]{{1,30}}\))?,?\s+(?:(?:held|being held|taking place)\s+)?in\s+(?P<p>{CAP}(?:[\s-]+(?:el|al|de|es)?[\s-]*{CAP})?)")


@lru_cache(maxsize=64)
def known_occasions(text: str) -> dict[str, str]:
    """The events a document places ("the 68th International Astronautical Congress in Adelaide", "COP27 in
    Sharm el-Sheikh"), by the word that names them later ("congress", "cop27"), with their city."""
    out: dict[str, str] = {}
    for m in _EVENT_IN.finditer(text):
        city = " ".join(w.rstrip(".,") for w in m.group("p").split())
        if city in known_places() or city.split()[0] in known_places():
            out[occasion_key(m.group("e"))] = city if city in known_places() else city.split()[0]
    return out


def occasion_key(name: str) -> str:
    """The word an event is named by later: "the 68th International Astronautical Congress" -> "congress", "COP27" -> "cop27"."""
    return name.split()[-1].lower().replace(" ", "")


def at_occasion(sentence: str, keys) -> Optional[re.Match]:
    """ "Also at COP27", "on the sidelines of the first summit between the EU and ASEAN": a signing sentence placed at an
    event named by one of `keys`, the words before it in group `q`, the event in `e`, a qualifier after it in `after`."""
    if not keys:
        return None
    return re.search(r"\b(?:at|during|on the (?:sidelines|margins) of)\s+(?:the\s+)?(?P<q>(?:[\w-]+\s+){0,5}?)(?P<e>" + "|".join(map(re.escape, keys))
                     + r")\b(?P<after>\s+(?:between|of|in)\s+[^,;.]{1,60})?", sentence, re.I)


def at_known_occasion(sentence: str, text: str) -> Optional[str]:
    """ "Also at COP27, ... signed": the city of an event the document placed before."""
    events = known_occasions(text)
    m = at_occasion(sentence, events)
    return events[occasion_key(m.group("e"))] if m else None


def known_prefix(words: list[str]) -> Optional[str]:
    """The longest run of `words`, from the first, that names a known place ("Dar es Salaam" of "Dar es Salaam Port")."""
    return next((" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in known_places()), None)


def as_written(place: Optional[str], text: str) -> Optional[str]:
    """A place as the document spells it: "Brasília" of the gazetteer is "Brasilia" where the text writes that."""
    if not place or place in text:
        return place
    folded = "".join(c for c in unicodedata.normalize("NFKD", place) if not unicodedata.combining(c))
    return folded if folded != place and re.search(rf"\b{re.escape(folded)}\b", text) else place
