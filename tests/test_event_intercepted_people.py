"""People intercepted by state forces are arrested (issue 3: CASE 2021 dev snippets with no incident,
such as "has intercepted 15 suspected members of a terrorist group"), on sentences of our own (EN and
FR) written before the rule. "Intercept" with weapons stays a disrupted weapons use; a boat, drones or
a phone call intercepted are no arrest.
"""

import datetime as dt

import pytest
from extracting import ARR, lead_type

PUB = dt.date(2021, 5, 4)

INTERCEPTED = [
    ("Police intercepted three suspected gunmen at a checkpoint outside Kaduna on Sunday.", "en"),
    ("Security forces intercepted two suspected militants in a car near the border on Friday.", "en"),
    ("Les gendarmes ont intercepté trois suspects à un poste de contrôle près de Kayes.", "fr"),
]

NOT_INTERCEPTED = [
    ("Air defences intercepted two drones over the capital on Monday.", "en"),
    ("Investigators intercepted a phone call between the two brothers.", "en"),
    ("La marine a intercepté un bateau de pêche au large de Dakar.", "fr"),
]


@pytest.mark.parametrize("text,lang", INTERCEPTED)
def test_people_intercepted_are_arrested(text, lang):
    assert lead_type(text, lang, PUB) == ARR


@pytest.mark.parametrize("text,lang", NOT_INTERCEPTED)
def test_things_intercepted_are_no_arrest(text, lang):
    assert lead_type(text, lang, PUB) != ARR
