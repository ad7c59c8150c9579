"""Agreements being assembled from the mentions of one document, and the rules
that fold a later mention into the accord it repeats."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .dates import agrees, refine
from .mentions import SentenceFacts
from .parties import country_of
from .records import GENERIC_INSTRUMENTS, STATUS_RANK, Agreement, Evidence, Funding, Signatory
from .vocabulary import load_vocabulary

GENERIC = GENERIC_INSTRUMENTS
@dataclass
class Draft:
    """An agreement being assembled from the mentions of one document."""

    parties: frozenset[str]
    countries: frozenset[str]
    instrument: str = "unspecified"
    status: str = "signed"
    domains: list[str] = field(default_factory=list)
    signed: Optional[str] = None
    place: Optional[str] = None
    name: Optional[str] = None
    signatories: list[Signatory] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)
    funding: list[Funding] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    score: float = 0.4
    named: frozenset[str] = frozenset()  # parties a counted group's own sentence named ("ten countries, with Japan and Korea")
    refers: tuple[str, ...] = ()
    own: frozenset[str] = frozenset()  # the parties its own sentence named
    back: bool = False  # named only as "the agreement", "that memorandum"
    bare: bool = False  # a signing sentence that names no instrument
    another: bool = False  # "a second protocol", "another memorandum": a new accord, never a repeat
    place_guessed: bool = False  # the place is the dateline's city, not one the text ties to the signing
    roster: list[str] = field(default_factory=list)  # parties a list under a counted group names, one per line
    counted_in: frozenset[str] = frozenset()  # parties inside the count itself ("38 OECD Members")
    group: Optional[int] = None  # drafts listed under one lead-in never merge with each other
    table: bool = False  # the header of a table of documents signed, whose rows name their own topic

    def accepts(self, other: "Draft") -> bool:
        if self.group is not None and self.group == other.group or other.another:
            return False
        if self.parties != other.parties:
            # "Japan" in one sentence, "JAXA" in another: the same accord only if nothing else differs ("an agreement", then "the implementing arrangement")
            same_kind = self.instrument == other.instrument or not set(GENERIC).isdisjoint((self.instrument, other.instrument))
            if self.countries != other.countries or self.status != other.status or not same_kind:
                return False
        if self.domains and other.domains and not set(self.domains) & set(other.domains):
            return False
        if self.status == "signed" and other.status in ("planned", "negotiating") and not other.back:
            return False  # "they will also draw up a framework": a further accord, not the one signed
        if self.instrument != other.instrument and set(GENERIC).isdisjoint((self.instrument, other.instrument)) and not other.back:
            return False  # a memorandum and a joint statement between the same parties are two accords
        if self.name and other.name and self.name.lower() not in other.name.lower() and other.name.lower() not in self.name.lower():
            return False  # "the Nuclear Material Transfer Agreement" and "the Nuclear Cooperation Agreement": two accords
        return not (self.signed and other.signed and not agrees(self.signed, other.signed))

    def to_agreement(self, named_instrument: Optional[str] = None) -> Agreement:
        """The finished record; an accord named but not typed takes the instrument its name says (`named_instrument`)."""
        instrument = named_instrument or self.instrument if self.instrument == "unspecified" and self.name else self.instrument
        return Agreement(
            parties=sorted(self.parties), party_countries=sorted(self.countries), name=self.name, instrument=instrument,
            status=self.status, domains=self.domains, signed=self.signed if self.status == "signed" else None, place=self.place,
            signatories=self.signatories, programmes=self.programmes, funding=self.funding, evidence=self.evidence,
            confidence=round(self.score, 2),
        )

    def take_place(self, other: "Draft") -> None:
        """Another mention's place, where this one has none or only guessed it from the dateline."""
        if other.place and (not self.place or self.place_guessed and not other.place_guessed):
            self.place, self.place_guessed = other.place, other.place_guessed

    def absorb_unnamed(self, other: "Draft") -> None:
        """Take date, place, instrument and evidence from a mention that named no party."""
        self.signed = self.signed or other.signed
        self.take_place(other)
        if self.instrument in GENERIC and other.instrument not in GENERIC:
            self.instrument = other.instrument
        self.domains = self.domains or other.domains
        self.evidence = other.evidence + [e for e in self.evidence if e not in other.evidence]

    def absorb(self, other: "Draft") -> None:
        if self.parties != other.parties:  # "Japan" here, "JAXA" there: keep the agency
            vocab = load_vocabulary()
            union = self.parties | other.parties
            acting = {vocab.parties[p].country for p in union if p in vocab.parties and not vocab.parties[p].is_state}
            self.parties = frozenset(p for p in union if p not in acting)
        stronger = STATUS_RANK[other.status] > STATUS_RANK[self.status] \
            and not (other.status == "ongoing" and other.instrument == "unspecified" and self.status in ("planned", "negotiating"))  # "long-standing cooperation": the relationship, not this accord's state
        finer = self.instrument == "unspecified" or other.instrument in load_vocabulary().instruments["ranking"]["finer_than_agreement"]  # "an agreement" then "the memorandum of cooperation"
        if stronger or (self.instrument in GENERIC and other.instrument not in GENERIC and finer and STATUS_RANK[other.status] >= STATUS_RANK[self.status]):
            self.instrument = other.instrument if other.instrument != "unspecified" else self.instrument
        if stronger:
            self.status = other.status
        self.instrument = self.instrument if not (self.instrument == "unspecified" and other.instrument == "agreement") else "agreement"
        self.domains = list(dict.fromkeys(self.domains + other.domains))
        self.signed = refine(self.signed, other.signed) or self.signed
        self.take_place(other)
        self.name = self.name or other.name
        self.add_signatories(other.signatories)
        self.programmes = list(dict.fromkeys(self.programmes + other.programmes))
        self.funding += [f for f in other.funding if f not in self.funding]  # a handful at most
        self.add_evidence(other.evidence)
        self.score = min(0.98, max(self.score, other.score) + 0.03)

    def add_signatories(self, people: list[Signatory]) -> None:
        """Signatories not yet known by name (names compared case-insensitively)."""
        known = {s.name.lower() for s in self.signatories}
        self.signatories += [s for s in people if s.name.lower() not in known]

    def add_evidence(self, sentences: list[Evidence]) -> None:
        seen = {(e.start, e.end) for e in self.evidence}
        self.evidence += [e for e in sentences if (e.start, e.end) not in seen]


