"""Event rules on short conflict-news sentences (issue 3: headline and snippet event types)."""

import datetime as dt

import pytest

from bilan import nlp as nlp_mod
from bilan.extract.matching import sentences
from bilan.model import Document
from bilan.pipeline import extract_document

PUB = dt.date(2020, 3, 10)


def _types(text, lang):
    ex = extract_document(Document(doc_id="t", text=text, language=lang, published=PUB))
    return [i.sub_event_type for i in ex.incidents]


@pytest.mark.parametrize("text,lang", [
    ("Mali : Gao, les habitants en colère après l'assassinat du maire par des hommes armés", "fr"),
    ("Bambari : un convoi attaqué par des rebelles", "fr"),
    ("Kidal. Three soldiers were killed when gunmen opened fire on their patrol.", "en"),
])
def test_a_kicker_or_dateline_joins_the_lead_sentence(text, lang):
    sents = sentences(nlp_mod.get(lang)(text))
    assert len(sents) == 1


def test_a_headline_kicker_keeps_the_event_in_the_lead():
    # "après l'assassinat" in the lead is the news, not a reference back
    assert _types("Mali : Gao, les habitants en colère après l'assassinat du maire par des hommes armés", "fr") \
        == ["Attack"]
    assert _types("Niger : à Tahoua, des militaires pillent le marché central", "fr") \
        == ["Looting/property destruction"]
