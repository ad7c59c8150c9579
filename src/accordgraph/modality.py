"""Modality of an accord mention: its status, instrument and signing date.

The status comes from the cue nearest the instrument (modals, conditions and
"sign up" excluded); the instrument from the object of the signing verb or the
accord's own name; the signing date from the date nearest the verb, never a
dateline, a target year or the date something was said.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Optional

from .mentions import SentenceFacts
from .records import GENERIC_INSTRUMENTS
from .vocabulary import load_vocabulary

GENERIC = GENERIC_INSTRUMENTS

_STRONG_SIGN = re.compile(
    r"\b(signed|signature\s+of\s+(?:a|an|the)|(?:was|were|been)\s+(?:formally\s+|unanimously\s+|jointly\s+)?adopted|signs?|inks?|inked|concluded(?!\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:negotiations|talks|discussions|visit|meeting|trip|tour|summit|consultations|session|dialogue|round|conference)\b)|formali[sz]ed|sealed|struck|entered into(?!\s+force)|put pen to paper|signator(?:y|ies)\s+(?:were|was|are|is|included)|exchanged\s+(?:the\s+)?(?:signed\s+)?(?:documents|instruments|memorand\w*|agreements|notes|letters|MoUs)|put (?:his|her|their|its) (?:names?|signatures?) to|(?:bears|bore|carries|carried) the signatures of|prior agreements?|previous agreements?|earlier agreements?"
    r"|(?:agreed|adopted|launched|established|unveiled|concluded|set up|formed|created|founded|forged)\s+(?:on\s+)?(?:a|an|the|their|its)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:initiative|partnership|framework|dialogue|agreement|declaration|statement|compact|pact|accord|roadmap|programme|program|charter|alliance)s?)\b", re.I)

_MODAL = re.compile(r"\b(will|would|to|can|could|may|might|must|shall|should|not|never|be|expected|plans?|planned)\s+(?:also\s+|soon\s+|then\s+|formally\s+|jointly\s+|likely\s+|only\s+|eventually\s+|finally\s+|probably\s+|still\s+|shortly\s+|officially\s+|ultimately\s+)?(?:be\s+|have\s+)?$", re.I)

DOMESTIC_LAW = re.compile(
    r"\bsign(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,6}?into\s+law\b"
    r"|\bsign(?:s|ed|ing)?\s+(?:the\s+|a\s+)?(?:[A-Z][\w’'-]*\s+|and\s+|of\s+){1,8}Act\b"
    r"|\b(?:bill|law|executive order|decree)\s+(?:was\s+)?signed\b"
    r"|\bsign(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:resolution|decree|executive order|ordinance)\b"
    r"|\b(?:Act|bill|law|decree)\b,?\s+(?:which|that)\s+(?:[\w.’'-]+\s+){0,6}?signed\b"
    r"|\b(?:Act|Regulation|Directive)\b,?\s+(?:on\s+which|which|that)\s+(?:[\w’'-]+\s+){0,6}?(?:reached|struck)\s+(?:an?\s+|political\s+|provisional\s+)*agreement\b", re.I)

_ORDINAL_TO = re.compile(r"\b(?:first|latest|newest|last|second|third|\w+th|\d+(?:st|nd|rd))\s+(?:[\w-]+\s+){0,2}to\s+$", re.I)


def governed_by_modal(before: str) -> bool:
    """ "will sign", "to be signed", "only then can the two sides sign": the act is not done;
    "the latest nation to sign" is done."""
    return bool(_MODAL.search(before) or _INVERTED_MODAL.search(before)) and not _ORDINAL_TO.search(before)


_INVERTED_MODAL = re.compile(r"(?:^|\b(?:only|then|when|until|once|before|nor)\b[^,;.]{0,30}?)\b(?:can|could|will|would|may|might|shall|should|must)\s+"
                             r"(?:the\s+|both\s+|they\s+|we\s+|[A-Z][\w.’'-]*\s+|and\s+|two\s+|sides\s+|parties\s+|countries\s+|governments\s+){1,5}$")

SAID = re.compile(r"\b(?:said|says|announced|told|stated|reported|confirmed|added)\s+(?:[\w-]+\s+){0,2}?(?:in\s+a\s+(?:[\w-]+\s+)?(?:statement|release|post|briefing)\s+)?$", re.I)  # "officials said on Tuesday"
def names_event(f: SentenceFacts, ins: tuple[str, int, int], event_spans: list[tuple[int, int]]) -> bool:
    """ "Digital Partnership Ministerial Meeting": an instrument word inside an event's name; "a joint call for proposals": an event."""
    base = f.span.start
    return bool(_CALL_FOR.match(f.text[ins[1] - base:])) or any(ins[2] <= s and re.fullmatch(r"(?:\s+[A-Z][\w-]*){0,3}\s+", f.text[ins[2] - base:s - base] + " ")
               for s, _ in event_spans)


