"""One raid told village by village (h-villages): « Près de quarante civils ont été tués jeudi ... dans deux villages
... Les assaillants ont fait irruption dans le village de X, où ils auraient tué 27 personnes, avant de se rendre à
Y, ..., où une douzaine d'habitants ont été abattus »: ACLED codes one event per place, so the sentence told place by
place is two acts, each with its own place and dead (incidents._acts_where); the lead's figure over both, which the
two places' figures account for, is their total and folds into the first place's act as a lead summing up towns does
(docs/conventions.md, "A lead that sums up towns"). A name the tagger calls a person that a relative clause of place
opens on (« à Y, à une dizaine de kilomètres, où ... ») is a place (places._where_after).

Rows written for this file, French and English, with our own names, before bilan was run on them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import incidents

PUB = dt.date(2026, 12, 5)

FR_TWO = ("Niger : une quarantaine de civils tués dans l'ouest\n\n"
          "NIAMEY, 5 décembre 2026 (AFP) - Près de quarante civils ont été tués jeudi par des hommes armés à moto "
          "dans deux villages de la région de Tillabéri, a-t-on appris vendredi de sources locales. Les assaillants "
          "ont fait irruption en fin d'après-midi dans le village de Kobadié, où ils auraient tué 27 personnes, avant "
          "de se rendre à Sona Beri, à une dizaine de kilomètres, où une douzaine d'habitants ont été abattus, selon "
          "un élu de la zone.")
EN_TWO = ("Niger: some forty civilians killed in the west\n\n"
          "NIAMEY, Dec 5 (AFP) - Nearly forty civilians were killed on Thursday by gunmen on motorbikes in two "
          "villages of the Tillaberi region, in western Niger, local sources said on Friday. The attackers stormed "
          "the village of Kobadie late in the afternoon, where they killed 27 people, before moving on to Sona Beri, "
          "about ten kilometres away, where a dozen residents were shot dead, a local official said.")
FR_ONE = ("Niger : 27 civils tués dans l'ouest\n\n"
          "NIAMEY, 5 décembre 2026 (AFP) - Des hommes armés ont tué jeudi 27 civils dans la région de Tillabéri, "
          "a-t-on appris vendredi de sources locales. Les assaillants ont fait irruption en fin d'après-midi dans le "
          "village de Kobadié, où ils ont tué 27 personnes, selon un élu de la zone.")
EN_ONE = ("Niger: 27 civilians killed in the west\n\n"
          "NIAMEY, Dec 5 (AFP) - Gunmen killed 27 civilians on Thursday in the Tillaberi region, local sources said "
          "on Friday. The attackers stormed the village of Kobadie late in the afternoon, where they killed 27 "
          "people, a local official said.")


def _by_place(text: str, lang: str) -> dict[str, tuple]:
    return {i.location.name: (i.fatalities.best if i.fatalities else None, i.date.start)
            for i in incidents(text, lang, PUB)}


@pytest.mark.parametrize("text, lang, want", [
    (FR_TWO, "fr", {"Kobadié": (27, dt.date(2026, 12, 3)), "Sona Beri": (12, dt.date(2026, 12, 3))}),
    (EN_TWO, "en", {"Kobadie": (27, dt.date(2026, 12, 3)), "Sona Beri": (12, dt.date(2026, 12, 3))}),
    # guards: one place told with « où » / "where" is one act, its toll kept
    (FR_ONE, "fr", {"Kobadié": (27, dt.date(2026, 12, 3))}),
    (EN_ONE, "en", {"Kobadie": (27, dt.date(2026, 12, 3))}),
])
def test_one_incident_per_village(text, lang, want):
    assert _by_place(text, lang) == want


# A town of the story's country as the object of a verb of striking a place (places_<lang>.PLACE_SUBJECT_VERBS) that
# the tagger calls a person is the place (places._object_of_striking); a person killed stays a person.
FR_ATTACKED = ("Centrafrique : des rebelles attaquent une ville\n\n"
               "BANGUI, 4 décembre 2026 (AFP) - Des rebelles ont attaqué mardi Kaga-Bandoro, dans le centre de la "
               "Centrafrique, tuant au moins cinq civils, selon une source humanitaire.")
EN_SEIZED = ("Rebels seize Bria\n\n"
             "BANGUI, Dec 4 (Reuters) - Rebels seized Bria in the Central African Republic on Tuesday, killing at "
             "least five civilians, a humanitarian source said.")
EN_ACCUSED = ("The government of the Central African Republic on Friday accused the rebels of attacking Batangafo "
              "on Wednesday, killing four civilians.")
EN_KILLED = ("NAIROBI, Dec 4 (Reuters) - Gunmen killed Jackson Mwangi, a trader, on Tuesday in a robbery in Kenya, "
             "police said.")


@pytest.mark.parametrize("text, lang, want", [
    (FR_ATTACKED, "fr", "Kaga-Bandoro"),
    (EN_SEIZED, "en", "Bria"),
    (EN_ACCUSED, "en", "Batangafo"),
])
def test_town_struck_tagged_a_person(text, lang, want):
    assert [i.location.name for i in incidents(text, lang, PUB)] == [want]


def test_person_killed_stays_a_person():
    got = incidents(EN_KILLED, "en", PUB)
    assert got and all(i.location.name in ("Kenya", "Nairobi") for i in got)
    assert all("Jackson" not in (i.location.name or "") for i in got)
