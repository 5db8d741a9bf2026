"""Ingestion: input paths in, :class:`~bilan.model.Document` or :class:`~bilan.model.IngestError` out.

``iter_inputs(paths, published)`` walks files and folders (recursively, in sorted order, hidden
entries skipped) and yields one ``Document`` per article or one ``IngestError`` per problem. It
never raises for bad input: every problem becomes an error record and iteration goes on.

Formats, by extension first and by sniffing the first bytes otherwise:

========================  ==================  =============================================
input                     ``content_format``  ``source_path``
========================  ==================  =============================================
plain text (.txt, none)   ``text``            ``path``
HTML (.html/.htm, or      ``html``            ``path``
content that looks like
it)
JSONL (.jsonl/.ndjson)    ``jsonl`` or        ``path:line N`` (1-based)
                          ``jsonl+html``
RSS / Atom (.rss/.atom/   ``rss`` / ``atom``  ``path#entry N`` (1-based)
.xml, or sniffed)
Parquet (.parquet/.pq,    ``parquet`` or      ``path:row N`` (1-based)
or ``PAR1`` magic)        ``parquet+html``
WARC/ARC (.warc[.gz],     ``warc``            ``path#record N`` (1-based, every record counted)
.arc[.gz], or ``WARC/``)
========================  ==================  =============================================

Parquet shards (needs pyarrow, the ``scale`` extra) hold one article per row with the columns of
a JSONL record (``text`` or ``html``, optional ``url``, ``title``, ``outlet``, ``published``,
``language``, ``country``; ``published`` may be a date or timestamp column). WARC files (warcio, the
``scale`` extra) from news crawls: each 2xx ``response`` (or ``resource``) record whose
Content-Type is HTML is an article read like an .html file (the HTTP charset, when given, is
tried first; ``url`` is ``WARC-Target-URI``); other records are skipped.

The stored text is normalised before hashing (Unicode NFC, CRLF and lone CR to LF, trailing
whitespace stripped per line, 3+ newlines collapsed to 2, outer whitespace stripped) and nothing
else is changed, so every later offset refers to exactly this text. HTML is reduced to its
article body by trafilatura (precision settings); block elements become paragraphs separated by
a blank line, ``<br>`` and list items become single line breaks, and HTML whitespace (ASCII
spaces, tabs, newlines) inside a paragraph is collapsed to one space.

Decoding of single-article files: a BOM (UTF-8, UTF-16, UTF-32) decides; otherwise strict UTF-8;
otherwise the charset an HTML page declares (``<meta charset>``; ISO-8859-1 and ASCII are read as
windows-1252, as browsers do); otherwise charset_normalizer, only when it is confident (lowest
mess ratio at most ``MAX_CHAOS``) and the result is mostly printable. When several encodings are
equally clean, windows-1252 is preferred (the web's default legacy encoding): a latin-1 or cp1252
French or English file therefore decodes to the right text, consistently. Anything else is an
``encoding`` error. JSONL lines must be UTF-8 (RFC 8259); a line that is not is an ``encoding``
error for that line. Feeds are decoded by feedparser (XML declaration, BOM).

JSONL records: ``text`` (or ``html``, extracted like an HTML page) and optional ``url``,
``title``, ``outlet``, ``published``, ``language`` and ``country`` (ISO 3166-1 alpha-2, the country
the article is about, ``Document.country``: a bad code makes the record a ``bad_record``; the
``country`` argument, CLI ``--country``, is the default of the records that give none); a language
tag (``fr-FR``, ``fra``) is
normalised to ISO 639-1 and stored in ``Document.language``, where :func:`bilan.language.
assign_language` trusts it when bilan supports that language. Blank lines are skipped.

Error reason codes (``IngestError.reason``, machine-stable): ``unreadable``, ``encoding``,
``empty``, ``too_large``, ``bad_record``, ``bad_feed``, ``bad_parquet``, ``bad_warc``, ``binary``.

Publication date: the ``published`` argument (CLI ``--published``) wins (``published_source
= "cli"``); otherwise the JSONL ``published`` field (``"metadata"``), the feed entry's
published date, else its updated date (``"feed"``), or the HTML page's metadata as found by
trafilatura/htmldate without searching the body text (``"html"``). See :func:`parse_date`.

Duplicates: within one :func:`iter_inputs` run, a document whose ``doc_id`` was already yielded
is skipped silently; the returned :class:`InputStream` counts them in ``duplicates``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import io
import itertools
import json
import os
import re
import stat
import time
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from bilan.language import normalise_code
from bilan.model import Document, IngestError, country_code

MAX_FILE_BYTES = 20 * 1024 * 1024  # a single-article file (text, HTML)
MAX_STREAM_BYTES = 2 * 1024**3  # a JSONL or feed file, read as a stream
MAX_TEXT_CHARS = 2_000_000  # the stored text of one document
MAX_LINE_BYTES = 64 * 1024 * 1024  # one JSONL line (text and html fields plus JSON escapes)
# HTML elements in one page: trafilatura's time grows faster than the page (measured on the 2-core
# machine: 20k tags 2.4 s, 60k 12 s, 120k 23 s; a 9 MB page of "<p><p>..." several minutes), while
# news article pages hold a few thousand. A page over the limit is refused (``too_large``), not parsed.
MAX_HTML_TAGS = 50_000
_TAG = re.compile(r"<[A-Za-z]")
# feeds: feedparser's time grows with the tags too (measured: 200k "<p>" in one item 12 s, escaped
# "&lt;p&gt;" 8 s). A feed holding more than MAX_HTML_TAGS tags per entry on average is read entry
# by entry (lxml), and an entry over MAX_HTML_TAGS tags, raw or escaped, is refused (``too_large``).
_FEED_TAG = re.compile(rb"<[A-Za-z]|&lt;[A-Za-z]|&#0*60;[A-Za-z]")
_FEED_ENTRY = re.compile(rb"<(?:[\w-]+:)?(?:item|entry)[\s>]")
MIN_WORDS = 8
MAX_CHAOS = 0.05  # charset_normalizer mess ratio above which a guess is not trusted
MAX_UNPRINTABLE = 0.01  # share of control characters a decoded text may hold
MIN_YEAR, MAX_YEAR = 1900, 2199  # dates outside are placeholders, not publication dates

SNIFF_BYTES = 4096
READ_CHUNK = 1024 * 1024
PARQUET_BATCH_ROWS = 256

TEXT_EXTS = frozenset({".txt", ".text"})
HTML_EXTS = frozenset({".html", ".htm", ".xhtml"})
JSONL_EXTS = frozenset({".jsonl", ".ndjson"})
FEED_EXTS = frozenset({".rss", ".atom", ".xml"})
PARQUET_EXTS = frozenset({".parquet", ".pq"})
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
WARC_HTML_TYPES = ("text/html", "application/xhtml+xml")
STREAM_FORMATS = ("jsonl", "feed", "parquet", "warc")  # read record by record, up to MAX_STREAM_BYTES

# --- compiled once -------------------------------------------------------------------------

_CRLF = re.compile(r"\r\n?")
_TRAILING_WS = re.compile(r"[^\S\n]+$", re.MULTILINE)
_MANY_NEWLINES = re.compile(r"\n{3,}")
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# a word: a run of letters/digits, or one CJK character (scripts written without spaces)
_WORD = re.compile(rf"[{_CJK}]|(?:(?![{_CJK}])[^\W_])+")
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_HTML_WS = re.compile(r"[ \t\n\r\f]+")
_LINE_BREAKS = re.compile(r" *(\n+) *")
_SPACES = re.compile(r"  +")
_ONE_LINE = re.compile(r"\s+")

_LEADING_XML = rb"(?:\s|<\?xml[^>]*>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*"
_FEED_SNIFF = re.compile(rb"(?:\xef\xbb\xbf)?" + _LEADING_XML + rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL)
_HTML_SNIFF = re.compile(
    r"^(?:\s|<\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_JSONL_SNIFF = re.compile(rb"(?:\xef\xbb\xbf)?\s*\{")
_PARQUET_MAGIC = b"PAR1"
_WARC_MAGIC = b"WARC/"
_ARC_MAGIC = b"filedesc://"
_GZIP_MAGIC = b"\x1f\x8b"
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]+)", re.IGNORECASE)
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# HTML → text: how an element separates its text from its neighbours
_PARAGRAPH, _LINE, _SPACE = "\n\n", "\n", " "
_SEPARATORS: dict[str, str] = {
    **dict.fromkeys(
        ("p", "div", "head", "h1", "h2", "h3", "h4", "h5", "h6", "list", "ul", "ol", "dl", "quote",
         "blockquote", "table", "section", "article", "main", "header", "footer", "aside", "figure",
         "figcaption", "pre", "address", "hr", "details", "summary", "center"),
        _PARAGRAPH,
    ),
    **dict.fromkeys(("item", "li", "row", "tr", "dt", "dd", "br", "lb"), _LINE),
    **dict.fromkeys(("cell", "td", "th"), _SPACE),
}
_RANK = {"": 0, _SPACE: 1, _LINE: 2, _PARAGRAPH: 3}
_BREAK_TAGS = frozenset({"br", "lb"})
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object"})

_FEED_FORMATS = (("atom", "atom"), ("rss", "rss"), ("cdf", "rss"))


# metadata beside single-article files (not articles themselves when walking a folder)
MANIFEST_NAME = "manifest.jsonl"
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_FIELDS = ("published", "url", "title", "outlet", "language", "country")


class _Reject(Exception):
    """One input (or record) cannot be used: carries the reason code and a one-line message."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


