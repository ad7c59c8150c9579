"""People who stand for a state: "Macron and Scholz signed", "Yoon and Tokayev adopted".

A document's `PersonIndex` knows two kinds of names: office holders of the
shipped `leaders.csv` in office around the document's date, and people the
document itself introduces with their country ("Spain's prime minister, Pedro
Sánchez", "Zambian Foreign Minister Stanley Kakubo"). Later a full name or a
surname alone maps back to the state. An ambiguous surname maps to nothing.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Optional

from . import people
from .mentions import PartyMention, SentenceFacts
from .party_filters import drop_chairs
from .names import lexicon, not_a_name
from .vocabulary import load_vocabulary

_WORDS = r"[A-Z][\w’'.-]+(?:\s+(?:(?:de|da|van|von|der|den|bin|al|el|di|du|la|le|dos|das)\s+)*[A-Z][\w’'.-]+)"
_NAME = _WORDS + "{1,3}"  # "Kyriakos Mitsotakis", "Mohammed bin Salman"
_ONE_OR_MORE = _WORDS + "{0,3}"  # "Kishida" too
_FAMILY_FIRST = {"CHN", "KOR", "PRK", "TWN", "VNM", "KHM", "MNG", "HUN"}
_TITLE_WORDS = {"President", "Premier", "Prime", "Chairman", "General", "Secretary", "Minister", "Mr", "Mr.", "Dr", "Dr."}


@dataclass(frozen=True)
class Leader:
    name: str
    country: str
    role: str
    start: Optional[int]
    end: Optional[int]
    aliases: tuple[str, ...] = ()


@cache
def leaders() -> tuple[Leader, ...]:
    """Office holders shipped in vocab/leaders.csv (none if the file is absent)."""
    path = resources.files("accordgraph") / "vocab" / "leaders.csv"
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    year = lambda v: int(v) if (v or "").strip().isdigit() else None  # noqa: E731
    return tuple(Leader(r["name"].strip(), r["country"].strip(), r.get("role", "").strip(), year(r.get("start")), year(r.get("end")),
                        tuple(a.strip() for a in (r.get("aliases") or "").split("|") if a.strip())) for r in rows if r.get("name"))


def _forms(name: str, country: str) -> list[str]:
    words = name.split()
    forms = [name]
    if len(words) >= 2:
        forms.append(words[-1])
        if country in _FAMILY_FIRST and words[0] not in _TITLE_WORDS:  # "Wang" of "Wang Yi", not "President" of "President Xi"
            forms.append(words[0])
    return forms


@cache
def _leader_table(year: Optional[int]) -> tuple[dict[str, str], Optional[re.Pattern], dict[str, str], dict[str, list[str]], dict[str, str]]:
    """Office holders around `year` whose names point to exactly one state: their
    full names and one pattern for them (built once per year, shared by every
    document), their one-word forms, and each full name's one-word forms."""
    known = load_vocabulary().parties
    common = load_vocabulary().common_words
    full: dict[str, set[str]] = {}
    short: dict[str, set[str]] = {}
    forms_of: dict[str, list[str]] = {}
    whole: dict[str, str] = {}  # any form -> the person's full name
    serving = lambda leader: not year or (leader.start or 0) - 1 <= year <= (leader.end or 9999) + 1  # noqa: E731
    for leader in sorted(leaders(), key=lambda x: not serving(x)):  # holders first: a name is theirs before a past post's
        if leader.country not in known:
            continue
        in_office = serving(leader)
        words = [a for a in (leader.name, *leader.aliases)]
        singles = [a for a in words if " " not in a] + [f for a in words if " " in a for f in _forms(a, leader.country)[1:]]
        singles = [w for w in singles if len(w) > 2 and w.lower() not in common]
        for alias in words if in_office else [a for a in words if " " in a and a not in full]:  # a full name is anyone's; a surname alone only the holder's
            if " " in alias:
                full.setdefault(alias, set()).add(leader.country)
                forms_of[alias] = singles
            whole.setdefault(alias, leader.name)
        for w in singles if in_office else []:
            short.setdefault(w, set()).add(leader.country)
            whole.setdefault(w, leader.name)
    names = {k: next(iter(v)) for k, v in full.items() if len(v) == 1}
    shorts = {k: next(iter(v)) for k, v in short.items() if len(v) == 1}
    return names, _pattern(names), shorts, forms_of, whole


