"""Party mentions that are not parties: a firm's nationality, a venue or a name's part, the
owner of a programme, a companion on a trip, a chair, a state its own agency acts for. `mentions`
runs these filters over every sentence it reads."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .text import Span
from .vocabulary import load_vocabulary

if TYPE_CHECKING:
    from .mentions import PartyMention, SentenceFacts

_VENUE_AFTER = re.compile(r"^[’']?s?\s+(?:headquarters|offices?|campus|facility|site|premises|hq)\b", re.I)
_EVENT_AFTER = re.compile(r"^(?:[’']s)?\)?\s*(?:\w[\w’'-]*\s+){0,3}?(?:summit|meeting|ministerial|forum|conference|leaders|gathering|sidelines|council)\b", re.I)
_LEADERS_ACT = re.compile(r"\s+(?:and\s+(?:the\s+)?[A-Z]|(?:have\s+|had\s+|also\s+)?(?:issued|signed|adopted|agreed|endorsed|launched|committed|pledged)\b)")  # "the G7 leaders and Ukraine issued": who
_WHOSE = re.compile(r",\s+whose\s+[^,;()]{3,100},")
_SITE_WORDS = re.compile(r"\b(?:mines?|deposits?|oilfields?|reserves|quarries)\s+in\b")
_SITES_IN = re.compile(r"\b(?:mines?|deposits?|oilfields?|reserves|quarries)\s+in\s+"
                       r"(?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:,\s+|\s+and\s+|,\s+and\s+))*(?:the\s+)?$")
_JOINING = re.compile(r"\b(?:signed|joined|signs|joins|became)\b[^;:]*?,\s+joining\s+(?!forces\b)")
_SEAT_AFTER = re.compile(r"(?:[’']s)?\s+(?:State\s+Department|Department\s+of\s+State|Foreign\s+(?:Ministry|Office)|Ministry\s+of\s+Foreign\s+Affairs|embassy|Embassy|"
                         r"consulate|Consulate|mission\s+to|Mission\s+to|pavilion|Pavilion|parliament|Parliament)\b")
_LOCATED = re.compile(r"\b(?:in|at|near|from|outside)\s+(?:(?:[A-Z][\w’'.-]*|el|al|de|da|do|dos|del|la|le|sur|am|upon)[\s-]+){0,3}?[A-Z][\w’'.-]*,\s+$")
_ORG_AS_FRAME = re.compile(r"^(?:[’']s)?\)?\s+(?:\(\w+\)\s+)?(?:(?:and|or)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,5}(?:\(\w+\)\s+)?)?"
                           r"(?:[A-Z][a-z]+\s+(?:Convention|Treaty|Agreement|Framework|Statute|Charter|Protocol)\b|Convention|Treaty|Statute|Charter"
                           r"|(?i:convention|treaty|statute|charter|framework|safeguards?|inspect\w*|board|tender|summit|conference|meeting|members?|secretary|"
                           r"secretariat|director|chief|head|standards?|rules|report|staff|officials?|experts?|funding|loans?|grants?|financing|justice|ministers|"
                           r"council|assembly|general|special|additional|comprehensive)\b)")
_ORG_AS_FORUM = re.compile(r"\b(?:of|from|at|in|within|through|auspices of|establish(?:ing|es|ed)?|creat(?:ing|ed|es)|found(?:ing|ed)|set up|"
                           r"(?:co-)?(?:organi[sz]ed|hosted|financed|funded|backed|convened|brokered|supported|chaired)\s+by(?:\s+\w+\s+and)?)\s+(?:the\s+)?$", re.I)
_FIRM_AFTER = re.compile(r"^(?:[’']s)?\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:chipmakers?|companies|company|firms?|giants?|carmakers?|automakers?|manufacturers?|makers?|producers?|suppliers?|"
                         r"start-?ups?|conglomerates?|miners?|developers?|investors?|lenders?|corporations?|multinationals?|contractors?|shipbuilders?|"
                         r"chaebol|foundry|foundries|battery makers?|utility|utilities|consorti(?:um|a)|operators?|exporters?)\b")
_ENVOY_TO = re.compile(r"\b(?:Ambassador|ambassador|Envoy|envoy|Representative|Permanent Representative|Delegation|Mission)\s+(?:to|at)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w.’'-]*\s+){0,4}?(?:and\s+(?:to\s+)?(?:the\s+)?)?$")
_DATELINE_HEAD = re.compile(r"^\s*[*_]{0,2}[A-Z][A-Za-z.'’ -]{1,40},(?:\s*[A-Z][\w.'’ -]{1,30},)?\s*[^\n(]{0,40}?(?:\([^)\n]{1,30}\)\s*)?[*_]{0,2}\s*[-–—]{1,2}\s")
_SIGNED_IN = re.compile(r"\b(?:sign(?:ed|ing)|inked|concluded|ceremony|summit|meeting|held)\b[^.;]{0,50}?\b(?:in|at)\s+(?:the\s+)?$", re.I)
_WAR_OBJECT = re.compile(r"\b(?:invasion of|invaded|war in|war on|war against|attack on|attacks on|aggression against|occupation of|annexation of"
                         r"|counterweight to|alternative to|rival to|competition with|dependence on|dependency on|reliance on|reliant on|"
                         r"concerns? (?:about|over)|(?:disputes?|disagreements?|rows?) over|threats? from|pressure from|sanctions (?:on|against)|export controls on|tensions with)"
                         r"\s+(?:the\s+)?(?:[\w-]+\s+and\s+)?$", re.I)  # "disputes over trade and Zimbabwe": a topic
_WAR_SUBJECT = re.compile(r"^[’']s\s+(?:(?:full-scale|illegal|unprovoked|brutal)\s+)?(?:invasion|war|attack|aggression|annexation|occupation)\b", re.I)


def drop_company_nationality(facts: SentenceFacts, text: str) -> None:
    """ "France's Areva" says where a company is from; France is not a party for it."""
    base = facts.span.start
    owners = set()
    for c in facts.companies:
        before = text[max(0, c.start - base - 40):c.start - base]
        m = re.search(r"([A-Z][\w .]+?)[’']s\s+$", before)
        if m:
            owners.add(base + c.start - base - len(before) + m.start(1))
    facts.parties = [p for p in facts.parties if p.start not in owners]


_LAUNCHED = re.compile(r"\b(?:launch|launches|launched|found|founded|create|created|establish|established|set up)\s+(?:the\s+|an?\s+)(?:[A-Z][\w-]*\s+){0,4}(?:Alliance|Partnership|Initiative|Coalition|Compact)$")
_ESTABLISHED = re.compile(r"\b(?:[Ee]stablishment\s+of|[Ee]stablishing|[Cc]reating|[Ss]etting\s+up)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w-]*\s+){0,4}$")


_NAMED_FOR = re.compile(r"\s+(?:[A-Z][\w-]+\s+){0,2}(?:Agreement|Declaration|Accords?|Treaty|Convention|Protocol|Charter|Compact)\b")


def _leaders_act(event: re.Match, after: str, before: str) -> bool:
    """ "the G7 leaders and Ukraine issued", "adopted by NATO leaders": the bloc's leaders act, they are not its summit."""
    return event.group().lower().endswith("leaders") and bool(_LEADERS_ACT.match(after[event.end():]) or before.endswith(("by ", "by the ")))


