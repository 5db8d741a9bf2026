"""The offline gazetteer: names in several languages and scripts, derived forms, ambiguity,
the disk cache."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from bilan.gazetteer import Gazetteer, Place, cache_path, distance_km, normalize

MOSUL, ALEPPO, DAMASCUS, BANGUI = 99072, 170063, 170654, 2389853
PARIS_FR, PARIS_TX = 2988507, 4717560
TRIPOLI_LY, TRIPOLI_LB, BEIRUT = 2210247, 266826, 276781


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    # min_pop 1000 in the default cache directory: the same index the pipeline uses, built once.
    return Gazetteer(min_pop=1000)


def test_mossoul_is_mosul(gaz):
    place, precision = gaz.resolve_mention("Mossoul", lang="fr")
    assert (place.geonames_id, place.country, place.feature) == (MOSUL, "IQ", "city")
    assert place.lat == pytest.approx(36.335, abs=1e-3)
    assert place.lon == pytest.approx(43.119, abs=1e-3)
    assert place.admin1 == "IQ.15"
    assert precision == "exact"


@pytest.mark.parametrize(("mention", "lang", "gid"), [
    ("Alep", "fr", ALEPPO),
    ("Aleppo", "en", ALEPPO),
    ("Damas", "fr", DAMASCUS),
    ("Bangui", "fr", BANGUI),
    ("MOSSOUL", "fr", MOSUL),  # all-caps dateline
    ("الموصل", None, MOSUL),  # Arabic script
    ("Мосул", None, MOSUL),  # Cyrillic
    ("al-Raqqa", "en", 172955),  # Arabic article stripped when the full name has no match
    ("Le Caire", "fr", 360630),
    ("N’Djaména", "fr", 2427123),  # typographic apostrophe, accent
])
def test_names_in_several_languages_and_scripts(gaz, mention, lang, gid):
    place = gaz.resolve(mention, lang=lang)
    assert place is not None and place.geonames_id == gid


def test_country_names_from_babel(gaz):
    for name in ("Irak", "Iraq", "العراق", "Ирак", "IRAK"):
        place, precision = gaz.resolve_mention(name)
        assert (place.country, place.feature, precision) == ("IQ", "country", "country"), name
    assert gaz.resolve("la Syrie", lang="fr").country == "SY"
    assert gaz.resolve("Birmanie", lang="fr").country == "MM"  # from "Myanmar (Birmanie)" / alias
    assert gaz.resolve("République centrafricaine", lang="fr").country == "CF"


def test_country_centroid_is_inside_the_country(gaz):
    iraq = gaz.resolve("Irak")
    assert iraq.geonames_id == 99237 and iraq.admin1 is None and iraq.population > 30_000_000
    assert 29.0 < iraq.lat < 37.5 and 38.8 < iraq.lon < 48.6
    # countries that straddle the antimeridian keep a sensible point
    fiji = gaz.resolve("Fiji")
    assert -21 < fiji.lat < -15 and (fiji.lon > 174 or fiji.lon < -178)


def test_country_points_are_geonames_like_and_states_resolve(gaz):
    # the Factbook/GeoNames country point, not the population centroid (Russia's is near Moscow)
    assert (gaz.resolve("Russia").lat, gaz.resolve("Russia").lon) == (60.0, 100.0)
    assert (gaz.resolve("United States").lat, gaz.resolve("United States").lon) == (39.76, -98.5)
    for name, cc in (("California", "US"), ("Iowa", "US"), ("Tamil Nadu", "IN"), ("Kan.", "US")):
        place, precision = gaz.resolve_mention(name, lang="en")
        assert (place.country, place.feature, precision) == (cc, "admin1", "admin1"), name
    assert gaz.resolve("Kabul").feature == "city"  # a province named after its capital is the city
    assert gaz.resolve("Washington").feature == "city"  # a big city beats the state of its name
    assert gaz.resolve("Georgia").feature == "country"
    assert gaz.resolve("Georgia", country_hint="US").feature == "admin1"  # in a US story, the state


def test_country_wins_over_a_city_of_the_same_name(gaz):
    for name in ("Lebanon", "Jordan", "Mexique"):
        assert gaz.resolve(name).feature == "country", name
    kinds = [p.feature for p in gaz.candidates("Lebanon")]
    assert kinds[0] == "country" and "city" in kinds  # Lebanon, Pennsylvania etc. are candidates


def test_country_hint_and_context_choose_among_homonyms(gaz):
    assert gaz.resolve("Paris").geonames_id == PARIS_FR
    texas = gaz.resolve("Paris", country_hint="US")
    assert (texas.geonames_id, texas.admin1) == (PARIS_TX, "US.TX")
    assert gaz.resolve("Tripoli").geonames_id == TRIPOLI_LY  # bigger
    assert gaz.resolve("Tripoli", country_hint="LB").geonames_id == TRIPOLI_LB
    assert gaz.resolve("Tripoli", country_hint="ly").geonames_id == TRIPOLI_LY
    beirut = gaz.resolve("Beyrouth", lang="fr")
    assert beirut.geonames_id == BEIRUT
    assert gaz.resolve("Tripoli", context=[beirut]).geonames_id == TRIPOLI_LB


@pytest.mark.parametrize(("mention", "lang", "gid", "precision"), [
    ("Mossoul-ouest", "fr", MOSUL, "near"),
    ("Mossoul-Est", "fr", MOSUL, "near"),
    ("nord de Mossoul", "fr", MOSUL, "near"),
    ("au sud-est de Mossoul", "fr", MOSUL, "near"),
    ("la périphérie de Mossoul", "fr", MOSUL, "near"),
    ("west Mosul", "en", MOSUL, "near"),
    ("East Aleppo", "en", ALEPPO, "near"),
    ("Mosul's old city", "en", MOSUL, "near"),
    ("Mosul’s western outskirts", "en", MOSUL, "near"),
    ("the outskirts of Aleppo", "en", ALEPPO, "near"),
    ("Idlib province", "en", 169389, "admin1"),
    ("province d'Idleb", "fr", 169389, "admin1"),
    ("Gaza-ville", "fr", 281133, "exact"),
    ("Gaza City", "en", 281133, "exact"),
    ("Mosul", None, MOSUL, "exact"),
])
def test_derived_forms(gaz, mention, lang, gid, precision):
    place, got = gaz.resolve_mention(mention, lang=lang)
    assert (place.geonames_id, got) == (gid, precision)


def test_derived_forms_of_countries_stay_country_precision(gaz):
    for mention, lang, cc in (("nord de l'Irak", "fr", "IQ"), ("northern Iraq", "en", "IQ"),
                              ("l'est de l'Ukraine", "fr", "UA")):
        place, precision = gaz.resolve_mention(mention, lang=lang)
        assert (place.country, place.feature, precision) == (cc, "country", "country"), mention


def test_affixes_are_stripped_only_when_the_rest_resolves(gaz):
    # "Ghouta" is a curated region, not a city: "eastern Ghouta" is the region itself
    place, precision = gaz.resolve_mention("eastern Ghouta", lang="en")
    assert (place.name, place.feature, place.country, precision) == ("Eastern Ghouta", "region", "SY", "near")
    assert gaz.resolve_mention("Ghouta orientale", lang="fr")[0] == place
    assert gaz.resolve_mention("west Xqzvbnt", lang="en") is None
    assert gaz.resolve_mention("nord de Xqzvbnt", lang="fr") is None


def test_curated_regions(gaz):
    strip, precision = gaz.resolve_mention("Bande de Gaza", lang="fr")
    assert (strip.feature, strip.country, strip.geonames_id, precision) == ("region", "PS", None, "admin1")
    assert gaz.resolve("the Gaza Strip", lang="en") == strip
    assert gaz.resolve("Cisjordanie", lang="fr") == gaz.resolve("West Bank", lang="en")
    assert gaz.resolve("Nord-Kivu", lang="fr").name == "North Kivu"


def test_acronyms_match_only_in_capitals(gaz):
    assert gaz.resolve("RDC", lang="fr").country == "CD"
    assert gaz.resolve("U.S.", lang="en").country == "US"
    assert gaz.resolve("us", lang="en") is None
    assert gaz.resolve("ONU", lang="fr") is None  # an alternate name of a French town
    assert gaz.resolve("BENI", lang="en").country == "CD"  # short all-caps main name: a dateline


def test_common_words_codes_and_nonsense_do_not_resolve(gaz):
    assert gaz.resolve("Xqzvbnt") is None
    assert gaz.resolve_mention("Blorptown Heights") is None
    assert gaz.candidates("Xqzvbnt") == []
    for word in ("Police", "Hamas", "Of", "Wagner", "Nord", "the", "", "   ", "-"):
        assert gaz.resolve_mention(word) is None, word
    # IATA codes and machine transliterations among GeoNames alternate names are not indexed
    assert all(p.geonames_id != MOSUL for p in gaz.candidates("OSM"))
    assert all(p.geonames_id != PARIS_FR for p in gaz.candidates("pyrs"))


def test_transliteration_variants_of_arabic_names(gaz):
    # not in GeoNames as written; found through the consonant skeleton of Syrian names
    assert gaz.resolve("Maarat al-Noomane", lang="fr").geonames_id == 167611
    assert gaz.resolve("Boukamal", lang="fr").geonames_id == 174448
    # short skeletons are not used: a person's name must not become a town
    assert gaz.resolve("Biden", lang="en") is None


def test_candidates_are_ordered(gaz):
    cands = gaz.candidates("Tripoli")
    assert {TRIPOLI_LY, TRIPOLI_LB} <= {p.geonames_id for p in cands}
    pops = [p.population for p in cands if p.feature == "city"]
    assert pops == sorted(pops, reverse=True)


def test_normalize():
    assert normalize("N’Djaména") == normalize("Ndjamena") == "ndjamena"
    assert normalize("Mossoul-Ouest") == normalize("mossoul  ouest") == "mossoul ouest"
    assert normalize("Łódź") == "lodz"
    assert normalize("İstanbul") == "istanbul"


def test_bad_input_is_a_clear_error(gaz):
    with pytest.raises(TypeError, match="must be a str"):
        gaz.resolve(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        gaz.resolve_mention(42)  # type: ignore[arg-type]


def test_place_is_frozen(gaz):
    place = gaz.resolve("Mossoul")
    assert isinstance(place, Place)
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.name = "x"  # type: ignore[misc]


def test_distance_km():
    assert distance_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.5, rel=0.01)
    assert distance_km(36.335, 43.119, 36.335, 43.119) == 0.0
    assert distance_km(0, 0, 0, 180) == pytest.approx(20015, rel=0.001)
    a = distance_km(36.2, 37.16, 33.51, 36.29)
    assert a == pytest.approx(distance_km(33.51, 36.29, 36.2, 37.16))
    assert 300 < a < 320  # Aleppo - Damascus


# -- the disk cache (min_pop 15000: a smaller file, quicker to build)

QUESTIONS = ("Mossoul", "Irak", "Tripoli", "Paris", "Alep", "RDC", "Bande de Gaza", "Xqzvbnt")


def _answers(g: Gazetteer):
    return [g.resolve_mention(q) for q in QUESTIONS] + [g.resolve("Tripoli", country_hint="LB")]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A gazetteer built into an empty cache directory named by BILAN_CACHE_DIR."""
    cache_dir = tmp_path_factory.mktemp("gazetteer-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BILAN_CACHE_DIR", str(cache_dir))
        mp.setenv("BILAN_GAZETTEER_MIN_POP", "15000")
        gaz = Gazetteer.default()
        assert Gazetteer.default() is gaz
    return gaz, cache_dir


