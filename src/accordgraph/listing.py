"""Accords listed under a lead-in: "Ministers from both countries signed:" and then
one bullet per accord; and several accords told in one sentence.

The lead-in says who acted, how far (signed, planned) and when; each item names
its own instrument and domain, and may add a partner ("Japan signed agreements
with:" and a bullet per partner). The lead-in itself is not an accord.
"""

from __future__ import annotations

import re
from typing import Optional

from . import people, places
from .dates import agrees, refine
from .details import name_of
from .drafts import Draft, make_draft
from .gazetteer import find_domains
from .mentions import SentenceFacts
from .names import known_places, person_name
from .modality import AMENDED, instrument_of, refers_back, signing_date
from .records import GENERIC_INSTRUMENTS, Evidence, Signatory
from .text import NUMBER
from .vocabulary import load_vocabulary

_HEAD = re.compile(r",\s+(?:which|under which|that|to|so that|aimed at|aiming to)\b|;|\s[–—]\s")

_BULLET = re.compile(r"^\s*(?:\|\s*(?=\d))?(?:[-•*–·▪►]|\(?\d{1,2}[.)]|\(?[a-z][.)]|[ivx]{1,4}[.)]"
                     r"|\**(?:19|20)\d\d(?:\s*\([^)\n]{1,20}\))?\**\s*[-–—:])\s+")  # bullets, numbers, "2009 (May 13) -" timeline lines


_LAUNCHING = re.compile(r"^\W*(?:Signing|Establishing|Launching|Creating|Setting up|Concluding|Forming)\b")


def is_lead_in(text: str) -> bool:
    """A sentence that ends in a colon announces a list."""
    return text.rstrip().rstrip("*").endswith(":")


def may_head_a_table(text: str, names_an_accord: bool) -> bool:
    """A row of two or more cells that names no accord, or whose first cell numbers the rows ("S. No. | Name of
    Agreement/MoU | Parties"): a table's header may be."""
    return text.count("|") >= 2 and (not names_an_accord or bool(_COLUMN_NAMES.match(text)))


def is_item_field(text: str) -> bool:
    """ "Parties: ...", "Description: ..." under a listed item: a field of that item, which goes on, as the list does."""
    return bool(_ITEM_FIELD.match(text))


_COLUMN_NAMES = re.compile(r"^\W*(?:S\.?\s*No\.?|Sl\.?\s*No\.?|No\.|#)\s*\|", re.I)
_ITEM_FIELD = re.compile(r"^\W*(?:Parties|Party|Description|Signatories|Signed\s+by|Signed\s+for|Date|Place|Objective|Purpose|Scope|Areas|Remarks|Summary)\s*:", re.I)


def is_signing_table_header(text: str, announced: bool = False) -> bool:
    """ "S.No. | Document | Exchanged on the Malaysian side by | Exchanged on the Indian side by": the header
    of a table whose rows are the accords signed, with their signatories; "S. No. | Name of the document"
    too when the text before `announced` the documents signed."""
    return text.count("|") >= 2 and (bool(re.search(r"\b(?:sign|exchang)\w*\b", text, re.I))
                                     or announced and bool(re.search(r"\b(?:documents?|agreements?|mous?|memorand\w*|instruments?)\b", text, re.I)))


def table_signatories(f: SentenceFacts) -> list[Signatory]:
    """ "3. | MoU on Digital Technologies | Mr. Gobind Singh Deo, Minister of Digital | Dr. S. Jaishankar, External
    Affairs Minister": the people in the cells after the accord's, each with the post after the comma."""
    cells, start, out = f.text.split("|"), f.span.start, []
    named = False
    for cell in cells:
        named = named or any(start <= s < start + len(cell) for _, s, _ in f.instruments)
        start += len(cell) + 1
        name, _, post = cell.partition(",")
        person = person_name(name) if named and post.strip() else None
        if person:
            out.append(Signatory(name=person, party=None, post=post.strip()))
    return out


