"""A state's forces named by a demonym on the weapon or the strike itself ("A Russian missile hit",
"an Israeli air strike", « une frappe russe », « un drone ukrainien ») are the doer of the act when
the text names no other: ACLED's Military Forces of that state. Sentences written for this file (EN
and FR); the negatives keep a demonym that says where a weapon was made ("a Russian-made missile",
« de fabrication russe »), one on the victims ("killed three Russian journalists") and a doer the
text names besides ("militants fired a Russian rocket").

First run, before the rule: 5 of 16 (the negatives and the bilingual check).
"""

from __future__ import annotations

import pytest
from extracting import incidents


def doers(text: str, lang: str) -> list[str]:
    return [a.name for i in incidents(text, lang) for a in i.actors_in("actor1")]


DOER = [
    ("A Russian ballistic missile hit an apartment building in Kharkiv on Wednesday, killing seven people.",
     "en", "Military Forces of Russia"),
    ("Russian missile strike on Kharkiv apartment block kills seven", "en", "Military Forces of Russia"),
    ("An Israeli air strike on a school in Gaza City killed 20 people on Saturday.", "en", "Military Forces of Israel"),
    ("A Ukrainian drone struck an oil depot in the Bryansk region overnight, the governor said.", "en",
     "Military Forces of Ukraine"),
    ("A Turkish drone strike killed three fighters near Qamishli on Monday.", "en", "Military Forces of Turkey"),
    ("A U.S. drone strike killed two militants in Jilib on Friday.", "en", "Military Forces of the United States"),
    ("Un missile russe a frappé un immeuble de Kharkiv mercredi, tuant sept personnes.", "fr",
     "Military Forces of Russia"),
    ("Une frappe israélienne sur une école de Gaza a tué 20 personnes samedi.", "fr", "Military Forces of Israel"),
    ("Un drone ukrainien a frappé un dépôt pétrolier dans la région de Briansk dans la nuit.", "fr",
     "Military Forces of Ukraine"),
    ("Une frappe de drone turque a tué trois combattants près de Qamichli lundi.", "fr", "Military Forces of Turkey"),
    ("Des bombardements russes ont tué quatre civils à Kherson dimanche.", "fr", "Military Forces of Russia"),
]


@pytest.mark.parametrize("text,lang,name", DOER, ids=[f"{lang}-{i}" for i, (_, lang, _) in enumerate(DOER)])
def test_a_demonym_on_the_weapon_names_the_doer(text, lang, name):
    assert name in doers(text, lang)


NOT_DOER = [
    ("Militants fired a Russian-made rocket at an army post near Kidal on Monday.", "en", "Military Forces of Russia"),
    ("Des jihadistes ont tiré une roquette de fabrication russe sur un poste de l'armée près de Kidal lundi.",
     "fr", "Military Forces of Russia"),
    ("Gunmen killed three Russian journalists near Kidal on Monday.", "en", "Military Forces of Russia"),
    ("Des hommes armés ont tué trois journalistes russes près de Kidal lundi.", "fr", "Military Forces of Russia"),
]


@pytest.mark.parametrize("text,lang,name", NOT_DOER, ids=[f"not-{lang}-{i}" for i, (_, lang, _) in enumerate(NOT_DOER)])
def test_a_demonym_elsewhere_names_no_doer(text, lang, name):
    assert name not in doers(text, lang)


def test_the_set_is_bilingual():
    langs = [lang for _, lang, _ in DOER + NOT_DOER]
    assert langs.count("en") >= 6 and langs.count("fr") >= 6
