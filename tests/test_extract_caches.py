"""What the extraction rules read once instead of at every call gives what they read before."""

from __future__ import annotations

import pytest

from bilan import nlp
from bilan.extract.claims import _conditional, find_claims, quoted_by_sentence
from bilan.extract.matching import _word_flags, for_language, sentences
from bilan.extract.places import find_places
from bilan.extract.victims import find_victim_mentions


@pytest.mark.parametrize("lang, text, reporting", [
    ("en", "The spokesman said that rebels had attacked the town, the police added.", {"said": "say", "added": "add"}),
    ("fr", "Le porte-parole a déclaré que les rebelles avaient attaqué la ville, a ajouté la police.",
     {"déclaré": "déclarer", "ajouté": "ajouter"}),
])
def test_reporting_entry_is_the_lemma_or_form_rule_remembered(lang, text, reporting):
    m = for_language(lang)
    doc = nlp.parse(text, lang)
    for _ in range(2):  # the second pass is answered from the memo
        for tok in doc:
            form = m.reporting_forms.get(tok.lower_)
            lemma = form or tok.lemma_.lower()
            expected = (lemma, bool(form)) if lemma in m.reporting else None
            assert m.reporting_entry(tok) == expected
    assert {t.text: m.reporting_entry(t)[0] for t in doc if m.reporting_entry(t)
            and t.text in reporting} == reporting
    assert (doc[0].lower, doc[0].lemma) in m.reporting_memo
    claims = find_claims(doc, m, [], sentences(doc))
    assert {c.verb for c in claims} >= set(reporting.values())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_blame_predicates_are_the_lexicon_attribution_predicates(lang):
    m = for_language(lang)
    assert m.blame_predicates == frozenset(m.events.ATTRIBUTION_PREDICATES) and m.blame_predicates


@pytest.mark.parametrize("lang, text, quoted", [
    ("en", 'The mayor said: "They burned the market." Nobody was hurt. He added, “It was over.” Then he left.',
     [["They", "burned", "the", "market", "."], [], ["It", "was", "over", "."], []]),
    ("fr", "Le maire a déclaré : « Ils ont brûlé le marché. » Personne n'a été blessé.",
     [["Ils", "ont", "brûlé", "le", "marché", "."], []]),
])
def test_quoted_tokens_are_read_from_the_marks_of_each_sentence(lang, text, quoted):
    m = for_language(lang)
    doc = nlp.parse(text, lang)
    sents = sentences(doc)
    got = [[doc[i].text for i in sorted(q)] for q in quoted_by_sentence(doc, sents, m)]
    # the parser may split a quote across sentences: compare the words, in order, document-wide
    assert [w for ws in got for w in ws] == [w for ws in quoted for w in ws]
    assert len(got) == len(sents)


def test_an_unclosed_quote_runs_to_the_end_of_its_sentence_only():
    m = for_language("en")
    doc = nlp.parse('He shouted "leave now and never come back. The crowd left.', "en")
    sents = sentences(doc)
    got = quoted_by_sentence(doc, sents, m)
    assert [doc[i].text for i in sorted(got[0])][:3] == ["leave", "now", "and"]
    assert all(not q for q in got[1:])


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen killed two farmers and a soldier near Mosul, Iraq, on Monday."),
    ("fr", "Des hommes armés ont tué deux agriculteurs et un soldat près de Mossoul, en Irak, lundi."),
])
def test_places_and_victims_read_the_text_given_as_they_read_the_doc(lang, text):
    doc = nlp.parse(text, lang)
    assert find_places(doc, lang, text=doc.text) == find_places(doc, lang)
    assert [p.text for p in find_places(doc, lang)] == ["Mosul" if lang == "en" else "Mossoul",
                                                        "Iraq" if lang == "en" else "Irak"]
    assert find_victim_mentions(doc, lang, doc.text) == find_victim_mentions(doc, lang)
    assert len(find_victim_mentions(doc, lang)) >= 2



@pytest.mark.parametrize("lang, text, certainty", [
    ("fr", "Selon le porte-parole, les rebelles auraient tué dix civils à Bria.", "alleged"),
    ("fr", "Selon le porte-parole, les rebelles ont tué dix civils à Bria.", "asserted"),
    ("en", "According to the spokesman, the rebels would have killed ten civilians in Bria.", "asserted"),
])
def test_conditional_mood_is_read_from_the_morphology_hashes(lang, text, certainty):
    m = for_language(lang)
    doc = nlp.parse(text, lang)
    claims = find_claims(doc, m, [], sentences(doc))
    assert [c.certainty for c in claims] == [certainty]
    for tok in doc:  # the remembered answer per morphology is the token's own
        assert _conditional(tok.morph.key, doc, tok.i) == ("Cnd" in tok.morph.get("Mood"))