def lists_accords(f: SentenceFacts) -> bool:
    """ "Ministers signed:" or "the following agreements:" lists accords; "Under the
    Cybersecurity Partnership the four work on:" lists the topics of one."""
    if re.search(r"\b(?:the following|as follows)\b", f.text, re.I):
        return True
    words = [f.text[s - f.span.start:e - f.span.start].lower() for _, s, e in f.instruments]
    return not words or words[-1].endswith("s") or words[-1].endswith("memoranda")


def is_item(text: str) -> bool:
    """A bullet or numbered line."""
    return bool(_BULLET.match(text))


def names_only(f: SentenceFacts) -> bool:
    """ "- Australia", "- the Republic of Korea": a line that names parties and nothing else."""
    if not f.parties:
        return False
    rest, base = f.text, f.span.start
    for p in sorted(f.parties, key=lambda p: -p.start):
        rest = rest[:p.start - base] + " " + rest[p.end - base:]
    words = re.findall(r"[^\W\d_]+", re.sub(r"^\s*(?:So|Namely|They\s+(?:are|were)|These\s+(?:are|were))\s*[:,]?\s+", "", rest))  # "So: the United States, Australia, ..."
    return len([w for w in words if w.lower() not in ("the", "and", "of", "republic", "kingdom", "state", "states")]) == 0


_COUNTED_ACCORDS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:memorandums|memoranda|agreements|accords|mous|documents|deals|arrangements|declarations|instruments|statements)\b", re.I)
_ORDINAL = re.compile(r"^\s*(?:(?:The|A)\s+(?:first|second|third|fourth|fifth|sixth|final|last|other|remaining)\b|Another\b|One\s+(?:of\s+them|covers|is|sets))")


def respective_occasions(f: SentenceFacts) -> list[tuple[str, Optional[str]]]:
    """ "Two successor agreements ...; they were signed at ESTEC in Noordwijk on 9 January 1984 and in
    Montreal on 31 May 1989 respectively": one (date, place) per counted accord, in order."""
    resp = re.search(r"\brespectively\b", f.text, re.I)
    count = _COUNTED_ACCORDS.search(f.text)
    if not resp or not count:
        return []
    n = NUMBER.get(count.group().split()[0].lower(), 0)
    cut = f.span.start + resp.start()
    dates = [d.value for d in f.dates if d.start < cut]
    if n < 2 or len(dates) != n:
        return []
    places = [m.group(1) for m in re.finditer(r"\b(?:in|at)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)", f.text[:resp.start()])
              if m.group(1) in known_places()]
    return list(zip(dates, places if len(places) == n else [None] * n))


def dates_respectively(drafts: list[Draft], f: SentenceFacts) -> bool:
    """ "The two instruments were signed in San Francisco and in Manila, on 16 November 2023 and 7 October
    2024 respectively": a sentence naming no party dates and places, in order, the last accords told.
    True when the sentence was taken up."""
    each = respective_occasions(f) if not f.codes() and _BACK_TO_THEM.match(f.text) else []
    told = [d for d in drafts if d.status == "signed"][-len(each):] if each else []
    if not each or len(told) < len(each) or any(d.signed and not agrees(d.signed, day) for d, (day, _) in zip(told, each)):
        return False
    for d, (day, where) in zip(told, each):
        d.signed, d.place = refine(d.signed, day) or day, d.place or where
        d.add_evidence([Evidence(start=f.span.start, end=f.span.end, text=f.text)])
    return True


_BACK_TO_THEM = re.compile(r"^\s*(?:The|These|Those|Both)\b", re.I)


def announces_ordinals(text: str, following: str) -> bool:
    """ "... signed three memorandums." followed by "The first, ...": the count announces the items."""
    return bool(_COUNTED_ACCORDS.search(text)) and bool(_ORDINAL.match(following))


def is_ordinal_item(text: str) -> bool:
    """ "The second covers renewable energy.": one of the accords a count announced."""
    return bool(_ORDINAL.match(text))


