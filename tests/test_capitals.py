"""Text written all in capitals (wire copy, telex) is parsed like ordinary text (FR and EN)."""

import pytest
from extracting import PUBLISHED, incidents

from bilan import nlp
from bilan.model import Document
from bilan.pipeline import extract_many


@pytest.mark.parametrize("text,lang,who", [
    ("HEAVILY ARMED MEN KIDNAPPED A JUDGE IN MEDELLIN ON FRIDAY, THE POLICE SAID.", "en", "HEAVILY ARMED MEN"),
    ("DES HOMMES ARMÉS ONT ENLEVÉ UN JUGE À MEDELLIN VENDREDI, SELON LA POLICE.", "fr", "HOMMES ARMÉS"),
])
def test_an_abduction_in_capitals_is_read(text, lang, who):
    (inc,) = incidents(text, lang)
    assert inc.sub_event_type == "Abduction/forced disappearance"
    assert [a.mention for a in inc.actors_in("actor1")] == [who]


def test_the_text_and_offsets_are_those_written():
    text = "GUERRILLAS DYNAMITED TWO POWER PYLONS NEAR USULUTAN ON SUNDAY NIGHT, THE ARMY SAID."
    doc = nlp.parse(text, "en")
    assert doc.text == text and doc[1].lemma_ == "dynamite"
    (ex,) = list(extract_many([Document(doc_id="t", text=text, language="en", published=PUBLISHED)]))
    (inc,) = ex.incidents
    assert [t.mention for t in inc.targets] == ["POWER PYLONS"]
    assert all(text[e.start:e.end] == e.text for e in inc.evidence)


def test_ordinary_text_is_parsed_once():
    assert not nlp.mostly_capitals("Gunmen kidnapped a judge in Medellin on Friday, the police said.")
    assert nlp.mostly_capitals("GUNMEN KIDNAPPED A JUDGE IN MEDELLIN ON FRIDAY, THE POLICE SAID.")


def test_a_title_case_headline_is_parsed_in_lower_case():
    # the small model reads "Kills" in a title-case headline as a name: no toll before
    (inc,) = incidents("Central African Republic Grenade Attack Kills Three Before Vote", "en")
    assert inc.sub_event_type == "Grenade" and inc.fatalities is not None and inc.fatalities.low == 3
    (inc,) = incidents("Des Hommes Armés Enlèvent Un Prêtre Près De Bangui", "fr")
    assert inc.sub_event_type == "Abduction/forced disappearance"
    assert [a.mention for a in inc.actors_in("actor1")] == ["Hommes Armés"]


def test_title_case_is_told_from_names_in_a_sentence():
    doc = nlp.parse("Gunmen Attack Ivory Coast Hotel Popular With Foreigners. Armed men attacked a hotel.", "en")
    assert doc.text.startswith("Gunmen Attack") and doc[1].pos_ == "VERB"
    # an ordinary sentence with a few names is no headline
    assert nlp._title_words(nlp.parse("The United Nations said Ivory Coast troops attacked a hotel.", "en")) is None


@pytest.mark.parametrize("text,lang", [
    ("MARIO LOPEZ, A LEADER OF THE NATIONAL REVOLUTIONARY MOVEMENT [MNR], WAS KILLED TODAY BY"
     " UNIDENTIFIED MEN IN THIS CAPITAL.", "en"),
    ("UNIDENTIFIED MEN KILLED A LEADER OF THE NATIONAL UNION OF WORKERS [UNT] TODAY IN THE CAPITAL.", "en"),
    ("LES REBELLES DU FRONT FARABUNDO MARTI DE LIBÉRATION NATIONALE [FMLN] ONT ATTAQUÉ UNE CASERNE.", "fr"),
    ("Des inconnus ont tué un dirigeant de l'Union nationale des travailleurs (UNT) dans la capitale.", "fr"),
])
def test_a_bracket_opened_after_a_word_does_not_start_a_sentence(text, lang):
    # in capitals the parser took "[MNR]" for the start of a sentence, cutting the victim from "KILLED"
    (sent,) = nlp.parse(text, lang).sents
    assert sent.text == text


def test_a_victim_named_before_a_bracketed_acronym_is_read():
    (inc,) = incidents("MARIO LOPEZ, A LEADER OF THE NATIONAL REVOLUTIONARY MOVEMENT [MNR], WAS KILLED TODAY"
                       " BY UNIDENTIFIED MEN IN THIS CAPITAL.", "en")
    assert [a.mention for a in inc.actors_in("victim")] == ["MARIO LOPEZ, A LEADER"]


def test_a_bracket_after_a_line_break_or_a_dateline_may_start_a_sentence():
    doc = nlp.parse("Gunmen killed two men in Bria on Friday.\n\n(Reporting by the newsroom.)", "en")
    assert [s.text for s in doc.sents][-1] == "(Reporting by the newsroom.)"
    doc = nlp.parse("BOGOTA, 3 MAR 90 (EFE) -- [TEXT] GUNMEN KILLED TWO POLICEMEN IN THE CAPITAL TODAY.", "en")
    assert any(s.text.startswith("[TEXT]") for s in doc.sents)