@pytest.mark.parametrize("lang, text, speaker, organisation", [
    ("en", "General John Smith said the rebels had attacked the town, the United Nations reported.",
     "John Smith", None),
    ("fr", "Le général Jean Dupont a déclaré que les rebelles avaient attaqué la ville.", "Jean Dupont", None),
])
def test_speaker_person_is_found_among_the_entities_read_once(lang, text, speaker, organisation):
    m = for_language(lang)
    doc = nlp.parse(text, lang)
    claims = find_claims(doc, m, [], sentences(doc))
    assert speaker in [c.speaker for c in claims]
    assert all(c.organisation == organisation for c in claims if c.speaker == speaker)


@pytest.mark.parametrize("lang, text", [
    ("en", "Kidal. Three soldiers were killed, the army said. « » Nobody was hurt."),
    ("fr", "Bambari : un convoi attaqué par des rebelles. « Ils ont tiré », a-t-il dit."),
])
def test_sentence_word_and_verb_flags_are_the_tokens_own(lang, text):
    doc = nlp.parse(text, lang)
    word, verb = _word_flags(doc)
    assert word == [not (t.is_punct or t.is_space) for t in doc]
    assert verb == [w and t.pos_ in ("VERB", "AUX") for w, t in zip(word, doc)]
    assert any(verb) and not all(word)
    # the dateline or kicker joins the lead; no sentence is without a word
    sents = sentences(doc)
    assert sents[0].text.startswith(("Kidal. Three", "Bambari : un convoi"))
    assert all(any(not (t.is_punct or t.is_space) for t in s) for s in sents)


@pytest.mark.parametrize("lang, text, verbs", [
    ("en", "The rebels attacked the town. However, according to the police, nobody died.", ["according to"]),
    ("fr", "Les rebelles ont attaqué la ville. Selon la police, personne n'est mort. Mais le maire a démenti.",
     ["selon", "démentir"]),
])
def test_contrast_and_attribution_matched_once_per_document(lang, text, verbs):
    m = for_language(lang)
    doc = nlp.parse(text, lang)
    sents = sentences(doc)
    claims = find_claims(doc, m, [], sents)
    assert [c.verb for c in claims] == verbs
    # each claim's sentence is the one its phrase lies in; contrast as a sentence's own matcher says
    for c in claims:
        sent = next(s for s in sents if s.start_char == c.sent_start)
        assert c.contrast == bool(m.contrast(sent))
    assert claims[-1].contrast


def _breaks_token_by_token(doc, breaks):
    """The sentence starts ``nlp.paragraph_breaks`` presets, read token by token."""
    starts = {}
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.is_space:
            if tok.text.count("\n") >= breaks:
                starts[nxt.i] = True
        elif not tok.is_punct and not nxt.is_space or nxt.text in ",)]":
            starts[nxt.i] = False  # (a word right after a word, a comma, a closing bracket: no sentence start)
    return starts


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen opened fire on a market [AFP] on Friday.\n\nTwo traders (both women) died.\nThe town is calm (for now)."),
    ("fr", "Des hommes armés ont ouvert le feu (selon la police) vendredi.\n\n\nDeux commerçants sont morts.\n[Mise à jour] Le calme est revenu."),
    ("en", "A convoy was ambushed on the road between the two\ntowns on Monday morning and three drivers were\n"
           "wounded (one of them badly) before the army came\n\nThe road was closed.\n"),
    ("fr", ""),
])
def test_paragraph_breaks_read_from_arrays_preset_the_same_starts(lang, text):
    nlp_ = nlp.get(lang)
    doc, ref = nlp_.make_doc(text), nlp_.make_doc(text)
    for i, start in _breaks_token_by_token(ref, 2 if nlp.hard_wrapped(text) else 1).items():
        ref[i].is_sent_start = start
    nlp.paragraph_breaks(doc)
    assert [t.is_sent_start for t in doc] == [t.is_sent_start for t in ref]
    if text:
        assert any(t.is_sent_start for t in doc[1:]) and any(t.is_sent_start is False for t in doc)


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen killed two farmers near the river. A woman, later identified as Mary Dole, was hurt.\n\n"
           "Police said a soldier died. Three others were wounded"),
    ("fr", "Des hommes armés ont tué deux paysans. Une femme, identifiée comme Marie Dol, a été blessée.\n\n"
           "Un soldat est mort, selon la police"),
])
def test_victims_read_sentence_bounds_as_spacy_gives_them(lang, text):
    from bilan.extract.victims import _sentence_bounds

    doc = nlp.parse(text, lang)
    lo, hi = _sentence_bounds(doc)
    assert lo == [t.sent.start for t in doc]
    assert hi == [t.sent.end for t in doc]
    assert len(set(lo)) >= 3
    assert find_victim_mentions(doc, lang)


