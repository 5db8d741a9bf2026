"""A group word with a name of its own ("the Gran Grif gang", « le gang Gran Grif », "the Dogo Gide
gang", « la milice Twirwaneho ») names a non-state armed group, the doer of what it did, though no
lexicon knows it; a group word with no name ("a street gang", « une bande de jeunes ») names none.
Sentences written for this file (EN and FR), before bilan was run on them.

First run, before the rule: 6 of 16 rows (the two Twirwaneho rows, whose name the lexicon knows, and four
near misses); with it 15 of 16, one strict xfail. After the first run the near misses' check was
corrected: "a gang of armed youths looted shops" gives no doer, or a lower-case one ("rioters"), and
that is no named group; the first check wanted an unidentified armed group. With h-gang (a verbless piece
ending in a noun joins the capitalised name after it, « Des membres du gang » | « Kraze Baryè ont incendié »;
the members' words join the named gang's mention): 16 of 16.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilan.model import Document
from bilan.pipeline import extract_many


def doers(text: str, lang: str) -> list[str]:
    ex = list(extract_many([Document(doc_id="d", text=text, language=lang, published=dt.date(2024, 10, 4))]))[0]
    return [a.name for i in ex.incidents for a in i.actors if a.role == "actor1"]


# (text, language, words of the doer's name, or None: no named group is the doer)
ROWS = [
    ("At least 15 people were killed on Thursday in an attack by the Gran Grif gang on the town of Pont-Sonde, "
     "police said.", "en", "Gran Grif"),
    ("Members of the Kraze Baryè gang set fire to a dozen houses in Tabarre on Monday, residents said.", "en",
     "Kraze Baryè"),
    ("Gunmen of the Dogo Gide gang abducted 20 villagers in Zamfara state on Sunday, police said.", "en",
     "Dogo Gide"),
    ("The Twirwaneho militia attacked a village near Minembwe on Tuesday, killing four people.", "en",
     "Twirwaneho"),
    ("Fighters of the Zaire militia killed six civilians near Djugu on Friday, local sources said.", "en", "Zaire"),
    ("Au moins quinze personnes ont été tuées jeudi lors d'une attaque menée par le gang Gran Grif contre la "
     "commune de Pont-Sondé, selon la police.", "fr", "Gran Grif"),
    ("Des membres du gang Kraze Baryè ont incendié une dizaine de maisons lundi à Tabarre, selon des "
     "habitants.", "fr", "Kraze Baryè"),
    ("Des hommes armés du gang de Dogo Gide ont enlevé vingt villageois dimanche dans l'État de Zamfara.", "fr",
     "Dogo Gide"),
    ("La milice Twirwaneho a attaqué mardi un village près de Minembwe, tuant quatre personnes.", "fr",
     "Twirwaneho"),
    ("Des combattants de la milice Zaïre ont tué six civils vendredi près de Djugu, selon des sources locales.",
     "fr", "Zaïre"),
    # near misses: a group word with no name of its own
    ("A street gang killed two shopkeepers in Port-au-Prince on Monday, police said.", "en", None),
    ("Gunmen from a local militia attacked a village near Djugu on Friday, killing three people.", "en", None),
    ("A gang of armed youths looted shops in the market on Sunday, witnesses said.", "en", None),
    ("Une bande de jeunes armés a pillé des boutiques du marché dimanche, selon des témoins.", "fr", None),
    ("Des miliciens ont attaqué un village près de Djugu vendredi, tuant trois personnes.", "fr", None),
    ("Un gang a tué deux commerçants lundi à Port-au-Prince, selon la police.", "fr", None),
]


# the story's one named group is no doer of an act its sentence lays at "another" or "a rival" group's door
# (« des membres d'un autre gang »); an act told with no doer was that group's until h-doers (written before the rule,
# first run 1 of 4: the last row; with names_another_group 4 of 4)
OTHER_GROUP = [
    ("Le gang Gran Grif a attaqué jeudi la commune de Pont-Sondé, tuant quinze personnes. La veille, deux policiers "
     "avaient été blessés lors d'un affrontement avec des membres d'un autre gang à Port-au-Prince.", "fr", False),
    ("The Gran Grif gang attacked the town of Pont-Sonde on Thursday, killing 15 people. The day before, two police "
     "officers were wounded in a clash with members of a rival gang in Port-au-Prince.", "en", False),
    ("The Gran Grif gang attacked the town of Pont-Sonde on Thursday, killing 15 people. On Wednesday, gunmen from "
     "another gang shot dead two traders in Port-au-Prince.", "en", False),
    # (gunmen told after the group's own act, with nothing that ties them to it, bring in doers of their own: no
    # longer the group's since h-doers, tests/test_doers_left.py)
    ("The Gran Grif gang attacked the town of Pont-Sonde on Thursday, killing 15 people. On Wednesday, gunmen shot "
     "dead two traders in Saint-Marc.", "en", False),
]


@pytest.mark.parametrize("text,lang,theirs", OTHER_GROUP, ids=[f"other-{lang}-{i}" for i, (_, lang, _) in enumerate(OTHER_GROUP)])
def test_another_group_is_not_the_named_one(text, lang, theirs):
    ex = list(extract_many([Document(doc_id="d", text=text, language=lang, published=dt.date(2024, 10, 4))]))[0]
    second = [i for i in ex.incidents if any(e.field == "event_type" and e.start > text.find(".") for e in i.evidence)]
    assert second, [(i.sub_event_type, [e.text for e in i.evidence]) for i in ex.incidents]
    got = any("Gran Grif" in a.name for i in second for a in i.actors if a.role == "actor1")
    assert got == theirs, [(a.name, a.role) for i in second for a in i.actors]


XFAIL: dict[int, str] = {}


def _params():
    return [pytest.param(*row, id=f"{row[1]}-{i}", marks=[pytest.mark.xfail(strict=True, reason=XFAIL[i])]
                         if i in XFAIL else []) for i, row in enumerate(ROWS)]


@pytest.mark.parametrize("text,lang,name", _params())
def test_a_group_word_with_a_name_names_the_doer(text, lang, name):
    got = doers(text, lang)
    if name is None:
        # no doer named by a group of its own (a named group is capitalised: "Gran Grif gang")
        assert all(n == n.lower() or n == "unidentified armed group" for n in got), got
    else:
        assert any(name.lower() in n.lower() for n in got), got


def test_the_set_is_bilingual():
    langs = [lang for _, lang, _ in ROWS]
    assert langs.count("en") >= 7 and langs.count("fr") >= 7