def drop_venues_and_name_parts(facts: SentenceFacts, text: str) -> None:
    """ "the APEC summit" is a venue, and "the Quad Cybersecurity Partnership" names
    its members elsewhere in the sentence: such blocs are not parties."""
    base = facts.span.start
    named = {p.code for p in facts.parties if p.kind == "country"}
    vocab = load_vocabulary()
    head = _DATELINE_HEAD.match(text) if facts.span.start < 3000 else None
    dateline = head.end() if head else -1
    keep, dropped = [], []
    whose = [(w.start(), w.end()) for w in _WHOSE.finditer(text)]  # read once a sentence, not once a party
    joining = _JOINING.search(text)
    sites = bool(_SITE_WORDS.search(text))
    for p in facts.parties:
        if p.kind != "country" and (_ESTABLISHED.search(text[max(0, p.start - base - 60):p.start - base]) or _LAUNCHED.search(text[max(0, p.start - base - 30):p.end - base])):
            continue  # "the Agreement on the Establishment of the ITER ... Organization", "launch the International Solar Alliance": what it creates
        if p.kind == "bloc" and re.search(r"\bmember\s+(?:states|countries|nations)\s+of\s+(?:the\s+)?$", text[max(0, p.start - base - 40):p.start - base], re.I) \
                and sum(q.kind == "country" and q.start > p.end for q in facts.parties) >= 2:
            continue  # "eleven member states of the European Space Agency: Belgium, Denmark, ...": the members sign
        if p.kind == "bloc":
            after = text[p.end - base:]
            before = text[max(0, p.start - base - 40):p.start - base].lower()
            if (ev := _EVENT_AFTER.match(after)) and not _leaders_act(ev, after, before) and not any(q.kind == "country" and 0 < max(p.start - q.end, q.start - p.end) <= 1 for q in facts.parties) or "sidelines of" in before or re.search(r"\b(?:in|within|inside|through|at)\s+(?:the\s+)?$", before) \
                    or re.search(r"\b(?:summit|meeting|ministerial|forum|conference)\s+(?:between|of)\s+(?:the\s+)?$", before) or re.match(r"\s+(?:countr(?:y|ies)|member\s+states?)\b", after):
                continue  # "the APEC summit", "work together in NATO": a venue, not a party; nor "the first EU country to do so"
            members = set(vocab.parties[p.code].members)
            if after[:2].strip()[:1].isupper() and len(named) >= 2 and named <= members:
                continue
            if not members and not re.search(r"\bmembers\s+of\s+(?:the\s+)?$", before) and (_ORG_AS_FRAME.match(after) or _ORG_AS_FORUM.search(text[max(0, p.start - base - 60):p.start - base])
                                or any(q.code == p.code and re.fullmatch(r"\s*\(", text[q.end - base:p.start - base]) for q in dropped)):
                dropped.append(p)  # "the Council of Europe Framework Convention", "financed by the World Bank (WB)": not a party
                continue
        if p.kind not in ("country", "bloc"):
            after = text[p.end - base:]
            before = text[max(0, p.start - base - 8):p.start - base].lower()
            if re.search(r"\bat\s+(?:the\s+)?$", before) or _VENUE_AFTER.match(after) or any(  # "the Pasteur Institute of Iran": Iran's own
                    q.kind == "country" and q.country != p.country and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[p.end - base:q.start - base]) for q in facts.parties):
                continue
        if re.match(r"^-(?:based|led|backed|funded|brokered|sponsored|hosted|made|owned|built)\b", text[p.end - base:]):  # "Netherlands-based ASML", "US-led accords"
            continue
        if p.kind == "country" and re.search(r"\bthe\s+$", text[max(0, p.start - base - 5):p.start - base]) and _NAMED_FOR.match(text[p.end - base:]):
            continue  # "signed the Samoa Agreement": the place an accord is named after, not a party
        if re.search(r"\b(?:into|across|throughout)\s+(?:the\s+)?$", text[max(0, p.start - base - 20):p.start - base], re.I):
            continue  # "a power line that would carry electricity across the Black Sea and into the European Union": where to, not who
        listed = any(q.end <= p.start and re.fullmatch(r",\s+", text[q.end - base:p.start - base]) for q in facts.parties)
        if p.kind in ("country", "region") and not listed and _LOCATED.search(text[:p.start - base]) and re.match(r"^(?:[,.;:)]|\s+[-–—]|$)", text[p.end - base:]):
            continue  # "in Sharm el-Sheikh, Egypt, the three countries ...": where, not who
        firm = _FIRM_AFTER.match(text[p.end - base:])
        if p.kind == "country" and firm and not re.search(r"\b(?:state|national|government|public)", firm.group(), re.I):
            continue  # "the US chipmaker Intel", "a Korean battery maker": a firm's nationality, not a party
        if _ENVOY_TO.search(text[max(0, p.start - base - 80):p.start - base]):
            continue  # "New Zealand's Ambassador to the European Union and NATO": a post, not a party
        if _WAR_OBJECT.search(text[:p.start - base]) or _WAR_SUBJECT.match(text[p.end - base:]):
            continue  # "weeks after Russia's invasion of Ukraine"
        if p.kind in ("country", "region") and (p.end - base <= dateline or _SIGNED_IN.search(text[:p.start - base])
                                                 and not re.match(r"^(?:[’']s|\s*[-–]\w)", text[p.end - base:])):
            continue  # "DROMOLAND CASTLE, Ireland (Wire) -", "signed in Germany": where, not who
        if p.kind == "country" and any(a < p.start - base < b for a, b in whose):
            continue  # "Bahrain, whose decision to follow the Emirates was announced on Friday, signed": the clause's, not the signing's
        if p.kind == "country" and sites and _SITES_IN.search(text[:p.start - base]):
            continue  # "to source cobalt directly from mines in Morocco and Australia": where, not who
        if p.kind == "country" and joining and joining.end() <= p.start - base and not re.search(r"[;:]|\s(?:among|as|in|on|at|to|and\s+(?!the\s)[a-z]+ed)\s", text[joining.end():p.start - base]):
            continue  # "Argentina signed the Artemis Accords ..., joining Brazil and Colombia among the South American countries": earlier signers
        at_the = re.search(r"\b(?:at|in|inside|outside)\s+the\s+(?:U\.S\.\s+|US\s+)?$", text[max(0, p.start - base - 16):p.start - base], re.I)
        if p.kind == "country" and at_the and (_SEAT_AFTER.match(text[p.end - base:]) or _SEAT_AFTER.match(" " + text[p.start - base:p.end - base])):
            continue  # "signed a peace agreement at the US State Department in Washington": the venue's owner, not a party
        keep.append(p)
    facts.parties = keep


