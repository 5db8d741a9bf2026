"""A later mention folded into an earlier incident gives it a date only when the date is its own or
loosely near it; a date it only borrowed from the sentence before (look-back), where it dated another
event ("a convoy was ambushed last Wednesday"), does not replace the earlier incident's date. Own
sentences, EN and FR."""

import datetime as dt

import pytest
from extracting import incidents

PUB = dt.date(2021, 6, 14)
LAST_WEDNESDAY = dt.date(2021, 6, 9)


@pytest.mark.parametrize("text,lang", [
    ("Rebels dynamited a section of the oil pipeline near Bucaramanga. The blast occurred 20 km from the "
     "place where a military convoy was ambushed last Wednesday. This is the second time that an attempted "
     "sabotage of the pipeline has taken place.", "en"),
    ("Des rebelles ont dynamité une section de l'oléoduc près de Bucaramanga. L'explosion s'est produite à "
     "20 km de l'endroit où un convoi militaire a été pris en embuscade mercredi dernier. C'est la deuxième "
     "fois qu'une tentative de sabotage de l'oléoduc a lieu.", "fr"),
])
def test_a_borrowed_date_does_not_date_the_merged_incident(text, lang):
    incs = incidents(text, lang, PUB)
    bombing = [i for i in incs if i.event_type == "Explosions/Remote violence"]
    ambush = [i for i in incs if i.event_type == "Battles"]
    assert len(bombing) == 1 and len(ambush) == 1
    assert ambush[0].date.start == LAST_WEDNESDAY
    assert bombing[0].date.precision != "day"  # the publication window, not the ambush's day