def test_cache_round_trip(built, monkeypatch):
    gaz, cache_dir = built
    assert not gaz.loaded_from_cache
    assert gaz.cache_file == cache_path(15000, cache_dir) and gaz.cache_file.parent == cache_dir
    assert gaz.cache_file.name.startswith("gazetteer-") and gaz.cache_file.name.endswith("-15000.pkl")
    assert [p.name for p in cache_dir.iterdir()] == [gaz.cache_file.name]  # no temp file left
    monkeypatch.setenv("BILAN_CACHE_DIR", str(cache_dir))
    loaded = Gazetteer(min_pop=15000)
    assert loaded.loaded_from_cache and loaded is not gaz
    assert _answers(loaded) == _answers(gaz)
    assert _answers(gaz)[0][0].geonames_id == MOSUL
    assert all(p.population >= 15000 for p in loaded.candidates("Paris") if p.feature == "city")


def test_corrupt_or_stale_cache_is_rebuilt(built, tmp_path):
    gaz, _ = built
    expected = _answers(gaz)
    good = gaz.cache_file.read_bytes()
    target = cache_path(15000, tmp_path)
    # a truncated write, and a well-formed cache of other sources or build rules
    for junk in (good[: len(good) // 2], pickle.dumps({"fingerprint": "old"})):
        target.write_bytes(junk)
        again = Gazetteer(min_pop=15000, cache_dir=tmp_path)
        assert not again.loaded_from_cache
        assert _answers(again) == expected
        assert Gazetteer(min_pop=15000, cache_dir=tmp_path).loaded_from_cache  # the file was replaced


def test_unwritable_cache_dir_still_works(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    g = Gazetteer(min_pop=15000, cache_dir=blocker / "sub")  # cannot mkdir under a file
    assert g.resolve("Mossoul").geonames_id == MOSUL


def test_bad_min_pop_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("BILAN_GAZETTEER_MIN_POP", "lots")
    with pytest.raises(ValueError, match="BILAN_GAZETTEER_MIN_POP"):
        Gazetteer.default()
    with pytest.raises(ValueError):
        Gazetteer(min_pop=-1)


def test_overlong_mentions_are_not_places(gaz):
    assert gaz.resolve_mention("nord de " + "Mossoul " * 200) is None


def test_a_state_abbreviation_without_its_final_period(gaz):
    # the tagger often leaves the final period out of "W.Va."
    assert gaz.resolve_mention("W.Va", lang="en")[0].admin1 == "US.WV"
    assert gaz.resolve_mention("N.Y", lang="en")[0].admin1 == "US.NY"
    # a one-part abbreviation without its period is a word ("Mass" is no Massachusetts)
    assert all(c.admin1 != "US.MA" for c in gaz.candidates("Mass", lang="en"))


def test_name_lookups_are_remembered_and_stay_whole(gaz):
    # a name looked up again (the places stage asks for each name several times per document) is
    # answered from memory, alike, and a caller's change to the answer does not reach the memory
    for name, lang in (("Mossoul", "fr"), ("Mosul", "en"), ("le Caire", "fr"), ("Nowhereville Zzq", "en")):
        first = gaz._hits(name, lang)
        first.append((-1, 0))
        again = gaz._hits(name, lang)
        assert (-1, 0) not in again
        assert again == gaz._hits_uncached(name, lang)
        assert gaz._hits(name, lang, fuzzy=False) == gaz._hits_uncached(name, lang, fuzzy=False)
    with pytest.raises(TypeError):
        gaz._hits(["Mosul"], "en")


def test_blob_find_with_its_sampled_index_finds_what_a_full_bisection_finds():
    from bisect import bisect_left

    from bilan.gazetteer import BLOB_STRIDE, _Blob

    words = sorted({f"{a}{b}{c}" for a in "abcdé" for b in "xyzwï" for c in ("", "n", "ville", " sur mer", "-est")}, key=str.encode)
    assert len(words) > 3 * BLOB_STRIDE
    blob = _Blob.of(words)
    for probe in [*words, "", "a", "zz", "éz", "\uffff", "abz", *(w + "!" for w in words[::7]), *(w[:-1] for w in words[::5])]:
        b = probe.encode("utf-8")
        i = bisect_left(blob, b, 0, len(blob))
        assert blob.find(probe) == (i if i < len(blob) and blob[i] == b else -1), probe


def test_affix_gate_lets_through_every_name_an_affix_rule_fits():
    from bilan.gazetteer import _AFFIX_GATES, _AFFIX_RES

    names = ["west mosul", "la peripherie de mossoul", "mosul's old city", "idlib province", "the province of idlib",
             "nord de l'irak", "ville de gao", "bogota", "killed three", "near kabul", "region de mopti", "mopti"]
    for lang, rules in _AFFIX_RES.items():
        for name in names:
            assert (_AFFIX_GATES[lang].fullmatch(name) is not None) == any(rx.fullmatch(name) for rx, _ in rules), (lang, name)


@pytest.mark.parametrize(("lang", "run"), [
    # runs of capitals read from one word on, each name the one before and one word more
    ("en", ["SAN", "SAN MIGUEL", "SAN MIGUEL WAS", "SAN MIGUEL WAS SHELLED"]),
    ("en", ["SOLDIERS", "SOLDIERS NEAR", "SOLDIERS NEAR MOSUL"]),
    ("en", ["NORTH", "NORTH OF", "NORTH OF ALEPPO", "NORTH OF ALEPPO YESTERDAY"]),
    ("en", ["THE", "THE OUTSKIRTS", "THE OUTSKIRTS OF", "THE OUTSKIRTS OF KABUL"]),
    ("en", ["KABUL", "KABUL'S", "KABUL'S OUTSKIRTS"]),
    ("en", ["IDLIB", "IDLIB PROVINCE", "IDLIB PROVINCE WAS", "IDLIB PROVINCE WAS HIT"]),
    ("en", ["AL", "AL QAIM", "AL QAIM BORDER"]),
    ("en", ["TROOPS", "TROOPS LEFT", "TROOPS LEFT GAZA CITY"]),
    ("en", ["U.S.", "U.S. TROOPS"]),
    ("fr", ["LA", "LA BANLIEUE", "LA BANLIEUE DE", "LA BANLIEUE DE MOSSOUL"]),
    ("fr", ["PRES", "PRES DE", "PRES DE MOSSOUL", "PRES DE MOSSOUL HIER"]),
    ("fr", ["MOSSOUL", "MOSSOUL-OUEST", "MOSSOUL-OUEST A", "MOSSOUL-OUEST A ETE"]),
    ("fr", ["RDC", "RDC ET", "RDC ET RWANDA"]),
    ("fr", ["NORD", "NORD D'", "NORD D'IDLEB"]),
    ("fr", ["L'", "L'EST", "L'EST DE", "L'EST DE L'UKRAINE"]),
    ("fr", ["LES", "LES REBELLES", "LES REBELLES ONT", "LES REBELLES ONT FUI"]),
])
def test_may_resolve_run_never_hides_a_place(gaz, lang, run):
    # a name the gate turns away is one resolve_mention (fuzzy=False) finds nothing for
    may = gaz.may_resolve_run(run, lang)
    assert len(may) == len(run)
    for name, ok in zip(run, may):
        if not ok:
            assert gaz.resolve_mention(name, lang=lang, fuzzy=False) is None, name
    # and asked again, name by name, it says the same
    assert [gaz.may_resolve_run([name], lang)[0] for name in run] == may


def test_may_resolve_run_turns_away_what_starts_no_name(gaz):
    assert gaz.may_resolve_run(["XQZVBNT", "XQZVBNT BLORP", "XQZVBNT BLORP WAS"], "en") == [False] * 3
    assert gaz.may_resolve_run(["QWXZ", "QWXZ TRUC", "QWXZ TRUC ET"], "fr") == [False] * 3
    # a place name is let through, and so is its derived form
    assert gaz.may_resolve_run(["MOSUL"], "en") == [True]
    assert gaz.may_resolve_run(["XQZVBNT PROVINCE", "PRES DE XQZVBNT"], "fr") == [True, True]