def drop_subsumed_states(facts: SentenceFacts) -> None:
    """ "Japan's JST" names JST acting for Japan: keep the agency, not both; a state firm, though,
    gives way to its state. "AUKUS, which
    Australia, Britain and the United States announced": the members, not the grouping too."""
    facts.parties = [p for p in facts.parties if not (p.kind == "region" and _IN_PLACE.search(facts.text[:p.start - facts.span.start]))]
    named_states = {p.code for p in facts.parties if p.kind == "country"}  # "spaceports in Scotland": a place, not its government
    # "Russia and Turkey signed ...; Rosatom will build it": a state firm signs for its state only when the state is not named
    facts.parties = [p for p in facts.parties if not (p.kind == "state_company" and p.country in named_states)]
    acting = _coordinated(facts)  # "Canada and the United States have concluded ..., the station NASA plans": the states act
    facts.parties = [p for p in facts.parties if p.kind in ("country", "bloc") or p.country not in acting or id(p) in acting.values()]
    agencies_of = {p.country for p in facts.parties if p.kind not in ("country", "bloc")}
    if agencies_of:
        facts.parties = [p for p in facts.parties if not (p.kind in ("country",) and p.code in agencies_of)]
    states = {p.code for p in facts.parties if p.kind == "country"}
    vocab = load_vocabulary()
    spelled = {p.code for p in facts.parties if p.kind == "bloc" and vocab.parties[p.code].members
               and len(vocab.parties[p.code].members) <= 10 and set(vocab.parties[p.code].members) <= states}
    if spelled:
        facts.parties = [p for p in facts.parties if p.code not in spelled]