def _pattern(names) -> Optional[re.Pattern]:
    if not names:
        return None
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:{alts})(?![\w’'-])")


_TITLED = re.compile(r"\b(?:President|Prime Minister|PM|Premier|Chancellor|Minister|Secretary|King|Queen|Emir|Sheikh|Crown Prince|"
                     r"Prince|Sultan|Vice[- ]President|Governor|Commissioner|Administrator|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+$")


class PersonIndex:
    """Names that stand for a state in one document. A surname alone counts once the
    document has named the person in full, or right after a title ("Chancellor Scholz")."""

    def __init__(self, anchor: Optional[date] = None) -> None:
        self._known, self._known_rx, self._shorts, self._forms_of, self._whole = _leader_table(anchor.year if anchor else None)
        self._short_rx = _pattern(self._shorts)
        self._learned: dict[str, str] = {}
        self._learned_full: dict[str, str] = {}
        self._learned_rx: Optional[re.Pattern] = None
        self._by_word: dict[str, Optional[str]] = {}  # a word of a full name the document gave -> that name; None when two share it
        self._by_post: dict[str, dict[str, Optional[str]]] = {}  # "prime minister" -> {full name: country}
        self._before: Optional[SentenceFacts] = None  # the sentence before, whose last person "he and ..." here may be

    def full_name(self, form: str) -> str:
        """ "Habeck" -> "Robert Habeck", as the document or the shipped office holders give it."""
        if " " in form and form.split()[0] in _TITLE_WORDS:  # "President Yoon", a leader's alias
            form = form.split(None, 1)[1]
        if " " in form:
            return form  # a full name stays as the document writes it ("Cristina Fernandez de Kirchner")
        return self._learned_full.get(form) or self._whole.get(form) or form

    def by_surname(self, word: str) -> Optional[str]:
        """ "Urpilainen" -> "Jutta Urpilainen", once the document has named her in full; None when
        no one, or more than one person, it named carries that word."""
        return self._by_word.get(word)

    def _remember(self, forms: list[str], country: str, full: Optional[str] = None) -> None:
        for form in forms:
            self._learned_full.setdefault(form, full or forms[0])
            if self._learned.get(form) != country:
                self._learned[form] = country
                self._learned_rx = None

    def learn(self, f: SentenceFacts) -> None:
        """Remember people this sentence introduces with their country."""
        heads = _post_heads()
        base = f.span.start
        for full in people.full_names(f.text):
            words = full.split()
            for word in {words[-1], words[0]} if len(words) <= 3 else {words[-1]}:  # "Wang Yi" is Wang, "Lee Jong-ho" Lee
                if len(word) > 2 and self._by_word.get(word, full) == full:
                    self._by_word[word] = full
                elif len(word) > 2:
                    self._by_word[word] = None
        for p in f.parties:
            after = f.text[p.end - base:]
            before = f.text[:p.start - base]
            if p.kind != "country":  # "Pascale Ehrenfreund, chair of the German Aerospace Center": known by surname later
                m = re.search(rf"(?P<n>{_NAME}),\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?i:{heads})\s+(?:of|at)\s+(?:the\s+)?$", before)
                if m:
                    full = m.group("n").rstrip(".,")
                    self._learned_full.setdefault(full.split()[-1], full)
                continue
            m = re.match(rf"(?:[’']s)?\s+(?:[\w-]+\s+){{0,6}}?(?:{heads})\s*,?\s+(?P<n>{_NAME})", after)
            if not m:
                m = re.search(rf"(?P<n>{_NAME}),\s+(?:the\s+)?$", before) if re.match(rf"(?:[’']s)?\s+(?:[\w-]+\s+){{0,6}}?(?:{heads})\b", after) else None
            if m:
                self._remember(_forms(m.group("n").rstrip(".,"), p.country), p.country)
        self._learn_posts(f)
        if self._known_rx is not None:
            for m in self._known_rx.finditer(f.text):  # "Olaf Scholz" here lets "Scholz" count later
                self._remember(self._forms_of.get(m.group(), []), self._known[m.group()], m.group())

    def _learn_posts(self, f: SentenceFacts) -> None:
        """ "Greek Prime Minister Kyriakos Mitsotakis": who holds which post, for "the Prime Minister" later."""
        posts, _ = _held_posts()
        for m in re.finditer(rf"(?<![\w-])(?P<post>{posts})(?:\s+of\s+(?P<of>[^,;()]{{3,60}}?),)?,?\s+(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)\s+)?"
                             rf"(?P<n>{_ONE_OR_MORE})", f.text):  # "Crown Prince Mohammed bin Salman", "the Crown Prince of Saudi Arabia, Mohammed bin Salman"
            words = re.sub(r"[’']s$", "", m.group("n")).rstrip(".,").split()
            if not_a_name(words) or (len(words) == 1 and not self.by_surname(words[0]) and words[0] not in self._whole):
                continue
            name = self.by_surname(words[0]) or self._whole.get(words[0]) if len(words) == 1 else " ".join(words)
            name = name and re.sub(r"^(\S+ bin \S+) bin .*", r"\1", name)  # "Mohammed bin Salman bin Abdulaziz Al Saud" goes by "Mohammed bin Salman"
            country = next((p.country for p in f.parties if p.kind == "country" and (0 <= m.start() - (p.end - f.span.start) <= 3
                                                                                      or m.start("of") <= p.start - f.span.start < m.end("of"))), None) \
                or self._known.get(name) or self._learned.get(name)  # "Saudi Crown Prince X", or a known office holder
            holders = self._by_post.setdefault(_post_key(m.group("post")), {})
            if name and not any(name in h or h in name for h in holders):
                holders[name] = country

    def post_holders(self, f: SentenceFacts) -> list[tuple[str, Optional[str], int]]:
        """People a sentence names by a post the document gave them before: "the Prime Minister and
        the Crown Prince signed" (one holder each), "the two leaders signed" (exactly two): (name, country, offset)."""
        posts, leader_posts = _held_posts()
        out = []
        for m in re.finditer(rf"\bthe\s+(?:two\s+(?P<many>{posts}|leader)s|(?P<one>{posts}))\b(?!\s+(?:of|for|to)\b|\s+(?-i:[A-Z]))", f.text, re.I):
            if m.group("one"):
                holders = self._by_post.get(_post_key(m.group("one")), {})
                if len(holders) == 1:
                    (name, country), = holders.items()
                    out.append((name, country, f.span.start + m.start()))
                continue
            keys = leader_posts if m.group("many").lower() == "leader" else [_post_key(m.group("many"))]
            holders = {n: c for k in keys for n, c in self._by_post.get(k, {}).items()}
            countries = [c for c in holders.values() if c]
            if len(holders) == 2 and len(set(countries)) == len(countries):  # two people, not two of one state
                out.extend((name, country, f.span.start + m.start()) for name, country in holders.items())
        return out

    def stand_for_states(self, f: SentenceFacts) -> None:
        """ "Macron and Scholz signed": in a sentence naming fewer than two parties, the people it names stand for their states;
        "he and Japan's prime minister signed" after a sentence on Trump: "he" stands for Trump's."""
        before, self._before = self._before, f
        if len(set(f.codes())) >= 2:
            return
        named = {p.country for p in f.parties}
        people_of = [p for p in self.mentions(f) if p.code not in named]
        he = _HE_AND.search(f.text)
        told = self.mentions(before) if he and before is not None and not people_of else []
        last = told[-1].code if told else None
        if last and last not in named:
            people_of = [PartyMention(last, last, "country", f.span.start + he.start("p"), f.span.start + he.end("p"), "pronoun")]
        if len(named | {p.code for p in people_of}) >= 2:
            f.parties = sorted(f.parties + people_of, key=lambda p: p.start)
            drop_chairs(f)  # "Ghazouani, who chairs the African Union": the bloc, not his state

    def mentions(self, f: SentenceFacts) -> list[PartyMention]:
        """The people of this sentence who stand for a state, as party mentions."""
        if self._learned_rx is None and self._learned:
            self._learned_rx = _pattern(self._learned)
        found: dict[tuple[int, int], str] = {}
        untitled: dict[tuple[int, int], str] = {}
        for rx, names, kind in ((self._learned_rx, self._learned, "learned"), (self._known_rx, self._known, "full"),
                                (self._short_rx, self._shorts, "short")):
            if rx is None:
                continue
            for m in rx.finditer(f.text):
                if any(m.start() < e and s < m.end() for s, e in found):
                    continue
                word = m.group().split()[-1]
                if kind == "short" and any(word in full.split() and full not in self._known and self._learned.get(full) != names[m.group()]
                                           for full in set(self._learned_full.values())):
                    continue  # "Sheikh Abdullah" after "Sheikh Abdullah bin Zayed Al Nahyan": the person this document named, not a leader
                if kind == "short" and not _TITLED.search(f.text[:m.start()]):
                    untitled[(m.start(), m.end())] = names[m.group()]
                    continue  # "Johnson & Johnson" is not the prime minister
                if kind != "learned" and " " not in m.group() and re.match(r"\s+[A-Z][a-z]", f.text[m.end():]):
                    continue  # "Philippe Baptiste" is not King Philippe
                found[(m.start(), m.end())] = names[m.group()]
        for (s, e), country in untitled.items():  # "Clinton and Blair issued a joint statement": two leaders named together
            if any(re.fullmatch(r"\s+and\s+", f.text[e:s2]) or re.fullmatch(r"\s+and\s+", f.text[e2:s]) for s2, e2 in {**found, **untitled}
                   if (s2, e2) != (s, e) and {**found, **untitled}[(s2, e2)] != country):
                found[(s, e)] = country
        out = []
        for (s, e), country in sorted(found.items()):
            party = load_vocabulary().parties.get(country)
            out.append(PartyMention(country, country, party.kind if party else "country", f.span.start + s, f.span.start + e, "person"))
        return out


_HE_AND = re.compile(r"(?:^|,\s+)(?P<p>[Hh]e|[Ss]he)\s+and\s+")  # "On Tuesday in Tokyo, he and Japan's new prime minister signed"


@cache
def _post_heads() -> str:
    lex = lexicon()
    words = set(lex["post_heads"]) | set(lex["post_lower"])
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))



def _post_key(post: str) -> str:
    return re.sub(r"[\s-]+", " ", post.lower())  # "Director-General" is "director general"


@cache
def _held_posts() -> tuple[str, list[str]]:
    """The posts a document refers back to, as a regex alternation, and the ones "the two leaders" covers."""
    lex = lexicon()
    return ("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lex["held_posts"], key=len, reverse=True)),
            [_post_key(w) for w in lex["leader_posts"]])