def test_capitals_answer_remembered_per_text():
    """``mostly_capitals`` answers an equal text from its memo as it answered it the first time."""
    texts = ["GUNMEN KIDNAPPED A JUDGE IN MEDELLIN ON FRIDAY.", "Gunmen kidnapped a judge in Medellin on Friday."]
    first = [nlp.mostly_capitals(t) for t in texts]
    assert first == [True, False]
    assert [nlp.mostly_capitals("".join(list(t))) for t in texts] == first  # equal strings, new objects
    long_text = "A" * (nlp.CAPITALS_MEMO_CHARS + 1)
    assert nlp.mostly_capitals(long_text) and long_text not in nlp._capitals_seen  # too long to keep
    for i in range(nlp.CAPITALS_MEMO + 1):
        nlp.mostly_capitals(f"text number {i} in lower case")
    assert len(nlp._capitals_seen) <= nlp.CAPITALS_MEMO


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_quantity_gates_cannot_hide_a_match(lang):
    """A vague or collective quantity is only looked for when one of its gate words is in the
    lower-case text: every letter ``re`` matches to a gate letter without case either lower-cases
    to it or is one of the letters for which the gates are not used (``_CASE_ODD``)."""
    import re

    from bilan.extract.quantities import _CASE_ODD, _grammar

    g = _grammar(lang)
    letters = {c for w in (*g.vague_gate, *g.collective_gate) for c in w}
    assert all(w in {e.lower() for e in g.lx.VAGUE} or any(w in e.lower().split() for e in g.lx.VAGUE)
               for w in g.vague_gate)
    any_letter = re.compile("[" + re.escape("".join(sorted(letters))) + "]", re.I)
    odd = [c for c in map(chr, range(0x110000)) if any_letter.fullmatch(c) and c.lower() not in letters]
    assert all(_CASE_ODD.fullmatch(c) for c in odd), odd


@pytest.mark.parametrize("lang, text, n", [
    ("en", "Dozens of people were hurt and a dozen were killed.", 2),
    ("en", "DOZENS OF PEOPLE WERE HURT AND A DOZEN WERE KILLED.", 2),
    ("en", "Several villagers were killed, the ſheriff said.", 1),  # a long s: no gate
    ("fr", "Une vingtaine de civils et des dizaines de soldats ont été tués.", 2),
    ("fr", "UNE VINGTAINE DE CIVILS ET DES DIZAINES DE SOLDATS.", 2),
    ("fr", "Deux civils ont été tués.", 1),
])
def test_quantities_with_gates_as_without(lang, text, n):
    from bilan.extract import quantities as q

    found = q.find_quantities(text, lang)
    g = q._grammar(lang)
    vague = [m.start() for m in g.vague_re.finditer(text)]
    coll = [m.start() for m in g.collective_re.finditer(text)]
    assert len(found) == n
    assert set(vague) | set(coll) <= {m.start for m in found}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_count_words_with_letters_re_folds(lang):
    """A count word spelt with a letter ``re`` takes for an ASCII one when ignoring case (long s,
    dotless i, dotted capital I: "ſeveral", "dozenſ", "DİZAİNES") is read as the plain word, never a
    KeyError (found by h-perf16): every vague, collective and scale word of the lexicon, so spelt."""
    from bilan.extract import quantities as q
    from bilan.lexicons import load

    lx = load("quantities", lang)
    odd = {"s": "\u017f", "i": "\u0131", "I": "\u0130"}
    for word in (*lx.VAGUE, *lx.COLLECTIVES):
        for plain, strange in odd.items():
            spelt = (word.upper() if plain == "I" else word).replace(plain, strange)
            if spelt == word:
                continue
            plain_found = q.find_quantities(f"{word} civilians were killed.", lang)
            found = q.find_quantities(f"{spelt} civilians were killed.", lang)
            assert [x.value for x in found] == [x.value for x in plain_found], (word, spelt)