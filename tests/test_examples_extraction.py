"""Golden-file extraction tests on the bundled example articles.

Two checks per article:
- every *required* incident of its hand-made gold file (examples/gold/) is found with the right
  type, date, place, actors, counts and claims (``bilan.goldcheck``);
- the full extraction output equals its golden snapshot in tests/golden/ (any change in what
  bilan extracts shows up as a diff to review; regenerate with BILAN_UPDATE_GOLDEN=1).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bilan.export import schema_record
from bilan.goldcheck import check_document
from bilan.ingest import iter_inputs
from bilan.language import assign_language
from bilan.pipeline import extract_many

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).parent / "golden"
MANIFEST = [json.loads(line) for line in (EXAMPLES / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]

# Required gold incidents bilan does not get fully right yet, with what is still wrong. Each entry
# is a known gap (see the issue notes); the test fails if one of them starts passing (so the list
# shrinks) or if any other incident regresses.
KNOWN_GAPS: dict[str, str] = json.loads((Path(__file__).parent / "golden" / "known_gaps.json").read_text(
    encoding="utf-8")) if (Path(__file__).parent / "golden" / "known_gaps.json").exists() else {}


@pytest.fixture(scope="module")
def extractions():
    docs = []
    for item in iter_inputs([EXAMPLES / "articles"]):
        doc = assign_language(item, declared=item.language)
        docs.append(doc)
    return {Path(ex.document.source_path).stem: ex for ex in extract_many(docs)}


def _stem(entry) -> str:
    return Path(entry["file"]).stem


def _required():
    for entry in MANIFEST:
        gold = json.loads((EXAMPLES / "gold" / f"{_stem(entry)}.gold.json").read_text(encoding="utf-8"))
        for g in gold["incidents"]:
            if g.get("required"):
                yield pytest.param(_stem(entry), g["key"], id=f"{_stem(entry)}#{g['key']}")


@pytest.mark.parametrize("stem,key", list(_required()))
def test_required_gold_incident(extractions, stem, key):
    gold = json.loads((EXAMPLES / "gold" / f"{stem}.gold.json").read_text(encoding="utf-8"))
    ex = extractions[stem]
    (result,) = [c for c in check_document(ex.incidents, gold) if c.key == key]
    ident = f"{stem}#{key}"
    if ident in KNOWN_GAPS:
        assert not result.ok, f"{ident} now passes: remove it from tests/golden/known_gaps.json"
        assert result.matched is not None, f"{ident}: no incident of the right type any more"
        return
    assert result.ok, f"{ident}: {result.problems}"


def test_non_conflict_article_has_no_incident(extractions):
    assert extractions["en-afghanistan-kabul-cricket-final"].incidents == []


def test_every_evidence_span_is_verbatim(extractions):
    for ex in extractions.values():
        text = ex.document.text
        for inc in ex.incidents:
            assert inc.evidence, inc.id
            for e in inc.evidence:
                assert text[e.start:e.end] == e.text
            for c in inc.claims:
                assert text[c.start:c.end] == c.text


@pytest.mark.parametrize("stem", [_stem(e) for e in MANIFEST])
def test_golden_snapshot(extractions, stem):
    ex = extractions[stem]
    lines = [json.dumps(schema_record(inc), ensure_ascii=False, sort_keys=True) for inc in ex.incidents]
    path = GOLDEN / f"{stem}.jsonl"
    if os.environ.get("BILAN_UPDATE_GOLDEN") or not path.exists():
        GOLDEN.mkdir(exist_ok=True)
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        if not os.environ.get("BILAN_UPDATE_GOLDEN"):
            pytest.fail(f"wrote missing golden file {path.name}; review and commit it")
    expected = path.read_text(encoding="utf-8").splitlines()
    assert lines == expected, f"extraction of {stem} changed; review the diff, then BILAN_UPDATE_GOLDEN=1"


def test_no_extraction_error_on_the_examples(extractions):
    assert {stem: ex.error for stem, ex in extractions.items() if ex.error} == {}