def listed_accord(f: SentenceFacts, lead: Draft, anchor: Optional[str] = None, context: tuple[str, ...] = (),
                  ordinal: bool = False) -> Optional[Draft]:
    """The accord one item of the list names, carrying the lead-in's parties (else its
    own, else the `context`'s), status, date, place and signatories; None for an item
    that names no instrument or domain. Items a count announced ("three memorandums")
    are of the lead's instrument."""
    instruments = [i for i in f.instruments if not refers_back(f, i)]
    launches = _LAUNCHING.match(f.text)  # "- Establishing a joint Quantum Coordination Mechanism": a new accord
    if not instruments and not ordinal and not launches:
        return None  # "1. JUGNU, a nano-satellite built by students": a list of things, not of accords
    if not f.domains and (not instruments or lead.table):
        return None  # a row of a table of documents signed that names no technology: workers, tourism
    if not f.domains and not lead.domains and (f.find(load_vocabulary().cues["off_topic"]) or not instruments):
        return None  # "Bilateral Investment Treaty", "Protocol between the National Archives": not technology
    own = [c for c in f.codes() if c not in lead.parties]
    parties = set(lead.parties)
    if len(f.codes()) >= 2:
        parties = set(f.codes())  # "2017 (April) - Bangladesh and India sign ...": the item names its own parties
    elif own and len(lead.parties) <= 1:  # "signed agreements with:" and a partner per bullet
        parties |= {own[0]}
    if len(parties) < 2:
        parties |= set(context)
    if len(parties) < 2:
        return None
    date = (signing_date(f, anchor) if lead.status == "signed" else None) or lead.signed
    head = _HEAD.split(f.text)[0]  # "an MoU on minerals, which will help batteries": the head says what it is about
    domains = [d for d in f.domains if any(x == d for _, x in find_domains(head))] or list(f.domains) or list(lead.domains)
    kind = lead.instrument if ordinal and lead.instrument != "unspecified" else instrument_of(instruments, f) if instruments else "unspecified"
    base = dict(instrument=kind,
                status=lead.status, domains=domains)
    evidence = [Evidence(start=f.span.start, end=f.span.end, text=f.text)] + lead.evidence[:1]
    d = make_draft(frozenset(parties), base, date, evidence, f, strong=lead.status == "signed", listed=True)
    signs = people.has_signing_verb(f.text)
    d.place = (places.place(f) if signs else None) or lead.place
    d.signatories = (people.signatories(f, sorted(parties)) if signs else []) or table_signatories(f) or list(lead.signatories)
    d.group = id(lead)  # items of one list are distinct accords
    return d


def signed_in_passing(f: SentenceFacts, instruments: list[tuple[str, int, int]], status: str, anchor: Optional[str] = None) -> Optional[tuple[str, Optional[str]]]:
    """ "Negotiations on the Agreement were launched following the Memorandum of Cooperation ... signed in Astana on
    28 August 2006": an accord told as signed in passing, beside the one the sentence is about; its kind and day."""
    if status == "signed":  # "the governments amended their 2018 intergovernmental agreement": the amendment, and the 2018 accord
        older = AMENDED.search(f.text[:instruments[0][1] - f.span.start]) if instruments else None
        return (instruments[0][0], older.group("y")) if older else None
    for key, _, end in instruments[1:]:
        m = _SIGNED_THEN.match(f.text[end - f.span.start:])
        if m:
            day = next((d.value for d in f.dates if d.start >= end + m.start() and not (anchor and d.value[:len(anchor)] > anchor[:len(d.value)])), None)
            return key, day
    return None


def issued_by_others(f: SentenceFacts) -> Optional[tuple[str, int, list[str], Optional[str], Optional[str]]]:
    """ "in accordance with the Joint Declaration of Support for Ukraine issued by the G7 leaders and Ukraine in Vilnius in
    July 2023": an accord told in passing, after another, with the parties that issued it; its kind, where it is named,
    its parties, date and city."""
    for key, start, end in f.instruments[1:]:
        m = _ISSUED_BY.match(f.text[end - f.span.start:])
        if not m:
            continue
        lo, hi = end + m.start("by"), end + m.end("by")
        by = list(dict.fromkeys(p.code for p in f.parties if lo <= p.start < hi))
        if len({p.country for p in f.parties if lo <= p.start < hi}) < 2:
            return None
        day = next((d.value for d in f.dates if d.start >= hi), None)
        city = re.match(r"\s+in\s+(?P<c>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", f.text[hi - f.span.start:])
        return key, start, by, day, city.group("c") if city and city.group("c") in known_places() else None
    return None


