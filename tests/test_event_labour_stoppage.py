"""Work stoppages told without the word "strike" (issue 3: CASE 2021 dev snippets with no incident,
such as "workers have brought to a standstill four sectors"), on sentences of our own (EN and FR)
written before the rule.

ACLED codes a strike as a peaceful protest: workers who down tools, stop work or bring their sector to
a standstill (FR "cesser le travail", "débrayer", "paralyser" by workers). Snow that brings traffic to
a standstill, a power cut that leaves workers idle, floods that paralyse a city: no protest.
"""

import datetime as dt

import pytest
from extracting import PEA, lead_type

PUB = dt.date(2021, 5, 4)

STOPPAGES = [
    ("Hundreds of nurses downed tools at public hospitals in Nairobi on Monday over unpaid salaries.", "en"),
    pytest.param("Dock workers brought the port of Durban to a standstill on Wednesday over a pay dispute.", "en",
                 marks=pytest.mark.xfail(reason="split by its object, 'brought ... to a standstill' is no phrase the "
                                                "matcher reads (split phrasal verbs are two words)", strict=False)),
    ("Thousands of civil servants stopped work across the country on Thursday over their wages.", "en"),
    ("Hundreds of workers and office employees have brought to a standstill the health and education sectors.",
     "en"),
    ("Les employés du port ont cessé le travail lundi pour le paiement de leurs salaires.", "fr"),
    ("Les enseignants ont débrayé dans plusieurs lycées de Dakar jeudi.", "fr"),
    ("Les infirmiers ont paralysé les hôpitaux publics de Kinshasa pendant trois jours.", "fr"),
]

NOT_STOPPAGES = [
    ("Heavy snow brought traffic in the capital to a standstill on Tuesday.", "en"),
    ("A power cut paralysed the factory, leaving hundreds of workers idle.", "en"),
    ("The company stopped work on the new bridge after the funding ran out.", "en"),
    ("Les inondations ont paralysé la circulation à Abidjan.", "fr"),
    ("Les ouvriers ont cessé le travail à 17 heures comme chaque jour.", "fr"),
]


@pytest.mark.parametrize("text,lang", STOPPAGES)
def test_work_stoppage_is_a_protest(text, lang):
    assert lead_type(text, lang, PUB) == PEA


@pytest.mark.parametrize("text,lang", NOT_STOPPAGES)
def test_no_work_stoppage(text, lang):
    assert lead_type(text, lang, PUB) == "NONE"
