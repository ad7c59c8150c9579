"""Which parties an accord mention binds: lists after "with", subject clauses,
partners joining an accord another party leads, and companies that are not states.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from .mentions import SentenceFacts
from .modality import plural_accords, signing_dates, strong_sign
from .text import LEADS_DATELINE, NUMBER
from .vocabulary import load_vocabulary


def companies_sign(f: SentenceFacts) -> bool:
    """The signing verb's subject is companies alone: no state or agency stands before it."""
    m = strong_sign(f.text)
    owned = [p for p in f.parties if _ITS_FIRM.match(f.text[p.end - f.span.start:])]  # "Vietnam's FPT Semiconductor": a firm
    if owned or f.companies:  # "Saudi Arabia's ACWA Power and China's Sungrow signed": the other possessed name beside a firm is one too
        owned += [p for p in f.parties if p not in owned and _ITS_NAME.match(f.text[p.end - f.span.start:])
                  and not any(q.start > p.end and q.start - p.end <= 4 for q in f.parties)]
    if not m or not (f.companies or owned or _FIRMS_WORD.search(f.text)):
        return False
    if _AMONG_FIRMS.search(f.text):  # "..., a private deal between companies"
        return True
    verb = f.span.start + m.start()
    lead = LEADS_DATELINE.match(f.text)
    subject = f.text[lead.end() if lead else 0:m.start()]  # "HANOI, Sept 11 - American and Vietnamese companies signed"
    if _FIRMS.search(subject) or _FIRM_APPOSITIVE.search(subject):  # "Companies ... signed", "Rapidus, the chipmaker, ..."
        return True
    firms = [c for c in f.companies + owned if c.start < verb]
    states = [p for p in f.parties if p.start < verb and p not in owned]
    with_state = any(p.start > verb and re.search(r"\bwith\s+(?:the\s+)?$", f.text[:p.start - f.span.start])
                     and _STATE_PARTNER_END.match(f.text[p.end - f.span.start:]) for p in f.parties)  # "Moderna signed the agreement with Kenya's government"
    return bool(firms) and not states and not with_state


def firms_negotiate(f: SentenceFacts) -> bool:
    """ "Korean drugmakers were in talks with U.S. vaccine developers", "to negotiate reactor contracts with
    American, French and Russian suppliers": the talks are with firms, so they prepare no accord between states."""
    return bool(_TALKS_WITH_FIRMS.search(f.text))


_TALKS_WITH_FIRMS = re.compile(r"\b(?:talks|negotiat\w*|discussions)\b[^.;:]{0,80}?\bwith\s+(?:[\w.’'-]+,?\s+){0,5}?"
                               r"(?:companies|firms|suppliers|vendors|contractors|developers|drugmakers|manufacturers|makers|producers|chipmakers|investors|operators|lenders)\b", re.I)


_AMONG_FIRMS = re.compile(r"\b(?:private|commercial)\s+(?:deal|agreement|arrangement|contract)s?\s+between\b|\b(?:deal|agreement|contract)s?\s+between\s+(?:the\s+)?(?:two\s+)?(?:companies|firms)\b"
                          r"|\b(?:deal|agreement|contract)\s+(?:signed\s+[^.;,]{0,30}?)?(?:is|was)\s+between\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:company|firm|producer|group|miner|corporation|utility|operator)\b", re.I)  # "The agreement signed last Friday is between the state copper company Codelco and ..."
_ITS_FIRM = re.compile(r"[’']s\s+(?:[A-Z][\w&.-]*\s+){1,3}?(?:Semiconductors?|Electronics|Motors|Corp\.?|Corporation|Co\.|Ltd\.?|Inc\.?|Group|Holdings|Industries|"
                       r"Technolog(?:y|ies)|Airlines|Telecom|Steel|Chemicals?|Pharma\w*|Solutions|Systems|Energy|Power|Hydrogen|Mining|Metals)\b")
