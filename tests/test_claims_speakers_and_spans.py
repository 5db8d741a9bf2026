"""Claims: who lays an act at a group's door speaks (« Le ministre a attribué l'attaque aux jihadistes », "The minister
blamed the attack on the ADF": the minister's claim, claims._lays_an_act); a claim's words start after a wire dateline
(incidents._claim_text_span); a doer's plain account of the act told before is its claim on that act, not a new act
(incidents._doers_own_word)."""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 3, 8)


def _ids(rows) -> list[str]:
    return [f"{(r.values if hasattr(r, 'values') else r)[1]}-{k}" for k, r in enumerate(rows)]

EN_ACT = "Gunmen attacked the village of Bossembele on Saturday, killing six civilians. "
FPRC = "FPRC: Popular Front for the Renaissance of Central African Republic"
FR_ACT = "Des hommes armés ont attaqué samedi le village de Bossembélé, tuant six civils. "

# the sentence that lays the act at a group's door, the speaker, the verb, the certainty, the doer
BLAME = [
    (FR_ACT + "Le ministre de la Défense a attribué l'attaque aux rebelles de l'UPC.", "fr",
     "ministre de la Défense", "attribuer", "alleged", "UPC"),
    (EN_ACT + "The defence minister attributed the attack to UPC rebels.", "en",
     "defence minister", "attribute", "alleged", "UPC"),
    (EN_ACT + "The defence minister blamed the attack on the ADF.", "en",
     "defence minister", "blame", "alleged", "Allied Democratic Forces"),
    (FR_ACT + "Le ministre de la Défense a attribué l'attaque aux jihadistes.", "fr",
     "ministre de la Défense", "attribuer", "alleged", None),
    (EN_ACT + "The defence minister blamed the attack on jihadists.", "en",
     "defence minister", "blame", "alleged", None),
    # said by the agent of a passive
    (FR_ACT + "L'attaque a été attribuée aux ADF par le ministre de la Défense.", "fr",
     "ministre de la Défense", "attribuer", "alleged", "Allied Democratic Forces"),
    # in a relative clause on the act's noun, with a subject of its own
    ("Des hommes armés ont tué six civils samedi dans le village de Bossembélé, une attaque que le ministre de la "
     "Défense a attribuée aux ADF.", "fr", "ministre de la Défense", "attribuer", "alleged", "Allied Democratic Forces"),
    ("Gunmen killed six civilians in the village of Bossembele on Saturday, an attack the defence minister attributed "
     "to the ADF.", "en", "defence minister", "attribute", "alleged", "Allied Democratic Forces"),
    # the group named in the phrase it is blamed on, the act a pronoun or its responsibility
    (EN_ACT + "The governor blamed the attack on a dissident FPRC faction.", "en", "governor", "blame", "alleged", FPRC),
    (FR_ACT + "Le gouverneur a attribué l'attaque à une faction dissidente du FPRC.", "fr", "gouverneur", "attribuer",
     "alleged", FPRC),
    (EN_ACT + "The governor attributed it to the FPRC.", "en", "governor", "attribute", "alleged", FPRC),
    (FR_ACT + "Le gouverneur l'a attribuée au FPRC.", "fr", "gouverneur", "attribuer", "alleged", FPRC),
    (FR_ACT + "Le gouverneur a attribué la responsabilité de l'attaque au FPRC.", "fr", "gouverneur", "attribuer",
     "alleged", FPRC),
    # « imputer », a reporting verb already: one claim, the minister's, not a second one of the text's own
    (FR_ACT + "Le ministre de la Défense a imputé l'attaque aux ADF.", "fr",
     "ministre de la Défense", "imputer", "alleged", "Allied Democratic Forces"),
]


@pytest.mark.parametrize("text,lang,speaker,verb,certainty,doer", BLAME,
                         ids=_ids(BLAME))