_CALL_FOR = re.compile(r"(?:joint\s+)?(?:research\s+)?calls?\s+for\s+(?:research\s+)?(?:proposals|applications|projects)\b", re.I)
_DEFINED_AFTER = re.compile(r"(?:\s+(?:on|for|in)\s+[\w\s-]{1,60}?)?\s+(?:that|which)\s+(?:the\s+|their\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?"
                            r"(?:signed|concluded|inked|sealed|struck|agreed)\b")


def refers_back(f: SentenceFacts, ins: tuple[str, int, int]) -> bool:
    """ "this partnership", "the agreement", "Friday's memorandum": a noun that points at an accord named before."""
    before = f.text[: ins[1] - f.span.start].rstrip().lower()
    word = before.rsplit(None, 1)[-1] if before else ""
    named = f.text[ins[1] - f.span.start:ins[1] - f.span.start + 1].isupper()  # "the Partnership to Advance Clean Energy" is a name
    defined = _DEFINED_AFTER.match(f.text[ins[2] - f.span.start:])  # "the partnerships on raw materials that the Commission concluded with ..."
    return word in ("this", "these", "that", "those", "such") or (word == "the" and ins[0] in (*GENERIC, "partnership") and not named and not defined) \
        or bool(re.fullmatch(r"(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day[’']s", word))  # "Friday's memorandum": the one told


def bare_noun(f: SentenceFacts, ins: tuple[str, int, int]) -> bool:
    """ "the memorandum", "the declaration": a bare noun, not a full instrument name."""
    noun = f.text[ins[1] - f.span.start:ins[2] - f.span.start].lower()
    definite = re.search(r"\b(?:the|this|that|these|those)\s+$", f.text[:ins[1] - f.span.start], re.I)
    return bool(definite) and noun in load_vocabulary().instruments.get("back_references", {})


def instrument_of(instruments: list[tuple[str, int, int]], f: Optional[SentenceFacts] = None) -> str:
    """The object of the signing verb ("signed an agreement ... extending a partnership"),
    else the most specific instrument named."""
    m = strong_sign(f.text) if f else None
    if m:
        verb_end = f.span.start + m.start() + len(m.group(1).split()[0])  # "agreed the X Partnership": the object may be in the match
        after = [i for i in instruments if verb_end <= i[1] <= verb_end + 60 and not re.search(r",\s+(?:\w+ing|which|that)\b", f.text[verb_end - f.span.start:i[1] - f.span.start])]  # not "..., which set the framework for joint research"
        signed = [i for i in instruments if i[0] not in GENERIC and re.search(r"\b(?:signed|inked|sealed|concluded)\s+(?:an?|the|a\s+new)\s+(?:[\w-]+\s+){0,2}$",
                                                                            f.text[:i[1] - f.span.start])
                  and not re.search(r"\b(?:after|before|since|while|whereas|similar|another|separate|second|further)\b", f.text[verb_end - f.span.start:i[1] - f.span.start], re.I)]
        if after and after[0][0] in GENERIC and signed:  # "put its name to a nuclear accord ..., when they signed a memorandum of understanding"
            return signed[0][0]
        if after or re.match(r"\s+the\s+(?:[A-Z][\w-]*\s+){1,4}(?:on|for|of|to)\s", f.text[verb_end - f.span.start:]):  # "sign the Basic Principles on ...": a document of no listed kind
            return after[0][0] if after else "unspecified"
    keys = [key for key, _, _ in instruments]
    for key in keys:
        if key not in GENERIC and key not in load_vocabulary().instruments["ranking"]["content_like"]:
            return key
    if "agreement" in keys:  # "an agreement on joint research": the research is what it is about
        return "agreement"
    for key in keys:
        if key not in GENERIC:
            return key
    return keys[0] if keys else "unspecified"


_DATELINE_HEAD = re.compile(r"^\s*[*_]{0,2}[A-Z](?:[^\W\d_]|[.'’ -]){1,40},\s+[^()\n]{0,40}?(?:\([^)]{0,40}\)\s*)?[*_]{0,2}\s*(?:[-–—]{1,2}|:)\s")  # "**TOKYO, Saturday (EAW)** -" too