_ITS_NAME = re.compile(r"[’']s\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s+(?:signed|inked|and|agreed)\b")
_STATE_PARTNER_END = re.compile(r"(?:[’']s\s+(?:[\w-]+\s+)?(?:government|ministry|cabinet)\b|\s+government\b|\s*(?:[,.;:)]|$)"
                                r"|\s+(?:in|on|to|for|at|under|worth|that|which|last|this|over|during|after)\b)")


_FIRM_APPOSITIVE = re.compile(r"^\W*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2},\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:company|chipmaker|firm|start-?up|manufacturer|maker|carmaker|conglomerate|operator|giant|supplier|"
                              r"developer|producer|utility|group|corporation|foundry|miner)\b", re.I)
_WITH_COUNTED = re.compile(r"^with\s+(?:the\s+|its\s+|their\s+)?(?P<n>\w+)\s+(?:[\w-]+\s+){0,3}?(?:countries|nations|states|partners|governments|members)\b", re.I)
_FIRMS_WORD = re.compile(r"\b(?:companies|firms|businesses|enterprises|corporations|suppliers|vendors|contractors)\b", re.I)
_FIRMS = re.compile(r"^\W*(?:[\w,-]+\s+){0,3}?(?:companies|firms|businesses|enterprises|corporations|private sector|industry groups)\b", re.I)


def leader_of(f: SentenceFacts, ctx_accord: Optional[str]) -> Optional[str]:
    """The party that leads an accord others join: the owner of a programme it is named
    after ("the Artemis Accords" -> USA), from this sentence or the accord last named."""
    vocab = load_vocabulary()
    names = [code for code, _, _ in f.programmes] + ([ctx_accord] if ctx_accord else [])
    for code in names:
        prog = vocab.programmes.get(code)
        if prog and prog.owner and prog.owner in vocab.parties:
            return prog.owner
    return None


def led_accord(f: SentenceFacts) -> Optional[str]:
    """The leader of an accord named here after a programme it belongs to ("the
    Artemis Accords" -> USA); None when the programme is only the frame of another accord."""
    vocab = load_vocabulary()
    for code, _, end in f.programmes:
        prog = vocab.programmes.get(code)
        if prog and prog.owner in vocab.parties and any(0 <= s - end <= 1 for _, s, _ in f.instruments):
            return prog.owner
    return None


def country_of(code: str) -> str:
    p = load_vocabulary().parties.get(code)
    return p.country if p else code


def partners_after_with(f: SentenceFacts) -> list[str]:
    """Parties coordinated right after "with", up to the next clause: each next one
    separated from the last by nothing but commas, "and" and dates ("with the US in
    2019, Denmark in January 2025, and the UK")."""
    m = re.search(r"\bwith\b", f.text)
    if not m:
        return []
    stop = re.search(r",?\s+(?:during|that|which|while|after|before|where|who|including|under|as part of)\b|[;:—]|\s–\s", f.text[m.end():])
    lo = f.span.start + m.end()
    hi = lo + (stop.start() if stop else len(f.text))
    chain: list = []
    for p in f.parties:
        if not lo <= p.start < hi:
            continue
        gap = _without_dates(f, chain[-1].end, p.start) if chain else ""
        if chain and not _LIST_GAP.match(gap) and not _AND_WITH_AGAIN.match(gap):
            break
        chain.append(p)
    return list(dict.fromkeys(p.code for p in chain))


_AND_WITH_AGAIN = re.compile(r"^,[^,;:()]{0,60},\s*and\s+with\s+(?:the\s+)?$", re.I)  # "with Japan, at a summit in Tokyo, and with South Korea"
_LIST_GAP = re.compile(r"^[\s,()]*(?:(?:in|on|from|since)\s+)?[\s,()]*(?:(?:and|as well as|plus|or|&)\s+)?(?:with\s+)?(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$", re.I)


def _without_dates(f: SentenceFacts, start: int, end: int) -> str:
    gap = f.text[start - f.span.start:end - f.span.start]
    for d in sorted(f.dates, key=lambda d: -d.start):
        if start <= d.start and d.end <= end:
            gap = gap[:d.start - start] + gap[d.end - start:]
    return gap