def test_who_lays_the_act_at_a_groups_door_speaks(text, lang, speaker, verb, certainty, doer):
    got = extracting.incidents(text, lang, PUB)
    assert len(got) == 1
    claims = got[0].claims
    assert len(claims) == 1
    claim = claims[0]
    assert (claim.speaker, claim.verb, claim.certainty, claim.stance) == (speaker, verb, certainty, "supports")
    doers = [a.name for a in got[0].actors if a.role == "actor1"]
    if doer is not None:
        assert doers == [doer]
    else:
        assert all(a.kind == "unidentified" for a in got[0].actors if a.role == "actor1")


# the text's own attribution, said by no one: a claim with no speaker, the predicate's certainty
TEXTS_OWN = [
    (FR_ACT + "L'attaque a été attribuée aux ADF.", "fr"),
    (EN_ACT + "The attack was attributed to the ADF.", "en"),
    ("Des hommes armés ont tué six civils samedi dans le village de Bossembélé, une attaque attribuée aux ADF.", "fr"),
    ("Gunmen killed six civilians in the village of Bossembele on Saturday, in an attack attributed to the ADF.", "en"),
]


@pytest.mark.parametrize("text,lang", TEXTS_OWN, ids=_ids(TEXTS_OWN))
def test_an_attribution_said_by_no_one_stays_the_texts_own(text, lang):
    got = extracting.incidents(text, lang, PUB)
    assert len(got) == 1
    assert [(c.speaker, c.verb, c.certainty) for c in got[0].claims] == [(None, "attribute", "alleged")]
    assert [a.name for a in got[0].actors if a.role == "actor1"] == ["Allied Democratic Forces"]


NO_CLAIM = [
    # negated: no one's claim
    (EN_ACT + "The defence minister did not attribute the attack to any group.", "en"),
    (FR_ACT + "Le ministre de la Défense n'a attribué l'attaque à aucun groupe.", "fr"),
    # a prize awarded lays no act at anyone's door
    (FR_ACT + "Le gouvernement a attribué un prix au maire du village.", "fr"),
    (EN_ACT + "The government attributed a reward to the village mayor.", "en"),
]


@pytest.mark.parametrize("text,lang", NO_CLAIM, ids=_ids(NO_CLAIM))
def test_no_attribution_no_claim(text, lang):
    got = extracting.incidents(text, lang, PUB)
    assert len(got) == 1
    assert not [c for c in got[0].claims if c.verb in ("attribute", "attribuer")]


# a claim's words start after the wire dateline the parse left in its sentence
DATELINE = [
    ("BANGUI (AFP) - Des hommes armés ont tué six civils samedi dans le village de Bossembélé, selon un responsable "
     "local.", "fr", "Des hommes armés ont tué", "responsable local"),
    ("BANGUI, 7 mars (AFP) - Des hommes armés ont tué six civils samedi dans le village de Bossembélé, a indiqué un "
     "responsable local.", "fr", "Des hommes armés ont tué", "responsable local"),
    ("KANO, Nigeria (Reuters) - Gunmen killed six villagers on Saturday in the village of Dambatta, a police spokesman "
     "said.", "en", "Gunmen killed six", "police spokesman"),
    ("KANO, March 7 (Reuters) -- Gunmen killed six villagers on Saturday in the village of Dambatta, according to a "
     "local official.", "en", "Gunmen killed six", "local official"),
    # after a headline line of its own
    ("Six civils tués en Centrafrique\n\nBANGUI (AFP) - Des hommes armés ont tué six civils samedi dans le village de "
     "Bossembélé, selon un responsable local.", "fr", "Des hommes armés ont tué", "responsable local"),
]


