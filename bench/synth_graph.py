"""Synthetic accordgraph graphs at a target size, built by accordgraph's own mapping.

Seeded ExtractionRecords (2-5 parties out of about 200 countries and agencies,
dates at day, month and year precision, domains, signatories, programmes,
funding, evidence, events) go through `mapping.generate_document_graph`, their
claims through `merge.generate_accords_graph` per set of party countries, plus
the vocabulary graph: the same named graphs `Store.ingest` writes, as N-Quads
ready for `Store.bulk_load`. Several documents report each accord, at different
precisions and now and then with a conflicting day, so merging has work to do.
"""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

from accordgraph.mapping import generate_document_graph, generate_vocabulary_graph
from accordgraph.merge import generate_accords_graph
from accordgraph.records import DOMAINS, INSTRUMENTS, Agreement, Event, Evidence, ExtractionRecord, Funding, Signatory
from accordgraph.store import claims_of_graph
from accordgraph.vocabulary import load_vocabulary

BIG = ["USA", "JPN", "CHN", "DEU", "FRA", "GBR", "IND", "KOR", "AUS", "CAN", "ITA", "BRA", "SGP", "ISR", "NLD",
       "SWE", "DNK", "FIN", "NOR", "CHE", "ESP", "POL", "IDN", "VNM", "ZAF", "ARE", "SAU", "EU", "MEX", "NZL"]
FIRST = ["Akira", "Maria", "John", "Priya", "Lars", "Chen", "Fatima", "Olu", "Sofia", "Kenji", "Anna", "Raj",
         "Elena", "Tomas", "Amina", "Hiro", "Claire", "Diego", "Ingrid", "Kwame"]
LAST = ["Tanaka", "Schmidt", "Smith", "Sharma", "Nielsen", "Wang", "Haddad", "Adeyemi", "Rossi", "Sato", "Kowalski",
        "Patel", "Petrova", "Novak", "Diallo", "Suzuki", "Martin", "Garcia", "Larsen", "Mensah"]
POSTS = ["Minister of Science", "Minister of Foreign Affairs", "Ambassador", "Secretary of State for Digital",
         "Minister of Industry", "President of the agency"]


def party_pool(rng: random.Random, size: int = 200) -> tuple[list[str], list[float]]:
    """About `size` party codes (big players first, then countries and agencies), Zipf-weighted."""
    vocab = load_vocabulary()
    countries = sorted(p.code for p in vocab.countries() if p.code not in BIG)
    agencies = sorted(p.code for p in vocab.parties.values() if not p.is_state and p.country in vocab.parties)
    rng.shuffle(countries)
    rng.shuffle(agencies)
    pool = BIG + countries[: size - len(BIG) - 30] + agencies[:30]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(pool))]
    return pool, weights


