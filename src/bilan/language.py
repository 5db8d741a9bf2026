"""Language identification (lingua) and the check that bilan has a pipeline for a document.

One detector per process, built on first use from a fixed set of common news languages
(``DETECTOR_LANGUAGES``), in lingua's high-accuracy mode. Only the first ``DETECT_CHARS``
characters of a text are used (cut at a word boundary), so long articles cost no more than short
ones (about 2 ms a document once warm).

lingua loads language models lazily. For texts of 120 characters or more it uses trigrams only
(the same in either accuracy mode): the first such call costs about 0.1-0.2 s. The first text
shorter than that (a feed summary) loads the 1- to 5-gram models of the candidate languages,
once per process: measured 2-4 s and about 300 MB resident. Low-accuracy mode would avoid that
but is measurably worse on exactly those short texts (8-word snippets of the example articles:
433/434 right in high-accuracy mode, 417/434 in low-accuracy mode), so it is not used.
"""

from __future__ import annotations

import re
import threading

from lingua import IsoCode639_3, Language, LanguageDetector, LanguageDetectorBuilder

from bilan.model import Document, IngestError

SUPPORTED: tuple[str, ...] = ("fr", "en")
DETECT_CHARS = 2000
# below this confidence (lingua's relative confidence, top language) the language is undetermined
MIN_CONFIDENCE = 0.5

DETECTOR_LANGUAGES: tuple[Language, ...] = (
    Language.FRENCH, Language.ENGLISH, Language.SPANISH, Language.GERMAN, Language.ITALIAN,
    Language.PORTUGUESE, Language.ARABIC, Language.RUSSIAN, Language.TURKISH, Language.DUTCH,
    Language.UKRAINIAN, Language.POLISH,
    # other languages of conflict reporting: non-Latin scripts (no competition with fr/en) ...
    Language.PERSIAN, Language.URDU, Language.HEBREW, Language.HINDI, Language.CHINESE,
    Language.JAPANESE, Language.KOREAN,
    # ... and a few Latin-script ones
    Language.SOMALI, Language.SWAHILI, Language.INDONESIAN, Language.VIETNAMESE, Language.ROMANIAN,
)

_detector: LanguageDetector | None = None
_lock = threading.Lock()
_TAG_SEPARATOR = re.compile(r"[-_]")


def detector() -> LanguageDetector:
    """The process-wide detector, built on first use (thread-safe)."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                _detector = LanguageDetectorBuilder.from_languages(*DETECTOR_LANGUAGES).build()
    return _detector


def _sample(text: str) -> str:
    if len(text) <= DETECT_CHARS:
        return text
    cut = text.rfind(" ", DETECT_CHARS // 2, DETECT_CHARS)
    return text[: cut if cut > 0 else DETECT_CHARS]


def detect(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code of the most likely language of ``text`` and lingua's confidence (0..1).

    ``(None, 0.0)`` when the text gives nothing to go on (no letters).
    """
    values = detector().compute_language_confidence_values(_sample(text))
    if not values or values[0].value <= 0.0:
        return None, 0.0
    top = values[0]
    return top.language.iso_code_639_1.name.lower(), float(top.value)


def normalise_code(code: str | None) -> str | None:
    """``"fr"``, ``"FR"``, ``"fr-FR"``, ``"fra"`` → ``"fr"``; ``None`` when not a language code."""
    if not code or not isinstance(code, str):
        return None
    primary = _TAG_SEPARATOR.split(code.strip(), maxsplit=1)[0].lower()
    if len(primary) == 2 and primary.isalpha():
        return primary
    if len(primary) == 3 and primary.isalpha():
        try:
            return Language.from_iso_code_639_3(IsoCode639_3.from_str(primary)).iso_code_639_1.name.lower()
        except ValueError:
            return _BIBLIOGRAPHIC.get(primary)
    return None

# ISO 639-2/B codes that differ from 639-3 (library catalogues and some feeds use them)
_BIBLIOGRAPHIC: dict[str, str] = {
    "fre": "fr", "ger": "de", "dut": "nl", "chi": "zh", "per": "fa", "gre": "el", "arm": "hy",
    "alb": "sq", "baq": "eu", "bur": "my", "cze": "cs", "geo": "ka", "ice": "is", "mac": "mk",
    "mao": "mi", "may": "ms", "rum": "ro", "slo": "sk", "tib": "bo", "wel": "cy",
}


def assign_language(
    doc: Document,
    supported: tuple[str, ...] | list[str] = SUPPORTED,
    declared: str | None = None,
) -> Document | IngestError:
    """Set ``doc.language`` (in place, and return ``doc``) or explain why bilan cannot read it.

    A declared language (the ``declared`` argument, else ``doc.language`` as set from a JSONL
    field) is trusted when it is one of ``supported``; otherwise the language is detected.
    An unsupported or undetermined language gives
    ``IngestError(reason="unsupported_language", stage="language")``.
    """
    claimed = normalise_code(declared if declared is not None else doc.language)
    if claimed in supported:
        doc.language = claimed
        return doc
    code, confidence = detect(doc.text)
    if code in supported and confidence >= MIN_CONFIDENCE:
        doc.language = code
        return doc
    pipelines = ", ".join(supported)
    if code is None:
        found = "could not identify the language (no letters)"
    elif confidence < MIN_CONFIDENCE:
        found = f"language undetermined (best guess {code!r}, {confidence:.2f})"
    else:
        found = f"detected {code!r} ({confidence:.2f})"
    if claimed:
        found = f"declared {claimed!r}, {found}"
    return IngestError(
        source=doc.source_path or doc.url or doc.doc_id,
        reason="unsupported_language",
        stage="language",
        detail=f"{found}; bilan has pipelines for {pipelines}",
        doc_id=doc.doc_id,
    )