def list_items(f: SentenceFacts, context_host: Optional[str] = None, subject: Optional[str] = None) -> list[tuple[str, Optional[str]]]:
    """ "with the US in 2019, Denmark in January 2025, and the UK in April 2025".

    One host before "with" (or `subject`, the state "It" stands for), two or more partners after it:
    a bilateral accord per partner, each with the date written after it (or paired in order by
    "respectively").
    """
    host = items_host(f) or [c for c in [subject] if c]  # "It concluded a plan with the US and a declaration with Germany"
    m = re.search(r"\bwith\b", f.text)
    if not host and m and context_host and plural_accords()[0].search(f.text[:m.start()]):
        host = [context_host]  # "Negotiations on similar agreements are under way with Israel, India and Ukraine"
    if len(host) != 1 or not m or re.search(r"\b(?:together|along)\s+$", f.text[:m.start()], re.I) and not _SEPARATE.search(f.text):
        return []  # "one of the eight founding signatories ..., together with Australia, Canada, ...": one accord of them all
    cut = f.span.start + m.start()
    chain = set(partners_after_with(f)) | {p.code for p in f.parties if re.search(r"\bwith\s+(?:the\s+)?$", f.text[:p.start - f.span.start])}
    partners = [p for p in f.parties if p.start > cut and p.code in chain and p.code != host[0]]  # "a plan with the US and a declaration with Germany"
    partners = list({p.code: p for p in partners}.values())
    if len(partners) < 2:
        return []
    when = signing_dates(f)  # not "since the Nuclear Suppliers Group decided in September 2008"
    dates = [d for d in when if d.start > cut] or when[:1] if len(when) <= 1 else [d for d in when if d.start > cut]
    if len(dates) <= 1 and (_one_instrument_before(f, cut) or len(partners) == 2 and not _SEPARATE.search(f.text) and not _plural_before(f, cut)
                            and not (plural_accords()[0].search(f.text[:cut - f.span.start]) and re.search(r"\band\s+with\b", f.text[cut - f.span.start:]))):
        return []  # "a memorandum with Congo and Zambia", "financing agreements with Japanese and Australian lenders": one accord,
        # but "memorandums with Tanzania and with Madagascar": one each
    if re.search(r"\brespectively\b", f.text, re.I) and len(dates) == len(partners):
        return [(p.code, d.value) for p, d in zip(partners, dates)]
    counted = _WITH_COUNTED.search(f.text[cut - f.span.start:])
    if counted and NUMBER.get(counted.group("n").lower()) == len(partners):
        return []  # "working with eight African partner countries - Botswana, Ghana, ...": one group, not eight pairs
    days = dates_after_each(f, partners, dates, _PAIRED)  # "with Canada and Ukraine in 2021 and with Kazakhstan ...": a pair shares the date after it
    return [(p.code, day or (dates[0].value if len(dates) == 1 else None)) for p, day in zip(partners, days)]


def dates_after_each(f: SentenceFacts, named: list, dates: list, joined: re.Pattern) -> list[Optional[str]]:
    """The date written after each of `named` (in order) and before the next; one with none of its own
    that `joined` ties to the next ("Nigeria and Rwanda signed in December 2022") shares the next one's."""
    out: list[Optional[str]] = []
    for k in reversed(range(len(named))):
        end = named[k + 1].start if k + 1 < len(named) else f.span.end
        own = [d.value for d in dates if named[k].end <= d.start < end]
        if not own and out and joined.fullmatch(f.text[named[k].end - f.span.start:end - f.span.start]):
            own = [out[0]]
        out.insert(0, own[0] if own else None)
    return out


_PAIRED = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")


_SEPARATE = re.compile(r"\b(?:separate|separately|respectively|each|bilateral|individual|similar)\b", re.I)