class RecordFactory:
    """Seeded synthetic extraction records; each accord is reported by several documents."""

    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.vocab = load_vocabulary()
        self.pool, self.weights = party_pool(self.rng)
        self.programmes = sorted(self.vocab.programmes)
        self.accords: list[dict] = []
        self.instruments = [i for i in INSTRUMENTS if i != "unspecified"]

    def _parties(self) -> list[str]:
        n = self.rng.choices([2, 3, 4, 5], weights=[62, 18, 12, 8])[0]
        out: set[str] = set()
        while len(out) < n:
            out.add(self.rng.choices(self.pool, weights=self.weights)[0])
        return sorted(out)

    def _new_accord(self) -> dict:
        r = self.rng
        parties = self._parties()
        countries = sorted({self.vocab.parties[p].country for p in parties})
        if len(countries) < 2:
            return self._new_accord()
        return {
            "parties": parties, "countries": countries, "instrument": r.choice(self.instruments),
            "status": r.choices(["signed", "planned", "ongoing", "negotiating"], weights=[75, 10, 10, 5])[0],
            "domains": sorted(set(r.sample(DOMAINS, r.choice([1, 1, 2, 3])))),
            "date": f"{r.randint(2000, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
            "place": self.vocab.parties[countries[0]].capital if r.random() < 0.5 else None,
            "name": f"{r.choice(['Tokyo', 'Berlin', 'Delhi', 'Ottawa', 'Seoul', 'Paris'])} Statement on {r.choice(['Quantum', 'Chips', 'Space', 'AI'])} Cooperation {len(self.accords)}" if r.random() < 0.15 else None,
            "signatories": [(f"{r.choice(FIRST)} {r.choice(LAST)}", p, r.choice(POSTS)) for p in parties[:2] if r.random() < 0.4],
            "programmes": r.sample(self.programmes, 1) if r.random() < 0.1 else [],
            "funding": [(float(r.randint(1, 500)) * 1e6, r.choice(["USD", "EUR", "JPY"]), parties[0])] if r.random() < 0.1 else [],
        }

    def _report(self, acc: dict, text: list[str], pos: list[int]) -> Agreement:
        r = self.rng
        date = acc["date"]
        if r.random() < 0.03:
            date = date[:8] + f"{(int(date[8:]) % 28) + 1:02d}"  # a source that disagrees on the day
        date = date[: r.choice([10, 10, 7, 4])]
        sentence = f"{' and '.join(acc['parties'])} signed a {acc['instrument'].replace('_', ' ')} on {' and '.join(acc['domains'])} on {date}."
        ev = Evidence(start=pos[0], end=pos[0] + len(sentence), text=sentence)
        text.append(sentence)
        pos[0] += len(sentence) + 1
        return Agreement(
            parties=acc["parties"], party_countries=acc["countries"], name=acc["name"], instrument=acc["instrument"],
            status=acc["status"], domains=acc["domains"], signed=date if acc["status"] == "signed" else None,
            place=acc["place"], signatories=[Signatory(name=n, party=p, post=post) for n, p, post in acc["signatories"]],
            programmes=acc["programmes"], funding=[Funding(amount=a, currency=c, party=p) for a, c, p in acc["funding"]],
            evidence=[ev], confidence=round(r.uniform(0.5, 1.0), 2),
        )

    def record(self, i: int) -> ExtractionRecord:
        """The record of synthetic document number `i`."""
        r = self.rng
        text: list[str] = []
        pos = [0]
        agreements = []
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            if not self.accords or r.random() < 0.55:
                self.accords.append(self._new_accord())
                acc = self.accords[-1]
            else:
                acc = self.accords[max(0, len(self.accords) - 1 - int(r.expovariate(1 / 200)))]
            agreements.append(self._report(acc, text, pos))
        events = []
        if r.random() < 0.2:
            s = f"Ministers will meet in {r.randint(2025, 2027)}."
            events.append(Event(kind=r.choice(["ministerial_meeting", "workshop", "summit"]), parties=agreements[0].parties[:2],
                                date=f"{r.randint(2025, 2027)}", label="follow-up meeting",
                                evidence=[Evidence(start=pos[0], end=pos[0] + len(s), text=s)]))
        pub = f"{r.randint(2000, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        return ExtractionRecord(document=f"synthetic_{i:07d}.txt", published=pub, title=f"Synthetic report {i}",
                                agreements=agreements, events=events)


def _nquads(g, out: list[str]) -> int:
    gname = f"<{g.identifier}>"
    n = 0
    for s, p, o in g:
        out.append(f"{s.n3()} {p.n3()} {o.n3()} {gname} .")
        n += 1
    return n


def _estimate_per_doc(seed: int) -> float:
    f = RecordFactory(seed + 1000)
    docs, claims = 0, defaultdict(list)
    triples = 0
    for i in range(300):
        g = generate_document_graph(f.record(i), f"synthetic_{i:07d}.txt", sha256=f"{i:064x}")
        triples += len(g)
        for c in claims_of_graph(g):
            claims[c.countries].append(c)
        docs += 1
    triples += sum(len(generate_accords_graph(cs, k)) for k, cs in claims.items())
    return triples / docs


def generate_graph(target: int, path: Path, seed: int = 7) -> dict:
    """Write an N-Quads file of about `target` triples (quads) to `path`; return its shape."""
    n_docs = max(20, int(target / _estimate_per_doc(seed)))
    f = RecordFactory(seed)
    claims = defaultdict(list)
    lines: list[str] = []
    quads = _nquads(generate_vocabulary_graph(), lines)
    for i in range(n_docs):
        doc_id = f"synthetic_{i:07d}.txt"
        g = generate_document_graph(f.record(i), doc_id, sha256=f"{i:064x}")
        quads += _nquads(g, lines)
        for c in claims_of_graph(g):
            claims[c.countries].append(c)
    for key in sorted(claims):
        quads += _nquads(generate_accords_graph(claims[key], key), lines)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)
    return {"quads": quads, "documents": n_docs, "claim_keys": len(claims),
            "claims": sum(len(v) for v in claims.values()), "accord_pool": len(f.accords)}