def strong_sign(text: str) -> Optional[re.Match]:
    """The first signing act not governed by a modal ("will sign", "to be signed")."""
    for m in _STRONG_SIGN.finditer(text):
        if m.group(1).lower() in ("sign", "signs") and (re.search(r"\b(?:no|a|any|the|every|first|clear|positive|strong|early|little)\s+$", text[:m.start()], re.I)
                                                       or re.match(r"\s+(?:that|of)\b", text[m.end():])):
            continue  # "gave no sign that Beijing had shifted": the noun
        if m.group(1).lower() == "struck" and re.match(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:note|tone|chord|balance|blow|pose|figure)\b", text[m.end():], re.I):
            continue  # "had struck a similar note": the idiom
        if m.group(1).lower().startswith("signature") and re.search(r"\b(?:await\w*|pending|ahead of|before|for|towards?|prepar\w+ for)\s+(?:the\s+)?$", text[:m.start()], re.I):
            continue  # "ahead of the signature of the agreement": not yet
        if not governed_by_modal(text[: m.start()]) and not re.search(r"\b(?:not|never|n[’']t)\s+(?:yet\s+)?$", text[:m.start()], re.I):
            return m  # "a country that has not signed the NPT" signs nothing
    return None


IN_FORCE = re.compile(r"\b(?:(?:enter(?:s|ed)?|entry|came|comes|come|went|go(?:es)?)\s+into\s+force|took\s+effect|takes\s+effect|in\s+force\s+since|ratified|approved|endorsed|ratification|made\s+public|published|disclosed)\s+(?:(?:on|in|from|since)\s+)?(?:the\s+)?$", re.I)

_WHEN_SIGNED = re.compile(r",?\s+when\s+(?:[\w’'-]+\s+){0,4}?(?:signed|concluded|inked|sealed)\b", re.I)
OF_LATER_NOUN = re.compile(r"^\S+\s.*\b(?:negotiations|talks|agreements?|deals?|treaty|accords?|memorand\w*)\b[^,;]*,\s+(?:which|that)\s+(?:[\w’'-]+\s+){0,4}$", re.I)
AHEAD_OF = re.compile(r"\b(?:ahead of|in the run-up to|in advance of)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,4}?(?:summit|conference|meeting|talks|visit|elections?|forum|COP\d*)\b[^,;.]{0,40}$", re.I)  # a later event
_TALKS_WHEN = re.compile(r"\b(?:negotiations|talks)\s+(?:that|which)\s+(?:[\w-]+\s+){0,2}?(?:opened|began|started|launched|resumed|were\s+launched)\b[^.;]{0,60}?(?:\s+(?:in|on))?\s+$", re.I)
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w’'-]+\s+){1,6}$", re.I)  # "the first summit since Fernandez took office in December"
_RELATIONSHIP_SINCE = re.compile(r"\b(?:relationship|relations|ties|cooperation|collaboration|friendship|history|links|contacts|partnership)\s+"
                                 r"(?:that\s+|which\s+)?(?:goes|go|went|dates|date|dated|reaches|reach|stretches)\s+back\s+(?:to\s+)?$", re.I)  # "a relationship that goes back to 1984"
_OF_ANOTHER = re.compile(r"\b(?:to|of|under|with|replacing|replaces|amending|amends|extending|extends|on|upon|implementing)\s+(?:the|its|their|that)\s+$", re.I)
_ACCORD_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:agreements?|memorand\w*|accords?|treaty|treaties|protocols?|deals?|framework|statements?|"
                           r"declarations?|arrangements?|pacts?|conventions?)\b", re.I)  # "a protocol to the 2014 agreement": that accord's year

_OTHER_THINGS_YEAR = re.compile(r"the\s+\d{4}\s+(?!(?:[\w-]+\s+){0,2}(?:agreements?|accords?|memorand\w*|treaty|pacts?|deals?|declarations?|statements?|partnerships?|charter|protocols?|arrangements?|framework|mous?|letters?)\b)[a-z]", re.I)  # "the 1941 original"
_FOUNDED = re.compile(r"\b(?:that|which)\s+(?:founded|established|created|set up)\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,3}(?:in|on)\s+$", re.I)  # "the treaty that founded the organisation in 1954"