_ISSUED_BY = re.compile(r"(?:\s+(?:on|for|of|between)\s+[^,;]{0,60}?)?,?\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:issued|adopted|signed|concluded|agreed)\s+by\s+"
                        r"(?P<by>(?:the\s+)?[A-Z][^,;]{1,60}?\s+and\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?=\s+(?:in|on|at)\b|[,;.]|$)")
_SIGNED_THEN = re.compile(r"(?:\s+(?:on|for|in the field of|in the area of|concerning|between)\s+[^,;]{0,80}?)?,?\s+(?:(?:that|which)\s+(?:was|were)\s+)?"
                          r"(?:signed|concluded|inked)\s+(?:in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?(?:on|in)\s+(?:\d|(?:19|20)\d\d|[A-Z][a-z]+\s+(?:\d|(?:19|20)\d\d))")


_COORD = re.compile(r",\s*(?:and\s+|followed\s+by\s+|together\s+with\s+)?|\s+and\s+|\s+as well as\s+|\s+alongside\s+|\s+together\s+with\s+")


def coordinated_accords(f: SentenceFacts, instruments: list[tuple[str, int, int]]) -> list[tuple[str, list[str], int, Optional[str]]]:
    """ "signed a joint statement on quantum and announced an AI partnership": two
    accords in one sentence, each an instrument with the domains of its own conjunct.
    Returns (instrument, domains, position, date) per accord, or [] for a single accord."""
    if len(instruments) == 1:
        return _one_each(f, instruments[0])
    if len(instruments) < 2:
        return []
    base = f.span.start
    cuts = [f.span.start]
    for (_, _, e), (key, s, _) in zip(instruments, instruments[1:]):
        between = f.text[e - base:s - base]
        joints = list(_COORD.finditer(between))
        if not joints or len(between[joints[-1].end():].split()) > 6 or re.search(r"[.;:()]", between):
            return []
        if key in GENERIC_INSTRUMENTS and not re.search(r"\band\b|together", joints[-1].group()):  # "an agreement on X, a deal that ...": one accord
            return []
        cuts.append(e + joints[-1].start())
    cuts.append(f.span.end)
    out = []
    for (key, s, _), lo, hi in zip(instruments, cuts, cuts[1:]):
        domains = list(dict.fromkeys(d for _, d in find_domains(f.text[lo - base:hi - base]))) or list(f.domains)
        dates = [d.value for d in f.dates if lo <= d.start < hi]
        out.append((key, domains, s, dates[0] if len(dates) == 1 else None))
    distinct_dates = all(d for *_, d in out) and len({d for *_, d in out}) == len(out)  # "an agreement signed in 2005, and ... one signed in 2000"
    dated = distinct_dates and all(re.search(r"\bsigned\s+(?:in|on)\b", f.text[lo - base:hi - base]) for lo, hi in zip(cuts, cuts[1:]))
    if len({tuple(d) for _, d, _, _ in out}) < len(out) and not distinct_dates or not all(d for _, d, _, _ in out) and not dated:
        return []  # "the Framework Agreement signed in 2010, together with the Framework Participation Agreement signed in 2014": two
    return out


