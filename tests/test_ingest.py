"""Ingestion: files and folders in, Documents or IngestErrors out, never an exception."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bilan.ingest as ingest
from bilan.ingest import (
    MIN_WORDS,
    count_words,
    html_fragment_text,
    iter_inputs,
    normalise_text,
    parse_date,
)
from bilan.model import Document, IngestError

DATA = Path(__file__).parent / "data" / "ingest"

# what tests/data/ingest/fr-mossoul-latin1.txt holds, written here in UTF-8
MOSSOUL_LATIN1 = (
    "Mossoul : la coalition reconnaît une frappe près d'un quartier résidentiel\n\n"
    "Le général américain a reconnu jeudi qu'une frappe de la coalition était « probablement » à "
    "l'origine de la mort de civils à Mossoul-Ouest, où les forces irakiennes progressent à pied.\n\n"
    "Selon lui, l'enquête déterminera si la munition employée suffisait à expliquer les dégâts."
)
FR_SENTENCE = "Au moins douze personnes ont été tuées lundi près de Gao, selon des sources locales."


def run(*paths, **kwargs) -> list[Document | IngestError]:
    return list(iter_inputs(paths, **kwargs))


def one(*paths, **kwargs) -> Document | IngestError:
    items = run(*paths, **kwargs)
    assert len(items) == 1, items
    return items[0]


def docs(items) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def errors(items) -> dict[str, str]:
    return {e.source: e.reason for e in items if isinstance(e, IngestError)}


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def assert_error(item, reason: str, source: str | Path | None = None) -> None:
    assert isinstance(item, IngestError), item
    assert item.reason == reason, item
    assert item.stage == "ingest"
    assert item.detail and "\n" not in item.detail
    if source is not None:
        assert item.source == str(source)


# --- plain text --------------------------------------------------------------------------


def test_plain_text_document():
    path = DATA / "fr-gao-frappe.txt"
    doc = one(path)
    assert isinstance(doc, Document)
    assert doc.content_format == "text"
    assert doc.source_path == str(path)
    assert doc.text == normalise_text(path.read_text(encoding="utf-8"))
    assert doc.text.startswith("Mali : au moins douze morts dans une frappe de drone près de Gao\n\nAu moins douze")
    assert doc.doc_id == Document.doc_id_for(doc.text)
    assert doc.published is None and doc.published_source is None
    assert doc.url is None and doc.title is None and doc.language is None


def test_normalise_text_rules():
    assert normalise_text("e\u0301te\u0301") == "été"  # NFC
    assert normalise_text("a\r\nb\rc") == "a\nb\nc"
    assert normalise_text("a  \t\nb\u00a0\n") == "a\nb"
    assert normalise_text("a\n\n\n\n b") == "a\n\n b"  # leading spaces of a line are kept
    assert normalise_text("a\n \n\t\n\nb") == "a\n\nb"  # blank-looking lines collapse too
    assert normalise_text("  un  deux\u00a0trois  ") == "un  deux\u00a0trois"  # inner spacing kept


def test_crlf_and_trailing_spaces_give_the_same_document(tmp_path):
    crlf = DATA / "dup" / "fr-gao-frappe-crlf.txt"
    assert b"\r\n" in crlf.read_bytes()
    a, b = one(crlf), one(DATA / "fr-gao-frappe.txt")
    assert a.doc_id == b.doc_id and a.text == b.text


# --- HTML --------------------------------------------------------------------------------


def test_html_article_body_and_metadata():
    doc = one(DATA / "en-kandahar-checkpoint.html")
    assert isinstance(doc, Document)
    assert doc.content_format == "html"
    assert doc.title == "Gunmen kill five police officers at Kandahar checkpoint"
    assert doc.outlet == "Frontier Daily"
    assert doc.url == "https://frontier-daily.example/world/kandahar-checkpoint-attack"
    assert doc.published == dt.date(2019, 10, 14)
    assert doc.published_source == "html"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[1].startswith("Gunmen attacked a police checkpoint on the outskirts of Kandahar city late on Sunday,")
    # HTML whitespace inside a paragraph is one space; <br> is one line break
    assert "city late on Sunday, killing five officers" in doc.text
    assert "for the attack.\nOfficials said an investigation" in doc.text
    for boilerplate in ("cookies", "Subscribe", "Most read", "recipes", "All rights reserved", "analytics"):
        assert boilerplate not in doc.text


def test_html_sniffed_by_content(tmp_path):
    html = (DATA / "en-kandahar-checkpoint.html").read_bytes()
    for name in ("page", "page.txt", "page.bak"):
        doc = one(write(tmp_path / name, html))
        assert doc.content_format == "html", name
        assert "Most read" not in doc.text
        assert doc.doc_id == one(DATA / "en-kandahar-checkpoint.html").doc_id


def test_nav_only_page_is_empty():
    assert_error(one(DATA / "nav-only.html"), "empty", DATA / "nav-only.html")


def test_declared_legacy_charset_in_html(tmp_path):
    body = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'></head><body>"
            "<article><p>Le général a reconnu qu’une frappe de la coalition était « probablement » à l’origine "
            "de la mort de dizaines de civils à Mossoul, dans le nord de l’Irak.</p></article></body></html>")
    doc = one(write(tmp_path / "a.html", body.encode("cp1252")))  # ’ is 0x92: cp1252, as browsers read it
    assert "qu’une frappe" in doc.text and "général" in doc.text


def test_html_fragment_text():
    html = ("<p>Un  <b>deux</b>\n trois<br>quatre<!-- note --> cinq<script>x()</script> six</p>"
            "<ul><li>a</li><li>b</li></ul><p>fin &amp; tout</p><div> </div><p>z</p>"
            "<table><tr><td>x</td><td>y</td></tr><tr><td>1</td><td>2</td></tr></table>")
    assert html_fragment_text(html) == "Un deux trois\nquatre cinq six\n\na\nb\n\nfin & tout\n\nz\n\nx y\n1 2"
    assert html_fragment_text("a<br><br>b") == "a\n\nb"
    assert html_fragment_text("<p>run <code>bilan ingest</code> now</p>") == "run bilan ingest now"
    assert html_fragment_text("plain text, no tags") == "plain text, no tags"
    assert html_fragment_text("<!-- only a comment -->") == ""


def test_deeply_nested_html_does_not_recurse():
    from lxml import etree

    root = cur = etree.Element("div")
    for _ in range(20_000):
        cur = etree.SubElement(cur, "div")
    cur.text = "au fond"
    assert ingest.element_text(root) == "au fond"


# --- JSONL -------------------------------------------------------------------------------


def test_jsonl_records_and_bad_lines():
    path = DATA / "articles.jsonl"
    items = run(path)
    by_line = {(i.source_path if isinstance(i, Document) else i.source).rsplit(":line ", 1)[1]: i for i in items}
    assert sorted(by_line, key=int) == ["1", "2", "3", "4", "6", "7", "8", "9"]  # line 5 is blank

    first = by_line["1"]
    assert isinstance(first, Document)
    assert first.source_path == f"{path}:line 1"
    assert first.content_format == "jsonl"
    assert first.text.startswith("Deux casques bleus ont été blessés vendredi")
    assert first.url == "https://depeches.example/mali/mine-tombouctou"
    assert first.title == "Mine près de Tombouctou" and first.outlet == "Dépêches du Sahel"
    assert first.published == dt.date(2017, 3, 29) and first.published_source == "metadata"
    assert first.language == "fr"  # "fr-FR" declared, normalised

    assert by_line["2"].published == dt.date(2017, 3, 29)  # RFC 822
    assert by_line["2"].language is None
    assert_error(by_line["3"], "bad_record", f"{path}:line 3")  # not JSON
    assert_error(by_line["4"], "bad_record", f"{path}:line 4")  # no text/html
    assert "no 'text' or 'html'" in by_line["4"].detail
    assert_error(by_line["7"], "bad_record")  # a JSON array
    assert_error(by_line["8"], "empty")  # fewer than MIN_WORDS words

    html = by_line["6"]
    assert html.content_format == "jsonl+html"
    assert html.title == "Émeutes à Bangui"  # from the page
    assert html.url == "https://depeches.example/rca/emeutes-bangui"  # from the record
    assert html.published == dt.date(2018, 7, 2) and html.published_source == "metadata"  # record beats page
    assert "Accueil" not in html.text and "faisant au moins trois morts" in html.text

    assert by_line["9"].published is None and by_line["9"].published_source is None  # "hier": not a date


def test_jsonl_html_record_takes_the_page_date(tmp_path):
    record = {"html": "<html><head><meta property='article:published_time' content='2018-07-01'></head><body>"
                      f"<article><p>{FR_SENTENCE} {FR_SENTENCE}</p></article></body></html>"}
    doc = one(write(tmp_path / "a.jsonl", json.dumps(record) + "\n"))
    assert doc.published == dt.date(2018, 7, 1) and doc.published_source == "html"


def test_jsonl_bad_encoding_and_oversized_lines_do_not_stop_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_LINE_BYTES", 400)
    good = json.dumps({"text": FR_SENTENCE}, ensure_ascii=False).encode("utf-8")
    latin = json.dumps({"text": FR_SENTENCE}, ensure_ascii=False).encode("latin-1")
    long = json.dumps({"text": FR_SENTENCE * 10}).encode("utf-8")
    path = write(tmp_path / "mixed.ndjson", b"\n".join([latin, long, good, b"{}", b"  "]) + b"\n")
    items = run(path)
    assert [(i.source if isinstance(i, IngestError) else i.source_path) for i in items] == [
        f"{path}:line {n}" for n in (1, 2, 3, 4)
    ]
    assert_error(items[0], "encoding")
    assert_error(items[1], "too_large")
    assert isinstance(items[2], Document) and items[2].text == FR_SENTENCE
    assert_error(items[3], "bad_record")


def test_jsonl_sniffed_without_extension_and_utf16_refused(tmp_path):
    doc = one(write(tmp_path / "export", json.dumps({"text": FR_SENTENCE}) + "\n"))
    assert doc.content_format == "jsonl" and doc.source_path == f"{tmp_path / 'export'}:line 1"
    utf16 = write(tmp_path / "a.jsonl", ("\ufeff" + json.dumps({"text": FR_SENTENCE})).encode("utf-16-le"))
    assert_error(one(utf16), "encoding", utf16)


def test_jsonl_fields_of_the_wrong_type(tmp_path):
    path = write(tmp_path / "a.jsonl", json.dumps({"text": 123}) + "\n" + json.dumps({"text": "", "html": " "}) + "\n")
    first, second = run(path)
    assert_error(first, "bad_record", f"{path}:line 1")
    assert "'text' must be a string" in first.detail
    assert_error(second, "empty", f"{path}:line 2")


def test_jsonl_text_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_TEXT_CHARS", 50)
    path = write(tmp_path / "a.jsonl", json.dumps({"text": FR_SENTENCE}) + "\n")
    assert_error(one(path), "too_large", f"{path}:line 1")


# --- feeds -------------------------------------------------------------------------------


def test_rss_entries():
    path = DATA / "feed.rss"
    items = run(path)
    assert len(items) == 3
    first, second, third = items
    assert first.source_path == f"{path}#entry 1" and first.content_format == "rss"
    # content:encoded wins over the shorter description, and its paragraphs are kept
    assert first.text.startswith("Six soldats ont été tués et quatre autres blessés mardi")
    assert "\n\nLes assaillants ont pris la fuite" in first.text
    assert first.title == "Embuscade meurtrière près de Kidal"
    assert first.url == "https://sahel-info.example/2017/03/embuscade-kidal"
    assert first.outlet == "Sahel Info"
    assert first.published == dt.date(2017, 3, 29) and first.published_source == "feed"
    # the calendar date as written (23:30 at -05:00), not shifted to UTC
    assert second.published == dt.date(2017, 3, 30)
    assert "<p>" not in second.text and second.text.startswith("Trois civils ont été blessés jeudi")
    assert_error(third, "empty", f"{path}#entry 3")


def test_atom_entries():
    path = DATA / "feed.atom"
    first, second = run(path)
    assert first.content_format == "atom" and second.content_format == "atom"
    assert first.title == "Shelling kills four in Aleppo"  # type="html" title reduced to text
    assert first.text.startswith("Four civilians were killed and nine wounded")
    assert first.url == "https://northern-dispatch.example/aleppo-shelling"
    assert first.outlet == "Northern Dispatch"
    assert first.published == dt.date(2017, 3, 29) and first.published_source == "feed"
    assert second.published == dt.date(2017, 3, 28)  # only <updated>
    assert second.text.startswith("A roadside bomb struck a military convoy")


def test_large_feeds_are_streamed_entry_by_entry_with_the_same_result():
    for name in ("feed.rss", "feed.atom"):
        whole = run(DATA / name)
        streamed = run(DATA / name, max_bytes=200)  # larger than max_bytes: streamed
        assert [i.model_dump() for i in streamed] == [i.model_dump() for i in whole]


def test_bad_and_empty_feeds(tmp_path):
    not_feed = write(tmp_path / "page.xml", "<html><body><p>nothing to see</p></body></html>")
    assert_error(one(not_feed), "bad_feed", not_feed)
    empty = write(tmp_path / "empty.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                                          "</channel></rss>")
    assert_error(one(empty), "empty", empty)


def test_feed_sniffed_in_a_text_file(tmp_path):
    path = write(tmp_path / "feed.txt", (DATA / "feed.atom").read_bytes())
    assert [d.content_format for d in docs(run(path))] == ["atom", "atom"]
    with_bom = write(tmp_path / "feed", b"\xef\xbb\xbf" + (DATA / "feed.rss").read_bytes())
    assert [d.content_format for d in docs(run(with_bom))] == ["rss", "rss"]


# --- encodings, binary, empty, size --------------------------------------------------------


def test_latin1_file_decodes_consistently():
    path = DATA / "fr-mossoul-latin1.txt"
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    a, b = one(path), one(path)
    assert a.text == MOSSOUL_LATIN1
    assert a.doc_id == b.doc_id == Document.doc_id_for(MOSSOUL_LATIN1)


def test_boms(tmp_path):
    for codec, bom in (("utf-8", "\ufeff"), ("utf-16-le", "\ufeff"), ("utf-16-be", "\ufeff")):
        doc = one(write(tmp_path / f"{codec}.txt", (bom + FR_SENTENCE).encode(codec)))
        assert doc.text == FR_SENTENCE, codec
    broken = write(tmp_path / "broken.txt", "\ufeff".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    assert_error(one(broken), "encoding", broken)


def test_undecodable_bytes_are_an_encoding_error(tmp_path):
    path = write(tmp_path / "a.txt", bytes(range(0x80, 0x100)) * 8)  # printable-free high bytes
    assert_error(one(path), "encoding", path)


def test_binary_files():
    assert_error(one(DATA / "random.bin"), "binary", DATA / "random.bin")


def test_nul_bytes_in_a_text_file(tmp_path):
    path = write(tmp_path / "a.txt", FR_SENTENCE.encode() + b"\x00" + FR_SENTENCE.encode())
    assert_error(one(path), "binary", path)


def test_empty_inputs(tmp_path):
    assert_error(one(DATA / "empty.txt"), "empty", DATA / "empty.txt")
    assert_error(one(write(tmp_path / "blank.txt", " \n\t\n")), "empty")
    few = " ".join(["mot"] * (MIN_WORDS - 1))
    assert_error(one(write(tmp_path / "few.txt", few)), "empty")
    assert isinstance(one(write(tmp_path / "enough.txt", few + " encore")), Document)


def test_count_words():
    assert count_words("Au moins 12 morts, l'armée dément.") == 7
    assert count_words("北京时间") == 4  # no spaces: one word per character
    assert count_words("un deux trois quatre", stop_at=2) == 2


def test_huge_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    for name in ("huge.txt", "huge.html", "huge"):
        path = tmp_path / name
        with open(path, "wb") as fh:
            fh.truncate(50 * 1024 * 1024)  # sparse: 50 MiB on paper
    opened = []
    monkeypatch.setattr(ingest, "open", lambda *a, **k: opened.append(a) or open(*a, **k), raising=False)
    for name in ("huge.txt", "huge.html"):
        item = one(tmp_path / name)
        assert_error(item, "too_large", tmp_path / name)
        assert str(50 * 1024 * 1024) in item.detail
    assert opened == []  # decided from the file size alone
    assert_error(one(tmp_path / "huge"), "too_large")  # unknown extension: sniffed first, then refused


def test_max_bytes_argument(tmp_path):
    path = DATA / "fr-gao-frappe.txt"
    assert_error(one(path, max_bytes=100), "too_large", path)
    assert isinstance(one(path, max_bytes=path.stat().st_size), Document)


# --- unreadable paths --------------------------------------------------------------------


def test_missing_path(tmp_path):
    missing = tmp_path / "nope" / "missing.txt"
    assert_error(one(missing), "unreadable", missing)


def test_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it would block: must be refused from stat alone
    item = one(fifo)
    assert_error(item, "unreadable", fifo)
    assert "named pipe" in item.detail


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_permission_denied(tmp_path):
    path = write(tmp_path / "secret.txt", FR_SENTENCE)
    path.chmod(0)
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0)
    try:
        assert_error(one(path), "unreadable", path)
        assert_error(one(folder), "unreadable", folder)
    finally:
        path.chmod(0o644)
        folder.chmod(0o755)


def test_permission_errors_when_running_as_root(tmp_path, monkeypatch):
    # root reads everything, so the OS is made to refuse (the same errors a non-root user gets)
    path = write(tmp_path / "secret.txt", FR_SENTENCE)
    folder = tmp_path / "locked"
    folder.mkdir()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(ingest, "open", refuse, raising=False)
    monkeypatch.setattr(ingest.os, "scandir", refuse)
    for p in (path, folder):
        item = one(p)
        assert_error(item, "unreadable", p)
        assert item.detail == "Permission denied"


def test_broken_symlink(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert_error(one(link), "unreadable", link)


def test_symlink_loop_in_folders(tmp_path):
    write(tmp_path / "a.txt", FR_SENTENCE)
    (tmp_path / "loop").symlink_to(tmp_path)
    items = run(tmp_path)
    assert [d.source_path for d in docs(items)] == [str(tmp_path / "a.txt")]


# --- folders, duplicates, idempotence, --published ------------------------------------------


EXPECTED_FOLDER = [
    ("articles.jsonl:line 1", None),
    ("articles.jsonl:line 2", None),
    ("articles.jsonl:line 3", "bad_record"),
    ("articles.jsonl:line 4", "bad_record"),
    ("articles.jsonl:line 6", None),
    ("articles.jsonl:line 7", "bad_record"),
    ("articles.jsonl:line 8", "empty"),
    ("articles.jsonl:line 9", None),
    ("dup/fr-gao-frappe-crlf.txt", None),
    ("empty.txt", "empty"),
    ("en-kandahar-checkpoint.html", None),
    ("es-ataque.txt", None),
    ("feed.atom#entry 1", None),
    ("feed.atom#entry 2", None),
    ("feed.rss#entry 1", None),
    ("feed.rss#entry 2", None),
    ("feed.rss#entry 3", "empty"),
    # fr-gao-frappe.txt: same text as dup/fr-gao-frappe-crlf.txt, skipped as a duplicate
    ("fr-mossoul-latin1.txt", None),
    ("nav-only.html", "empty"),
    ("random.bin", "binary"),
]


def test_folder_mixing_everything():
    stream = iter_inputs([DATA])
    items = list(stream)
    got = [
        (i.source_path if isinstance(i, Document) else i.source, None if isinstance(i, Document) else i.reason)
        for i in items
    ]
    assert got == [(f"{DATA}/{name}", reason) for name, reason in EXPECTED_FOLDER]
    assert not any(".hidden" in source for source, _ in got)
    assert stream.duplicates == 1
    assert stream.documents == sum(1 for _, r in EXPECTED_FOLDER if r is None)
    assert stream.errors == sum(1 for _, r in EXPECTED_FOLDER if r is not None)
    assert len({d.doc_id for d in docs(items)}) == stream.documents
    for d in docs(items):
        assert d.doc_id == Document.doc_id_for(d.text)
        assert d.text == normalise_text(d.text)


def test_hidden_files_are_read_when_named():
    assert isinstance(one(DATA / ".hidden-draft.txt"), Document)


def test_same_input_twice_in_one_run_is_yielded_once():
    stream = iter_inputs([DATA / "feed.rss", DATA / "feed.rss"])
    items = list(stream)
    assert len(docs(items)) == 2
    assert stream.duplicates == 2
    assert len(errors(items)) == 1  # errors are not deduplicated: the same source, reported once per pass
    assert sum(1 for i in items if isinstance(i, IngestError)) == 2


def test_ingesting_twice_gives_the_same_doc_ids():
    first = [d.doc_id for d in docs(run(DATA))]
    second = [d.doc_id for d in docs(run(DATA))]
    assert first == second and len(first) == sum(1 for _, r in EXPECTED_FOLDER if r is None)


def test_published_argument_overrides_every_date():
    day = dt.date(2020, 1, 31)
    for d in docs(run(DATA, published=day)):
        assert d.published == day and d.published_source == "cli", d.source_path
    when = dt.datetime(2020, 1, 31, 23, 59)
    assert one(DATA / "fr-gao-frappe.txt", published=when).published == day


def test_published_source_without_override():
    sources = {d.source_path.rsplit("/", 1)[1]: (d.published, d.published_source) for d in docs(run(DATA))}
    assert sources["articles.jsonl:line 1"] == (dt.date(2017, 3, 29), "metadata")
    assert sources["en-kandahar-checkpoint.html"] == (dt.date(2019, 10, 14), "html")
    assert sources["feed.rss#entry 1"] == (dt.date(2017, 3, 29), "feed")
    assert sources["fr-mossoul-latin1.txt"] == (None, None)


def test_a_library_failure_becomes_an_error_and_the_run_goes_on(tmp_path, monkeypatch):
    def explode(self, html):
        raise RuntimeError("parser crashed\non two lines")

    monkeypatch.setattr(ingest.InputStream, "_extract_html", explode)
    html = DATA / "en-kandahar-checkpoint.html"
    items = run(html, DATA / "fr-gao-frappe.txt")
    assert_error(items[0], "empty", html)
    assert "RuntimeError: parser crashed on two lines" in items[0].detail
    assert isinstance(items[1], Document)


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-03-29", dt.date(2017, 3, 29)),
        ("2017-03-29T10:00:00Z", dt.date(2017, 3, 29)),
        ("2017-03-29T23:30:00-05:00", dt.date(2017, 3, 29)),
        ("  2017-03-29 10:00  ", dt.date(2017, 3, 29)),
        ("Wed, 29 Mar 2017 10:00:00 GMT", dt.date(2017, 3, 29)),
        ("Wed, 29 Mar 2017 10:00:00 +0200", dt.date(2017, 3, 29)),
        ("29 mars 2017", dt.date(2017, 3, 29)),
        ("March 29, 2017", dt.date(2017, 3, 29)),
        ("29/03/2017", dt.date(2017, 3, 29)),
        ("03/04/2017", None),  # March or April: ambiguous
        ("2017-02-30", None),
        ("0001-01-01", None),  # a placeholder, not a date
        ("hier", None),
        ("yesterday", None),
        ("mars 2017", None),  # no day
        ("", None),
        ("n/a", None),
        (None, None),
        (20170329, None),
        (dt.datetime(2017, 3, 29, 23, 0), dt.date(2017, 3, 29)),
        (dt.date(2017, 3, 29), dt.date(2017, 3, 29)),
        (time.struct_time((2017, 3, 29, 10, 0, 0, 2, 88, 0)), dt.date(2017, 3, 29)),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# --- any bytes in, records out -------------------------------------------------------------

_FRAGMENTS = st.sampled_from([
    b"<html>", b"<p>", b"</p>", b"<br>", b"<?xml version='1.0'?>", b"<rss version='2.0'><channel>",
    b"<item><description>", b"</description></item>", b'{"text": "', b'"}\n', b"\n", b"\r\n", b"\x00",
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xe9", "Des civils ont été tués à Gao selon des témoins. ".encode(),
    b"Shells hit the market on Tuesday, killing four people, officials said. ",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(_FRAGMENTS, st.binary(max_size=20)), max_size=12),
       st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.rss", "a.xml", "a"]))
def test_any_bytes_give_documents_or_errors(tmp_path, chunks, name):
    path = write(tmp_path / name, b"".join(chunks))
    for item in run(path):
        assert isinstance(item, (Document, IngestError))
        if isinstance(item, Document):
            assert item.text == normalise_text(item.text)
            assert item.doc_id == Document.doc_id_for(item.text)
            assert count_words(item.text) >= MIN_WORDS
        else:
            assert item.reason in {"unreadable", "encoding", "empty", "too_large", "bad_record", "bad_feed", "bad_parquet", "bad_warc", "binary"}
            assert item.source.startswith(str(path))
