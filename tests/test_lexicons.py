"""The per-language lexicons: which languages a component has, and the core reading its lists from
them (adding a language means adding lexicon modules, never editing the core)."""

from bilan import gazetteer
from bilan.extract import places
from bilan.lexicons import languages, load, words


def test_the_languages_of_a_component_are_its_modules_by_language_code():
    assert languages("events") == ("en", "fr")
    # places_us_counties is a table of the English places lexicon, no language
    assert languages("places") == ("en", "fr")
    assert languages("nonexistent") == ()


def test_a_missing_list_or_language_reads_as_empty():
    assert words("places", "xx", "STATE_CUES") == frozenset()
    assert words("places", "en", "NO_SUCH_LIST") == frozenset()
    assert places._mapping("xx", "DIVISION_PLURALS") == {}
    assert places._mapping("en", "NO_SUCH_MAPPING") == {}


def test_the_gazetteer_reads_its_name_rules_from_the_places_lexicons():
    for lang in languages("places"):
        lex = load("places", lang)
        assert gazetteer.ARTICLES[lang] == tuple(lex.LEADING_ARTICLES)
        assert gazetteer.STOPWORDS[lang] == frozenset(lex.NOT_PLACE_NAMES)
        assert gazetteer.AFFIXES[lang].rules == tuple(tuple(r) for r in lex.AFFIX_RULES)
    # transliterated Arabic articles belong to names, not to a language of the text
    assert "al " in gazetteer.ARTICLES["ar"]
    assert ("ch", "sh") in gazetteer.TRANSLIT["fr"]


def test_the_language_rules_still_resolve_names():
    gaz = gazetteer.Gazetteer.default()
    # French affix and article rules ("la ville de Mossoul"), English ones ("the outskirts of Mosul")
    assert gaz.resolve_mention("la ville de Mossoul", lang="fr")[0].name == "Mosul"
    assert gaz.resolve_mention("the outskirts of Mosul", lang="en")[1] == "near"


def test_each_language_has_a_warm_up_text_that_yields_an_incident():
    from bilan import pipeline
    from bilan.model import Document
    for lang in languages("events"):
        text = pipeline._warm_up_text(lang)
        assert text
        ex = next(iter(pipeline.extract_many([Document(doc_id=f"w-{lang}", text=text, language=lang)])))
        assert ex.incidents and ex.incidents[0].fatalities.best == 2
    assert pipeline._warm_up_text("xx") is None