def signing_dates(f: SentenceFacts, anchor: Optional[str] = None) -> list:
    """The dates that may date a signing: not a dateline, a date after the document's own ("by 2050"), "since the NSG decided in 2008"."""
    head = _DATELINE_HEAD.match(f.text if not f.text.islower() else f.text[:1].upper() + f.text[1:])  # "a coruña, oct 6 -- ..." too
    return [d for d in f.dates if (not head or d.start >= f.span.start + head.end())
             and not (anchor and not d.value.startswith("--") and d.value[:len(anchor)] > anchor[:len(d.value)])
             and not (re.search(r"\b(?:by|until|through|(?<!back )to|before|since|as of|starting in|beginning in)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?$", f.text[:d.start - f.span.start], re.I)
                      and not _WHEN_SIGNED.match(f.text[d.end - f.span.start:]))  # "since 1963, when they signed the first agreement": then
             and not _SINCE_CLAUSE.search(f.text[:d.start - f.span.start])
             and not _TALKS_WHEN.search(f.text[:d.start - f.span.start])  # "capping negotiations that opened in 2007 and were wrapped up last year"
             and not AHEAD_OF.search(f.text[:d.start - f.span.start])  # "ahead of the COP26 summit in Glasgow in November"
             and not SAID.search(f.text[:d.start - f.span.start])
             and not IN_FORCE.search(f.text[:d.start - f.span.start])
             and not _RELATIONSHIP_SINCE.search(f.text[:d.start - f.span.start])
             and not _FOUNDED.search(f.text[:d.start - f.span.start]) and not (len(d.value) == 4 and _OTHER_THINGS_YEAR.match(f.text[d.start - f.span.start - 4:]))]


_ISSUED = re.compile(r"\b(?:issued|adopted|endorsed)\b", re.I)


def signing_date(f: SentenceFacts, anchor: Optional[str] = None) -> Optional[str]:
    """The date nearest the signing verb, among `signing_dates`."""
    dates = signing_dates(f, anchor)
    held = [d for d in dates if re.search(r"\b(?:the|their|its|his|her|our)\s+$", f.text[:d.start - f.span.start]) and any(
        0 < i[1] - d.end <= 30 and re.fullmatch(r"\s+(?:[\w-]+\s+){0,3}", f.text[d.end - f.span.start:i[1] - f.span.start]) for i in f.instruments)]
    if held and (len(held) < len(dates) or AMENDED.search(f.text[:held[0].end - f.span.start])):  # "renewed their 2015 space agreement on Monday"
        dates = [d for d in dates if d not in held]  # the year dates the older accord
    dates = [d for d in dates if not re.match(r"[\s,]+(?:[\w’'-]+\s+){0,4}?ratif(?:ied|ies)\b", f.text[d.end - f.span.start:], re.I)]  # "Last Thursday the Rada ratified"
    if not dates:
        return None
    if any(re.search(r"\bago\s+today\b", d.text, re.I) for d in dates):  # "Twenty years ago today, on a warm Wednesday in Athens": that day's weekday
        dates = [d for d in dates if not re.search(r"day\b", d.text, re.I) or re.search(r"\bago\b", d.text, re.I)]
    m = strong_sign(f.text) or _ISSUED.search(f.text)  # "the Joint Statement ... issued during the visit to Kyiv in March last year"
    pivot = f.span.start + (m.start() if m else 0)

    def cost(d) -> int:
        before = f.text[:d.start - f.span.start]
        fronted = len(before.split()) <= 3 and not re.search(r"[,;]", before)  # "In May 2023 the ministries signed"
        far_before = d.start < pivot - 40 and not fronted
        clause = d.start > pivot and re.search(r"\b(?:which|that|who|whose|when|after|before|since|while|whereas)\b", f.text[pivot - f.span.start:d.start - f.span.start])
        return abs(d.start - pivot) + (1000 if far_before else 0) + (500 if clause else 0)

    dates = [d for d in dates if not (d.start > pivot and (re.search(r",\s+(?:who|whose|a sign that|a sign of|a move that)\b|\b(?:is|are)\s+(?:due|set|expected|scheduled)\s+to\b", gap := f.text[pivot - f.span.start:d.start - f.span.start]) or OF_LATER_NOUN.search(gap)))
             and not (d.start > pivot and _OF_ANOTHER.search(f.text[:d.start - f.span.start]) and _ACCORD_AFTER.match(f.text[d.end - f.span.start:]))]
    if not dates:  # a date inside "..., who arrived on Sunday" dates someone else's doing
        return None
    best = min(dates, key=lambda d: (cost(d), -len(d.value)))
    finer = [d for d in dates if len(d.value) > len(best.value) and d.value.startswith(best.value)]
    if finer:  # "In early February ...: on 5 February, ... signed": the day within the month
        best = min(finer, key=cost)
    return best.value


