"""The country a document is set to (``Document.country``: ``bilan ingest --country NG``, a JSONL record's
``country``): the prior of its places when the text says nothing surer, never a place of its own.

Every row failed before the setting existed (``Document`` refused the field, the CLI the option, the store had no
column), except the rows of a text read with no setting (``None`` below), which are guards: they say what the
gazetteer reads without the setting and passed before. The stories are our own; the towns are real ones the
gazetteer holds under several namesakes (Uba: Brazil's is bigger than Nigeria's; Bama: Nigeria's is bigger than
Burkina Faso's; Bali: India's is bigger than Cameroon's; Athens: Greece's is bigger than Georgia's)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from bilan.cli import app
from bilan.model import Document, country_code
from bilan.pipeline import extract_document
from bilan.store import SCHEMA_VERSION, Store

runner = CliRunner()
PUBLISHED = dt.date(2021, 3, 8)
SETTING = "country_setting"

UBA_EN = "Gunmen killed five farmers in Uba on Tuesday, police said."
UBA_FR = "Des hommes armés ont tué cinq civils à Uba mardi, selon une source sécuritaire."
BAMA_EN = "Gunmen killed five villagers in Bama on Tuesday, police said."
BAMA_FR = "Des hommes armés ont tué cinq civils à Bama mardi, selon une source sécuritaire."
BALI_FR = "Des hommes armés ont tué cinq civils à Bali mardi, selon une source sécuritaire."
ATHENS_EN = "Gunmen killed two men in Athens on Tuesday, police said."


def located(text: str, lang: str, country: str | None) -> list[tuple[str | None, str | None, str | None]]:
    """(name, country, basis) of each incident's place."""
    doc = Document(doc_id="t", text=text, language=lang, published=PUBLISHED, country=country)
    return [(i.location.name, i.location.country, i.location.basis) for i in extract_document(doc).incidents]


# ----------------------------------------------------------------- a lone name of several namesakes

LONE = [
    # (text, lang, setting, expected (name, country, basis))
    (UBA_EN, "en", None, ("Ubá", "BR", None)),  # guard: the biggest namesake
    (UBA_EN, "en", "NG", ("Uba", "NG", SETTING)),
    (UBA_FR, "fr", None, ("Ubá", "BR", None)),  # guard
    (UBA_FR, "fr", "NG", ("Uba", "NG", SETTING)),
    (BAMA_EN, "en", None, ("Bama", "NG", None)),  # guard
    (BAMA_EN, "en", "BF", ("Bama", "BF", SETTING)),
    (BAMA_FR, "fr", None, ("Bama", "NG", None)),  # guard
    (BAMA_FR, "fr", "BF", ("Bama", "BF", SETTING)),
    (BALI_FR, "fr", None, ("Bāli", "IN", None)),  # guard
    (BALI_FR, "fr", "CM", ("Bali", "CM", SETTING)),
    (ATHENS_EN, "en", None, ("Athens", "GR", None)),  # guard
    (ATHENS_EN, "en", "US", ("Athens", "US", SETTING)),
    # the setting is the story's own country: nothing to choose
    (BAMA_EN, "en", "NG", ("Bama", "NG", None)),
]


@pytest.mark.parametrize(("text", "lang", "country", "expected"), LONE)
def test_a_lone_name_is_read_in_the_country_the_document_is_set_to(text, lang, country, expected):
    assert located(text, lang, country) == [expected]


# ----------------------------------------------------------------- the text's own evidence wins

EVIDENCE = [
    # the name with its country or its state
    ("Gunmen killed two men in Athens, Greece, on Tuesday, police said.", "en", "US", ("Athens", "GR", None)),
    ("Gunmen killed five farmers in Uba, Brazil, on Tuesday, police said.", "en", "NG", ("Ubá", "BR", None)),
    ("ATHENS, Ga. - Gunmen killed two men on Tuesday, police said.", "en", "NG", ("Athens", "US", None)),
    ("Des hommes armés ont tué cinq civils à Bama, au Nigeria, mardi, selon une source sécuritaire.", "fr", "BF",
     ("Bama", "NG", None)),
    ("Des hommes armés ont tué cinq civils à Bama, dans l'État de Borno, mardi, selon une source sécuritaire.",
     "fr", "BF", ("Bama", "NG", None)),
    # two other names of one country say where the story is
    ("Gunmen killed five villagers in Bama on Tuesday, a week after a raid on Maiduguri and Damboa, police said.",
     "en", "BF", ("Bama", "NG", None)),
    # a name of one namesake stays where it is, whatever the setting
    ("Gunmen killed five villagers near Kano on Tuesday, police said.", "en", "CF", ("Kano", "NG", None)),
    # a city far bigger than its namesakes of the set country stays itself (weighed as a story's country is)
    ("Gunmen killed two men in Paris on Tuesday, police said.", "en", "US", ("Paris", "FR", None)),
    ("Des hommes armés ont tué deux hommes à Paris mardi, selon la police.", "fr", "US", ("Paris", "FR", None)),
]


