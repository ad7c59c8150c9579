"""The details of an accord read from its sentences: its own name ("Tokyo Statement
on Quantum Cooperation"), the programmes that carry it ("under the SIP programme",
"both memorandums ... Horizon Europe") and its funding."""

from __future__ import annotations

import re
from typing import Optional

from .drafts import Draft
from .mentions import SentenceFacts
from .records import Evidence, Funding

UNDER = re.compile(r"\b(?:under|through|via|within|as part of)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w’'-]*\s+){0,2}?(?P<name>(?:[A-Z][\w’'&*+-]*\s+){0,5}[A-Z][\w’'&*+-]*)\s+(?:programme|program|initiative|scheme|mission|fund)\b")


_NAME = re.compile(r"\b(?:the\s+)?(?P<name>(?:[A-Z][\w’'-]*\s+(?:(?:on|of|for|and|in|to|the)\s+)*){1,7}(?:Statement|Accords?|Agreement|Declaration|Arrangement|Treaty|Partnership|Compact|Charter|Memorandum|Pact|Alliance|Initiative|Framework|Dialogue)(?:\s+(?:on|for|of)(?:\s+(?:the|and|[A-Z][\w’'-]*))*\s+[A-Z][\w’'-]*)?)")


_GENERIC_NAMES = re.compile(r"^(?:(?:a|an|the|joint|new|signed|this|that|their|its|bilateral)\s+)*(?:memorandum of (?:understanding|cooperation)|letter of intent|joint (?:statement|declaration)|framework agreement|implementing arrangement|strategic partnership|partnership|agreement|treaty|statement|declaration)$", re.I)


_PLURAL_BACK = re.compile(r"\b(?:both|all (?:two|three|four|five)|the two|these|the three)\s+(?:[\w-]+\s+){0,3}?(?:agreements|memorandums|memoranda|accords|partnerships|deals|arrangements|declarations|statements|mous|pacts)\b", re.I)


_HOW_MANY = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}


def attach_programmes(drafts: list[Draft], f: SentenceFacts, ctx_parties: list[str]) -> None:
    """Programmes named in a sentence with no accord of its own go to the accord it is
    about: the one with its parties, or the last ones when it says "both memorandums"."""
    progs = programmes_of(f)
    if not progs or not drafts:
        return
    ev = Evidence(start=f.span.start, end=f.span.end, text=f.text)
    plural = _PLURAL_BACK.search(f.text)
    if plural:
        n = next((v for k, v in _HOW_MANY.items() if re.search(rf"\b{k}\b", plural.group(), re.I)), 2)
        targets = drafts[-n:]
    else:
        parties = frozenset(f.codes()) if len(f.codes()) >= 2 else frozenset(ctx_parties)
        targets = [next((d for d in reversed(drafts) if d.parties == parties or (len(f.codes()) < 2 and d.parties >= frozenset(f.codes()))), None)]
    for d in targets:
        if d is not None:
            d.programmes = list(dict.fromkeys(d.programmes + progs))
            d.evidence.append(ev)


def programmes_of(f: SentenceFacts) -> list[str]:
    found = [code for code, _, _ in f.programmes]
    for m in UNDER.finditer(f.text):
        name = m.group("name").strip()
        if name and name.split()[0] not in ("The",) and not any(name in p for p in found):
            found.append(name)
    for m in _NAMED_PROGRAMME.finditer(f.text):  # "the General Support Technology Programme (GSTP)": named with its short form
        if not any(m.group("acr") in p or p in m.group("name") for p in found):
            found.append(m.group("acr"))
    for m in _APPOSED_PROGRAMME.finditer(f.text):  # "ProSAVANA, a triangular programme between Japan, Brazil and Mozambique"
        if not any(p.start - f.span.start <= m.start("name") < p.end - f.span.start for p in f.parties) and not any(m.group("name") in p for p in found):
            found.append(m.group("name"))
    return list(dict.fromkeys(found))


_APPOSED_PROGRAMME = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w-]*[A-Z0-9][\w-]*),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:programme|program)\b")
_NAMED_PROGRAMME = re.compile(r"\b(?P<name>(?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|in|on)\s+)?){1,6}(?:Programme|Program|Initiative|Mission|Project))\s+\((?P<acr>[A-Z][A-Za-z0-9-]{1,10})\)")


def funding_of(f: SentenceFacts) -> list[Funding]:
    out = []
    for m in f.money:
        before = [p for p in f.parties if p.end <= m.start]
        party = before[-1].country if before else None
        out.append(Funding(amount=m.amount, currency=m.currency, per=m.per, party=party))
    return out


def headline_case(text: str) -> bool:
    """ "Morocco And Germany Sign Agreement To Develop Green Hydrogen": small words capitalised mid-sentence, so capitals name nothing."""
    return bool(re.search(r"(?<=\w[\s,])(?:And|To|In|With|For|Are|Is|As|Sign|Signs|Signed|Inks|Seal|Seals)\s+[A-Z]", text))


def name_of(text: str) -> Optional[str]:
    if headline_case(text):
        return None
    for m in _NAME.finditer(text):
        name = re.sub(r"\s+(?:on|of|for)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
                      r"|August|September|October|November|December)\b.*$", "", m.group("name").strip())  # not "... Agreement on Monday"
        if len(name.split()) >= 2 and not _GENERIC_NAMES.match(name) and not name.split()[0] in ("This", "That", "These", "A", "An", "Both"):
            if re.search(r"\b(Statement|Accords?|Declaration|Treaty|Charter|Compact|Pact|Arrangement)\b", name) and len(name.split()) >= 3 or name.endswith(("Accords", "Treaty", "Compact", "Charter")) \
                    or name.endswith("Agreement") and len(name.split()) >= 3:  # "the Nuclear Material Transfer Agreement"
                return re.sub(r"^The\s+", "", name)
    return None


_IS_A = re.compile(r"^\s*(?:The|Its|That|This)\s+(?:main\s+|signed\s+|final\s+)?(?:text|document|deal|accord|agreement|pact|instrument)\s+(?:is|was)\s+(?:an?|the)\b", re.I)


_THE_KIND = re.compile(r"^\s*(?:The|This|That)\s+(?:new\s+|[\w-]+\s+){0,2}$")


def described_as(drafts: list[Draft], f: SentenceFacts, generic: tuple[str, ...]) -> bool:
    """ "The main text is an intergovernmental protocol on ...": the kind of the accord just
    told, when its own sentence gave only a generic word ("a long-delayed deal"); and "signed a
    roadmap on AI. The partnership covers ...": the noun a sentence soon after opens with names it."""
    if not drafts or drafts[-1].instrument not in generic:
        return False
    if not _IS_A.match(f.text):
        last = drafts[-1]
        opening = [key for key, s, _ in f.instruments[:1] if _THE_KIND.match(f.text[:s - f.span.start])]
        if last.instrument != "unspecified" or not opening or not last.evidence or not 0 <= f.span.start - last.evidence[-1].end <= 250:
            return False
        last.instrument = opening[0]
        last.add_evidence([Evidence(start=f.span.start, end=f.span.end, text=f.text)])
        return True
    kinds = [key for key, _, _ in f.instruments if key not in generic] or [key for key, _, _ in f.instruments if key == "agreement"]
    if not kinds:
        return False
    drafts[-1].instrument = kinds[0]
    drafts[-1].add_evidence([Evidence(start=f.span.start, end=f.span.end, text=f.text)])
    return True
