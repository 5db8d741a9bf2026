"""Language identification and the supported-language check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bilan import language
from bilan.ingest import iter_inputs
from bilan.language import SUPPORTED, assign_language, detect, detector, normalise_code
from bilan.model import Document, IngestError

DATA = Path(__file__).parent / "data" / "ingest"

FR = ("Au moins douze personnes ont été tuées lundi dans une frappe de drone près de Gao, "
      "dans le nord du Mali, ont indiqué mardi des sources locales.")
EN = ("Gunmen attacked a police checkpoint on the outskirts of Kandahar late on Sunday, "
      "killing five officers and wounding two others, a provincial spokesman said.")
ES = ("Al menos siete personas murieron el martes en un ataque contra un puesto militar en el "
      "norte del país, según informaron fuentes oficiales.")
DE = "Mindestens sieben Menschen wurden am Dienstag bei einem Angriff auf einen Militärposten getötet."


def doc(text: str, **kw) -> Document:
    return Document(doc_id=Document.doc_id_for(text), text=text, **kw)


@pytest.mark.parametrize(("text", "code"), [(FR, "fr"), (EN, "en"), (ES, "es"), (DE, "de")])
def test_detect(text, code):
    got, confidence = detect(text)
    assert got == code
    assert 0.9 < confidence <= 1.0


@pytest.mark.parametrize("text", ["", "   ", "12 34 56 78", "— … !"])
def test_detect_nothing_to_go_on(text):
    assert detect(text) == (None, 0.0)


def test_detector_is_built_once():
    assert detector() is detector()


def test_only_the_start_of_a_long_text_is_used():
    text = FR + " " + ("Et la suite de l'article. " * 80) + ("This is now a long English appendix. " * 2000)
    assert len(text) > 20 * language.DETECT_CHARS
    assert detect(text)[0] == "fr"
    assert detect(text[len(text) // 2:])[0] == "en"


def test_assign_language_sets_the_document_language():
    d = doc(FR)
    assert assign_language(d) is d
    assert d.language == "fr"
    assert assign_language(doc(EN)).language == "en"


def test_unsupported_language_is_an_error():
    d = doc(ES, source_path="tests/data/ingest/es-ataque.txt")
    err = assign_language(d)
    assert isinstance(err, IngestError)
    assert err.reason == "unsupported_language" and err.stage == "language"
    assert err.doc_id == d.doc_id
    assert err.source == "tests/data/ingest/es-ataque.txt"
    assert re.fullmatch(r"detected 'es' \((0\.9\d|1\.00)\); bilan has pipelines for fr, en", err.detail)
    assert d.language is None  # nothing assigned


def test_supported_languages_are_a_parameter():
    assert SUPPORTED == ("fr", "en")
    assert assign_language(doc(ES), supported=("fr", "en", "es")).language == "es"
    err = assign_language(doc(EN), supported=("fr",))
    assert isinstance(err, IngestError) and "bilan has pipelines for fr" in err.detail


def test_a_declared_supported_language_is_trusted():
    assert assign_language(doc(EN), declared="fr").language == "fr"
    assert assign_language(doc(EN), declared="fr-FR").language == "fr"
    assert assign_language(doc(EN), declared="fra").language == "fr"
    # the document's own language (set from a JSONL field) counts as declared
    assert assign_language(doc(EN, language="fr")).language == "fr"


def test_a_declared_unsupported_language_is_checked():
    assert assign_language(doc(FR), declared="es").language == "fr"  # mislabelled: detection decides
    err = assign_language(doc(ES), declared="es-MX")
    assert isinstance(err, IngestError)
    assert re.match(r"declared 'es', detected 'es' \((0\.9\d|1\.00)\);", err.detail)


def test_no_letters_is_an_error():
    d = doc("12 000 — 15 000 — 18 000 — 21 000 — 24 000 — 27 000 — 30 000 — 33 000")
    err = assign_language(d)
    assert isinstance(err, IngestError) and err.reason == "unsupported_language"
    assert err.detail.startswith("could not identify the language")
    assert err.source == d.doc_id  # no path or url: the doc id names it


@pytest.mark.parametrize(
    ("code", "expected"),
    [("fr", "fr"), ("FR", "fr"), ("fr-FR", "fr"), ("en_GB", "en"), ("fra", "fr"), ("fre", "fr"),
     ("eng", "en"), ("spa", "es"), ("ger", "de"), ("xyz", None), ("French", None), ("", None), (None, None),
     ("12", None)],
)
def test_normalise_code(code, expected):
    assert normalise_code(code) == expected


def test_ingested_fixtures_get_their_languages():
    got = {}
    for item in iter_inputs([DATA]):
        if isinstance(item, Document):
            checked = assign_language(item)
            name = item.source_path.rsplit("/", 1)[1]
            got[name] = checked.language if isinstance(checked, Document) else checked.reason
    assert got["fr-gao-frappe-crlf.txt"] == "fr"
    assert got["fr-mossoul-latin1.txt"] == "fr"
    assert got["en-kandahar-checkpoint.html"] == "en"
    assert got["feed.atom#entry 1"] == "en"
    assert got["feed.rss#entry 1"] == "fr"
    assert got["articles.jsonl:line 2"] == "en"
    assert got["es-ataque.txt"] == "unsupported_language"