_ORDINAL_KIND = re.compile(r"\bthe\s+(?:first|second|third|fourth|fifth|former|latter|last)\b(?:\s+[\w-]+)?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.I)


def ordinal_kinds(f: SentenceFacts, n: int) -> list[str]:
    """ "... with Japan and South Korea in May and November respectively: the first, a semiconductors partnership, ...; the
    second, a framework agreement": the kind of each of the `n` accords listed, in order; [] unless all are told."""
    kinds = [key for key, s, _ in f.instruments if _ORDINAL_KIND.search(f.text[:s - f.span.start])]
    return kinds if len(kinds) == n else []


_ONE = re.compile(r"\b(?:one|the\s+other|another|the\s+(?:first|second|third|fourth|last)|a\s+(?:second|third|fourth))\s+(?:on|for|covering|about|concerning|to)\b", re.I)


def _one_each(f: SentenceFacts, instrument: tuple[str, int, int]) -> list[tuple[str, list[str], int, Optional[str]]]:
    """ "signed three memoranda: one on semiconductors, one on hydrogen and one on digital skills", "two
    memoranda, one on X and the other on Y": as many accords as counted, each with the domains of its own part."""
    key, s, e = instrument
    count = re.search(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[\w-]+\s+){0,2}$", f.text[:s - f.span.start], re.I)
    if not count:
        return []
    parts = [(m.start(), m.end()) for m in _ONE.finditer(f.text) if m.start() >= e - f.span.start]
    topics = _TOPICS.match(f.text[e - f.span.start:])
    if topics and len(parts) < 2:  # "exchanged six memoranda, covering semiconductors, clean hydrogen, space, ... and health"
        at = e - f.span.start + topics.end()
        parts = [(at + m.start(), at + m.end()) for m in re.finditer(r"[^,;]+?(?=,\s*(?:and\s+)?|\s+and\s+|[.;]|$)", f.text[at:].split(".")[0])]
        parts = parts if all(len(f.text[a:b].split()) <= 5 for a, b in parts) else []  # short topics, not clauses
    n = NUMBER.get(count.group(1).lower(), 0)
    if len(parts) < 2 and 2 <= n <= 4 and len(set(f.codes())) <= 2 and _PLURAL.match(f.text[s - f.span.start:e - f.span.start]) \
            and not re.search(r"\b(?:the|these|those|its|their|both|all|of)\s+$", f.text[:count.start()], re.I):
        return [(key, list(f.domains), s, None)] * n  # "Australia and China signed two nuclear agreements": two accords, told apart later or not
    if n != len(parts) or len(parts) < 2:
        return []
    out = []
    for k, (a, b) in enumerate(parts):
        domains = list(dict.fromkeys(d for _, d in find_domains(f.text[a:parts[k + 1][0] if k + 1 < len(parts) else len(f.text)])))
        out.append((key, domains, f.span.start + a, None))
    if sum(bool(d) for _, d, _, _ in out) * 2 >= len(out):
        return out
    return [(key, list(f.domains), s, None)] * n if topics is None and n <= 4 else []  # "one on rupee settlement, the other on payment links": n accords, of the sentence's domains; "... and health": a topic list


_PLURAL = re.compile(r"(?:\w+s|memoranda|MoUs|MOUs)\b", re.I)
_TOPICS = re.compile(r"(?:\s+\w+){0,4}?,?\s+(?:covering|on|in the (?:fields?|areas?) of|concerning|in)\s+(?!the\s+sidelines|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)\b)")


def paired_accords(f: SentenceFacts, pairs: list[tuple[frozenset[str], int]], base: dict, evidence: list[Evidence],
                   strong: bool, anchor: Optional[str]) -> list[Draft]:
    """One accord per hyphenated pair, with the instrument, domains and date written
    between it and the next pair."""
    out = []
    bounds = [start for _, start in pairs] + [f.span.end]
    for (parties, lo), hi in zip(pairs, bounds[1:]):
        seg = f.text[lo - f.span.start:hi - f.span.start]
        ins = [i for i in f.instruments if lo <= i[1] < hi]
        dates = [d for d in f.dates if lo <= d.start < hi and not (anchor and d.value[:len(anchor)] > anchor[:len(d.value)])]
        d = make_draft(parties, dict(base, instrument=instrument_of(ins) if ins else "unspecified",
                                     domains=[x for _, x in find_domains(seg)] or list(base["domains"])),
                       dates[0].value if dates else None, evidence, f, strong, listed=True)
        d.name, d.group = name_of(seg), id(f)
        out.append(d)
    return out