@pytest.mark.parametrize(("text", "lang", "country", "expected"), EVIDENCE)
def test_the_text_s_own_evidence_wins_over_the_setting(text, lang, country, expected):
    assert located(text, lang, country) == [expected]


# ----------------------------------------------------------------- a town the gazetteer lacks

TASSAKOYE_EN = "Gunmen killed four villagers in Tassakoye on Tuesday, a local official said."
TASSAKOYE_FR = "Des hommes armés ont tué quatre villageois à Tassakoye mardi, selon un élu local."


@pytest.mark.parametrize(("text", "lang"), [(TASSAKOYE_EN, "en"), (TASSAKOYE_FR, "fr")])
def test_a_town_the_gazetteer_lacks_is_in_the_set_country_when_no_place_says_otherwise(text, lang):
    def where(country):
        (inc,) = extract_document(Document(doc_id="t", text=text, language=lang, published=PUBLISHED,
                                           country=country)).incidents
        return inc.location.model_dump(exclude_none=True)

    # guard: no country without the setting
    assert where(None) == {"name": "Tassakoye", "mention": "Tassakoye", "resolved": False}
    assert where("BF") == {"name": "Tassakoye", "mention": "Tassakoye", "country": "BF", "precision": "country",
                           "resolved": False, "basis": SETTING}


def test_a_town_the_gazetteer_lacks_stays_in_the_country_the_text_gives():
    text = ("Des hommes armés ont tué quatre villageois à Tassakoye, dans le nord du Mali, mardi, "
            "selon un élu local.")
    (inc,) = extract_document(Document(doc_id="t", text=text, language="fr", published=PUBLISHED,
                                       country="BF")).incidents
    assert (inc.location.name, inc.location.country, inc.location.resolved, inc.location.basis) == \
        ("Tassakoye", "ML", False, None)


@pytest.mark.parametrize(("text", "lang"), [
    ("Gunmen killed five farmers on Tuesday, police said.", "en"),
    ("Des hommes armés ont tué cinq civils mardi, selon une source sécuritaire.", "fr"),
])
def test_no_place_stays_no_place(text, lang):
    assert located(text, lang, "NG") == [(None, None, None)]


def forces(text: str, lang: str, country: str | None) -> list[str]:
    """The names of the state forces among each incident's actors."""
    doc = Document(doc_id="t", text=text, language=lang, published=PUBLISHED, country=country)
    return [a.name for inc in extract_document(doc).incidents for a in inc.actors
            if a.kind in ("state_forces", "police")]


@pytest.mark.parametrize(("text", "lang", "country", "expected"), [
    # a story with no place: the state forces are the set country's (failed before: "state forces")
    ("The army killed five militants on Tuesday, a military source said.", "en", "ML", ["Military Forces of Mali"]),
    ("L'armée a tué cinq jihadistes mardi, selon une source militaire.", "fr", "ML", ["Military Forces of Mali"]),
    # guards (passed before): with no setting they are no country's; a place of the text wins over the setting
    ("The army killed five militants on Tuesday, a military source said.", "en", None, ["state forces"]),
    ("The army killed five militants near Djibo on Tuesday.", "en", "ML", ["Military Forces of Burkina Faso"]),
    ("L'armée a tué cinq jihadistes mardi près de Djibo.", "fr", "ML", ["Military Forces of Burkina Faso"]),
])
def test_state_forces_of_a_story_with_no_place_are_the_set_country_s(text, lang, country, expected):
    assert forces(text, lang, country) == expected


# ----------------------------------------------------------------- the field and its code


def test_the_code_is_upper_cased_and_checked():
    assert Document(doc_id="t", text="x", country=" ng").country == "NG"
    assert country_code("cf") == "CF"
    for bad in ("NGA", "Nigeria", "XX", "", "N1", 12):
        with pytest.raises(ValidationError):
            Document(doc_id="t", text="x", country=bad)
    # a document with no setting writes nothing new in its places' records
    (inc,) = extract_document(Document(doc_id="t", text=UBA_EN, language="en", published=PUBLISHED)).incidents
    assert "basis" not in inc.location.model_dump()


@pytest.mark.parametrize("command", ["ingest", "extract", "run"])
def test_a_bad_code_is_a_usage_error(tmp_path, command):
    (tmp_path / "a.txt").write_text(UBA_EN, encoding="utf-8")
    args = [command, str(tmp_path / "a.txt"), "--country", "Nigeria"]
    if command != "extract":
        args += ["--db", str(tmp_path / "b.duckdb")]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "two-letter ISO 3166-1 country code" in result.output
    assert not (tmp_path / "b.duckdb").exists()


# ----------------------------------------------------------------- end to end, on a real store