def make_draft(parties: frozenset[str], base: dict, date: Optional[str], evidence: list[Evidence], f: SentenceFacts, strong: bool, listed: bool = False) -> Draft:
    vocab = load_vocabulary()
    countries = frozenset(vocab.parties[p].country if p in vocab.parties else p for p in parties)
    score = 0.45 + 0.15 * (base["instrument"] not in GENERIC) + 0.1 * bool(date) + 0.1 * strong + 0.1 * (len(f.codes()) >= 2) - 0.05 * listed
    return Draft(parties, countries, signed=date, evidence=list(evidence), score=min(score, 0.95), **base)


def merge_into(drafts: list[Draft], new: Draft, ctx_domains: list[str]) -> None:
    """Fold a mention into the accord it repeats; a mention without its own
    domain joins the latest accord of the same parties, else takes the context's."""
    order = list(reversed(drafts)) if not new.domains else list(drafts)
    if new.refers:  # "The statement was signed by ...": the statement, not the latest accord
        order.sort(key=lambda d: d.instrument not in new.refers)
    for d in order:
        if d.accepts(new):
            d.absorb(new)
            return
    for d in drafts:  # "A, B and C were among the first to sign" a treaty named with all its parties; "the Commission signed for the EU"
        small, big = sorted((d.parties, new.parties), key=len)
        if (len(small) >= 3 or len(small) == 1 and d.status == new.status) and small < big and compatible(d, new):
            d.parties, d.countries = big, d.countries | new.countries
            d.absorb(new)
            return
    new.domains = new.domains or list(ctx_domains)
    drafts.append(new)


def majority(domains: list[str]) -> list[str]:
    """The domain the document names most often, for a mention that names none."""
    return [max(set(domains), key=domains.count)] if domains else []


def compatible(a: Draft, b: Draft) -> bool:
    same_kind = a.instrument == b.instrument or a.instrument in GENERIC or b.instrument in GENERIC
    overlap = not a.domains or not b.domains or bool(set(a.domains) & set(b.domains))
    return same_kind and overlap and not (a.signed and b.signed and not agrees(a.signed, b.signed))


def told_together(drafts: list[Draft], d: Draft, text: str) -> list[Draft]:
    """The accords one sentence told with `d` ("signed two agreements") when `text` speaks of
    them all ("The ministers exchanged the documents"); else `d` alone."""
    if d.group is None or not _THEM.search(text):
        return [d]
    return [x for x in drafts if x.group == d.group and x.parties == d.parties]


_THEM = re.compile(r"\b(?:them|both|(?:the|all|these|those)\s+(?:[\w-]+\s+)?(?:documents|agreements|memorand(?:ums|a)|accords|instruments|deals|texts))\b", re.I)


_PAST_TALKS = re.compile(r"\btried\s+to\s+negotiate\b|\btook\s+(?:[\w-]+\s+){0,3}(?:years?|months?)\s+(?:of\s+talks\s+)?to\s+negotiate\b|\bnegotiations?\s+(?:on\s+[^,.;]{0,60}?\s+)?(?:were|was)\s+"
                         r"(?:launched|opened|started|begun)\b|\b(?:after|following)\s+(?:[\w-]+\s+){0,3}(?:years?|months?|rounds?)\s+of\s+(?:negotiations?|talks)\b", re.I)