def _noun_before(f: SentenceFacts, cut: int) -> tuple[str, int]:
    """The last instrument noun before offset `cut` ("with"), lower-cased, and where it starts in the sentence; ("", 0) for none."""
    before = [(s, e) for _, s, e in f.instruments if e <= cut]
    if not before:
        return "", 0
    s, e = (x - f.span.start for x in before[-1])
    return f.text[s:e].lower(), s


def _plural_before(f: SentenceFacts, cut: int) -> bool:
    """ "strategic partnerships on raw materials with Argentina and Chile": the accords signed "with" the partners are named in the plural."""
    word, s = _noun_before(f, cut)
    return _head(word).endswith(("s", "memoranda")) and not re.search(r"\b(?:financing|loan|supply|purchase)\s+$", f.text[:s], re.I)


def _head(noun: str) -> str:
    """The head of an instrument's wording: "memoranda" in "memoranda of understanding"."""
    return noun.split(" of ")[0]


def _one_instrument_before(f: SentenceFacts, cut: int) -> bool:
    """The accord signed "with" the partners is named in the singular ("a memorandum")."""
    word, s = _noun_before(f, cut)
    if not word or _head(word).endswith(("s", "memoranda")):
        return False
    return bool(re.search(r"\b(?:a|an|the|one|single|new)\s+(?:[\w-]+\s+){0,3}$", f.text[max(0, s - 40):s].lower()))


def joined_respectively(f: SentenceFacts, leader: Optional[str], context: Sequence[str] = ()) -> list[tuple[str, Optional[str]]]:
    """ "France and Germany signed on 7 June 2022 and 14 September 2023 respectively":
    each joined the accord its leader runs, on its own date. "South Africa and Argentina came
    early. Their agreements with the EU were signed in 1996 and 1999 respectively": each of
    the parties just named, with the one this sentence names. "Romania and Poland concluded texts
    with Washington in August and September respectively": each subject with the one partner; "signed by
    Argentina and Chile in June and July respectively": each with the one other party in view."""
    resp = re.search(r"\brespectively\b", f.text, re.I)
    if not resp:
        return []
    if not leader and re.match(r"\s*(?:their|they|both)\b", f.text, re.I) and len(set(f.codes())) == 1:
        codes = [c for c in context if c not in f.codes()]
        dates = [d.value for d in f.dates if d.start < f.span.start + resp.start()]
        return list(zip(codes, dates)) if len(codes) >= 2 and len(dates) == len(codes) else []
    w = re.search(r"\bwith\b", f.text[:resp.start()])
    if not leader and w:  # "Romania and Poland concluded texts with Washington in August and September respectively"
        after = {p.code for p in f.parties if f.span.start + w.end() <= p.start < f.span.start + resp.start()}
        before = {p.code for p in f.parties if p.start < f.span.start + w.start()}
        leader = after.pop() if len(after) == 1 and len(before) >= 2 else None
    by = re.search(r"\b(?:signed|concluded|inked)\s+by\b", f.text[:resp.start()], re.I)
    if not leader and by:  # "the two memoranda, signed by Argentina and Chile in June and July respectively": each with the party in view
        named = {p.code for p in f.parties if f.span.start + by.end() <= p.start < f.span.start + resp.start()
                 and not re.search(r"\b(?:in|at)\s+(?:[\w’'-]+\s+(?:and\s+)?)?$", f.text[:p.start - f.span.start])}
        leader = next((c for c in [*f.codes(), *context] if c not in named), None) if len(named) >= 2 else None
    if not leader:
        return []
    codes = list(dict.fromkeys(c for c in f.codes() if c != leader))
    dates = [d.value for d in f.dates if d.start < f.span.start + resp.start()][-len(codes):]  # "earlier this year, in March and April respectively"
    if len(codes) < 2 or len(dates) != len(codes):
        return []
    return list(zip(codes, dates))