_IN_PLACE = re.compile(r"\b(?:in|at|near|across|from)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:state|province|region|prefecture|county|district)\s+of\s+)?(?:[A-Z][\w-]*\s+(?:and|or)\s+|[A-Z][\w-]*,\s+)?$")  # "in the southern state of Tamil Nadu"
_OWNED = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,4}?(?:programmes?|programs?|systems?|missions?|satellites?|telescopes?|stations?|rovers?|projects?|facilit(?:y|ies)|[Cc]ent(?:re|er)s?|[Ii]nstitutes?|[Ll]aborator(?:y|ies)|funds?|strateg(?:y|ies)|regulations?|laws?|Acts?)\b")
_COMPANIONS = re.compile(r"\b(?:travel\w*|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|go(?:es|ing)?|went|arriv\w*)\b[^,;.]{0,50}?\bwith\s+(?:the\s+)?"
                         r"(?:leaders|heads\s+of\s+(?:state|government)|prime\s+ministers|presidents|chancellors)\s+of\s+"
                         r"(?P<list>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*)")


def drop_companions(facts: SentenceFacts, text: str) -> None:
    """ "von der Leyen will travel to Cairo with the leaders of Italy, Greece and Cyprus to sign a declaration with Egypt": company, not parties."""
    base = facts.span.start
    for m in _COMPANIONS.finditer(text):
        facts.parties = [p for p in facts.parties if not m.start("list") <= p.start - base < m.end("list")]


