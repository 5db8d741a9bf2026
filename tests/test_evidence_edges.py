"""Evidence and claims start and end on words, never on the blank lines around them.

A reviewer reads each evidence span as the words bilan took a value from; a span that runs over the paragraph
break after a headline ("Lubero\\n\\n") or a claim whose text keeps the blank line after its sentence shows the
reviewer whitespace as evidence and breaks the UI's highlighting at paragraph edges.

Own texts, written before the fix (our a17 showed the first: the French model's entity ran over the blank line
after the headline, so the place's evidence and mention were "Lubero\\n\\n"). First run: the four own texts
failed 4 of 4 (the claims' texts ended on "\\n\\n"), and of the bundled example articles 59 of 435 evidence
spans and claims had whitespace at an edge, all of them claims. After the fix: 4 of 4, and none.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import extracting
from bilan.model import Document
from bilan.pipeline import extract_document

OWN = [
    ("fr", "Au moins douze civils tués par des rebelles dans le territoire de Rutshuru\n\n"
           "Douze civils ont été tués samedi dans le village de Kiwanja, a indiqué dimanche un responsable local.\n\n"
           "Les rebelles n'ont pas réagi."),
    ("en", "Militants kill nine in northern Burkina Faso town of Djibo\n\n"
           "Militants killed nine people in Djibo on Saturday, a local official said on Sunday.\n\n"
           "The army did not comment."),
    ("fr", "Bilan lourd à Goma\n\n"
           "« Nous avons compté huit morts », a déclaré à la presse le maire de la ville.\n\n"
           "Huit personnes ont été tuées mardi par des tirs d'obus sur un marché de Goma, selon la police.\n"),
    ("en", "Gunmen attack Maiduguri market\n\n\n"
           "Gunmen killed five traders at a market in Maiduguri on Monday, police said.\n\n\n"
           "\"We heard shots for an hour,\" a trader told reporters.\n"),
]


def _edges(text: str, incidents) -> list[str]:
    bad = []
    for inc in incidents:
        spans = [(e.field, e.start, e.end, e.text) for e in inc.evidence]
        spans += [("claim", c.start, c.end, c.text) for c in inc.claims]
        for field, start, end, said in spans:
            assert text[start:end] == said, (field, said)
            if said != said.strip():
                bad.append(f"{field}: {said!r}")
        mention = inc.location.mention
        if mention is not None and mention != mention.strip():
            bad.append(f"location mention: {mention!r}")
    return bad


@pytest.mark.parametrize("lang,text", OWN, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(OWN)])
def test_own_spans_start_and_end_on_words(lang, text):
    incidents = extracting.incidents(text, lang)
    assert incidents, "each text tells an act"
    assert _edges(text, incidents) == []


EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_example_spans_start_and_end_on_words(path):
    text = path.read_text(encoding="utf-8")
    lang = "fr" if path.stem.startswith("fr-") else "en"
    doc = Document(doc_id="t", text=text, language=lang, published=dt.date(2024, 5, 1))
    incidents = extract_document(doc).incidents
    assert _edges(text, incidents) == []
