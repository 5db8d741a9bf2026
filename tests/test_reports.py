"""Sentences that report no incident of their own: questions and running totals (FR and EN)."""

import pytest
from extracting import incidents


@pytest.mark.parametrize("text,lang", [
    ("Officials said more than 12,000 people have been killed in the country since 1980.", "en"),
    ("The ministry said 630 people were killed in violent acts over the past 12 months.", "en"),
    ("Plus de 600 personnes ont été tuées dans des violences depuis le début de l'année, selon l'ONU.", "fr"),
    ("Are the police on alert for an attack after the bombing of the station?", "en"),
    ("La police est-elle prête à faire face à une attaque contre la gare ?", "fr"),
])
def test_no_incident(text, lang):
    assert incidents(text, lang) == []


@pytest.mark.parametrize("text,lang", [
    ("Gunmen killed five villagers near Gao on Monday, officials said.", "en"),
    ("Des hommes armés ont tué cinq villageois près de Gao lundi, selon des responsables.", "fr"),
    ("Five villagers were killed near Gao on Monday, the first attack there since 2019.", "en"),
])
def test_a_single_incident_is_still_reported(text, lang):
    assert len(incidents(text, lang)) == 1
