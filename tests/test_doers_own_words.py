"""The doer's own word for its act ("said they had "liberated" the camp", « ont affirmé avoir « libéré » le camp ») is
its version of the act told before, not a new act: the group owns it, its claims dispute it
(incidents._doers_own_word; docs/conventions.md, "The doer's version of what it hit")."""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 12, 4)
RSF = "rsf: rapid support forces"

OWN_WORD = [
    ("PORT SUDAN, Dec 4, 2026 (AFP) - Paramilitary fighters stormed a camp for displaced people near Kutum on "
     "Wednesday, killing at least 31 people, the United Nations said on Thursday. The Rapid Support Forces (RSF) said "
     "they had \"liberated\" the camp from army-allied militias and denied harming civilians.", "en"),
    ("PORT-SOUDAN, 4 décembre 2026 (AFP) - Des combattants paramilitaires ont pris d'assaut mercredi un camp de "
     "déplacés près de Kutum, tuant au moins 31 personnes, a indiqué jeudi l'ONU. Les Forces de soutien rapide (FSR) "
     "ont affirmé avoir « libéré » le camp des milices alliées de l'armée et nié avoir visé des civils.", "fr"),
    # the statement's own day, told on its verb of saying, is no day of the act
    ("PORT SUDAN, Dec 4, 2026 (AFP) - Paramilitary fighters stormed a camp for displaced people near Kutum on "
     "Wednesday, killing at least 31 people, the United Nations said. The Rapid Support Forces (RSF) said on Thursday "
     "they had \"liberated\" the camp from army-allied militias.", "en"),
    ("PORT-SOUDAN, 4 décembre 2026 (AFP) - Des combattants paramilitaires ont pris d'assaut mercredi un camp de "
     "déplacés près de Kutum, tuant au moins 31 personnes, a indiqué l'ONU. Les Forces de soutien rapide (FSR) ont "
     "affirmé jeudi avoir « libéré » le camp des milices alliées de l'armée.", "fr"),
    ("NIAMEY, Dec 4, 2026 (AFP) - Gunmen stormed a village near Tera on Wednesday, killing 14 people, a local official "
     "said. The Islamic State Sahel Province said in a statement that it had \"punished\" the village for helping the "
     "army.", "en"),
]


@pytest.mark.parametrize("text,lang", OWN_WORD, ids=[f"{r[1]}-{k}" for k, r in enumerate(OWN_WORD)])
def test_the_doers_own_word_is_its_version_not_a_new_act(text, lang):
    got = extracting.incidents(text, lang, PUB)
    assert len(got) == 1
    inc = got[0]
    assert inc.event_type == "Violence against civilians"
    doer = [a for a in inc.actors if a.role == "actor1"]
    assert len(doer) == 1 and doer[0].kind != "unidentified"
    theirs = [c for c in inc.claims if c.organisation == doer[0].name]
    assert theirs and all(c.stance == "disputes" for c in theirs)
    assert any(c.certainty == "asserted" for c in theirs)
    others = [c for c in inc.claims if c.organisation != doer[0].name and c.speaker]
    assert others and others[0].stance == "supports"


def test_the_rsf_owns_the_storming():
    for text, lang in OWN_WORD[:4]:
        got = extracting.incidents(text, lang, PUB)
        assert extracting.doers(got[0]) == [RSF]


GUARDS = [
    # a later, separate act of the same group: its own day, its own place
    ("PORT SUDAN, Dec 4, 2026 (AFP) - Paramilitary fighters stormed a camp for displaced people near Kutum on "
     "Wednesday, killing at least 31 people, the United Nations said. On Thursday, the Rapid Support Forces (RSF) "
     "seized the nearby town of Kabkabiya.", "en", 2),
    ("PORT-SOUDAN, 4 décembre 2026 (AFP) - Des combattants paramilitaires ont pris d'assaut mercredi un camp de "
     "déplacés près de Kutum, tuant au moins 31 personnes, a indiqué l'ONU. Jeudi, les Forces de soutien rapide (FSR) "
     "se sont emparées de la ville voisine de Kabkabiya.", "fr", 2),
    # the other side taking the camp back from the group, the next day: another act
    ("PORT SUDAN, Dec 5, 2026 (AFP) - Paramilitary fighters stormed a camp for displaced people near Kutum on "
     "Wednesday, killing at least 31 people, the United Nations said. On Thursday, the Sudanese army said it had "
     "\"liberated\" the camp from the Rapid Support Forces (RSF).", "en", 2),
    # the group's act of another day, told in its own word: an act of its own
    ("PORT SUDAN, Dec 5, 2026 (AFP) - Paramilitary fighters stormed a camp for displaced people near Kutum on "
     "Wednesday, killing at least 31 people, the United Nations said. The Rapid Support Forces (RSF) said they had "
     "\"liberated\" the camp on Thursday after days of fighting.", "en", 2),
    # the other side telling it took the camp from the group, no day told: the army's act, not the storming's version
    ("PORT SUDAN, Dec 5, 2026 (AFP) - Paramilitary fighters stormed a camp for displaced people near Kutum on "
     "Wednesday, killing at least 31 people, the United Nations said. The Sudanese army said it had \"liberated\" the "
     "camp from the Rapid Support Forces (RSF).", "en", 2),
    # the other side telling, in French, it took the camp back from the group the next day: another act
    ("PORT-SOUDAN, 5 décembre 2026 (AFP) - Des combattants paramilitaires ont pris d'assaut mercredi un camp de "
     "déplacés près de Kutum, tuant au moins 31 personnes, a indiqué l'ONU. Jeudi, l'armée soudanaise a affirmé "
     "avoir « libéré » le camp des Forces de soutien rapide (FSR).", "fr", 2),
]


@pytest.mark.parametrize("text,lang,n", GUARDS, ids=["en-0", "fr-1", "en-2", "en-3", "en-4", "fr-5"])
def test_another_act_of_the_group_or_of_the_other_side_stays_its_own(text, lang, n):
    got = extracting.incidents(text, lang, dt.date(2026, 12, 5))
    assert len(got) == n
    assert "military forces of sudan" not in extracting.doers(got[0])
    assert [c.speaker for c in got[0].claims] in (["United Nations"], ["ONU"])
    assert all(c.stance == "supports" for c in got[0].claims)
    assert got[1].sub_event_type in ("Non-state actor overtakes territory", "Government regains territory")


# a force's statement of its own act, its word kept at a distance, with no act told before it: its act, its claim
# supports (docs/conventions.md, "A force's statement of its own act")
ALONE = [
    ("BAMAKO, Dec 4, 2026 (AFP) - The Malian army said on Thursday it had \"neutralised\" 30 terrorists in an "
     "operation near Douentza.", "en"),
    ("BAMAKO, 4 décembre 2026 (AFP) - L'armée malienne a affirmé jeudi avoir « neutralisé » 30 terroristes lors d'une "
     "opération près de Douentza.", "fr"),
]


@pytest.mark.parametrize("text,lang", ALONE, ids=[f"{r[1]}-{k}" for k, r in enumerate(ALONE)])
def test_a_forces_own_word_alone_is_its_act(text, lang):
    got = extracting.incidents(text, lang, PUB)
    assert len(got) == 1
    assert extracting.doers(got[0]) == ["military forces of mali"]
    assert got[0].fatalities is not None and got[0].fatalities.best == 30
    assert all(c.stance == "supports" for c in got[0].claims)
