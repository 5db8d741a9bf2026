"""Physical targets: what a bombing, an attack or an arson hit (FR and EN), with their offsets."""

import pytest
from extracting import extract

from bilan.pipeline import extract_document


def targets(text: str, lang: str) -> list[str]:
    doc, incs = extract(text, lang)
    return [t.name for i in incs for t in i.targets]


@pytest.mark.parametrize("text,lang,expected", [
    ("A bomb exploded at the bank in Bamako on Sunday, wounding two guards.", "en", "bank"),
    ("Gunmen set fire to three buses near Kidal on Saturday.", "en", "buses"),
    ("Rebels blew up power lines near Bangui on Friday.", "en", "power lines"),
    ("A car bomb exploded outside the embassy in Kabul on Monday, killing four people.", "en", "embassy"),
    ("Des hommes armés ont attaqué la mairie de Ménaka dimanche.", "fr", "mairie"),
    ("Une bombe a explosé devant une banque à Bamako samedi, blessant deux gardiens.", "fr", "banque"),
    ("Des rebelles ont incendié des camions près de Kaga-Bandoro vendredi.", "fr", "camions"),
])
def test_the_target_of_the_event_is_kept(text, lang, expected):
    assert expected in targets(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("A car bomb exploded in Mogadishu on Monday, killing four people.", "en"),   # the car is the weapon
    ("Un véhicule piégé a explosé à Mogadiscio lundi, tuant quatre personnes.", "fr"),
])
def test_the_weapon_is_not_a_target(text, lang):
    names = targets(text, lang)
    assert not any(n in ("car", "véhicule") for n in names), names


def test_upper_case_wire_copy_gives_targets_too():
    assert "power lines" in targets("GUERRILLAS BLEW UP POWER LINES NEAR SAN SALVADOR ON FRIDAY.", "en")


def test_a_follow_up_sentence_adds_what_was_damaged():
    text = ("A bomb exploded at a bank in Bamako on Sunday, wounding two guards. "
            "The blast also damaged several shops.")
    assert {"bank", "shops"} <= set(targets(text, "en"))


def test_targets_carry_offsets_and_evidence():
    doc, incs = extract("Des hommes armés ont attaqué la mairie de Ménaka dimanche.", "fr")
    (t,) = [t for i in incs for t in i.targets]
    assert doc.text[t.start:t.end] == t.mention and t.kind == "building"
    ev = [e for i in incs for e in i.evidence_for("targets")]
    assert ev and all(doc.text[e.start:e.end] == e.text for e in ev)


def test_an_arrest_has_no_target():
    assert targets("Police arrested two men at the bank in Bamako on Sunday.", "en") == []
