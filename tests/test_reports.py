"""Sentences that report no incident of their own: questions and running totals (FR and EN)."""

import datetime as dt

import pytest

from bilan.model import Document
from bilan.pipeline import extract_document

PUBLISHED = dt.date(2021, 3, 8)


def incidents(text: str, lang: str):
    return extract_document(Document(doc_id="t", text=text, language=lang, published=PUBLISHED)).incidents


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