def acting(f: SentenceFacts) -> list[str]:
    """The parties a sentence names less those that only set the occasion: the visitor and the visited
    of "during President Xi Jinping's state visit to Britain"."""
    return list(dict.fromkeys(p.code for p in f.parties if not _OCCASION.search(f.text[:p.start - f.span.start])
                              and not re.match(r"(?:[’']s)?\s+(?:[\w-]+\s+)?(?:visit|trip|tour)\b", f.text[p.end - f.span.start:])))


_OCCASION = re.compile(r"\b(?:visit|trip|tour)\s+to\s+(?:the\s+)?$", re.I)
TRAVELS = re.compile(r"\b(?:flew|flies|arrived|arrives|travell?ed|travels|headed|left|departed|departs|returned|returns)\s+(?:[\w-]+\s+){0,4}?(?:to|from|for|in|home)\b", re.I)


def each_with(f: SentenceFacts) -> Optional[tuple[str, list[tuple[str, Optional[str]]]]]:
    """ "Saudi Arabia and the UAE each signed memoranda with Japan", "... signed separate memoranda with
    Japan": one accord for each party of the subject with the one partner after "with"; (partner, items)."""
    m, w = strong_sign(f.text), re.search(r"\bwith\b", f.text)
    if not m or not w or w.start() < m.end() or not (re.search(r"\b(?:each|separately|individually)\s+(?:also\s+|have\s+|has\s+)?$", f.text[:m.start()], re.I)
                                                      or re.search(r"\b(?:separate|individual|bilateral)\b", f.text[m.start():w.start()], re.I)):
        return None
    subject = list(dict.fromkeys(p.code for p in f.parties if p.start < f.span.start + m.start()))
    partners = partners_after_with(f)
    if len(subject) < 2 or len(partners) != 1 or partners[0] in subject:
        return None
    date = f.dates[0].value if len(f.dates) == 1 else None
    return partners[0], [(c, date) for c in subject]


def items_host(f: SentenceFacts) -> list[str]:
    m = re.search(r"\bwith\b", f.text)
    if not m:
        return []
    cut = f.span.start + m.start()
    return list(dict.fromkeys(p.code for p in f.parties if p.start < cut))


def is_list(f: SentenceFacts) -> bool:
    return bool(list_items(f))


def fronted_with(f: SentenceFacts) -> bool:
    """ "With Japan, the basis is ...": the sentence opens on its one partner; the other is the party in view."""
    return len(set(f.codes())) == 1 and bool(f.parties) and re.match(r"\s*With\s+(?:the\s+)?$", f.text[:f.parties[0].start - f.span.start]) is not None \
        and re.match(r"\s*,", f.text[f.parties[0].end - f.span.start:]) is not None


def within_bloc(countries: frozenset[str]) -> bool:
    """A bloc and only states of its own ("the EU" and France): cooperation inside it, not between parties."""
    parties = load_vocabulary().parties
    blocs = [c for c in countries if c in parties and parties[c].members]
    return len(blocs) == 1 and len(countries) >= 2 and all(c in parties[blocs[0]].members for c in countries if c != blocs[0])


def single_bloc(codes: list[str]) -> bool:
    vocab = load_vocabulary()
    # a bloc of states can adopt a text alone (the AU's Malabo Convention); an organisation such as the WHO cannot
    return len(codes) == 1 and vocab.parties[codes[0]].kind == "bloc" and bool(vocab.parties[codes[0]].members) \
        if codes and codes[0] in vocab.parties else False


def hyphen_pairs(f: SentenceFacts) -> list[tuple[frozenset[str], int]]:
    """ "the Canada-U.S. Joint Action Plan ... and the Canada-EU Strategic Partnership":
    each hyphenated pair of parties names the accord that follows it, with its start."""
    out: list[tuple[frozenset[str], int]] = []
    ps = sorted(f.parties, key=lambda p: p.start)
    for a, b in zip(ps, ps[1:]):
        if a.code != b.code and re.fullmatch(r"\s*[-–/]\s*", f.text[a.end - f.span.start:b.start - f.span.start]):
            out.append((frozenset((a.code, b.code)), a.start))
    return out