_RIVAL = re.compile(r"\b(?:against|rival(?:ling|ing|s)?|compet\w*\s+with|counter(?:ing)?|(?:a\s+)?counterweight\s+to|catch\s+up\s+with|outpace|outdo)\s+(?:the\s+)?$", re.I)


def drop_rivals(facts: SentenceFacts, text: str) -> None:
    """ "a conference Tokyo hopes will help it hold its own against China's presence in Africa": a rival, not a party."""
    facts.parties = [p for p in facts.parties if not _RIVAL.search(text[max(0, p.start - facts.span.start - 40):p.start - facts.span.start])]


def drop_owners(facts: SentenceFacts, text: str) -> None:
    """ "under the EU's Horizon 2020 programme", "Galileo, the European Union's navigation system":
    the owner of a thing the sentence names, not a party, when two other parties act."""
    base = facts.span.start
    owners = [p for p in facts.parties if _OWNED.match(text[p.end - base:])]
    if owners and len({p.country for p in facts.parties} - {p.country for p in owners}) >= 2:
        facts.parties = [p for p in facts.parties if p not in owners]


def drop_chairs(facts: SentenceFacts) -> None:
    """ "Mauritanian President Ghazouani, who chairs the African Union this year", "Cowen, whose country holds
    the rotating EU presidency": the chair's state acts for the bloc, which is the party."""
    base, text = facts.span.start, facts.span.text
    keep = []
    for p in facts.parties:
        m = _CHAIRS.match(text[p.end - base:])
        bloc = m and next((q for q in facts.parties if q.kind == "bloc"
                           and p.end - base + m.end() <= q.start - base <= p.end - base + m.end() + 50), None)
        if not bloc:
            keep.append(p)
    facts.parties = keep


_CHAIRS = re.compile(r"[^.;()]{0,60}?,\s+(?:who|whose\s+(?:country|government))\s+(?:currently\s+|also\s+)?"
                     r"(?:chairs|holds|presides\s+over)\s+", re.I)


def bracketed_short_forms(facts: SentenceFacts, span: Span) -> None:
    """ "the Kenya Space Agency (KSA)": the bracketed short form names the party before it,
    whatever else it spells (KSA is also Saudi Arabia)."""
    out: list[PartyMention] = []
    for p in facts.parties:
        prev = out[-1] if out else None
        if prev is not None and prev.code != p.code and re.fullmatch(r"\s*\(", span.text[prev.end - span.start:p.start - span.start]) \
                and span.text[p.end - span.start:p.end - span.start + 1] == ")":
            p = replace(prev, start=p.start, end=p.end, via=p.via)
        out.append(p)
    facts.parties = out


def _coordinated(facts: SentenceFacts) -> dict[str, int]:
    """States named in a coordination with another party ("Canada and the United States"),
    each with the id of an agency of it that is in the same coordination, if any."""
    ps, text, base = facts.parties, facts.span.text, facts.span.start
    out: dict[str, int] = {}
    for a, b in zip(ps, ps[1:]):
        if re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?", text[a.end - base:b.start - base]):  # "the Government of Canada and the Government of the United States"
            for x in (a, b):
                if x.kind == "country" and not re.match(r"[’']s\b", text[x.end - base:x.end - base + 2]):  # not "Germany's DFG"
                    out.setdefault(x.code, 0)
            for x in (a, b):
                if x.kind not in ("country", "bloc") and x.country in out:
                    out[x.country] = id(x)
    return out
