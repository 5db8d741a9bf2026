"""Shared by the extraction rule tests: one short text in, its document and incidents out."""

from __future__ import annotations

import datetime as dt

from bilan.model import Document, Incident
from bilan.pipeline import extract_document

PUBLISHED = dt.date(2021, 3, 8)


def extract(text: str, lang: str, published: dt.date = PUBLISHED) -> tuple[Document, list[Incident]]:
    doc = Document(doc_id="t", text=text, language=lang, published=published)
    return doc, extract_document(doc).incidents


def incidents(text: str, lang: str, published: dt.date = PUBLISHED) -> list[Incident]:
    return extract(text, lang, published)[1]
