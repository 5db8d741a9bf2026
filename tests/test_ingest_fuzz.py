"""Fuzzing ingestion into a real store (issue 6): whatever bytes a batch of files holds, the run
never raises, every input ends as a stored document or as an error row with a reason, and a
second run over the same batch adds nothing.

Inputs: arbitrary bytes, truncated UTF-8, text in random encodings, random (often truncated)
HTML, feeds and JSONL, gigantic lines, files over the size limit, empty and blank pages — each
under a random file extension, so the sniffing and every reader get odd input.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilan.ingest import MAX_FILE_BYTES, iter_inputs
from bilan.model import Document, IngestError
from bilan.pipeline import run_ingest
from bilan.store import Store

ARTICLE = ("Au moins douze civils ont été tués lundi dans une frappe aérienne près de Gao, selon des "
           "sources locales. « Le bilan pourrait s'alourdir », a déclaré un responsable de la région.")
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp1252", "koi8-r", "shift_jis", "gb18030",
             "mac_roman", "iso8859-7"]
EXTENSIONS = ["", ".txt", ".html", ".htm", ".jsonl", ".rss", ".atom", ".xml", ".parquet", ".warc", ".warc.gz"]
TAGS = ["p", "div", "article", "br", "li", "script", "h1", "title", "body", "html", "head", "table", "td"]

# text: the article, random unicode, or a mix
texts = st.one_of(st.just(ARTICLE), st.text(max_size=300), st.builds(lambda a, b: a + ARTICLE + b,
                                                                      st.text(max_size=40), st.text(max_size=40)))

raw_bytes = st.binary(max_size=2000)
truncated_utf8 = st.builds(lambda t, cut: t.encode("utf-8")[: max(0, len(t.encode("utf-8")) - cut)],
                           texts, st.integers(1, 3))
encoded = st.builds(lambda t, enc: t.encode(enc, errors="ignore"), texts, st.sampled_from(ENCODINGS))


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(lambda tag, inner: f"<{tag}>{''.join(inner)}</{tag}>", st.sampled_from(TAGS),
                     st.lists(children, max_size=4))


html_tree = st.recursive(texts.map(lambda t: t.replace("<", " ")), _element, max_leaves=12)
html_pages = st.builds(
    lambda body, cut, enc: ("<!doctype html><html><head><meta charset='utf-8'></head><body>" + body
                            + "</body></html>")[: cut or None].encode(enc, errors="ignore"),
    html_tree, st.integers(0, 400), st.sampled_from(["utf-8", "cp1252", "utf-16"]),
)
feeds = st.builds(
    lambda items, cut: ("<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
                        + "".join(f"<item><title>x</title><description><![CDATA[{i}]]></description></item>"
                                  for i in items) + "</channel></rss>")[: cut or None].encode(),
    st.lists(texts, max_size=3), st.integers(0, 300),
)
jsonl = st.lists(st.one_of(st.builds(lambda t: '{"text": %s}' % __import__("json").dumps(t), texts),
                           st.sampled_from(['{"html": "<p></p>"}', '{"text": 3}', "[1, 2]", "{", "", "null"])),
                 max_size=4).map(lambda lines: "\n".join(lines).encode())
# gigantic lines: a 3 MB word, alone or as a JSONL text field (too few words: "empty", not a crash).
# Millions of tags: see test_a_page_of_millions_of_tags_is_refused_unparsed and
# test_a_feed_of_millions_of_tags_is_read_entry_by_entry.
huge_lines = st.sampled_from([b"a" * 3_000_000, b'{"text": "' + b"a" * 3_000_000 + b'"}\n',
                              b"<p>" + b"a" * 3_000_000 + b"</p>"])
empty_pages = st.sampled_from([b"", b" \n\t\n", b"<html></html>", b"<rss version='2.0'><channel></channel></rss>",
                               b"<feed xmlns='http://www.w3.org/2005/Atom'></feed>", b"\n\n", b"\xef\xbb\xbf"])
OVERSIZED = None  # marker: a sparse file just over MAX_FILE_BYTES (refused unread)

contents = st.one_of(raw_bytes, truncated_utf8, encoded, html_pages, feeds, jsonl, huge_lines, empty_pages,
                     st.just(OVERSIZED))
batches = st.lists(st.tuples(st.sampled_from(EXTENSIONS), contents), min_size=1, max_size=4)


def write_batch(folder: Path, batch: list[tuple[str, bytes | None]]) -> list[Path]:
    paths = []
    for i, (ext, data) in enumerate(batch):
        path = folder / f"in{i}{ext}"
        if data is OVERSIZED:
            with open(path, "wb") as fh:
                fh.truncate(MAX_FILE_BYTES + 1)
        else:
            path.write_bytes(data)
        paths.append(path)
    return paths


def error_keys(errors: list[IngestError]) -> Counter:
    return Counter((e.source, e.reason) for e in errors)


@settings(max_examples=15, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(batches)
def test_any_batch_ends_as_documents_or_error_rows_and_reruns_add_nothing(batch):
    with tempfile.TemporaryDirectory() as tmp, Store.open(":memory:") as store:
        folder = Path(tmp)
        paths = write_batch(folder, batch)
        first = run_ingest([folder], store)  # must not raise
        errors = store.errors(first.run_id)
        assert all(e.reason and e.detail for e in errors), errors
        logged = error_keys(errors)
        for path in paths:
            items = list(iter_inputs([path]))
            assert items, f"{path.name} left no document and no error"
            for item in items:
                if isinstance(item, Document):  # stored (extracted or failed, with its error row)
                    assert store.has_document(item.doc_id), item
                    if store.document_status(item.doc_id) == "failed":
                        assert any(e.doc_id == item.doc_id or e.source == item.source_path for e in errors)
                else:
                    assert logged[(item.source, item.reason)] >= 1, (item, errors)
        n_docs, n_incidents = store.count_documents(), store.count_incidents()

        second = run_ingest([folder], store)
        assert second.new == 0 and second.incidents == 0
        assert (store.count_documents(), store.count_incidents()) == (n_docs, n_incidents)
        assert error_keys(store.errors(second.run_id)) == logged  # the same problems, nothing new stored


def test_a_page_of_millions_of_tags_is_refused_unparsed(tmp_path):
    """A 9 MB page of "<p><p><p>..." took trafilatura minutes: over MAX_HTML_TAGS it is refused at
    once with its reason, as a file and as a JSONL record's html, and the batch goes on."""
    import time

    from bilan.ingest import MAX_HTML_TAGS

    (tmp_path / "tags.html").write_bytes(b"<html><body>" + b"<p>" * 3_000_000 + b"words</body></html>")
    (tmp_path / "tags.jsonl").write_text(
        '{"html": "<html><body>%s</body></html>"}\n' % ("<b>x</b>" * (MAX_HTML_TAGS + 10)), encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Au moins trois personnes ont été tuées lundi dans une attaque à Gao, "
                                     "dans le nord du Mali, selon la police.", encoding="utf-8")
    started = time.monotonic()
    items = list(iter_inputs([tmp_path]))
    assert time.monotonic() - started < 30
    errors = {Path(i.source).name: i for i in items if isinstance(i, IngestError)}
    assert sorted(errors) == ["tags.html", "tags.jsonl:line 1"]
    for err in errors.values():
        assert err.reason == "too_large" and "HTML tags" in err.detail
    assert [i.source_path for i in items if isinstance(i, Document)] == [str(tmp_path / "ok.txt")]


