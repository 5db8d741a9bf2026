"""Sidecar metadata for plain-text articles: ``<file>.meta.json`` or a ``manifest.jsonl``."""

from __future__ import annotations

import datetime as dt
import json

from bilan.ingest import iter_inputs
from bilan.model import Document

TEXT = "Trois soldats ont été tués mardi dans une embuscade près de Gao, a annoncé l'armée malienne.\n"


def test_manifest_one_level_up_gives_dates_and_is_not_an_article(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(json.dumps(
        {"file": "articles/a.txt", "published": "2019-03-13", "outlet": "Dépêche bilan", "language": "fr",
         "url": "https://example.org/a"}) + "\n", encoding="utf-8")
    items = list(iter_inputs([tmp_path]))
    assert len(items) == 1 and isinstance(items[0], Document)
    doc = items[0]
    assert doc.published == dt.date(2019, 3, 13) and doc.published_source == "metadata"
    assert (doc.outlet, doc.language, doc.url) == ("Dépêche bilan", "fr", "https://example.org/a")


def test_meta_json_sidecar_and_cli_date_wins(tmp_path):
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt.meta.json").write_text('{"published": "2019-03-13", "title": "Embuscade"}', encoding="utf-8")
    (doc,) = list(iter_inputs([tmp_path]))
    assert doc.title == "Embuscade" and doc.published == dt.date(2019, 3, 13)
    (doc,) = list(iter_inputs([tmp_path / "b.txt"], dt.date(2020, 1, 1)))
    assert doc.published == dt.date(2020, 1, 1) and doc.published_source == "cli"


def test_broken_manifest_is_ignored_not_fatal(tmp_path):
    (tmp_path / "c.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text("{not json\n", encoding="utf-8")
    (doc,) = list(iter_inputs([tmp_path]))
    assert doc.published is None