def list_instrument(f: SentenceFacts, instruments: list[tuple[str, int, int]]) -> str:
    """The instrument governing a list: "digital economy agreements with A and B" are an agreement each;
    "the two memoranda, signed by A and B in June and July respectively" a memorandum each."""
    m = re.search(r"\bwith\b", f.text)
    cut = f.span.start + (m.start() if m else len(f.text))
    resp = re.search(r"\brespectively\b", f.text)
    if resp and f.parties and (not m or m.start() > resp.start()):
        cut = min(p.start for p in f.parties)
    before = [i for i in instruments if i[2] <= cut]
    if not before:
        return "unspecified"
    return before[-1][0]


def instrument_of_name(name: Optional[str]) -> Optional[str]:
    """ "Tokyo Statement on Quantum Cooperation" is a joint statement; "Space Framework Agreement" a framework agreement."""
    if not name:
        return None
    from .gazetteer import instrument_matcher
    from .text import tokenize
    found = [m.entry.code for m in instrument_matcher().find(tokenize(name)) if m.entry.code not in GENERIC]
    if found:
        return found[0]
    heads = load_vocabulary().instruments.get("name_heads", {})
    for word in re.findall(r"[A-Z]\w+", name):
        if word in heads:
            return heads[word]
    return None


def learn_acronyms(f: SentenceFacts, table: dict[str, str]) -> None:
    """ "a technology safeguards agreement (TSA)": the document's own short name for an instrument,
    never a party spelt the same ("the Digital Economy Partnership Agreement (DEPA)", not Thailand's depa)."""
    for key, _, end in f.instruments:
        m = re.match(r"\s*\((?P<abbr>[A-Z][A-Za-z&*]{1,7})\)", f.text[end - f.span.start:])
        if m:
            table[m.group("abbr")] = key
            f.parties = [p for p in f.parties if not end + m.start("abbr") <= p.start < end + m.end("abbr")]


def add_acronyms(f: SentenceFacts, table: dict[str, str]) -> None:
    """Mark the document's acronyms for instruments ("Brazil followed with a TSA") as instruments."""
    for abbr, key in table.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(abbr)}s?(?![\w-])", f.text):
            s, e = f.span.start + m.start(), f.span.start + m.end()
            if not any(s < ie and i_s < e for _, i_s, ie in f.instruments):
                f.instruments.append((key, s, e))
                f.parties = [p for p in f.parties if not (s < p.end and p.start < e)]
    f.instruments.sort(key=lambda i: i[1])


