"""Score extraction records against gold records, as extraction-format.md says.

The matching rules are those of ../shared/tools/score.py: documents paired by
file stem; two agreements match when their party sets are equal (scored once
on `parties`, once on `party_countries`) and they share a domain (or either
has none); on matched pairs every other field is scored on its own.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Iterable, Optional

from pydantic import ValidationError

from .errors import InputError
from .records import ExtractionRecord

FIELDS = ("signed", "instrument", "status", "place", "signatories", "programmes")


def load_gold(path: str | Path) -> list[ExtractionRecord]:
    """Every gold record in a folder (or one file), each checked by the models."""
    p = Path(path)
    files = sorted(p.rglob("*.json")) if p.is_dir() else [p]
    if not files or not p.exists():
        raise InputError(f"No gold records (*.json) at {path}. Give a folder such as data/gold/test.")
    out = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
            docs = data.get("documents", [data]) if isinstance(data, dict) else data
            out.extend(ExtractionRecord.model_validate(d) for d in docs)
        except (json.JSONDecodeError, ValidationError) as e:
            raise InputError(f"{f}: not a valid gold record: {str(e).splitlines()[0]}. Fix the file (see extraction-format.md).") from None
    return out


def stem(name: str) -> str:
    return Path(name).stem


def _parties(a: dict, level: str) -> frozenset[str]:
    return frozenset(str(p).strip().upper() for p in (a.get(level) or a.get("parties") or []))


def _same(g: dict, p: dict, level: str) -> bool:
    if _parties(g, level) != _parties(p, level):
        return False
    gd, pd = set(g.get("domains") or []), set(p.get("domains") or [])
    return not gd or not pd or bool(gd & pd)


def date_right(gold: Optional[str], pred: Optional[str]) -> bool:
    """Equal at the gold's precision (a `--MM-DD` gold matches any year)."""
    gold, pred = (gold or "").strip() or None, (pred or "").strip() or None
    if gold is None:
        return pred is None
    if pred is None:
        return False
    if gold.startswith("--"):
        return pred == gold or pred.endswith(gold[1:])
    return pred == gold or pred.startswith(gold + "-")


def _names(items) -> set[str]:
    out = set()
    for it in items or []:
        v = it.get("name") if isinstance(it, dict) else it
        if v:
            out.add(" ".join(str(v).lower().split()))
    return out


def score(gold: Iterable[ExtractionRecord], pred: Iterable[ExtractionRecord], level: str = "parties") -> dict:
    """Precision, recall, F1, field accuracy, per-domain figures, instrument confusion, errors."""
    golds = {stem(r.document): r.model_dump(mode="json") for r in gold}
    preds = {stem(r.document): r.model_dump(mode="json") for r in pred}
    tp = fp = fn = 0
    fields = {f: [0, 0] for f in FIELDS}
    by_domain: dict[str, Counter] = defaultdict(Counter)
    confusion: Counter = Counter()
    misses, spurious, wrong = [], [], []
    for k, g in golds.items():
        pas = list(preds.get(k, {}).get("agreements", []))
        used: set[int] = set()
        for ga in g.get("agreements", []):
            hit = next((i for i, pa in enumerate(pas) if i not in used and _same(ga, pa, level)), None)
            doms = ga.get("domains") or ["(none)"]
            if hit is None:
                fn += 1
                for d in doms:
                    by_domain[d]["fn"] += 1
                misses.append({"document": k, "parties": sorted(_parties(ga, level)), "domains": ga.get("domains"), "signed": ga.get("signed")})
                continue
            used.add(hit)
            tp += 1
            for d in doms:
                by_domain[d]["tp"] += 1
            pa = pas[hit]
            confusion[(ga.get("instrument") or "unspecified", pa.get("instrument") or "unspecified")] += 1
            checks = {
                "signed": (True, date_right(ga.get("signed"), pa.get("signed"))),
                "instrument": (ga.get("instrument") not in (None, "unspecified"), ga.get("instrument") == pa.get("instrument")),
                "status": ("status" in ga, ga.get("status") == pa.get("status")),
                "place": (bool(ga.get("place")), (ga.get("place") or "").lower() == (pa.get("place") or "").lower()),
                "signatories": (bool(ga.get("signatories")), _names(ga.get("signatories")) == _names(pa.get("signatories"))),
                "programmes": (bool(ga.get("programmes")), _names(ga.get("programmes")) == _names(pa.get("programmes"))),
            }
            for f, (counts, ok) in checks.items():
                if counts:
                    fields[f][1] += 1
                    fields[f][0] += int(ok)
                    if not ok:
                        wrong.append({"document": k, "field": f, "parties": sorted(_parties(ga, level)),
                                      "gold": ga.get(f), "pred": pa.get(f)})
        for i, pa in enumerate(pas):
            if i not in used:
                fp += 1
                for d in pa.get("domains") or ["(none)"]:
                    by_domain[d]["fp"] += 1
                ev = (pa.get("evidence") or [{}])[0].get("text")
                spurious.append({"document": k, "parties": sorted(_parties(pa, level)), "domains": pa.get("domains"), "signed": pa.get("signed"), "evidence": ev})
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "level": level,
        "documents": len(golds),
        "documents_without_prediction": sum(1 for k in golds if k not in preds),
        "tp": tp, "fp": fp, "fn": fn,
        "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,  # rounded only when shown
        "fields": {f: {"right": ok, "scored": n, "accuracy": round(ok / n, 4) if n else None} for f, (ok, n) in fields.items()},
        "by_domain": {d: _prf(c) for d, c in sorted(by_domain.items())},
        "instrument_confusion": [{"gold": g, "pred": p_, "count": n} for (g, p_), n in sorted(confusion.items())],
        "misses": misses, "spurious": spurious, "wrong_fields": wrong,
    }


def _prf(c: Counter) -> dict:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return {"tp": c["tp"], "fp": c["fp"], "fn": c["fn"], "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def evaluate(gold_dir: str | Path, corpus_root: str | Path = ".",
             extractor: Optional[Callable[[str], ExtractionRecord]] = None) -> dict:
    """Extract every gold record's document and score it, on parties and on party_countries.

    Documents are found at each gold record's `document` path, relative to
    `corpus_root` (the repository root by default).
    """
    from .documents import load
    from .extractor import extract

    gold = load_gold(gold_dir)
    run = extractor or (lambda path: extract(load(path)))
    preds = []
    for g in gold:
        path = Path(corpus_root) / g.document
        if not path.exists():
            raise InputError(f"Gold record names {g.document}, which is not at {path}. Run eval from the repository root or give --corpus-root.")
        preds.append(run(str(path)))
    return {
        "gold": str(gold_dir),
        "parties": score(gold, preds, "parties"),
        "countries": score(gold, preds, "party_countries"),
        "negatives": _negatives(gold, preds),
    }


def _negatives(gold: list[ExtractionRecord], preds: list[ExtractionRecord]) -> dict:
    """Documents whose gold has no signed agreement: how many gained one anyway."""
    pred = {stem(p.document): p for p in preds}
    neg = [g for g in gold if not any(a.status == "signed" for a in g.agreements)]
    bad = [stem(g.document) for g in neg if any(a.status == "signed" for a in pred[stem(g.document)].agreements)]
    return {"documents": len(neg), "with_signed_prediction": len(bad), "which": bad}
