"""Wire copy in capitals: every word looks like a name, so common words and look-alikes are no places."""

from bilan import nlp
from bilan.extract.places import _common_word, find_places
from bilan.gazetteer import Gazetteer


def places(text: str) -> dict[str, str]:
    return {pm.text: pm.place.country for pm in find_places(nlp.parse(text, "en"), "en")}


def test_an_untagged_word_is_no_place_by_its_consonant_skeleton_alone():
    gaz = Gazetteer.default()
    assert gaz.resolve_mention("BONUS OF", lang="en")[0].country == "EG"  # Banī Suwayf, by skeleton
    assert gaz.resolve_mention("BONUS OF", lang="en", fuzzy=False) is None
    got = places("LA PAZ, 15 NOV 89 (LA RED PANAMERICANA) -- [TEXT] THE STRIKE BY TEACHERS, WHO ARE "
                 "DEMANDING A BONUS OF 300 PESOS, HAS LED TO CLASHES. THE REBELS SPOKE WITH THE MANAGER.")
    assert not {"BONUS OF", "BONUS", "MANAGER"} & set(got)


def test_common_words_in_capitals_are_no_places():
    gaz = Gazetteer.default()
    doc = nlp.parse("SAN SALVADOR, 12 NOV 89 -- [TEXT] THE PEOPLE HAVE THE RIGHT TO DEMAND JUSTICE, "
                    "THE MINISTER SAID IN BOGOTA.", "en")
    word = {t.text: doc[t.i : t.i + 1] for t in doc}
    # an adjective/verb/adverb of the word list is never a place; a noun only when it names a big city
    assert _common_word(word["RIGHT"], "en", gaz.resolve("RIGHT", lang="en") or gaz.resolve("Surprise"))
    assert _common_word(word["JUSTICE"], "en", gaz.resolve("Justice", country_hint="US"))
    assert not _common_word(word["BOGOTA"], "en", gaz.resolve("Bogota"))
    assert places(doc.text)["SAN SALVADOR"] == "SV"
