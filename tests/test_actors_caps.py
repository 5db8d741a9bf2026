"""Perpetrators named by aliases or descriptions, in ordinary and in upper-case wire copy (FR and EN)."""

import pytest
from extracting import incidents


def actor1(text: str, lang: str) -> list[tuple[str, str]]:
    return [(a.name, a.mention) for i in incidents(text, lang) for a in i.actors_in("actor1")]


@pytest.mark.parametrize("text,lang,name", [
    ("GUERRILLAS OF THE SHINING PATH ATTACKED A POLICE STATION IN AYACUCHO ON MONDAY.", "en", "Shining Path"),
    ("Rebels of the FARC attacked a police station in Cali on Monday.", "en", "FARC: Revolutionary Armed Forces of Colombia"),
    ("Des guérilleros des FARC ont attaqué un poste de police à Cali lundi.", "fr",
     "FARC: Revolutionary Armed Forces of Colombia"),
    ("Le Sentier lumineux a attaqué un poste de police à Ayacucho lundi.", "fr", "Shining Path"),
])
def test_named_groups_are_perpetrators(text, lang, name):
    assert name in [n for n, _ in actor1(text, lang)]


@pytest.mark.parametrize("text,lang,words", [
    ("Heavily armed men kidnapped a judge in Medellin on Friday.", "en", "Heavily armed men"),
    ("A death squad murdered two farmers near Tegucigalpa on Friday.", "en", "death squad"),
    ("Des tueurs à gages ont assassiné un juge à Medellín vendredi.", "fr", "tueurs à gages"),
    # unknown people who kill or abduct are the doers by their words, not the act's own word
    ("Des inconnus ont tué un dirigeant syndical lundi à Bangui.", "fr", "Des inconnus"),
    ("DES INCONNUS ONT TUÉ UN DIRIGEANT SYNDICAL LUNDI À BANGUI.", "fr", "DES INCONNUS"),
    ("Le maire a été enlevé par des inconnus lundi à Bria.", "fr", "des inconnus"),
    ("Unknown gunmen killed a union leader in Bangui on Monday.", "en", "Unknown gunmen"),
])
def test_unnamed_perpetrators_keep_their_words(text, lang, words):
    assert words in [m for _, m in actor1(text, lang)]


def test_an_upper_case_verb_is_not_an_acronym():
    text = "THE BOMB THAT EXPLODED IN LIMA ON MONDAY IS THE THIRD THIS WEEK, THE POLICE SAID."
    assert "Islamic State" not in [n for n, _ in actor1(text, "en")]
    # the acronym still reads in ordinary copy
    assert "Islamic State" in [n for n, _ in actor1("IS fighters attacked a checkpoint in Raqqa on Monday.", "en")]


def test_an_unknown_motive_is_no_perpetrator():
    # "inconnus" as an adjective ("pour des motifs inconnus") names nobody
    assert "motifs inconnus" not in [m for _, m in actor1("Un commerçant a été tué pour des motifs inconnus lundi à Bria.", "fr")]
    assert "inconnus" not in " ".join(m for _, m in actor1("Un commerçant a été tué pour des motifs inconnus lundi à Bria.", "fr"))

