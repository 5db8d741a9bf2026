"""Multi-word triggers match whatever lemmas the model gives their function words."""

import datetime as dt

import pytest

from bilan.model import Document
from bilan.pipeline import extract_document


@pytest.mark.parametrize("text", [
    "La ville de Bangassou est tombée entre les mains des rebelles.",   # "entre les mains" -> "entrer le main"
    "Bangassou : la ville tombée aux mains des rebelles",
])
def test_a_town_falling_into_rebel_hands(text):
    ex = extract_document(Document(doc_id="t", text=text, language="fr", published=dt.date(2017, 5, 9)))
    assert [(i.sub_event_type, i.location.name) for i in ex.incidents] == \
           [("Non-state actor overtakes territory", "Bangassou")]