def referred_instruments(f: SentenceFacts) -> tuple[str, ...]:
    """The instruments "the statement" or "this memorandum" can point back at."""
    table = load_vocabulary().instruments.get("back_references", {})
    m = re.search(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(" + "|".join(table) + r")\b", f.text, re.I) if table else None
    return tuple(table[m.group(1).lower()]) if m else ()


def no_accord_in_particular(f: SentenceFacts, instruments: list[tuple[str, int, int]], status: str) -> bool:
    """A sentence about accords in general, or a question, asserts no accord in particular: "intends to sign
    further partnerships", "asked whether ... a nuclear agreement", "a memorandum with Tokyo, Washington or
    Seoul", "countries that have signed the NPT", "all agreements Jordan has signed", "said they would work together"."""
    _, quantified_rx, further_rx, many_rx = plural_accords()
    if status != "signed" and len(set(f.codes())) < 2 and further_rx.search(f.text):
        return True
    if instruments and re.search(r"\b(?:asked|wondered|unclear|uncertain)\s+(?:\w+\s+){0,6}?(?:whether|if)\b[^,;.]*$",
                                 f.text[:instruments[0][1] - f.span.start], re.I):
        return True
    if _EITHER.search(f.text) or _GENERIC_SIGNERS.search(f.text):
        return True
    if status == "ongoing" and len(set(f.codes())) < 2 and _UNNAMED_PARTNERS.search(f.text):
        return True  # "will expand cooperation with leading quantum countries in North America and Europe"
    quantified = [m.span() for m in quantified_rx.finditer(f.text)]
    if len(set(f.codes())) < 2:  # "the latest of several accords Ottawa has struck with allies": one state's accords in general
        quantified += [m.span() for m in many_rx.finditer(f.text)]
    if quantified and all(any(a <= i[1] - f.span.start < b for a, b in quantified) for i in instruments):
        return True
    return status == "ongoing" and bool(_INTENT.search(f.text)) and not strong_sign(f.text)


_GENERIC_SIGNERS = re.compile(r"\b(?:countries|states|nations|governments|partners|any country|any state)\s+(?:that|which|who)\s+"
                             r"(?:have|had|has|already)?\s*(?:\w+\s+)?(?:signed|agreed|joined|concluded)\b", re.I)
_UNNAMED_PARTNERS = re.compile(r"\b(?:with|among|between)\s+(?:\w+\s+){0,3}?(?:countries|nations|partners|states|economies)\b(?!\s+(?:such\s+as|including|like)\b)", re.I)
_EITHER = re.compile(r"\b(?:with|between)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:,\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)*,?\s+or\s+(?:the\s+)?[A-Z]")
@cache
def plural_accords() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Accords spoken of in general, from the plural nouns of instruments.toml: any of them ("similar
    agreements"), quantified ("all agreements"), further ones ("further partnerships"), many ("several accords")."""
    nouns = "|".join(load_vocabulary().instruments["plurals"]["nouns"])
    return (re.compile(rf"\b(?:{nouns})\b", re.I),
            re.compile(rf"\b(?:all|any|every|each of the|none of the)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b"
                       r"|\bany\s+(?:[\w-]+\s+){0,2}?(?:agreement|accord|deal|treaty|memorandum|mou|pact|arrangement)\b(?=[^.;]*\b(?:would|could|might)\b)", re.I),
            re.compile(rf"\b(?:further|more|other|new)\s+(?:[\w-]+\s+)?(?:{nouns})\b", re.I),
            re.compile(rf"\b(?:several|many|numerous|a (?:series|string|number|raft) of)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b", re.I))


_INTENT = re.compile(r"\b(?:would|will|to|could|may|might|plan to|aim to|intend to|hope to)\s+(?:\w+\s+)?(?:work|cooperate|co-operate|collaborate|partner)\b", re.I)


def names_another(f: SentenceFacts, instruments: list[tuple[str, int, int]]) -> bool:
    """ "another memorandum", "a second protocol", "builds on a partnership launched in 2022", "the ministers also
    signed a Memorandum": an accord of its own, never a repeat of one named before."""
    return any(_ANOTHER.search(f.text[:i[1] - f.span.start]) or BUILDS_ON.search(f.text[:i[1] - f.span.start])
               or _ALSO_SIGNED.search(f.text[:i[1] - f.span.start]) or _SAME_OCCASION_NEW.search(f.text[:i[1] - f.span.start]) for i in instruments)


_ANOTHER = re.compile(r"\b(?:another|(?:a|the)\s+(?:second|third|fourth|separate|further|additional))[,\s]+(?:[\w,-]+\s+){0,2}$", re.I)
_SAME_OCCASION_NEW = re.compile(r"^\s*(?:\d+\.\s+)?(?:(?:(?:At|During|On)\s+)?the\s+same\s+(?:ceremony|event|meeting|signing|occasion|visit|day)\b|(?:Alongside|Besides|In\s+addition\s+to)\s+the\s+[^,;]{1,60},)[^.;]*\b(?:a|an|two|three|four|several)\s+(?:set\s+of\s+)?(?:[\w-]+\s+){0,2}$", re.I)  # "At the same ceremony, NASA and AEB signed a complementary arrangement"
_ALSO_SIGNED = re.compile(r"\balso\s+(?:signed|inked|concluded|exchanged|adopted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)
BUILDS_ON = re.compile(r"\b(?:build(?:s|ing)?|built|draws?|drawing|drew)\s+on\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,6}$"
                       r"|\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing)|succeed(?:s|ed|ing))\s+(?:an?|the|its|their)\s+(?:earlier|existing|previous|old|original|first)\s+(?:[\w-]+\s+){0,4}$", re.I)
AMENDED = re.compile(r"\b(?:amend|renew|extend|updat|revis|upgrad|prolong)\w*\s+(?:the|their|its)\s+(?P<y>(?:19|20)\d\d)(?:\s+[\w-]+){0,3}\s*$", re.I)  # "amended their 2018 (intergovernmental) agreement"