# --- public helpers ------------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """The stored form of a text: NFC, LF line ends, no trailing spaces, at most one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = _CRLF.sub("\n", text)
    text = _TRAILING_WS.sub("", text)
    text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()


def count_words(text: str, stop_at: int | None = None) -> int:
    """Words in ``text`` (runs of letters/digits; one per CJK character), counting at most ``stop_at``."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(text), stop_at))


def parse_date(value: Any) -> dt.date | None:
    """A publication date from metadata, or ``None`` when it cannot be read unambiguously.

    Accepts ``date``/``datetime``/``time.struct_time`` values and strings: ISO 8601
    (``2017-03-29``, ``2017-03-29T10:00:00Z``; the calendar date as written, not shifted to UTC),
    RFC 822 (``Wed, 29 Mar 2017 10:00:00 GMT``) and other absolute forms dateparser knows
    (``29 mars 2017``). Relative expressions ("yesterday") and ambiguous numeric day/month
    orders (``03/04/2017``) give ``None``; so do years outside MIN_YEAR..MAX_YEAR.
    """
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, time.struct_time):
        day = _safe_date(value.tm_year, value.tm_mon, value.tm_mday)
    elif isinstance(value, str):
        day = _parse_date_string(value.strip())
    else:
        return None
    if day is None or not MIN_YEAR <= day.year <= MAX_YEAR:
        return None
    return day


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parse_date_string(s: str) -> dt.date | None:
    if not s or len(s) > 100:
        return None
    m = _ISO_DATE.match(s)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    try:
        return email.utils.parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    m = _NUMERIC_DMY.fullmatch(s)
    if m and m[1] != m[2] and int(m[1]) <= 12 and int(m[2]) <= 12:
        return None  # 03/04/2017: March or April? not ours to guess
    return _dateparser(s)


_DATEPARSER_SETTINGS = {
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],  # never relative to "now"
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _dateparser(s: str) -> dt.date | None:
    import dateparser  # slow import, rarely needed

    try:
        parsed = dateparser.parse(s, settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return parsed.date() if parsed else None


# --- the iterator --------------------------------------------------------------------------


class InputStream(Iterator["Document | IngestError"]):
    """What :func:`iter_inputs` returns: an iterator with running counts.

    ``documents`` and ``errors`` count what was yielded; ``duplicates`` counts documents skipped
    because a document with the same ``doc_id`` was already yielded in this run.
    """

    def __init__(self, paths: Iterable[str | Path], published: dt.date | None, max_bytes: int,
                 country: str | None = None):
        self.published = published.date() if isinstance(published, dt.datetime) else published
        self.country = None if country is None else country_code(country)
        self.max_bytes = max_bytes
        self.documents = 0
        self.errors = 0
        self.duplicates = 0
        self._seen: set[str] = set()
        self._date_params: dict[str, Any] | None = None
        self._manifests: dict[Path, dict[Path, dict[str, Any]]] = {}
        self._items = self._run(paths)

    def __iter__(self) -> InputStream:
        return self

    def close(self) -> None:
        """Stop reading: closes the walking generator and the file it has open."""
        self._items.close()

    def __next__(self) -> Document | IngestError:
        while True:
            item = next(self._items)
            if isinstance(item, IngestError):
                self.errors += 1
                return item
            if item.doc_id in self._seen:
                self.duplicates += 1
                continue
            self._seen.add(item.doc_id)
            self.documents += 1
            return item

    # walking -------------------------------------------------------------------------------

    def _run(self, paths: Iterable[str | Path]) -> Iterator[Document | IngestError]:
        for p in paths:
            yield from self._walk(Path(p), set())

    def _walk(self, path: Path, visiting: set[tuple[int, int]]) -> Iterator[Document | IngestError]:
        source = str(path)
        try:
            st = path.stat()
        except FileNotFoundError:
            yield _error(source, "unreadable", "no such file or directory")
            return
        except OSError as exc:
            yield _error(source, "unreadable", _os_message(exc))
            return
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in visiting:  # a symlink loop
                return
            try:
                names = _listed(path)
            except OSError as exc:
                yield _error(source, "unreadable", _os_message(exc))
                return
            visiting.add(key)
            for name in names:
                yield from self._walk(path / name, visiting)
            visiting.discard(key)
        elif stat.S_ISREG(st.st_mode):
            yield from self._file(path, st.st_size)
        else:
            yield _error(source, "unreadable", f"not a regular file ({_file_kind(st.st_mode)})")

    def _file(self, path: Path, size: int) -> Iterator[Document | IngestError]:
        source = str(path)
        ext = path.suffix.lower()
        fmt = ("html" if ext in HTML_EXTS else "jsonl" if ext in JSONL_EXTS
               else "feed" if ext in FEED_EXTS else "parquet" if ext in PARQUET_EXTS
               else "warc" if path.name.lower().endswith(WARC_SUFFIXES) else None)
        try:
            # sniff what the extension does not say (a huge .txt is refused unopened)
            if fmt is None and (size <= self.max_bytes or ext not in TEXT_EXTS):
                head = _read_head(path)
                if _FEED_SNIFF.match(head):
                    fmt = "feed"
                elif ext not in TEXT_EXTS and _JSONL_SNIFF.match(head):
                    fmt = "jsonl"
                elif ext not in TEXT_EXTS and head.startswith(_PARQUET_MAGIC):
                    fmt = "parquet"
                elif ext not in TEXT_EXTS and head.startswith(_WARC_MAGIC):
                    fmt = "warc"
            limit = MAX_STREAM_BYTES if fmt in STREAM_FORMATS else self.max_bytes
            if size > limit:
                raise _Reject("too_large", f"{size} bytes, more than the limit of {limit}")
            if fmt == "jsonl":
                yield from self._jsonl(path)
            elif fmt == "feed":
                yield from self._feed(path, size)
            elif fmt == "parquet":
                yield from self._parquet(path)
            elif fmt == "warc":
                yield from self._warc(path)
            else:
                yield self._article(path, html=fmt == "html")
        except _Reject as rej:
            yield _error(source, rej.reason, rej.detail)
        except OSError as exc:
            yield _error(source, "unreadable", _os_message(exc))
        except Exception as exc:  # a library failing on odd input must not stop the run
            reason = {"jsonl": "bad_record", "feed": "bad_feed", "parquet": "bad_parquet",
                      "warc": "bad_warc"}.get(fmt or "", "empty")
            yield _error(source, reason, f"could not process: {type(exc).__name__}: {_one_line(str(exc))}")

    # single articles -----------------------------------------------------------------------

    def _article(self, path: Path, html: bool) -> Document:
        with open(path, "rb") as fh:
            data = fh.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:  # it grew since stat()
            raise _Reject("too_large", f"more than the limit of {self.max_bytes} bytes")
        if not data.strip():
            raise _Reject("empty", "the file is empty")
        text = _decode_bytes(data, html_hints=True)
        meta = self._sidecar(path)
        if html or _HTML_SNIFF.match(text, 0, SNIFF_BYTES):
            return self._html_document(text, source_path=str(path), content_format="html", **meta)
        if meta.get("published") is not None:
            meta["published_source"] = "metadata"
        return self._document(text, source_path=str(path), content_format="text", **meta)

    # sidecar metadata ----------------------------------------------------------------------

    def _sidecar(self, path: Path) -> dict[str, Any]:
        """Metadata for a single-article file: ``<file>.meta.json``, or its line in a
        ``manifest.jsonl`` in the same folder or the folder above (``{"file": "articles/x.txt",
        "published": ..., "url": ..., "title": ..., "outlet": ..., "language": ..., "country": ...}``)."""
        meta: dict[str, Any] = {}
        side = path.with_name(path.name + SIDECAR_SUFFIX)
        if side.is_file():
            try:
                meta = json.loads(side.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                meta = {}
        else:
            resolved = path.resolve()
            for folder in (path.parent, path.parent.parent):
                meta = self._manifest(folder).get(resolved, {})
                if meta:
                    break
        return {k: meta[k] for k in SIDECAR_FIELDS if isinstance(meta, dict) and meta.get(k) is not None}

    def _manifest(self, folder: Path) -> dict[Path, dict[str, Any]]:
        key = folder.resolve()
        if key not in self._manifests:
            entries: dict[Path, dict[str, Any]] = {}
            mf = folder / MANIFEST_NAME
            if mf.is_file():
                try:
                    for line in mf.read_text(encoding="utf-8").splitlines():
                        if line.strip():
                            rec = json.loads(line)
                            if isinstance(rec, dict) and isinstance(rec.get("file"), str):
                                entries[(folder / rec["file"]).resolve()] = rec
                except (OSError, ValueError):
                    entries = {}
            self._manifests[key] = entries
        return self._manifests[key]

    def _html_document(self, html: str, *, source_path: str, content_format: str, **meta: Any) -> Document:
        tags = sum(1 for _ in itertools.islice(_TAG.finditer(html), MAX_HTML_TAGS + 1))
        if tags > MAX_HTML_TAGS:
            raise _Reject("too_large", f"more than {MAX_HTML_TAGS} HTML tags (MAX_HTML_TAGS): too slow to parse "
                                       "for an article page")
        extracted = self._extract_html(html)
        if extracted is None:
            raise _Reject("empty", "no article text found in the HTML page")
        text, found = extracted
        published = meta.pop("published", None)
        fields = {k: meta.get(k) or found.get(k) for k in ("url", "title", "outlet")}
        if published is not None and parse_date(published) is not None:
            pub, pub_source = published, "metadata"
        else:
            pub, pub_source = found.get("date"), "html"
        return self._document(text, source_path=source_path, content_format=content_format,
                              published=pub, published_source=pub_source, language=meta.get("language"),
                              country=meta.get("country"), **fields)

    def _extract_html(self, html: str) -> tuple[str, dict[str, Any]] | None:
        from trafilatura import bare_extraction

        if self._date_params is None:
            from trafilatura.settings import set_date_params

            self._date_params = set_date_params(False)  # metadata and <time>, not dates in the body
        result = bare_extraction(
            html, favor_precision=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, with_metadata=True,
            date_extraction_params=self._date_params,
        )
        if result is None or result.body is None:
            return None
        return element_text(result.body), {
            "title": result.title, "url": result.url, "outlet": result.sitename, "date": result.date,
        }

    def _document(self, text: str, *, source_path: str, content_format: str, url: Any = None,
                  title: Any = None, outlet: Any = None, published: Any = None,
                  published_source: str | None = None, language: Any = None, country: Any = None) -> Document:
        text = normalise_text(text)
        if len(text) > MAX_TEXT_CHARS:
            raise _Reject("too_large", f"{len(text)} characters of text, more than the limit of {MAX_TEXT_CHARS}")
        if count_words(text, MIN_WORDS) < MIN_WORDS:
            raise _Reject("empty", f"fewer than {MIN_WORDS} words of text" if text else "no text")
        if self.published is not None:
            pub, pub_source = self.published, "cli"
        else:
            pub = parse_date(published)
            pub_source = published_source if pub is not None else None
        if country is None:
            country = self.country  # the run's setting is the default of the inputs that set none
        else:
            try:
                country = country_code(country)
            except ValueError as exc:
                raise _Reject("bad_record", f"country: {exc}") from None
        return Document(
            doc_id=Document.doc_id_for(text), text=text, source_path=source_path, url=_field(url),
            title=_field(title), outlet=_field(outlet), published=pub, published_source=pub_source,
            language=normalise_code(language), content_format=content_format, country=country,
        )

    # JSONL -----------------------------------------------------------------------------------

    def _jsonl(self, path: Path) -> Iterator[Document | IngestError]:
        with open(path, "rb", buffering=READ_CHUNK) as fh:
            head = fh.read(SNIFF_BYTES)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                raise _Reject("encoding", "JSONL must be UTF-8 (found a UTF-16 byte order mark)")
            if _looks_binary(head):
                raise _Reject("binary", "NUL or control bytes: not a text file")
            fh.seek(0)
            records = 0
            for lineno in itertools.count(1):
                raw = fh.readline(MAX_LINE_BYTES + 1)
                if not raw:
                    break
                source = f"{path}:line {lineno}"
                if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                    while (rest := fh.readline(READ_CHUNK)) and not rest.endswith(b"\n"):
                        pass  # skip the rest of an oversized line without holding it
                    yield _error(source, "too_large", f"line longer than {MAX_LINE_BYTES} bytes")
                    continue
                if not raw.strip():
                    continue
                records += 1
                try:
                    yield self._jsonl_record(raw, lineno, source)
                except _Reject as rej:
                    yield _error(source, rej.reason, rej.detail)
                except Exception as exc:  # one bad record must not stop the file
                    yield _error(source, "bad_record", f"{type(exc).__name__}: {_one_line(str(exc))}")
        if records == 0:  # an empty or blank file must not vanish silently
            raise _Reject("empty", "the file holds no records")

    def _jsonl_record(self, raw: bytes, lineno: int, source: str) -> Document:
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise _Reject("encoding", f"line is not UTF-8: {exc.reason} at byte {exc.start}") from None
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise _Reject("bad_record", f"not JSON: {_one_line(str(exc))}") from None
        if not isinstance(record, dict):
            raise _Reject("bad_record", f"expected a JSON object, got {type(record).__name__}")
        return self._record(record, source, "jsonl")

    def _record(self, record: dict[str, Any], source: str, fmt: str) -> Document:
        """A document from one JSONL or Parquet record (``text`` or ``html`` plus metadata)."""
        text, html = record.get("text"), record.get("html")
        for key, value in (("text", text), ("html", html)):
            if value is not None and not isinstance(value, str):
                raise _Reject("bad_record", f"{key!r} must be a string, got {type(value).__name__}")
        meta = {k: record.get(k) for k in ("url", "title", "outlet", "language", "country")}
        published = record.get("published")
        if isinstance(text, str) and text.strip():
            if len(text) > MAX_TEXT_CHARS:
                raise _Reject("too_large", f"{len(text)} characters of text, more than the limit of {MAX_TEXT_CHARS}")
            return self._document(text, source_path=source, content_format=fmt, published=published,
                                  published_source="metadata", **meta)
        if isinstance(html, str) and html.strip():
            if len(html) > self.max_bytes:
                raise _Reject("too_large", f"{len(html)} characters of HTML, more than the limit of {self.max_bytes}")
            return self._html_document(html, source_path=source, content_format=f"{fmt}+html",
                                       published=published, **meta)
        if "text" in record or "html" in record:
            raise _Reject("empty", "the record's text is empty")
        raise _Reject("bad_record", "the record has no 'text' or 'html' field")

    # Parquet ---------------------------------------------------------------------------------

    def _parquet(self, path: Path) -> Iterator[Document | IngestError]:
        """A Parquet shard: one document per row, from a ``text`` (or ``html``) column and the
        optional metadata columns of a JSONL record; ``source_path`` is ``path:row N``."""
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise _Reject("bad_parquet", "reading Parquet needs pyarrow (install bilan[scale])") from None
        try:
            pf = pq.ParquetFile(path)
            names = set(pf.schema_arrow.names)
        except Exception as exc:
            raise _Reject("bad_parquet", f"not a readable Parquet file: {type(exc).__name__}: "
                                         f"{_one_line(str(exc))}") from None
        if not names & {"text", "html"}:
            raise _Reject("bad_parquet", "no 'text' or 'html' column (found: "
                                         f"{', '.join(sorted(names))[:200] or 'none'})")
        columns = [c for c in ("text", "html", *SIDECAR_FIELDS) if c in names]
        row = 0
        try:
            for batch in pf.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
                for record in batch.to_pylist():
                    row += 1
                    source = f"{path}:row {row}"
                    try:
                        yield self._record(record, source, "parquet")
                    except _Reject as rej:
                        yield _error(source, rej.reason, rej.detail)
                    except Exception as exc:  # one bad row must not stop the shard
                        yield _error(source, "bad_record", f"{type(exc).__name__}: {_one_line(str(exc))}")
        except Exception as exc:  # a corrupt page or row group: what was read stays
            raise _Reject("bad_parquet", f"read error after {row} rows: {type(exc).__name__}: "
                                         f"{_one_line(str(exc))}") from None
        if row == 0:
            raise _Reject("empty", "the Parquet file has no rows")

    # WARC ------------------------------------------------------------------------------------

    def _warc(self, path: Path) -> Iterator[Document | IngestError]:
        """A WARC (or ARC) file, gzipped or not: each HTML response record is an article read like
        an .html file (trafilatura); ``source_path`` is ``path#record N`` (1-based, all records
        counted). Requests, metadata, redirects and non-HTML responses are skipped."""
        try:
            from warcio.archiveiterator import ArchiveIterator
        except ImportError:
            raise _Reject("bad_warc", "reading WARC needs warcio (install bilan[scale])") from None
        n = articles = 0
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
            if not head.startswith(_GZIP_MAGIC) and not head.lstrip().startswith((_WARC_MAGIC, _ARC_MAGIC)):
                # warcio would scan the whole file for a record (27 s for 20 MB of junk)
                raise _Reject("bad_warc", "not a WARC or ARC file (no WARC/ or filedesc:// header, not gzip)")
            fh.seek(0)
            try:
                for record in ArchiveIterator(fh, arc2warc=True):
                    n += 1
                    item = self._warc_record(record, f"{path}#record {n}")
                    if item is not None:
                        articles += 1
                        yield item
            except Exception as exc:  # truncated or corrupt archive: what was read stays
                raise _Reject("bad_warc", f"unreadable after {n} records: {type(exc).__name__}: "
                                          f"{_one_line(str(exc))}") from None
        if _truncated_gzip(path):  # warcio stops quietly at a cut gzip stream: say what was lost
            raise _Reject("bad_warc", f"the gzip stream is truncated or corrupt after {n} records: "
                                      "the records after them are lost")
        if n == 0:
            raise _Reject("bad_warc", "no WARC records found")
        if articles == 0:
            raise _Reject("empty", f"no HTML response records among {n} records")

    def _warc_record(self, record: Any, source: str) -> Document | IngestError | None:
        if record.rec_type == "response":
            http = record.http_headers
            if http is None or not (http.get_statuscode() or "").startswith("2"):
                return None
            ctype = http.get_header("Content-Type") or ""
        elif record.rec_type == "resource":
            ctype = record.rec_headers.get_header("Content-Type") or ""
        else:
            return None
        if not any(t in ctype.lower() for t in WARC_HTML_TYPES):
            return None
        try:
            data = record.content_stream().read(self.max_bytes + 1)
            if len(data) > self.max_bytes:
                raise _Reject("too_large", f"response body larger than the limit of {self.max_bytes} bytes")
            if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than its Content-Length
                raise _Reject("bad_warc", "the record is truncated (the file ends inside it)")
            if not data.strip():
                raise _Reject("empty", "the response body is empty")
            m = _HTTP_CHARSET.search(ctype)
            text = _decode_declared(m[1], data) if m else None
            if text is None:
                text = _decode_bytes(data, html_hints=True)
            return self._html_document(text, source_path=source, content_format="warc",
                                       url=record.rec_headers.get_header("WARC-Target-URI"))
        except _Reject as rej:
            return _error(source, rej.reason, rej.detail)
        except Exception as exc:  # one bad record must not stop the archive
            return _error(source, "bad_warc", f"{type(exc).__name__}: {_one_line(str(exc))}")

    # feeds -----------------------------------------------------------------------------------

    def _feed(self, path: Path, size: int) -> Iterator[Document | IngestError]:
        import feedparser

        if size > self.max_bytes:
            yield from self._feed_streamed(path)
            return
        with open(path, "rb") as fh:
            data = fh.read()
        if not data.strip():
            raise _Reject("empty", "the file is empty")
        if _looks_binary(data[:SNIFF_BYTES]) and not data.startswith(tuple(b for b, _ in _BOMS)):
            raise _Reject("binary", "NUL or control bytes: not a text file")
        entries = len(_FEED_ENTRY.findall(data))
        if _tags_over(data, MAX_HTML_TAGS * max(entries, 1)):
            yield from self._feed_streamed(path)
            return
        parsed = feedparser.parse(io.BytesIO(data))
        if not parsed.entries:
            if parsed.get("bozo") or not parsed.get("version"):
                why = parsed.get("bozo_exception")
                raise _Reject("bad_feed", "no RSS or Atom entries found" + (f": {why}" if why else ""))
            raise _Reject("empty", "the feed has no entries")
        fmt = _feed_format(parsed.get("version"))
        outlet = parsed.feed.get("title")
        for i, entry in enumerate(parsed.entries, 1):
            yield self._guarded_entry(entry, f"{path}#entry {i}", fmt, outlet)

    def _guarded_entry(self, entry: Any, source: str, fmt: str, outlet: Any) -> Document | IngestError:
        try:
            return self._entry(entry, source, fmt, outlet)
        except _Reject as rej:
            return _error(source, rej.reason, rej.detail)
        except Exception as exc:
            return _error(source, "bad_feed", f"{type(exc).__name__}: {_one_line(str(exc))}")

    def _entry(self, entry: Any, source: str, fmt: str, outlet: Any) -> Document:
        body = max(entry.get("content") or (), key=lambda c: len(c.get("value") or ""), default=None)
        if body is None or not (body.get("value") or "").strip():
            body = entry.get("summary_detail") or {"value": entry.get("summary"), "type": "text/html"}
        value = body.get("value") or ""
        text = value if body.get("type") == "text/plain" else html_fragment_text(value)
        title = entry.get("title")
        if title and (entry.get("title_detail") or {}).get("type") in ("text/html", "application/xhtml+xml"):
            title = html_fragment_text(title)
        published = (parse_date(entry.get("published")) or parse_date(entry.get("published_parsed"))
                     or parse_date(entry.get("updated")) or parse_date(entry.get("updated_parsed")))
        return self._document(text, source_path=source, content_format=fmt, url=entry.get("link"),
                              title=title, outlet=outlet, published=published, published_source="feed")

    def _feed_streamed(self, path: Path) -> Iterator[Document | IngestError]:
        """A feed larger than ``max_bytes``: entries are cut out one at a time (lxml iterparse),
        each parsed by feedparser inside a minimal envelope, and freed."""
        import feedparser
        from lxml import etree

        atom, rss1 = "{http://www.w3.org/2005/Atom}", "{http://purl.org/rss/1.0/}"
        items = {"item": "rss", f"{rss1}item": "rss", f"{atom}entry": "atom"}
        titles = {"title", f"{rss1}title", f"{atom}title"}
        containers = {"channel", f"{rss1}channel", f"{atom}feed"}
        outlet, n = None, 0
        events = etree.iterparse(str(path), events=("end",), tag=(*items, *titles), huge_tree=True,
                                 resolve_entities=False, no_network=True, recover=True)
        try:
            for _, el in events:
                parent = el.getparent()
                if el.tag in titles:
                    if outlet is None and parent is not None and parent.tag in containers:
                        outlet = el.text
                    continue
                n += 1
                fmt = items[el.tag]
                xml = etree.tostring(el)
                envelope = (b'<feed xmlns="http://www.w3.org/2005/Atom">' + xml + b"</feed>" if fmt == "atom"
                            else b'<rss version="2.0"><channel>' + xml + b"</channel></rss>")
                el.clear()
                while el.getprevious() is not None:
                    del parent[0]
                source = f"{path}#entry {n}"
                if _tags_over(xml, MAX_HTML_TAGS):
                    yield _error(source, "too_large", f"more than {MAX_HTML_TAGS} tags in one feed entry "
                                                      "(MAX_HTML_TAGS): too slow to parse for an article")
                    continue
                entries = feedparser.parse(io.BytesIO(envelope)).entries
                if not entries:
                    yield _error(source, "bad_feed", "entry could not be parsed")
                    continue
                yield self._guarded_entry(entries[0], source, fmt, outlet)
        except etree.XMLSyntaxError as exc:
            yield _error(str(path), "bad_feed", f"XML error after {n} entries: {_one_line(str(exc))}")
            return
        if n == 0:
            raise _Reject("bad_feed", "no RSS items or Atom entries found")


def _tags_over(data: bytes, limit: int) -> bool:
    """Whether ``data`` holds more than ``limit`` tags, raw or escaped (counted up to the limit)."""
    return sum(1 for _ in itertools.islice(_FEED_TAG.finditer(data), limit + 1)) > limit


def input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The files :func:`iter_inputs` reads for ``paths``, in the same order (folders walked
    recursively, sorted, hidden entries, manifests and sidecars skipped). A path that does not
    exist, cannot be listed or is not a regular file comes out as is: ``iter_inputs([path])``
    turns it into its error row. Used to split a run into one task per file."""
    for p in paths:
        yield from _files(Path(p), set())


