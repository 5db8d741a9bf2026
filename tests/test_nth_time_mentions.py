"""An event told as the nth time something happened ("This is the second time that an attempted
sabotage of the pipeline has taken place", "C'est la deuxième fois qu'un sabotage de l'oléoduc a
lieu") counts the event just told: it is that event, not another one. Own sentences, EN and FR."""

import datetime as dt

import pytest
from extracting import incidents

PUB = dt.date(2021, 6, 14)


@pytest.mark.parametrize("text,lang", [
    ("Rebels dynamited a section of the oil pipeline near Bucaramanga on Monday. This is the second time "
     "that an attempted sabotage of the pipeline has taken place.", "en"),
    ("Des rebelles ont dynamité une section de l'oléoduc près de Bucaramanga lundi. C'est la deuxième fois "
     "qu'une tentative de sabotage de l'oléoduc a lieu.", "fr"),
])
def test_the_nth_time_is_the_event_told(text, lang):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 1
    assert incs[0].event_type == "Explosions/Remote violence"


@pytest.mark.parametrize("text,lang", [
    ("Rebels dynamited a section of the oil pipeline near Bucaramanga on Monday. Last year, an attempted "
     "sabotage of the pipeline took place near Barrancabermeja.", "en"),
    ("Des rebelles ont dynamité une section de l'oléoduc près de Bucaramanga lundi. L'an dernier, une "
     "tentative de sabotage de l'oléoduc a eu lieu près de Barrancabermeja.", "fr"),
])
def test_an_earlier_sabotage_stays_apart(text, lang):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 2
