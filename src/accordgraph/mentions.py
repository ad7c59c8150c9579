"""Mentions: what one sentence names, with offsets.

A `SentenceFacts` holds the parties (countries, blocs, agencies), companies, programmes, instruments,
dates, domains, status cues and money amounts found in one sentence. The extractor assembles records
from these; nothing here decides what is an agreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Optional

from .dates import DateMention, find_dates
from .gazetteer import find_domains, find_weak_domains, instrument_matcher, party_matcher
from .money import Money, find_money
from .party_filters import bracketed_short_forms, drop_chairs, drop_companions, drop_rivals, drop_company_nationality, drop_owners, drop_subsumed_states, drop_venues_and_name_parts
from .text import Span, Token, tokenize
from .vocabulary import load_vocabulary

_LOCATIVE = {"in", "at", "from", "to", "near", "visit", "visited", "visiting", "of", "for", "via", "into", "outside", "across"}
_DEMONYM_HEADS = {
    "side", "sides", "government", "governments", "delegation", "ministry", "minister", "officials", "authorities", "counterpart", "counterparts",
    "agency", "team", "administration", "cabinet", "state", "embassy", "president", "prime", "leader", "leaders", "parliament", "consortium",
    "researchers", "scientists", "engineers", "universities", "agencies", "institutes", "regulators"}


@dataclass(frozen=True)
class PartyMention:
    code: str  # the party's own code (JPN, EU, JST)
    country: str  # the state or bloc it acts for
    kind: str
    start: int
    end: int
    via: str  # name | demonym | capital


@dataclass
class SentenceFacts:
    span: Span
    tokens: list[Token]
    parties: list[PartyMention] = field(default_factory=list)
    companies: list[PartyMention] = field(default_factory=list)
    programmes: list[tuple[str, int, int]] = field(default_factory=list)
    instruments: list[tuple[str, int, int]] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    weak_domains: list[str] = field(default_factory=list)  # "research", "innovation": only if nothing else says
    money: list[Money] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.span.text

    def codes(self) -> list[str]:
        """Distinct party codes in order of first mention."""
        return list(dict.fromkeys(p.code for p in self.parties))

    def find(self, cues: list[str]) -> list[tuple[int, str]]:
        """(offset, cue) for each cue phrase found in the sentence, case-insensitive."""
        text = self.text.translate(_QUOTES)  # '"pathway" to' reads as 'pathway to'
        return [(self.span.start + m.start(), m.group()) for m in _cue_regex(tuple(cues)).finditer(text)]


@cache
def _post_words() -> frozenset[str]:
    import tomllib
    from importlib import resources

    lex = tomllib.loads((resources.files("accordgraph") / "vocab" / "people.toml").read_text(encoding="utf-8"))
    return frozenset(lex["post_words"]) - {"State", "National", "Federal", "General", "Digital", "Science", "Technology", "Research", "Innovation", "Energy", "Education", "Industry", "Trade", "Economy", "Affairs", "Special", "Senior", "Board", "Lead"}


_QUOTES = str.maketrans({'"': " ", "“": " ", "”": " ", "«": " ", "»": " "})


def is_cue(text: str, cues: list[str]) -> bool:
    """Whether `text`, a cue found in a sentence, is as a whole one of `cues`."""
    return bool(_cue_regex(tuple(cues)).fullmatch(text))


@cache
def _cue_regex(cues: tuple[str, ...]) -> re.Pattern:
    alts = "|".join(c[3:] if c.startswith("re:") else re.escape(c).replace(r"\ ", r"\s+")  # "re:" marks a pattern
                    for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})", re.I)


def analyse(span: Span, anchor: Optional[date] = None) -> SentenceFacts:
    """Every mention in one sentence."""
    vocab = load_vocabulary()
    tokens = tokenize(span.text, span.start)
    facts = SentenceFacts(span, tokens)
    lowers = [t.lower for t in tokens]
    matches = party_matcher().find(tokens)
    actors = {m.entry.code for m in matches if m.entry.kind in ("party", "capital")}
    for m in matches:
        e = m.entry
        if e.kind == "programme":
            facts.programmes.append((e.code, m.start, m.end))
            continue
        party = vocab.parties[e.code]
        nxt = lowers[m.last_token + 1] if m.last_token + 1 < len(tokens) else ""
        prev = lowers[m.first_token - 1] if m.first_token > 0 else ""
        if e.kind == "combining":  # "Indo-US", "Sino-Brazilian"; not "Indo-Pacific"
            pair = nxt in ("-", "–") and any(m2.first_token == m.last_token + 2 and m2.entry.kind in ("party", "demonym", "combining")
                                              for m2 in matches)
            if pair:
                facts.parties.append(PartyMention(party.code, party.country, party.kind, m.start, m.end, "demonym"))
            continue
        if e.kind == "demonym":
            hyphen = nxt in ("-", "–") or prev in ("-", "–")
            titled = m.last_token + 1 < len(tokens) and tokens[m.last_token + 1].text in _post_words()
            partner, link = m, nxt  # the last of "Australian, Indian and Japanese" before "ministers"
            while link in ("and", ",") and (p2 := next((m2 for m2 in matches if m2.first_token == partner.last_token + 2 and m2.entry.kind in ("party", "demonym")), None)):
                partner, link = p2, lowers[p2.last_token + 1] if p2.last_token + 1 < len(tokens) else ""
            head = re.match(r"\.?\s*((?:[a-z-]+\s*){1,3})", span.text[partner.end - span.start:].lower()) if partner is not m else None  # "American trade ministers"
            paired = nxt in ("and", ",") and head is not None and any(w in _DEMONYM_HEADS or w in ("ministers", "delegations") for w in head.group(1).split())
            near = re.match(r"\s*((?:[a-z-]+\s+){0,2}[a-z-]+)", span.text[m.end - span.start:].lower())  # "Japanese trade ministers", "Japanese Trade Ministers"
            plural = prev == "the" and span.text[m.end - span.start - 1] == "s" and nxt in ("and", ",", "have", "had", "signed", ".")  # "the Palestinians"
            if not (nxt in _DEMONYM_HEADS or hyphen or titled or paired or plural or near and bool(set(near.group(1).split()[:2]) & (_DEMONYM_HEADS | {"ministers"}))):  # "the Korean and U.S. sides"
                continue
            if re.match(r"\s+(?:EU\s+|Council\s+|rotating\s+)?presidency\b", span.text[m.end - span.start:], re.I):
                continue  # "hosted by the Dutch Council presidency": the chair, not a party
            facts.parties.append(PartyMention(party.code, party.country, party.kind, m.start, m.end, "demonym"))
            continue
        if e.kind == "capital":
            partner = prev == "with" and (re.search(r"\b(?:sign|conclud|inked|sealed|struck)", span.text, re.I)  # "signed ... with Washington"
                                          or re.search(r"\b(?:agreements?|accords?|deals?|treaty|memorand\w*|pacts?)\s+with\s+$", span.text[:m.start - span.start], re.I))
            acts = re.match(r"\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|later\s+)?(?:signed|inked|concluded|sealed|struck)\b", span.text[m.end - span.start:]) \
                or not span.text[:m.start - span.start].strip() and re.match(r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|said|says|told|wants|has|had)\b", span.text[m.end - span.start:]) \
                or re.match(r"\s+(?:Metropolitan\s+|Municipal\s+|City\s+)?(?:Government|Department|Ministry|Municipality|Council|Authority)\b", span.text[m.end - span.start:])  # "the Abu Dhabi Department of Education"
            # "Pretoria hurriedly insisted ...": a capital opening the sentence as its subject acts
            if partner or acts:  # "the agreements Canberra signed with Beijing"
                facts.parties.append(PartyMention(party.code, party.country, party.kind, m.start, m.end, "capital"))
                continue
            coordinated = (nxt == "and" or prev == "and") and prev not in _LOCATIVE
            if not coordinated or len(actors) < 2:
                continue
            prev2 = lowers[m.first_token - 2] if m.first_token > 1 else ""
            if prev2 in _LOCATIVE or _PLACES_BEFORE.search(span.text[:m.start - span.start]):
                continue  # "signed in Buenos Aires and Brussels": where, not who
            facts.parties.append(PartyMention(party.code, party.country, party.kind, m.start, m.end, "capital"))
            continue
        if party.kind == "company":
            facts.companies.append(PartyMention(party.code, party.country, party.kind, m.start, m.end, "name"))
        elif party.kind == "ministry":
            state = vocab.parties.get(party.country)
            facts.parties.append(PartyMention(party.country, party.country, state.kind if state else "country", m.start, m.end, "name"))
        elif party.as_members or party.members and _MEMBERS_OF.search(span.text[:m.start - span.start]):  # "the Quad Vaccine Partnership", "the 14 members of IPEF"
            facts.parties += [PartyMention(code, code, "country", m.start, m.end, "name") for code in party.members]
        else:
            facts.parties.append(PartyMention(party.code, party.country, party.kind, m.start, m.end, "name"))
    if not any(c.islower() for c in span.text) and len(span.text.split()) >= 2:  # "WHO WILL BUILD IT?": a shouted word, not the WHO
        facts.parties = [p for p in facts.parties if span.text[p.start - span.start:p.end - span.start].lower() not in vocab.common_words]
    facts.parties = [p for p in facts.parties if not re.match(r"\s?\$", span.text[p.end - span.start:p.end - span.start + 2])  # "US$250 million"
                     and not re.search(r"\baccording\s+to\s+(?:the\s+)?$", span.text[:p.start - span.start], re.I)  # "according to the US Geological Survey": a source
                     and not re.search(r"\b(?:developed|designed|invented|pioneered)\s+by\s+(?:the\s+)?$", span.text[:p.start - span.start], re.I)]
    # "the vaccine developed by the University of Oxford": who made the thing bought, not a party
    facts.parties = [p for p in facts.parties if not re.search(r"\b(?:South|Latin|Central|North)\s+$", span.text[max(0, p.start - span.start - 8):p.start - span.start])
                     or span.text[p.start - span.start:p.end - span.start] != "America"]  # "South America's two nuclear powers": a continent
    drop_company_nationality(facts, span.text)
    drop_venues_and_name_parts(facts, span.text)
    drop_owners(facts, span.text)
    drop_companions(facts, span.text)
    drop_rivals(facts, span.text)
    drop_chairs(facts)
    drop_subsumed_states(facts)
    bracketed_short_forms(facts, span)
    for m in instrument_matcher().find(tokens):
        before = span.text[max(0, m.start - span.start - 80):m.start - span.start]
        if not _PORTFOLIO_OF.search(before) and not _COMPARED_WITH.search(before):  # "commissioner for international partnerships", "since the peace treaties"
            facts.instruments.append((m.entry.code, m.start, m.end))
    facts.dates = find_dates(span.text, anchor, span.start)
    hits = [(pos, d) for pos, d in find_domains(span.text) if not _PERSON_NAMED.match(span.text, pos) or not _TITLE_BEFORE.search(span.text[:pos])
            and not re.match(r"[A-Z][a-z]+\s+[A-Z][a-z]+-[a-z]+\b", span.text[pos:])]  # "President Moon", "Moon Jae-in": a person, not the Moon
    facts.domains = list(dict.fromkeys(d for pos, d in hits if not in_proper_name(span.text, pos)))
    if not facts.domains:  # "the Korea-US Quantum Technology Cooperation Center", not "Minister of Science and ICT"
        facts.domains = list(dict.fromkeys(d for pos, d in hits if not _POST_NAME.search(span.text[max(0, pos - 60):pos + 60])))
    if not facts.domains:  # "signed by the Minister of Science and Technology": the post's words say little of the accord
        facts.weak_domains = list(dict.fromkeys(d for pos, d in hits if not (span.text[pos:pos + 1].isupper() and in_proper_name(span.text, pos))))
    if not facts.domains:  # "association to Horizon Europe": the programme says what it is about
        facts.domains = list(dict.fromkeys(vocab.programmes[c].domain for c, _, _ in facts.programmes if vocab.programmes[c].domain))
    if not facts.domains and not facts.weak_domains:
        facts.weak_domains = list(dict.fromkeys(d for pos, d in find_weak_domains(span.text) if not in_proper_name(span.text, pos)))
    facts.money = find_money(span.text, span.start)
    return facts


_MEMBERS_OF = re.compile(r"(?<![\w-])(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\s+members\s+of\s+(?:the\s+)?$", re.I)
_PERSON_NAMED = re.compile(r"[A-Z][a-z]+\b")
_TITLE_BEFORE = re.compile(r"\b(?:President|Mr|Mrs|Ms|Dr|Minister|Governor|Senator|Chairman)\.?\s+$")
_POST_NAME = re.compile(r"\b(?:Minister|Ministry|Ministers|Department|Secretary|Office|Commission|Commissioner|Committee|Organi[sz]ation\s+for)\b")
_ORG_HEAD = re.compile(
    r"^(?:[A-Z][\w’'-]*|and|of|for|&|,)(?:\s+(?:[A-Z][\w’'-]*|and|of|for|&))*?\s+"
    r"(?:Minister|Ministry|Agency|Council|Department|Office|Institute|University|Commission|Secretary|"
    r"Centre|Center|Foundation|Organisation|Organization|Corporation|Authority|Board|Laboratory|Society)\b"
)

_ORG_TAIL = re.compile(
    r"(?:Minister|Ministry|Department|Secretary|Agency|Council|Institute|Office|Commission|Commissioner|Centre|Center|"
    r"Organization|Organisation|Authority|Corporation|Laboratory|Foundation|Society|Union|Association|Academy|Administration|Bank|Fund)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*,?\s+(?:and\s+|&\s+)?)*$"
)

_PORTFOLIO_LOWER = re.compile(r"\b(?i:minister|ministry|commissioner|secretary|department)\s+(?:of|for)\s+(?:[a-z][\w-]*,?\s+(?:and\s+)?){0,8}$")


def in_proper_name(text: str, pos: int) -> bool:
    """A domain word inside an organisation's or a post's name ("Science and Technology
    Minister", "Minister of Education, Culture, Sports, Science and Technology")."""
    if not text[pos:pos + 1].isupper():  # "the AU Commissioner for education, science, technology and innovation"
        return bool(_PORTFOLIO_LOWER.search(text[max(0, pos - 120):pos]))
    return bool(_ORG_HEAD.match(text[pos:pos + 120]) or _ORG_TAIL.search(text[max(0, pos - 150):pos]))


_PLACES_BEFORE = re.compile(r"\b(?:in|at|from|near|to|via|visit|visited|visiting)\s+(?:[A-Z][\w’'.-]*\s+){1,3}and\s+$")
_COMPARED_WITH = re.compile(r"\b(?:since|than)\s+(?:the|any)\s+(?:[\w-]+\s+)?$", re.I)  # "the most important regional agreement since the peace treaties"
_PORTFOLIO_OF = re.compile(r"\b(?i:commissioner|minister|ministry|secretary|department|office|directorate|director|bureau|division|committee|subcommittee)\s+(?:of|for|on)\s+"
                           r"(?:the\s+)?(?:(?:[A-Z][\w-]*|international|global|european|strategic|and)\s+){0,3}$")