def _files(path: Path, visiting: set[tuple[int, int]]) -> Iterator[Path]:
    try:
        st = path.stat()
    except OSError:
        yield path
        return
    if not stat.S_ISDIR(st.st_mode):
        yield path
        return
    key = (st.st_dev, st.st_ino)
    if key in visiting:  # a symlink loop
        return
    try:
        names = _listed(path)
    except OSError:
        yield path
        return
    visiting.add(key)
    for name in names:
        yield from _files(path / name, visiting)
    visiting.discard(key)


def _listed(folder: Path) -> list[str]:
    """The entries of ``folder`` that are inputs, sorted (hidden, manifest and sidecars left out)."""
    with os.scandir(folder) as entries:
        return sorted(e.name for e in entries if not e.name.startswith(".")
                      and e.name != MANIFEST_NAME and not e.name.endswith(SIDECAR_SUFFIX))


def iter_inputs(
    paths: Iterable[str | Path],
    published: dt.date | None = None,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    country: str | None = None,
) -> InputStream:
    """Documents and errors from files and folders, in order; see the module docstring.

    ``published`` overrides every document's publication date. ``max_bytes`` is the size limit
    of a single-article file (a JSONL or feed file may be up to ``MAX_STREAM_BYTES``; a feed
    larger than ``max_bytes`` is read entry by entry). The returned iterator counts what it
    yields (``documents``, ``errors``) and the duplicates it skipped (``duplicates``).
    ``country`` (ISO 3166-1 alpha-2; ValueError for a bad code) is the ``Document.country`` of every
    input that sets none of its own (a JSONL record's or Parquet row's ``country``, a sidecar's).
    """
    return InputStream(paths, published, max_bytes, country)


