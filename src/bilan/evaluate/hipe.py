"""HIPE-2022 French adapter (``hipe-fr``): named entities in historical newspapers (OCR text).

Reads the original HIPE-2022 v2.1 TSV files of the folder (hipe2020 dev and test, newseye test), one
token per line with ``# hipe2022:document_id = ...`` lines opening each document. doc_key = that
document id; the fixed sha1 split is applied over all documents of the three files (their own
dev/test names are not used). The text is rebuilt by joining tokens with one space unless MISC
has ``NoSpaceAfter`` (OCR line ends, ``EndOfLine``, become a space too), and goes through bilan's
configured French spaCy model (``bilan.nlp.get("fr")``, NER only).

Gold entities are the ``NE-COARSE-LIT`` IOB spans of type pers/PER, loc/LOC, org/ORG (time, prod,
HumanProd are left out); spaCy's PER, LOC, ORG are compared with them, its MISC is left out.

- ``entity_<type>.p/r/f1`` for PER, LOC, ORG and ``entity.p/r/f1`` (micro): exact character span and type.
- ``entity_overlap.f1``: micro F1 where a prediction of the right type overlapping a gold span counts
  (one-to-one), a looser view for OCR noise and HIPE's long mentions ("M. Hagenbeck, le célèbre marchand").
"""

from __future__ import annotations

from pathlib import Path

from bilan.evaluate import Adapter, Report, in_split, overlaps, prf, register

FILES = ("HIPE-2022-v2.1-hipe2020-dev-fr.tsv", "HIPE-2022-v2.1-hipe2020-test-fr.tsv",
         "HIPE-2022-v2.1-newseye-test-fr.tsv")
TYPES = ("PER", "LOC", "ORG")
GOLD_TYPES = {"pers": "PER", "per": "PER", "loc": "LOC", "org": "ORG"}
_DOC = "# hipe2022:document_id = "


def parse_tsv(path: Path) -> list[dict]:
    """Documents of a HIPE TSV: ``{"id", "text", "entities": [(start, end, TYPE)]}`` (PER/LOC/ORG)."""
    docs: list[dict] = []
    parts: list[str] = []
    pos = 0  # length of the text so far
    cur: list | None = None  # [type, start, end] of the open gold entity

    def close() -> None:
        nonlocal cur
        if cur is not None and docs:
            docs[-1]["entities"].append((cur[1], cur[2], cur[0]))
        cur = None

    def finish() -> None:
        nonlocal pos
        close()
        if docs:
            docs[-1]["text"] = "".join(parts).rstrip()
        parts.clear()
        pos = 0

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(_DOC):
            finish()
            docs.append({"id": line[len(_DOC):].strip(), "text": "", "entities": []})
            continue
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3 or cols[0] == "TOKEN" or not docs:
            continue
        token, tag, misc = cols[0], cols[1], cols[-1]
        start, end = pos, pos + len(token)
        label = GOLD_TYPES.get(tag[2:].lower()) if tag[:2] in ("B-", "I-") else None
        if tag.startswith("I-") and cur is not None and cur[0] == label:
            cur[2] = end
        else:
            close()
            if label:
                cur = [label, start, end]
        parts.append(token if "NoSpaceAfter" in misc else token + " ")
        pos += len(parts[-1])
    finish()
    return docs


def score_spans(gold: list[tuple[int, int, str]], pred: list[tuple[int, int, str]]) -> dict[str, list[int]]:
    """Per type and ``"all"``: [tp, fp, fn] for exact span + type, and ``"overlap"`` the micro
    counts where a same-type overlapping span matches (one-to-one, in order)."""
    out = {t: [0, 0, 0] for t in (*TYPES, "all", "overlap")}
    gset, pset = set(gold), set(pred)
    for t in TYPES:
        g = {e for e in gset if e[2] == t}
        p = {e for e in pset if e[2] == t}
        out[t] = [len(g & p), len(p - g), len(g - p)]
        for i in range(3):
            out["all"][i] += out[t][i]
    free = sorted(gset)
    tp = 0
    for p in sorted(pset):
        hit = next((g for g in free if g[2] == p[2] and overlaps(g[:2], p[:2])), None)
        if hit is not None:
            free.remove(hit)
            tp += 1
    out["overlap"] = [tp, len(pset) - tp, len(gset) - tp]
    return out


def _run(folder: Path, split: str, limit: int | None) -> Report:
    from bilan import nlp

    docs = [d for f in FILES for d in parse_tsv(folder / f) if in_split(d["id"], split)]
    if limit is not None:
        docs = docs[:limit]
    model = nlp.get("fr")
    keep = {"ner", "tok2vec"}
    disable = [p for p in model.pipe_names if p not in keep]
    totals = {t: [0, 0, 0] for t in (*TYPES, "all", "overlap")}
    for d, parsed in zip(docs, model.pipe((d["text"] for d in docs), disable=disable, batch_size=4), strict=True):
        pred = [(e.start_char, e.end_char, e.label_) for e in parsed.ents if e.label_ in TYPES]
        for key, counts in score_spans(d["entities"], pred).items():
            totals[key] = [a + b for a, b in zip(totals[key], counts)]
    rep = Report("hipe-fr", split, len(docs))
    for key, name in [(t, f"entity_{t}") for t in TYPES] + [("all", "entity")]:
        tp, fp, fn = totals[key]
        p, r, f = prf(tp, fp, fn)
        rep.put(f"{name}.p", p, tp + fp)
        rep.put(f"{name}.r", r, tp + fn)
        rep.put(f"{name}.f1", f, tp + fp + fn)
    tp, fp, fn = totals["overlap"]
    rep.put("entity_overlap.f1", prf(tp, fp, fn)[2], tp + fp + fn)
    return rep


register(Adapter("hipe-fr", "hipe-fr", "HIPE-2022 French newspapers: PER/LOC/ORG entities (spaCy fr)", _run), "hipe")
