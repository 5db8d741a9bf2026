"""Sentences that report no incident of their own: questions and running totals (FR and EN)."""

import pytest
from extracting import incidents


@pytest.mark.parametrize("text,lang", [
    ("Officials said more than 12,000 people have been killed in the country since 1980.", "en"),
    ("The ministry said 630 people were killed in violent acts over the past 12 months.", "en"),
    ("Plus de 600 personnes ont été tuées dans des violences depuis le début de l'année, selon l'ONU.", "fr"),
    ("Are the police on alert for an attack after the bombing of the station?", "en"),
    ("La police est-elle prête à faire face à une attaque contre la gare ?", "fr"),
    # the year in the phrase or clause "since" opens
    ("Some 13,000 people have been killed by Shining Path since the beginning of its activities in 1980.", "en"),
    ("MORE THAN 12,000 PEOPLE HAVE BEEN KILLED IN PERU SINCE THE SHINING PATH BEGAN ITS ARMED STRUGGLE IN 1980.",
     "en"),
    ("Plus de 5 000 personnes ont été tuées depuis le début de la rébellion en 2012.", "fr"),
    # a month's total, and a toll put down to violence at large
    ("The senator said 212 people were killed in March as a result of violent acts, including 80 civilians.",
     "en"),
    ("Some 95 people have been killed in the province so far this month, the bishop said.", "en"),
    ("Selon le sénateur, 212 personnes ont été tuées en mars dans des actes de violence, dont 80 civils.", "fr"),
    ("Quelque 95 personnes ont été tuées dans la province au cours du mois de février, selon l'évêque.", "fr"),
])
def test_no_incident(text, lang):
    assert incidents(text, lang) == []


@pytest.mark.parametrize("text,lang", [
    ("Gunmen killed five villagers near Gao on Monday, officials said.", "en"),
    ("Des hommes armés ont tué cinq villageois près de Gao lundi, selon des responsables.", "fr"),
    ("Five villagers were killed near Gao on Monday, the first attack there since 2019.", "en"),
    ("Gunmen killed five people in Lima on Monday, the worst attack since the elections of 1985.", "en"),
    ("An air strike killed 29 soldiers in Syria, an official said Friday, marking the largest death toll in a "
     "single day since the army first intervened in Syria in 2016.", "en"),
])
def test_a_single_incident_is_still_reported(text, lang):
    assert len(incidents(text, lang)) == 1


@pytest.mark.parametrize("text,lang", [
    # events counted over a period: a summary of many incidents, none of its own (MUC-4 rule 7)
    ("The company has lost 95 million dollars this year because of the 44 terrorist attacks on the oil pipeline.",
     "en"),
    ("Guerrillas have carried out 30 attacks on power towers this year.", "en"),
    ("Police recorded 85 kidnappings in the province in the last six weeks.", "en"),
    ("Les rebelles ont mené 30 attaques contre des pylônes électriques cette année.", "fr"),
    ("La police a enregistré 85 enlèvements dans la province au mois de janvier.", "fr"),
])
def test_events_counted_over_a_period_are_no_incident(text, lang):
    assert incidents(text, lang) == [], [(i.sub_event_type, i.date) for i in incidents(text, lang)]


@pytest.mark.parametrize("text,lang", [
    ("Two bombs exploded in Lima this morning.", "en"),                         # a day of its own
    ("Two bombs exploded in Lima in January, killing a policeman.", "en"),      # a toll of its own
    ("Rebels kidnapped 12 engineers in January, the army said.", "en"),         # people counted, not events
    ("Deux bombes ont explosé à Lima ce matin.", "fr"),
    ("Des rebelles ont enlevé 12 ingénieurs en janvier, selon l'armée.", "fr"),
])
def test_counted_events_of_a_day_or_with_a_toll_are_reported(text, lang):
    assert len(incidents(text, lang)) == 1
