"""`accordgraph eval` agrees with the reference scorer and reports every figure as numbers."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from accordgraph.cli import app
from accordgraph.evaluation import date_right, load_gold, score
from accordgraph.records import ExtractionRecord

from .conftest import ROOT, SHARED

SCORER = SHARED / "tools" / "score.py"


def test_date_is_right_at_the_golds_precision():
    assert date_right("2019", "2019-12-19") and date_right("2025-01", "2025-01")
    assert not date_right("2019-12", "2019") and not date_right("2025-01-02", "2025-01-03")
    assert date_right("--05-30", "2024-05-30") and date_right(None, None) and not date_right(None, "2020")


def _records(agreements):
    return [ExtractionRecord.model_validate({"document": "d.txt", "agreements": agreements})]


def test_matching_rules_of_the_format():
    gold = _records([{"parties": ["JPN", "USA"], "domains": ["quantum"], "signed": "2019"},
                     {"parties": ["JPN", "JST"], "party_countries": ["JPN"], "domains": ["space"]}])
    pred = _records([{"parties": ["JPN", "USA"], "domains": ["quantum", "ai"], "signed": "2019-12-19"},
                     {"parties": ["DNK", "JPN"], "domains": []}])
    s = score(gold, pred)
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 1) and s["fields"]["signed"]["right"] == 1


@pytest.mark.skipif(not SCORER.exists(), reason="the reference scorer (../shared/tools/score.py) is not beside this checkout")
def test_eval_agrees_with_the_reference_scorer(tmp_path):
    from accordgraph.documents import load
    from accordgraph.extractor import extract

    gold = load_gold(ROOT / "data" / "gold" / "dev")
    preds = [extract(load(ROOT / g.document)) for g in gold]
    (tmp_path / "gold.json").write_text(json.dumps([g.to_json_dict() for g in gold]))
    (tmp_path / "pred.json").write_text(json.dumps([p.to_json_dict() for p in preds]))
    for level, flag in (("parties", []), ("party_countries", ["--countries"])):
        out = subprocess.run([sys.executable, str(SCORER), str(tmp_path / "gold.json"), str(tmp_path / "pred.json"), *flag],
                             capture_output=True, text=True, check=True).stdout
        ours = score(gold, preds, level)
        assert f"tp={ours['tp']} fp={ours['fp']} fn={ours['fn']}" in out
        assert out.strip().endswith(f"agreement F1 = {ours['f1']:.3f}")
        for field, v in ours["fields"].items():
            assert f"field {field:<11} {v['right']}/{v['scored']}" in out


def test_eval_json_has_every_figure_as_numbers():
    out = CliRunner().invoke(app, ["eval", str(ROOT / "data" / "gold" / "dev"), "--format", "json", "--corpus-root", str(ROOT)])
    assert out.exit_code == 0
    data = json.loads(out.output)
    for level in ("parties", "countries"):
        assert all(isinstance(data[level][k], (int, float)) for k in ("precision", "recall", "f1", "tp", "fp", "fn"))
        assert data[level]["by_domain"] and data[level]["instrument_confusion"]
    assert isinstance(data["negatives"]["with_signed_prediction"], int)


def test_eval_exits_1_below_min_f1():
    out = CliRunner().invoke(app, ["eval", str(ROOT / "data" / "gold" / "dev"), "--min-f1", "0.999", "--corpus-root", str(ROOT)])
    assert out.exit_code == 1 and "F1" in out.output


def test_a_malformed_gold_file_fails_loudly(tmp_path):
    (tmp_path / "bad.json").write_text(json.dumps({"document": "x.txt", "agreements": [{"parties": ["JPN"], "instrument": "handshake"}]}))
    out = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert out.exit_code == 2 and "not a valid gold record" in out.output