def foreign_firms(f: SentenceFacts, codes: list[str]) -> list[str]:
    """The foreign firms a lone state signs with ("signed ... with British chip designer Arm",
    "signed a letter of intent with Microsoft and the Abu Dhabi company G42"), or the one that signs with it
    ("Moderna signed the agreement with Kenya's government")."""
    m = strong_sign(f.text)
    if len(set(codes)) != 1 or not m:
        return []
    verb, own = f.span.start + m.start(), country_of(codes[0])
    ahead = [c.code for c in f.companies if c.start < verb and c.country != own]  # foreign firms before the verb
    state_ahead = any(p.start < verb for p in f.parties)
    w = re.search(r"\bwith\b", f.text[m.end():])
    if not w:  # "Cameco Corporation of Saskatoon and India's Department of Atomic Energy signed a contract": the firm beside the state
        return list(dict.fromkeys(ahead)) if state_ahead else []
    if not state_ahead:  # "Moderna signed the agreement with Kenya's government": the firm that signs with it
        return ahead[-1:] if any(p.start >= f.span.start + m.end() + w.end() for p in f.parties) else []
    lo = m.end() + w.end()
    stop = re.search(r"[;:—]|,\s+(?:which|that|who|whose|while|after|as|where)\b", f.text[lo:])
    hi = f.span.start + lo + (stop.start() if stop else len(f.text))
    return list(dict.fromkeys(c.code for c in f.companies if f.span.start + lo <= c.start < hi and c.country != own))


def own_partners(f: SentenceFacts, starts: list[int]) -> list[Optional[frozenset[str]]]:
    """ "The EU struck a partnership with Canada in 2021 and signed a similar memorandum with Chile in 2023":
    the one host before "with" and, for each accord starting at `starts`, the partner after its own "with".
    None for every accord unless each has exactly one partner of its own."""
    host = items_host(f)
    bounds = [f.span.start] + starts[1:] + [f.span.end]
    own = [list(dict.fromkeys(p.code for p in f.parties if lo <= p.start < hi and p.code not in host
                              and re.search(r"\bwith\s+(?:the\s+)?$", f.text[:p.start - f.span.start])))
           for lo, hi in zip(bounds, bounds[1:])]
    if len(host) != 1 or any(len(o) != 1 for o in own) or len({o[0] for o in own}) != len(own):
        return [None] * len(starts)
    return [frozenset(host + o) for o in own]


def with_non_party(f: SentenceFacts) -> bool:
    """ "signed an arrangement with IBM to expand research": the one named after "with" is a
    capitalised name that holds no party, so the accord is not with a second state."""
    m = re.search(r"\b(?:signed|inked|concluded|sealed)\b[^.;,]{0,60}?\bwith\s+(?:the\s+)?(?P<n>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})", f.text)
    if not m or m.group("n").split()[0] in ("The", "This", "Its", "Their", "His", "Her") \
            or re.match(r"\s+(?:present|looking on|watching|in attendance)\b", f.text[m.end("n"):]):
        return False
    s, e = f.span.start + m.start("n"), f.span.start + m.end("n")
    return not any(s <= p.start < e or p.start <= s < p.end for p in f.parties)  # a firm too is no second state


def as_named_before(f: SentenceFacts, named: dict[str, int]) -> None:
    """ "the Democratic Republic of Congo ... Congo's foreign minister": a bare name that ends the full name
    of the one state the document named before (`named`) is that state, not its namesake."""
    vocab = load_vocabulary()
    for k, p in enumerate(f.parties):
        surface = f.text[p.start - f.span.start:p.end - f.span.start]
        if p.via != "name" or p.kind != "country" or " " in surface:
            continue
        same = [c for c in named if c != p.code and c in vocab.parties and vocab.parties[c].kind == "country" and any(n.endswith(" " + surface) for n in (vocab.parties[c].name, *vocab.parties[c].aliases))]
        if len(same) == 1:
            f.parties[k] = replace(p, code=same[0], country=vocab.parties[same[0]].country)