def _rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _export(db: Path) -> list[dict]:
    result = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_cli_ingest_stores_the_setting_and_exports_its_place(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "uba.txt").write_text(UBA_EN, encoding="utf-8")
    db = tmp_path / "b.duckdb"
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--country", "ng", "--published", "2021-03-08",
                                 "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert _rows(db, "select country, status from documents") == [("NG", "extracted")]
    (rec,) = _export(db)
    assert (rec["location"]["name"], rec["location"]["country"], rec["location"]["basis"]) == ("Uba", "NG", SETTING)
    assert rec["fatalities"]["best"] == 5

    # the same text again under another setting: a document is its text; the first setting stays, and the run says so
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--country", "BR", "--published", "2021-03-08",
                                 "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "already stored with country NG, kept (not BR)" in result.output
    assert _rows(db, "select country from documents") == [("NG",)]
    assert [r["location"]["country"] for r in _export(db)] == ["NG"]


def test_jsonl_records_and_sidecars_set_their_own_country(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    lines = [{"text": BAMA_FR, "country": "bf", "published": "2021-03-08", "language": "fr"},
             {"text": UBA_EN, "published": "2021-03-08"},
             {"text": BAMA_EN, "country": "Burkina", "published": "2021-03-08"}]
    (src / "feed.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    (src / "athens.txt").write_text(ATHENS_EN, encoding="utf-8")
    (src / "athens.txt.meta.json").write_text(json.dumps({"country": "US", "published": "2021-03-08"}),
                                              encoding="utf-8")
    db = tmp_path / "b.duckdb"
    result = runner.invoke(app, ["ingest", str(src), "--country", "NG", "--db", str(db)])
    assert result.exit_code == 1  # the record with a bad code
    assert _rows(db, "select reason, source from errors") == [("bad_record", f"{src / 'feed.jsonl'}:line 3")]
    assert "country: expected a two-letter ISO 3166-1 country code" in result.output
    # the record's own country wins; the run's is the default of those that set none
    assert sorted(_rows(db, "select source_path, country from documents")) == [
        (str(src / "athens.txt"), "US"), (f"{src / 'feed.jsonl'}:line 1", "BF"), (f"{src / 'feed.jsonl'}:line 2", "NG")]
    places = sorted((r["location"]["name"], r["location"]["country"]) for r in _export(db))
    assert places == [("Athens", "US"), ("Bama", "BF"), ("Uba", "NG")]


def test_cli_extract_reads_with_the_setting(tmp_path):
    (tmp_path / "a.txt").write_text(BALI_FR, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--country", "CM", "--published", "2021-03-08"])
    assert result.exit_code == 0, result.output
    (rec,) = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert (rec["location"]["name"], rec["location"]["country"], rec["location"]["basis"]) == ("Bali", "CM", SETTING)


def test_an_older_store_opens_and_gets_the_column(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store.open(path) as st:
        st.add_document(Document(doc_id="d1", text=UBA_EN, language="en"), status="extracted")
        # the store as schema version 2 wrote it: no country column
        st.con.execute("ALTER TABLE documents DROP COLUMN country")
        st.con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with pytest.raises(Exception, match="open it once writable to migrate"):
        Store.open(path, read_only=True)
    with Store.open(path) as st:
        assert st.schema_version == SCHEMA_VERSION == 3
        assert st.get_document("d1").country is None
        st.add_document(Document(doc_id="d2", text=BAMA_EN, language="en", country="BF"))
        assert st.get_document("d2").country == "BF"
        assert st.document_countries(["d1", "d2", "d3"]) == {"d1": None, "d2": "BF"}
    with Store.open(path, read_only=True) as st:
        assert st.get_document("d2").country == "BF"


def test_the_ray_engine_s_rows_carry_the_setting(tmp_path):
    from bilan.engine import read_file

    records = [{"text": UBA_EN}, {"text": BAMA_EN, "country": "BF"}]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    rows = list(read_file(0, str(tmp_path / "a.jsonl"), None, "NG"))
    assert [Document.model_validate_json(r["document"]).country for r in rows] == ["NG", "BF"]


def test_the_ray_writer_keeps_a_stored_setting_and_says_so(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from bilan.engine import Extractor, _schema, load_results, read_file

    (tmp_path / "uba.txt").write_text(UBA_EN, encoding="utf-8")
    with Store.open(tmp_path / "b.duckdb") as store:
        for k, country in enumerate(("NG", "BR")):
            out = tmp_path / f"results{k}"
            out.mkdir()
            known = [d for (d,) in store.con.execute(
                "select doc_id from documents where status = 'extracted'").fetchall()]
            rows = Extractor(known=known).process(list(read_file(0, str(tmp_path / "uba.txt"), PUBLISHED, country)))
            pq.write_table(pa.Table.from_pylist(rows, schema=_schema("result")), out / "a.parquet")
            summary = load_results(store, out)
        assert summary.country_kept == [(str(tmp_path / "uba.txt"), "NG", "BR")]
        assert store.con.execute("select country from documents").fetchall() == [("NG",)]
        (inc,) = store.iter_incidents()
        assert (inc.location.name, inc.location.country, inc.location.basis) == ("Uba", "NG", SETTING)