def test_a_feed_of_millions_of_tags_is_read_entry_by_entry(tmp_path):
    """feedparser took minutes on a 9 MB feed of tags: a feed with more than MAX_HTML_TAGS tags per
    entry is read one entry at a time, an entry over the limit (tags raw or escaped) becomes a
    ``too_large`` row, its neighbours are read, and a flood of unclosed raw tags is a ``bad_feed`` row."""
    import time

    from bilan.ingest import MAX_HTML_TAGS

    ok = ("<item><title>Gao</title><description>Au moins trois personnes ont été tuées lundi dans une "
          "attaque à Gao, dans le nord du Mali, selon la police.</description></item>")
    flood = "<item><title>x</title><description>" + "&lt;p&gt;mot " * (MAX_HTML_TAGS * 3) + "</description></item>"
    (tmp_path / "escaped.xml").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>" + ok + flood + ok.replace("Gao", "Kidal")
        + "</channel></rss>", encoding="utf-8")
    (tmp_path / "raw.xml").write_bytes(b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><item>"
                                       b"<description>" + b"<p>" * 3_000_000 + b"</description></item></channel></rss>")
    started = time.monotonic()
    escaped = list(iter_inputs([tmp_path / "escaped.xml"]))
    raw = list(iter_inputs([tmp_path / "raw.xml"]))
    assert time.monotonic() - started < 60  # minutes before
    assert [type(i).__name__ for i in escaped] == ["Document", "IngestError", "Document"]
    assert escaped[1].reason == "too_large" and escaped[1].source.endswith("#entry 2")
    assert "Gao" in escaped[0].text and escaped[0].title == "Gao" and escaped[0].outlet == "T"
    assert [(i.reason, type(i).__name__) for i in raw] == [("bad_feed", "IngestError")]