# --- decoding ------------------------------------------------------------------------------


def _decode_bytes(data: bytes, html_hints: bool = False) -> str:
    """Text from bytes, or :class:`_Reject` (``binary`` / ``encoding``). See the module docstring."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise _Reject("encoding", f"not valid {codec.replace('-sig', '')} despite its byte order mark: "
                                          f"{exc.reason} at byte {exc.start}") from None
    if _looks_binary(data[:SNIFF_BYTES]) or b"\x00" in data:
        raise _Reject("binary", "NUL or control bytes: not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"not UTF-8 ({exc.reason} at byte {exc.start})"
    if html_hints:
        m = _DECLARED_CHARSET.search(data, 0, SNIFF_BYTES)
        if m:
            text = _decode_declared((m[1] or m[2]).decode("ascii"), data)
            if text is not None:
                return text
    return _decode_guessed(data, utf8_error)


def _decode_declared(label: str, data: bytes) -> str | None:
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    for codec in (("cp1252", name) if name in ("iso8859-1", "ascii") else (name,)):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def _decode_guessed(data: bytes, utf8_error: str) -> str:
    import charset_normalizer

    matches = list(charset_normalizer.from_bytes(data))
    if matches:
        least = min(m.chaos for m in matches)
        if least <= MAX_CHAOS:
            clean = [m for m in matches if m.chaos == least]
            best = next((m for m in clean if "cp1252" in m.could_be_from_charset), clean[0])
            codec = "cp1252" if "cp1252" in best.could_be_from_charset else best.encoding
            try:
                text = data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                text = None
            if text is not None and len(_UNPRINTABLE.findall(text)) <= MAX_UNPRINTABLE * len(text):
                return text
    raise _Reject("encoding", f"{utf8_error}, and no confident guess of another encoding")


def _looks_binary(head: bytes) -> bool:
    return b"\x00" in head or len(_CONTROL_BYTES.findall(head)) > 0.02 * len(head)


def _truncated_gzip(path: Path) -> bool:
    """True when ``path`` is gzip data that ends before its end-of-stream marker (or is corrupt)."""
    import gzip
    import zlib

    with open(path, "rb") as raw:
        if raw.read(2) != b"\x1f\x8b":
            return False
    try:
        with gzip.open(path, "rb") as fh:
            while fh.read(READ_CHUNK):
                pass
    except (EOFError, OSError, zlib.error):
        return True
    return False


def _read_head(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(SNIFF_BYTES)


# --- HTML to text --------------------------------------------------------------------------


def element_text(root: Any) -> str:
    """The text of an lxml element tree: blocks become paragraphs, ``<br>`` and items lines.

    Between two stretches of text the strongest separator met wins (paragraph > line > space),
    except that consecutive ``<br>`` add up (``a<br><br>b`` is two paragraphs).
    """
    out: list[str] = []
    pending = ""

    def text(t: str | None) -> None:
        nonlocal pending
        if not t:
            return
        t = _HTML_WS.sub(" ", t)
        if t == " ":
            pending = pending or " "
            return
        if pending and out:
            out.append(pending)
        pending = ""
        out.append(t)

    stack: list[tuple[Any, bool]] = [(root, False)]  # explicit stack: deep trees are common
    while stack:
        el, closing = stack.pop()
        name = el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else None
        sep = _SEPARATORS.get(name or "", "")
        if closing:
            if sep and name not in _BREAK_TAGS and _RANK[sep] > _RANK[pending]:
                pending = sep
            if el is not root:
                text(el.tail)
            continue
        if name is None or name in _SKIPPED_TAGS:  # comments, processing instructions, scripts
            if el is not root:
                text(el.tail)
            continue
        if name in _BREAK_TAGS:
            pending = _PARAGRAPH if pending.endswith(_LINE) else _LINE
        elif _RANK[sep] > _RANK[pending]:
            pending = sep
        text(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
    joined = _LINE_BREAKS.sub(lambda m: m[1], "".join(out))
    return _SPACES.sub(" ", joined).strip()


def html_fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): no extraction, just the text."""
    if "<" not in html and "&" not in html:
        return html
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml rejects some fragments (e.g. only a comment): treat as no text
        return ""
    return element_text(root)


# --- small helpers -------------------------------------------------------------------------


def _error(source: str, reason: str, detail: str) -> IngestError:
    return IngestError(source=source, reason=reason, detail=_one_line(detail), stage="ingest")


def _one_line(s: str, limit: int = 300) -> str:
    s = _ONE_LINE.sub(" ", s).strip()
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _field(value: Any) -> str | None:
    """A metadata string on one line, or None."""
    if not isinstance(value, str):
        return None
    value = _ONE_LINE.sub(" ", unicodedata.normalize("NFC", value)).strip()
    return value or None


def _feed_format(version: str | None) -> str:
    return next((fmt for prefix, fmt in _FEED_FORMATS if (version or "").startswith(prefix)), "rss")


def _os_message(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
                       (stat.S_ISFIFO, "named pipe"), (stat.S_ISSOCK, "socket")):
        if test(mode):
            return kind
    return "special file"