@pytest.mark.parametrize("text,lang,opening,speaker", DATELINE, ids=_ids(DATELINE))
def test_a_claims_words_start_after_the_dateline(text, lang, opening, speaker):
    got = extracting.incidents(text, lang, PUB)
    assert len(got) == 1
    claims = [c for c in got[0].claims if c.speaker == speaker]
    assert len(claims) == 1
    claim = claims[0]
    assert claim.text.startswith(opening)
    assert text[claim.start:claim.end] == claim.text
    assert claim.text.endswith(".")


SUDAN = dt.date(2026, 12, 4)
RSF = "RSF: Rapid Support Forces"
STORMED_EN = ("PORT SUDAN, Dec 4, 2026 (AFP) - RSF fighters stormed a camp for displaced people near Kutum on Wednesday, "
              "killing at least 31 people, the United Nations said. ")
STORMED_FR = ("PORT-SOUDAN, 4 décembre 2026 (AFP) - Des combattants des FSR ont pris d'assaut mercredi un camp de déplacés "
              "près de Kutum, tuant au moins 31 personnes, a indiqué l'ONU. ")

# the doer's plain account of the act told before: that act, its claim, which supports it
PLAIN = [
    (STORMED_EN + "The RSF said they had taken the camp.", "en"),
    (STORMED_EN.replace("RSF fighters", "Paramilitary fighters") + "The Rapid Support Forces (RSF) said they had taken "
     "the camp.", "en"),
    (STORMED_FR + "Les FSR ont affirmé avoir pris le camp.", "fr"),
]


@pytest.mark.parametrize("text,lang", PLAIN, ids=_ids(PLAIN))
def test_the_doers_plain_account_is_its_claim_on_the_act(text, lang):
    got = extracting.incidents(text, lang, SUDAN)
    assert len(got) == 1
    inc = got[0]
    assert [a.name for a in inc.actors if a.role == "actor1"] == [RSF]
    theirs = [c for c in inc.claims if c.organisation == RSF]
    assert len(theirs) == 1 and theirs[0].stance == "supports" and theirs[0].certainty == "asserted"
    assert theirs[0].text.startswith(("The R", "Les FSR"))


# a new act: another doer on another day, a new place, the doer's own day
NEW_ACT = [
    ("KHARTOUM, Dec 6, 2026 (AFP) - Rebels attacked the town of Kadugli on Friday, killing 12 people, officials said. "
     "The army said it had retaken the town on Sunday.", "en", dt.date(2026, 12, 6), "Government regains territory"),
    (STORMED_EN + "The RSF said they had taken the town of Kabkabiya.", "en", SUDAN,
     "Non-state actor overtakes territory"),
    (STORMED_EN + "The RSF said they had taken the camp on Thursday.", "en", SUDAN,
     "Non-state actor overtakes territory"),
    ("KHARTOUM, 6 décembre 2026 (AFP) - Des rebelles ont attaqué vendredi la ville de Kadugli, tuant 12 personnes, "
     "selon des responsables. L'armée a affirmé avoir repris le contrôle de la ville dimanche.", "fr",
     dt.date(2026, 12, 6), "Government regains territory"),
    (STORMED_FR + "Les FSR ont affirmé avoir pris la ville de Kabkabiya.", "fr", SUDAN,
     "Non-state actor overtakes territory"),
    # (h-retake: « la ville » that the model hangs as a bare modifier beside « dimanche » is the ground retaken)
    ("KHARTOUM, 6 décembre 2026 (AFP) - Des rebelles ont attaqué vendredi la ville de Kadugli, tuant 12 personnes, "
     "selon des responsables. L'armée a affirmé avoir repris la ville dimanche.", "fr", dt.date(2026, 12, 6),
     "Government regains territory"),
]


@pytest.mark.parametrize("text,lang,pub,second", NEW_ACT, ids=_ids(NEW_ACT))
def test_a_new_act_told_by_a_side_stays_its_own(text, lang, pub, second):
    got = extracting.incidents(text, lang, pub)
    assert len(got) == 2
    assert got[1].sub_event_type == second
    assert all(c.stance == "supports" for c in got[1].claims)