def fold_back(drafts: list[Draft], new: Draft) -> bool:
    """A mention that points back ("That agreement was signed by Zambia's ministers")
    or only signs ("X and Y signed for their governments") joins the latest accord
    whose parties include those its sentence names, rather than making a new one."""
    if new.status == "negotiating" and any(_PAST_TALKS.search(e.text) for e in new.evidence):  # "That deal took six years to negotiate"
        for d in reversed(drafts[-3:]):
            if d.status == "signed" and new.countries == d.countries:
                d.add_evidence(new.evidence)
                return True
    if not drafts or not (new.back or new.bare):
        return False
    if new.status != "signed":  # "The agreement will be signed in the coming months": the one being prepared
        if not new.back:
            return False
        for d in reversed(drafts[-3:]) if not new.own else []:
            if d.status in ("planned", "negotiating") and (not new.refers or d.instrument in new.refers):
                d.status = new.status if STATUS_RANK[new.status] > STATUS_RANK[d.status] else d.status
                d.add_evidence(new.evidence)
                return True
        if new.status in ("ongoing", "planned") and not any(re.search(r"\bsign", e.text, re.I) for e in new.evidence):
            for d in reversed(drafts[-3:]):  # "the new agreement opens the way to joint research": what the accord just signed does
                if d.status == "signed" and new.countries <= d.countries and (not new.refers or d.instrument in new.refers):
                    d.add_evidence(new.evidence)
                    return True
        return False
    for d in reversed(drafts[-3:]):
        if (new.own <= d.countries | d.parties or {country_of(p) for p in new.own} <= d.countries) and (not new.refers or d.instrument in new.refers or d.instrument == "unspecified") and d.status == "signed" \
                and (not new.signed or not d.signed or agrees(new.signed, d.signed)):
            for x in told_together(drafts, d, " ".join(e.text for e in new.evidence)):
                x.add_signatories(new.signatories)
                x.take_place(new)
                x.signed = refine(x.signed, new.signed) or x.signed
                x.add_evidence(new.evidence)
            return True
    recent = [d for d in drafts[-4:] if d.status == "signed"]
    own = {country_of(p) for p in new.own}
    homes = {p: next((d for d in reversed(recent) if p in d.countries), None) for p in own}
    if new.bare and len(own) >= 2 and all(homes.values()) and len({id(d) for d in homes.values()}) == len(own):
        for p, d in homes.items():  # "A's minister signed for A, and B's agency chief for B": each joined its own accord
            d.add_signatories([s for s in new.signatories if s.party and country_of(s.party) == p])
            d.add_evidence(new.evidence)
            d.take_place(new)
        return True
    return False


def settle_counted(drafts: list[Draft], pending: Draft, ctx_domains: list[str]) -> None:
    """A counted group listed line by line is an accord of the parties listed (and of those its own
    sentence named beside the count); one never named in full stays an accord of the parties its
    own sentence named."""
    if len(pending.roster) >= 2:
        pending.parties = frozenset(pending.roster) | (pending.named - pending.counted_in)
        pending.countries = frozenset(country_of(p) for p in pending.parties)
        merge_into(drafts, pending, ctx_domains)
    elif len(pending.named) >= 2:
        pending.parties = pending.named
        pending.countries = frozenset(country_of(p) for p in pending.named)
        merge_into(drafts, pending, ctx_domains)


def describes_last(drafts: list[Draft], new: Draft) -> bool:
    """A sentence that names no instrument and tells an ongoing collaboration right after a signing
    between the same parties says what that accord does ("The two sides want to identify joint
    projects"); its evidence joins that accord. True when taken up."""
    if new.status != "ongoing" or not drafts or drafts[-1].status != "signed" or not new.countries <= drafts[-1].countries:
        return False
    drafts[-1].add_evidence(new.evidence)
    return True


def names_last(drafts: list[Draft], text: str) -> bool:
    """ "The fund is run jointly" after "the Agreement on the Establishment of a ... Reconstruction Investment Fund":
    a sentence opening with the head noun of the accord just told's name speaks of that accord."""
    m = re.match(r"\s*The\s+(?:new\s+)?([a-z]+)\b", text)
    told = " ".join([drafts[-1].name or ""] + [e.text for e in drafts[-1].evidence]) if drafts else ""
    return bool(m and re.search(rf"\b[A-Z]\w*\s+{m.group(1).capitalize()}\b", told))  # "... Reconstruction Investment Fund"


def disclaims(drafts: list[Draft], f: SentenceFacts, cues: dict, since: int) -> bool:
    """ "Despite the flag-waving, the paper signed in Berlin is not an agreement between the two countries":
    the accord told as signed in the sentence before (from offset `since`) was a deal between firms, and
    leaves the record. True when one left."""
    if not f.find(cues["disclaim"]):
        return False
    for k in range(len(drafts) - 1, max(-1, len(drafts) - 4), -1):
        if drafts[k].status == "signed" and drafts[k].evidence and drafts[k].evidence[0].start >= since:  # told first there
            del drafts[k]
            return True
    return False

