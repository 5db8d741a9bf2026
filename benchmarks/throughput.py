"""Throughput against the model floor: bare spaCy ``nlp.pipe`` vs bilan's full extraction.

Generates a corpus of news-like French and English articles from templates (deterministic, seeded),
then times, on the same documents:
- the floor: ``nlp.pipe`` over the texts, per language;
- bilan: ``pipeline.extract_many`` (parse + extraction + within-document linking).
Prints articles/s for both and their ratio (issue 6 target: >= 0.8). Not a test.

    uv run python benchmarks/throughput.py [N_ARTICLES]   # default 2000
"""

from __future__ import annotations

import datetime as dt
import random
import resource
import sys
import time

from bilan import nlp
from bilan.model import Document
from bilan.pipeline import extract_many

PLACES_FR = ["Mossoul", "Alep", "Gao", "Kidal", "Bangui", "Goma", "Beni", "Tombouctou", "Maiduguri", "Idlib"]
PLACES_EN = ["Mosul", "Aleppo", "Gao", "Kidal", "Bangui", "Goma", "Beni", "Timbuktu", "Maiduguri", "Idlib"]
ACTORS_FR = ["l'armée", "des djihadistes", "la coalition", "des hommes armés", "les rebelles"]
ACTORS_EN = ["the army", "jihadists", "the coalition", "gunmen", "rebels"]
EVENTS_FR = ["une frappe aérienne", "une embuscade", "un attentat-suicide", "des affrontements", "une attaque"]
EVENTS_EN = ["an air strike", "an ambush", "a suicide bombing", "clashes", "an attack"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "le 12 mai"]
DAYS_EN = ["on Monday", "on Tuesday", "on Wednesday", "yesterday", "on May 12", "last week"]
FILLER_FR = ("La situation sécuritaire reste précaire dans la région, où les violences se sont multipliées "
             "depuis le début de l'année. Les organisations humanitaires appellent à la protection des civils. ")
FILLER_EN = ("The security situation remains precarious in the region, where violence has surged since the "
             "start of the year. Aid groups have called for the protection of civilians. ")


def article(rng: random.Random, lang: str) -> str:
    if lang == "fr":
        p, a, e, d = (rng.choice(x) for x in (PLACES_FR, ACTORS_FR, EVENTS_FR, DAYS_FR))
        n, w = rng.randint(2, 40), rng.randint(1, 30)
        body = (f"{n} civils ont été tués et {w} autres blessés {d} dans {e} menée par {a} près de {p}, "
                f"a annoncé un responsable local. « Nous avons compté au moins {n} morts », a déclaré le "
                f"porte-parole du gouvernorat, le colonel Ahmed Saleh. Selon des témoins, le bilan pourrait "
                f"s'alourdir. ")
        return body + FILLER_FR * rng.randint(2, 6)
    p, a, e, d = (rng.choice(x) for x in (PLACES_EN, ACTORS_EN, EVENTS_EN, DAYS_EN))
    n, w = rng.randint(2, 40), rng.randint(1, 30)
    body = (f"At least {n} civilians were killed and {w} others wounded {d} in {e} by {a} near {p}, a local "
            f"official said. \"We counted {n} bodies,\" said Colonel Mark Ellison, a spokesman for the "
            f"governor. Witnesses said the toll could rise. ")
    return body + FILLER_EN * rng.randint(2, 6)


def corpus(n: int, seed: int = 7) -> list[Document]:
    """``n`` generated articles, French and English alternately, each one unique (deterministic)."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        lang = "fr" if i % 2 == 0 else "en"
        text = article(rng, lang) + f"\n\n(ref {i})"
        docs.append(Document(doc_id=Document.doc_id_for(text), text=text, language=lang,
                             published=dt.date(2024, 5, 20)))
    return docs


def warm_up(docs: list[Document]) -> None:
    """Load the models, matchers and gazetteer cache before anything is timed."""
    list(extract_many(docs[:8]))
    for lang in ("fr", "en"):
        list(nlp.pipe([d.text for d in docs[:8] if d.language == lang], lang))


def floor_seconds(docs: list[Document]) -> float:
    """Seconds for bare ``nlp.pipe`` over the texts, per language (models already loaded)."""
    t = time.perf_counter()
    for lang in ("fr", "en"):
        for _ in nlp.pipe([d.text for d in docs if d.language == lang], lang, batch_size=16):
            pass
    return time.perf_counter() - t


def main(n: int = 2000) -> None:
    docs = corpus(n)
    warm_up(docs)
    floor = floor_seconds(docs)

    t = time.perf_counter()
    incidents = sum(len(ex.incidents) for ex in extract_many(docs))
    full = time.perf_counter() - t

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {n} ({n // 2} fr, {n - n // 2} en), incidents extracted: {incidents}")
    print(f"bare nlp.pipe: {n / floor:8.1f} articles/s")
    print(f"bilan full:    {n / full:8.1f} articles/s")
    print(f"ratio bilan / floor: {floor / full:.2f}   (target >= 0.8)")
    print(f"peak RSS: {rss_mb:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
