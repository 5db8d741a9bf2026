"""Assembly: from triggers, dates, places, actors, counts and claims to evidence-backed incidents.

One incident per sentence that holds a factual event trigger. Its fields come, in order of
preference, from the same sentence, the previous sentences of the same paragraph, then the
document (its main place, its main opponent for a battle). Whatever the text does not say stays
empty. Every value set here is backed by an Evidence span.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import hash_string
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from bilan.extract import dates as dates_mod
from bilan.extract import quantities as quantities_mod
from bilan.extract.actors import (FORCE_KINDS, NON_STATE, ActorMention, act_not_claimed, affiliation_tokens, past_perfect, past_perfect_auxiliary,
                                  find_actors, forces_name, main_opponent, names_another_group, phrase_found,
                                  resolve_generic)
from bilan.extract.claims import (ATTRIBUTION_VERB, ClaimMention, agent_words, event_words as claims_event_words,
                                  find_claims, owns_an_act, passing_head, perpetrator_hedge, quoted_by_sentence, relative_pronoun)
from bilan.extract.events import (DISRUPTED, REASON_WITH_TOLL, RELATIVE_DEPS, Trigger, aimed_objects, civilian_object,
                                  forced_out,
                                  claimed_as_own, communal_fight, communal_fight_sides, freed_by_release_noun,
                                  drew_weapon,
                                  failed_agreement, governors, find_triggers, in_relative_clause, of_another_day,
                                  past_participle, protest_topic, recalled_in_sentence, recalled_phrase, refine_type,
                                  self_defence_object, subject_holder, told_in_future, found_body, ABDUCTION, FREED,
                                  PASSIVE_AUX_DEPS, PERSON_CUES, TOLD_BY_ARREST, TOLL_ACT_TYPES, TOLL_ONLY, NON_STATE_SIDE,
                                  STATE_SIDE)
from bilan import nlp as nlp_mod
from bilan.extract.matching import (LanguageMatchers, WordMatcher, apposed, conduct_verb, fold_accents, for_language,
                                    is_plural, of_complements, phrasal_lemma, sentences)
from bilan.lexicons import LexiconMissing
from bilan.nlp import read_text
from bilan.lexicons import load as load_lexicon
from bilan.lexicons import words as lexicon_words
from bilan.gazetteer import Gazetteer, Place, distance_km, is_capital, normalize as normalize_name
from bilan.link import (MERGE_MAX_KM, actors_compatible, envelope, merge_into, places_compatible, places_within,
                        tolls_agree, two_days)
from bilan.extract.places import (COHERENCE_FAMOUS_POP, UNPLACED_FEATURE, PlaceMention, country_demonyms, country_place,
                                  document_country, find_places, finer_place, focus_place, is_common_word,
                                  road_by_its_ends, speaker_seats, told_as_comparison, told_as_origin, told_as_refuge,
                                  town_in_region, unknown_towns)
from bilan.extract.targets import (TargetMention, damage_spans, find_target_mentions, owner_of_another,
                                   place_of_a_person_hit, setting_of_a_person_act, targets_of, undergoing_verb)
from bilan.extract.victims import (POSSESSIVE_DEPS, VictimMention, aim_anchors, dead_told_again, carried_by_thing, noun_read_as_adjective, private_guard, dying_words, dying_after_state, closed_phrase_head, death_owners, find_victim_mentions,
                                   among_them, listed_hit, listed_victims, name_end, named_possessor, conjoined_of_names, nobody_noun, one_person, owners_of_thing, person_gender, possessive,
                                   said_of_person_named, kin_complement, pronoun_gender, participle_gender, titled_names, victims_of,
                                   with_wounds, wounded_survivors)
from bilan.model import (
    LOCATION_PRECISION_RANK,
    Actor,
    Claim,
    DateValue,
    Document,
    Evidence,
    Incident,
    Location,
    Quantity,
    Range,
    Target,
    stable_id,
)

LOOKBACK_SENTENCES = 2
PASSIVE_SUBJECTS = ("nsubjpass", "nsubj:pass")
UNIDENTIFIED = "unidentified armed group"
# sub-event types whose unnamed perpetrator is coded as an unidentified armed group: bombings, attacks and
# abductions, and remote violence fired from afar (shells, rockets, mortars, air and drone strikes: ACLED's
# "Unidentified Armed Group" for remote violence whose doer is not known; the weapon names no side)
UNATTRIBUTED_ATTACKS = {
    sub: ("Explosions/Remote violence", "Violence against civilians")
    for sub in ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Attack", "Abduction/forced disappearance",
                "Shelling/artillery/missile attack", "Air/drone strike")
}
AIR_STRIKE = "Air/drone strike"
UNDATED_WINDOW_DAYS = 30
CUE_WINDOW_TOKENS = 8
TARGET_WINDOW_TOKENS = 6
ANTECEDENT_CUE_TOKENS = 1
# how well a date is tied to its event, best first
RANK_TRIGGER, RANK_LOOSE, RANK_LOOKBACK, RANK_NONE = 0, 1, 2, 3
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}


def on_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` without the blank lines and spaces at its edges: a sentence's span keeps
    the line break that ends its paragraph, and evidence is the words, not the whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass
class Context:
    document: Document
    doc: Doc
    lang: str
    m: LanguageMatchers
    sents: list[Span]
    para_of_sent: list[int]
    dates: list
    quantities: list
    places: list[PlaceMention]
    actors: list[ActorMention]
    claims: list[ClaimMention]
    cues: list[tuple[str, int, int]]  # (label, tok_start, tok_end)
    focus: PlaceMention | None
    quoted: set[int] = field(default_factory=set)
    date_rank: dict[str, int] = field(default_factory=dict)
    counted: dict[int, list] = field(default_factory=dict)  # classify_quantities, per sentence
    # the figures of a breakdown of a total of the sentence ("six killed: four soldiers and two drivers"), per
    # sentence: no addition to the toll, but who the people hit are
    parts: dict[int, list] = field(default_factory=dict)
    # the figures (char starts) of a share of a running total told with a day of its own, the act's toll
    # (:func:`_share_of_a_running_total`)
    shares_of_totals: set[int] = field(default_factory=set)
    stated_totals: dict[tuple[str, str], Range] = field(default_factory=dict)  # (incident, field) -> toll so far
    # the single dead a later mention tells that are some of an act's toll told before (:func:`_dead_told_one_by_one`):
    # no more of that toll
    one_by_one: set[str] = field(default_factory=set)
    stated_spans: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)  # ... -> its words
    source_figures: dict[int, Range] = field(default_factory=dict)  # sentence -> another source's toll (disputes)
    source_hurt: set[int] = field(default_factory=set)  # sentences where another source tells another figure of the hurt
    # sentence -> the doers' own dead a new source tells (its figure, its quantity): a figure of its claim, which supports,
    # and an ``armed men killed`` quantity of the incident (_doers_dead_told_by_another)
    doers_dead_figures: dict[int, tuple] = field(default_factory=dict)
    # the verbs (char starts) of claims that tell an incident's toll again beside another source's figure ("contradicting
    # local officials who gave a toll of 20"): they support the toll, with no figure of their own
    toll_told_again: set[int] = field(default_factory=set)
    # the acts a reprisal answers (token starts of their triggers) and the first and last tokens of the phrase that
    # names each: _reason_with_toll, _reacts_to
    answering: dict[int, tuple[int, int]] = field(default_factory=dict)
    sent_char_starts: list[int] = field(default_factory=list)
    targets: list[TargetMention] = field(default_factory=list)  # physical-target nouns of the document
    damage: list[tuple[int, int]] = field(default_factory=list)  # verbs of damage (token spans)
    victims: list[VictimMention] = field(default_factory=list)  # person nouns of the document
    trigger_types: dict[int, set[str]] = field(default_factory=dict)  # event types of each sentence's triggers
    trigger_tokens: set[int] = field(default_factory=set)  # token indices of the document's event triggers
    violent_tokens: set[int] = field(default_factory=set)  # those of its triggers of violence (VIOLENT_TYPES)
    taking_tokens: set[int] = field(default_factory=set)  # those of its triggers of abduction (_taken_and_killed)
    generic_typed: set[str] = field(default_factory=set)  # incidents typed from a generic trigger ("attack")
    # token starts of generic act nouns named by their day and typed by nothing else ("the victims of Monday's attack"):
    # they tell an act told before again, or nothing (_named_by_its_day)
    told_again_only: set[int] = field(default_factory=set)
    own_place: set[str] = field(default_factory=set)  # incidents whose place is said in their own sentence
    # the actor mentions but the speakers that only tell of an act (_not_speaking), read once per document
    not_speaking: list[ActorMention] | None = None
    blamed_here: set[int] = field(default_factory=set)  # sentences whose source lays their own act at a group's door
    # char starts of the doers an act is laid at by blame ("blamed drug traffickers for the killing", "the hand of the
    # cartels is behind the bombing"): _blamed_doer; a re-mention's unnamed doer laid so names the act's doers
    laid_at: set[int] = field(default_factory=set)
    country_doers: set[int] = field(default_factory=set)  # starts of country names that did an act (no place)
    # starts of places told only as where someone speaks, abroad ("Officials in Paris condemned the attack": no place)
    speaker_seats: set[int] = field(default_factory=set)
    unknown_towns: list = field(default_factory=list)  # names told as towns the gazetteer lacks (places.unknown_towns)
    dateline_end: int = 0  # end of a wire dateline ("LIMA, 14 DEC 88 (EFE) --"), 0 when none
    dateline_start: int = 0  # its start: after a headline line of its own, else 0
    # the dateline's town lies abroad: where the story was filed from, no act's place (_dateline_abroad)
    dateline_abroad: bool = False

    def in_dateline(self, char: int) -> bool:
        return self.dateline_start <= char < self.dateline_end

    def lead_sentence(self) -> int:
        """The index of the story's lead sentence: the first, or the one after a dateline at the text's start that
        is a sentence of its own ("LIMA, 10 MAR 90 (EFE) -- | THE REBELS REMAIN FREE AFTER THE KILLINGS OF ...")."""
        if self.dateline_end and self.dateline_start == 0 and len(self.sents) > 1 \
                and self.sents[0].end_char <= self.dateline_end + DATELINE_DASH_MAX_CHARS:
            return 1
        return 0
    grains: dict[tuple[int, int], str | None] | None = None  # date expressions' precisions (_grain)
    built: list = field(default_factory=list)  # the incidents built so far, in the text's order (extract_incidents)
    recalled_by_speaker: set[str] = field(default_factory=set)  # incidents a speaker recalls (_recalled_by_speaker)
    carried: set[int] = field(default_factory=set)  # starts of the places the hurt were carried to (_carried_there)
    place_spans: list[tuple[int, int]] = field(default_factory=list)  # the places' char spans (never a person's name)
    # a headline the lead tells again (_headline_told_again): the headline's sentence, the lead's, the headline's own
    # place, which the lead's act takes when its sentence ties none to it (_headline_place), and its triggers
    headline: tuple[int, int, PlaceMention | None, list] | None = None
    # sentences that tell the accused side's version of an incident told before (_sides_version): sentence ->
    # that incident's id
    versions: dict[int, str] = field(default_factory=dict)
    # of those, the sentences that tell it as its doer's plain account ("The RSF said they had taken the camp"), which
    # supports it (_doers_own_word)
    plain_versions: set[int] = field(default_factory=set)
    text: str = ""  # doc.text, read once (spaCy builds it anew from the tokens at each access)
    # the stored text as typed, when it differs from the text read (``document.text``: its typographic apostrophes
    # read as ', its scare quotes blanked, nlp.read_text); "" when they are the same. Quotes of the text are taken
    # from it (_as_typed)
    typed: str = ""

    def sent_of_char(self, char: int) -> int:
        return bisect.bisect_right(self.sent_char_starts, char) - 1

    def ev(self, field_name: str, start: int, end: int) -> Evidence:
        start, end = on_words(self.document.text, start, end)
        return Evidence(field=field_name, doc_id=self.document.doc_id, start=start, end=end,
                        text=self.document.text[start:end])


ESCAPED_WINDOW = 3  # words between an escape verb and the word of the hurt it escaped


def _escaped(doc: Doc, start: int, lang: str) -> bool:
    """The cue at token ``start`` is what someone escaped ("escaped injury", "ont échappé aux
    blessures"): an ESCAPED_BEFORE word before it, only ESCAPED_LINKS words between."""
    before = lexicon_words("quantities", lang, "ESCAPED_BEFORE")
    links = lexicon_words("quantities", lang, "ESCAPED_LINKS")
    for i in range(start - 1, max(-1, start - 1 - ESCAPED_WINDOW), -1):
        w = doc[i].lower_
        if w in before:
            return True
        if w not in links:
            return False
    return False


def _paragraph_index(text: str, sents: list[Span]) -> list[int]:
    """The paragraph of each sentence, by its first word: a sentence the parser opens on the blank line
    before it (« \\n\\nUne ONG médicale a indiqué ... ») is of the paragraph that follows that line."""
    breaks, pos = [], text.find("\n\n")
    while pos != -1:
        breaks.append(pos)
        pos = text.find("\n\n", pos + 2)
    return [bisect.bisect_left(breaks, s.start_char + len(s.text) - len(s.text.lstrip())) for s in sents]


PEOPLE_KINDS = ("CIV", "COMB", "PERSON")


def _phrase_head(tok):
    """The word ``tok``'s phrase hangs on, past its preposition ("attack" for "post" in "an attack on a post"; the
    parse makes "on" the head of "post"), else its head."""
    return tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head


def _outer_kinds(cues: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The cues less a word of one kind of people inside a longer word of another ("civilian" in "civilian
    auxiliaries", « civils » in « supplétifs civils »: armed men, not civilians)."""
    people = [(label, s, e) for label, s, e in cues if label in PEOPLE_KINDS]
    return [(label, s, e) for label, s, e in cues if label not in PEOPLE_KINDS or not any(
        o != label and os <= s and e <= oe and oe - os > e - s for o, os, oe in people)]


def build_context(document: Document, doc: Doc) -> Context:
    lang = document.language or "fr"
    typed = document.text
    read = read_text(typed)  # what the parser read too (nlp._parsed): same length, same offsets
    if read is not typed:
        document = document.model_copy(update={"text": read})
    m = for_language(lang)
    sents = sentences(doc)
    text = doc.text  # built anew from the tokens by each access: read once for the places and victims
    cues = _outer_kinds([(doc.vocab.strings[mid], s, e) for mid, s, e in m.cues(doc)])
    # a country's name right before a noun of persons ("TWO U.S. SOLDIERS", "U.S. aid workers")
    # says who they are, not where anything happened
    places = find_places(doc, lang, text=text,
                         person_nouns=frozenset(s for label, s, _ in cues if label in PERSON_CUES),
                         country=document.country)
    # (a backer's country, "Rwanda-backed M23 rebels", « soutenus par le Rwanda », is not the story's)
    affiliations = affiliation_tokens(doc, lang)
    # (a story that names no place of a country: the source's country setting, if any, is the state's forces' own,
    # "The army killed five militants" from a source set to ML is Mali's army)
    actors = find_actors(doc, m, document_country([p for p in places if p.tok_start not in affiliations]
                                                  if affiliations else places) or document.country, affiliations)
    # "Israel struck ...", "drones launched by Russia": the country is the state's forces, not a place
    country_doers = _countries_as_doers(doc, places, lang)
    if country_doers:
        actors = sorted(actors + [a for _, a in country_doers], key=lambda a: a.start)
    all_dates = dates_mod.find_dates(document.text, lang, document.published)
    # a date inside a group's name is no date ("THE APRIL 19 MOVEMENT", "le Mouvement du 19 avril")
    def named_date(d) -> bool:
        return any(a.start <= d.start and d.end <= a.end for a in actors)

    resolve_generic(actors, lexicon_words("actors", lang, "UNIDENTIFIED_WORDS"),
                    lexicon_words("actors", lang, "PARAMILITARY_WORDS"), doc, m, text,
                    [(d.start, d.value.start, d.value.end) for d in all_dates if d.kind in ("absolute", "relative")
                     and d.value.start is not None and d.value.end is not None and not named_date(d)])
    found_dates = [d for d in all_dates if not named_date(d)]
    quoted = quoted_by_sentence(doc, sents, m)  # per sentence, for the claims and ctx.quoted
    ctx = Context(
        document=document,
        doc=doc,
        lang=lang,
        m=m,
        sents=sents,
        para_of_sent=_paragraph_index(document.text, sents),
        dates=found_dates,
        # a number inside a date is its day, no count (« tués le 12 dans une embuscade », "on the 12th")
        quantities=[q for q in quantities_mod.find_quantities(document.text, lang)
                    if not any(d.start <= q.start and q.end <= d.end for d in found_dates)],
        places=places,
        actors=actors,
        claims=find_claims(doc, m, actors, sents, [(d.start, d.end) for d in found_dates], quoted),
        # a plain guard at a bank or a store is a civilian, no combatant ("A GUARD WAS KILLED OUTSIDE A BANK")
        cues=[("CIV", s, e) if label == "COMB" and private_guard(doc, s, e, lang, doc[s].sent.start, doc[s].sent.end)
              else (label, s, e) for label, s, e in cues if not _escaped(doc, s, lang)],
        focus=_story_focus(document.text, [p for p in places if not any(p is pm for pm, _ in country_doers)]),
        place_spans=[(p.start, p.end) for p in places],
        text=text,
        typed=typed if read is not typed else "",
    )
    ctx.sent_char_starts = [s.start_char for s in sents]
    owning = _groups_owning_up(doc, m, actors)
    if owning:
        ctx.actors = sorted(actors + owning, key=lambda a: a.start)
    ctx.country_doers = {pm.start for pm, _ in country_doers}
    ctx.speaker_seats = speaker_seats(doc, places, lang)
    ctx.dateline_start, ctx.dateline_end = _dateline(document.text)
    ctx.dateline_abroad = _dateline_abroad(ctx)
    if ctx.dateline_abroad and ctx.focus is not None and ctx.in_dateline(ctx.focus.start):
        ctx.focus = _focus_at_home(ctx)
    # (read once: every reading of a place asks it)
    ctx.carried = carried = {p.start for p in places if _carried_there(ctx, p)}
    if carried and ctx.focus is not None:
        # the town the dead or the hurt were carried to ("Six wounded were evacuated to a hospital in Maiduguri") is
        # no place of the story's acts: its mentions there count for nothing in the story's main place
        ctx.focus = _story_focus(document.text, [p for p in places if p.start not in carried and not any(
            p is pm for pm, _ in country_doers)])
    ctx.unknown_towns = unknown_towns(doc, lang, places)
    ctx.targets = find_target_mentions(doc, lang)
    ctx.damage = damage_spans(doc, lang)
    ctx.victims = find_victim_mentions(doc, lang, text)
    ctx.quoted = set().union(*quoted)
    return ctx


# --- field pickers -----------------------------------------------------------------------------

def _in_sent(ctx: Context, si: int, items, key=lambda x: x.start):
    s = ctx.sents[si]
    return [x for x in items if s.start_char <= key(x) < s.end_char]


def _attached_to_reporting_verb(ctx: Context, start: int, end: int, through_preposition: bool = False) -> bool:
    """A date that dates the statement ("a reconnu cette semaine"), not the event. Dates inside
    quotes belong to the quoted words, whatever the parser attached them to. With
    ``through_preposition``, also one the English parse hangs on the verb through its preposition ("On
    Saturday, the army had announced")."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start in ctx.quoted:
        return False
    if _said_before_the_clause(ctx, span):
        return True
    head = span.root.head
    if through_preposition and head.pos_ == "ADP" and span.root.dep_ == "pobj":
        head = head.head
    return head.pos_ in ("VERB", "AUX") and ctx.m.is_reporting(head) and not _closing_the_report(span, head)


def _closing_the_report(span: Span, verb: Token) -> bool:
    """The date stands after the words a verb of saying reports and before its subject ("Gang members killed seven
    people in Mirebalais, in central Haiti, on Monday, the national police said on Tuesday"), wherever the parse hangs
    it: it closes the reported words, and dates what they tell, not the statement."""
    report = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    return bool(report) and subj is not None and report[0].right_edge.i < span.start \
        and span.end <= subj.left_edge.i < verb.i


def _said_before_the_clause(ctx: Context, span: Span) -> bool:
    """ "The army said on Friday its forces had struck ...": a date told between a verb of saying and the subject of
    the clause it reports, which the parse hangs on that clause, is the statement's day. Not a date after the clause's
    subordinator ("THE ARMED FORCES INFORM THE PEOPLE THAT LAST NIGHT FMLN TERRORISTS HARASSED ...", « a indiqué que
    la nuit dernière des guérilleros ont ... »): that is inside the clause reported, the act's."""
    head = span.root.head
    verb = head.head if head.pos_ == "ADP" and span.root.dep_ == "pobj" else head
    if verb.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX") or verb.head.i > span.start \
            or verb.head.pos_ not in ("VERB", "AUX") or not ctx.m.is_reporting(verb.head):
        return False
    if any(c.dep_ == "mark" and c.i < span.start for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    return subj is not None and span.end <= subj.left_edge.i


def _attachment(ctx: Context, d, trig: Trigger) -> str:
    """How a date (or place) mention relates to the trigger: "trigger" (its head chain reaches the trigger, or the verb
    the trigger hangs on, before any other verb), "statement" (it dates a reporting verb outside
    quotes: "a reconnu cette semaine"), "other" (it dates another verb: "pulled bodies on Tuesday"),
    or "loose"."""
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return "loose"
    if span.start not in ctx.quoted and _said_before_the_clause(ctx, span):
        return "statement"
    opener = _period_opener(ctx, span) if getattr(d, "value", None) is not None else None
    if opener is not None and _said_of_an_apposition(ctx, opener, trig):
        return "other"  # "killed five people in Djibo, a town under blockade since January": the town's, not the act's
    troot = ctx.doc[trig.tok_start:trig.tok_end].root
    anchors = set(range(trig.tok_start, trig.tok_end))
    cur, verbs = troot, 1 if troot.pos_ == "VERB" else 0
    # the trigger, the nouns it hangs on, and up to two verbs above it (its own clause and the
    # clause it is an adverbial of: "blessés samedi lorsque leur véhicule a sauté sur un engin")
    while cur.head.i != cur.i and verbs < 2 and len(anchors) < 6:
        below, cur = cur, cur.head
        if cur.pos_ == "VERB" and ctx.m.is_reporting(cur):
            break
        anchors.add(cur.i)
        # (a participle conjoined to another is of the same clause: "stormed the villages on Sunday, shooting residents
        # and setting homes ablaze" climbs from "setting" through "shooting" to the verb it is an adverbial of; not a
        # finite verb, a clause of its own: "was driven out in 2011 but still controls ... and carries out bombings")
        verbs += cur.pos_ == "VERB" and not (below.dep_ == "conj" and _bare_participle(below) and _bare_participle(cur))
    casualty = {s for label, s, e in ctx.cues if label in ("DEATH", "INJURY")}
    tok = span.root
    for _ in range(8):
        if tok.i in anchors:
            return "trigger"
        if tok.head.i == tok.i:
            return "loose"
        tok = tok.head
        if tok.i in anchors and not (trig.tok_start <= tok.i < trig.tok_end) and tok.pos_ == "NOUN" \
                and tok.lemma_.lower() in ctx.m.responsibility_nouns and span.start not in ctx.quoted:
            # "claimed responsibility for the killings in a statement on Tuesday": the day the act was owned up to
            return "statement"
        if tok.i in anchors and tok.pos_ == "VERB" and getattr(d, "value", None) is not None \
                and span.start not in ctx.quoted and owns_an_act(tok, ctx.m, acts=False, anchors=anchors) \
                and _grain(ctx, d) not in COARSE:
            # so for the day the parse hangs on the verb of owning ("Islamic State West Africa Province, a Boko Haram
            # splinter group, claimed responsibility for the killings in a statement on Tuesday")
            return "statement"
        if tok.i in anchors:
            return "trigger"
        if tok.i in casualty:
            return "trigger"  # "tués mardi", "blessés samedi": the casualties are the event's
        # a word with a digit is a name the parser took for a verb ("des combattants 3R le 3 mai")
        if tok.pos_ == "VERB" and not any(ch.isdigit() for ch in tok.text):
            if ctx.m.is_reporting(tok):
                if span.start not in ctx.quoted and (_owned_act_dated(ctx, d, tok, troot)
                                                     or _closing_the_report(span, tok)):
                    return "loose"
                return "loose" if span.start in ctx.quoted else "statement"
            # a day in a participle's clause of capture is the capture's ("killed two soldiers captured near Djibo on
            # Saturday", "the killing of two soldiers captured ... on Saturday"), not the act's; the captive noun's own
            # capture is an abduction's ("the hostages, taken by JNIM in March": :func:`_capture_clause`)
            if getattr(d, "value", None) is not None and _capture_participle(ctx, tok) \
                    and not _own_capture(trig, tok):
                return "other"
            # a verb modifying the trigger ("une embuscade tendue près de Gao", "un engin
            # improvisé à la sortie de Kidal", "l'attentat commis le 12 mai") is part of it
            if tok.dep_.split(":")[0] in ("acl", "advcl", "relcl", "conj") and tok.head.i in anchors:
                continue
            # a clause of a word of death or injury said of the act ("the second protester to die when officers
            # opened fire in Kisumu"): how the casualties came about, the act's own
            # (or the French parse's complement clause opened by a subordinator: « tué lorsque des policiers ont
            # ouvert le feu à Kisumu »)
            if (tok.dep_.split(":")[0] == "advcl" or tok.dep_ == "ccomp" and any(c.dep_ == "mark" for c in tok.children)) \
                    and tok.head.i in casualty and tok.head.head.i in anchors:
                continue
            # "the murder of six priests and their maids, which took place on 16 November": a verb
            # of occurrence says when the event noun it describes happened, wherever the parser
            # hung the relative clause in the event's noun phrase
            if _occurrence_verb(ctx, tok) and tok.dep_.split(":")[0] in ("acl", "relcl") and \
                    troot.left_edge.i <= tok.head.i <= troot.right_edge.i:
                return "trigger"
            if _doers_arrival(ctx, d, tok, anchors):
                return "loose"  # the doers' coming: the act's day, below a day said of the act itself
            if _operation_conducted(ctx, d, tok, anchors):
                return "trigger"  # « lors d'une opération menée mercredi »: the day of the operation the act was done in
            if _day_closing_a_place_clause(ctx, span, tok, anchors) or _day_closing_the_object(ctx, d, span, anchors):
                return "loose"
            if getattr(d, "value", None) is not None and _grain(ctx, d) not in COARSE \
                    and _participle_on_the_hit(tok, casualty):
                return "loose"  # "killed between 18 and 23 people sheltering there late on Tuesday": when they were hit
            return "other"
    return "loose"


CASUALTY_NOUN_HOPS = 3  # the heads climbed from a participle's noun to the word of death or injury it is counted by


def _participle_on_the_hit(verb, casualty: set[int]) -> bool:
    """``verb`` is a participle said of the people an act's word of death or injury counts (its noun within
    ``CASUALTY_NOUN_HOPS`` heads below that word: "killed 18 people sheltering there", « tué 18 personnes réfugiées
    là »): what they were doing or where they were when hit."""
    if verb.dep_.split(":")[0] != "acl" or verb.head.pos_ not in ("NOUN", "PRON"):
        return False
    tok = verb.head
    if any(c.dep_ == "nummod" for c in tok.children) and any(
            tok.left_edge.i - CASUALTY_NOUN_HOPS <= i < tok.left_edge.i for i in casualty):
        return True  # (the figure right after the word of death, however the parse hangs the noun it counts)
    for _ in range(CASUALTY_NOUN_HOPS):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i in casualty:
            return True
    return False


def _period_opener(ctx: Context, span):
    """The word that opens the period a date expression starts ("since January", « depuis janvier »:
    ``events_<lang>.PERIOD_OPENERS``, first in the span or right before it), or None."""
    if not len(span):
        return None
    openers = lexicon_words("events", ctx.lang, "PERIOD_OPENERS")
    first = span[0]
    if first.lower_ in openers:
        return first
    before = ctx.doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.pos_ == "DET" and before.i > 0:
        before = ctx.doc[before.i - 1]  # « depuis le début du mois »: the article outside the date's words
    return before if before is not None and before.lower_ in openers else None


def _period_phrase(opener) -> list:
    """The words the period ``opener`` opens hangs on, up its noun phrase: the word it hangs on, then the nouns,
    adjectives and prepositions above it ("a town under blockade since January": "town"; « la première attaque
    contre la ville depuis janvier »: « ville », « attaque »), up to the first other word (a verb, the root)."""
    tok = opener.head if opener.dep_ == "prep" else opener.head.head if opener.dep_ in ("case", "mark") else None
    path = []
    while tok is not None and len(path) < 5:
        path.append(tok)
        if tok.head.i == tok.i or tok.pos_ not in ("NOUN", "PROPN", "ADJ", "ADP") \
                or tok.dep_.split(":")[0] not in ("nmod", "pobj", "prep", "amod", "compound", "case"):
            break
        tok = tok.head
    return path


def _said_of_an_apposition(ctx: Context, opener, trig: Trigger | None = None) -> bool:
    """The period ``opener`` opens is said of a noun set beside another by a comma ("in Djibo, a town under blockade
    since January", « à Djibo, une ville sous blocus depuis janvier »: an apposition, or the French parse's
    conjunct after a comma; "the first attack on the town since January" after the act), or in a clause on a noun
    ("attacked Djibo, which has been under siege since January"): how long that thing has been so, or where a count
    starts, not when the clause's act was done, nor the count of its dead. Not a phrase of the trigger's own noun
    ("Djibo, the scene of repeated attacks since January"), nor a clause on it."""
    path = _period_phrase(opener)
    if not path:
        return False
    top = path[-1]
    if top.pos_ in ("NOUN", "PROPN") and top.head.pos_ in ("VERB", "AUX") \
            and top.head.dep_.split(":")[0] in ("relcl", "acl"):
        top = top.head  # « à Djibo, où les jihadistes imposent un blocus depuis janvier »: the clause's object
        path.append(top)
    # (the trigger's own words, or a clause on its noun: "an attack on the town, which has gone on since Sunday"; a
    # parse that hangs a clause on the noun beside the act's verb is none of these)
    if trig is not None and any(trig.tok_start <= t.i < trig.tok_end for t in path
                                + ([top.head] if top.head.pos_ in ("NOUN", "PROPN") else [])):
        return False
    if top.head.i == top.i:
        return False
    if trig is None and any(label in ("DEATH", "INJURY") and s <= t.i < e for t in path for label, s, e in ctx.cues):
        return False  # "the army, which has killed 200 militants since January": the clause counts the dead itself
    if any(c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType") for c in top.children):
        return True  # a relative clause, however parsed (« Djibo, qui est assiégée depuis janvier »)
    if top.pos_ in ("VERB", "AUX"):
        if top.dep_.split(":")[0] in ("relcl", "acl") and top.head.pos_ in ("NOUN", "PROPN"):
            return True
        # a past participle set off by a comma, with no subject or auxiliary of its own, however the parse hangs it
        # ("attacked Djibo, besieged since January, killing ...": the town's)
        return top.dep_.split(":")[0] in ("advcl", "acl") and "Part" in top.morph.get("VerbForm") \
            and "Past" in top.morph.get("Tense") and top.left_edge.i > 0 \
            and ctx.doc[top.left_edge.i - 1].lower_ == "," \
            and not any(c.dep_.startswith(("nsubj", "aux")) for c in top.children)
    if top.pos_ not in ("NOUN", "PROPN"):
        return False
    if top.dep_ == "appos":
        return True
    return top.dep_ == "conj" and top.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "punct" and c.is_punct and c.i < top.i and c.lower_ == "," for c in top.children) \
        and not any(c.dep_ == "cc" for c in top.children)


def _ranks_since(ctx: Context, d) -> bool:
    """The date opens the period a rank of an event noun is counted in ("the deadliest attack on the town since
    January", "the first attack there since 2019", « l'attaque la plus meurtrière depuis janvier », « la première
    attaque contre la ville depuis janvier »: a noun with an ordinal, ``events_<lang>.ORDINAL_WORDS``, or a
    superlative, by its morphology or ``events_<lang>.SUPERLATIVE_ADVERBS``): where the count starts, no date of the
    act the noun tells."""
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    opener = _period_opener(ctx, span) if span is not None else None
    if opener is None:
        return False
    ordinals = lexicon_words("events", ctx.lang, "ORDINAL_WORDS")
    supers = lexicon_words("events", ctx.lang, "SUPERLATIVE_ADVERBS")

    def ranked(adj) -> bool:
        return adj.pos_ == "ADJ" and (adj.lower_ in ordinals or "Sup" in adj.morph.get("Degree")
                                      or "Ord" in adj.morph.get("NumType")
                                      or any(c.dep_ == "advmod" and c.lower_ in supers for c in adj.children))
    path = _period_phrase(opener)
    for tok in path:
        noun = tok.head if tok.pos_ == "ADJ" and tok.dep_ == "amod" else tok
        if noun.pos_ == "NOUN" and noun.i in ctx.trigger_tokens and not is_plural(noun) \
                and (ranked(tok) or any(c.dep_ == "amod" and ranked(c) for c in noun.children)):
            return True
    return False


def _capture_participle(ctx: Context, verb) -> bool:
    """``verb`` is a past participle of capture (``events_<lang>.CAPTURE_PARTICIPLES``) in a clause on a noun ("two
    soldiers captured near Djibo", « les otages, enlevés en mars », "the hostages, taken by JNIM")."""
    return verb.dep_.split(":")[0] in ("acl", "amod") and past_participle(verb) \
        and verb.lemma_.lower() in lexicon_words("events", ctx.lang, "CAPTURE_PARTICIPLES")


def _own_capture(trig: Trigger, verb) -> bool:
    """The capture participle ``verb`` tells the abduction ``trig`` itself: hung on the trigger, the captive noun it
    was read from ("the hostages, taken by JNIM in March, were freed")."""
    return trig.sub_event_type == ABDUCTION and trig.tok_start <= verb.head.i < trig.tok_end


def _own_capture_word(ctx: Context, trig: Trigger):
    """The participle of capture said of the abduction's own captive noun ("the hostages, taken in March": "taken"),
    or None."""
    if trig.sub_event_type != ABDUCTION:
        return None
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in root.children if c.i >= trig.tok_end and _capture_participle(ctx, c)), None)


def _capture_clause(ctx: Context, trig: Trigger, dates: list):
    """An act with no day of its own done to people whose capture a participle dates ("Jihadists killed two soldiers
    captured near Djibo on Saturday", « ont tué deux soldats capturés samedi »): that day is the capture's, not the
    act's; the act came on it or after, so it is dated from it to the publication day (within the publication
    window), precision ``week`` up to seven days, else ``month``. None when the sentence has no such day."""
    pub = ctx.document.published
    if pub is None:
        return None
    troot = ctx.doc[trig.tok_start:trig.tok_end].root
    for d in _in_sent(ctx, trig.sent_index, dates):
        value = getattr(d, "value", None)
        if value is None or value.start is None or value.precision not in ("day", "week") \
                or getattr(d, "kind", "") == "anaphoric" or value.start > pub:
            continue
        span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        for _ in range(6):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                break
        if not (tok.pos_ == "VERB" and _capture_participle(ctx, tok) and not _own_capture(trig, tok)):
            continue
        # (the participle said of a noun of the act's own phrase: its object, the "of" complement of its noun)
        if tok.head.i == tok.i or not troot.left_edge.i <= tok.head.i <= troot.right_edge.i:
            continue
        start = max(value.start, pub - dt.timedelta(days=UNDATED_WINDOW_DAYS))
        precision = "week" if (pub - start).days < 7 else "month"
        return DateValue(start=start, end=pub, precision=precision, basis="text"), d, RANK_LOOSE
    return None


OPERATION_HOPS = 3  # heads from the noun of the operation up to the act's own words ("in" -> "terrorists" -> "killed")


def _operation_conducted(ctx: Context, d, verb, anchors: set[int]) -> bool:
    """A verb of doing (``events_<lang>.CONDUCT_VERBS``) in a clause on a noun of the act's own phrase, no verb
    between (« a affirmé jeudi avoir neutralisé une trentaine de terroristes lors d'une opération menée mercredi »,
    "said on Thursday it had neutralised about 30 terrorists in an operation carried out on Wednesday"): the day of
    that clause is the day of the operation the act was done in, the act's own (not the statement's). A day only: an
    operation "launched in March" may have run for weeks."""
    value = getattr(d, "value", None)
    if value is None or value.precision != "day" or getattr(d, "kind", "") == "anaphoric":
        return False
    if verb.dep_.split(":")[0] not in ("acl", "relcl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not conduct_verb(verb, ctx.m):
        return False
    tok = verb.head
    for _ in range(OPERATION_HOPS):
        if tok.head.i == tok.i or tok.head.pos_ in ("VERB", "AUX") and tok.head.i not in anchors:
            return False
        tok = tok.head
        if tok.i in anchors:
            return True
    return False


def _bare_participle(verb) -> bool:
    """A verb with no finite form and no auxiliary: a participle's clause ("shooting residents", « tirant sur »)."""
    return verb.pos_ == "VERB" and "Fin" not in verb.morph.get("VerbForm") and bool(verb.morph.get("VerbForm")) \
        and not any(c.dep_.startswith("aux") for c in verb.children)


def _day_closing_a_place_clause(ctx: Context, span, verb, anchors: set[int]) -> bool:
    """A day that closes a relative clause of place on the act's own object, no other verb between ("A military air
    strike hit a monastery where villagers had taken shelter in the Sagaing region on Wednesday night, killing ...",
    « une frappe a touché une école où s'étaient réfugiés des habitants mardi soir »: ``events_<lang>.PLACE_RELATIVES``):
    the parse hangs it on the clause, the reader on the sentence; loose, below a day said of the act itself. Not a
    day inside the clause ("where villagers had lived since May 2019, ..."), nor one of a clause that tells an act of
    its own ("... from the place where a convoy was ambushed last Wednesday")."""
    if verb.dep_.split(":")[0] not in ("relcl", "acl") or span.end - 1 < verb.right_edge.i:
        return False
    wheres = lexicon_words("events", ctx.lang, "PLACE_RELATIVES")
    if not wheres or not any(c.lower_ in wheres for c in verb.children if c.i < verb.i):
        return False
    if any(t.i in ctx.trigger_tokens for t in verb.subtree):
        return False  # "20 km from the place where a convoy was ambushed last Wednesday": the day of that act
    owner = verb.head.head
    if owner.dep_ == "prep" or owner.pos_ == "ADP":
        owner = owner.head  # "a strike on a camp where ..."
    return owner.i in anchors


def _day_closing_the_object(ctx: Context, d, span, anchors: set[int]) -> bool:
    """A day that closes the act's object's phrase, told through a present participle's clause on it that tells no act
    ("An air strike hit a school sheltering displaced families in Gaza City on Friday, killing ...", « une frappe a
    touché une école abritant des familles à Gaza vendredi »): the parse hangs it on the clause, the reader on the
    sentence; loose, below a day said of the act itself. Not a day inside the phrase ("a school sheltering families
    since Friday, in Gaza"), nor one of a past participle's clause, which tells when that was done ("freed a hostage
    kidnapped on Friday", « des familles déplacées vendredi »), nor one of a finite verb's, nor a coarser date (a
    school "built in 2019")."""
    value = getattr(d, "value", None)
    if value is None or value.precision != "day" or getattr(d, "kind", "") == "anaphoric":
        return False
    obj, verbs = span.root, []
    for _ in range(8):
        if obj.head.i == obj.i:
            return False
        if obj.head.i in anchors:
            break
        obj = obj.head
        if obj.pos_ in ("VERB", "AUX"):
            verbs.append(obj)
    else:
        return False
    if obj.dep_ not in ("dobj", "obj") or obj.pos_ not in ("NOUN", "PROPN") or span.end - 1 < obj.right_edge.i:
        return False
    # (or a past participle that tells a weapon's state, no act done at a time: « un véhicule piégé ... vendredi »)
    rigged = lexicon_words("events", ctx.lang, "RIGGED_PARTICIPLES")
    if not verbs or any(v.dep_.split(":")[0] != "acl" or "Part" not in v.morph.get("VerbForm")
                        or "Pres" not in v.morph.get("Tense") and v.lower_ not in rigged for v in verbs):
        return False
    # (an act's word inside the object is another act's day; not the object itself as the act's weapon: « a lancé un
    # véhicule piégé contre un poste ... vendredi »)
    own = set()
    if obj.i in ctx.trigger_tokens and any(c.lower_ in rigged for c in obj.children):
        lo = hi = obj.i
        while lo - 1 in ctx.trigger_tokens:
            lo -= 1
        while hi + 1 in ctx.trigger_tokens:
            hi += 1
        own = set(range(lo, hi + 1))
    if any(t.i in ctx.trigger_tokens and t.i not in own for t in obj.subtree):
        return False
    return not any("Fin" in t.morph.get("VerbForm") for t in obj.subtree)


def _owned_act_dated(ctx: Context, d, verb, troot) -> bool:
    """A month or a year on a verb that takes the act, its direct object, as its own ("had already claimed in 2021 the
    abduction of sixteen missionaries", « avait déjà revendiqué en 2021 l'enlèvement de seize missionnaires »:
    ``claims_<lang>.OWNING_VERBS``): the act was by then, so it is told of that time, loose (not the statement's day
    of a claim made "on Monday" for an act of Sunday: a day says when it was said, a year when all of it was)."""
    if getattr(d, "value", None) is None:
        return False  # (a place mention: _attachment reads those too)
    if not ctx.m.owning(verb) or troot.head.i != verb.i or troot.dep_ not in ("dobj", "obj"):
        return False
    return _grain(ctx, d) in COARSE


@lru_cache(maxsize=16)
def _occurrence_words(lang: str, name: str = "OCCURRENCE_VERBS") -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    words = getattr(for_language(lang).events, name, ())
    return (frozenset(w for w in words if " " not in w),
            frozenset(tuple(w.split(" ", 1)) for w in words if " " in w))


def _occurrence_verb(ctx: Context, tok, name: str = "OCCURRENCE_VERBS") -> bool:
    """ "occurred", "took place", "a eu lieu", "s'est produit" (or a verb of another such list of
    ``events_<lang>``, single words and verb-complement pairs)."""
    single, pairs = _occurrence_words(ctx.lang, name)
    lemma = tok.lemma_.lower()
    return lemma in single or any((lemma, c.lemma_.lower()) in pairs for c in tok.children)


def _doers_arrival(ctx: Context, d, verb, anchors: set[int]) -> bool:
    """A day told in a clause on the act's subject that says how its doers came (« Les assaillants, arrivés dans la
    nuit de mardi à mercredi, ont incendié ... », "The gunmen, who arrived on motorbikes late on Monday, torched
    ...": ``events_<lang>.ARRIVAL_VERBS``) is the act's day. Not a clause of another happening ("The soldiers,
    deployed in March"), nor one told in the past perfect ("who had arrived in May", « qui étaient arrivés »: some
    time before), nor a date coarser than a day (a coming "in March" does not date the act)."""
    value = getattr(d, "value", None)
    if value is None or value.precision != "day" or getattr(d, "kind", "") == "anaphoric":
        return False
    subject = verb.head
    if verb.dep_.split(":")[0] not in ("acl", "relcl") or not subject.dep_.startswith("nsubj") \
            or subject.head.i not in anchors or subject.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_.startswith("aux") and set(c.morph.get("Tense")) & {"Past", "Imp"} for c in verb.children):
        return False  # "who had arrived", « qui étaient arrivés »
    return _occurrence_verb(ctx, verb, "ARRIVAL_VERBS")


# a wire dateline: "SAN SALVADOR, 13 JAN 90 (ACAN-EFE) --", "KABUL, March 8 (Reuters) —", and a single
# hyphen after the agency's bracket: "KYIV, Nov 2 (Reuters) - ", « SAN SALVADOR, 5 mars (AFP) - »
_DATELINE = re.compile(r"\s*[^\n]{3,100}?(?:\s(?:--|—|–)|\)\s+-)\s")
# and one with no agency and a single hyphen, the town in capitals then a comma and a short date: "ABUJA, Oct 8 - ",
# « PORT-AU-PRINCE, 21 mai 2024 - »
_CAPS_DATELINE = re.compile(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{1,40}[A-ZÀ-Ý],\s[^\n,]{1,25}?\s-\s")


def _story_focus(text: str, places: list[PlaceMention]) -> PlaceMention | None:
    """The story's main place (:func:`focus_place`); a dateline's town read in capitals by its context alone
    (places._caps_dateline) only when the story names no other town ("LA PAZ, 24 MAY 90 (EFE) -- ... IN THE
    TOWN OF CARANAVI": Caranavi)."""
    start, end = _dateline(text)
    others = [p for p in places if not (p.by_context and start <= p.start < end)]
    return focus_place(others if any(not p.is_country for p in others) else places)


def _body_places(ctx: Context) -> list[PlaceMention]:
    """The places of the story's body that may be an act's: none of the dateline, nor one told only as where someone
    speaks or comes from, nor a country that did an act (:func:`_not_the_place`)."""
    return [p for p in ctx.places if p.place.country and not ctx.in_dateline(p.start) and not _not_the_place(ctx, p)]


def _dateline_abroad(ctx: Context) -> bool:
    """The dateline's town is where the story was filed from, abroad ("HAVANA (CUBA), 10 FEB 90 -- ... the killing of
    six Jesuit priests ... in El Salvador", "PARIS, March 3 (AFP) - ... gunmen killed ... in Mali"): the story's body
    names places of another country and none of the dateline's, nor that country by its name, nor its people by their
    demonym (places_<lang>.COUNTRY_DEMONYMS: "Cuban officials"). No act of the story is placed there for want of a
    place of its own."""
    if not ctx.dateline_end:
        return False
    home = {p.place.country for p in ctx.places if ctx.in_dateline(p.start) and p.place.country}
    if not home:
        return False
    # a name read by its context alone in capitals is no sure place abroad (a namesake: "TARAPACA" in a Peruvian story),
    # but one of the dateline's country is still the story's ("IN MADRID" after "MADRID (SPAIN)")
    body = _body_places(ctx)
    # the body is about places abroad: it names them twice at least ("IN PERU ... IN LIMA AND AYACUCHO"), not once in
    # passing ("A NEW ATTACK BY CONTRAS ... FROM THEIR CAMPS IN HONDURAS" in a story filed from Managua)
    if sum(not p.by_context for p in body) < 2 or any(p.place.country in home for p in body) \
            or any(p.place.country in home for p in ctx.places if not ctx.in_dateline(p.start) and p.is_country):
        return False
    # the dateline's country named in the body, even where the gazetteer read no place ("HIS COMMITMENT TO COLOMBIA")
    from bilan.extract.actors import country_name
    rest = ctx.document.text[ctx.dateline_end:]
    if any(re.search(rf"(?<!\w){re.escape(country_name(iso))}(?!\w)", rest, re.IGNORECASE) for iso in home
           if country_name(iso)):
        return False
    demonyms = country_demonyms(ctx.lang)
    return not any((demonyms.get(t.lower_) or demonyms.get(t.lemma_.lower())) in home
                   for t in ctx.doc if t.idx >= ctx.dateline_end)


def _focus_at_home(ctx: Context) -> PlaceMention | None:
    """The story's main place when it was the dateline's town abroad (:func:`_dateline_abroad`): that of its body when
    all its places lie in one country, else none."""
    # (a name read by its context alone counts among the countries the body names, and is no main place when a sure
    # one is named: focus_place)
    body = [p for p in _body_places(ctx) if p.start not in ctx.country_doers]
    if len({p.place.country for p in body}) != 1:
        return None
    return focus_place(body)


# what may follow a dateline's match in its own sentence: the dash and the spaces around it
DATELINE_DASH_MAX_CHARS = 4


def _dateline(text: str) -> tuple[int, int]:
    """The wire dateline's (start, end) characters: at the text's start, or after a headline line of
    its own (:func:`bilan.nlp.dateline_starts`); (0, 0) when none."""
    starts = nlp_mod.dateline_starts(text)
    for pattern in (_DATELINE, _CAPS_DATELINE):
        m = next((m for at in starts if (m := pattern.match(text, at)) is not None), None)
        if m is not None:
            return m.start(), m.end()
    return 0, 0


def _dates_own_clause(ctx: Context, d, trig: Trigger) -> bool:
    """Whether a date hangs on the trigger itself, with no other verb between ("the former mayor,
    who was murdered in October", "l'assassinat en 1989 du candidat"): the act's own date, which
    beats a date of the clause the trigger's clause hangs on ("attended today the funeral of the
    mayor who was murdered in October"), however finer that one is."""
    troot = ctx.doc[trig.tok_start:trig.tok_end].root
    if troot.pos_ != "NOUN" and (troot.pos_ != "VERB" or troot.dep_.split(":")[0] not in ("relcl", "acl")):
        return False  # an event noun, or an act told in a clause of its own on a noun ("the mayor, who was murdered")
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    since = _aggregate_matcher(ctx.lang)[1]
    if any(t.lower_ in since for t in ctx.doc[max(span.start - 1, 0):span.end]):
        return False  # "the first attack there since 2019": where a count starts, not the act's date
    tok = span.root
    for _ in range(6):
        if trig.tok_start <= tok.i < trig.tok_end:
            return True
        if tok.lower_ in since:
            return False  # "the worst attack since the elections of 1985"
        if tok.head.i == tok.i or (tok.pos_ in ("VERB", "AUX") and tok.i != span.root.i
                                   and not (_capture_participle(ctx, tok) and _own_capture(trig, tok))):
            return False  # (not the captive noun's own capture: "the hostages, taken by JNIM in March")
        tok = tok.head
    return trig.tok_start <= tok.i < trig.tok_end


def pick_date(ctx: Context, trig: Trigger, previous: Incident | None):
    """The event's date: a date tied to the trigger in its sentence; else a loose date of the
    sentence; else the closest date of the previous sentences of the paragraph (quoted context
    such as «hier nous avons filmé…»). Dates of statements and of other verbs are not the event's."""
    si = trig.sent_index
    here = []
    # the dateline's date is the dispatch's, not an event's
    dates = [d for d in ctx.dates if not ctx.in_dateline(d.start) and not _frames_a_rank(ctx, d)
             and not _ranks_since(ctx, d)]
    by_arrest = TOLD_BY_ARREST in trig.flags
    share = _day_of_the_share_told(ctx, si)
    if share is not None and share in dates:
        # "Since January, ... more than 200 people, including five at the market in Djibo on Sunday": the act is the
        # share's, dated by its own day, not by the start of the total's period
        return share.value, share, RANK_TRIGGER
    for d in _in_sent(ctx, si, dates):
        if by_arrest and _on_the_arrest(ctx, d, trig):
            continue  # "arrested two suspects on Monday for the murder of a shopkeeper": the arrest's day, not the act's
        if _on_a_toll_change(ctx, d):
            continue  # "The death toll from a suicide bombing ... rose to 59 on Tuesday": the toll's day, not the act's
        att = _attachment(ctx, d, trig)
        if by_arrest and att not in ("trigger", "loose") and _in_phrase_of(ctx, d, trig):
            att = "trigger"  # « pour le meurtre d'un commerçant commis dimanche »: a day inside the act's own phrase
        if att in ("trigger", "loose"):
            here.append((RANK_TRIGGER if att == "trigger" else RANK_LOOSE, d))
    if by_arrest and not here:
        return None, None, RANK_NONE  # the act came before the arrest, on a day the sentence does not give
    if here:
        here.sort(key=lambda x: (x[0], not _dates_own_clause(ctx, x[1], trig),
                                 _PRECISION_RANK.get(x[1].value.precision, 4) if x[1].kind != "anaphoric"
                                 else 0, min(abs(x[1].start - trig.end), abs(trig.start - x[1].end))))
        for rank, d in here:
            if d.kind == "anaphoric":
                if previous is not None and previous.date.basis == "publication":
                    # « La veille » after an undated mention: the day of the last incident told with one
                    previous = next((i for i in reversed(ctx.built) if i.date.basis not in (None, "publication")
                                     and i.stage != "threatened"), previous)
                if previous is not None and previous.date.start is not None:
                    shift = dt.timedelta(days=getattr(d, "offset_days", 0))
                    pd = previous.date
                    return pd.model_copy(update={"basis": "anaphoric", "start": pd.start + shift,
                                                 "end": (pd.end or pd.start) + shift}), d, rank
                continue
            if d.value.start is not None:
                return _period_to_publication(ctx, d), d, rank
        if any(d.kind != "anaphoric" for _, d in here):
            # "on Friday" with no publication date to resolve it against: the sentence dates its
            # event itself, so no earlier sentence's date is borrowed ("In 2014, ... On Friday, ...")
            return None, None, RANK_NONE
    night = _overnight_of_statement(ctx, trig, dates)
    if night is not None:
        return night
    said = _own_statement_day(ctx, trig, dates, previous)
    if said is not None:
        return said
    captured = _capture_clause(ctx, trig, dates)
    if captured is not None:
        return captured
    if "threat" in trig.flags and _threat_held_till_now(ctx, trig):
        return None, None, RANK_NONE  # "has received death threats": till now, not the day of an act told before
    para = ctx.para_of_sent[si]
    for back in range(1, LOOKBACK_SENTENCES + 1):
        j = si - back
        if j < 0 or ctx.para_of_sent[j] != para:
            break
        # (not where a period starts: "Djibo has been under siege since January. Jihadists shelled the town", « Les
        # jihadistes assiègent Djibo depuis janvier. Ils ont attaqué le marché »: the act told next may be of any day
        # of the period, or none of it; it is no act of January)
        cands = [d for d in _in_sent(ctx, j, dates) if d.kind != "anaphoric" and d.value.start is not None
                 and not _attached_to_reporting_verb(ctx, d.start, d.end) and not _opens_a_period(ctx, d)]
        if cands:
            d = cands[-1]
            return d.value, d, RANK_LOOKBACK
    return None, None, RANK_NONE


def _on_a_toll_change(ctx: Context, d) -> bool:
    """Date ``d`` hangs on a verb by which a toll changes (``quantities_<lang>.TOLL_CHANGE_VERBS``: "The death toll ...
    rose to 59 on Tuesday", « Le bilan ... s'est alourdi mardi ») whose subject is a toll's noun
    (``events_<lang>.TOLL_NOUNS``, ``TOLL_FIGURE_NOUNS``): the day the toll was told, not the act's."""
    verbs = lexicon_words("quantities", ctx.lang, "TOLL_CHANGE_VERBS")
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    if not verbs or span is None:
        return False
    verb = span.root
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_.lower() not in verbs and verb.lower_ not in verbs:
        return False
    nouns = lexicon_words("events", ctx.lang, "TOLL_NOUNS") | lexicon_words("events", ctx.lang, "TOLL_FIGURE_NOUNS")
    return any(c.dep_.startswith("nsubj") and c.lemma_.lower() in nouns for c in verb.children)


def _threat_held_till_now(ctx: Context, trig: Trigger) -> bool:
    """A threat told in a perfect of the present ("ITS OWNER HAS RECEIVED DEATH THREATS FROM THE SHINING PATH":
    an auxiliary of ``events_<lang>.PERFECT_AUXILIARIES`` in a tense of ``STANDING_PERFECT_TENSES`` on the trigger's
    verb, or on the verb whose object the threat noun is) is held up to the news, over no day the story gives: it
    borrows no date of a sentence before, which is another act's ("ON 4 JULY A GRENADE WAS THROWN AT A DISCOTHEQUE").
    French has none: its passé composé is the past of the narrative (« a reçu lundi des menaces »)."""
    tenses = lexicon_words("events", ctx.lang, "STANDING_PERFECT_TENSES")
    if not tenses:
        return False
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    verb = root if root.pos_ == "VERB" else root.head if root.dep_ in NONE_SUBJECT_OBJECT_DEPS[3:] \
        and root.head.pos_ == "VERB" else None
    if verb is None:
        return False
    perfect = lexicon_words("events", ctx.lang, "PERFECT_AUXILIARIES")
    return any(c.dep_.startswith("aux") and c.lemma_.lower() in perfect and any(
        tn in tenses for tn in c.morph.get("Tense")) for c in verb.children)


def _period_to_publication(ctx: Context, d) -> DateValue:
    """An act's own date that opens a period whose reading runs past the publication day ("Since the start of the
    month, jihadists have attacked three villages", « depuis le début du mois »: the first ten days of the month, in a
    story of the 8th): the acts were done from the period's start to the publication day, no later; the precision as
    read. Any other date as it was read."""
    value, pub = d.value, ctx.document.published
    if pub is None or value.start is None or value.end is None or not value.start <= pub < value.end:
        return value
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or _period_opener(ctx, span) is None:
        return value
    return value.model_copy(update={"end": pub})


def _overnight_of_statement(ctx: Context, trig: Trigger, dates: list):
    """An act told as done overnight with no day of its own ("Gunmen killed five villagers in an overnight attack,
    police said on Wednesday", « lors d'une attaque nocturne, a indiqué mercredi la police »:
    ``dates_<lang>.OVERNIGHT_WORDS`` in the trigger's phrase), in a sentence whose statement is dated by the day: the
    night before the statement, from the day before it to its day (ACLED codes the day the act began; which side of
    midnight it began the text does not say), precision "day" as a two-day range ("les 17 et 18 mars"); the night
    word is the evidence. None without a day of the statement: a story's publication day alone does not say the
    night was the last one."""
    words = lexicon_words("dates", ctx.lang, "OVERNIGHT_WORDS")
    if not words:
        return None
    si = trig.sent_index
    said = [d for d in _in_sent(ctx, si, dates) if d.kind != "anaphoric" and d.value.start is not None
            and d.value.precision == "day" and d.value.start == d.value.end
            and _attached_to_reporting_verb(ctx, d.start, d.end, True)]
    if not said:
        return None
    sent = ctx.sents[si]
    troot = ctx.doc[trig.tok_start:trig.tok_end].root
    phrases = {tuple(w.split()) for w in words}
    # the verbs the act's noun is the subject of, and those joined to them ("A missile strike killed four people and
    # injured 11 overnight")
    np = troot
    while np.dep_ in ("compound", "amod", "conj") and np.head.i != np.i and np.head.pos_ in ("NOUN", "PROPN"):
        np = np.head  # (through a noun it is joined to: "85 drones and three ballistic missiles")
    # (or the verb that launches or fires the act's means, its object: "Russia launched 85 drones ... overnight")
    acting = {np.head.i} | {c.i for c in np.head.children if c.dep_ == "conj" and c.pos_ == "VERB"} \
        if np.dep_ in ("nsubj", "nsubj:pass", "dobj", "obj") and np.head.pos_ == "VERB" else set()
    for tok in sent:
        first = next((tok.i - len(p) + 1 for p in phrases if p[-1] == tok.lower_ and tok.i - len(p) + 1 >= sent.start
                      and tuple(t.lower_ for t in ctx.doc[tok.i - len(p) + 1:tok.i + 1]) == p), None)
        if first is None:
            continue
        # the night word on the trigger ("an overnight attack", "shelled the town overnight"), on a verb the act's
        # noun does ("A missile strike killed four people ... overnight"), or on an event word
        # the trigger's act is told by ("killed in an overnight attack", « tués lors d'une attaque nocturne »); not on
        # another thing ("despite the overnight curfew")
        cur = tok.head
        if not (trig.tok_start <= cur.i < trig.tok_end or cur.i == troot.i or cur.i in acting):
            if cur.i not in ctx.trigger_tokens:
                continue
            up = cur.head.head if cur.head.pos_ == "ADP" else cur.head
            if not (trig.tok_start <= up.i < trig.tok_end or up.i == troot.i):
                continue
        day = said[0].value.start
        value = DateValue(start=day - dt.timedelta(days=1), end=day, precision="day", basis="text")
        lo = ctx.doc[first].idx
        return value, dates_mod.DateMention(lo, tok.idx + len(tok), ctx.document.text[lo:tok.idx + len(tok)], value,
                                            "relative"), RANK_LOOSE
    return None


def _counted_head(ctx: Context, tok: Token) -> Token:
    """The word a mention hangs on, through a figure that counts it ("killed dozens of militants", « tué une
    quinzaine de jihadistes »: the verb of killing, not the figure)."""
    head = tok.head
    if head.pos_ == "ADP" and tok.dep_ == "pobj":
        head = head.head
    if head.i != tok.i and (head.pos_ == "NUM" or head.lower_ in ctx.m.figure_words):
        head = head.head
    return head


def _dates_owning_up(ctx: Context, d) -> bool:
    """The date hangs on a verb that owns up to an act told as a responsibility noun's ("claimed responsibility for
    the killings in a statement on Tuesday", « a revendiqué mardi la responsabilité de ces meurtres »): the day the
    act was owned up to, which tells nothing of when it was done."""
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    if head.pos_ == "ADP" and span.root.dep_ in ("pobj", "obl"):
        head = head.head
    return head.pos_ == "VERB" and owns_an_act(head, ctx.m, acts=False)


def _own_statement_day(ctx: Context, trig: Trigger, dates: list, previous: Incident | None):
    """A side's statement of its own act that gives the act no day of its own is dated by the day of the statement
    ("On Saturday, the army had said it killed 15 bandits", « Samedi, l'armée avait affirmé avoir tué quinze bandits
    »; « la veille » by the day it refers back to): the act was done by then, and is told as that day's news, not
    on the day of another act of the story (pick_date); None otherwise."""
    si = trig.sent_index
    said = [d for d in _in_sent(ctx, si, dates) if _attached_to_reporting_verb(ctx, d.start, d.end, True)
            and not _dates_owning_up(ctx, d)]
    if not said or _speaker_as_doer(ctx, trig, ctx.sents[si]) is None:
        return None
    d = said[0]
    if d.kind != "anaphoric":
        return (d.value, d, RANK_LOOSE) if d.value.start is not None and d.value.precision == "day" else None
    if previous is None or previous.date.start is None or previous.date.basis == "publication":
        return None
    shift = dt.timedelta(days=getattr(d, "offset_days", 0))
    pd = previous.date
    return pd.model_copy(update={"basis": "anaphoric", "start": pd.start + shift,
                                 "end": (pd.end or pd.start) + shift}), d, RANK_LOOSE


def _frames_a_rank(ctx: Context, d) -> bool:
    """The date is the period a rank is counted in, said of a noun with an ordinal ("the second attack on the
    village this month", « pour la troisième fois cette année »: ``quantities_<lang>.ORDINAL_WORDS``): not when
    the act happened."""
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or span.root.head.i == span.root.i:
        return False
    noun = span.root.head
    ordinals = lexicon_words("quantities", ctx.lang, "ORDINAL_WORDS")
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and c.i < noun.i and c.lower_ in ordinals
                                       for c in noun.children)


def undated(published: dt.date | None) -> DateValue:
    """No date expression: the event happened before publication; say so as a window."""
    if published is None:
        return DateValue()
    return DateValue(start=published - dt.timedelta(days=UNDATED_WINDOW_DAYS), end=published,
                     precision="month", basis="publication")


def _in_owner_name(ctx: Context, p: PlaceMention) -> bool:
    """The place is a word of the name of a target's owner ("une agence du Banco de Bogota"): no
    place of the event."""
    return any(t.owned and t.end <= p.start < t.owned_end for t in ctx.targets)


def _in_compound_name(ctx: Context, p: PlaceMention) -> bool:
    """The place is joined by a hyphen to another name ("the Lagos-Ibadan line", "l'oléoduc Caño
    Limón-Coveñas"): the two ends of a line or a pipeline, no place of the event; a road's two ends with its noun
    (« sur la route Kaya-Dori »: places.road_by_its_ends) place it near the first."""
    text = ctx.document.text
    if text[p.end:p.end + 1] == "-" and text[p.end + 1:p.end + 2].isupper():
        end = p.end + 1
        while end < len(text) and text[end].isalpha():
            end += 1
        whole = text[p.start:end]
    elif p.start > 1 and text[p.start - 1] == "-" and text[p.start - 2].isalpha() and text[p.start:p.start + 1].isupper():
        start = p.start - 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        whole = text[start:p.end]
    else:
        return False
    if road_by_its_ends(ctx.doc, p.tok_start, ctx.lang):
        return False  # a road told by its ends (« sur la route Kaya-Dori »): its first end places the act near it
    # a derived form of the place ("Mossoul-Ouest") is the place
    return Gazetteer.default().resolve_mention(whole, lang=ctx.lang, fuzzy=False) is None


def _in_group_name(ctx: Context, p: PlaceMention) -> bool:
    """The place is a word of an armed group's name ("cartel de Medellín", "THE CALI CARTEL"): no
    place of the event."""
    return any(not a.generic and a.kind in NON_STATE and a.kind != "unidentified" and a.start <= p.start
               and p.end <= a.end for a in ctx.actors)


def _not_the_place(ctx: Context, p: PlaceMention) -> bool:
    # (nor is a place told as where someone comes from or is based: "who fled Idlib province", « basé à Bamako »)
    # (nor where someone abroad speaks of it: "Officials in Paris condemned the attack", « Paris a condamné »)
    return p.start in ctx.country_doers or p.start in ctx.speaker_seats or _in_owner_name(ctx, p) or _in_compound_name(ctx, p) \
        or _in_group_name(ctx, p) or told_as_origin(p, ctx.document.text, ctx.lang) \
        or told_as_comparison(p, ctx.document.text, ctx.lang) or told_as_refuge(p, ctx.document.text, ctx.lang)


def _countries_as_doers(doc: Doc, places: list[PlaceMention], lang: str) -> list[tuple[PlaceMention, ActorMention]]:
    """Country names that did an act as a state: the active subject of a verb of
    ``actors_<lang>.COUNTRY_ACT_VERBS`` ("Israel struck", « la Russie a lancé »), or its passive's agent
    ("launched by Russia", « lancés par la Russie »). Each is that state's military forces (ACLED's
    actor for a state's act), and no place of the act. So is a capital standing for its state in the same
    slots (« Moscou affirme avoir frappé », "Kyiv said it had struck": ``gazetteer.is_capital``, the city
    GeoNames names its country's capital); not one that is the place of an act or of a speaker ("in Moscow",
    « à Moscou, le président a affirmé »), nor a word of another's name ("Moscow's mayor", "Kyiv residents").
    A country that speaks, or that is hit, is none, nor a headline's rubric (« Mali : ... »)."""
    verbs = lexicon_words("actors", lang, "COUNTRY_ACT_VERBS")
    out = []
    for pm in [*places, *_capitals_named_as_bodies(doc, places, lang)]:
        if not pm.place.country or pm.unresolved or not (pm.is_country or is_capital(pm.place)):
            continue
        span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        head = root.head
        if span.end < len(doc) and doc[span.end].text == ":":
            continue  # « Mali : des terroristes attaquent ... »: a headline's rubric, not its subject
        said = _act_said_done(head, lang, verbs) if root.dep_ == "nsubj" else None
        if said is not None:
            verb = said
        elif root.dep_ == "nsubj":
            verb = head
        elif root.dep_ == "obl:agent" or (root.dep_ == "pobj" and head.dep_ == "agent"):
            verb = head if root.dep_ == "obl:agent" else head.head
        else:
            continue
        if verb.pos_ not in ("VERB", "AUX") or (verb.lemma_.lower() not in verbs and not (
                root.dep_ == "nsubj" and owns_an_act(verb, for_language(lang)))):
            continue
        iso = pm.place.country
        out.append((pm, ActorMention(pm.start, pm.end, pm.text, forces_name(iso),
                                     "state_forces", span.start, span.end)))
    return out


def _capitals_named_as_bodies(doc: Doc, places: list[PlaceMention], lang: str) -> list[PlaceMention]:
    """Capitals the tagger calls an organisation as the subject of a verb ("Washington said its forces struck": the
    state speaking or acting), one word, the main name of its country's capital (``gazetteer.is_capital``), each as
    a place mention for :func:`_countries_as_doers` to read; none of them is a place of the story."""
    known = {p.tok_start for p in places}
    out = []
    gaz = Gazetteer.default()
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "NORP") or len(ent) != 1 or ent.start in known \
                or not ent.root.dep_.startswith("nsubj") or ent.root.head.pos_ not in ("VERB", "AUX"):
            continue
        place = gaz.resolve(ent.text, lang=lang)
        if place is not None and is_capital(place) and gaz.named_so(ent.text, place, lang=lang):
            out.append(PlaceMention(ent.start_char, ent.end_char, ent.text, ent.start, place, "exact"))
    return out


def _act_said_done(verb: Token, lang: str, acts: frozenset[str]) -> Token | None:
    """The act verb of ``verb``'s reported clause when ``verb`` is a verb of saying, not of denying ("said",
    « a affirmé »; claims_<lang>.REPORTING_VERBS), and that clause, its first, is an act of ``acts`` with
    the speaker as its subject: a pronoun of its own ("Russia said it had struck",
    ``actors_<lang>.SELF_PRONOUNS``) or none (« la Russie a affirmé avoir frappé »): the country says it
    did the act. None otherwise."""
    try:
        reporting = load_lexicon("claims", lang).REPORTING_VERBS
    except LexiconMissing:
        return None
    if reporting.get(verb.lemma_.lower()) not in ("asserted", "alleged"):
        return None
    pronouns = lexicon_words("actors", lang, "SELF_PRONOUNS")
    possessives = lexicon_words("actors", lang, "SELF_POSSESSIVES")
    forces = lexicon_words("actors", lang, "STATE_FORCES")

    def own_forces(subj: Token) -> bool:
        # "Washington said its forces struck", « Moscou affirme que ses troupes ont frappé »: its own forces
        return subj.lower_ in forces and any(d.lower_ in possessives and d.i < subj.i for d in subj.children)

    first = next((x for x in verb.children if x.dep_ in ("ccomp", "xcomp") and x.pos_ == "VERB"), None)
    for c in verb.children:
        if c.dep_ not in ("ccomp", "xcomp") or c.pos_ != "VERB" or c.lemma_.lower() not in acts:
            continue
        subj = [s for s in c.children if s.dep_.startswith("nsubj")]
        if (not subj and c.dep_ == "xcomp") or (subj and subj[0].lower_ in pronouns and subj[0].pos_ == "PRON") or (
                subj and own_forces(subj[0])):
            return c if first is not None and c.i == first.i else None
    return None


def _unknown_town_place(ctx: Context, si: int, town) -> PlaceMention:
    """A town the gazetteer lacks (places.TownName) as an act's place: its name, unresolved, in the region the
    sentence names (precision admin1), else the country it names (all its countries one), else the country all the
    story's places lie in, else the country the document is set to (``Document.country``) when the story has no place of
    a country, else with no place beyond its name (no coordinates, no country)."""
    holders = [p for p in _in_sent(ctx, si, ctx.places) if p.place.feature in ("admin1", "region", "country")
               and not p.unresolved and p.start not in ctx.country_doers and not _not_the_place(ctx, p)]
    region = next((p for p in holders if p.place.feature != "country"), None)
    if region is not None:
        return PlaceMention(town.start, town.end, town.text, town.tok_start, region.place, "admin1", unresolved=True)
    if holders and len({p.place.country for p in holders}) == 1:
        return PlaceMention(town.start, town.end, town.text, town.tok_start, holders[0].place, "country",
                            unresolved=True)
    told = _story_region(ctx)
    if told is not None:
        # "Rebels attacked a base in Arauca province ... The attack on the base in Puerto Jordan": the one region the
        # story names, all its places in it
        return PlaceMention(town.start, town.end, town.text, town.tok_start, told, "admin1", unresolved=True)
    # the story's places all in one country ("Gunmen killed four villagers in Tassakoye" in a story of Burkina Faso):
    # that country; a big city (a capital abroad whose officials speak: "Officials in Paris condemned the attack") says
    # nothing of it
    homes = {p.place.country for p in ctx.places if p.place.country and not _not_the_place(ctx, p)
             and not (p.place.feature == "city" and p.place.population >= COHERENCE_FAMOUS_POP)}
    if len(homes) == 1:
        iso = next(iter(homes))
        home = next((p.place for p in ctx.places if p.is_country and p.place.country == iso), None) \
            or country_place(Gazetteer.default(), iso)
        if home is not None:
            return PlaceMention(town.start, town.end, town.text, town.tok_start, home, "country", unresolved=True)
    if not homes and ctx.document.country:
        # no place of the story says where it is: the country the document is set to ("Gunmen killed four villagers
        # in Tassakoye" set to BF), marked so (Location.basis "country_setting")
        home = country_place(Gazetteer.default(), ctx.document.country)
        if home is not None:
            return PlaceMention(town.start, town.end, town.text, town.tok_start, home, "country", unresolved=True,
                                by_setting=True)
    nowhere = Place(None, town.text, "", None, math.nan, math.nan, 0, UNPLACED_FEATURE)
    return PlaceMention(town.start, town.end, town.text, town.tok_start, nowhere, "exact", unresolved=True)


def _story_region(ctx: Context) -> Place | None:
    """The one first-level division or named region the story names (« dans la province d'Arauca », "in Arauca
    province") when all its places lie in it: its other places of that country in it (the same first-level code,
    else within ``UNLINKED_REGION_KM`` of its point) and none of another country (a big city, a capital abroad whose
    officials speak, aside); else None. A town the gazetteer lacks told in another sentence of the story is there
    (:func:`_unknown_town_place`)."""
    places = [p for p in ctx.places if p.place.country and not p.unresolved and not _not_the_place(ctx, p)
              and not (p.place.feature == "city" and p.place.population >= COHERENCE_FAMOUS_POP)]
    regions = {(p.place.name, p.place.country): p.place for p in places if p.place.feature in ("admin1", "region")}
    if len(regions) != 1:
        return None
    region = next(iter(regions.values()))
    for p in places:
        q = p.place
        if q.country != region.country:
            return None
        if q.feature in ("city", "admin2") and not (
                q.admin1 == region.admin1 if q.admin1 and region.admin1
                else distance_km(q.lat, q.lon, region.lat, region.lon) <= UNLINKED_REGION_KM):
            return None
    return region


def _outside_the_country(ctx: Context, trig: Trigger, pm: PlaceMention | None,
                         others: list[Trigger] = ()) -> PlaceMention | None:
    """ "The kidnapping was planned and performed outside of Chile", « commis hors du Chili »: a country told after
    words that put the act out of it (``places_<lang>.OUTSIDE_COUNTRY_WORDS``), tied to the act, holds no place of the
    act. A place of that country (the dateline's town, the story's focus) gives way to another country the sentence
    names, else to a town of another country there, the nearest to the act; else the act has no place. Any other
    place stays. The words may be said of the act named again in its sentence ("the Chileans involved in the abduction
    ... because the kidnapping was performed outside of Chile"): tied to another act word of the sentence."""
    if pm is None or not pm.place.country:
        return pm
    words = lexicon_words("places", ctx.lang, "OUTSIDE_COUNTRY_WORDS")
    if not words:
        return pm
    text = ctx.document.text
    si = trig.sent_index
    here = _in_sent(ctx, si, ctx.places)

    def out_of(c: PlaceMention) -> bool:
        before = " ".join(nlp_mod.plain_apostrophes(text[max(0, c.start - 24):c.start]).lower().split())
        return any(before.endswith(w) or before.endswith(w + " ") for w in words) and (
            _attachment(ctx, c, trig) in ("trigger", "loose")
            or any(t is not trig and t.sent_index == si and _attachment(ctx, c, t) == "trigger" for t in others)
            or said_of_an_act(c))

    def said_of_an_act(c: PlaceMention) -> bool:
        # the verb the words hang on has an act's noun as its subject ("the kidnapping was performed outside of ...")
        span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
        tok = span.root if span is not None else None
        for _ in range(4):
            if tok is None or tok.head.i == tok.i:
                return False
            tok = tok.head
            if tok.pos_ == "VERB":
                while tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(
                        x.dep_.startswith("nsubj") for x in tok.children):
                    tok = tok.head  # "was planned and performed outside of ...": the subject of the first verb
                return any(x.dep_.startswith("nsubj") and x.lemma_.lower() in acts for x in tok.children)
        return False

    acts = claims_event_words(ctx.lang)

    left = {c.place.country for c in here if c.is_country and c.place.country and out_of(c)}
    if pm.place.country not in left:
        return pm
    others = [p for p in here if p.place.country and p.place.country not in left and not _not_the_place(ctx, p)
              and p.start not in ctx.country_doers]
    if not others:
        return None
    countries = [p for p in others if p.is_country] or others
    return min(countries, key=lambda p: abs(p.start - trig.start))


@lru_cache(maxsize=None)
def _same_area_re(lang: str) -> tuple[re.Pattern | None, frozenset[str]]:
    """The words that place an act by the place of the act told before it (``places_<lang>.SAME_AREA_PHRASES``,
    ``SAME_SPOT_PHRASES``) as one pattern, and those of the same spot."""
    area = lexicon_words("places", lang, "SAME_AREA_PHRASES")
    spot = lexicon_words("places", lang, "SAME_SPOT_PHRASES")
    phrases = sorted(area | spot, key=len, reverse=True)
    if not phrases:
        return None, frozenset()
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)", re.IGNORECASE), spot


@dataclass
class _CharSpan:
    start: int
    end: int


def _same_area_place(ctx: Context, trig: Trigger, pm: PlaceMention | None) -> tuple[Incident, int, int, str] | None:
    """ "The gang had already kidnapped 16 missionaries in the same area in 2021", « dans la même zone », "nearby": an
    act with no place of its own in its sentence (none, or one borrowed from the sentences before it, the dateline or
    the story's focus) told by words of the same place, tied to the act, is at the place of the latest act placed
    before it in the story (an incident whose place its own sentence says). The antecedent, the words' characters and
    the precision the place is read at: never finer than the antecedent's, no finer than "near" for an area
    (``places_<lang>.SAME_AREA_PHRASES``), the antecedent's own for the same spot (``SAME_SPOT_PHRASES``). None when
    the act has a place of its own, the words are not the act's, or no act was placed before it."""
    si = trig.sent_index
    if pm is not None and ctx.sent_of_char(pm.start) == si and not ctx.in_dateline(pm.start):
        return None
    pattern, spot = _same_area_re(ctx.lang)
    if pattern is None:
        return None
    sent = ctx.sents[si]
    found = [m for m in pattern.finditer(ctx.document.text, sent.start_char, sent.end_char)
             if _attachment(ctx, _CharSpan(m.start(), m.end()), trig) == "trigger"]
    if not found:
        return None
    m = min(found, key=lambda x: abs(x.start() - trig.start))
    placed = [i for i in ctx.built if i.id in ctx.own_place and i.stage != "threatened" and i.location.name
              and any(e.field == "location" and e.end <= m.start() for e in i.evidence)]
    if not placed:
        return None
    ante = placed[-1]
    own = ante.location.precision or "exact"
    floor = own if m.group(0).lower() in spot else "near"
    precision = max(own, floor, key=lambda p: LOCATION_PRECISION_RANK.get(p, len(LOCATION_PRECISION_RANK)))
    return ante, m.start(), m.end(), precision


def _lead_place(ctx: Context, trig: Trigger, pm: PlaceMention | None) -> Incident | None:
    """An act with no place of its own in a story in mixed case, placed only by the dateline's town (the story's most
    mentioned town, told first: "GOMA, Dec 3 (Reuters) - Rebels attacked army positions near Rutshuru ... Later,
    bombs fell on homes, killing four civilians"), is of the story's thread, told where its lead's act is: the first
    act of the story placed by its own sentence, when that place is not the dateline's town (the dateline places an
    act only where it is the lead's place). None otherwise: a place of its own, the same area (:func:`_same_area_place`),
    a story filed from abroad (:func:`_dateline_abroad`) or in capitals, no placed act before it."""
    if pm is None or pm.is_country or not ctx.in_dateline(pm.start) or ctx.dateline_abroad \
            or nlp_mod.in_capitals(ctx.doc):
        return None
    lead = next((i for i in ctx.built if i.id in ctx.own_place and i.stage != "threatened" and not i.recalled
                 and i.location.name and any(e.field == "location" and e.end <= trig.start for e in i.evidence)),
                None)
    if lead is None:
        return None
    here = (pm.place.geonames_id, pm.place.name)
    return None if (lead.location.geonames_id, lead.location.name) == here else lead


def _where_hit(ctx: Context, p: PlaceMention, trig: Trigger) -> bool:
    """The place heads a relative clause of place that tells people killed or hurt ("HARASSED ... THE NATIONAL GUARD
    POST IN APOPA, WHERE TWO PEASANT WOMEN WERE WOUNDED", « le poste de police de San Vicente, où deux paysannes ont
    été blessées »): a relative adverb or pronoun opens it, a casualty word is in it. Not a place said of another
    ("CLASHES IN ZARAGOZA, SOUTH OF SAN SALVADOR, WHERE ...")."""
    span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return False
    # a place told right after another and a comma, three words at most between ("ZARAGOZA, SOUTH OF SAN SALVADOR,
    # WHERE ..."): said of that one, whose clause it is
    for q in ctx.places:
        qs = ctx.doc.char_span(q.start, q.end, alignment_mode="expand") if q is not p else None
        if qs is not None and qs.end < span.start <= qs.end + 3 and ctx.doc[qs.end].text == ",":
            return False
    casualty = {s for label, s, e in ctx.cues if label in ("DEATH", "INJURY")}
    # (the parse may hang the clause on the noun the place names the town of: "THE 6TH INFANTRY BRIGADE IN USULUTAN
    # CITY WHERE ONE MINOR WAS INJURED", « le poste de la Garde nationale d'Apopa, où ... »)
    nodes, cur = [span.root], span.root
    for _ in range(4):
        if cur.head.i == cur.i or cur.head.pos_ not in ("NOUN", "PROPN", "ADP"):
            break
        cur = cur.head
        nodes.append(cur)
    # (the relative word right after this place, no other place between: « la caserne de Chalatenango et le poste de
    # San Vicente, où ... » is San Vicente's clause, wherever the parse hung it)
    def next_to_it(w) -> bool:
        return w.i >= span.end and not any(p.end <= q.start and q.end <= w.idx for q in ctx.places)
    return any(c.dep_.split(":")[0] in ("relcl", "acl") and c.i > span.root.i and any(
        w.i < c.i and (w.tag_ == "WRB" or "Rel" in w.morph.get("PronType")) and next_to_it(w) for w in c.children)
        and any(t.i in casualty for t in c.subtree) for n in nodes for c in n.children)


def pick_place(ctx: Context, trig: Trigger) -> PlaceMention | None:
    si = trig.sent_index
    para = ctx.para_of_sent[si]
    for j in range(si, max(-1, si - LOOKBACK_SENTENCES - 1), -1):
        if j != si and ctx.para_of_sent[j] != para:
            break
        # a name read in capitals by its context alone places its own sentence's events only
        cities = [p for p in _in_sent(ctx, j, ctx.places) if not p.is_country and (j == si or not p.by_context)
                  and not _not_the_place(ctx, p) and p.start not in ctx.carried]
        if j == si:
            cities = [p for p in cities if _attachment(ctx, p, trig) in (("trigger",) if p.by_context
                                                                         else ("trigger", "loose"))]
        # the dateline's town of a mixed-case story is where it was filed: a place of the sentence after it is
        # the event's, and a later sentence borrows none (wire copy in capitals has always read its dateline,
        # often the event's town: left as it was)
        if not nlp_mod.in_capitals(ctx.doc):
            cities = [p for p in cities if not ctx.in_dateline(p.start)]
        else:
            # a town of a dateline in capitals read by its context alone (places._caps_dateline) is where the
            # dispatch was filed: the story's place only when it names no other (the focus, below)
            cities = [p for p in cities if not (p.by_context and ctx.in_dateline(p.start))]
        if ctx.dateline_abroad:
            # filed from abroad ("HAVANA (CUBA), 10 FEB 90 -- ..."): the dateline's town is no act's place
            cities = [p for p in cities if not ctx.in_dateline(p.start)]
        if j == si and all(p.place.feature in ("admin1", "region") for p in cities):
            # a town the gazetteer lacks, told as the act's (« à Kpentchangou »): the act's place by its name, not
            # the town of an act told before it, nor the region it is said to be in (« la localité de Rubaya,
            # important site minier du Nord-Kivu »: Rubaya, in North Kivu)
            named = [u for u in _in_sent(ctx, si, ctx.unknown_towns) if _attachment(ctx, u, trig) == "trigger"]
            if named:
                return _unknown_town_place(ctx, si, min(named, key=lambda u: abs(u.start - trig.start)))
        if j == si and len(cities) > 1:
            # one act told over places in a row, the people hit at one of them ("HARASSED THE BRIGADE IN EL PARAISO AND
            # THE NATIONAL GUARD POST IN APOPA, WHERE TWO PEASANT WOMEN WERE WOUNDED"): where they were hit
            cities = [p for p in cities if _where_hit(ctx, p, trig)] or cities
        if cities:
            best = min(cities, key=lambda p: abs(p.start - trig.start))
            # a region and a town in it both tied to the act (« Dans la province d'Idleb, une frappe ... à Kafr
            # Nabl »): the town
            inside = town_in_region(best, cities, ctx.document.text, ctx.lang)
            if inside:
                best = min(inside, key=lambda p: abs(p.start - trig.start))
            if j != si and (own := _own_country_elsewhere(ctx, trig, best)) is not None:
                return own  # ("... in Nabatieh. Hezbollah fired rockets at northern Israel": Israel, not Nabatieh)
            return finer_place(best, _in_sent(ctx, j, ctx.places), ctx.document.text, ctx.lang)
    if ctx.headline is not None and ctx.headline[1] == si and ctx.headline[2] is not None:
        # "Five dead in Bria" over "Gunmen attacked the central market on Sunday, ..., the government said in
        # Bangui": the act the headline told, where the headline put it, not where its lead is told
        return ctx.headline[2]
    others = [p for p in _in_sent(ctx, si, ctx.places) if not p.is_country and not p.by_context
              and not _not_the_place(ctx, p) and p.start not in ctx.carried]
    if ctx.dateline_abroad:
        others = [p for p in others if not ctx.in_dateline(p.start)]
    elif not nlp_mod.in_capitals(ctx.doc):
        undated = [p for p in others if not ctx.in_dateline(p.start)]
        if others and not undated:
            told = _country_told_of_the_act(ctx, trig)
            if told is not None:
                return told
        others = undated or others
    if others:
        best = min(others, key=lambda p: abs(p.start - trig.start))
        return finer_place(best, others, ctx.document.text, ctx.lang)
    town = _the_town_told_before(ctx, si)
    if town is not None:
        return _own_country_elsewhere(ctx, trig, town) or town
    focus = ctx.focus
    if focus is not None and _not_the_place(ctx, focus):
        # the story's main place is no word of a name ("Caño Limón-Coveñas" told first)
        focus = focus_place([p for p in ctx.places if not _not_the_place(ctx, p)])
    if focus is not None and ctx.in_dateline(focus.start) and not nlp_mod.in_capitals(ctx.doc) \
            and not ctx.dateline_abroad:
        told = _country_told_of_the_act(ctx, trig)
        if told is not None:
            return told
    if focus is not None:
        return _own_country_elsewhere(ctx, trig, focus) or focus
    countries = [p for p in _in_sent(ctx, si, ctx.places) if p.is_country and p.start not in ctx.country_doers]
    if ctx.dateline_abroad:
        # filed from abroad about several countries: only a country told as the act's ("the killing in Peru"), not one
        # its sentence names of something else ("the Jesuits' ghosts shadowed him as he flew to the United States")
        countries = [p for p in countries if _attachment(ctx, p, trig) == "trigger"]
    return countries[0] if countries else None


def _own_country_elsewhere(ctx: Context, trig: Trigger, borrowed: PlaceMention) -> PlaceMention | None:
    """The country the act's own sentence names, tied to its trigger (no doer's country, not the dateline), when the
    place the act would borrow from the sentences before or the story (``borrowed``) lies in another country: "An
    Israeli air strike ... in Nabatieh killed five people. Hezbollah fired a barrage of rockets at northern Israel":
    Israel, not Nabatieh. None when the sentence names no such country, or names the borrowed place's own."""
    if borrowed is None or not borrowed.place.country:
        return None
    told = _countries_of_the_act(ctx, trig, ("trigger", "loose"))
    if not told or any(p.place.country == borrowed.place.country for p in told):
        return None
    return min(told, key=lambda p: abs(p.start - trig.start))


def _country_told_of_the_act(ctx: Context, trig: Trigger) -> PlaceMention | None:
    """The country the act's own sentence ties to it (no doer's country, not the dateline), the nearest: in a story in
    mixed case the dateline's town, where the story was filed, places the act only when nothing of its sentence does
    ("ABUJA, June 9 (Reuters) - In Nigeria, gunmen killed twelve farmers": Nigeria, not Abuja)."""
    told = [p for p in _countries_of_the_act(ctx, trig, ("trigger",)) if _told_as_a_place(ctx, p)]
    return min(told, key=lambda p: abs(p.start - trig.start)) if told else None


def _countries_of_the_act(ctx: Context, trig: Trigger, attachments: tuple[str, ...]) -> list[PlaceMention]:
    """The countries the act's own sentence names with one of ``attachments`` to its trigger (:func:`_attachment`):
    no doer's country, not the dateline."""
    return [p for p in _in_sent(ctx, trig.sent_index, ctx.places) if p.is_country and p.start not in ctx.country_doers
            and not ctx.in_dateline(p.start) and _attachment(ctx, p, trig) in attachments]


def _told_as_a_place(ctx: Context, p: PlaceMention) -> bool:
    """The name is a place's phrase on a verb, after a preposition ("In Nigeria, gunmen killed", "killed twelve
    farmers in Nigeria", « Au Niger, des hommes armés »), not an owner's name ("Nigeria's army", "the army of
    Nigeria")."""
    span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj":
        return root.head.head.pos_ not in ("NOUN", "PROPN", "PRON")
    if root.dep_.startswith("obl"):
        return True
    # (a phrase on a noun or left unattached, after a preposition of place, not of an owner: « huit éleveurs au
    # Niger », « Au Mali, des jihadistes » read as a fragment; not « l'armée du Niger »: ``COUNTRY_OWNER_LINKS``)
    owners = lexicon_words("events", ctx.lang, "COUNTRY_OWNER_LINKS")
    cases = [c for c in root.children if c.dep_ == "case"]
    return root.dep_.split(":")[0] in ("nmod", "ROOT") and bool(cases) and all(c.lower_ not in owners for c in cases)


def _carried_there(ctx: Context, p: PlaceMention) -> bool:
    """The town is where the dead or the hurt were carried to ("THE REMAINS ... WERE FLOWN TO BOGOTA", « les corps ont
    été transportés à Bogota », "twelve wounded were evacuated to Ouagadougou"): after a preposition of
    ``places_<lang>.CARRIED_TO_PREPS`` under a verb of ``quantities_<lang>.HURT_TAKEN_VERBS``, no place of the act; so
    is the town of the place they were carried to ("taken to a hospital in Maiduguri", « évacués vers l'hôpital de
    Maiduguri », and "taken to hospital in Maiduguri" with the town's phrase on the verb: ``CARRIED_WITHIN_PREPS``)."""
    preps = lexicon_words("places", ctx.lang, "CARRIED_TO_PREPS")
    tok = ctx.doc[p.tok_start]
    head = tok
    while head.dep_ == "compound" or head.dep_ == "flat" or head.dep_.startswith("flat:"):
        head = head.head
    prep = head.head if head.dep_ == "pobj" else next((c for c in head.children if c.dep_ == "case"), None)
    if prep is None:
        return False
    carried = prep.lower_ in preps
    if not carried:
        above = prep.head if head.dep_ == "pobj" else head.head
        if above.pos_ == "NOUN" and above.i != head.i:
            carried = _carried_to_a_place_noun(above, preps)
        elif prep.lower_ in lexicon_words("places", ctx.lang, "CARRIED_WITHIN_PREPS"):
            carried = any(_carried_to_a_place_noun(c, preps) for c in above.children if c.i not in (prep.i, head.i))
    return carried and _taken_to(ctx, p.tok_start)


def _carried_to_a_place_noun(tok, preps: frozenset[str]) -> bool:
    """``tok`` is a common noun after a preposition of carrying (``preps``: "to hospital", « vers l'hôpital »), or
    that preposition with such a noun ("to" of "taken to hospital")."""
    if tok.dep_ == "prep":
        return tok.lower_ in preps and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in tok.children)
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj":
        return tok.head.lower_ in preps
    return any(c.dep_ == "case" and c.lower_ in preps for c in tok.children)


def _the_town_told_before(ctx: Context, si: int) -> PlaceMention | None:
    """Sentence ``si`` names no place but a definite town noun ("an assault on the city's eastern outskirts", « aux
    abords de la ville »: places_<lang>.TOWN_NOUNS with a definite or demonstrative determiner, no name of its own) or
    a definite area noun ("troops were deployed to the area", « dans la zone »: AREA_NOUNS):
    the last town named before it, in any paragraph, not the dateline's."""
    sent = ctx.sents[si]
    towns = lexicon_words("places", ctx.lang, "TOWN_NOUNS") | lexicon_words("places", ctx.lang, "AREA_NOUNS")
    if not any(t.lower_ in towns and t.pos_ == "NOUN" and t.dep_ != "compound" and any(
            c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType"))
            for c in t.children) and not any(k.pos_ == "PROPN" for c in t.children for k in c.subtree)
            for t in sent):
        return None
    before = [p for p in ctx.places if p.start < sent.start_char and not p.is_country and not p.by_context
              and not ctx.in_dateline(p.start) and not _not_the_place(ctx, p) and p.start not in ctx.carried]
    return before[-1] if before else None


def _cue_near(ctx: Context, tok_start: int, tok_end: int, sent: Span, labels: tuple[str, ...],
              after_only: bool = False):
    best = None
    for label, s, e in ctx.cues:
        if label not in labels or not (sent.start <= s < sent.end):
            continue
        # a cue after the number ("cinq autres blessés") beats one as close before it
        if after_only and s < tok_end:
            continue
        if ctx.doc[s:e].root.pos_ in ("VERB", "ADJ") and _denied_harm(ctx, ctx.doc[s:e].root):
            continue  # "A JOURNALIST, WHO WAS NOT HURT": no casualty word for the figure
        dist = s - tok_end if s >= tok_end else tok_start - e + 0.5
        if dist < 0:
            dist = 0
        if dist <= CUE_WINDOW_TOKENS and (best is None or dist < best[0]):
            best = (dist, label, s, e)
    return best


def _dead_acted_on_by(ctx: Context, s: int, e: int, noun) -> bool:
    """The casualty word from ``s`` to ``e`` is the object of a verb (through the verbs it completes) of a relative
    clause on ``noun``: "A resident who helped bury the dead", « Un habitant qui a aidé à enterrer les morts »: the
    person acts on the dead, who are others (h-frstories)."""
    tok = ctx.doc[s:e].root
    if tok.dep_ not in ("dobj", "obj"):
        return False
    verb = tok.head
    while verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("relcl", "acl:relcl") and verb.head.i == noun.i


def _noun_kind(ctx: Context, tok_start: int, tok_end: int) -> str | None:
    for label, s, e in ctx.cues:
        if s < tok_end and e > tok_start and label in ("CIV", "COMB", "PERSON", "DEATH", "INJURY"):
            return label
    return None


def _antecedent_kind(ctx: Context, sent: Span, before_tok: int) -> tuple[str | None, tuple[int, int] | None]:
    best = None
    for label, s, e in ctx.cues:
        if label in ("CIV", "COMB", "PERSON") and sent.start <= s < before_tok:
            best = (label, (s, e))
    return best if best else (None, None)


def _death_result_cues(ctx: Context) -> list[tuple[str, int, int]]:
    """ "shot to death", "hacked to death", "poignardés à mort": a verb of violence (a trigger)
    whose result complement is a word of death says the death itself, as "killed" does, so its
    subject, object or passive subject are the dead; a verb that is no act of violence ("sentenced
    to death") is not one."""
    preps = set(lexicon_words("events", ctx.lang, "DEATH_RESULT_PREPS"))
    dead = {i for label, s, e in ctx.cues if label == "DEATH" for i in range(s, e)}
    out = []
    for i in sorted(ctx.trigger_tokens):
        verb = ctx.doc[i]
        if verb.pos_ != "VERB" or i in dead:
            continue
        for c in verb.children:
            if c.lower_ in preps and c.dep_ == "prep":  # "to" -> "death"
                objs = [o for o in c.children if o.dep_ == "pobj"]
            elif c.dep_.startswith("obl") and any(k.dep_ == "case" and k.lower_ in preps for k in c.children):
                objs = [c]  # "à mort": the noun with its preposition as a case marker
            else:
                continue
            if any(o.i in dead for o in objs):
                out.append(("DEATH", i, i + 1))
                break
    return out


def _loss_cues(ctx: Context) -> list[tuple[str, int, int]]:
    """ "We lost 21 men", « l'armée a perdu 12 soldats », "lost 21 of its soldiers", « une vingtaine de soldats »: a
    verb of loss (``quantities_<lang>.LOSS_VERBS``) whose object is counted people (a figure on a noun of persons, or
    a figure whose "of/de" complement is one or a word of the side's own, ``LOSS_OWN_WORDS``: "12 of its own",
    « 21 des nôtres ») says their death, as "killed" does: a word of death over the verb. Not
    a loss of things ("lost two helicopters"), of no one counted ("lost contact", "lost ground", "lost their homes"),
    nor « perdu la vie », whose own word of death says it; nor a loss told in a relative clause on a person ("said
    Sani Musa, who lost two brothers in the attack"): who that person is, some of a toll told, no toll of its own."""
    loss = set(lexicon_words("quantities", ctx.lang, "LOSS_VERBS"))
    if not loss:
        return []
    own = set(lexicon_words("quantities", ctx.lang, "LOSS_OWN_WORDS"))
    people = {i for label, s, e in ctx.cues if label in PEOPLE_KINDS for i in range(s, e)}
    dead = {i for label, s, e in ctx.cues if label == "DEATH" for i in range(s, e)}
    figures = [q.start for q in ctx.quantities]
    out = []
    # a Token is made only for a verb whose lemma is one of loss (part of speech and lemma read from one array, each
    # lemma looked up once), as _groups_owning_up does
    strings, losing = ctx.doc.vocab.strings, {}
    for i, (pos, lemma) in enumerate(ctx.doc.to_array([POS, LEMMA]).tolist()):
        if pos != VERB or i in dead:
            continue
        hit = losing.get(lemma)
        if hit is None:
            hit = losing[lemma] = strings[lemma].lower() in loss
        if not hit:
            continue
        verb = ctx.doc[i]
        if verb.dep_ in ("relcl", "acl:relcl"):
            continue  # "said Sani Musa, who lost two brothers in the attack": who the speaker is, some of the toll told
        for obj in verb.children:
            # (a figure right after the verb the parse hangs on it as punctuation: « avoir perdu 21 de ses soldats »)
            if obj.dep_ not in ("obj", "dobj") and not (obj.pos_ == "NUM" and obj.i == verb.i + 1):
                continue
            # the figure counts the object: it starts in the object's phrase, at its head or before it
            lo, hi = obj.left_edge.idx, obj.idx + len(obj.text)
            if not any(lo <= f < hi for f in figures):
                continue
            # the persons counted: the object's noun, or its "of/de" complement ("21 of its soldiers")
            nouns = [obj] + [o for c in obj.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
            nouns += [c for c in obj.children if c.dep_.split(":")[0] == "nmod"]
            # (or the side's own, "lost 12 of its own", « 21 des nôtres »)
            if any(n.i in people and n.i not in dead or n.i != obj.i and (n.lower_ in own or n.lemma_.lower() in own)
                   for n in nouns):
                out.append(("DEATH", verb.i, verb.i + 1))
                break
    return out


def _casualty_cue(ctx: Context, token_indices) -> str | None:
    """ "DEATH" or "INJURY" when a casualty cue covers one of ``token_indices``, else None."""
    for label, s, e in ctx.cues:
        if label in ("DEATH", "INJURY") and any(s <= i < e for i in token_indices):
            return label
    return None


def _first_coordinated_noun(noun):
    """The first of the nouns coordinated with ``noun`` ("a lieutenant and five civilians": the
    lieutenant), which holds the clause role they share; ``noun`` itself when it is the first."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
        noun = noun.head
    return noun


RESULT_DEPS = ("oprd", "acomp", "xcomp")  # "shot dead": the word of the result the verb takes


def _governing_cue(ctx: Context, head: Span | None) -> str | None:
    """ "deux casques bleus de la Minusma ont été blessés": the counted noun (``head``), or the
    subject it is coordinated with ("a lieutenant and five civilians who were passing by were
    injured"), is the subject of a casualty verb, however far the verb is."""
    if head is None:
        return None
    noun = head.root
    while noun.dep_ in ("amod", "compound") and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "TWO FOREIGN JOURNALISTS", "two aid workers": the noun the figure's first word qualifies
    noun = _first_coordinated_noun(noun)
    if not noun.dep_.startswith("nsubj"):
        return None
    died = dying_after_state(noun, dying_words(ctx.lang))
    if died is not None and _casualty_cue(ctx, (died.i,)) == "DEATH":
        return "death"  # « Un passager, gravement brûlé, a succombé »: who died of the state told of him
    # the verb, or the result word it takes ("THREE MEN WHO ATTACKED A TAXI DRIVER ... WERE SHOT DEAD")
    label = _casualty_cue(ctx, (noun.head.i,) + tuple(
        c.i for c in noun.head.children if c.dep_.split(":")[0] in RESULT_DEPS))
    return None if label is None else "death" if label == "DEATH" else "injury"


OWN_VERB_AUXILIARIES = 3  # « ont été » between a bare figure and the verb of its own clause


def _own_verb_after(ctx: Context, span: Span):
    """The verb of the figure's own clause right after its auxiliaries ("and 14 were hurt", « et 14 ont
    été blessées », "and four were captured"), whatever the parse hangs the figure on; None when no
    auxiliary and verb follow it."""
    k = span.end
    while k < len(ctx.doc) and ctx.doc[k].pos_ == "AUX" and k < span.end + OWN_VERB_AUXILIARIES:
        k += 1
    if k == span.end and k < len(ctx.doc) and span.start > 0 and ctx.doc[span.start - 1].pos_ == "CCONJ" \
            and _elided_participle(ctx, ctx.doc[k]):
        # the auxiliaries elided after "and" ("20 were wounded and 35 detained", « et 87 interpellées », "and
        # nine missing"): the participle or adjective right after the figure
        return ctx.doc[k]
    if k == span.end or k >= len(ctx.doc) or ctx.doc[k].pos_ != "VERB":
        return None
    return ctx.doc[k]


def _elided_participle(ctx: Context, tok) -> bool:
    """``tok``, right after a figure after "and", is the participle or adjective of a clause whose
    auxiliaries are elided: tagged so, or a word joined to the verb before that the tagger reads as a noun
    (« 20 personnes ont été blessées et 35 arrêtées »), though no word of people nor "others"."""
    if tok.lower_ in ctx.m.quantities.OTHERS:
        return False  # « et cinq autres blessés »: the figure's noun, the word of what befell them after it
    if tok.dep_ in ("amod", "compound") and tok.head.i > tok.i:
        return False  # "and two armed men", "two rickshaw drivers": a word of the noun after it
    nxt = ctx.doc[tok.i + 1] if tok.i + 1 < len(ctx.doc) else None
    if tok.pos_ == "ADJ" and any(label in PEOPLE_KINDS and s <= tok.i < e for label, s, e in ctx.cues):
        return False  # « 3 soldats et 7 rebelles tués »: a word of people the tagger read as an adjective is the noun
    if tok.pos_ == "ADJ" or tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm"):
        # (the clause ends, goes on with where or when, "and 35 detained in the capital", or with the
        # participle's own complement, « et neuf portées disparues »)
        return nxt is None or nxt.is_punct or nxt.pos_ in ("ADP", "CCONJ") or nxt.head.i == tok.i and nxt.pos_ != "NOUN"
    # (a noun that ends the clause: not « et deux clients blessés », where the noun counts and the word after
    # says what befell them)
    return (nxt is None or nxt.is_punct) and tok.pos_ == "NOUN" and tok.dep_ == "conj" and tok.head.pos_ == "VERB" \
        and tok.head.i < tok.i and not any(label in PEOPLE_KINDS and s <= tok.i < e for label, s, e in ctx.cues)


def _figure_verb_cue(ctx: Context, span: Span) -> str | None:
    """ "killed 3 people and injured 17 others", "en a blessé 17 autres", "and 15 were hurt": the
    figure, or the noun it counts, is the object or the passive subject of a casualty verb of its
    own clause, which says what they suffered (the nearest casualty word may be the other clause's)."""
    verb = _figure_verb(ctx, span)
    if verb is None:
        return None
    label = _casualty_cue(ctx, (verb.i,))
    return None if label is None else "death" if label == "DEATH" else "injury"


def _object_of_another_verb(ctx: Context, span: Span) -> bool:
    """ "killing 12 people and displacing 3,000", « a tué 12 personnes et déplacé 3 000 habitants »: the
    figure, or the noun it counts, is the object of a verb of its own that is no casualty verb, which says
    what befell them; the casualty word of the other clause is not theirs."""
    verb = _figure_verb(ctx, span)
    if verb is None or verb.pos_ != "VERB" or _casualty_cue(ctx, range(verb.i, span.start)) is not None:
        return False  # (« endommageant le bâtiment et blessant quatre passants »: a casualty word between)
    if verb.lemma_.lower() in lexicon_words("quantities", ctx.lang, "LOSS_VERBS"):
        return False  # "killed 11 guerrillas and lost six soldiers": who was lost is dead
    # the verb joined to the casualty verb, whose own object the figure is ("the toll had reached fourteen"
    # is the toll)
    joined = [verb.head] if verb.dep_ == "conj" else []
    joined += [c for c in verb.children if c.dep_ == "conj"]
    if not any(_casualty_cue(ctx, (v.i,)) is not None for v in joined):
        return False
    tok = span.root
    if tok.dep_ in ("nummod", "det") and tok.head.i > tok.i:
        tok = tok.head  # « 3 000 habitants »: the French parse makes the figure's words determiners
    return tok.head.i == verb.i and tok.dep_ in ("obj", "dobj") \
        and not any(c.dep_ in RESULT_DEPS for c in verb.children)  # "left 12 people dead"


def _figure_verb(ctx: Context, span: Span):
    """The verb whose object or passive subject the figure ``span`` (or the noun it counts) is, the verb
    right before it, or the verb right after its auxiliaries; None when there is none."""
    tok = span.root
    if tok.dep_ == "nummod" and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ in VICTIM_DEPS and tok.head.pos_ in ("VERB", "AUX", "ADJ"):
        verb = tok.head
    elif span.start > 0 and ctx.doc[span.start - 1].pos_ == "VERB":
        verb = ctx.doc[span.start - 1]  # "en blessant 12 autres", which the parse may hang elsewhere
    else:
        # « Six personnes sont mortes et 14 ont été blessées »: the figure right before the auxiliaries
        # of a verb of its own is its subject, whatever the parse hangs it on (a conjunct of « mortes »)
        verb = _own_verb_after(ctx, span)
    return verb


ACTIVE_SUBJECT_DEPS = ("nsubj", "csubj")


COMITATIVE_HOPS = 3  # heads from the comitative's last word up to the verb ("with" -> "along" -> "killed")


def _comitative_verb(ctx: Context, q):
    """ "the mayor was killed along with two policemen", "tué avec neuf autres ouvriers": the
    casualty verb on which the comitative phrase (``quantities_<lang>.COMITATIVE_PREPS``) right
    before the figure ``q`` hangs, or None (no comitative, or one the parse hangs on a noun
    before it)."""
    figure = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if figure is None or figure.start == 0:
        return None
    # (a determiner may come between: « de même que ses deux fils », "along with his two sons")
    det = ctx.doc[figure.start - 1]
    end = det.idx if det.pos_ == "DET" and det.head.i != det.i and det.head.i > det.i else q.start
    before = " ".join(ctx.document.text[max(0, end - 30):end].lower().split())
    joiners = lexicon_words("quantities", ctx.lang, "VICTIM_LIST_JOINERS")
    said = [w for w in (*lexicon_words("quantities", ctx.lang, "COMITATIVE_PREPS"), *joiners)
            if before == w or before.endswith(" " + w)]
    if not said:
        return None
    tok = ctx.doc[figure.start - 1]
    for _ in range(COMITATIVE_HOPS):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok if _casualty_cue(ctx, (tok.i,)) is not None else None
        if tok.pos_ in ("NOUN", "PROPN") and tok.i < figure.start and tok.dep_ in ("obj", "dobj") and set(said) & joiners \
                and tok.head.pos_ == "VERB" and _casualty_cue(ctx, (tok.head.i,)) is not None:
            # « ont tué trois villageois de même que deux bergers »: hung on the object of the casualty verb, more of
            # the people it hit
            return tok.head
        if tok.pos_ != "ADP" and tok.i < figure.start:
            return None  # hung on a noun before it
    return None


def _companions(ctx: Context, found: list) -> list[Range]:
    """ "a trade union leader was killed along with nine other workers": the victims of the casualty
    verb that a figure of ``found`` joins by a comitative (see :func:`_comitative_verb`) add to it,
    one for each single person with no figure of their own (the leader: ten dead)."""
    out, verbs = [], set()
    for c in found:
        verb = _comitative_verb(ctx, c.quantity)
        if verb is None or verb.i in verbs:
            continue
        verbs.add(verb.i)
        victims = [t for t in verb.children if t.dep_ in VICTIM_DEPS]
        if verb.dep_.split(":")[0] == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            victims = [verb.head]  # "a trade union leader killed 13 days ago along with ..."
        elif not victims and verb.i > 0 and ctx.doc[verb.i - 1].pos_ in ("NOUN", "PROPN") and \
                "Past" in verb.morph.get("Tense") and not any(
                    c.dep_.startswith(("nsubj", "aux")) for c in verb.children):
            # the same participle after its noun, which the parse hangs elsewhere (and in capitals
            # may read as a finite verb with no subject)
            victims = [ctx.doc[verb.i - 1]]
        for v in victims:
            for t in _victim_group(v):
                single = "Sing" in t.morph.get("Number") or _name_read_as_plural(t, ctx.lang) or t.pos_ == "PROPN"
                counted = _has_figure(t) or any(t.left_edge.idx <= f.quantity.start and f.quantity.end <= t.idx + len(t)
                                                for f in found)  # "a teacher": its "a" is a figure already
                if single and not counted and (
                        _is_person(ctx, t) or _victim_noun(ctx, t) or _named_person(ctx, t)):
                    out.append(Range.exact(1))
    return out


# the ``what`` of an incident's quantities that count men of an armed group (no state force) among
# its dead or its wounded: in its toll, and said apart for MUC-4, whose targets they never are
ARMED_MEN_KILLED = "armed men killed"
ARMED_MEN_WOUNDED = "armed men wounded"


def _counts_armed_men(ctx: Context, q) -> bool:
    """The noun the figure ``q`` counts is a non-state armed actor ("THREE OF THE ATTACKERS", "TWO
    TERRORISTS", "trois des assaillants"; no state force, coalition or peacekeepers): the men of an
    armed group, killed or wounded in it."""
    hs = _head_span(ctx, q)
    if hs is None:
        return False
    return any(a.kind in NON_STATE and a.tok_start <= hs.root.i < a.tok_end for a in ctx.actors)


def _crime_doer_noun(ctx: Context, n) -> bool:
    """``n`` opens a noun of people named by the crime they do for gain (victims_<lang>.CRIME_DOER_NOUNS:
    "robbers", "bank robbers", « coupeurs de route »), the words after it included."""
    doc = ctx.doc
    while n.dep_ in ("amod", "nummod", "compound") and n.head.i > n.i and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head  # "four armed robbers": the figure's head read as "armed"
    for entry in lexicon_words("victims", ctx.lang, "CRIME_DOER_NOUNS"):
        words = entry.split()
        if n.i + len(words) <= len(doc) and [t.lower_ for t in doc[n.i:n.i + len(words)]] == words:
            return True
    return False


RELATIVE_TAGS = ("WP", "WDT")  # the English tagger's relative pronouns ("WHO", "THAT"), with no morph feature


def _doers_hit(ctx: Context, q) -> bool:
    """The people the figure ``q`` counts are told as the doers of an act of violence in their own
    clause: a relative clause on their noun whose subject is the relative pronoun ("TWO OF THE FIVE
    MEN WHO ATTACKED A BANK", « trois hommes qui avaient attaqué un chauffeur »), or a clause of
    violence hung on the verb that hit them, with no subject of its own or a pronoun for them ("THREE
    GUERRILLAS WERE WOUNDED ... AFTER THEY ATTACKED A POWER PLANT", « après avoir attaqué une
    centrale »). They are the act's own armed men, whoever hit them: no targets (MUC-4 1.0, 1a)."""
    hs = _head_span(ctx, q)
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    nouns = {t for t in ((hs.root if hs is not None else None), (span.root if span is not None else None)) if t is not None}
    crimes = lexicon_words("victims", ctx.lang, "CRIME_VERBS")

    def violent(v) -> bool:
        # or a crime for gain, not violent in itself ("TWO MEN WHO ROBBED A BUS", "after they held up a shop")
        return v.pos_ in ("VERB", "AUX") and (v.i in ctx.violent_tokens or v.lemma_.lower() in crimes
                                              or phrasal_lemma(v) in crimes)

    for n in nouns:
        if any(a.kind in FORCE_KINDS and a.tok_start <= n.i < a.tok_end for a in ctx.actors):
            continue  # "TWO POLICEMEN WERE KILLED AS THEY FOUGHT OFF THE ATTACKERS": the forces hit are targets
        if _crime_doer_noun(ctx, n):
            return True  # "POLICE SHOT DEAD THREE ROBBERS", « trois braqueurs abattus »: the doers of a crime
        for c in n.children:
            if c.dep_ in ("relcl", "acl:relcl") and violent(c) and any(
                    g.dep_ in ACTIVE_SUBJECT_DEPS and ("Rel" in g.morph.get("PronType") or g.tag_ in RELATIVE_TAGS)
                    for g in c.children):
                return True
        if n.dep_ in (*ACTIVE_SUBJECT_DEPS, *PASSIVE_SUBJECTS) and _casualty_cue(ctx, (n.head.i,)) is not None:
            for c in n.head.children:
                # active, with no subject or a personal pronoun for them ("WHEN THE VEHICLE ... WAS
                # MACHINEGUNNED" is done to them)
                subjects = [g for g in c.children if g.dep_ in (*ACTIVE_SUBJECT_DEPS, *PASSIVE_SUBJECTS, *PASSIVE_AUX_DEPS)]
                if c.dep_ == "advcl" and violent(c) and all(
                        g.dep_ in ACTIVE_SUBJECT_DEPS and g.pos_ == "PRON" and "Rel" not in g.morph.get("PronType")
                        and g.tag_ not in RELATIVE_TAGS for g in subjects):
                    return True
    if hs is None and span is not None:
        # a figure with no noun of its own counts the one of the figure before it in the sentence
        # ("KILLED TWO ROBBERS AND WOUNDED A THIRD", « deux braqueurs tués et un troisième blessé »)
        before = [p for p in ctx.quantities if p.head_start is not None and p.end <= q.start
                  and p.start >= span.sent.start_char]
        prev = _head_span(ctx, before[-1]) if before else None
        if prev is not None and _crime_doer_noun(ctx, prev.root):
            return True
    return False


LIST_GLUE_POS = ("PUNCT", "CCONJ", "DET", "ADP", "NUM")


def _listed_singles(ctx: Context, sent: Span, found: list, kind: str) -> list[Range]:
    """ "MAGISTRATE CARLOS ERNESTO VALENCIA AND THREE OF HIS ESCORTS WERE KILLED", "A PEASANT LEADER,
    SANTIAGO FLORES, HIS WIFE AND THEIR THREE CHILDREN WERE MASSACRED": the persons listed with the
    counted ones as the subject of a word of death or injury (``kind``), each one person with no
    figure of their own (a name with its role is one, :func:`one_person`), one more each. Read in the
    words: the list is victim mentions and counted phrases with only commas, coordinators,
    determiners and "of" between them, right before the verb (and its auxiliaries)."""
    doc = ctx.doc
    figs = [(c.quantity, _head_span(ctx, c.quantity)) for c in found]
    if not figs or any(h is None for _, h in figs):
        return []
    spans = [(doc.char_span(q.start, q.end, alignment_mode="expand"), h) for q, h in figs]
    if any(sp is None for sp, _ in spans):
        return []
    counted = [(sp.start, h.end) for sp, h in spans]
    people = one_person(doc, [v for v in ctx.victims if sent.start <= v.tok_start < sent.end], ctx.lang, ctx.place_spans)
    items = sorted([(a, b, None) for a, b in counted] + [(v.tok_start, v.tok_end, v) for v in people
                                                          if not any(v.tok_start < b and a < v.tok_end for a, b in counted)],
                   key=lambda x: x[0])
    for label, s, e in ctx.cues:
        if label != kind or not (sent.start <= s < sent.end):
            continue
        res = doc[s]
        if res.dep_.split(":")[0] in ("oprd", "xcomp", "acomp") and res.head.i < res.i and any(
                c.dep_ in ("auxpass", "aux:pass") for c in res.head.children):
            s = res.head.i  # "X AND TWO OF HIS FOREMEN WERE SHOT DEAD": the result said of the passive's subjects
        elif res.dep_.split(":")[0] in ("oprd", "xcomp", "acomp", "amod", "dobj", "obj", "pobj"):
            continue  # "LEFT HIS TWO BODYGUARDS DEAD": a result said of an object, no subject list
        verb = s
        while verb > sent.start and doc[verb - 1].pos_ in ("AUX", "ADV", "PART"):
            verb -= 1  # "WERE KILLED", "ont été tués", "were later killed"
        before = [it for it in items if it[1] <= verb]
        # the list: the items ending right before the verb, back to the first one not joined by glue
        chain, end = [], verb
        for it in reversed(before):
            gap = doc[it[1]:end]
            if any(t.pos_ not in LIST_GLUE_POS and not (t.pos_ == "PRON" and "Poss=Yes" in str(t.morph)) for t in gap):
                break
            chain.append(it)
            end = it[0]
        if not any(it[2] is None for it in chain):
            continue  # no figure in the list: the reading of a list without one stands
        if any(doc[it[0]:it[1]].root.dep_ in ("dobj", "obj") and doc[it[0]:it[1]].root.head.pos_ == "VERB"
               and doc[it[0]:it[1]].root.head.i < verb for it in chain):
            continue  # "abducted the wife of a trader and killed him": the object of another verb, no list of the hit
        if any(sp.start < end for sp, _ in spans if sp.start < verb and not any(it[0] <= sp.start < it[1] for it in chain)):
            continue  # a figure of the sentence before the list: not one list of the hit
        lo, hi = doc[end].idx, doc[verb].idx
        mine = {(q.start, q.end) for q, _ in figs}
        if any(lo <= q.start < hi and (q.start, q.end) not in mine for q in ctx.quantities):
            return []  # a breakdown ("SEVEN PERSONS--FIVE PEASANTS, A TEACHER AND A CHILD--"): counted already
        singles = [v for _, _, v in chain if v is not None and not v.others
                   and (doc[v.tok_start:v.tok_end].root.pos_ == "PROPN" or "Plur" not in doc[v.tok_start:v.tok_end].root.morph.get("Number"))]
        return [Range.exact(1) for _ in singles]
    return []


def _headline_bare_singles(ctx: Context, sent: Span, found: list, kind: str) -> list[Range]:
    """ "Gunmen kill priest, two parishioners in ...", « Des hommes armés tuent chef de village, deux fils »: in a
    headline, which drops its articles, a person noun with no figure and no determiner of its own, singular,
    listed right after a word of death or injury (``kind``) with counted ones (commas and coordinators only between
    them), is one person more each, as "a priest" would be. Read in the words, as :func:`_listed_singles`."""
    last = sent[-1]
    while last.is_space and last.i > sent.start:
        last = last.nbor(-1)
    if sent.start != ctx.sents[0].start or last.text in (".", "!", "?", "…") or nlp_mod.in_capitals(ctx.doc):
        return []  # a headline: the first sentence, with no full stop (a headline line, or a headline alone)
    doc = ctx.doc
    spans = [doc.char_span(c.quantity.start, c.quantity.end, alignment_mode="expand") for c in found]
    heads = [_head_span(ctx, c.quantity) for c in found]
    if not spans or any(sp is None for sp in spans) or any(h is None for h in heads):
        return []
    counted = [(sp.start, max(sp.end, h.end)) for sp, h in zip(spans, heads)]
    people = [v for v in ctx.victims if sent.start <= v.tok_start < sent.end
              and not any(v.tok_start < b and a < v.tok_end for a, b in counted)]
    items = sorted([(a, b, None) for a, b in counted] + [(v.tok_start, v.tok_end, v) for v in people],
                   key=lambda x: x[0])
    for label, s, e in ctx.cues:
        if label != kind or not (sent.start <= s < sent.end):
            continue
        chain, end = [], e
        for it in items:
            if it[0] < end:
                continue
            if any(t.pos_ not in ("PUNCT", "CCONJ") and "Poss=Yes" not in str(t.morph) for t in doc[end:it[0]]):
                break  # (a possessive before the counted ones: "village chief, his two sons")
            chain.append(it)
            end = it[1]
        if not any(it[2] is None for it in chain):
            continue
        singles = []
        for _, _, v in chain:
            if v is None or v.others:
                continue
            root = doc[v.tok_start:v.tok_end].root
            if root.pos_ != "NOUN" or "Plur" in root.morph.get("Number") or any(
                    c.dep_.split(":")[0] in ("det", "nummod", "poss") or c.pos_ in ("DET", "NUM") for c in root.children
                    if c.i < root.i):
                singles = []
                break  # "kill the priest, two parishioners", "their sons": not the bare list this reads
            singles.append(Range.exact(1))
        return singles
    return []


def _counts_a_speaker(ctx: Context, si: int, span: Span, head: Span | None) -> bool:
    """The figure and the noun it counts are the speaker of a claim of sentence ``si`` ("'Most of the wounded
    are children,' said a nurse at Al Nao hospital", « a déclaré une infirmière de l'hôpital »), with no word
    of the dead or the hurt in that noun's phrase ("two wounded soldiers said" are hit)."""
    if head is None:
        return False
    root = head.root
    toks = set(range(span.start, span.end)) | {root.i}
    for cm in ctx.claims:
        if cm.sent_start != ctx.sents[si].start_char or not toks <= cm.speaker_tokens:
            continue
        # the figure opens the speaker's words, or one run of them (a claim of responsibility and the sources
        # that tell it are one speaker's tokens: "ISWAP claimed an ambush ..., according to two security sources")
        first = span.start - 1 not in cm.speaker_tokens
        if not first and (root.head.idx != cm.verb_start
                          or not (root.dep_.startswith("nsubj") or root.dep_ == "obj" and root.i > root.head.i)):
            continue  # the subject of the verb of saying (« a déclaré une infirmière » may parse it an object,
            # « a raconté à l'AFP un habitant » an apposition of the AFP)
        # (not the dead a relative clause on the speaker acts on, "a resident who helped recover the bodies told
        # Reuters": what the speaker did, not the speaker hurt, :func:`_dead_acted_on_by`; "a man who was wounded
        # said" is hit)
        lo, hi = root.left_edge.i, root.right_edge.i + 1
        if not any(label in ("DEATH", "INJURY") and s < hi and lo < e and not _dead_acted_on_by(ctx, s, e, root)
                   for label, s, e in ctx.cues):
            return True
    return False


def _participle_said_of(tok, head: Span) -> bool:
    """``tok`` is a past participle with no object said of the counted noun ``head`` ("killed two soldiers captured
    near Djibo"): what was done to them, not an act they did."""
    return tok.dep_.split(":")[0] == "acl" and head.start <= tok.head.i < head.end and past_participle(tok) \
        and not any(c.dep_ in ("obj", "dobj") for c in tok.children)


def _counts_the_agent(ctx: Context, head: Span | None) -> bool:
    """ "Un gendarme a tué un civil", "two gunmen killed five": the counted noun (``head``) is the
    active subject of a casualty verb that has an object, so it counts who did it, not the dead;
    and "un homme abattu par un soldat": the agent complement of the casualty word."""
    if head is None:
        return False
    nxt = head.end
    if nxt < len(ctx.doc) and nxt in ctx.trigger_tokens and _casualty_cue(ctx, (nxt,)) is None and not any(
            t.dep_ in PASSIVE_SUBJECTS for t in head) and not _participle_said_of(ctx.doc[nxt], head) and any(
            a.armed and a.tok_start <= head.root.i < a.tok_end for a in ctx.actors):
        # "WHEN TWO GUNMEN OPENED FIRE ON THEM, KILLING BOTH", which the parse of capitals may make one noun
        # phrase: armed men counted right before the act's own word did it
        return True
    noun = head.root
    while noun.dep_ in ("amod", "compound") and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
        noun = noun.head  # "four masked individuals": the word after the figure modifies the counted noun
    # "l'un des ravisseurs a tué le chauffeur", "one of the gunmen killed ...": the noun counted hangs
    # on the "one" before it, which is the subject
    up = _phrase_head(noun)
    if noun.dep_ in ("nmod", "pobj") and up.i < noun.i and (up.pos_ in ("NUM", "PRON") or up.like_num):
        noun = up
    noun = _first_coordinated_noun(noun)  # "a lieutenant and five soldiers killed two rebels": all did it
    if _laid_on(ctx, noun):
        return True
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.dep_ == "advcl" and _casualty_cue(ctx, (verb.i,)) is None \
            and _casualty_cue(ctx, (verb.head.i,)) is not None:
        # "HE WAS KILLED WHEN TWO MEN OPENED FIRE ON HIS CAR", « il a été tué quand deux hommes ont tiré »:
        # the subject of the clause that tells how someone was hit did it
        return True
    # "four men shot and killed the labor leader": a verb conjoined to the subject's verb shares the
    # subject, and its object is the one it did it to
    shared = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
              and any(g.dep_ in ("obj", "dobj") for g in c.children)
              and not any(g.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") for g in c.children)]
    if noun.dep_ == "nsubj" and shared and not any(c.dep_ in ("obj", "dobj") for c in verb.children):
        # only the conjoined verb has an object: it alone tells whom the subject did it to ("two
        # waiters died and ... survived" is no deed of the waiters)
        return _casualty_cue(ctx, [v.i for v in shared]) is not None
    if noun.dep_ == "nsubj":
        agent = any(c.dep_ in ("obj", "dobj") for c in verb.children)
        if agent and verb.lemma_.lower() in lexicon_words("victims", ctx.lang, "LIFE_LOSING_VERBS") and \
                _casualty_cue(ctx, [c.i for c in verb.children if c.dep_ in ("obj", "dobj")]) == "DEATH":
            return False  # "18 people lost their lives in the massacre": who lost them died
    else:
        by = any(c.dep_ == "case" and c.lower_ in ctx.m.agent_markers for c in noun.children)
        agent = noun.dep_ in ("obl:agent", "agent") or (
            (noun.dep_ in ("obl", "obl:mod", "nmod", "pobj") or noun.dep_.startswith("obl:")) and by)
        if noun.dep_ == "pobj" and verb.lower_ in ctx.m.agent_markers:  # English: "by" heads its object
            agent, verb = True, verb.head
    # "shot dead": the cue may be the verb's complement (never a conjoined verb: "hit a mine and died")
    near = [verb.i, *(c.i for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp"))]
    if agent and noun.dep_ == "nsubj":
        # a result the act had on its object ("stabbed the prefect to death", "shot a teacher dead",
        # "ont battu à mort un enseignant"): the casualty word is said of the object, the subject did it
        for c in verb.children:
            if c.dep_ == "prep":
                near += [g.i for g in c.children if g.dep_ == "pobj"]
            elif c.dep_.split(":")[0] == "obl" and any(g.dep_ == "case" for g in c.children):
                near.append(c.i)
            elif c.dep_ in ("obj", "dobj"):
                # (or right after the verb, which the parse may hang on the object: "shot dead Judge X")
                near += [g.i for g in c.children if g.dep_ in ("amod", "acomp", "oprd") and (g.i > c.i or g.i == verb.i + 1)]
    if agent and noun.dep_ not in ("nsubj",):
        # "abattu à bout portant par un soldat": the parser may hang the agent on a modifier of
        # the casualty word
        up = verb
        for _ in range(2):
            if up.head.i == up.i or up.dep_.split(":")[0] not in ("acl", "obl", "advcl", "nmod"):
                break
            up = up.head
            near.append(up.i)
    return agent and _casualty_cue(ctx, near) is not None


def _laid_on(ctx: Context, noun) -> bool:
    """ "implicated two former bodyguards in the murder of ...", "four men accused of the massacre", "two soldiers
    who are involved in the killing", « deux militaires impliqués dans l'assassinat »: the counted noun is whom a
    predicate of ``events_<lang>.PERPETRATOR_PREDICATES`` lays a killing on (its object, subject, or the noun it
    qualifies), the suspects, not the dead."""
    preds = lexicon_words("events", ctx.lang, "PERPETRATOR_PREDICATES")
    if not preds:
        return False
    cands = [noun.head] if noun.dep_ in ("dobj", "obj") or noun.dep_.startswith("nsubj") else []
    cands += [c for c in noun.children if c.dep_.split(":")[0] in ("acl", "relcl")]
    for p in cands:
        if p.pos_ not in ("VERB", "ADJ") or (p.lemma_.lower() not in preds and p.lower_ not in preds):
            continue
        comps = [g.i for c in p.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        comps += [c.i for c in p.children if c.dep_.split(":")[0] == "obl"]
        if comps and _casualty_cue(ctx, comps) == "DEATH":
            return True
    return False


def _acted_on_unharmed(ctx: Context, figure: Span) -> bool:
    """ "guerrillas killed 43 peasants, kidnapped 32", "ambushed 20 soldiers, killing three": the
    counted people are what an event verb that is no casualty word did its act on (the object of
    its active voice, the subject of its passive), so they are the kidnapped or the attacked, not
    the dead or the wounded a casualty word near them might suggest."""
    noun = figure.root
    # "kidnapped a farmer": the article that counts one person too
    if noun.dep_ in ("nummod", "det") and noun.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        noun = noun.head
    verb = noun.head
    if noun.dep_ in ("pobj", "nmod") and _arrest_of(ctx, noun):
        return True  # "said 12 suspects had been arrested", « l'arrestation de 12 suspects »
    reasons = ctx.m.reason_preps
    if any(c.i in ctx.trigger_tokens and c.dep_.split(":")[0] in ("nmod", "obl") and any(
            k.dep_ == "case" and k.lower_ in reasons for k in c.children) for c in noun.children) or any(
            c.dep_ == "prep" and c.lower_ in reasons and any(g.i in ctx.trigger_tokens for g in c.children)
            for c in noun.children):
        return True  # « deux jeunes pour l'assassinat d'un chauffeur »: who is held for the act, not its dead
    if noun.dep_ not in ("dobj", "obj", "nsubjpass", "nsubj:pass") or verb.pos_ != "VERB" \
            or verb.i not in ctx.trigger_tokens and not _arrest_verb(ctx, verb):
        return False
    # "left 35 guerrillas dead": a casualty word said of them, on the verb or the noun
    near = [verb.i, noun.i, *(c.i for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")),
            *(c.i for c in noun.children if c.dep_ in ("amod", "acl", "relcl"))]
    # « les rebelles attaquent Bouar et tuent trois soldats »: a verb conjoined between the verb and its noun, with no
    # object of its own, is the one the noun is the object of (the parse hangs it on the first)
    near += [c.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and verb.i < c.i < noun.i
             and not any(k.dep_ in ("obj", "dobj") for k in c.children)]
    if noun.lower_ in ctx.m.figure_words:
        # « les FACA reprennent Bria, une dizaine de rebelles tués »: the participle said of the people a collective
        # counts, its "of" complement
        near += [g.i for c in noun.children if c.dep_.split(":")[0] in ("nmod", "pobj", "prep")
                 for g in (c, *c.children) if g.dep_ in ("amod", "acl", "relcl")]
    return _casualty_cue(ctx, near) is None


def _on_the_arrest(ctx: Context, d, trig: Trigger) -> bool:
    """The date hangs on a word of arrest (:func:`_arrest_verb`) and not inside the act's own phrase: "arrested two
    suspects on Monday for the murder of a shopkeeper" (not "for Sunday's murder", « le meurtre ... commis
    dimanche »)."""
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    act = ctx.doc[trig.tok_start:trig.tok_end].root
    tok = span.root
    for up in (tok, *tok.ancestors):
        if up.i == act.i:
            return False
        if _arrest_verb(ctx, up):
            return True
    return False


def _in_phrase_of(ctx: Context, d, trig: Trigger) -> bool:
    """The date's words are inside the phrase the trigger heads."""
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    act = ctx.doc[trig.tok_start:trig.tok_end].root
    return span is not None and act.is_ancestor(span.root)


def _arrest_verb(ctx: Context, tok) -> bool:
    """A word of arrest or detention (``victims_<lang>.ARREST_WORDS``: "arrested", « interpellés »,
    « l'arrestation »), trigger or not (an arrest in a crime is police work, no event of its own): the
    people it takes are no casualties ("Police gave a toll of 25 dead and said 12 suspects had been
    arrested")."""
    words = lexicon_words("victims", ctx.lang, "ARREST_WORDS")
    return tok.lemma_.lower() in words or tok.lower_ in words


def _arrest_of(ctx: Context, noun) -> bool:
    """``noun`` is the "of"/« de » complement of a noun of arrest (:func:`_arrest_verb`): « l'arrestation
    de 12 suspects », "the arrest of 12 suspects"."""
    head = noun.head
    if noun.dep_ == "pobj":  # "arrest" <- "of" <- "suspects"
        head = head.head
    return head.pos_ == "NOUN" and head.i != noun.i and _arrest_verb(ctx, head)


def _counts_events(ctx: Context, head: Span | None) -> bool:
    """ "a terrorist attack", "hundreds of individual murders": the word after the figure only
    modifies an event noun (a trigger or a casualty noun), so the figure counts acts, not people."""
    if head is None:
        return False
    tok = head.root
    if tok.dep_ not in ("amod", "compound") or tok.head.pos_ != "NOUN" or tok.head.i <= tok.i:
        return False
    noun = tok.head
    # an event noun ("attack", "murders"), not a participle the tagger took for a noun ("5 jeunes
    # camerounais tués")
    return noun.i in ctx.trigger_tokens and (noun.lemma_.lower() in ctx.m.event_words
                                             or noun.lower_ in ctx.m.event_words)


def _survival(ctx: Context, span: Span, head: Span | None) -> str | None:
    """ "TWO SURVIVED WITH SERIOUS WOUNDS", "deux ont survécu avec de graves blessures": "injury" when
    the figure (or the noun it counts) is the subject of a verb of survival with a complement of
    wounds, or counts survivors with one; "none" for the subject of a verb of survival without
    ("six died and two survived"); None when the figure counts no survivor."""
    surviving = lexicon_words("victims", ctx.lang, "SURVIVING_VERBS")
    survivors = lexicon_words("victims", ctx.lang, "SURVIVOR_NOUNS")
    for tok in [span.root] + ([head.root] if head is not None else []):
        verb = tok.head
        if tok.dep_.startswith(("nsubj", "expl:subj")) and verb.pos_ == "VERB" and (
                verb.lower_ in surviving or verb.lemma_.lower() in surviving):
            return "injury" if with_wounds(verb, ctx.lang) else "none"
        if tok.lower_ in survivors and with_wounds(tok, ctx.lang):
            return "injury"
    return None


SURVIVOR_GAP = 6  # the most words between a survivor's noun and a verb of survival left with no subject


def _survivor_count(ctx: Context, sent: Span) -> tuple[Range, list[tuple[int, int]]] | None:
    """The wounded a sentence tells as one person each who came out alive with wounds, with no figure
    ("A CUSTOMER, ROGELIO PINEDA, SURVIVED WITH WOUNDS IN HIS LEGS", "THE ONLY SURVIVOR, WITH GUNSHOT
    WOUNDS, WAS TAKEN TO HOSPITAL"): their number and the spans of their nouns; None when none, or a
    plural or a figure says how many (the figures are read as such)."""
    alive = []
    for t in wounded_survivors(sent, ctx.lang):
        if t.pos_ == "VERB":
            # a verb the parser left with no subject: the person named right before it
            # (a few words before, over its auxiliary, commas and an apposed name, no coordinator: "A
            # CUSTOMER, ROGELIO PINEDA, SURVIVED", "un client, Rogelio Pineda, a survécu")
            v = max((v for v in ctx.victims if sent.start <= v.tok_start and t.i - SURVIVOR_GAP <= v.tok_end <= t.i
                     and not any(w.pos_ == "CCONJ" for w in ctx.doc[v.tok_end:t.i])), key=lambda v: v.tok_end, default=None)
            t = None if v is None else next((w for w in ctx.doc[v.tok_start:v.tok_end] if w.pos_ in ("NOUN", "PROPN")), None)
            if t is None:
                return None
        alive.append(t)
    # a personal pronoun of one person is one too ("SHE SURVIVED WITH MINOR WOUNDS")
    if not alive or any((t.pos_ not in ("NOUN", "PROPN") and not (
            t.pos_ == "PRON" and t.lower_ in ctx.m.person_pronouns_singular - ctx.m.person_pronouns_plural))
            or "Plur" in t.morph.get("Number") or any(c.dep_ == "nummod" for c in t.children) for t in alive):
        return None
    return Range.exact(len(alive)), [(t.idx, t.idx + len(t)) for t in alive]


def _spared(ctx: Context, head: Span | None) -> bool:
    """ "failed to injure its five occupants", "without injuring", "sans blesser ses cinq occupants",
    "trois étudiants ont échappé aux blessures": the counted noun is the object of a casualty verb that
    is denied (``quantities_<lang>.NO_HARM_WORDS``: a verb of failure it complements, a preposition or
    negation on it), or the subject of a verb of escape (``ESCAPED_BEFORE``), so they were not hit."""
    if head is None:
        return False
    noun = head.root
    verb = noun.head
    escaped = lexicon_words("quantities", ctx.lang, "ESCAPED_BEFORE")
    if noun.dep_ in ("nsubj", "nsubj:pass") and (verb.lower_ in escaped or verb.lemma_.lower() in escaped):
        return True  # "trois étudiants ont échappé aux blessures": they escaped the hurt told near them
    # the verb is a casualty verb, or the noun a casualty word itself ("sans faire de victimes", "n'a pas
    # fait de victimes", "without causing casualties")
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or (
            _casualty_cue(ctx, (verb.i,)) is None and _casualty_cue(ctx, (noun.i,)) is None):
        return False
    if _harm_denied_on(ctx, verb):
        return True
    words = lexicon_words("quantities", ctx.lang, "NO_HARM_WORDS")
    up = verb.head
    return verb.dep_ in ("xcomp", "pcomp", "pobj", "advcl") and (up.lower_ in words or up.lemma_.lower() in words)


@dataclass
class Counted:
    category: str  # "death" | "injury" | "other"
    civilian: bool
    combatant: bool
    quantity: object
    what: str | None
    subset: bool = False


def _in_active_subject(tok) -> bool:
    """``tok`` is an active subject or the "of" complement of one ("a group of armed men", « un groupe
    d'hommes armés »)."""
    if tok.dep_ in ACTIVE_SUBJECT_DEPS:
        return True
    owner = _phrase_head(tok)
    return tok.dep_.split(":")[0] in ("pobj", "nmod") and owner.dep_ in ACTIVE_SUBJECT_DEPS


def classify_quantities(ctx: Context, si: int) -> list[Counted]:
    """What each figure of sentence ``si`` counts (computed once per sentence: the incident, the
    follow-up counts and the quantities list all ask)."""
    if si not in ctx.counted:
        counted = []
        for c in _classify_quantities(ctx, si):
            if c.category in ("death", "injury") and _superseded_figure(ctx, c.quantity):
                v = c.quantity.value
                if v.best is not None or v.low is None or v.high is None or v.low == v.high:
                    continue  # "the toll had risen from 28": the old toll, none now
                # "rose from 28 to 41", « est passé de 28 à 41 », read as one range: the toll it rose to
                c = replace(c, quantity=replace(c.quantity, value=Range.exact(v.high)))
            counted.append(c)
        ctx.counted[si] = counted
    return ctx.counted[si]


def _superseded_figure(ctx: Context, q) -> bool:
    """The figure is the one a toll changed from ("the toll had risen from 28", "rose from 28 to 41", « le bilan est
    passé de 28 à 41 morts »): a phrase of ``quantities_<lang>.SUPERSEDED_BEFORE`` ends right before it, in its
    sentence; no toll of its own (h-frstories)."""
    patterns = getattr(ctx.m.quantities, "SUPERSEDED_BEFORE", ())
    if not patterns:
        return False
    sent = ctx.sents[ctx.sent_of_char(q.start)]
    before = " ".join(ctx.document.text[max(sent.start_char, q.start - 60):q.start].lower().replace("\u2019", "'").split())
    return any(re.search(p, before) for p in patterns)


# what a figure of people taken, held, missing or freed counts (``Quantity.what``, docs/conventions.md, Counts)
TAKEN_KINDS = ("abducted", "arrested", "missing", "released")


@lru_cache(maxsize=16)
def _taken_words(lang: str, of_events: bool = True) -> dict[str, str]:
    """Word (lower-case form or lemma) -> the kind of people it says were taken, held, missing or freed
    (``quantities_<lang>.TAKEN_WORDS``, and, ``of_events``, ``victims_<lang>.ARREST_WORDS`` for "arrested": words of
    the act, "arrests", « interpellations », which as a figure's noun count acts, not people)."""
    try:
        kinds = dict(getattr(load_lexicon("quantities", lang), "TAKEN_WORDS", {}))
    except LexiconMissing:
        kinds = {}
    if of_events:
        kinds["arrested"] = lexicon_words("victims", lang, "ARREST_WORDS")
    return {w.lower(): kind for kind, words in kinds.items() for w in words}


def _taken_kind(ctx: Context, tok, of_events: bool = True) -> str | None:
    words = _taken_words(ctx.lang, of_events)
    return words.get(tok.lower_) or words.get(tok.lemma_.lower())


def _people_taken(ctx: Context, span: Span, hs: Span | None) -> str | None:
    """What befell the people figure ``span`` counts when it is to be taken, held, missing or freed (one of
    ``TAKEN_KINDS``), else None: they are the object or the passive subject of a word of ``_taken_words``
    ("abducted at least 35 people", « 35 personnes ont été enlevées », "and 10 abducted", "15 of the abducted were
    freed"), or the subject of a state it names ("20 others are missing", « trois autres sont portés disparus »), or
    their noun is one ("dozens of hostages", « des dizaines de disparus »). Not when a casualty word is said of them
    too ("abducted and killed five farmers"): the casualty wins."""
    verb = _figure_verb(ctx, span)
    if verb is None:
        # "20 others are missing": the counted noun is the subject of a verb whose state is told
        noun = hs.root if hs is not None else span.root
        if noun.dep_ in ("nummod", "det") and noun.head.i > noun.i:
            noun = noun.head
        # « deux soldats tués à Bouca, trois civils enlevés à Gadzi »: the participle said of the counted noun
        # itself, not the verb of the first noun it is coordinated with
        # (« trois humanitaires enlevés à Bria, un chauffeur tué »: the participle of a headline's counted noun that is
        # no subject and no preposition's, before the words of another noun after it; not "with 500 people abducted
        # since January")
        own = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > noun.i), None) \
            if noun.dep_ == "conj" or not noun.dep_.startswith("nsubj") and noun.head.pos_ != "ADP" and not any(
                c.dep_ == "case" for c in noun.children) else None
        noun = _first_coordinated_noun(noun)
        verb = own if own is not None else \
            noun.head if noun.dep_.startswith("nsubj") and noun.head.i != noun.i else None
    words = [verb, *(c for c in verb.children if c.dep_.split(":")[0] in RESULT_DEPS)] if verb is not None else []
    if verb is not None:
        # « ont pris en otage 12 personnes », "held 20 people as hostages": the state the verb puts them in
        preps = lexicon_words("quantities", ctx.lang, "TAKEN_STATE_PREPS")
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                words += [o for o in c.children if o.dep_ == "pobj"]
            elif c.dep_.startswith("obl") and any(k.dep_ == "case" and k.lower_ in preps for k in c.children):
                words.append(c)
    kind = next((k for k in map(lambda t: _taken_kind(ctx, t), words) if k), None)
    if kind is None and verb is not None and _taking_verb(ctx, verb):
        kind = "abducted"
    if kind is None and hs is not None and hs.root.pos_ in ("NOUN", "ADJ", "VERB"):
        kind = _taken_kind(ctx, hs.root, of_events=False)
    if kind == "abducted" and hs is not None and freed_by_release_noun(hs.root, ctx.m):
        kind = "released"  # "the release of 12 hostages", « la libération de 12 otages »: freed, not taken
    if kind is None:
        # "put the number of people kidnapped at 21", « a chiffré à 21 le nombre de personnes enlevées »: the figure is
        # the value of a number noun whose own words say what befell them
        number = _figure_noun(ctx, span)
        if number is None:
            return None
        told = [t for t in number.subtree if not (span.start <= t.i < span.end)]
        kind = next((k for k in (_taken_kind(ctx, t) for t in told if t.pos_ in ("VERB", "ADJ", "NOUN")) if k), None)
        if kind is None or _casualty_cue(ctx, [t.i for t in told]) is not None:
            return None
        return kind
    # (a casualty word on the people, or a verb joined after it that shares them, with no subject or object of its
    # own: "abducted and killed five farmers", "five farmers were abducted and killed"; not "35 people were killed
    # and 10 abducted", where the figure has its own verb)
    near = [t.i for t in words]
    if verb is not None:
        near += [c.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
            k.dep_.split(":")[0] in ("nsubj", "nsubjpass", "obj", "dobj") for k in c.children)]
    if hs is not None:
        near += [t.i for t in hs]
        # (or the act's noun their phrase is the complement of: "the execution of two hostages", « l'exécution de deux
        # otages »)
        noun = hs.root
        if noun.dep_.split(":")[0] in ("pobj", "nmod") and _phrase_head(noun).pos_ == "NOUN":
            near.append(_phrase_head(noun).i)
    return None if _casualty_cue(ctx, near) is not None else kind


def _taking_verb(ctx: Context, verb) -> bool:
    """``verb`` takes people away (``quantities_<lang>.TAKING_VERBS``: "18 people had been taken by gunmen", "eleven
    passengers were seized", « douze femmes ont été emmenées ») and the act is an abduction: the verb is a trigger of
    abduction ("taken by gunmen": taken by people not identified), or it is passive in a sentence that has one, or
    whose act an armed group (no state force) does ("Gunmen stormed the village and 18 people were taken"). Not
    "18 wounded were taken to hospital by the Red Cross"."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lexicon_words("quantities", ctx.lang,
                                                                                      "TAKING_VERBS"):
        return False
    if verb.i in ctx.taking_tokens:
        return True
    passive = any(c.dep_ in ("nsubjpass", "nsubj:pass", "auxpass", "aux:pass") for c in verb.children)
    if not passive:
        return False
    sent = verb.sent
    if any(sent.start <= i < sent.end for i in ctx.taking_tokens):
        return True
    # "Gunmen stormed the village and 18 people were taken": an armed group, no state force, the subject of the
    # sentence's act took them; not people taken somewhere ("18 people were taken to hospital", « emmenées à
    # l'hôpital »: ``quantities_<lang>.TAKEN_TO_PREPS``)
    to = lexicon_words("quantities", ctx.lang, "TAKEN_TO_PREPS")
    if any(c.dep_ == "prep" and c.lower_ in to or c.dep_.startswith("obl") and any(
            k.dep_ == "case" and k.lower_ in to for k in c.children) for c in verb.children):
        return False
    if any(a.armed and a.kind not in FORCE_KINDS and sent.start <= a.tok_start < sent.end
           and ctx.doc[a.tok_start:a.tok_end].root.dep_ in ACTIVE_SUBJECT_DEPS for a in ctx.actors):
        return True
    # (or the abduction told in the sentence right before, this one telling no act of its own: "Gunmen abducted at
    # least 227 pupils ... Governor Uba Sani said 187 pupils had been taken")
    si = ctx.sent_of_char(verb.idx)
    return si > 0 and any(ctx.sents[si - 1].start <= i < ctx.sents[si - 1].end for i in ctx.taking_tokens) \
        and not any(sent.start <= i < sent.end and i != verb.i for i in ctx.violent_tokens)


FIGURE_NOUN_WINDOW = 6  # tokens between a figure and the number noun it is the value of ("the number of people kidnapped at")


def _figure_noun(ctx: Context, span: Span):
    """The number noun (``quantities_<lang>.FIGURE_NOUNS``: "number", « nombre ») the figure ``span`` is the value of:
    the nearest one of its sentence within FIGURE_NOUN_WINDOW tokens, with no punctuation between; None when none."""
    nouns = lexicon_words("quantities", ctx.lang, "FIGURE_NOUNS")
    sent = span.sent
    best = None
    for t in sent:
        if t.pos_ != "NOUN" or t.lower_ not in nouns and t.lemma_.lower() not in nouns:
            continue
        a, b = (t.i + 1, span.start) if t.i < span.start else (span.end, t.i)
        if b - a <= FIGURE_NOUN_WINDOW and not any(w.is_punct for w in ctx.doc[a:b]) \
                and (best is None or b - a < best[0]):
            best = (b - a, t)
    return None if best is None else best[1]


def _classify_quantities(ctx: Context, si: int) -> list[Counted]:
    sent = ctx.sents[si]
    out = []
    # the people whose noun is also an event's trigger ("protesters", « manifestants »): counted, they are people
    crowds = lexicon_words("quantities", ctx.lang, "PEOPLE_TRIGGER_NOUNS")
    bare: set[int] = set()  # shares with no noun kept for :func:`_share_of_a_running_total`
    for q in _in_sent(ctx, si, ctx.quantities):
        span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
        hs = _head_span(ctx, q)
        taken = None if span is None or _counts_the_agent(ctx, hs) else _people_taken(ctx, span, hs)
        if taken is not None:
            # the people an abduction took, an arrest held, an attack left missing, a release freed: no casualties,
            # a count of their own (kept on the incident by :func:`_people_taken_counts`); the people of a counted
            # group said one by one ("Two traders, a man and his nephew, were abducted", « Deux commerçants, un homme
            # et son neveu, ont été enlevés ») are a part of it, no count more
            out.append(Counted("other", False, False, q, taken, _apposed_breakdown(ctx, q)))
            continue
        if span is None or _counts_the_agent(ctx, hs) or _acted_on_unharmed(ctx, span) or _spared(ctx, hs) \
                or _counts_events(ctx, hs) or _whole_of_a_part(ctx, q):
            continue
        if hs is not None and _members_apposed_to_armed(ctx, hs.start, hs.end):
            continue  # « deux guérilleros, tous deux membres des FPL »: the same men counted again
        if hs is not None and _weapon_noun(ctx, _modified_noun(hs.root)):
            continue  # "neutralised two roadside bombs", « deux engins explosifs »: weapons, no one hit
        if _counts_a_speaker(ctx, si, span, hs):
            continue  # "said a nurse at Al Nao hospital": who speaks, not who was hit
        survived = _survival(ctx, span, hs)
        if survived == "none":
            continue  # "six died and two survived": who survived is no dead
        head_kind, what = None, q.head
        if hs is not None and hs.root.lower_ in lexicon_words("quantities", ctx.lang, "MIXED_CASUALTY_NOUNS"):
            continue  # "sustained six casualties": the dead and the wounded together, neither toll
        if hs is not None:
            head_kind = _noun_kind(ctx, hs.start, hs.end)
        pos = None
        if head_kind is None and hs is not None and any(t.i in ctx.trigger_tokens and t.pos_ == "NOUN" and not (
                t.lower_ in crowds or t.lemma_.lower() in crowds) for t in hs):
            continue  # "dozens of arrests", "two attacks": the figure counts events, not casualties
        if head_kind is None and q.head is None:
            head_kind, pos = _antecedent_kind(ctx, sent, span.start)
            if pos is not None:
                what = ctx.doc[pos[0]:pos[1]].text
        verb_cue = _verb_right_before(ctx, span)
        direct = verb_cue is not None
        if verb_cue is None:
            verb_cue = _governing_cue(ctx, hs)
        if verb_cue is None:
            verb_cue = _figure_verb_cue(ctx, span)
            direct = verb_cue is not None
        own = _own_verb_after(ctx, span) if verb_cue is None and survived is None else None
        if own is not None and (q.head is None or hs is not None and hs.start <= own.i < hs.end):
            # (the participle an elided clause leaves may be read as the figure's noun: "and 35 detained")
            continue  # "TWO SOLDIERS DIED AND FOUR WERE CAPTURED", « 30 ont été arrêtés »: what befell them is said, no harm
        if direct and pos is not None and _in_active_subject(ctx.doc[pos[0]:pos[1]].root):
            # "gunmen ... killing two people and wounding 40 others": the others are more of
            # the people hit, not of the doer named as the subject before them ("a group of armed men
            # opened fire ..., killing seven" too)
            head_kind, pos, what = None, None, q.head
        joined = _comitative_verb(ctx, q)
        if joined is not None and span.start < joined.i and any(
                c.dep_ == "nsubj" and c.i < span.start for c in joined.children):
            continue  # "three soldiers, along with two policemen, killed a rebel": more of who did it
        if verb_cue is None and joined is not None and (head_kind in ("CIV", "COMB", "PERSON") or hs is None or any(
                _victim_noun(ctx, t) for t in hs)):
            # "killed along with nine other workers": the people joined to the verb's victim
            verb_cue = "death" if _casualty_cue(ctx, (joined.i,)) == "DEATH" else "injury"
        if survived == "injury":
            category = "injury"  # "two survived with serious wounds": the wounded
        elif head_kind != "DEATH" and hs is not None and with_wounds(hs.root, ctx.lang):
            # "We recovered 14 bodies and six people with gunshot wounds", « six personnes avec des blessures par
            # balle »: those the wounds are said of are the wounded, whatever the verb or the noun beside them
            category = "injury"
        elif head_kind == "INJURY" and _hurt_who_died(ctx, span, hs):
            category = "death"  # "TWO OF THE WOUNDED DIED LATER", « un blessé est décédé »: dead now
        elif head_kind in ("DEATH", "INJURY"):
            category = "death" if head_kind == "DEATH" else "injury"
        elif verb_cue is not None:
            category = verb_cue
        else:
            # "des dizaines d'autres blessées": "others" contrasts with the group before, so
            # what they suffered is said after
            others = q.head is None and any(w in ctx.document.text[q.end:q.end + 12].lower()
                                            for w in ctx.m.quantities.OTHERS)
            cue = None if _object_of_another_verb(ctx, span) else \
                _cue_near(ctx, span.start, span.end, sent, ("DEATH", "INJURY"), after_only=others)
            if cue is not None and hs is not None and _dead_acted_on_by(ctx, cue[2], cue[3], hs.root):
                cue = None  # "A resident who helped bury the dead said ...": the dead are not the resident
            if cue is None:
                # "six personnes, dont l'imam du village, tuées": the casualty word comes after the
                # incise that names some of them
                close = _incise_end(ctx, hs.end if hs is not None else span.end, sent)
                if close is not None:
                    cue = _cue_near(ctx, close, close + 1, sent, ("DEATH", "INJURY"), after_only=True)
            if cue is None and _total_so_far(ctx, q):
                # "The death toll from Sunday's attack on Bambari has risen to 30": the toll's own word, before the
                # words of the act it counts, however far
                cue = max(((0, label, s, e) for label, s, e in ctx.cues if label in ("DEATH", "INJURY")
                           and sent.start <= s and e <= span.start), key=lambda c: c[2], default=None)
            if cue is None and pos is not None and not others:
                # "the number of civilians killed … has risen to 21": the counted noun, said
                # before the number, carries the casualty word ("10 autres portés disparus" after
                # "5 jeunes tués" are not dead: "others" take what is said after them)
                near = _cue_near(ctx, pos[0], pos[1], sent, ("DEATH", "INJURY"), after_only=True)
                cue = near if near is not None and near[0] <= ANTECEDENT_CUE_TOKENS else None
            category = "other" if cue is None else ("death" if cue[1] == "DEATH" else "injury")
        civilian = head_kind == "CIV"
        if head_kind in (None, "DEATH", "INJURY") and _share_named_civilian(ctx, q):
            # "Four of them were children", « Quatre d'entre eux étaient des enfants », "Four of the dead were
            # children": a share of a toll whose predicate names civilians; a pronoun's share ("of them") is of the
            # toll told last before it, in its sentence or the one before
            if category == "other" and head_kind is None:
                category = _toll_category_before(ctx, si, q, out) or "other"
            civilian = category != "other"
        if category == "other" and head_kind is None:
            if _counts_no_noun(ctx, q, hs) and _is_subset(ctx, q) \
                    and _day_of_a_share(ctx, q, sent) is not None:
                # « plus de 200 personnes depuis janvier, dont cinq dimanche à Djibo »: a share with no noun (the day
                # after it is none) and a day of its own, read as of the toll before it below
                # (:func:`_share_of_a_running_total`), else left out
                out.append(Counted(category, False, False, q, None, True))
                bare.add(q.start)
            continue  # a number with nothing counted that we know of
        if not civilian and category in ("death", "injury") and hs is not None and _among_civilians(ctx, hs.end, sent):
            civilian = True  # « faisant au moins six morts parmi les civils », "six dead among civilians"
        out.append(Counted(category, civilian, head_kind == "COMB", q, what, _is_subset(ctx, q)))
    # a part ("four of them children") does not add to a total of the same kind in the sentence; the
    # people said one by one in apposition, civilians all, make the total civilians ("les deux victimes,
    # un étudiant et un vendeur ambulant")
    for c in out:
        parts = [p for p in out if p.subset and p.category == c.category and _apposed_breakdown(ctx, p.quantity, c.quantity)]
        if not c.subset and parts and all(p.civilian for p in parts):
            c.civilian = True
    for c in out:
        if c.subset and c.category == "other" and c.what not in TAKEN_KINDS:
            # "killed 12 people, including the village chief and two children": a share read with no casualty word
            # of its own (the person listed before it), right after a toll, is of that toll's people
            total = next((t for t in reversed(out) if not t.subset and t.category in ("death", "injury")
                          and t.quantity.end <= c.quantity.start), None)
            if total is not None and (_right_after_the_toll(ctx, total, c) or _next_in_the_share(ctx, out, total, c)):
                c.category = total.category
    out = _share_of_a_running_total(ctx, sent, out)
    out = [c for c in out if not (c.category == "other" and c.quantity.start in bare)]
    totals = {c.category for c in out if not c.subset}
    ctx.parts[si] = [c for c in out if c.subset and c.category in totals]
    out = [c for c in out if not (c.subset and c.category in totals)]
    # the speaker's own people among a toll told in a sentence before ("... killing more than 100 people, the U.N.
    # said. Relief International said nine of its staff had been killed"): a part of that toll, no toll of their own
    own = [c for c in out if c.subset and c.category in ("death", "injury") and _speakers_own_people(ctx, c.quantity, sent)]
    if own and any(not t.subset and t.category == c.category and (t.quantity.value.low or 0) >= (c.quantity.value.best or 0)
                   for sj in range(max(0, si - OWN_PEOPLE_LOOKBACK), si) for t in classify_quantities(ctx, sj)
                   for c in own):
        ctx.parts[si] = [*ctx.parts[si], *own]
        out = [c for c in out if not any(c is o for o in own)]
    # "a total of six" tallies several acts: the sentence's own figure of the same kind is the toll
    # ("the murder of two more engineers"), the tally is never added to it
    tallies = [c for c in out if _is_tally(ctx, c.quantity)]
    own = {c.category for c in out if c not in tallies}
    return [c for c in out if not (c in tallies and c.category in own)]


def _among_word(ctx: Context, i: int, end: int) -> int | None:
    """The word a preposition of ``quantities_<lang>.AMONG_PREPS`` at token ``i`` ("among", « parmi ») says whom the
    people counted were among, past its determiners ("among the soldiers", « parmi les civils »), before token
    ``end``; None when token ``i`` is no such preposition."""
    doc = ctx.doc
    if i >= end or doc[i].lower_ not in lexicon_words("quantities", ctx.lang, "AMONG_PREPS"):
        return None
    k = i + 1
    while k < end and doc[k].pos_ == "DET":
        k += 1
    return k if k < end else None


def _among_civilians(ctx: Context, i: int, sent: Span) -> bool:
    """The words from token ``i`` (right after a figure's noun) say whom they were among (:func:`_among_word`), a word
    of civilians ("six dead among civilians", « six morts parmi les civils »; the CIV cues)."""
    k = _among_word(ctx, i, sent.end)
    return k is not None and any(label == "CIV" and s <= k < e for label, s, e in ctx.cues)


def _counts_no_noun(ctx: Context, q, hs: Span | None) -> bool:
    """Figure ``q`` counts no noun of its own: none was read, or the word read as its noun is no noun ("five at the
    market", "five of them") or a date's word (« dont cinq dimanche »: the day the five were killed)."""
    return q.head is None or hs is None or hs.root.pos_ not in ("NOUN", "PROPN") \
        or any(d.start <= hs.root.idx < d.end for d in ctx.dates)


def _day_of_a_share(ctx: Context, q, sent: Span):
    """The date of one day told after share ``q`` in its sentence, before any other figure ("including five killed at
    the market in Djibo on Sunday", « dont cinq dimanche au marché de Djibo »): not one that opens a period, nor a
    dateline's; None when none."""
    nxt = min((x.start for x in ctx.quantities if sent.start_char <= x.start < sent.end_char and x.start > q.start),
              default=sent.end_char)
    return next((d for d in ctx.dates if q.end <= d.start < nxt and d.kind != "anaphoric" and not ctx.in_dateline(d.start)
                 and getattr(d, "value", None) is not None and _grain(ctx, d) == "day" and not _opens_a_period(ctx, d)),
                None)


def _day_of_the_share_told(ctx: Context, si: int):
    """The day of the share of a running total that sentence ``si`` tells as its act's toll
    (:func:`_share_of_a_running_total`), else None."""
    shares = [c for c in classify_quantities(ctx, si) if c.quantity.start in ctx.shares_of_totals]
    return _day_of_a_share(ctx, shares[0].quantity, ctx.sents[si]) if shares else None


def _share_of_a_running_total(ctx: Context, sent: Span, out: list[Counted]) -> list[Counted]:
    """ "Since January, jihadists have killed more than 200 people in the region, including five killed at the market
    in Djibo on Sunday", « Depuis janvier, les jihadistes ont tué plus de 200 personnes dans la région, dont cinq
    dimanche au marché de Djibo »: a toll dated before it only by the start of a period of a month or more
    (:func:`_opens_a_period`; no day before the share) is a running total, and the share of it told with a day of its
    own (:func:`_day_of_a_share`) is the act of the story: its figure is the toll, the total none (``out``: the
    sentence's figures, the share marked a subset)."""
    for part in [c for c in out if c.subset and c.category in ("other", "death", "injury")]:
        totals = [t for t in out if not t.subset and t.category in ("death", "injury")
                  and t.quantity.end <= part.quantity.start]
        total = next((t for t in reversed(totals) if part.category in ("other", t.category)), None)
        if total is None or part.category not in ("other", total.category) or _day_of_a_share(ctx, part.quantity, sent) is None:
            continue
        before = [d for d in _in_sent(ctx, ctx.sent_of_char(part.quantity.start), ctx.dates)
                  if d.start < part.quantity.start and d.kind != "anaphoric" and not ctx.in_dateline(d.start)
                  and getattr(d, "value", None) is not None]
        if not before or any(not _opens_a_period(ctx, d) or _grain(ctx, d) in ("day", "week") for d in before):
            continue
        if part.category == "other" and any(total.quantity.end <= q.start < part.quantity.start for q in ctx.quantities):
            continue  # a share with no noun is of the figure right before it
        part.category, part.subset = total.category, False
        ctx.shares_of_totals.add(part.quantity.start)
        part.civilian = part.civilian or total.civilian and part.what is None
        # (the total's other figures before the share are of the period too: "have killed more than 200 people and
        # wounded 300 in the region, including five killed ... on Sunday")
        return [c for c in out if not any(c is t for t in totals)]
    return out


def _share_named_civilian(ctx: Context, q) -> bool:
    """Figure ``q`` is a share ("Four of them", « Quatre d'entre eux », "Four of the dead":
    ``quantities_<lang>.SUBSET_AFTER`` right after it), the subject of a copula whose predicate noun is a word of
    civilians ("were children", « étaient des enfants »)."""
    after = ctx.document.text[q.end:q.end + 30].lower().lstrip()
    if not any(after.startswith(w) for w in ctx.m.quantities.SUBSET_AFTER):
        return False
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if tok.dep_ in ("nummod", "det") and tok.head.i > tok.i:
        tok = tok.head  # « Quatre d'entre eux »: the pronoun the figure numbers is the subject
    if any(c.dep_ == "cop" for c in tok.children) and any(
            c.dep_.startswith("nsubj") and span.end <= c.i < tok.i for c in tok.children):
        preds = [tok]  # (the parse may hang the figure on the predicate itself, its pronoun the subject)
    elif not tok.dep_.startswith("nsubj") or tok.head.i == tok.i:
        return False
    else:
        head = tok.head
        preds = [head] if any(c.dep_ == "cop" for c in head.children) else [
            c for c in head.children if c.dep_ == "attr"]
    return any(p.pos_ in ("NOUN", "PROPN") and _noun_kind(ctx, p.i, p.i + 1) == "CIV" for p in preds)


def _toll_category_before(ctx: Context, si: int, q, own: list[Counted]) -> str | None:
    """The category ("death", "injury") of the last whole toll told before figure ``q``: in its own sentence
    (``own``, the figures of sentence ``si`` read so far), else in the sentence before; None when none."""
    before = [c for c in own if not c.subset and c.category in ("death", "injury") and c.quantity.end <= q.start]
    if not before and si > 0:
        before = [c for c in classify_quantities(ctx, si - 1) if not c.subset and c.category in ("death", "injury")]
    return before[-1].category if before else None


def _verb_right_before(ctx: Context, span: Span) -> str | None:
    """ "tuant deux passants et blessant quinze personnes", "endommageant le bâtiment et blessant quatre
    passants": a casualty verb right before the figure is what befell the people counted, whatever
    the parse hangs the figure on (it may make "blessant" a conjunct of the noun before)."""
    if span.start == 0:
        return None
    verb = ctx.doc[span.start - 1]
    if verb.pos_ != "VERB":
        return None
    cue = _casualty_cue(ctx, (verb.i,))
    return None if cue is None else ("death" if cue == "DEATH" else "injury")


def _is_tally(ctx: Context, q) -> bool:
    before = " ".join(ctx.document.text[max(0, q.start - 20):q.start].lower().split())
    return any(before.endswith(w) for w in getattr(ctx.m.quantities, "TOTAL_BEFORE", ()))


def _apposed_breakdown(ctx: Context, q, total=None) -> bool:
    """ "TWO U.S. CITIZENS, A NURSE AND A DOCTOR, WERE SHOT DEAD", « Deux humanitaires, une infirmière et un
    chauffeur, ont été abattus »: the figure's noun (or the first of the nouns coordinated with it) is in
    apposition to a noun a figure counts: the same people said one by one, not more of them."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if tok.dep_ in ("det", "nummod") and tok.head.i > tok.i:
        tok = tok.head
    noun = _first_coordinated_noun(tok)
    sibling = _unmarked_apposition(ctx, noun)
    if sibling is not None and sibling.i != noun.head.i:
        # « Deux commerçants, un homme et son neveu, ont été enlevés »: parsed as a second subject of the verb
        if total is None:
            return True
        of = ctx.doc.char_span(total.start, total.end, alignment_mode="expand")
        return of is not None and any(t.i == sibling.i or t.head.i == sibling.i for t in of)
    apposed = noun.dep_ == "appos" or sibling is not None
    if total is not None:  # apposed to the noun that figure counts
        of = ctx.doc.char_span(total.start, total.end, alignment_mode="expand")
        if of is None or not apposed or not any(t.head.i == noun.head.i or t.i == noun.head.i for t in of):
            return False
    if not (apposed and noun.head.i < noun.i and any(
            c.dep_ == "nummod" or c.like_num and c.i < noun.head.i for c in noun.head.children)):
        return False
    return total is not None or not _second_counted_group(ctx, q, noun)


def _unmarked_apposition(ctx: Context, noun):
    """The counted noun ``noun`` tells one by one, when it hangs on it with no preposition, right after a comma, and
    the parts it lists, closed by a comma, add up to that noun's figure: « Deux humanitaires, une infirmière et un
    chauffeur, ont été tués », which the French parse reads as a ``nmod`` of « humanitaires », or « Deux
    commerçants, un homme et son neveu, ont été enlevés », read as a second subject of the verb, not an apposition.
    One person for each part with an article or none, a part's own figure else. None when it is no such list."""
    head = noun.head
    if noun.dep_.split(":")[0] == "nsubj":
        # a second subject of the same verb, the counted one right before it
        head = next((c for c in reversed(list(noun.head.children)) if c.i < noun.i and c.dep_ == noun.dep_
                     and c.pos_ in ("NOUN", "PROPN")), None)
        if head is None:
            return None
    elif noun.dep_.split(":")[0] != "nmod" or head.i >= noun.i or head.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ == "case" for c in noun.children):
        return None
    first = min([noun.i] + [c.i for c in noun.children if c.i < noun.i])
    if first == 0 or ctx.doc[first - 1].text != "," or ctx.doc[first - 1].i <= head.i \
            or head.pos_ not in ("NOUN", "PROPN") or first - 1 != head.right_edge.i + 1 and noun.head.i != head.i:
        return None
    parts = [noun] + [c for c in noun.subtree if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    end = max(p.right_edge.i for p in parts) + 1
    if end >= len(ctx.doc) or ctx.doc[end].text != ",":
        return None  # the list closed by a comma: an incise, not a second group of a headline
    def figure(tok) -> float | None:
        return next((x.value.best for x in ctx.quantities if any(
            (c.dep_ == "nummod" or c.like_num) and x.start <= c.idx < x.end for c in tok.children)), None)
    total = figure(head)
    if total is None:
        return None
    count = 0
    for p in parts:
        if "Plur" in p.morph.get("Number"):
            f = figure(p)
            if f is None:
                return None
            count += f
        else:
            count += 1
    return head if count == total else None


def _second_counted_group(ctx: Context, q, noun) -> bool:
    """A headline's list of the dead by a comma ("Two peacekeepers, three rebels killed in ambush", « deux casques
    bleus, trois rebelles tués »): the apposed noun ``noun`` that figure ``q`` counts stands alone (no noun
    coordinated with it: « deux humanitaires, une infirmière et un chauffeur » tells the two one by one) and its
    figure is not the figure of the noun it is apposed to (« deux soldats, deux casques bleus » says the same two
    again): a second group of people, no breakdown of the first."""
    if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in noun.children) or q.value.best is None:
        return False
    head = noun.head
    figs = [x for x in ctx.quantities if x is not q and any(
        (c.dep_ == "nummod" or c.like_num and c.i < head.i) and x.start <= c.idx < x.end for c in head.children)]
    return len(figs) == 1 and figs[0].value.best is not None and figs[0].value.best != q.value.best


def _is_subset(ctx: Context, q) -> bool:
    lx = ctx.m.quantities
    before = ctx.document.text[max(0, q.start - 25):q.start].lower()
    after = ctx.document.text[q.end:q.end + 20].lower().lstrip()
    if any(before.rstrip(" ,").endswith(w) for w in lx.SUBSET_BEFORE) or any(
            after.startswith(w) for w in lx.SUBSET_AFTER):
        return True
    sent = ctx.sents[ctx.sent_of_char(q.start)]
    inner = " ".join(ctx.document.text[q.start:q.end].lower().split())
    if any(" " + w in inner for w in lx.SUBSET_AFTER) and any(
            sent.start_char <= o.start and o.end <= q.start for o in ctx.quantities):
        # "Three peacekeepers were wounded, one of them seriously", « trois blessés, deux d'entre eux grièvement »:
        # the figure's own words take in the pronoun of the part, after a figure of its sentence
        return True
    rest = " ".join(ctx.document.text[q.end:sent.end_char].lower().split())
    head = " ".join(ctx.document.text[sent.start_char:q.start].lower().split())
    if any(w in rest or head.startswith(w) for w in getattr(lx, "SUBSET_OF_TOLL", ())):
        # "three children were among the dead", « trois enfants figurent parmi les morts », and the sentence that
        # opens on it: "Among the dead were four children", « Parmi les victimes figurent quatre enfants »
        return True
    # further in the same incise: "trois personnes, dont deux garçons et une femme, tuées"
    clause = ctx.document.text[sent.start_char:q.start]
    if _in_breakdown(ctx, clause, sent.start_char) or _comma_breakdown(ctx, q, sent) or _colon_breakdown(ctx, q, sent) \
            or _apposed_breakdown(ctx, q):
        return True
    comma = clause.rfind(",")
    if comma != -1 and any(clause[comma + 1:].lower().lstrip().startswith(w + " ") for w in lx.SUBSET_BEFORE):
        return True
    return _subset_word_breakdown(ctx, clause, sent.start_char) or _later_item_of_a_share(ctx, q, sent) \
        or _listed_among_the_dead(ctx, q, sent) or _speakers_own_people(ctx, q, sent)


OWN_PEOPLE_LOOKBACK = 3  # sentences before a figure of a speaker's own people where the toll it is part of is told


def _speakers_own_people(ctx: Context, q, sent: Span) -> bool:
    """Figure ``q`` counts some of the speaker's own people ("Relief International said nine of its staff had been
    killed", « neuf de ses employés avaient été tués »: the figure's "of" complement has a possessive of
    ``actors_<lang>.SELF_POSSESSIVES``, the sentence a speaker that is an organisation and no armed side): those of the
    toll it counts as its own, a part of the toll, not another source's toll of the act."""
    span = _head_span(ctx, q)
    if span is None:
        return False
    possessives = lexicon_words("actors", ctx.lang, "SELF_POSSESSIVES")
    partitive = lexicon_words("events", ctx.lang, "COMPLEMENT_PREPS")
    noun = span.root
    if noun.dep_ == "pobj" and noun.head.lower_ in partitive:
        fig = noun.head.head  # "nine of its staff"
    elif any(c.dep_ == "case" and c.lower_ in partitive for c in noun.children):
        fig = noun.head  # « neuf de ses employés »
    else:
        return False
    own = q.start <= fig.idx < q.end and any(
        d.lower_ in possessives and d.dep_.split(":")[0] in ("det", "poss", "nmod") for d in noun.children)
    # (an organisation that is no armed side: a side's word of its own fighters' dead, "The rebel group said only six of
    # its fighters died" after the army's 40 rebels killed, is its toll of those the act hit, disputing)
    armed = {a.name for a in ctx.actors if a.armed}
    return own and any(c.sent_start == sent.start_char and c.organisation and c.organisation not in armed
                       for c in ctx.claims)


def _listed_among_the_dead(ctx: Context, q, sent: Span) -> bool:
    """Figure ``q`` counts the object of a verb that lists who the dead were (``victims_<lang>.LISTING_VERBS``) whose
    subject is a word for the dead (``DEAD_COLLECTIVES``) or the dead named again by a participle
    (:func:`victims.dead_told_again`): "The dead included two children, a local official said", "Those killed
    included two children": a part of the toll, however a speaker after it is read."""
    span = _head_span(ctx, q)
    if span is None:
        return False
    noun = span.root
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head  # (a later item of the list: "the dead included a woman and her three children")
    verb = noun.head
    listing = lexicon_words("victims", ctx.lang, "LISTING_VERBS")
    if noun.dep_ not in ("dobj", "obj") or not (verb.lemma_.lower() in listing or verb.lower_ in listing):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    dead = lexicon_words("victims", ctx.lang, "DEAD_COLLECTIVES")
    again = set(dead_told_again(ctx.doc, sent, ctx.lang))
    return subj.lower_ in dead or subj.lemma_.lower() in dead or any(t.i in again for t in subj.subtree)


def _later_item_of_a_share(ctx: Context, q, sent: Span) -> bool:
    """Figure ``q`` counts a later item of a list a subset word opens ("including a farmer, his wife and three
    children", « dont un cultivateur, sa femme et leurs trois enfants »): its noun is a conjunct (``conj``, climbed
    to the first) of a noun right after a subset word (``quantities_<lang>.SUBSET_BEFORE``), commas between the
    items or not."""
    span = _head_span(ctx, q)
    if span is None:
        return False
    tok = span.root
    if tok.dep_ != "conj":
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.i < tok.i:
        tok = tok.head
    # (the first item's phrase from its article: « dont un cultivateur » may hang « dont » on the noun)
    start = min([tok.i] + [c.i for c in tok.children if c.i < tok.i and c.dep_.split(":")[0] in (
        "det", "nummod", "amod", "poss", "compound")])
    if start < sent.start:
        return False
    before = " " + " ".join(ctx.document.text[sent.start_char:ctx.doc[start].idx].lower().split()).rstrip(" ,")
    return any(before.endswith(" " + w) for w in ctx.m.quantities.SUBSET_BEFORE)


def _subset_word_breakdown(ctx: Context, clause: str, offset: int) -> bool:
    """``clause`` (the sentence up to a figure, from char ``offset``) ends inside a breakdown that a subset word
    (``quantities_<lang>.SUBSET_BEFORE``) opens with no comma right after a total's noun, the figure a later part of
    it (« trois morts dont un soldat et deux rebelles à Bouar », "three dead including a soldier and two rebels"): no
    mark since the subset word."""
    low = clause.lower()
    for w in ctx.m.quantities.SUBSET_BEFORE:
        at = low.rfind(f" {w} ")
        if at == -1 or any(c in clause[at:] for c in ".;:,()"):
            continue
        totals = [q for q in ctx.quantities if offset <= q.start and q.end <= offset + at]
        if totals and len(ctx.document.text[totals[-1].end:offset + at].split()) <= BREAKDOWN_HEAD_WORDS:
            return True
    return False


def _in_breakdown(ctx: Context, clause: str, offset: int) -> bool:
    """``clause`` (the sentence up to a figure, from char ``offset``) ends inside an incise that a mark
    of ``BREAKDOWN_OPENERS`` opens right after a figure's counted noun ("THREE TEACHERS--TWO
    COLOMBIANS AND ONE ECUADORIAN", "five farmers (three brothers and two cousins"), not closed."""
    marks = getattr(ctx.m.quantities, "BREAKDOWN_OPENERS", {})
    best = None
    for opener, closer in marks.items():
        at = clause.rfind(opener)
        if at != -1 and (best is None or at > best[0]):
            best = (at, opener, closer)
    if best is None:
        return False
    at, opener, closer = best
    if closer in clause[at + len(opener):] or opener == closer and clause.count(opener) % 2 == 0:
        return False  # the incise closed before the figure (a dash closes what the one before opened)
    # a figure counts something just before the mark: the total the incise breaks down
    before = [q for q in ctx.quantities if offset <= q.start and q.end <= offset + at]
    if not before:
        return False
    gap = ctx.document.text[before[-1].end:offset + at]
    return len(gap.split()) <= 3 and not any(c in gap for c in ".;:")


BREAKDOWN_HEAD_WORDS = 3  # words between a total and the comma that opens its breakdown


def _comma_breakdown(ctx: Context, q, sent: Span) -> bool:
    """ "Quatre personnes, deux policiers et deux civils, ont été tuées", "SEVEN PERSONS, FIVE
    PEASANTS, A TEACHER AND A CHILD, WERE WOUNDED": figure ``q`` is in an incise that a comma opens
    right after a total's counted noun and whose figures add up to that total exactly (a list of
    several groups hit, "two peasants, three soldiers and a teacher", adds up to no figure before it)."""
    text = ctx.document.text
    figs = [x for x in ctx.quantities if sent.start_char <= x.start and x.end <= sent.end_char]
    for k, total in enumerate(figs):
        if total.start >= q.start:
            break
        gap = text[total.end:figs[k + 1].start] if k + 1 < len(figs) else ""
        head, comma, rest = gap.partition(",")
        if not comma or rest.strip() or len(head.split()) > BREAKDOWN_HEAD_WORDS or any(c in head for c in ".;:"):
            continue
        if _parts_add_up(text, total, figs[k + 1:], q, ".;:", ".;:"):
            return True
    return False


def _parts_add_up(text: str, total, figs: list, q, first_stops: str, later_stops: str) -> bool:
    """The figures ``figs`` after ``total``, up to the first mark of ``first_stops`` before the first of them
    or of ``later_stops`` between them, add up to ``total`` exactly, two of them at least, and ``q`` is one:
    the same people told one by one (:func:`_comma_breakdown`, :func:`_colon_breakdown`)."""
    parts, acc = [], 0
    for x in figs:
        stops = later_stops if parts else first_stops
        if x.value.best is None or total.value.best is None or any(
                c in text[(parts[-1].end if parts else total.end):x.start] for c in stops):
            break
        parts.append(x)
        acc += x.value.best
        if acc >= total.value.best:
            break
    return len(parts) > 1 and acc == total.value.best and q in parts


COLON_HEAD_WORDS = 6  # words between a total and the colon that opens its breakdown ("people were killed")


def _colon_breakdown(ctx: Context, q, sent: Span) -> bool:
    """ "Six people were killed: four soldiers and two drivers", « Six personnes ont été tuées : quatre
    soldats et deux chauffeurs »: figure ``q`` is in a list that a colon opens right after a total and
    the few words that say what befell them, and the list's figures add up to that total exactly: the
    same people told one by one, not more of them."""
    text = ctx.document.text
    figs = [x for x in ctx.quantities if sent.start_char <= x.start and x.end <= sent.end_char]
    for k, total in enumerate(figs):
        if total.start >= q.start or k + 1 >= len(figs):
            break
        head, colon, rest = text[total.end:figs[k + 1].start].partition(":")
        if not colon or rest.strip() or len(head.split()) > COLON_HEAD_WORDS or any(c in head for c in ".;,"):
            continue
        if _parts_add_up(text, total, figs[k + 1:], q, ".;", ".;:"):
            return True
    return False


def _incise_end(ctx: Context, tok_end: int, sent: Span) -> int | None:
    """The comma that closes a subset incise opened just after token ``tok_end`` (", dont l'imam
    de la mosquée,", ", including two children,"), else None."""
    if tok_end >= sent.end or ctx.doc[tok_end].text != ",":
        return None
    rest = ctx.doc[tok_end + 1:sent.end].text.lower()
    if not any(rest.startswith(w + " ") for w in ctx.m.quantities.SUBSET_BEFORE):
        # or the names of those counted (« trois paysans, Juan Alfaro, Pedro Linares et Tomás Reyes, ont été tués »,
        # which the parse may not tie to the verb): the comma after the last name
        span = ctx.doc[tok_end - 1:tok_end]
        names = _listed_names(ctx, VictimMention(span.start_char, span.end_char, span.text, tok_end - 1, tok_end))
        end = names[-1].tok_end if names else None
        if end is None or end >= sent.end or ctx.doc[end].text != ",":
            return None
        # and the verb right after them says what befell them (« ont été tués »; not « ont déclaré que ... »)
        verb = next((t for t in ctx.doc[end + 1:sent.end] if t.pos_ not in ("AUX", "ADV", "PART")), None)
        return end if verb is not None and _casualty_cue(ctx, (verb.i,)) is not None else None
    close = next((t.i for t in ctx.doc[tok_end + 1:sent.end] if t.text == ","), None)
    if close is not None:
        return close
    # « 4 personnes, dont le président de la jeunesse de Bouar enlevé et assassiné »: a headline's counted noun with no
    # verb of its own, the incise left open; the participle said of the subset's noun after it is said of them all
    noun = ctx.doc[tok_end - 1]
    if noun.pos_ != "NOUN" or noun.head.i != noun.i:
        return None
    part = next((t for t in ctx.doc[tok_end + 2:sent.end] if t.pos_ == "VERB"), None)
    if part is None or "Part" not in part.morph.get("VerbForm") or part.dep_ != "acl" \
            or not tok_end < part.head.i < part.i:
        return None
    return part.i - 1


def _sum(ranges: list[Range]) -> Range:
    def add(vals):
        return None if any(v is None for v in vals) else sum(vals)

    low = add([r.low if r.low is not None else (r.best if r.best is not None else None) for r in ranges])
    best = add([r.best for r in ranges])
    high = add([r.high for r in ranges])
    if len(ranges) == 1:
        return ranges[0]
    return Range(low=low, best=best, high=high, basis="sum")


SCARE_QUOTE_TOKENS = 5


def _scare_quoted(ctx: Context, trig: Trigger) -> bool:
    """A trigger between quote marks a few words apart, inside a longer sentence, is a figure of
    speech, not a report (his bowlers had been "killed by the dew")."""
    marks = {'"'} | {o for o, _ in ctx.m.quotes} | {c for _, c in ctx.m.quotes}
    sent = ctx.sents[trig.sent_index]
    left = next((i for i in range(trig.tok_start - 1, max(sent.start, trig.tok_start - SCARE_QUOTE_TOKENS) - 1, -1)
                 if ctx.doc[i].text in marks), None)
    right = next((i for i in range(trig.tok_end, min(sent.end, trig.tok_end + SCARE_QUOTE_TOKENS))
                  if ctx.doc[i].text in marks), None)
    if left is None or right is None or right - left - 1 > SCARE_QUOTE_TOKENS:
        return False
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return len(words) > 2 * (right - left)


def _conducting_verbs(ctx: Context, troot) -> set[int]:
    """The verb of doing an act (``events_<lang>.CONDUCT_VERBS``) whose passive subject the event
    noun is, directly or through the verbs of a hedge ("the attack was carried out by", "the attack
    is thought to have been carried out by", "l'attaque aurait été menée par"): its agent did it."""
    if not ctx.m.conduct_verbs or troot.pos_ not in ("NOUN", "PROPN") or not troot.dep_.startswith(("nsubjpass", "nsubj:pass", "nsubj")):
        return set()
    out: set[int] = set()
    verb = troot.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") and conduct_verb(verb, ctx.m):
            out.add(verb.i)
        nxt = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
        if nxt is None:
            break
        verb = nxt
    return out


def _conducted_by(ctx: Context, verb, passive: bool = False) -> bool:
    """``verb`` is a verb of doing an act (``events_<lang>.CONDUCT_VERBS``, with its particle: "set off"), active (no
    passive auxiliary): its subject did the act its object names; with ``passive``, passive: its agent did the act its
    subject names."""
    if verb.pos_ != "VERB" or any(c.dep_ in PASSIVE_AUX_DEPS for c in verb.children) != passive:
        return False
    return conduct_verb(verb, ctx.m)


def _event_phrase_nouns(troot) -> list:
    """The nouns of the event's noun phrase a participle may hang on: the trigger noun, the noun it
    modifies ("a car bomb attack": "attack") and the noun that names its means ("un attentat à la
    dynamite": "dynamite"), so "a car bomb attack carried out by X" and "un attentat à la dynamite
    perpétré par X" name X, whichever noun the parser hung the participle on."""
    if troot.pos_ not in ("NOUN", "PROPN"):
        return []
    out = [troot]
    if troot.dep_ == "compound" and troot.head.pos_ in ("NOUN", "PROPN"):
        out.append(troot.head)
    out += [c for c in troot.children if c.dep_.split(":")[0] == "nmod" and c.pos_ == "NOUN"]
    return out


def _by_agent(ctx: Context, trig: Trigger, armed: list[ActorMention]) -> ActorMention | None:
    """The agent complement of a passive or an event noun, possibly through the noun it names
    ("attaqué par des éléments des 3R", "l'assassinat de l'imam par les mercenaires de Wagner",
    "killed by gunmen"), or of a participle on the weapons a disrupting act stopped ("drones
    launched by Russia")."""
    troot = ctx.doc[trig.tok_start:trig.tok_end].root
    markers = ctx.m.agent_markers
    # the trigger, and a participle on an event noun ("two bombs set off by urban guerrillas",
    # "l'engin posé par des inconnus")
    host = _instrument_host(troot)
    # (not a participle of escorting: « l'attaque d'un convoi escorté par l'armée » names who guarded what was hit)
    escort = lexicon_words("events", ctx.lang, "ESCORT_VERBS")
    anchors = {troot.i} | {c.i for n in _event_phrase_nouns(troot) for c in n.children
                           if c.dep_.split(":")[0] == "acl" and c.pos_ == "VERB" and c.lemma_.lower() not in escort} \
        | _conducting_verbs(ctx, troot)
    if host is not None:
        anchors.add(host.i)
    if trig.sub_event_type == DISRUPTED:
        # "shot down nine drones launched by Russia", « a abattu des drones lancés par la Russie »: who
        # launched the weapons stopped is whose weapons use was disrupted (a participle on the object)
        anchors |= {c.i for n in troot.children if n.dep_ in ("dobj", "obj") for c in n.children
                    if c.dep_.split(":")[0] == "acl" and c.pos_ == "VERB"}
    for a in armed:
        tok = ctx.doc[a.tok_start:a.tok_end].root
        for _ in range(3):
            if tok.head.i in anchors:
                if tok.dep_ in ("obl:agent", "agent") or any(
                        c.dep_ in ("case", "prep") and c.lower_ in markers for c in tok.children):
                    return a
                break
            if tok.head.i == tok.i:
                break
            tok = tok.head
        # English: "killed by gunmen" hangs "gunmen" on the preposition "by"
        if tok.lower_ in markers and tok.head.i in anchors:
            return a
    return _late_agent(ctx, trig, armed) or (_late_agent(ctx, trig, armed, host) if host is not None else None)


def _instrument_host(troot: Token) -> Token | None:
    """The verb a weapon noun is the means of ("destroyed ... with several dynamite charges by an MRTA
    commando", « détruit à l'aide de charges de dynamite par un commando du MRTA »): the verb whose
    agent did the act the weapon names. None for a noun that is no oblique complement of a verb."""
    if troot.pos_ not in ("NOUN", "PROPN"):
        return None
    tok = troot
    for _ in range(3):
        dep = tok.dep_.split(":")[0]
        if dep == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head
            continue
        if dep in ("prep", "obl", "nmod", "conj", "compound") and tok.head.i != tok.i:
            tok = tok.head
            if tok.pos_ == "VERB":
                return tok
            continue
        return None
    return None


LATE_AGENT_GAP = 12  # words between a passive verb and its agent's "by" ("ATTACKED EARLY TODAY WITH RIFLES AND GRENADES BY")
AGENT_NOUN_GAP = 5  # words between "by" and the actor's name ("BY ARMED MEMBERS OF THE ELN", "BY A GROUP OF FMLN")


def _late_agent(ctx: Context, trig: Trigger, armed: list[ActorMention], verb: Token | None = None) -> ActorMention | None:
    """The agent of a passive verb told after its adverbials, which the parse hangs on one of them
    ("WAS ATTACKED EARLY TODAY WITH RIFLES AND GRENADES BY A GROUP OF FMLN URBAN COMMANDOS", "WERE
    KIDNAPPED ON THE ROAD BETWEEN SARAVENA AND TAME LAST NIGHT BY ARMED MEMBERS OF THE ELN"): read on
    the words, the first agent marker after the passive verb in the same clause (no punctuation, no
    other actor between), and the actor named within a few words after it. With ``verb``, the
    passive verb a weapon trigger is the means of (``_instrument_host``), read from the trigger's end."""
    doc = ctx.doc
    sent = ctx.sents[trig.sent_index]
    troot = verb if verb is not None else doc[trig.tok_start:trig.tok_end].root
    if troot.pos_ != "VERB" or not any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in troot.children):
        return None
    starts = {a.tok_start for a in ctx.actors}
    escort = lexicon_words("events", ctx.lang, "ESCORT_VERBS")
    for i in range(trig.tok_end, min(sent.end, trig.tok_end + LATE_AGENT_GAP)):
        t = doc[i]
        if t.is_punct or i in starts or t.pos_ == "VERB" and t.lemma_.lower() in escort:
            # (a participle of escorting between has the agent: "killed ... in an attack on a supply convoy escorted
            # by the army"; not one of the weapon: "killed ... trying to defuse a mine placed by the insurgents")
            return None
        if t.lower_ in ctx.m.agent_markers:
            after = [a for a in armed if i < a.tok_start <= i + AGENT_NOUN_GAP
                     and not any(doc[k].is_punct for k in range(i + 1, a.tok_start))]
            return min(after, key=lambda a: (a.generic, a.start)) if after else None
    return None


def _names_its_dead(ctx: Context, trig: Trigger) -> bool:
    """A killing word with its victim ("un père et son fils tués", "assassinated a farmer",
    "a man was killed", "the murder of a village chief", « le meurtre d'un étudiant »): someone died, even with
    no figure."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if not any(label == "DEATH" and s <= root.i < e for label, s, e in ctx.cues):
        return False
    if root.pos_ == "NOUN" and any(_is_person(ctx, w) for c in of_complements(root, ctx.m.complement_preps)
                                   if not (is_plural(c) and not any(k.dep_ in DETERMINER_DEPS for k in c.children))
                                   for w in c.subtree):
        # the noun's "of" complement is who died (the parse may hang the person on a day after it); not a bare
        # plural ("the murders of people known for their activities": people at large)
        return True
    return root.dep_.split(":")[0] == "acl" or any(c.dep_ in VICTIM_DEPS for c in root.children)


def _arrest_beside(ctx: Context, head: Trigger, trigs: list[Trigger]) -> Trigger | None:
    """The arrest of the sentence whose reason is the act ``head`` heads with (flag ``TOLD_BY_ARREST``: "arrested
    two suspects for the murder of a shopkeeper", "detained four men suspected of killing two herders")."""
    if TOLD_BY_ARREST not in head.flags:
        return None
    return next((t for t in trigs if t.sub_event_type == "Arrests" and t is not head), None)


def _phrase_chars(tok) -> tuple[int, int]:
    """The characters of ``tok``'s phrase (its subtree, left edge to right edge)."""
    doc = tok.doc
    last = doc[tok.right_edge.i]
    return doc[tok.left_edge.i].idx, last.idx + len(last)


def _reason_with_toll(ctx: Context, head: Trigger, inc: Incident, shared: bool = False):
    """The phrase of what an arrest was made over, when it holds all the toll the arrest's incident took: a noun
    complement of the arrest's verb behind a preposition ("arrested three suspects in last week's bombing that killed
    20 people", « trois suspects ont été arrêtés après l'attaque qui a fait douze morts »), the dead being the older
    act's, not the arrest's; its noun, or None. ``shared``: the phrase of the act a reprisal answers that holds part
    of the toll, the reprisal's own dead told outside it ("Soldiers killed five rebels on Tuesday in retaliation for
    Sunday's ambush that killed three troops": each act has its own dead)."""
    if inc.fatalities is None and inc.injured is None:
        return None
    if head.sub_event_type not in ("Arrests", "Looting/property destruction") \
            and head.event_type not in (*VIOLENT_TYPES, "Riots"):
        return None  # (homes torched, a station burned "after an attack that killed 12 soldiers" hit no one either)
    tolls = [e for e in inc.evidence if e.field in ("fatalities", "injured", "civilian_fatalities")]
    if not tolls:
        return None
    root = _verb_of_head(ctx, head)
    if root.pos_ != "VERB" and not (root.dep_ == "ROOT" and root.pos_ == "NOUN" and head.sub_event_type != "Arrests"):
        # (a headline told by the act's noun, "New clash in Bouar, weeks after the attack that killed 20")
        return None
    nouns = [_prep_noun(c) for c in root.children] + _charged_acts(ctx, root) + _reasons_on_held(ctx, root) \
        if head.sub_event_type == "Arrests" else _answered_acts(ctx, root)
    # "arrested three suspects on Tuesday after gunmen killed four farmers on Monday": a clause of time on the arrest
    clauses = [c for c in root.children if head.sub_event_type == "Arrests" and c.pos_ == "VERB"
               and c.dep_.split(":")[0] == "advcl" and any(k.dep_ == "mark" and k.lower_ in ctx.m.temporal_preps
                                                          for k in c.children)]
    if head.sub_event_type == "Arrests":
        clauses += _relatives_on_held(root)
    for noun in nouns + clauses:
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") and noun not in clauses:
            continue
        lo, hi = _phrase_chars(noun)
        inside = [lo <= e.start and e.end <= hi for e in tolls]
        if all(inside) if not shared else any(inside) and not all(inside) and head.sub_event_type != "Arrests":
            return noun
    return None


def _dated_within(ctx: Context, inc: Incident, lo: int, hi: int) -> None:
    """The act of an arrest's reason or of what a strike answered takes its day from its own phrase (characters
    ``lo`` to ``hi``), not the arrest's or the strike's ("bombed rebel positions on Tuesday in retaliation for the
    bombing of a market that killed 20 people on Sunday": Sunday); with no day there, the publication window."""
    if any(e.field == "date" and lo <= e.start and e.end <= hi for e in inc.evidence):
        return
    own = next((d for d in ctx.dates if lo <= d.start and d.end <= hi and d.kind != "anaphoric"
                and d.value.start is not None and not ctx.in_dateline(d.start)), None)
    inc.evidence = [e for e in inc.evidence if e.field != "date"]
    if own is None:
        inc.date = undated(ctx.document.published)
        ctx.date_rank[inc.id] = RANK_NONE
    else:
        inc.date = own.value
        inc.evidence.append(ctx.ev("date", own.start, own.end))
        ctx.date_rank[inc.id] = RANK_TRIGGER


def _verb_of_head(ctx: Context, head: Trigger):
    """The trigger's root, or for an act other than an arrest named by a noun that is its clause's subject or object
    ("Fighter jets struck ...", « a mené des frappes aériennes ... »), the clause's verb."""
    root = ctx.doc[head.tok_start:head.tok_end].root
    if root.pos_ != "VERB" and head.sub_event_type != "Arrests" and root.head.pos_ == "VERB" \
            and root.dep_.split(":")[0] in ("nsubj", "obj", "dobj"):
        return root.head
    return root


def _prep_noun(c):
    """The noun of the verb's child ``c`` when ``c`` is a phrase behind a preposition ("in last week's bombing",
    « après l'attaque »), else None."""
    if c.dep_ == "prep":
        return next((g for g in c.children if g.dep_ == "pobj"), None)
    if c.dep_.split(":")[0] in ("obl", "nmod") and any(k.dep_ == "case" for k in c.children):
        return c
    return None


def _reasons_on_held(ctx: Context, verb) -> list:
    """The reason phrases the parse hangs on whom the arrest took (``events_<lang>.REASON_PREPOSITIONS``: « ont
    arrêté cinq personnes en lien avec l'attaque ... », the parse hanging « lien » on « personnes »)."""
    reasons = ctx.m.reason_preps
    out = []
    for held in verb.children:
        if held.dep_ not in ("obj", "dobj", "nsubj:pass", "nsubjpass"):
            continue
        for c in held.children:
            noun = _prep_noun(c)
            if noun is None:
                continue
            marker = c if c.dep_ == "prep" else next((k for k in noun.children if k.dep_ == "case"), None)
            if noun.lower_ in reasons or marker is not None and marker.lower_ in reasons:
                out.append(noun)
    return out


def _charged_acts(ctx: Context, verb) -> list:
    """The nouns behind a preposition in what a charge participle on the arrest or on whom it took says they did
    (``events_<lang>.CHARGE_PARTICIPLES``: "arrested two men suspected of taking part in Sunday's attack", « deux
    hommes soupçonnés d'avoir participé à l'attaque du camp »): the participle's phrases, and those of the verbs it
    governs."""
    charges = [a for h in (verb, *verb.children) for a in h.children if a.dep_.split(":")[0] in ("acl", "advcl")
               and (a.lemma_.lower() in ctx.m.charges or a.lower_ in ctx.m.charges)]
    out = []
    for charge in charges:
        verbs = [charge] + [v for v in charge.subtree if v.pos_ == "VERB" and v.i != charge.i
                            and v.dep_.split(":")[0] in ("xcomp", "pcomp", "ccomp")]
        out += [_prep_noun(c) for v in verbs for c in v.children]
    return out


def _answered_acts(ctx: Context, verb, revenge_only: bool = False) -> list:
    """The nouns of the acts the act of ``verb`` answers, named behind a noun of retaliation
    (``events_<lang>.RETALIATION_NOUNS``: "in retaliation for last week's attack", « en représailles à l'attaque »):
    the complement of that noun, or the phrase the parse hangs on the verb right after it; behind a preposition of
    what it came after (``ANSWERED_PREPS``: "torched homes after an attack that killed 12 soldiers"); the object of a
    verb of revenge (``RETALIATION_VERBS``: "to avenge last week's attack")."""
    words = lexicon_words("events", ctx.lang, "RETALIATION_NOUNS")
    preps = lexicon_words("events", ctx.lang, "ANSWERED_PREPS")
    verbs = lexicon_words("events", ctx.lang, "RETALIATION_VERBS")
    # "after an attack that killed 12 soldiers", « après une attaque qui a fait douze morts »: what the act came after
    out = [noun for c in verb.children if (noun := _prep_noun(c)) is not None
           and (c if c.dep_ == "prep" else next((k for k in noun.children if k.dep_ == "case"), c)).lower_ in preps] \
        if not revenge_only else []
    # "to avenge last week's attack", « pour venger l'attaque »: the object of a verb of revenge on the act
    out += [o for c in verb.children if c.pos_ == "VERB" and c.dep_.split(":")[0] in ("advcl", "xcomp")
            and (c.lemma_.lower() in verbs or c.lower_ in verbs)
            for o in c.children if o.dep_ in ("obj", "dobj")]
    # the verb's phrases, and theirs (« a frappé des positions rebelles en riposte à ... »: the parse may hang the
    # phrase on the object, or deeper: « a tué mercredi onze jihadistes ... en riposte à », the figure on the day),
    # not those of a clause below it
    for noun in [t for t in verb.subtree if (t.lower_ in words or t.lemma_.lower() in words) and t.i != verb.i
                 and getattr(_clause_verb(t.head), "i", None) == verb.i]:
        if noun.dep_.split(":")[0] not in ("obl", "nmod", "pobj") or (
                noun.dep_ == "pobj" and noun.head.dep_ != "prep"):
            continue
        out += [_prep_noun(k) for k in noun.children]
        # « en représailles à l'attaque ... »: the parse hangs « attaque » beside « représailles »
        # (or on the verb, when the parse hangs « représailles » on its object: « ont tué mardi cinq rebelles en
        # représailles à l'embuscade ... »)
        out += [k for h in {noun.head.i: noun.head, verb.i: verb}.values() for k in h.children
                if k.left_edge.i == noun.right_edge.i + 1 and _prep_noun(k) is k]
    return out


def _known_by_its_day(ctx: Context, act: Trigger, reason, arrest: Incident) -> bool:
    """The act an arrest was made over is named by the day it happened, a day before the arrest's, as a thing known
    already ("arrested three suspects in last week's bombing that killed 20 people", "Monday's attack", « après
    l'attentat de la semaine dernière »): the news is the arrest; the act, coded once at its date when it was first
    reported, is recalled. An act told with a day in a clause of its own ("after an attack that killed twelve people
    on Saturday") is told for the first time: news of the story (ACLED codes it at its date)."""
    root = ctx.doc[act.tok_start:act.tok_end].root
    nouns = {t.i for t in (root, reason) if t.pos_ == "NOUN"}  # the act's noun, or the reason's ("attack that killed")
    if not nouns:
        return False
    lo, hi = _phrase_chars(reason)
    until = arrest.date.start if arrest.date.basis not in (None, "publication") else ctx.document.published
    if until is None:
        return False
    for d in ctx.dates:
        if d.kind == "anaphoric" or d.value.end is None or not lo <= d.start < hi:
            continue
        span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or span.root.head.i not in nouns or span.root.dep_.split(":")[0] not in ("poss", "nmod"):
            continue
        if d.value.end < until:
            return True
    return False


def _relatives_on_held(verb) -> list:
    """The relative clauses, in a past tense, on whom the arrest of ``verb`` took (its object, or its passive
    subject): "Police arrested two gunmen who had killed two villagers on Tuesday", "Two gunmen who killed a trader
    last week were arrested", « deux hommes armés qui avaient tué deux villageois mardi ont été arrêtés »: what they
    did, an act of its own that the arrest does not hold."""
    # (or a bare noun after the verb that the parse took for an oblique: « a arrêté vendredi deux hommes armés qui »)
    held = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass")
            or c.dep_.startswith("nsubj") and any(a.dep_ in PASSIVE_AUX_DEPS for a in verb.children)
            or c.dep_.split(":")[0] == "obl" and c.i > verb.i and c.pos_ == "NOUN"
            and not any(k.dep_ == "case" for k in c.children)]
    return [r for h in held for r in h.children if r.pos_ == "VERB" and r.dep_.split(":")[-1] == "relcl"
            and "Past" in (r.morph.get("Tense") or next((a.morph.get("Tense") for a in r.children
                                                          if a.dep_.startswith("aux")), []))]


def _act_of_reason(ctx: Context, noun, head: Trigger, trigs: list[Trigger]) -> Trigger | None:
    """The act of violence the reason phrase ``noun`` of an arrest names (:func:`_reason_with_toll`): the trigger of
    its noun, else of a word inside the phrase ("the attack that killed 12 villagers")."""
    inside = {t.i for t in noun.subtree}
    acts = [t for t in trigs if t is not head and t.event_type in VIOLENT_TYPES
            and ctx.doc[t.tok_start:t.tok_end].root.i in inside]
    return min(acts, key=lambda t: (ctx.doc[t.tok_start:t.tok_end].root.i != noun.i, t.generic, t.tok_start),
               default=None)


def _nobody_hit(inc: Incident) -> None:
    """An arrest built beside the act it was made for hit no one: the act's dead, wounded and victims are not its."""
    inc.fatalities = inc.injured = inc.civilian_fatalities = None
    victims = [a for a in inc.actors if a.role == "victim"]
    inc.actors = [a for a in inc.actors if a.role != "victim"]
    inc.evidence = [e for e in inc.evidence if e.field not in ("fatalities", "injured", "civilian_fatalities") and not (
        e.field == "actors" and any(e.text == a.mention for a in victims))]


@contextmanager
def _held_to(ctx: Context, si: int, spans: list[tuple[int, int]]):
    """While it is open, sentence ``si`` shows :func:`build_incident` only what lies in ``spans`` (token ranges, end
    excluded): its figures, people, armed men, places, towns, dates, targets and cue words elsewhere in the
    sentence are another act's (:func:`_two_acts`, :func:`_reason_with_toll`). The document's lists are swapped for
    filtered copies and put back on closing; the other sentences are untouched."""
    sent = ctx.sents[si]
    doc = ctx.doc
    chars = [(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])) for lo, hi in spans if hi > lo]

    def keep_char(c: int) -> bool:
        return not sent.start_char <= c < sent.end_char or any(lo <= c < hi for lo, hi in chars)

    def keep_tok(i: int) -> bool:
        return not sent.start <= i < sent.end or any(lo <= i < hi for lo, hi in spans)

    saved = {name: getattr(ctx, name) for name in ("actors", "victims", "places", "unknown_towns", "dates", "targets",
                                                   "cues")}
    counted = classify_quantities(ctx, si)
    parts = ctx.parts.get(si)
    try:
        for name in ("actors", "victims", "places", "unknown_towns", "dates", "targets"):
            setattr(ctx, name, [x for x in saved[name] if keep_char(x.start)])
        ctx.cues = [c for c in saved["cues"] if keep_tok(c[1])]
        ctx.counted[si] = [c for c in counted if keep_char(c.quantity.start)]
        if parts is not None:
            ctx.parts[si] = [c for c in parts if keep_char(c.quantity.start)]
        yield
    finally:
        for name, value in saved.items():
            setattr(ctx, name, value)
        ctx.counted[si] = counted
        if parts is not None:
            ctx.parts[si] = parts


def _build_held(ctx: Context, trig: Trigger, trigs: list[Trigger], previous: Incident | None,
                spans: list[tuple[int, int]]) -> Incident | None:
    """:func:`build_incident` of ``trig`` held to the tokens of ``spans`` of its sentence (:func:`_held_to`), beside
    the sentence's triggers that lie there."""
    inside = [t for t in trigs if any(lo <= t.tok_start < hi for lo, hi in spans)]
    with _held_to(ctx, trig.sent_index, spans):
        return build_incident(ctx, trig, inside, previous)


# how a second act's clause hangs on the first's: coordinated ("killed four farmers in X and abducted ten women in
# Y"), or a clause beside it ("..., while a roadside bomb killed two civilians in Y", « tandis qu'un engin ... »)
CLAUSE_OF_ITS_OWN = ("conj", "advcl")


def _places_of(ctx: Context, si: int, lo: int, hi: int, people: set[int]) -> set[str]:
    """The names of the places (known or not) told in tokens ``lo`` to ``hi`` of sentence ``si``, countries aside,
    and a place of a person's phrase (``people``, their tokens: "the mayor of Huanta", "residents of X") aside."""
    def a_persons(tok_start: int) -> bool:
        # the name's "of" complement on a person ("the mayor of Huanta", « le maire de Huanta »), not a place the
        # parse hangs on whom the act hit ("abducted ten women in Arbinda", « deux soldats à Dori »)
        tok = ctx.doc[tok_start]
        while tok.dep_ in ("compound", "flat", "flat:name") and tok.head.i != tok.i:
            tok = tok.head
        prep = tok.head if tok.dep_ == "pobj" else next((c for c in tok.children if c.dep_ == "case"), None)
        if prep is None or prep.lower_ not in ctx.m.complement_preps:
            return False
        owner = prep.head if tok.dep_ == "pobj" else tok.head
        return owner.i in people

    names = {p.place.name if not p.unresolved else p.text for p in _in_sent(ctx, si, ctx.places)
             if lo <= p.tok_start < hi and not p.is_country and not _not_the_place(ctx, p)
             and not ctx.in_dateline(p.start) and not a_persons(p.tok_start)}
    return names | {u.text for u in _in_sent(ctx, si, ctx.unknown_towns) if lo <= u.tok_start < hi
                    and not a_persons(u.tok_start)}


def _placed_in(ctx: Context, si: int, people: set[int]) -> list:
    """The places (known or not) told in sentence ``si``, in order, as :func:`_places_of` reads them: each with its
    first token (``tok_start``) and its name (``name``)."""
    from types import SimpleNamespace
    out = [SimpleNamespace(tok_start=p.tok_start, name=p.place.name if not p.unresolved else p.text)
           for p in _in_sent(ctx, si, ctx.places) if not p.is_country and not _not_the_place(ctx, p)
           and not ctx.in_dateline(p.start) and p.tok_start not in people]
    out += [SimpleNamespace(tok_start=u.tok_start, name=u.text) for u in _in_sent(ctx, si, ctx.unknown_towns)
            if u.tok_start not in people]
    return sorted(out, key=lambda x: x.tok_start)


def _days_of_their_own(ctx: Context, si: int, lo: int, hi: int) -> bool:
    """Tokens ``lo`` to ``hi`` of sentence ``si`` and the rest of it each tell a day, and no day of one is a day of
    the other ("killed four farmers in Djibo on Monday and abducted ten women there on Wednesday": two acts, one
    per day, as ACLED codes them)."""
    sent = ctx.sents[si]
    doc = ctx.doc
    lo_c, hi_c = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    inner, outer = set(), set()
    for d in _in_sent(ctx, si, ctx.dates):
        if d.kind == "anaphoric" or d.value.start is None or d.value.precision != "day" or ctx.in_dateline(d.start):
            continue
        (inner if lo_c <= d.start < hi_c else outer).add(d.value.start)
    return bool(inner) and bool(outer) and not inner & outer

def _two_acts(ctx: Context, head: Trigger, trigs: list[Trigger], si: int, ranked: list[Trigger]
              ) -> tuple[list[tuple[int, int]], Trigger, list[tuple[int, int]]] | None:
    """Two acts in one sentence, each in a clause of its own with a place of its own ("Militants killed three
    soldiers in an attack on a base in X, while a roadside bomb killed two civilians in Y", "Gunmen killed four
    farmers in X and abducted ten women in Y", « ... à X lundi, tandis qu'un engin explosif a tué deux soldats à
    Y »): ACLED codes one event per place, each with its own dead. The clause of one hangs on the other's verb
    (``CLAUSE_OF_ITS_OWN``); each holds an act of violence and a place the other does not name. Returns the head's
    token spans, the other act's trigger and its spans; None when the sentence tells one act (two verbs of one act,
    "attacked the base and killed three soldiers"; a list of places, "in attacks on X and Y")."""
    if head.event_type not in VIOLENT_TYPES or len(trigs) < 2:
        return None
    sent = ctx.sents[si]
    v1 = _clause_verb(ctx.doc[head.tok_start:head.tok_end].root)
    if v1 is None:
        return None
    people = None
    # (not an act an arrest was made over or a reprisal answers, told with its toll: built beside its head by
    # _reason_with_toll, "to avenge Monday's attack that killed four soldiers")
    answered = _answered_with_toll(ctx, trigs)
    for other in ranked:
        if other is head or other.event_type not in VIOLENT_TYPES or "threat" in other.flags \
                or REASON_WITH_TOLL in other.flags or other.tok_start in answered:
            continue
        v2 = _clause_verb(ctx.doc[other.tok_start:other.tok_end].root)
        if v2 is None or v2.i == v1.i:
            continue
        if any((k := _taken_and_killed(ctx, v)) is not None and k[0].i == w.i for v, w in ((v1, v2), (v2, v1))):
            continue  # "abducted a trader on Tuesday and killed him on Saturday": the taken killed, one act
        if v2.head.i == v1.i and v2.dep_.split(":")[0] in CLAUSE_OF_ITS_OWN:
            upper, lower = v1, v2
        elif v1.head.i == v2.i and v1.dep_.split(":")[0] in CLAUSE_OF_ITS_OWN:
            upper, lower = v2, v1
        else:
            continue
        lo, hi = lower.left_edge.i, lower.right_edge.i + 1
        if any(lo <= t.tok_start < hi for t in (head, other)) != 1 or \
                sum(lo <= t.tok_start < hi for t in (head, other)) != 1:
            continue  # (both acts' words in one clause)
        if people is None:
            people = {i for m in (*_in_sent(ctx, si, ctx.victims), *_in_sent(ctx, si, ctx.actors))
                      for i in range(m.tok_start, m.tok_end)}
        inner = _places_of(ctx, si, lo, hi, people)
        outer = _places_of(ctx, si, sent.start, lo, people) | _places_of(ctx, si, hi, sent.end, people)
        if (not inner or not outer or inner & outer) and not _days_of_their_own(ctx, si, lo, hi):
            continue
        lower_spans = [(lo, hi)]
        if not any(c.dep_.startswith("nsubj") for c in lower.children):
            # "Gunmen killed four farmers in X and abducted ten women in Y": the subject they share did both
            lower_spans += [(c.left_edge.i, c.right_edge.i + 1) for c in upper.children if c.dep_.startswith("nsubj")]
        upper_spans = [(sent.start, lo), (hi, sent.end)]
        if lo <= head.tok_start < hi:
            return lower_spans, other, upper_spans
        return upper_spans, other, lower_spans
    return None


def _acts_where(ctx: Context, head: Trigger, trigs: list[Trigger], si: int, ranked: list[Trigger]
                ) -> tuple[list[tuple[int, int]], Trigger, list[tuple[int, int]]] | None:
    """Two acts in one sentence told place by place, each in a relative clause of place on a place of its own (« ont
    fait irruption dans le village de X, où ils auraient tué 27 personnes, avant de se rendre à Y, où une douzaine
    d'habitants ont été abattus », "stormed the village of X, where they killed 27 people, before moving on to Y,
    where a dozen residents were shot dead": ``events_<lang>.PLACE_RELATIVES``): ACLED codes one event per place,
    each with its own dead, whatever word the parse hangs either clause on. The sentence is cut before the second
    act's place (its preposition with it); the doers named before the first clause did both. Returns the head's
    token spans, the other act's trigger and its spans, as :func:`_two_acts`; None otherwise."""
    if head.event_type not in VIOLENT_TYPES or len(trigs) < 2:
        return None
    wheres = lexicon_words("events", ctx.lang, "PLACE_RELATIVES")
    sent = ctx.sents[si]
    doc = ctx.doc
    acts: list[tuple[int, Trigger]] = []  # (the relative word's index, the act its clause tells)
    for t in ranked:
        if t.event_type not in VIOLENT_TYPES or "threat" in t.flags or REASON_WITH_TOLL in t.flags:
            continue
        v = _clause_verb(doc[t.tok_start:t.tok_end].root)
        rel = next((c.i for c in v.children if c.lower_ in wheres and c.i < v.i), None) if v is not None else None
        if rel is not None and all(rel != r for r, _ in acts):
            acts.append((rel, t))
    if len(acts) != 2:
        return None
    (r1, first), (r2, second) = sorted(acts, key=lambda a: a[0])
    if not (first.tok_start < r2 and r1 < second.tok_start):
        return None
    people = {i for m in (*_in_sent(ctx, si, ctx.victims), *_in_sent(ctx, si, ctx.actors))
              for i in range(m.tok_start, m.tok_end)}
    # the place each clause is told of: the last place named before its relative word, the second's after the
    # first act's words
    own = [(p.tok_start, p.name) for p in _placed_in(ctx, si, people)]
    before1 = [x for x in own if x[0] < r1]
    before2 = [x for x in own if first.tok_end <= x[0] < r2]
    if not before1 or not before2 or before1[-1][1] == before2[-1][1]:
        return None
    cut = before2[-1][0]
    while cut - 1 > first.tok_end and doc[cut - 1].pos_ == "ADP":
        cut -= 1  # (« à Y », "to Y": the preposition goes with its place)
    if not sent.start < cut < sent.end:
        return None
    # the doers told before the first clause ("The attackers stormed ..."; the sentence's own, not a relative's)
    doers = [(m.tok_start, m.tok_end) for m in _in_sent(ctx, si, ctx.actors) if m.tok_end <= r1]
    first_spans, second_spans = [(sent.start, cut)], [(cut, sent.end)] + doers
    in_first = head.tok_start < cut
    other = second if in_first else first
    if other is head or (not in_first and head is not second):
        return None
    return (first_spans, other, second_spans) if in_first else (second_spans, other, first_spans)


def _third_act(ctx: Context, second: Trigger, trigs: list[Trigger], si: int, ranked: list[Trigger],
               spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], Trigger, list[tuple[int, int]]] | None:
    """The second act split from its sentence's first (:func:`_two_acts`, held to ``spans``) is itself two acts, each
    in a clause and place of its own ("Gunmen killed four farmers in X on Monday, abducted ten women in Y on Tuesday
    and shot dead two traders in Z on Wednesday": the third a clause on the second's verb): the second's spans, the
    third act's trigger and its spans (its clause, and the subject the three share); None otherwise."""
    inside = [t for t in trigs if any(lo <= t.tok_start < hi for lo, hi in spans)]
    if len(inside) < 2:
        return None
    with _held_to(ctx, si, spans):
        two = _two_acts(ctx, second, inside, si, [t for t in ranked if t in inside])
    if two is None:
        return None
    own, last, last_spans = two

    def within(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(max(lo, a), min(hi, b)) for lo, hi in pieces for a, b in spans if max(lo, a) < min(hi, b)]

    own, last_spans = within(own), within(last_spans)
    if not own or not last_spans or any(lo <= second.tok_start < hi for lo, hi in last_spans):
        return None
    # (the subject the acts share, told before the first: "Gunmen")
    shared = [(lo, hi) for lo, hi in spans if not lo <= second.tok_start < hi
              and not any(a < hi and lo < b for a, b in last_spans)]
    return own, last, last_spans + shared


def _share_the_day(ctx: Context, si: int, a: Incident, b: Incident) -> None:
    """Of two acts of one sentence (:func:`_two_acts`), the one its clause dates to no day of its own takes the day
    the other's clause gives ("Gunmen killed four farmers in X on Monday and abducted ten women in Y": Monday for
    both), its words as evidence: the sentence tells them together."""
    sent = ctx.sents[si]

    def own(inc: Incident):
        return next((e for e in inc.evidence if e.field == "date" and sent.start_char <= e.start < sent.end_char), None)

    for dated, bare in ((a, b), (b, a)):
        words = own(dated)
        if words is not None and own(bare) is None and bare.date.basis == "publication":
            bare.date = dated.date.model_copy()
            bare.evidence = [e for e in bare.evidence if e.field != "date"] + [words]
            ctx.date_rank[bare.id] = ctx.date_rank.get(dated.id, RANK_NONE)
            return


def _share_the_place(ctx: Context, si: int, a: Incident, b: Incident) -> None:
    """Of two acts of one sentence (:func:`_two_acts`), the one whose clause names no place of its own takes the place
    the other's clause gives ("Armed men killed four civilians in Bria on Monday, and later abducted ten women on
    Wednesday": both in Bria), its words as evidence, not a place of the sentences before it or the story's focus: the
    sentence tells them of the same doers, with no new place."""
    sent = ctx.sents[si]

    def own(inc: Incident):
        return next((e for e in inc.evidence if e.field == "location" and sent.start_char <= e.start < sent.end_char
                     and not ctx.in_dateline(e.start)), None)

    for placed, bare in ((a, b), (b, a)):
        words = own(placed)
        if words is not None and own(bare) is None and placed.location.name:
            bare.location = placed.location.model_copy()
            bare.evidence = [e for e in bare.evidence if e.field != "location"] + [words]
            if placed.id in ctx.own_place:
                ctx.own_place.add(bare.id)
            return


def _hit_and_alive(ctx: Context, trig: Trigger) -> tuple[int, int, int] | None:
    """A trigger of a person hit (flag "hits_person": "hit by a bullet", "shot in the leg", « atteint par balle »)
    said of a person, in a sentence that tells no death and no one unhurt ("A police officer hit by a bullet ...
    is out of danger", « Un commerçant touché par une balle perdue ... a survécu »): how many were hit (one for a
    singular noun with no figure) and the span of the noun's phrase; None otherwise."""
    if "hits_person" not in trig.flags:
        return None
    sent = ctx.sents[trig.sent_index]
    if any(label == "DEATH" and sent.start <= s < sent.end for label, s, e in ctx.cues):
        return None  # "... and died shortly afterwards": the death words tell the toll
    unhurt = lexicon_words("victims", ctx.lang, "UNHURT_WORDS")
    if any(t.lower_ in unhurt for t in sent):
        return None
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if any(c.dep_ == "neg" or "Neg" in c.morph.get("Polarity") for c in root.children):
        return None
    if root.dep_.split(":")[0] in ("acl", "amod") and root.head.i < root.i:
        noun = root.head  # "a police officer hit by a bullet", « un gendarme atteint par balle »
    else:
        # "a student was hit in the chest"; "A trader shot in the leg by robbers ... survived", whose "by" agent
        # says the subject the parse gives the participle is whom it was done to
        agent = any(c.dep_ == "agent" for c in root.children)
        noun = next((c for c in root.children if c.dep_ in PASSIVE_SUBJECTS or agent and c.dep_ == "nsubj"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or not (_is_person(ctx, noun) or noun.ent_type_ in ("PER", "PERSON")):
        return None
    figures = [c for c in noun.children if c.dep_ == "nummod"]
    if figures or is_plural(noun):
        return None  # a figure is read as such; a plural with none says not how many
    lo = min(t.i for t in noun.subtree if t.i <= noun.i)
    return 1, ctx.doc[lo].idx, noun.idx + len(noun)


def _killing_noun(ctx: Context, trig: Trigger) -> bool:
    """A noun of killing heads the act ("Killings continue in Bria", « nouvelle vague de tueries »):
    people were killed, even with no victim and no doer named (not a toll noun: "the toll"); only a
    bare noun (no determiner) of the first sentence."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if trig.sent_index != 0 or any(c.dep_ in ("det", "poss", "nmod:poss") for c in root.children):
        # a headline's bare noun tells the news; "those responsible for the killings", "to probe the
        # murder" refer to an act known already, "firearms related to a murder" to some act
        return False
    return root.pos_ == "NOUN" and root.lemma_.lower() not in ctx.m.toll_nouns and root.lower_ not in ctx.m.toll_nouns \
        and any(label == "DEATH" and s <= root.i < e for label, s, e in ctx.cues)


VICTIM_DEPS = ("obj", "dobj", "nsubj:pass", "nsubjpass")


def _victim_group(tok) -> list:
    """The coordinated nouns of a victim ("un père et son fils" -> père, fils)."""
    first = tok
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    group, stack = [], [first]
    while stack:
        t = stack.pop()
        group.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))
        # a headline lists victims with a comma and no article ("kill aid worker, teacher"); an
        # apposition with an article is the same person ("the mayor, a teacher")
        stack.extend(c for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN" and _bare(t) and _bare(c)
                     and "Sing" in c.morph.get("Number") and "Sing" in t.morph.get("Number"))
    return sorted(group, key=lambda t: t.i)


# what makes a noun phrase definite or counted ("the", "their", "two"): a noun with none is bare
DETERMINER_DEPS = ("det", "poss", "nmod:poss", "nummod", "predet")


def _bare(tok) -> bool:
    return not any(c.dep_ in DETERMINER_DEPS for c in tok.children) and tok.pos_ == "NOUN"


def _is_person(ctx: Context, tok) -> bool:
    return any(label in ("CIV", "COMB", "PERSON") and s <= tok.i < e for label, s, e in ctx.cues)


def _may_be_victim(ctx: Context, tok) -> bool:
    """A noun that can name a dead person: not a place ("le massacre de Pandé"), not an event or a
    casualty word ("le bilan de l'attaque")."""
    if tok.pos_ not in ("NOUN", "PROPN") and not noun_read_as_adjective(tok) or tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return False  # (« Un étudiant a été touché », the noun tagged as an adjective: a noun)
    if any(p.start <= tok.idx < p.end for p in ctx.places):
        return False
    if any(label in ("DEATH", "INJURY") and s <= tok.i < e for label, s, e in ctx.cues) and not (
            tok.lower_ in lexicon_words("victims", ctx.lang, "VICTIM_NOUNS") and tok.dep_ in VICTIM_DEPS):
        return False  # (« la victime a été tuée »: the one hit, a word of death only as a toll)
    if tok.lower_ in lexicon_words("quantities", ctx.lang, "PEOPLE_TRIGGER_NOUNS"):
        return True  # "a protester was killed": people, though their noun also tells a protest
    if _weapon_noun(ctx, tok):
        return False  # "neutralised an improvised explosive device", « neutralisé un engin explosif »: no one
    return tok.lemma_.lower() not in ctx.m.event_words and tok.lower_ not in ctx.m.event_words


def _modified_noun(tok):
    """The noun a compound or an adjective before it belongs to ("roadside" in "two roadside bombs": "bombs")."""
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _weapon_noun(ctx: Context, tok) -> bool:
    """The noun names a weapon (events_<lang>.CONTEXT_WORDS["weapon"]), alone or with its adjectives and compounds
    before or after it ("an improvised explosive device", « un engin explosif improvisé »)."""
    words = ctx.m.weapon_words
    if tok.lower_ in words or tok.lemma_.lower() in words:
        return True
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound")]
    lo = min([c.i for c in mods if c.i < tok.i], default=tok.i)
    hi = max([c.i for c in mods if c.i > tok.i], default=tok.i)
    doc = tok.doc
    return any(" ".join(t.lower_ for t in doc[a:b + 1]) in words
               for a in range(lo, tok.i + 1) for b in range(tok.i, hi + 1) if (a, b) != (tok.i, tok.i))


def _first_death_report(ctx: Context, sent: Span, label: str = "DEATH") -> bool:
    """No sentence before ``sent`` has a word of death: the story's first report of a killing
    ("... KILLED DOLORES HINOSTROZA, THE MAYOR OF MULQUI DISTRICT" after a lead about something
    else) names its dead like a lead does; a later one may refer back ("the death of the driver").
    A word of death of an act not done is no report ("THREATENED TO KILL ANY CANDIDATE", "THEY WILL
    BLOW UP NEWSPAPERS AND KILL JUDGES", "denied that soldiers have killed civilians")."""
    return not any(lab == label and s < sent.start and not _not_done(ctx, ctx.doc[s:e].root) for lab, s, e in ctx.cues)


def _not_done(ctx: Context, tok) -> bool:
    """The act of a word of death is told in the future or under a word of the unreal (events
    IRREALIS: "threatened to kill", "denied that ... killed") it is the complement of, or it is an
    older act its own phrase dates to a month or a year ("SENTENCED ... FOR THE MURDER OF X IN OCTOBER
    1987": :func:`_noun_dated_older`), no report of the news."""
    if tok.pos_ in ("NOUN", "PROPN") and _noun_dated_older(ctx, tok, ctx.sent_of_char(tok.idx)):
        return True
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if told_in_future(verb, ctx.m):
        return True
    return verb.dep_.split(":")[0] in ("xcomp", "ccomp") and verb.head.lemma_.lower() in ctx.m.irrealis


def _denied_harm(ctx: Context, cue) -> bool:
    """ "sans faire de victimes", "n'a pas fait de victimes": the casualty noun is the object of a verb
    that a word of ``quantities_<lang>.NO_HARM_WORDS`` denies (a preposition, a negation), or the
    casualty verb is denied itself ("WHO WAS NOT HURT"): nobody."""
    words = lexicon_words("quantities", ctx.lang, "NO_HARM_WORDS")
    if cue.pos_ in ("VERB", "ADJ") and any(c.dep_ in ("neg", "advmod") and c.lower_ in words for c in cue.children):
        return True  # "A JOURNALIST, WHO WAS NOT HURT", "n'a pas été blessé"
    if cue.pos_ in ("VERB", "ADJ") and any(
            c.dep_ in (*ACTIVE_SUBJECT_DEPS, *PASSIVE_SUBJECTS) and any(
                d.dep_ == "det" and d.lower_ in lexicon_words("quantities", ctx.lang, "NO_HARM_SUBJECT_DETERMINERS")
                for d in c.children) for c in cue.children):
        return True  # "no one was hurt", « aucun civil n'a été blessé »
    if cue.pos_ in ("VERB", "ADJ") and any(c.dep_ in (*ACTIVE_SUBJECT_DEPS, *PASSIVE_SUBJECTS) and nobody_noun(c, ctx.lang)
                                           for c in cue.children):
        return True  # « personne n'a été blessé »
    if cue.pos_ in ("VERB", "ADJ") and any(c.dep_ in NONE_SUBJECT_OBJECT_DEPS and _none_hurt(ctx, c)
                                           for c in cue.children):
        return True  # "killed no one", "the blast injured nobody", "none of the 12 hostages was hurt"
    if cue.pos_ == "ADJ" and cue.dep_ in ("amod", "acl") and cue.head.i != cue.i and _none_hurt(ctx, cue.head):
        return True  # "leaving no one dead": said of nobody
    verb = cue.head
    return cue.dep_ in ("dobj", "obj") and verb.pos_ in ("VERB", "AUX") and _harm_denied_on(ctx, verb)


def _nobody(ctx: Context, tok) -> bool:
    """A word that says nobody: a bare pronoun (``quantities_<lang>.NOBODY_PRONOUNS``: "nobody", "none" with no
    "of" complement, not "none of the 12 hostages"), a head of ``NOBODY_HEADS`` after a determiner of
    ``NO_HARM_SUBJECT_DETERMINERS`` ("no one"), or a bare nobody noun with its verb negated (« personne n'a été
    tué », « n'a tué personne »: :func:`victims.nobody_noun`)."""
    low = tok.lower_
    if low in lexicon_words("quantities", ctx.lang, "NOBODY_PRONOUNS"):
        return not any(c.dep_ in ("prep", "nmod") for c in tok.children)
    if low in lexicon_words("quantities", ctx.lang, "NOBODY_HEADS"):
        return any(c.dep_ == "det" and c.lower_ in lexicon_words("quantities", ctx.lang, "NO_HARM_SUBJECT_DETERMINERS")
                   for c in tok.children) and not any(c.dep_ in ("prep", "nmod") for c in tok.children)
    return nobody_noun(tok, ctx.lang)


def _none_hurt(ctx: Context, tok) -> bool:
    """``tok`` says that none was hurt: a word of nobody (:func:`_nobody`), or a nobody pronoun with the group it
    picks from ("none of the 12 hostages"), which denies the harm though it states no zero."""
    return _nobody(ctx, tok) or tok.lower_ in lexicon_words("quantities", ctx.lang, "NOBODY_PRONOUNS")


NONE_SUBJECT_OBJECT_DEPS = ("nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj")


@lru_cache(maxsize=8)
def _none_words(lang: str) -> tuple[frozenset[str], dict[str, tuple[str, ...]], frozenset[int]]:
    """The words a stated zero turns on (:func:`_none_statements`): the nobody words, the nouns of the hit, and the
    hashes of both as spaCy's LOWER attribute holds them."""
    heads = lexicon_words("quantities", lang, "NOBODY_HEADS") | lexicon_words("quantities", lang, "NOBODY_PRONOUNS") \
        | lexicon_words("victims", lang, "NOBODY_NOUNS")
    nouns = dict(getattr(load_lexicon("quantities", lang), "NO_HARM_NOUNS", {}))
    return heads, nouns, frozenset(hash_string(w) for w in (*heads, *nouns))


# the links by which a word of "not yet" says the denial is of the moment ("no immediate word", "were not immediately
# reported", « dans l'immédiat »: a modifier, an adverb, a prepositional phrase)
NOT_YET_DEPS = ("amod", "advmod", "obl", "obl:mod", "nmod", "npadvmod", "prep")


def _none_statements(ctx: Context) -> list[tuple[int, tuple[str, ...], int, int]]:
    """The stated zeros of the text, each (its sentence, the categories it says none of, "death" and/or "injury",
    its char span): a casualty verb whose subject or object says nobody ("killed no one", "no one was killed or
    injured", « personne n'a été tué », "The blast injured nobody"; a verb of harm of ``quantities_<lang>.
    NO_HARM_VERBS`` says both, "no one was harmed"), or a noun of the hit (``NO_HARM_NOUNS``) with a determiner of
    ``NO_HARM_SUBJECT_DETERMINERS`` or under a denied verb ("no casualties were reported", "there were no
    injuries", « n'a fait aucune victime », « sans faire de victime », « n'a pas fait de victimes »), on a verb of
    ``NO_HARM_TOLL_VERBS`` that tells a toll (not "did not identify the victims"). An act told in the future or
    unreal ("threatened to kill", :func:`_not_done`) states nothing; nor does a denial of the moment, a word of
    ``NO_HARM_NOT_YET`` on the noun or its verb ("There was no immediate word on casualties", "No casualties were
    immediately reported"): nobody knows yet, no zero."""
    heads, nouns, wanted = _none_words(ctx.lang)
    # the tokens that may say it, read from the document's array of lower-case forms (no walk over every token)
    found = [i for i, h in enumerate(ctx.doc.to_array(LOWER).tolist()) if h in wanted]
    if not found:
        return []
    harm_verbs = getattr(load_lexicon("quantities", ctx.lang), "NO_HARM_VERBS", {})
    cue_of = {i: label for label, s, e in ctx.cues if label in ("DEATH", "INJURY") for i in range(s, e)}
    determiners = lexicon_words("quantities", ctx.lang, "NO_HARM_SUBJECT_DETERMINERS")
    words = lexicon_words("quantities", ctx.lang, "NO_HARM_WORDS")
    toll_verbs = lexicon_words("quantities", ctx.lang, "NO_HARM_TOLL_VERBS")
    report_nouns = lexicon_words("quantities", ctx.lang, "NO_HARM_REPORT_NOUNS")
    not_yet = lexicon_words("quantities", ctx.lang, "NO_HARM_NOT_YET")
    out = []
    for i in found:
        tok = ctx.doc[i]
        low = tok.lower_
        if low in heads and tok.dep_ in NONE_SUBJECT_OBJECT_DEPS and _nobody(ctx, tok):
            verb = tok.head
            # the casualty verb and the ones coordinated with it that share its subject ("no one was killed or injured")
            verbs = [verb] + ([c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ")
                               and not any(d.dep_ in NONE_SUBJECT_OBJECT_DEPS for d in c.children)]
                              if tok.dep_ not in ("dobj", "obj") else [])
            cats = []
            for v in verbs:
                if v.i in cue_of:
                    cats.append("death" if cue_of[v.i] == "DEATH" else "injury")
                elif v.lower_ in harm_verbs or v.lemma_.lower() in harm_verbs:
                    cats.extend(harm_verbs.get(v.lower_) or harm_verbs[v.lemma_.lower()])
            if not cats and tok.dep_ in ("dobj", "obj"):
                # "leaving no one dead": the casualty word said of nobody, the object of the verb
                cats = ["death" if cue_of[c.i] == "DEATH" else "injury" for c in tok.children
                        if c.i in cue_of and c.dep_ in ("amod", "acl")]
            if not cats or _not_done(ctx, verb):
                continue
            lo, hi = min(tok.left_edge.i, verb.i), max(tok.i, verb.i)
        elif low in nouns and tok.pos_ in ("NOUN", "ADJ", "PROPN", "VERB"):
            denied = any(c.dep_ == "det" and c.lower_ in determiners for c in tok.children)
            head = tok.head
            if not denied and head.i != tok.i:
                # « sans faire de victime », « n'a pas fait de victimes », "without casualties"
                denied = head.pos_ in ("VERB", "AUX") and _harm_denied_on(ctx, head) \
                    or head.pos_ == "ADP" and head.lower_ in words
                if not denied and head.pos_ == "ADP" and head.head.i != head.i \
                        and head.head.lemma_.lower() in report_nouns \
                        and any(c.dep_ == "det" and c.lower_ in determiners for c in head.head.children):
                    # "There were no reports of casualties": no word of any, told so
                    head = head.head
                    denied = True
            if not denied or head.pos_ in ("VERB", "AUX") and head.i != tok.i and (
                    _not_done(ctx, head) or head.lemma_.lower() not in toll_verbs and head.lower_ not in toll_verbs):
                continue
            if any(c.lower_ in not_yet for t in {tok.i: tok, head.i: head}.values() for c in t.children
                   if c.dep_ in NOT_YET_DEPS):
                continue  # ("There was no immediate word on casualties", "no casualties were immediately reported")
            cats = list(nouns[low])
            lo, hi = tok.left_edge.i, tok.i
            if head.pos_ in ("VERB", "AUX") and head.i != tok.i:
                lo, hi = min(lo, head.i), max(hi, head.i)
        else:
            continue
        span = ctx.doc[lo:hi + 1]
        out.append((ctx.sent_of_char(span.start_char), tuple(dict.fromkeys(cats)), span.start_char, span.end_char))
    return out


def _stated_none(ctx: Context, incidents: list[Incident], sents_of: dict[str, list[int]],
                 heads: dict[str, Trigger], by_sent: dict[int, list[Trigger]] | None = None) -> None:
    """A stated zero (:func:`_none_statements`) is the toll of the act its sentence tells (the nearest one's head
    when it tells several), else of the last act told before it in its paragraph ("Gunmen attacked a police post
    near Gao on Monday. There were no injuries."): 0/0/0, ``basis: "none"``, its words the evidence, for a field the
    act has no figure for. A figure told anywhere of the act wins: a zero never widens a toll ("Two soldiers were
    killed. No one else was hurt." keeps 2 dead, 0 hurt). A sentence whose only acts are definite nouns that built no
    act of their own ("Gunmen raided X on Monday. The attack left no one dead.", « L'attaque n'a fait aucun mort »:
    :func:`_is_definite`), with no place and no day of its own (not "The attack on Bria on Tuesday left no one
    dead"), tells that act again: its zero is the act's before it, as for a sentence of no act."""
    statements = _none_statements(ctx)
    if not statements:
        return
    told = [i for i in incidents if i.stage != "threatened" and sents_of.get(i.id)]
    for si, cats, start, end in statements:
        own = [i for i in told if si in sents_of[i.id]]
        if own:
            tok = ctx.doc.char_span(start, end, alignment_mode="expand")
            at = tok.start if tok is not None else 0
            inc = min(own, key=lambda i: abs(heads[i.id].tok_start - at) if i.id in heads else len(ctx.doc))
        else:
            para = ctx.para_of_sent[si] if si < len(ctx.para_of_sent) else None
            # (an act told before it, whatever is told of it again later: "... struck a fuel depot on Wednesday. There
            # were no casualties. [...] The RSF did not comment on the attack.")
            before = [i for i in told if min(sents_of[i.id]) < si and para is not None
                      and ctx.para_of_sent[max(k for k in sents_of[i.id] if k < si)] == para]
            if not before or si in ctx.trigger_types and not (by_sent and by_sent.get(si) and all(
                    _is_definite(ctx, t) for t in by_sent[si]) and not _place_or_day_of_its_own(ctx, si)):
                continue
            inc = max(before, key=lambda i: max(k for k in sents_of[i.id] if k < si))
        for cat in cats:
            fld = "fatalities" if cat == "death" else "injured"
            if getattr(inc, fld) is not None or any(e.field == fld for e in inc.evidence):
                continue
            setattr(inc, fld, Range(low=0, best=0, high=0, basis="none"))
            inc.evidence.append(ctx.ev(fld, start, end))


def _place_or_day_of_its_own(ctx: Context, si: int) -> bool:
    """Sentence ``si`` names a place or a day ("The attack on Bria on Tuesday left no one dead"): what it tells again
    may be another act than the one told before it."""
    lo, hi = ctx.sents[si].start_char, ctx.sents[si].end_char
    return any(lo <= p.start < hi for p in ctx.places) or any(lo <= d.start < hi for d in ctx.dates)


def _harm_denied_on(ctx: Context, verb) -> bool:
    """A word of ``quantities_<lang>.NO_HARM_WORDS`` on ``verb`` as its negation, adverb, marker or
    preposition ("without injuring", "sans faire de victimes", "did not hurt")."""
    words = lexicon_words("quantities", ctx.lang, "NO_HARM_WORDS")
    return any(c.dep_ in ("neg", "advmod", "mark", "case") and c.lower_ in words for c in verb.children)


def _hung_on_state(verb: Token) -> Token | None:
    """The subject of a dying verb the parse hung on the state told of it between commas (« Un commerçant, atteint
    par balle lors d'une attaque, est mort »: « commerçant » a complement of « atteint », an adverbial clause of
    « mort » with no subject): the noun before the participle, a comma between them; None when there is none."""
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    state = next((c for c in verb.children if c.dep_.split(":")[0] == "advcl" and c.i < verb.i
                  and "Part" in c.morph.get("VerbForm")), None)
    if state is None:
        return None
    noun = next((c for c in state.children if c.i < state.i and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or not any(t.is_punct for t in verb.doc[noun.i + 1:state.i]):
        return None
    return noun


def _heavy_toll(ctx: Context, cue: Token) -> bool:
    """``cue`` is a toll noun (``events_<lang>.TOLL_NOUNS``) told heavy with no figure: an adjective of
    ``HEAVY_TOLL_WORDS`` on it (« bilan lourd », « lourd bilan », "heavy toll"); not a toll said of things (« un
    bilan matériel lourd », ``NOT_DEATH_TOLL``). A toll that grows with no figure (« le bilan s'alourdit », "toll
    rises") is left without one (tests/test_event_rules.py holds it so)."""
    if cue.lemma_.lower() not in ctx.m.toll_nouns and cue.lower_ not in ctx.m.toll_nouns:
        return False
    words = lexicon_words("events", ctx.lang, "HEAVY_TOLL_WORDS")
    if not words or any(c.lower_ in lexicon_words("events", ctx.lang, "NOT_DEATH_TOLL") for c in cue.children):
        return False
    return any(c.dep_ == "amod" and (c.lemma_.lower() in words or c.lower_ in words) for c in cue.children)


def _implied_deaths(ctx: Context, sent: Span, deaths: list, kind: str = "DEATH",
                    named_only: bool = False) -> tuple[Range, int, int] | None:
    """The dead a headline names without a figure: a singular victim of a killing word is one
    ("une présumée sorcière tuée", "l'assassinat de l'imam"), coordinated ones add up ("un père et
    son fils tués" = 2), an indefinite plural is a few ("des morts", "des civils tués": 2 to 9).
    Only in the lead (later, "une enquête sur la mort du conducteur" refers back), and only when
    the sentence gives no death figure, or only the "un" of one of those victims. ``named_only``
    (a later sentence): only victims named by their name count ("Pedro Ruiz Diaz was assassinated")."""
    doc = ctx.doc
    # the wounded are named the same way ("injuring an 18-year-old girl", "minor injuries to a child
    # and a security guard"): ``kind`` "INJURY"
    indefinite = lexicon_words("quantities", ctx.lang, "INDEFINITE_PLURAL")
    preps = ctx.m.complement_preps if kind == "DEATH" else \
        ctx.m.complement_preps | lexicon_words("quantities", ctx.lang, "INJURY_PREPS")
    for label, s, e in ctx.cues:
        if label != kind or not (sent.start <= s < sent.end):
            continue
        cue = doc[s:e].root
        if cue.pos_ in ("VERB", "ADJ") and _denied_harm(ctx, cue):
            continue  # "A JOURNALIST, ROBERTO CASTANEDA, WHO WAS NOT HURT": nobody hurt
        if cue.pos_ == "VERB" and _doers_past(ctx, cue, None):
            continue  # "Boko Haram, which has killed thousands of people, attacked Bama": the doer's past
        # later in a story (``named_only``), only the named victim of a killing word below: no "des
        # morts", "deadly attacks" or "massacre"
        if not named_only and cue.pos_ == "NOUN" and "Plur" in cue.morph.get("Number") and any(
                c.dep_ in ("det", "case") and c.lower_ in indefinite for c in cue.children) and \
                not any(c.dep_ == "nummod" for c in cue.children) and \
                not (kind == "INJURY" and _injured_complement(ctx, cue) is not None) and not _denied_harm(ctx, cue):
            if deaths:
                return None
            if any("Neg" in c.morph.get("Polarity") for c in cue.head.children) and cue.head.i != cue.i:
                continue  # "il n'y a pas eu de victimes", "n'a pas fait de morts": none
            lo, best, hi = quantities_mod.CONVENTIONS["few"]
            return Range(low=lo, best=best, high=hi, basis="vague:few"), cue.idx, cue.idx + len(cue)
        if not named_only and kind == "DEATH" and cue.pos_ == "ADJ" and cue.dep_.split(":")[0] in ("amod", "acl") and \
                cue.head.lemma_.lower() in ctx.m.event_words | {w.lower() for w in ctx.m.event_words}:
            # "deadly attacks", "une attaque meurtrière": someone died, at least one
            if deaths:
                return None
            return Range(low=1, best=1, high=None, basis="at_least"), cue.idx, cue.idx + len(cue)
        if not named_only and kind == "DEATH" and cue.pos_ == "NOUN" and _heavy_toll(ctx, cue):
            # "Rebel attack leaves heavy toll", « bilan lourd après une attaque »: people died, more than one; how
            # many, the text does not say
            if deaths:
                return None
            return Range(low=2, best=None, high=None, basis="at_least"), cue.idx, cue.idx + len(cue)
        if not named_only and kind == "DEATH" and cue.pos_ == "NOUN" and cue.lemma_.lower() in ctx.m.mass_killings and \
                not any(c.dep_ == "nummod" for c in cue.children) and not _in_relative_clause(cue, sent):
            # "un nouveau massacre de civils à Mbrés": a killing of several, two at least; how many
            # more, the text does not say
            if deaths:
                return None
            return Range(low=2, best=None, high=None, basis="at_least"), cue.idx, cue.idx + len(cue)
        resultative = owned = False
        # a present participle said of a noun is what the noun did ("Armed group killing ... | Kouki",
        # "Rebels executing civilians": its object died), not what was done to it ("une sorcière tuée")
        active = "Pres" in cue.morph.get("Tense") and "Part" in cue.morph.get("VerbForm")
        own_subject = next((c for c in cue.children if c.dep_ in PASSIVE_SUBJECTS
                            and "Rel" not in c.morph.get("PronType")), None)
        if cue.dep_.split(":")[0] in ("acl", "amod") and cue.head.pos_ in ("NOUN", "PROPN") and not active \
                and own_subject is None:
            victim = _complemented_person(ctx, cue.head)
        elif own_subject is not None and cue.dep_.split(":")[0] == "acl":
            # a clause the parse hangs on a noun before it, with its own passive subject (« frappé un camp ... et
            # que des combattants avaient été tués »): who died is that subject, not the noun
            victim = own_subject
        else:
            victim = next((c for c in cue.children if (c.dep_ in VICTIM_DEPS and not _in_date(ctx, c)) or (
                cue.pos_ == "NOUN" and c.dep_ in ("nmod", "pobj") and any(
                    g.dep_ == "case" and g.lower_ in ctx.m.complement_preps for g in c.children))), None)
            if victim is None and (cue.pos_ == "NOUN" or cue.tag_ == "VBG"):
                # the English parse hangs the noun on its preposition: "the murder of a judge" (and a
                # gerund read as a verb: "after killing of a driver")
                victim = next((g for c in cue.children if c.dep_ == "prep" and c.lower_ in preps
                               for g in c.children if g.dep_ == "pobj"), None)
            if victim is None and kind == "DEATH" and cue.pos_ in ("VERB", "ADJ") and (
                    cue.lemma_.lower() in dying_words(ctx.lang) or cue.lower_ in dying_words(ctx.lang)):
                # "a judge died of his wounds", "un juge a succombé": the subject of a dying verb
                victim = next((c for c in cue.children if c.dep_ in ("nsubj", "expl:subj")), None)
                if victim is None:
                    victim = _hung_on_state(cue)
                if victim is None and cue.dep_ == "conj" and cue.head.pos_ == "VERB":
                    # "the mayor was shot by gunmen and died on the way": the passive subject of the
                    # verb it is coordinated with (who was acted on)
                    victim = next((c for c in cue.head.children if c.dep_ in PASSIVE_SUBJECTS), None)
            if victim is None and cue.pos_ == "VERB" and cue.dep_ == "conj" and cue.head.pos_ == "VERB" and not any(
                    c.dep_.startswith("nsubj") for c in cue.children):
                # "HE WAS AMBUSHED AND KILLED": the pronoun passive subject of the verb it is joined to,
                # when it stands for a person named before (:func:`_taken_up_person`)
                pron = next((c for c in cue.head.children if c.dep_ in PASSIVE_SUBJECTS and c.pos_ == "PRON"), None)
                if pron is not None and _taken_up_person(ctx, sent, pron) is not None:
                    victim = pron
            if victim is None and kind == "DEATH" and cue.pos_ == "ADJ" and (cue.dep_.split(":")[0] in (
                    "oprd", "acomp", "xcomp") or cue.dep_ == "advmod" and cue.head.pos_ == "VERB") and (
                    cue.lemma_.lower() in dying_words(ctx.lang) or cue.lower_ in dying_words(ctx.lang)):
                # a result said of whom the verb acted on ("shot dead a magistrate", "a judge was shot
                # dead", also when the parse makes DEAD an adverb of SHOT), or of the subject of a copula
                # ("the mayor is dead"): who died
                verb = cue.head
                victim = next((c for c in verb.children if c.dep_ in VICTIM_DEPS and not _in_date(ctx, c)), None)
                if victim is None and verb.lemma_.lower() in ctx.m.copulas:
                    victim = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if victim is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(
                        c.dep_.startswith("nsubj") for c in verb.children):
                    # "HE WAS DRAGGED INTO THE STREET AND SHOT DEAD": the pronoun passive subject of the verb
                    # it is joined to, when it stands for a person named before (:func:`_taken_up_person`)
                    pron = next((c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECTS and c.pos_ == "PRON"), None)
                    if pron is not None and _taken_up_person(ctx, sent, pron) is not None:
                        victim = pron
                if victim is None:
                    victim = _headline_passive_subject(ctx, sent, verb)  # "Trader shot dead on the road"
            if victim is None and kind == "DEATH" and cue.pos_ == "ADV" and cue.dep_ == "advmod" \
                    and cue.head.pos_ == "VERB":
                # an adverb of death on the verb ("was fatally wounded", « a été mortellement blessé »): who the
                # verb acted on died
                verb = cue.head
                victim = next((c for c in verb.children if c.dep_ in VICTIM_DEPS and not _in_date(ctx, c)), None)
                if victim is None:
                    victim = _headline_passive_subject(ctx, sent, verb)
            if victim is None and kind == "DEATH" and cue.pos_ == "VERB":
                victim = _headline_passive_subject(ctx, sent, cue)  # "Peacekeeper killed in ambush"
            if victim is None and cue.pos_ == "NOUN" and kind == "INJURY":
                # the wounded after their own preposition, on the noun or on the verb that causes
                # the injuries ("causing minor injuries to a child", "des blessures à un enfant")
                victim = _injured_complement(ctx, cue)
            if victim is None and cue.pos_ == "NOUN":
                # the possessor of a word of death is who died ("Judge Ruiz's murder", "Maria Lopez'
                # death"); of a whole noun phrase, the noun it closes ("the governor of Antioquia's
                # murder"). A possessive pronoun refers back ("his death"): no victim of its own
                owner = possessive(cue)
                victim = owner if owner is None else closed_phrase_head(owner) or owner
                owned = victim is not None  # one person's death is no toll ("Lopez's death")
            if victim is not None and victim.pos_ == "PRON" and cue.dep_ in ("relcl", "acl:relcl") \
                    and cue.head.pos_ in ("NOUN", "PROPN"):
                victim = cue.head  # "Enrique Lopez, who was murdered": the noun the relative is said of
            verb = _phrase_head(cue)
            if victim is None and cue.pos_ == "NOUN" and verb.pos_ == "VERB" and (
                    cue.dep_ == "pobj" or cue.dep_.split(":")[0] == "obl"):
                # a result said of the object ("stabbed the prefect to death", "battu à mort un
                # enseignant"): the object died ("death" is no toll there)
                victim = next((c for c in verb.children if c.dep_ in ("obj", "dobj")), None)
                resultative = victim is not None
        # (a result of death said on the verb: "shot her dead", "found dead", « retrouvés morts »)
        result = cue.pos_ == "ADJ" and cue.dep_.split(":")[0] in ("oprd", "xcomp", "acomp") or cue.pos_ == "NOUN" \
            and cue.dep_.split(":")[0] in ("obl", "xcomp") and not any(c.dep_ in DETERMINER_DEPS for c in cue.children)
        killed = _taken_and_killed(ctx, cue.head if result else cue) \
            if kind == "DEATH" and (victim is None or victim.pos_ in ("PRON", "DET")) else None
        if killed is not None:
            # "abducted a trader and killed him", « et l'ont exécuté »: the pronoun stands for the one taken in its
            # sentence; "were abducted ... and later executed": the passive subject they share
            victim = killed[2]
            if victim.pos_ in ("PRON", "DET") and victim.lower_ in ctx.m.person_pronouns_singular:
                if deaths:
                    return None
                # (the taken named, whose words tell whether a civilian died: "a trader", « un commerçant »)
                taken = next((v for v in ctx.victims if v.tok_start <= killed[1].i < v.tok_end), None)
                return (Range.exact(1), taken.start, taken.end) if taken is not None \
                    else (Range.exact(1), victim.idx, victim.idx + len(victim))
            if victim.i == killed[1].i and _has_figure(victim):
                # "Two traders were abducted ... and later executed": the figure of the taken counts the dead
                if deaths:
                    return None
                q = next((q for q in ctx.quantities if q.head_start is not None and victim.left_edge.idx <= q.start
                          and victim.idx <= q.head_start < victim.idx + len(victim) and q.value.best is not None), None)
                if q is not None:
                    return q.value, q.start, q.end
        beside = _killed_beside_the_taken(ctx, cue.head if result else cue) \
            if kind == "DEATH" and killed is None and (victim is None or victim.pos_ in ("PRON", "DET")) else None
        if beside is not None:
            # "abducted the wife of a trader and killed him", « l'ont tué »: one dead, the other person of the taken
            # phrase the pronoun stands for (whose words tell whether a civilian died)
            if deaths:
                return None
            return Range.exact(1), beside[1].start, beside[1].end
        toll = not (resultative or owned) and (cue.lemma_.lower() in ctx.m.toll_nouns or cue.lower_ in ctx.m.toll_nouns)
        if toll and kind == "DEATH" and not named_only and cue.pos_ == "NOUN" and (
                cue.lower_ in ctx.m.body_nouns or cue.lemma_.lower() in ctx.m.body_nouns) and found_body(cue, ctx.m):
            # a body found is one dead ("un corps sans vie retrouvé"), or whose body it is ("the body of
            # a trader found", "les corps d'un père et de son fils retrouvés": two)
            toll = False
            if victim is None and not any(c.dep_ == "nummod" for c in cue.children):
                victim = cue
            poss = _body_possessive(ctx, cue) if victim is cue and not deaths and is_plural(cue) else None
            if poss is not None and poss.lower_ in ctx.m.possessives_plural:
                # "X AND Y WERE ABDUCTED ... THEIR BODIES WERE FOUND": the persons listed, or counted,
                # before the possessive
                owner = _body_owner(ctx, cue, ctx.sent_of_char(cue.idx), [])
                names = _listed_names(ctx, owner) if owner is not None else []
                q = None if names else _pronoun_count(ctx, poss)
                if names or q is not None:
                    return (Range.exact(len(names)), cue.idx, cue.idx + len(cue)) if names else (q.value, q.start, q.end)
        taken_up = _taken_up_person(ctx, sent, victim) if victim is not None and not deaths else None
        if taken_up is not None:
            # "X HAD RECEIVED DEATH THREATS. ON SATURDAY HE WAS KILLED", "Il a été abattu": a later
            # sentence whose personal pronoun stands for a person named before: one for HE / IL, the
            # people counted before for THEY / ILS
            if victim.lower_ in ctx.m.person_pronouns_singular:
                return Range.exact(1), victim.idx, victim.idx + len(victim)
            names = _listed_names(ctx, taken_up)
            if names:  # "TWO AGRONOMISTS, X AND Y, ... MURDERED THEM": the persons listed
                return Range.exact(len(names)), victim.idx, victim.idx + len(victim)
            q = _pronoun_count(ctx, victim)
            if q is not None:
                return q.value, q.start, q.end
            continue
        if victim is not None and not named_only and victim.pos_ in ("PRON", "DET") \
                and victim.lower_ in ctx.m.person_pronouns_plural - ctx.m.person_pronouns_singular:
            # "stopped two teachers ... and killed them", "les ont tués": the pronoun stands for the
            # people counted before it
            q = None if deaths else _pronoun_count(ctx, victim)
            if q is not None:
                return q.value, q.start, q.end
            # "X AND HIS WIFE, Y, WERE DRIVING ... WHEN ARMED MEN SHOT THEM DEAD": the persons coordinated before it
            group = [] if deaths else _coordinated_persons(ctx, ctx.sent_of_char(victim.idx), victim.i, [])
            if group:
                return Range.exact(len(group)), victim.idx, victim.idx + len(victim)
            continue
        if victim is not None and not named_only and not deaths and (victim.pos_ == "PRON" or victim.is_upper) \
                and victim.lower_ in lexicon_words("quantities", ctx.lang, "DUAL_PRONOUNS"):
            return Range.exact(2), victim.idx, victim.idx + len(victim)  # "KILLING BOTH": two
        others = _pronoun_companions(ctx, victim, cue) if victim is not None and not named_only else None
        if others:
            # "wounding him and his driver", "killing her and her bodyguard": the singular pronoun is one
            # person (the one named before it) beside the others the act hit; with a figure ("killing him
            # and his two brothers") the figure and one
            people = [victim, *others]
            if any(_has_figure(t) for t in others):
                counted = _counted_plus_singles(ctx, people, deaths, singles_ok=(victim,))
                if counted is not None:
                    return counted
                continue
            if deaths or any("Sing" not in t.morph.get("Number") for t in others):
                continue
            return Range.exact(len(people)), victim.idx, max(t.idx + len(t) for t in people)
        if victim is None or toll or (victim is not cue and not _may_be_victim(ctx, victim)):
            continue
        if named_only and not (_named_person(ctx, victim) and _first_named(ctx, victim)) \
                and not _new_person(ctx, victim):
            continue
        # "the murder of Jose Perez and Manuel Ortiz": a person's name joined to the name of the one hit is
        # one more person hit, whatever the tagger read in it (no place)
        named = _named_person(ctx, victim)
        group = [t for t in _victim_group(victim) if t == victim or _is_person(ctx, t) or _victim_noun(ctx, t)
                 or _titled_name(ctx, t) or named and _named_person(ctx, t)
                 and not any(s <= t.idx < e for s, e in ctx.place_spans)]
        if named_only and not all(_named_person(ctx, t) or t is victim and _new_person(ctx, t) for t in group):
            continue
        cc = next((c for c in victim.children if c.dep_ == "cc" and c.i < victim.i), None)
        if len(group) == 1 and cc is None and victim.dep_ in PASSIVE_SUBJECTS + ("nsubj",):
            # "le chauffeur et son fils ont été tués", parsed as two subjects of the verb: the
            # second, opened by "et", is one more person hit with the first
            other = next((c for c in victim.head.children if c.i > victim.i and c.dep_ == victim.dep_
                          and any(k.dep_ == "cc" for k in victim.doc[victim.i + 1:c.i])), None)
            if other is not None and _is_person(ctx, other) and "Sing" in other.morph.get("Number"):
                group = [victim, other]
        if len(group) == 1 and cc is None and victim.dep_ in ("obj", "dobj"):
            # « ont tué le fils et la fille d'un planteur », parsed with the second object joined to the verb:
            # a person noun opened by "et" is one more person hit with the first
            other = next((c for c in victim.head.children if c.i > victim.i and c.dep_ == "conj"
                          and c.pos_ in ("NOUN", "PROPN") and any(k.dep_ == "cc" for k in c.children)), None)
            if other is not None and _is_person(ctx, other) and "Sing" in other.morph.get("Number"):
                group = [victim, other]
        if len(group) == 1 and cc is not None:
            # the parser may hang "son frère" elsewhere: the person noun just before "et" is the other
            before = next((t for t in reversed(doc[sent.start:cc.i]) if t.pos_ in ("NOUN", "PROPN")), None)
            if before is not None and _is_person(ctx, before) and "Sing" in before.morph.get("Number"):
                group = [before, victim]
        # the coordinated nouns the victims' reader takes for people too ("a judge and two court
        # employees"): a figure that counts some of them, and one person coordinated with them
        # adds one ("le maire et ses deux gardes du corps": three)
        people = [t for t in _victim_group(victim) if t in group or _victim_noun(ctx, t)]
        people += [t for t in _hung_conjuncts(victim, ctx.m.complement_preps)
                   if t not in people and (_is_person(ctx, t) or _victim_noun(ctx, t))]
        if any(_has_figure(t) for t in people):
            return _counted_plus_singles(ctx, people, deaths)
        numbers = [["Sing"] if _name_read_as_plural(t, ctx.lang) else t.morph.get("Number") for t in group]
        if any("Plur" in n for n in numbers):
            if deaths or len(group) > 1:
                return None
            # "des civils", "some villagers", and a headline's bare plural ("Rebels kill civilians"):
            # indefinite; "the civilians", "ses enfants", "many villagers" are not a few, and later
            # in a story a bare plural is more often a generalisation or known people ("the brutal
            # assassination of Jesuit priests")
            bare = sent.start == ctx.sents[0].start and not any(
                c.dep_ in DETERMINER_DEPS or c.lower_ in ctx.m.quantities.VAGUE
                for c in victim.children)
            if not (bare or any(c.dep_ in ("det", "case") and c.lower_ in indefinite for c in victim.children)):
                return None
            if not (_is_person(ctx, victim) or _victim_noun(ctx, victim)):
                return None  # « Les manifestants ont abattu des arbres »: no one, with no figure to say so
            lo, best, hi = quantities_mod.CONVENTIONS["few"]
            return Range(low=lo, best=best, high=hi, basis="vague:few"), victim.idx, victim.idx + len(victim)
        if any(t.pos_ == "NOUN" and "Sing" not in n and not _name_read_as_plural(t, ctx.lang) for t, n in zip(group, numbers)):
            return None
        first = group[0].left_edge
        while first.i < group[0].i and first.is_punct:
            first = doc[first.i + 1]  # (not the comma the parse hung on a name in apposition: ", Musa Bello")
        a, b = first.idx, group[-1].idx + len(group[-1])
        if any(not (a <= c.quantity.start and c.quantity.end <= b) for c in deaths) or \
                sum((c.quantity.value.best or 0) for c in deaths) >= len(group):
            return None
        return Range.exact(len(group)), a, b
    return None


def _headline_passive_subject(ctx: Context, sent: Span, verb):
    """A headline drops the auxiliary of its passive ("Peacekeeper killed in ambush", "Trader shot
    dead on the road"), which the parser reads as a past tense with a subject: in a headline (the
    first sentence, with no full stop), a killing verb in the past or its participle ("Soldier killed
    in ambush") with no object and no auxiliary says its subject was killed. None otherwise."""
    if sent.start != ctx.sents[0].start or sent[-1].text in (".", "!") or verb.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "ccomp", "xcomp") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _in_relative_clause(tok, sent: Span) -> bool:
    """``tok`` is said inside a relative clause of its sentence ("the judge, who was investigating the
    massacre at La Rochela, was killed"): what it names describes someone, it is no toll of the act."""
    t = tok
    while t.head.i != t.i and sent.start <= t.head.i < sent.end:
        if t.dep_ in ("relcl", "acl:relcl"):
            return True
        t = t.head
    return False


def _injured_complement(ctx: Context, cue):
    """The person a noun of injury is said of by the preposition of the wounded
    (``quantities_<lang>.INJURY_PREPS``), on the noun or on the verb whose object it is ("causing
    minor injuries to a child", "causant des blessures à un enfant"), or None."""
    words = lexicon_words("quantities", ctx.lang, "INJURY_PREPS")
    holders = [cue] + ([cue.head] if cue.dep_ in ("dobj", "obj") and cue.head.pos_ == "VERB" else [])
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in words:
                g = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
                if g is not None:
                    return g
            if c.dep_.split(":")[0] in ("nmod", "obl") and c.pos_ in ("NOUN", "PROPN") and any(
                    g.dep_ == "case" and g.lower_ in words for g in c.children):
                return c
    return None


def _has_figure(tok) -> bool:
    """A figure counts the noun ``tok``, or the parser hangs it on one of its compounds ("three court
    employees", "two justice ministry employees")."""
    return any(c.dep_ == "nummod" or c.dep_ == "compound" and _has_figure(c) for c in tok.children)


def _hung_conjuncts(tok, preps=frozenset()) -> list:
    """Nouns coordinated with ``tok`` that the parser hangs elsewhere: on a coordinated preposition
    ("the murder of a judge and of two employees") or on the head of ``tok`` after it, with their
    own conjunction ("l'assassinat d'un juge et de deux employés", "tué le maire et ses deux gardes");
    and, right after ``tok``'s phrase, a conjunction and its complement preposition again (of
    ``preps``: "of", "de"/"d'"), whatever earlier preposition the parse hangs that one on ("the
    result of the murder of a judge and of two employees")."""
    out = []
    doc = tok.doc
    own = tok.head if tok.dep_ == "pobj" else next((c for c in tok.children if c.dep_ == "case"), None)
    i = tok.right_edge.i + 1
    if own is not None and own.lower_ in preps and i + 1 < len(doc) and doc[i].pos_ == "CCONJ" \
            and doc[i + 1].lower_ in preps:
        again = doc[i + 1]
        out += [g for g in again.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
        if again.dep_ == "case" and again.head.pos_ in ("NOUN", "PROPN") and again.head.i > again.i:
            out.append(again.head)
    if tok.dep_ == "pobj" and tok.head.pos_ == "ADP":
        out += [g for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "ADP"
                for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    out += [c for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")
            and any(g.dep_ == "cc" for g in c.children) and tok.head.i != tok.i]
    return list(dict.fromkeys(out))  # a noun two of the rules find, once


def _titled_name(ctx: Context, tok) -> bool:
    """``tok`` ends a person's name that a rank or a role of the victims' reader opens ("SERGEANT JOSE LUNA",
    « LE CAPORAL LUC BERGER »): the mention lies in the name's words before it."""
    if tok.pos_ not in ("PROPN", "NOUN"):
        return False
    rank = next((v for v in ctx.victims if tok.left_edge.i <= v.tok_start and v.tok_end < tok.i), None)
    # a surname that is also a word ("PRIVATE JUAN CHASE": "chase" a noun) after a first name
    return rank is not None and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") for t in tok.doc[tok.left_edge.i:tok.i]) \
        and (tok.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in tok.doc[rank.tok_end:tok.i]))


def _victim_noun(ctx: Context, tok) -> bool:
    """``tok`` is the head of a person mention of the victims' reader ("two court employees")."""
    return any(v.tok_start <= tok.i < v.tok_end for v in ctx.victims) and tok.pos_ in ("NOUN", "PROPN")


def _pronoun_companions(ctx: Context, pron, cue) -> list:
    """The persons coordinated with a singular personal pronoun that is the object of a word of death
    or injury ("killing him and his two brothers", "wounding him, his wife and their daughter"; the
    parser may hang the later ones on the verb): person nouns with a possessive of their own, the
    people of the one the pronoun stands for. Empty when ``pron`` is no such pronoun."""
    if pron.pos_ not in ("PRON", "DET") or pron.lower_ not in ctx.m.person_pronouns_singular \
            or pron.dep_ not in VICTIM_DEPS:
        return []
    # read in the words, not the parse, which hangs the later ones anywhere: after the pronoun, a
    # comma or a coordinator, then a noun phrase opened by its possessive, and so on
    doc, out, j = pron.doc, [], pron.i + 1
    joiners = ctx.m.coordinators
    while j < pron.sent.end:
        if doc[j].text == "," or doc[j].lower_ in joiners:
            j += 1
            continue
        noun = next((t for t in doc[j:min(j + 4, pron.sent.end)] if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or not all(t.i == noun.i or t.head.i == noun.i and t.dep_ in DETERMINER_DEPS + (
                "amod", "det:poss") for t in doc[j:noun.i + 1]):
            break
        out.append(noun)
        j = noun.i + 1
    if not out or not all((_is_person(ctx, t) or _victim_noun(ctx, t)) and any(
            c.dep_ in ("poss", "nmod:poss", "det:poss") or "Poss=Yes" in str(c.morph) for c in t.children)
            for t in out):
        return []
    return out


def _counted_plus_singles(ctx: Context, group: list, deaths: list,
                          singles_ok: tuple = ()) -> tuple[Range, int, int] | None:
    """The toll of coordinated victims some of whom a figure counts ("a judge and two court
    employees"): the figures of the sentence, all inside the group and each counting one of its
    nouns, plus one for each member that is one person with no figure (a singular person noun or a
    name). None when a figure lies outside the group, counts none of its nouns, or no member is
    uncounted."""
    if len(group) < 2 or not deaths:
        return None
    a, b = group[0].left_edge.idx, group[-1].idx + len(group[-1])
    heads = [_head_span(ctx, c.quantity) for c in deaths]
    # a member a figure of the sentence counts already ("a woman": its "a") is no single to add
    counted = [t for t in group if _has_figure(t) or any(h is not None and h.start <= t.i < h.end for h in heads)]
    singles = [t for t in group if t not in counted]
    if not singles or not all(a <= c.quantity.start and c.quantity.end <= b for c in deaths):
        return None
    if any(h is None for h in heads) or not all(any(t.left_edge.i <= h.start and h.end <= t.i + 1 for h in heads) for t in counted):
        return None
    if not all(t in singles_ok or _is_person(ctx, t) or _victim_noun(ctx, t) or _named_person(ctx, t) for t in singles) or any(
            "Plur" in t.morph.get("Number") and not _name_read_as_plural(t, ctx.lang) for t in singles):
        return None
    total = _sum([c.quantity.value for c in deaths] + [Range.exact(len(singles))])
    return total, a, b


def _name_read_as_plural(tok, lang: str) -> bool:
    """A first name the tagger read as a plural noun ("Gunmen killed Dolores", "Rosa a été tuée"):
    no determiner or figure before it, and the named-entity reader takes it for a person, or it is
    capitalised inside a sentence written in lower case (not a headline's capitals) and is no word
    of the language's word list ("killed Marines": a noun). One person."""
    if tok.pos_ not in ("NOUN", "PROPN") or "Plur" not in tok.morph.get("Number") or not tok.is_title:
        return False
    if any(c.dep_ in DETERMINER_DEPS or c.dep_ == "nummod" for c in tok.children):
        return False
    if tok.ent_type_ in ("PER", "PERSON"):
        return True
    if is_common_word(tok.lower_, lang) or is_common_word(tok.lemma_.lower(), lang):
        return False
    words = [t for t in tok.sent if t.is_alpha and not t.is_stop and t.i != tok.sent.start]
    lower = sum(1 for t in words if t.is_lower)
    return tok.i != tok.sent.start and lower * 2 > len(words)


def _pronoun_count(ctx: Context, pron):
    """The figure of the people a plural personal pronoun stands for: the last person noun before
    it, in its sentence or the one before (never an armed actor), when a figure counts that noun
    ("Gunmen stopped two teachers and killed them": two). None when that noun has no figure."""
    si = next((k for k, s in enumerate(ctx.sents) if s.start <= pron.i < s.end), 0)
    v = _person_before(ctx, si, pron.i, True, [])
    if v is None:
        return None
    span = ctx.doc[v.tok_start:v.tok_end]
    lo = span.root.left_edge.idx
    return next((q for q in ctx.quantities if q.head_start is not None and lo <= q.start
                 and span.start_char <= q.head_start < span.end_char and q.value.best is not None), None)


def _named_person(ctx: Context, tok) -> bool:
    """A person's name: a proper noun with a first name or title before it ("Pedro Ruiz Diaz",
    "Msgr Romero"), no place, organisation or armed actor."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
        return False
    if tok.ent_type_ == "ORG" and not _body_read_as_organisation(ctx, tok):
        return False
    if any(a.tok_start <= tok.i < a.tok_end for a in ctx.actors):
        return False
    return any(c.dep_ in ("compound", "flat", "flat:name") and c.pos_ == "PROPN" for c in tok.children) or any(
        c.dep_ in ("compound", "flat", "flat:name") and c.i < tok.i for c in tok.children)


def _body_read_as_organisation(ctx: Context, tok) -> bool:
    """The organisation the tagger read around a name swallows a noun of bodies before it ("THE BODIES OF JUAN PEREZ
    AND CARLOS RUIZ WERE FOUND", in capitals one organisation): no organisation's name, the name is a person's."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and any(t.i < tok.i and t.pos_ == "NOUN" and (
        t.lower_ in ctx.m.body_nouns or t.lemma_.lower() in ctx.m.body_nouns) for t in ent)


def _new_person(ctx: Context, tok) -> bool:
    """A later sentence brings in one person not told before: a singular noun with an indefinite article
    (quantities_<lang>.ADDED_SINGULAR_ARTICLES: "a second protester was killed", « un deuxième manifestant
    a été tué », "gunmen killed a village chief"), or with a name in apposition said for the first time
    ("A 19-year-old student, Brian Otieno, was shot ... and died"). A definite noun ("the driver") or a
    figure may refer back to people already counted."""
    if tok.pos_ != "NOUN" or "Plur" in tok.morph.get("Number") or any(c.dep_ == "nummod" for c in tok.children):
        return False
    articles = set(getattr(ctx.m.quantities, "ADDED_SINGULAR_ARTICLES", ()))
    if any(c.dep_ == "det" and c.lower_ in articles for c in tok.children):
        return True
    return any(c.dep_ == "appos" and _named_person(ctx, c) and _first_named(ctx, c) for c in tok.children)


def _first_named(ctx: Context, tok) -> bool:
    """The surname ``tok`` is not in the text before its sentence: a name said again refers back to
    a person already reported ("the murder of Rosa Gonzalez ... Gonzalez was killed on ...")."""
    before = ctx.document.text[:tok.sent.start_char].lower()
    return re.search(rf"\b{re.escape(tok.lower_)}\b", before) is None


def _counts_the_dead(ctx: Context, q) -> bool:
    """The counted noun of ``q`` is itself a word of death ("des dizaines de morts", "plusieurs
    tués", "dozens dead")."""
    span = _head_span(ctx, q)
    return span is not None and any(label == "DEATH" and s <= span.start < e for label, s, e in ctx.cues)


def _head_span(ctx: Context, q) -> Span | None:
    """The tokens of the noun the figure ``q`` counts ("two NCOs": "NCOs"), or None."""
    return None if q.head_start is None else ctx.doc.char_span(q.head_start, q.head_end, alignment_mode="expand")


def _complemented_person(ctx: Context, tok):
    """The person a participle after a noun complement is said of: the parser may hang "tué" on
    the last noun of "le chef d'état-major de la milice tué"; the dead is the person whose "de"
    complement that noun is. ``tok`` itself when no person heads the chain."""
    t = tok
    of = ctx.m.complement_preps
    while not _is_person(ctx, t) and t.dep_.split(":")[0] == "nmod" and t.head.pos_ in ("NOUN", "PROPN") \
            and t.head.i < t.i and any(c.dep_ == "case" and c.lower_ in of for c in t.children):
        t = t.head
    return t if _is_person(ctx, t) else tok


def _np_head(ctx: Context, a: ActorMention):
    """The noun an actor mention belongs to ("Rebel" in "Rebel fighters" -> "fighters")."""
    tok = ctx.doc[a.tok_start:a.tok_end].root
    while tok.dep_ in ("compound", "amod", "flat", "flat:name") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _doer_phrases(ctx: Context, trig: Trigger, armed: list[ActorMention]) -> list[tuple[int, int]]:
    """Token spans of the phrases of the people who did it: the active subject of the trigger's
    verb when it is an armed actor ("four unidentified individuals in a car shot at ...")."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    verb = root if root.pos_ == "VERB" else None
    if verb is None:
        return []
    heads = {ctx.doc[a.tok_start:a.tok_end].root.i for a in armed}
    out = []
    for c in verb.children:
        if c.dep_ in ("nsubj",) and (c.i in heads or any(a.tok_start <= c.i < a.tok_end for a in armed)):
            out.append((c.left_edge.i, c.right_edge.i + 1))
    return out



def _forces_hit_name(ctx: Context, v: VictimMention) -> str:
    """The forces a soldier hit belongs to: those of the state a demonym on the victim's noun names ("a Malian
    soldier", « un soldat nigérien » : Military Forces of Mali, of Niger), as for a plural ("Malian soldiers",
    :func:`bilan.extract.actors.find_actors`); "state forces" when none does."""
    doc = ctx.doc
    root = doc[v.tok_start:v.tok_end].root
    iso = next((ctx.m.demonyms[t.lower_] for t in root.children
                if t.dep_.split(":")[0] in ("amod", "compound") and t.lower_ in ctx.m.demonyms), None)
    return forces_name(iso)


def _forces_hit(ctx: Context, sent: Span, armed: list[ActorMention], agent: ActorMention | None,
                anchors: list[tuple[int, int]], tied: list[VictimMention] = ()) -> list[ActorMention]:
    """The soldiers and police of ``sent`` an act hit: state forces or police tied to one of
    ``anchors`` as its victims are (object, passive subject, a casualty word's person), or picked out of
    the victims ``tied`` before them ("TWELVE PASSENGERS, THREE OF WHOM ARE POLICEMEN, WERE HURT"), not its
    ``agent``, nor named by an agent phrase ("killed by soldiers"), nor its active subject."""
    markers = ctx.m.agent_markers
    out = []
    for a in armed:
        if a.kind not in FORCE_KINDS or a is agent or (agent is not None and a.name == agent.name
                                                        and a.tok_start == agent.tok_start):
            continue
        head = _np_head(ctx, a)
        if head.dep_ in ("agent", "obl:agent") or head.head.lower_ in markers or any(
                c.dep_ in ("case", "prep") and c.lower_ in markers for c in head.children) or (
                a.tok_start > sent.start and ctx.doc[a.tok_start - 1].lower_ in markers):
            continue
        mention = VictimMention(a.start, a.end, a.text, a.tok_start, a.tok_end, civilian=False)
        before = [v for v in tied if v.tok_end <= a.tok_start]
        if any(v is mention for v in victims_of(ctx.doc, sent, [*before, mention], anchors, [], ctx.lang)):
            out.append(a)
    return out


def _reporting_subjects(ctx: Context, sent: Span) -> set[int]:
    """The tokens of the subjects of the sentence's reporting verbs ("THE MAYOR OF SOYAPANGO, LUIS
    CASTILLO, TOLD REPORTERS", « le journaliste ... a indiqué ») and verbs of reaction (REACTION_VERBS:
    "THE ASSOCIATION OF UNIVERSITY STUDENTS CONDEMNED THE MURDER"): who tells or answers an act, not
    whom it hit, even where the claim's speaker was read elsewhere."""
    out: set[int] = set()
    reacting = ctx.m.reaction_verbs or frozenset()
    casualty = {i for label, s, e in ctx.cues if label in ("DEATH", "INJURY") and sent.start <= s < sent.end
                for i in range(s, e)}
    for t in sent:
        if t.pos_ == "VERB" and (t.lemma_.lower() in ctx.m.reporting or t.lemma_.lower() in reacting):
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            for c in subj:
                # (not the people a relative clause on the teller says were hit: "A TAXI DRIVER WHO TOOK THREE
                # WOUNDED PASSENGERS TO THE HOSPITAL SAID", « qui a conduit trois passagers blessés »; "A PEASANT WHO
                # WITNESSED THE KIDNAPPING OF AGRONOMIST LUIS RIVERA SAID")
                rels = [r for r in c.children if r.dep_ in ("relcl", "acl:relcl")]
                hit = {i for r in rels for v in ctx.victims
                       if r.left_edge.i <= v.tok_start and v.tok_end <= r.right_edge.i + 1
                       and any(k.i in casualty and k.dep_.split(":")[0] in ("amod", "acl")
                               for k in ctx.doc[v.tok_start:v.tok_end].root.children)
                       for i in range(v.tok_start, v.tok_end)}
                patient = lexicon_words("victims", ctx.lang, "PATIENT_EVENT_NOUNS")
                for r in rels:
                    for k in r.subtree:
                        own = named_possessor(ctx.doc, ctx.lang, k.i, k.i + 1, [])
                        if own is not None:
                            hit.update(range(own.tok_start, own.tok_end))
                    for v in ctx.victims:  # « de l'enlèvement de l'agronome Luis Rivera »
                        root = ctx.doc[v.tok_start:v.tok_end].root
                        noun = root.head.head if root.dep_ == "pobj" else root.head
                        if r.left_edge.i <= v.tok_start <= r.right_edge.i and root.dep_ in ("nmod", "pobj") \
                                and noun.i < root.i and noun.lower_ in patient:
                            hit.update(x.i for x in root.subtree)
                out.update(x.i for x in c.subtree if x.i < t.i and x.i not in hit)
            if t.lemma_.lower() in ctx.m.reporting:
                # and whom it is told to ("TOLD REPORTERS THAT", « a déclaré aux journalistes que »)
                # (only the person's own words: « à l'origine de la mort de dizaines de civils » is no audience)
                for a in _addressees(ctx, t):
                    out.update(i for v in ctx.victims if v.tok_start <= a.i < v.tok_end for i in range(v.tok_start, v.tok_end))
            if not subj and t.i > sent.start and ctx.doc[t.i - 1].text == ",":
                # the parse gave the verb no subject: a person's phrase right before its comma is
                # who tells ("..., THE MAYOR OF SOYAPANGO, LUIS CASTILLO, TOLD REPORTERS")
                for v in ctx.victims:
                    rest = ctx.doc[v.tok_end:t.i - 1]
                    if sent.start <= v.tok_start and v.tok_end <= t.i - 1 and len(rest) <= 8 and all(
                            x.pos_ in ("PROPN", "ADP", "DET") or x.text == "," for x in rest):
                        out.update(range(v.tok_start, t.i - 1))
    # and the source of an attribution ("according to residents", « selon des habitants »): who tells it, named
    # after the words that attribute
    # (up to the comma that ends the phrase: "ACCORDING TO MILITARY REPORTS, CORPORAL X WAS KILLED")
    first, last = sent[0].idx, sent[-1].idx
    spoken = set()
    for c in ctx.claims:
        if not first <= c.verb_start <= last:
            continue
        after = sorted(i for i in c.speaker_tokens if ctx.doc[i].idx >= c.verb_end)
        for i in after:
            if any(ctx.doc[j].is_punct for j in range(after[0], i + 1)):
                break
            spoken.add(i)
        # the speaker right before a verb the parse gave no subject, read by the claims ("..., including three
        # children, a resistance group and a local resident said", the tellers parsed as more of the children)
        verb = next((t for t in sent if t.idx == c.verb_start), None)
        before = [i for i in c.speaker_tokens if ctx.doc[i].idx < c.verb_start]
        if verb is not None and before and max(before) == verb.i - 1 and verb.dep_ == "ROOT" \
                and not any(k.dep_.startswith("nsubj") for k in verb.children):
            # (a clause's own verb, not a participle on a noun: "EXECUTED 8 VILLAGERS ACCUSED OF COLLABORATING")
            spoken.update(before)
    out.update(i for v in ctx.victims if spoken.intersection(range(v.tok_start, v.tok_end))
               for i in range(v.tok_start, v.tok_end))
    return out


def _ransom_payers(ctx: Context, sent: Span) -> set[int]:
    """The tokens of whoever pays a ransom in ``sent`` ("HIS FAMILY PAID A RANSOM", « son père a versé une
    rançon », « le paiement d'une rançon par sa famille »): the subject of a paying verb (victims
    PAYING_VERBS) whose object is a ransom (RANSOM_NOUNS), or the agent phrase (PAYER_PREPS) of the ransom
    or of its payment (PAYMENT_NOUNS). They pay for the one kidnapped and are not hit themselves."""
    ransoms = lexicon_words("victims", ctx.lang, "RANSOM_NOUNS")
    if not ransoms:
        return set()
    paying = lexicon_words("victims", ctx.lang, "PAYING_VERBS")
    payment = lexicon_words("victims", ctx.lang, "PAYMENT_NOUNS")
    preps = lexicon_words("victims", ctx.lang, "PAYER_PREPS")
    out: set[int] = set()

    def agents(tok) -> None:
        for c in tok.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in preps:
                out.update(x.i for g in c.children if g.dep_ == "pobj" for x in g.subtree)
            elif c.dep_.split(":")[0] in ("nmod", "obl") and any(k.dep_ == "case" and k.lower_ in preps for k in c.children):
                out.update(x.i for x in c.subtree)

    for t in sent:
        if t.lower_ not in ransoms and t.lemma_.lower() not in ransoms:
            continue
        agents(t)
        head = t.head
        if t.dep_ in ("dobj", "obj") and (head.lemma_.lower() in paying or head.lower_ in paying):
            out.update(x.i for c in head.children if c.dep_ in ("nsubj", "agent", "obl:agent")
                       for x in c.subtree)
        elif head.lower_ in payment or head.lemma_.lower() in payment:
            agents(head)
    return out


def _addressees(ctx: Context, verb) -> list:
    """Whom a reporting verb tells it to: its indirect object, the object of an addressee preposition
    (claims ADDRESSEE_PREPS: "said to reporters", « aux journalistes »), or the object of a verb of telling
    (ADDRESSING_VERBS: "TOLD REPORTERS THAT ...") when the verb has a clause of its own for what is told."""
    preps = lexicon_words("claims", ctx.lang, "ADDRESSEE_PREPS")
    out = [c for c in verb.children if c.dep_ in ("dative", "iobj") and c.pos_ in ("NOUN", "PROPN")]
    out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    out += [c for c in verb.children if c.dep_.split(":")[0] in ("obl", "nmod") and any(
        k.dep_ == "case" and k.lower_ in preps for k in c.children) and c.pos_ in ("NOUN", "PROPN")]
    if (verb.lemma_.lower() in lexicon_words("claims", ctx.lang, "ADDRESSING_VERBS")
            or verb.lower_ in lexicon_words("claims", ctx.lang, "ADDRESSING_VERBS")) \
            and any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children):
        out += [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")]
    return out


def _passive_agent(ctx: Context, v: VictimMention) -> bool:
    """The victim mention is the agent of a passive verb, as the parse marks it: the object of an
    agent marker ("by", English ``agent``) or a French ``obl:agent`` ("par deux hommes")."""
    root = ctx.doc[v.tok_start:v.tok_end].root
    if root.dep_ == "obl:agent":
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.lower_ in ctx.m.agent_markers:
        return True
    # a parse that hangs the agent phrase on the passive verb as any complement ("Elle a été abattue
    # vendredi par deux hommes", read as obl:mod), or on the complement before it ("tué de trois balles
    # par un homme à moto"): the agent marker, and a passive verb above it
    verb = root.head.head if root.dep_ == "pobj" else root.head
    marked = root.head.lower_ in ctx.m.agent_markers if root.dep_ == "pobj" else any(
        c.dep_ == "case" and c.lower_ in ctx.m.agent_markers for c in root.children)
    if not marked or root.dep_.split(":")[0] not in ("pobj", "obl", "nmod"):
        return False
    if verb.pos_ == "NOUN" and verb.dep_.split(":")[0] in ("obl", "pobj"):
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    return verb.pos_ == "VERB" and any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children)


def _civilian_victims(ctx: Context, si: int) -> ActorMention | None:
    sent = ctx.sents[si]
    for a in ctx.actors:
        if a.kind == "civilians" and sent.start <= a.tok_start < sent.end:
            if _cue_near(ctx, a.tok_start, a.tok_end, sent, ("DEATH", "INJURY")) is not None:
                return a
    return None


def _has_near(ctx: Context, si: int, kinds: tuple[str, ...], exclude: tuple[int, int] | None = None,
              skip: set[int] | frozenset[int] = frozenset()) -> bool:
    """A cue of ``kinds`` near a casualty word of the sentence; ``exclude``: a token range whose cues
    do not count (the agent of the event: "gunmen shot dead a village chief" names no fallen fighter);
    ``skip``: tokens whose cues do not count (the speaker of a report: "..., police said")."""
    sent = ctx.sents[si]
    for label, s, e in ctx.cues:
        if exclude is not None and s < exclude[1] and e > exclude[0]:
            continue
        if skip and any(i in skip for i in range(s, e)):
            continue
        if label in kinds and sent.start <= s < sent.end and _cue_near(ctx, s, e, sent, ("DEATH", "INJURY")):
            return True
    return False


def _told_by_the_other_side(ctx: Context, cm: ClaimMention, a1: ActorMention) -> bool:
    """An armed group telling an act of the state's forces ("A SPOKESMAN FOR THE FMLN SAID THAT SOLDIERS
    OF THE ATLACATL BATTALION MURDERED SIX PEASANTS", « selon l'ELN, l'armée a assassiné »): the
    enemy's word, an accusation, not a report to take as fact (MUC-4 7.12: suspected or accused). The
    forces' own word about the rebels stays a report (the MUC-4 keys take the authorities' plain
    reports as fact)."""
    if cm.certainty != "asserted" or a1.kind not in FORCE_KINDS:
        return False
    speakers = [a for a in ctx.actors if a.armed and a.kind in NON_STATE and not a.generic
                and any(i in cm.speaker_tokens for i in range(a.tok_start, a.tok_end))]
    return bool(speakers)


ALTERNATIVE_GAP = 3  # "THE MEDELLIN CARTEL OR BY THE ELN": words between two alternative doers


def _sides(ctx: Context, armed: list[ActorMention], acts: list[Trigger] = ()) -> int:
    """How many armed parties the sentence names, for its typing: a unit a noun of the same kind is
    "of" is that noun's party ("SOLDIERS OF THE CAVALRY REGIMENT", « des soldats du bataillon
    Atlacatl »), and doers the text gives as alternatives are one ("BY THE MEDELLIN CARTEL OR BY THE
    ELN", « par le cartel ou par l'ELN »; ``events_<lang>.ALTERNATIVE_CONJUNCTIONS``): no fight between
    them. The named group one of the sentence's ``acts`` is laid at (:func:`_blamed_for`: "in an attack blamed on
    the ADF", « une attaque attribuée aux ADF ») is who its unnamed doers ("Gunmen", « des hommes armés ») are said
    to be: one party with them, not a side they fought."""
    doc = ctx.doc
    alternatives = lexicon_words("events", ctx.lang, "ALTERNATIVE_CONJUNCTIONS")
    same = set()
    blamed = next((b for t in acts if (b := _blamed_for(ctx, t, armed)) is not None), None) if any(
        a.generic and a.name == UNIDENTIFIED for a in armed) else None
    if blamed is not None:
        same.update(id(a) for a in armed if a.generic and a.name == UNIDENTIFIED
                    and doc[a.tok_start:a.tok_end].root.dep_ not in (*PASSIVE_SUBJECTS, "dobj", "obj", "pobj"))
    for a in armed:
        root = doc[a.tok_start:a.tok_end].root
        owner = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else (
            root.head if root.dep_.split(":")[0] == "nmod" else None)
        if owner is not None and any(b is not a and b.kind == a.kind and b.tok_start <= owner.i < b.tok_end
                                     for b in armed):
            same.add(id(a))
            continue
        before = [b for b in armed if b.tok_end <= a.tok_start and a.tok_start - b.tok_end <= ALTERNATIVE_GAP]
        if any(any(t.lower_ in alternatives for t in doc[b.tok_end:a.tok_start])
               and not any(t.is_punct for t in doc[b.tok_end:a.tok_start]) for b in before):
            same.add(id(a))
    return len({a.name for a in armed if id(a) not in same})


def _unnamed_doers_of(ctx: Context, trig: Trigger, armed: list[ActorMention],
                      agent: ActorMention) -> list[ActorMention]:
    """The unnamed armed mentions of the sentence that are the active subject of a verb ("Gunmen killed 11 men") and
    name the ``agent`` the act is laid at (:func:`_blamed_for`): the story's one group they were read as
    (:func:`actors.resolve_generic`), or none. Empty when the act is not laid at ``agent``."""
    unnamed = [a for a in armed if a.generic and a is not agent and a.name in (agent.name, UNIDENTIFIED)
               and ctx.doc[a.tok_start:a.tok_end].root.dep_ in ACTIVE_SUBJECT_DEPS]
    if not unnamed or agent.generic or _blamed_for(ctx, trig, armed) is not agent:
        return []
    return unnamed


def _blamed_for(ctx: Context, trig: Trigger, armed: list[ActorMention]) -> ActorMention | None:
    """The named non-state group the act of ``trig`` is laid at in its sentence: blamed on, attributed to
    (:func:`_laid_at`, :func:`_attributed_to`), accused of (:func:`_accused`) or claimed by (:func:`_owner`); None
    when there is none."""
    named = [a for a in armed if not a.generic and a.kind in NON_STATE]
    if not named:
        return None
    return _laid_by_words(ctx, trig, named)


def _laid_by_words(ctx: Context, trig: Trigger, candidates: list[ActorMention],
                   agent: bool = False) -> ActorMention | None:
    """The first of ``candidates`` a word of its sentence lays the act of ``trig`` at, in this order: attributed to
    or blamed on (:func:`_attributed_to`), with ``agent`` the agent of a passive (:func:`_by_agent`), accused of
    (:func:`_accused`), claimed by (:func:`_owner`). None when no word does. Shared by the doer of the act
    (:func:`_agent_mention`) and the named group an unnamed doer's act is laid at (:func:`_blamed_for`)."""
    head = ctx.doc[trig.tok_start:trig.tok_end].root
    return _attributed_to(ctx, head, candidates) or (_by_agent(ctx, trig, candidates) if agent else None) \
        or _accused(ctx, head, set(range(trig.tok_start, trig.tok_end)), candidates) or _owner(ctx, head, candidates)


def _claim_text_span(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The words of a claim told in the sentence ``start``..``end``: the sentence's, from the end of a dateline the
    parse left at its start ("BANGUI (AFP) - Des hommes armés ont tué ..., selon un responsable": the claim's words
    start at « Des hommes », not at ") -")."""
    if start < ctx.dateline_end < end:
        start = ctx.dateline_end
    return on_words(ctx.document.text, start, end)


def _claim(ctx: Context, cm: ClaimMention, stance: str = "supports", figure: Range | None = None) -> Claim:
    start, end = _claim_text_span(ctx, cm.sent_start, cm.sent_end)
    return Claim(text=ctx.document.text[start:end], speaker=cm.speaker,
                 speaker_role=cm.speaker_role, organisation=cm.organisation, verb=cm.verb,
                 certainty=cm.certainty, doc_id=ctx.document.doc_id, start=start, end=end,
                 stance=stance, fatalities=figure)


# --- assembly ----------------------------------------------------------------------------------

def _groups_owning_up(doc: Doc, m: LanguageMatchers, actors: list[ActorMention]) -> list[ActorMention]:
    """Groups the lexicon does not know, named as taking an act or responsibility for it ("The attack was claimed by
    Tehreek-e-Jihad Pakistan", "A little-known group, Ansar al-Haqq, claimed responsibility for the bombing",
    « L'attaque a été revendiquée par ... »): a verb of ``claims_<lang>.OWNING_VERBS`` whose object (or passive
    subject) is a responsibility noun or an event word, and whose subject (or agent) is a run of proper names,
    or a common noun with one in apposition. An armed group (kind "rebel"), its name as written; not a person
    named after a role ("Police chief Akhtar Hayat")."""
    taken = {i for a in actors for i in range(a.tok_start, a.tok_end)}
    out: list[ActorMention] = []
    # a Token is made only for a verb whose lemma is one of them (part of speech and lemma read from one array,
    # each lemma looked up once)
    strings = doc.vocab.strings
    owning: dict[int, bool] = {}
    for i, (pos, lemma) in enumerate(doc.to_array([POS, LEMMA]).tolist()):
        if pos != VERB:
            continue
        hit = owning.get(lemma)
        if hit is None:
            hit = owning[lemma] = strings[lemma].lower() in m.owning_verbs
        if not hit:
            continue
        verb = doc[i]
        if not owns_an_act(verb, m, ("dobj", "obj", *PASSIVE_SUBJECTS)):
            continue
        kids = list(verb.children)
        passive = any(c.dep_ in PASSIVE_AUX_DEPS for c in kids)
        if passive:
            heads = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            heads += [c for c in kids if c.dep_.split(":")[0] in ("obl", "nmod") and (
                any(k.dep_ == "case" and k.lower_ in m.agent_markers for k in c.children)
                or c.left_edge.i > 0 and doc[c.left_edge.i - 1].lower_ in m.agent_markers)]
        else:
            heads = [c for c in kids if c.dep_ == "nsubj"]
        # (or the name in apposition to a common noun: "A little-known group, Ansar al-Haqq, claimed")
        heads = [a for h in heads for a in ([h] if h.pos_ == "PROPN" else [
            k for k in h.children if k.pos_ == "PROPN" and (k.dep_ == "appos" or k.dep_ == "nmod" and not any(
                x.dep_ == "case" for x in k.children) and doc[k.left_edge.i - 1].text == ",")])]
        for head in heads:
            start = head.left_edge.i
            while start < head.i and doc[start].pos_ in ("DET", "ADP"):
                start += 1
            start = _name_run_start(doc, start)
            end = _name_run_end(doc, start)
            if end <= head.i or not doc[start].is_title or taken.intersection(range(start, end)):
                continue
            if taken.intersection(range(head.left_edge.i, head.right_edge.i + 1)):
                continue  # "The Group for the Support of Islam and Muslims (JNIM)": its phrase names a group known
            if any(t.lower_ in m.role_nouns or t.lemma_.lower() in m.role_nouns for t in doc[max(0, start - 3):start]):
                continue
            span = doc[start:end]
            out.append(ActorMention(span.start_char, span.end_char, span.text, span.text, "rebel", start, end))
            taken.update(range(start, end))
    return out


def _name_run_start(doc: Doc, start: int) -> int:
    """The first word of a name the parse cut before ``start`` (« Al-Mourabitoune a revendiqué », « Ansar Al-Fourqane
    a revendiqué »: "Al" and the hyphen hung apart from the word after them): back over a capitalised word joined to it
    by a hyphen with no space, then over the capitalised proper names right before, in its sentence."""
    first = doc[start].sent.start
    while start - 2 >= first and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_title:
        start -= 2
    while start - 1 >= first and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and doc[start - 1].ent_type_ == doc[start].ent_type_ != "":
        start -= 1
    return start


def _name_run_end(doc: Doc, start: int) -> int:
    """The end of the run of a name's words from ``start``: proper names, the hyphens and apostrophes that join
    them and the small words between hyphens ("Tehreek-e-Jihad Pakistan", "Ansar al-Haqq")."""
    end = start
    while end < len(doc):
        t = doc[end]
        joined = t.is_lower and len(t) <= 3 and (
            end + 1 < len(doc) and doc[end + 1].text == "-" or end > start and doc[end - 1].text == "-")
        if not (t.pos_ == "PROPN" and not t.is_punct or t.text in ("-", "'") and end > start or joined):
            break
        end += 1
    while end > start and doc[end - 1].text in ("-", "'"):
        end -= 1
    return end


def _owns_up(ctx: Context, c: ClaimMention, trigs: list[Trigger]) -> bool:
    """ "The FMLN claimed responsibility for the attack", "le JNIM a revendiqué l'attentat": the
    speaker takes the act (or responsibility for it) as its own, so it is the perpetrator, not a
    source to keep out of the incident's actors."""
    sp = ctx.doc.char_span(c.verb_start, c.verb_end, alignment_mode="expand")
    if sp is None:
        return False

    # (« a revendiqué l'attaque en affirmant avoir tué ... », "claimed the attack, saying it had killed ...": who says it
    # in passing on a verb of owning, claims.passing_head, is who took the act)
    said_on = passing_head(sp.root)
    root = said_on if said_on is not None and ctx.m.owning(said_on) else sp.root
    if not ctx.m.owning(root):
        return False
    trig_toks = {i for t in trigs for i in range(t.tok_start, t.tok_end)}
    # (its object, or the passive subject: "The attack was claimed by X", « L'attaque a été revendiquée par X »)
    if any(o.dep_ in ("dobj", "obj", *PASSIVE_SUBJECTS) and (o.lemma_.lower() in ctx.m.responsibility_nouns
                                                             or o.i in trig_toks)
           for o in root.children):
        return True
    # (a past participle on the act's noun, with its agent: "A bomb attack claimed by the Pakistani Taliban killed
    # ...", « Une attaque revendiquée par le JNIM a tué ... »; the noun the trigger is a compound of counts too)
    if root.dep_.split(":")[0] == "acl" and "Part" in root.morph.get("VerbForm") and (
            root.head.i in trig_toks or any(ctx.doc[i].dep_ == "compound" and ctx.doc[i].head.i == root.head.i
                                            for i in trig_toks)):
        return True
    # "the FMLN admitted that its units killed three civilians", "le FMLN a reconnu que ses unités
    # avaient tué trois civils": the act told in the clause it admits is its own (MUC-4 7.12: the
    # perpetrator reports it)
    return any(c.dep_ == "ccomp" and trig_toks & {t.i for t in c.subtree} for c in root.children)


def _describes_a_speaker(ctx: Context, t: TargetMention, aside: set[int]) -> bool:
    """The target's noun heads an apposition on a speaker (:func:`_speaker_relatives`: "JNIM, al-Qaeda's branch in
    the Sahel, claimed the attack"): who the speaker is, no thing hit. (A relative clause on a speaker may tell what
    was hit: "a civil society leader, who said the assailants burned 20 homes".)"""
    if t.tok_start not in aside:
        return False
    return apposed(ctx.doc[t.tok_start:t.tok_end].root, cased=True)


def _speaker_relatives(ctx: Context, claims: list[ClaimMention]) -> set[int]:
    """The tokens of the relative clauses on the claims' speakers' head nouns, outside quotes and holding no act the
    sentence tells (« L'armée congolaise, qui mène des opérations conjointes contre les ADF depuis fin 2021, a
    confirmé », "The army, which has fought the ADF since 2021, said"): who the speaker is."""
    out: set[int] = set()
    # (not one that lays the act at someone's door, a claim of the speaker's own: "..., said the army, which attributed
    # the attack to ADF rebels", « a annoncé l'armée, qui a attribué l'attentat aux ADF »: claims._lays_an_act)
    laying = {c.verb_start for c in claims if c.verb in ctx.m.attribution_predicates}
    for c in claims:
        if not c.speaker_tokens or c.quoted:
            continue
        toks = [ctx.doc[i] for i in c.speaker_tokens]
        ids = set(c.speaker_tokens)
        for h in toks:
            if h.head.i in ids:
                continue  # the speaker phrase's head only
            for k in h.children:
                if k.dep_ in ("relcl", "acl:relcl") and k.i not in ids and k.i not in ctx.violent_tokens \
                        and k.idx not in laying:
                    out.update(t.i for t in k.subtree)
                elif k.dep_ == "appos" and k.left_edge.i > 0 and ctx.doc[k.left_edge.i - 1].text == "," \
                        and not any(t.i in ctx.violent_tokens for t in k.subtree):
                    # "Islamic State West Africa Province, a Boko Haram splinter group, claimed ...": who the
                    # speaker is, no side of the act (set off by a comma: not a parse's "said ...: four soldiers")
                    out.update(t.i for t in k.subtree)
    return out


def _claims_with_verbs(ctx: Context, sent: Span):
    """The claims of sentence ``sent``, each with the root token of its verb's words."""
    for cm in ctx.claims:
        if cm.sent_start != sent.start_char:
            continue
        sp = ctx.doc.char_span(cm.verb_start, cm.verb_end, alignment_mode="expand")
        if sp is not None:
            yield cm, sp.root


def _said_apart(ctx: Context, trig: Trigger, sent: Span) -> set[int]:
    """The tokens of what a present participle of saying tells beside the act ("..., claimed the attack in a video,
    accusing residents of supporting a self-defence militia", « accusant les habitants de soutenir une milice
    d'autodéfense »): a clause of its sentence's claims that holds no word of an act (``trig`` or another) is the
    speaker's charge, its groups no side of the act."""
    troot = ctx.doc[trig.tok_start:trig.tok_end].root
    out: set[int] = set()
    for _, verb in _claims_with_verbs(ctx, sent):
        if verb.dep_ in ("ROOT", "root") or "Part" not in verb.morph.get("VerbForm") \
                or "Pres" not in verb.morph.get("Tense") or verb.i <= trig.tok_start:
            continue
        toks = {t.i for t in verb.subtree}
        if troot.i in toks or any(trig.tok_start <= i < trig.tok_end or i in ctx.violent_tokens for i in toks):
            continue  # (nor a clause that tells an act, this one or another: "saying its fighters had killed 12 spies")
        out |= toks - {verb.i}
    return out


def build_incident(ctx: Context, trig: Trigger, others: list[Trigger], previous: Incident | None) -> Incident | None:
    si = trig.sent_index
    sent = ctx.sents[si]
    speaking = [c for c in ctx.claims if c.sent_start == sent.start_char and not _owns_up(ctx, c, [trig, *others])]
    speaker_toks = set().union(*(c.speaker_tokens for c in speaking)) if speaking else set()
    # (nor a side named in a relative clause on the speaker: « L'armée congolaise, qui mène des opérations contre les
    # ADF depuis 2021, a confirmé l'attaque » tells who the speaker is, not who fought)
    # (so for an apposition on the speaker, also on a group that owns up to the act: "Islamic State West Africa
    # Province, a Boko Haram splinter group, claimed responsibility for the killings")
    aside = _speaker_relatives(ctx, [c for c in ctx.claims if c.sent_start == sent.start_char])
    in_sent = [a for a in ctx.actors if sent.start <= a.tok_start < sent.end and a.tok_start not in speaker_toks
               and a.tok_start not in aside and not _reacts_to(ctx, a, trig)]
    apart = _said_apart(ctx, trig, sent)
    in_sent = [a for a in in_sent if a.tok_start not in apart]
    armed = [a for a in in_sent if a.armed]
    # (an older act the news came a stretch of time after is told of its own sides: the story's main opponent lends
    # it none, "The attack came a week after an ambush on a police patrol killed eight officers")
    # (nor an act its sentence sets apart, "Separately, two soldiers were killed when their vehicle hit a landmine",
    # « Par ailleurs, ... »: who did it is not told)
    lend_opponent = _in_stretch_after(ctx, trig, [trig, *others]) is None \
        and not _opens_new_event(ctx, si, "SEPARATE_EVENT_OPENERS")
    counted = classify_quantities(ctx, si)
    civ_victim = _civilian_victims(ctx, si)
    victims_civ = civ_victim is not None or any(c.civilian and c.category != "other" for c in counted) \
        or _has_near(ctx, si, ("CIV",)) or (
            trig.sub_event_type == "Abduction/forced disappearance"  # the abducted are its victims
            and any(label == "CIV" and sent.start <= s < sent.end for label, s, e in ctx.cues))
    # the source of the report is no one hit ("..., killing seven, police said")
    victims_comb = any(c.combatant and c.category != "other" for c in counted) or _has_near(
        ctx, si, ("COMB",), skip=speaker_toks)
    # the people it hit, as the text names them ("a judge", "six Jesuit priests", "le maire"): tied to
    # the trigger or to a casualty word of the sentence (not a threat: the dead of an act told beside
    # it are not who was threatened)
    victim_anchors = [(trig.tok_start, trig.tok_end)] + [(s, e) for label, s, e in ctx.cues
                                                         if label in ("DEATH", "INJURY") and sent.start <= s < sent.end
                                                         and "threat" not in trig.flags]
    # the sentence's other words of violence tie their people too ("X was kidnapped along with Y, who
    # was also kidnapped", "machinegunned a guard and a pedestrian and set off a car bomb"): one
    # incident per sentence, so whom any of its acts hit
    victim_anchors += [(t.tok_start, t.tok_end) for t in others if t is not trig
                       and t.event_type in VIOLENT_TYPES and ("threat" in t.flags) == ("threat" in trig.flags)]
    # "the attack was aimed at the judge", "l'attentat visait la juge", "the minister was unhurt": whom
    # the act was aimed at, hit or not
    victim_anchors += aim_anchors(sent, ctx.lang)
    # who tells or answers the act ("THE ASSOCIATION OF UNIVERSITY STUDENTS CONDEMNED THE MURDER")
    telling = _reporting_subjects(ctx, sent)
    # and who pays a ransom for the one kidnapped ("HIS FAMILY PAID A RANSOM")
    telling |= _ransom_payers(ctx, sent)
    victim_excluded = [(a.tok_start, a.tok_end) for a in armed] + [(i, i + 1) for i in speaker_toks | telling]
    # "Boko Haram, which has killed thousands of people, attacked Bama": those the doer's past hit are no one this act
    # hit (:func:`_doers_past`)
    victim_excluded += [(v.left_edge.i, v.right_edge.i + 1) for v in sent
                        if v.pos_ == "VERB" and v.dep_.split(":")[-1] == "relcl" and _doers_past(ctx, v, trig)]
    tied_victims = victims_of(ctx.doc, sent, ctx.victims, victim_anchors, victim_excluded, ctx.lang)
    # a rank in an agent phrase ("the hurling of a grenade by a soldier", "tué par un caporal") did it
    tied_victims = [v for v in tied_victims if not (v.force and v.tok_start > sent.start and (
        ctx.doc[v.tok_start - 1].lower_ in ctx.m.agent_markers or ctx.doc[v.tok_start].head.lower_ in ctx.m.agent_markers))]
    # and so did the people of the passive's agent phrase ("were gunned down by two men on a
    # motorcycle", "abattu par deux hommes à moto"), whatever noun names them
    tied_victims = [v for v in tied_victims if not _passive_agent(ctx, v)]
    # "THE FATHER OF THE KIDNAPPED GIRL SAID ...", « le père de la jeune fille enlevée a déclaré »: the person the
    # act's own word qualifies, right before or after it, was hit, inside the phrase of who speaks
    troot_ = ctx.doc[trig.tok_start:trig.tok_end].root
    if troot_.dep_ != "ROOT" and not any(c.dep_.startswith("nsubj") for c in troot_.children):
        tied_victims += [v for v in ctx.victims if sent.start <= v.tok_start < sent.end and v not in tied_victims
                         and (v.tok_start == trig.tok_end or v.tok_end == trig.tok_start)
                         and any(v.tok_start <= i < v.tok_end for i in speaker_toks | telling)
                         and not any(v.tok_start < e and s < v.tok_end for s, e in [(a.tok_start, a.tok_end) for a in armed])]
    # "TWO GUERRILLAS, BOTH MEMBERS OF THE FPL": the armed men hit, told by their group, are no one else hit
    tied_victims = [v for v in tied_victims if not _members_apposed_to_armed(ctx, v.tok_start, v.tok_end)]
    # and the subject of the act's own active verb, one-sided ("MEN IN CIVILIAN CLOTHES OPENED FIRE ON
    # HIS VEHICLE", « des hommes en civil ont tiré sur sa voiture »): who fired, not whom it hit
    if trig.sub_event_type != "Armed clash":
        trig_root = ctx.doc[trig.tok_start:trig.tok_end].root
        tied_victims = [v for v in tied_victims if not (
            trig_root.pos_ == "VERB" and ctx.doc[v.tok_start:v.tok_end].root.dep_ == "nsubj"
            and ctx.doc[v.tok_start:v.tok_end].root.head.i == trig_root.i
            and trig_root.lemma_.lower() not in dying_words(ctx.lang) and trig_root.lower_ not in dying_words(ctx.lang))]
    # « la victime a été tuée », "THE VICTIM WAS SHOT": the word for the one hit, a word of death itself
    # in some languages (no anchor of its own), is who the act's verb hit (:func:`_named_before`)
    troot = ctx.doc[trig.tok_start:trig.tok_end].root
    victim_nouns = lexicon_words("victims", ctx.lang, "VICTIM_NOUNS")
    tied_victims += [v for v in ctx.victims if v.tok_end - v.tok_start == 1 and ctx.doc[v.tok_start].lower_ in victim_nouns
                     and ctx.doc[v.tok_start].head.i == troot.i and ctx.doc[v.tok_start].dep_ in VICTIM_DEPS
                     and v not in tied_victims]
    if "needs_found" in trig.flags:
        # "residents found the bodies of a woman and her daughter": who found them is no victim
        finders = _finders(ctx, trig, passive=False)
        tied_victims = [v for v in tied_victims if not any(s <= v.tok_start < e for s, e in finders)]
    if "threat" in trig.flags:
        # who received the threat is who it was made against ("the judge received death threats")
        troot = ctx.doc[trig.tok_start:trig.tok_end].root
        if troot.head.lemma_.lower() in ctx.m.threat_received:
            verb = subject_holder(troot.head)
            subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")}
            if verb.dep_ in ("relcl", "acl:relcl") and any(ctx.doc[i].pos_ == "PRON" for i in subjects):
                subjects.add(verb.head.i)  # "the mayor, who had received death threats"
            tied_victims += [v for v in ctx.victims if any(v.tok_start <= i < v.tok_end for i in subjects)
                             and v not in tied_victims]
            for i in subjects:  # "Humberto Balza, who had received death threats": the name itself
                h = ctx.doc[i]
                parts = [c for c in h.children if c.dep_ in ("compound", "flat", "flat:name") and c.pos_ == "PROPN"]
                if h.pos_ == "PROPN" and parts and not any(v.tok_start <= i < v.tok_end for v in tied_victims):
                    lo, hi = min(c.i for c in [h, *parts]), max(c.i for c in [h, *parts]) + 1
                    span = ctx.doc[lo:hi]
                    tied_victims.append(VictimMention(span.start_char, span.end_char, span.text, lo, hi,
                                                      civilian=False, name_only=True))
    for s, _ in aim_anchors(sent, ctx.lang):
        # "HE ESCAPED UNHURT, BUT HIS BODYGUARD WAS KILLED", "SHE SURVIVED WITH MINOR WOUNDS": the person
        # named before whom the pronoun subject of coming out alive stands for was a target
        pron = next((c for c in ctx.doc[s].children if c.dep_ in ("nsubj", *PASSIVE_SUBJECTS) and c.pos_ == "PRON"
                     and c.lower_ in ctx.m.person_pronouns_singular - ctx.m.person_pronouns_plural), None)
        ref = _person_before(ctx, si, pron.i, False, victim_excluded) if pron is not None else None
        if ref is not None and not any(ref.tok_start < v.tok_end and v.tok_start < ref.tok_end for v in tied_victims):
            tied_victims.append(ref)
    owner = _own_victim(ctx, trig, victim_excluded)
    if owner is not None and not any(v.tok_start < owner.tok_end and owner.tok_start < v.tok_end for v in tied_victims):
        tied_victims.append(owner)  # "Justice Valencia's murder"
    for other in conjoined_of_names(ctx.doc, ctx.lang, trig.tok_start, trig.tok_end, victim_excluded) if owner else ():
        # "the murder of Jose Perez and Manuel Ortiz": each name joined to the first is a victim too
        if not any(v.tok_start < other.tok_end and other.tok_start < v.tok_end for v in tied_victims):
            tied_victims.append(other)
    for v in _patient_names(ctx, sent, victim_anchors, victim_excluded):
        if not v.name_only:
            # the longer mention of a victim: it replaces the victim tied already, or it is tied by
            # the name ("SIPI MAYOR MANUEL SANTOS CRUZ ARBOLEDA WAS WOUNDED")
            inner = [w for w in tied_victims if v.tok_start <= w.tok_start and w.tok_end <= v.tok_end]
            # (or the name joined to one tied: "THE BODIES OF JUAN PEREZ, A FARMER, AND CARLOS GOMEZ, A TEACHER")
            root = ctx.doc[v.tok_start:v.tok_end].root
            joined = root.dep_ == "conj" and any(w.tok_start <= root.head.i < w.tok_end for w in tied_victims
                                                 if w not in inner)
            if inner or joined or any(t.dep_ in NAME_PATIENT_DEPS for t in ctx.doc[v.tok_start:v.tok_end]):
                tied_victims = [w for w in tied_victims if w not in inner] + [v]
        elif not any(v.tok_start < w.tok_end and w.tok_start < v.tok_end for w in tied_victims):
            tied_victims.append(v)
    listed_here: list[VictimMention] = []
    if "threat" not in trig.flags:
        # who those hit were, listed in the act's own sentence ("the victims of the massacre were
        # identified as ...", "among the 11 peasants massacred were ...")
        listed_here = listed_victims(ctx.doc, sent, ctx.lang, ctx.victims, ctx.place_spans)
        for v in listed_here:
            if not any(v.tok_start < e and s < v.tok_end for s, e in [*victim_excluded, (trig.tok_start, trig.tok_end)]) \
                    and not any(v.tok_start < w.tok_end and w.tok_start < v.tok_end for w in tied_victims):
                tied_victims.append(v)
    # a name and its title or role are one person (MUC-4 7.20: "Pedro Ruiz, a senator"), and so is "the
    # senator" of a later sentence with the "Senator Raul Echeverri" the story named before
    # "SHE WAS THE FOURTH JUDGE MURDERED IN THE PROVINCE": a noun said of a person told before is that person
    def said_of(tok) -> bool:
        return said_of_person_named(tok, ctx.lang)
    tied_victims = [v for v in tied_victims if not said_of(ctx.doc[v.tok_start:v.tok_end].root)]
    tied_victims = one_person(ctx.doc, tied_victims, ctx.lang, ctx.place_spans)
    tied_victims = [_named_before(ctx, v, sent.start) for v in tied_victims]
    if "threat" in trig.flags:
        life_owner = _threatened_life_owner(ctx, trig, victim_excluded)
        if life_owner is not None:
            tied_victims = [life_owner]  # "her life was threatened": she, not whoever the sentence names next
    if not tied_victims:
        # "escaped unhurt from an attempt on his life", "un attentat contre sa vie": the possessive in
        # the trigger's own words stands for the person named before it, whom the act was aimed at
        poss = next((t for t in ctx.doc[trig.tok_start:trig.tok_end] if t.pos_ in ("PRON", "DET") and (
            t.dep_ in ("poss", "det:poss") or "Poss=Yes" in str(t.morph))), None)
        owner = _person_before(ctx, si, poss.i, poss.lower_ in ctx.m.possessives_plural, victim_excluded) \
            if poss is not None and poss.i > trig.tok_start else None
        if owner is not None:
            tied_victims = one_person(ctx.doc, [owner], ctx.lang, ctx.place_spans)
    if not tied_victims and "needs_found" in trig.flags:
        # "X WAS KIDNAPPED ON MONDAY. HIS BODY WAS FOUND TODAY", « leurs corps ont été retrouvés »: the
        # possessive of the body found stands for the person named before (the names listed after a
        # plural), whose body it is
        owner = _body_owner(ctx, ctx.doc[trig.tok_start:trig.tok_end].root, si, victim_excluded)
        if owner is not None:
            names = _listed_names(ctx, owner) if is_plural(ctx.doc[owner.tok_start:owner.tok_end].root) else []
            tied_victims = names or one_person(ctx.doc, [owner], ctx.lang, ctx.place_spans)
    referent = _pronoun_victim(ctx, trig, victim_excluded)
    if referent is not None:
        # "TWO MEN SHOT HIM DEAD", « deux hommes l'ont abattu »: the active subject of the verb whose object
        # the pronoun is did it, whatever person noun names it
        subjects = {c.i for c in troot.children if c.dep_ == "nsubj"}
        tied_victims = [v for v in tied_victims if ctx.doc[v.tok_start:v.tok_end].root.i not in subjects]
        # "the body of a man was found. He was apparently shot"; beside others the act hit too ("A UNION
        # LEADER, PEDRO LUNA, ... SHOT HIM AND HIS DRIVER"): the person named before, with the name
        if tied_victims:
            # only a person named by role in the trigger's sentence ("people" says nothing new)
            if not (referent.civilian and sent.start <= referent.tok_start):
                referent = None
            else:
                referent = one_person(ctx.doc, [referent], ctx.lang, ctx.place_spans)[0]
        elif referent is not None:
            # named in a sentence before, or before the pronoun in its own ("POLICE FREED ENGINEER CARLOS VEGA
            # ..., A WEEK AFTER HE WAS KIDNAPPED"): with the name that goes with the role, or the role with the name
            referent = one_person(ctx.doc, [referent], ctx.lang, ctx.place_spans)[0]
        if referent is not None and not any(referent.tok_start < v.tok_end and v.tok_start < referent.tok_end for v in tied_victims):
            tied_victims.append(referent)
    if not tied_victims or all(v.tok_end <= sent.start for v in tied_victims):
        # "X HAD RECEIVED DEATH THREATS. ON SATURDAY HE WAS KILLED", "il a été blessé par une bombe": the
        # pronoun hit by a word of death or injury of the sentence stands for the person named before
        # (for THEY / ILS, the names listed after the plural, rather than the plural noun)
        for verb, pron in _casualty_verbs(ctx, sent):
            if pron is None and verb.dep_ == "conj":
                pron = next((c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECTS), None)
            ref = _taken_up_person(ctx, sent, pron) if pron is not None else None
            if ref is not None:
                names = _listed_names(ctx, ref) if pron.lower_ in ctx.m.person_pronouns_plural else []
                if names:
                    tied_victims = [v for v in tied_victims if not (v.tok_start < ref.tok_end and ref.tok_start < v.tok_end)] + names
                elif not tied_victims:
                    tied_victims = one_person(ctx.doc, [ref], ctx.lang, ctx.place_spans)
                break
    if not any(sent.start <= v.tok_start < sent.end for v in tied_victims) and "threat" not in trig.flags:
        # "THREE PEASANTS WERE WORKING ... WHEN SOLDIERS FIRED ON THEM", "X AND HIS BODYGUARD, Y, WERE LEAVING ...
        # WHEN GUNMEN OPENED FIRE ON THEM, KILLING BOTH", « les tuant tous les deux »: a plural pronoun that takes
        # the act stands for the persons named before it, a plural noun (with the names listed after it) or
        # the persons coordinated
        for pron in _plural_pronouns(ctx, sent, victim_anchors):
            ref = _person_before(ctx, si, pron.i, True, victim_excluded)
            if ref is not None:
                taken = _listed_names(ctx, ref) or one_person(ctx.doc, [ref], ctx.lang, ctx.place_spans)
            else:
                taken = _coordinated_persons(ctx, si, pron.i, victim_excluded)
            if any(sent.start <= v.tok_start < sent.end for v in ctx.victims):
                # a sentence that names people of its own: the pronoun stands for those named in it
                taken = [v for v in taken if v.tok_start >= sent.start]
            if taken:
                tied_victims += [v for v in taken if not any(v.tok_start < w.tok_end and w.tok_start < v.tok_end
                                                             for w in tied_victims)]
                break
    for v in _pronoun_and_companions(ctx, si, victim_excluded):
        if not any(v.tok_start < w.tok_end and w.tok_start < v.tok_end for w in tied_victims):
            tied_victims.append(v)
    # "terrorists murdered four engineers", "killed a university professor": civilians named by
    # their trade or office are civilian victims, however many armed actors the sentence names
    named_civilians = any(v.civilian for v in tied_victims)
    civilians_said = victims_civ  # the sentence says civilians were hit, not only who
    victims_civ = victims_civ or named_civilians
    if trig.generic and _scare_quoted(ctx, trig) and _speaker_as_doer(ctx, trig, sent) is None:
        # his bowlers had been "killed by the dew"; not the words a side is quoted in of its own act (« l'armée
        # avait annoncé avoir « neutralisé une quinzaine de terroristes » »): its statement, no figure of speech
        return None
    pre_agent = (_agent(ctx, trig, armed, False) or _by_agent(ctx, trig, armed)) if armed else None
    if pre_agent is None and armed and "typed_by_victims" in trig.flags:
        # "Gunmen killed an aid worker and wounded his driver in an ambush on a road": the doers of an act told as the
        # circumstance of a verb of the sentence's triggers are that verb's
        troot = ctx.doc[trig.tok_start:trig.tok_end].root
        gov = troot.head.head if troot.dep_ == "pobj" and troot.head.dep_ == "prep" else None
        # (or of the verb a conjunct of it is joined to: "killed an aid worker and wounded his driver in an ambush")
        govs = {gov.i, gov.head.i} if gov is not None and gov.dep_ == "conj" else {gov.i} if gov is not None else set()
        host = next((t for t in others if t is not trig and gov is not None and gov.pos_ == "VERB"
                     and ctx.doc[t.tok_start:t.tok_end].root.i in govs), None)
        if host is not None:
            pre_agent = _agent(ctx, host, armed, False)
    if pre_agent is not None and _np_head(ctx, pre_agent).dep_ in PASSIVE_SUBJECTS:
        pre_agent = None  # "any Taliban had been killed": the victim, not who did it
    agent_kind = None
    sides_pool = _not_finders(ctx, trig, armed)
    said_doer = None
    if pre_agent is None and armed and doc_root_verb(ctx, trig) \
            and not _act_as_object(ctx, trig, others) and (said := _speaker_as_doer(ctx, trig, sent)) is not None:
        # "Police said they had killed two gang members", « La police a affirmé avoir tué deux membres du gang »: the
        # speaker named again as the doer of its own act is a side of it, as in "Police killed two gang members"
        said_doer = said
        subjects = [c.i for c in ctx.doc[trig.tok_start:trig.tok_end].root.children if c.dep_ in ("nsubj", "expl:subj")]
        if not any(a.name == said.name or any(a.tok_start <= i < a.tok_end for i in subjects) for a in sides_pool):
            # (not when a mention of the pool is the verb's subject, "saying its fighters had killed 12 spies": that
            # mention is the speaker's men already)
            sides_pool = [*sides_pool, said]
    if said_doer is not None:
        agent_kind = said_doer.kind
    if pre_agent is None and agent_kind is None and "territory" in trig.flags:
        # "Syrian army and allied fighters captured...": the first armed actor before the verb;
        # "the militants were pushed back": the passive subject lost the ground, the other side took it
        before = [a for a in armed if a.tok_start < trig.tok_start]
        troot = ctx.doc[trig.tok_start:trig.tok_end].root
        lost = {a.tok_start for a in before if _np_head(ctx, a).dep_ in PASSIVE_SUBJECTS
                and _np_head(ctx, a).head.i == troot.i}
        pre_agent = next((a for a in before if a.tok_start not in lost), None)
        loser = next((a for a in before if a.tok_start in lost), None)
        if pre_agent is None and loser is not None:
            agent_kind = "state_forces" if loser.kind in NON_STATE else "rebel"
    if pre_agent is None and agent_kind is None and (member := _force_member_doer(ctx, trig)) is not None:
        agent_kind = member.kind  # "A soldier shot dead a man": one of the state's forces did it, no fighter hit
        if victims_comb and not any(c.combatant and c.category != "other" for c in counted):
            victims_comb = _has_near(ctx, si, ("COMB",), exclude=(member.tok_start, member.tok_end), skip=speaker_toks)
    if pre_agent is not None:
        agent_kind = pre_agent.kind
        if (trig.generic or "typed_by_victims" in trig.flags) and victims_comb and not any(
                c.combatant and c.category != "other" for c in counted):
            # the combatant word near the dead is the one who killed ("gunmen shot dead a village
            # chief", "militants beheaded two Christians", "gunmen ambushed a bus, killing two
            # passengers"), not a victim
            head = _np_head(ctx, pre_agent)
            lo, hi = min(pre_agent.tok_start, head.i), max(pre_agent.tok_end, head.i + 1)
            owner = _phrase_head(head)
            if head.dep_.split(":")[0] in ("pobj", "nmod") and owner.dep_ == "nsubj":
                # "a group of armed men opened fire", « un groupe d'hommes armés a tiré »: the subject noun the
                # mention is "of" belongs to the doers' phrase, no combatant hit
                lo = min(lo, owner.left_edge.i)
            # the unnamed doers of the act laid at the named one ("Gunmen killed 11 men ... in an attack blamed on
            # the ADF", « Des hommes armés ont tué ... lors d'une attaque attribuée aux ADF »): that group's men
            doers = set().union(*(range(a.tok_start, a.tok_end) for a in _unnamed_doers_of(ctx, trig, armed, pre_agent)))
            victims_comb = _has_near(ctx, si, ("COMB",), exclude=(lo, hi), skip=speaker_toks | doers)
    # a vague toll is a toll too when it counts the dead themselves ("des dizaines de morts dans
    # une attaque", "dozens dead"), not things near a death word ("dozens of arrests at a Kill the
    # Bill march")
    killed = any(c.category in ("death", "injury") and (
        not (c.quantity.value.basis or "").startswith("vague:") or _counts_the_dead(ctx, c.quantity))
        for c in counted) or _names_its_dead(ctx, trig) or _killing_noun(ctx, trig)
    hit_alive = _hit_and_alive(ctx, trig)
    killed = killed or hit_alive is not None
    if "threat" in trig.flags:
        typed = (trig.event_type, trig.sub_event_type, trig.plover)  # the act threatened, as the lexicon types it
    else:
        typed = refine_type(trig, _protest_story(ctx, si) if trig.event_type == "Protests" else sent, ctx.m,
                            victims_civ, victims_comb, _sides(ctx, sides_pool, [trig, *(
                                t for t in others if t.sent_index == si and t.event_type in VIOLENT_TYPES)]),
                            agent_kind, killed)
    if typed is None and trig.generic and _is_definite(ctx, trig) and _named_by_its_day(ctx, trig):
        # "Most of the victims of Monday's attack were police officers": the act of that day, which only an act told
        # before may be (dropped when none was: the loop of :func:`build_incidents`), typed by that act
        typed = ("Violence against civilians", "Attack", "ASSAULT")
        ctx.told_again_only.add(trig.tok_start)
    if typed is None:
        return None
    etype, sub, plover = typed
    if sub == ABDUCTION and any(_kills_others(ctx, t, [trig]) for t in others if t is not trig):
        # an abduction with other people killed in it is an attack (ACLED: an abduction is "without
        # reports of further violence"; fatalities reported during it make it an attack): "killed
        # two villagers and abducted five others", "ont abattu le chef du village et enlevé deux de
        # ses fils". The same people abducted and then killed ("abducted and shot dead") stay an
        # abduction, and so does a killing of fighters (a fight, which the abduction still names)
        etype, sub, plover = "Violence against civilians", "Attack", "ASSAULT"
    troot = ctx.doc[trig.tok_start:trig.tok_end].root
    # "violents combats entre le FPRC et le MLCJ, 12 morts dont 3 civils": a fight between two named
    # armed sides stays a battle, whoever was caught in it
    fight_word = troot.lemma_.lower() in ctx.m.fight_nouns or troot.lower_ in ctx.m.fight_nouns
    # (or two sides told in the fight word's own phrase, named or not: « 12 morts, dont quatre civils, dans des combats
    # entre l'armée et des jihadistes », "killed in clashes between soldiers and gunmen": civilians caught in it)
    in_phrase = {a.name for a in armed if troot.left_edge.i <= a.tok_start and a.tok_end <= troot.right_edge.i + 1}
    two_sided_fight = fight_word and (len({a.name for a in armed if not a.generic}) >= 2 or len(in_phrase) >= 2)
    # "clashes between Fulani herders and farmers killed 12": communal groups' militias fighting each other, whose
    # dead are the fight's (an armed clash, not an attack on the farmers)
    two_sided_fight = two_sided_fight or (etype, sub) == ("Battles", "Armed clash") and communal_fight(trig, sent, ctx.m)
    if (etype, sub) == ("Battles", "Armed clash") and (named_civilians or (
            civilians_said and "typed_by_victims" in trig.flags)) and killed and not victims_comb \
            and not two_sided_fight and not self_defence_object(trig, sent, ctx.m):
        # "ambushed and killed 68 peasants": the dead are civilians named as such, not a fight; an act
        # aimed at someone (flag "typed_by_victims": an ambush) that killed civilians ("ambushed a bus,
        # killing two passengers"), not fighting that civilians were caught in; not an ambush on a self-defence
        # group ("ambushed members of the Civilian JTF, killing three": militias, ACLED's armed clash)
        etype, sub = "Violence against civilians", "Attack"
    elif (etype, sub) == ("Battles", "Armed clash") and "typed_by_victims" in trig.flags and not victims_comb \
            and not two_sided_fight and civilian_object(trig, sent, ctx.m) \
            and not self_defence_object(trig, sent, ctx.m):
        # "ambushed a convoy of aid workers", "a bus carrying passengers; no one was hurt", « ont tendu une embuscade
        # à un convoi humanitaire » : an armed group's act aimed at civilians is ACLED's attack, killed or not
        etype, sub = "Violence against civilians", "Attack"
    if (trig.generic and etype == "Violence against civilians" or sub == "Looting/property destruction") \
            and _done_with_explosives(ctx, trig):
        # "the terrorist attacks carried out with explosives", "l'attaque menée avec des explosifs"; property destroyed
        # with explosives ("destroyed a telecom mast with explosives", « ont détruit le pont à l'explosif »): ACLED's
        # Explosions/Remote violence is chosen by the tool, an explosive, whatever it hits; property destruction is
        # the Strategic development of property wrecked, burnt or looted with no other violence
        etype, sub = "Explosions/Remote violence", "Remote explosive/landmine/IED"

    evidence = [ctx.ev("event_type", trig.start, trig.end), ctx.ev("sub_event_type", trig.start, trig.end)]
    inc = Incident(id=stable_id("i", ctx.document.doc_id, trig.start), event_type=etype, sub_event_type=sub,
                   plover=plover, sources=[ctx.document.source()],
                   stage="threatened" if "threat" in trig.flags else "accomplished")

    date, dmention, rank = pick_date(ctx, trig, previous)
    if date is not None and _past_act_read_ahead(ctx, trig, date, dmention, inc.stage):
        date = dates_mod.year_back(date) or date
    ctx.date_rank[inc.id] = rank
    if date is not None:
        inc.date = date
        if dmention is not None:
            evidence.append(ctx.ev("date", dmention.start, dmention.end))
    else:
        inc.date = undated(ctx.document.published)

    if trig.generic:
        ctx.generic_typed.add(inc.id)
    pm = pick_place(ctx, trig)
    if pm is not None and not pm.is_country and ctx.in_dateline(pm.start) and inc.date.precision == "year" \
            and dmention is not None and ctx.sent_of_char(dmention.start) == si and pm.place.country:
        # "where clashes between the ELN and FARC dissidents displaced more than 50,000 people last year", in a story
        # filed from BOGOTA: an act of a year its own words date, with no place of its own, is of no town the dateline
        # names, only of its country (the story's mention of that country, else the dateline's)
        iso = pm.place.country
        named = next((p for p in ctx.places if p.is_country and p.place.country == iso), None)
        home = named.place if named is not None else country_place(Gazetteer.default(), iso)
        pm = named or (PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, home, "country")
                       if home is not None else None)
    pm = _outside_the_country(ctx, trig, pm, others)
    same = _same_area_place(ctx, trig, pm)
    lead = _lead_place(ctx, trig, pm) if same is None else None
    # the dateline's town is where the story was filed: a place borrowed, not the event's own
    if pm is not None and ctx.sent_of_char(pm.start) == si and not ctx.in_dateline(pm.start):
        ctx.own_place.add(inc.id)
    if same is not None:
        # "in the same area": the place of the act told before it, its words and that act's place as evidence
        ante, lo, hi, precision = same
        inc.location = ante.location.model_copy(update={"precision": precision})
        evidence.append(ctx.ev("location", lo, hi))
        evidence += [e for e in ante.evidence if e.field == "location"][-1:]
    elif lead is not None:
        # an act with no place of its own, the dateline's town elsewhere than the lead's act: the lead's place
        inc.location = lead.location.model_copy()
        evidence += [e for e in lead.evidence if e.field == "location"][:1]  # (the lead's own words of its place)
    elif pm is not None:
        p = pm.place
        if pm.unresolved and p.feature == UNPLACED_FEATURE:
            # a town the gazetteer lacks, in nothing the text names: its name alone
            inc.location = Location(name=pm.text, mention=pm.text, resolved=False)
        elif pm.unresolved:
            # a place the gazetteer lacks: its name as written, in the region or country the text gives,
            # with no coordinates of its own
            if p.feature == "country" and not any(q.is_country and q.place.country == p.country and not q.unresolved
                                                  for q in _in_sent(ctx, ctx.sent_of_char(pm.start), ctx.places)):
                # (in the country of the story, which its sentence does not name: in the one region the story names,
                # all its places in it, « L'attaque contre le poste, à Kabelenge » after « dans la province de
                # l'Ituri »)
                told = _story_region(ctx)
                if told is not None and told.country == p.country:
                    p = told
            region = p.name if p.feature in ("admin1", "region") else None
            inc.location = Location(name=pm.text, mention=pm.text, country=p.country, admin1=p.admin1,
                                    precision="admin1" if region else "country", resolved=False, region=region,
                                    basis="country_setting" if pm.by_setting else None)
        else:
            inc.location = Location(name=p.name, mention=pm.text, country=p.country, admin1=p.admin1, lat=p.lat,
                                    lon=p.lon, geonames_id=p.geonames_id,
                                    precision="country" if pm.is_country else pm.precision,
                                    basis="country_setting" if pm.by_setting else None)
        evidence.append(ctx.ev("location", pm.start, pm.end))

    actors: list[Actor] = []
    doer_span = (-1, -1)  # the people who did it, when no armed actor did: never its victims

    def clear_of_doer(start: int, end: int) -> bool:
        return not (start < doer_span[1] and doer_span[0] < end)

    doers_pool = armed
    if "needs_found" in trig.flags:
        # "THE ARMY FOUND THE BODIES OF ...": who found the bodies did not kill them
        finders = _finders(ctx, trig, passive=True)
        doers_pool = [a for a in armed if not any(s <= a.tok_start < e for s, e in finders)]
    a1 = _agent(ctx, trig, doers_pool, etype == "Battles") if doers_pool else None
    if doc_root_verb(ctx, trig) and not _act_as_object(ctx, trig, others):
        # "the Arakan Army said it had seized a military base": the group that says it did the act
        # (the act's verb has the speaker named again as its subject) did it, not an actor of its object
        said = _speaker_as_doer(ctx, trig, sent)
        if said is not None and (a1 is None or a1.name != said.name):
            a1 = said  # (the group's own unit the parse ties to the act, "its troops", names it more closely)
    if etype == "Battles":
        # "The insurgents said they captured a police station ..., killing six policemen": the speaker's own deed
        deed_of = _speakers_own_deed(ctx, trig, sent)
        if deed_of is not None and (a1 is None or _agent(ctx, trig, doers_pool, False) is None):
            a1 = deed_of
    hit_side = None
    hurt = [*counted, *ctx.parts.get(si, ())]  # (a breakdown's people hit too: "killed: four soldiers and ...")
    if etype == "Battles" and a1 is not None and _hit_in_clash(ctx, a1, trig, hurt) \
            and _agent(ctx, trig, armed, False) is None:
        # "three policemen were killed in a clash", "the ambush left four soldiers dead": the side
        # the text says was hit is not who fought it, when nothing ties it to the act as its doer;
        # the other side is another armed actor of the sentence, else the document's main one on
        # the other side, else one the text does not name. Both sides hit ("left 35 guerrillas and
        # 5 soldiers dead") are the two sides of the fight, as they come
        hit = [a for a in armed if _hit_in_clash(ctx, a, trig, hurt)]
        if len({a.kind in NON_STATE for a in hit}) == 1:
            # (nor the side the act was aimed at, « une embuscade contre une patrouille de police ... qui avait tué six
            # policiers »: the side hit too, whoever the parse hangs the dead on)
            aimed = {a.name for a in (*_aimed_sides(ctx, trig, armed), *_undergoers(ctx, trig, armed))}
            free = [a for a in sorted(armed, key=lambda a: (a.generic, a.start)) if a not in hit and a.name not in aimed]
            # (not the document's main opponent when the sentence names another group: "a clash with members
            # of a rival gang")
            hit_side, a1 = (None, free[0]) if free else (
                a1, None if names_another_group(sent, ctx.m) or not lend_opponent
                else main_opponent(_not_speaking(ctx), a1))
            doers_pool = [a for a in doers_pool if a not in hit]  # (nor, later, the doer of another act)
    # « une patrouille de l'armée est tombée dans une embuscade », "an army patrol came under fire": the side that
    # underwent the act is the side hit, never its doer (nor are the dead of that side the act's doers)
    undergone = _undergoers(ctx, trig, armed)
    if a1 is not None and any(a1 is u or a1.name == u.name for u in undergone):
        a1 = None
    if undergone and etype == "Battles" and a1 is None and hit_side is None:
        hit_side = undergone[0]
    if etype == "Battles" and a1 is None and hit_side is None:
        hit_side = next(iter(_aimed_sides(ctx, trig, armed)), None)  # "the attack against its peacekeepers"
    if etype == "Battles" and a1 is None and hit_side is None and troot.pos_ == "VERB":
        # (or by the act noun its verb tells the toll of, "an ambush on a police patrol ... that killed eight officers")
        hit_side = next(iter(_aimed_by_acts_beside(ctx, trig, armed)), None)
    if a1 is None:
        a1 = _pronoun_agent(ctx, trig)
    if a1 is None:
        a1 = _speaker_as_doer(ctx, trig, sent)
    if a1 is None:
        a1 = _force_member_doer(ctx, trig)  # "A soldier shot dead a man", « Un soldat a tué un civil »
    if a1 is None and etype in ("Explosions/Remote violence", "Battles", "Violence against civilians"):
        a1 = _demonym_doer(ctx, trig)
    if a1 is not None and any(a1 is u or a1.name == u.name for u in undergone):
        a1 = None
    if a1 is None and hit_side is None:
        # one incident per sentence: the doer of another of its acts of violence did it ("THE BODIES OF
        # THE PEASANTS WHOM SHINING PATH GUERRILLAS MURDERED", "SAID THAT THE GROUP EXECUTED THE TWO
        # KIDNAPPED RANCHERS")
        for t in others if trig.sub_event_type != "Arrests" else ():
            # (not an arrest's: whoever did another act of its sentence is more often whom it took, « Deux hommes
            # armés qui avaient tué deux villageois ont été arrêtés »)
            if t is trig or t.event_type not in VIOLENT_TYPES or ("threat" in t.flags) != ("threat" in trig.flags):
                continue
            a1 = (_agent(ctx, t, doers_pool, False) if doers_pool else None) or _speaker_as_doer(ctx, t, sent)
            if a1 is not None:
                break
    if a1 is None and hit_side is None and etype == "Battles":
        # "an attack on a supply convoy escorted by the army": the escort is the side attacked, by a side not named
        hit_side = next((a for a in armed if _escorts(ctx, a)), None)
    if a1 is None and hit_side is not None:
        actors.append(Actor(role="actor1", name=UNIDENTIFIED, mention=trig.text, kind="unidentified"))
        evidence.append(ctx.ev("actors", trig.start, trig.end))
        actors.append(Actor(role="actor2", name=hit_side.name, mention=hit_side.text, kind=hit_side.kind))
        evidence.append(ctx.ev("actors", hit_side.start, hit_side.end))
    elif a1 is not None:
        actors.append(Actor(role="actor1", name=a1.name, mention=a1.text, kind=a1.kind))
        evidence.append(ctx.ev("actors", a1.start, a1.end))
        co_agents = _co_agents(ctx, a1, armed, etype == "Battles")
        for co in co_agents:
            actors.append(Actor(role="actor1", name=co.name, mention=co.text, kind=co.kind))
            evidence.append(ctx.ev("actors", co.start, co.end))
        if etype == "Battles":
            # (not a word of the doer's own phrase, "M23 rebels and CODECO militiamen clashed": the other side is
            # CODECO, not "rebels")
            allies = _allies_of(ctx, trig, armed)
            others = [a for a in armed if a.name != a1.name and a not in allies
                      and all(a.name != co.name for co in co_agents)
                      and not (a.generic and a.name == UNIDENTIFIED and _one_phrase(ctx, a, a1))]
            for co in allies:
                # "Rwandan troops fought alongside M23 rebels against the army": who they fought beside is on their
                # side, a doer with them, never the other side
                if co.name != a1.name and not any(x.role == "actor1" and x.name == co.name for x in actors):
                    actors.append(Actor(role="actor1", name=co.name, mention=co.text, kind=co.kind))
                    evidence.append(ctx.ev("actors", co.start, co.end))
            a2 = next((a for a in others if (a.kind in NON_STATE) != (a1.kind in NON_STATE)), None) \
                or (None if names_another_group(sent, ctx.m) or not lend_opponent
                    else main_opponent(_not_speaking(ctx), a1)) \
                or next((a for a in others if not a.generic), others[0] if others else None)
            if a2 is not None and any(a2.name == co.name for co in allies):
                a2 = next((a for a in others if not a.generic), others[0] if others else None)
            if a2 is not None:
                actors.append(Actor(role="actor2", name=a2.name, mention=a2.text, kind=a2.kind))
                evidence.append(ctx.ev("actors", a2.start, a2.end))
    elif etype in UNATTRIBUTED_ATTACKS.get(sub, ()):
        # ACLED's convention: an attack whose perpetrator the text does not name is by an
        # "unidentified armed group"; the evidence is the attack itself, or the people the text
        # says did it without naming a group ("two men shot the judge", "four civilians carrying
        # firearms kidnapped the mayor")
        doer = _unarmed_agent(ctx, trig)
        if doer is not None:
            actors.append(Actor(role="actor1", name=UNIDENTIFIED, mention=doer.text, kind="unidentified"))
            evidence.append(ctx.ev("actors", doer.start, doer.end))
            doer_span = (doer.start, doer.end)
            tied_victims = [v for v in tied_victims if clear_of_doer(v.start, v.end)]
        elif "threat" not in trig.flags:  # who made a threat is said, or not known
            # (an abduction read from its captives' noun is told by the participle of their capture, the act's
            # word: "the hostages, taken in March", « les otages, pris en mars »; the captives are no doer)
            word = _own_capture_word(ctx, trig)
            lo, hi = (word.idx, word.idx + len(word.text)) if word is not None else (trig.start, trig.end)
            actors.append(Actor(role="actor1", name=UNIDENTIFIED, mention=ctx.text[lo:hi], kind="unidentified"))
            evidence.append(ctx.ev("actors", lo, hi))
    if etype != "Battles":
        # the armed target of a bombing or an attack ("deux casques bleus", "an army convoy")
        # (the unidentified armed group put for the act itself names no one: an unnamed armed side the act hit
        # is its target still, "a strike ... against armed rebel groups")
        a1_name = next((a.name for a in actors if a.role == "actor1"
                        and not (a.kind == "unidentified" and a.mention == trig.text)), None)
        casualty = {s for label, s, e in ctx.cues if label in ("DEATH", "INJURY")}
        trig_toks = set(range(trig.tok_start, trig.tok_end)) | casualty
        # (not a word of the doer's own phrase: « Les paramilitaires des Forces de soutien rapide ont bombardé »)
        target = next((a for a in armed if a.name != a1_name and a is not a1 and not _one_phrase(ctx, a, a1) and (
            _counted_head(ctx, ctx.doc[a.tok_start:a.tok_end].root).i in trig_toks
            or 0 <= a.tok_start - trig.tok_end <= TARGET_WINDOW_TOKENS)), None)
        if target is None and etype == "Explosions/Remote violence":
            target = _speaker_as_target(ctx, trig, sent, a1_name)
        if target is not None and etype == "Explosions/Remote violence":
            actors.append(Actor(role="actor2", name=target.name, mention=target.text, kind=target.kind))
            evidence.append(ctx.ev("actors", target.start, target.end))
    if etype in ("Protests", "Riots"):
        who = next((a for a in in_sent if a.kind in ("protesters", "rioters")), None)
        kind = "rioters" if etype == "Riots" else "protesters"
        if who is not None:
            actors.insert(0, Actor(role="actor1", name=who.name, mention=who.text, kind=who.kind))
            evidence.append(ctx.ev("actors", who.start, who.end))
        elif (crowd := _verb_subject(ctx, trig)) is not None:
            # a protest or a riot told by its verb ("Students protest fee hikes", "Traders riot over market
            # closure"): its subject names who did it, not the verb
            actors.insert(0, Actor(role="actor1", name=kind, mention=crowd.text, kind=kind))
            evidence.append(ctx.ev("actors", crowd.start_char, crowd.end_char))
        elif (crowd := _crowd_of_force(ctx, trig)) is not None:
            # "police fired tear gas and live rounds at crowds": the means of crowd control is no actor,
            # the crowd it was used on is who protested (else the protesters named last before it)
            actors.insert(0, Actor(role="actor1", name=kind, mention=crowd[2], kind=kind))
            evidence.append(ctx.ev("actors", crowd[0], crowd[1]))
        else:  # a protest is by protesters (ACLED), the trigger names them
            actors.insert(0, Actor(role="actor1", name=kind, mention=trig.text, kind=kind))
            evidence.append(ctx.ev("actors", trig.start, trig.end))
        # the security forces facing the crowd are the other side
        force = next((a for a in armed if a.kind in FORCE_KINDS), None)
        if force is not None:
            actors = [a for a in actors if a.name != force.name]
            actors.append(Actor(role="actor2", name=force.name, mention=force.text, kind=force.kind))
            evidence.append(ctx.ev("actors", force.start, force.end))
    # (bodies found are whose bodies they are, never the civilians who found them: "residents found")
    if civilians_said and etype in ("Violence against civilians", "Explosions/Remote violence", "Battles") \
            and not any(a.role == "victim" for a in actors) and "needs_found" not in trig.flags:
        # not who tells or answers it (``telling``), nor whose kin was hit ("THE SON OF A RANCHER")
        v = next((a for a in (civ_victim, *(a for a in in_sent if a.kind == "civilians"))
                  if a is not None and clear_of_doer(a.start, a.end) and a.tok_start not in telling
                  and not kin_complement(ctx.doc[a.tok_start:a.tok_end].root)
                  and not said_of(ctx.doc[a.tok_start:a.tok_end].root)), None)
        if v is not None:
            actors.append(Actor(role="victim", name="civilians", mention=v.text, kind="civilians"))
            evidence.append(ctx.ev("actors", v.start, v.end))
        else:
            # a civilian noun, not an adjective ("men in civilian clothes") nor a dress (« des hommes en civil »)
            dress = lexicon_words("victims", ctx.lang, "DRESS_PHRASES")
            civ = [(s, e) for label, s, e in ctx.cues if label == "CIV" and sent.start <= s < sent.end
                   and ctx.doc[e - 1].pos_ in ("NOUN", "PROPN") and ctx.doc[e - 1].dep_ != "amod"
                   and not (s > 0 and f"{ctx.doc[s - 1].lower_} {ctx.doc[s:e].text.lower()}" in dress)
                   and s not in telling and clear_of_doer(ctx.doc[s:e].start_char, ctx.doc[s:e].end_char)
                   and not kin_complement(ctx.doc[s:e].root) and not said_of(ctx.doc[s:e].root)]
            if civ:
                span = ctx.doc[civ[0][0]:civ[0][1]]
                actors.append(Actor(role="victim", name="civilians", mention=span.text, kind="civilians"))
                evidence.append(ctx.ev("actors", span.start_char, span.end_char))
    if etype not in (STRATEGIC, "Protests", "Riots") or sub == "Mob violence":
        # the people it hit, as the text names them ("a judge", "six Jesuit priests", "le maire"); a crowd's
        # violence hits people too ("Mob lynches suspected witch": ACLED's mob violence on civilians)
        named = [e for e in evidence if e.field == "actors"]
        for v in tied_victims:
            inside = next((e for e in named if v.start <= e.start and e.end <= v.end and e.end - e.start < v.end - v.start
                           and any(a.role == "victim" and a.mention == e.text for a in actors)), None)
            if inside is not None:
                # the same person, named further on ("a woman identified as Maria Lopez"): the
                # longer mention stands
                actors = [a.model_copy(update={"mention": v.text}) if a.role == "victim" and a.mention == inside.text
                          else a for a in actors]
                evidence = [ctx.ev("actors", v.start, v.end) if e is inside else e for e in evidence]
                named = [e for e in evidence if e.field == "actors"]
                continue
            if any(v.start < e.end and e.start < v.end for e in named):
                continue
            if v.name_only and etype == "Battles" and not (
                    # (unless the list says they are civilians: "identified as A and B, both farmers")
                    any(w.civilian for w in listed_here) and any(w.tok_start == v.tok_start for w in listed_here)):
                continue  # a name says nothing of the side: a fight's dead named are no civilians hit
            force = v.force or (not v.civilian and _refers_to_forces(ctx, v))
            name, kind = ("civilians", "civilians") if v.civilian else (
                (_forces_hit_name(ctx, v), "state_forces") if force else ("people", None))
            actors.append(Actor(role="victim", name=name, mention=v.text, kind=kind))
            evidence.append(ctx.ev("actors", v.start, v.end))
    if etype not in (STRATEGIC, "Protests", "Riots", "Battles"):
        # soldiers and police the act hit, as such ("kidnapped two soldiers", "two army members were
        # killed", "a bomb killed four policemen"): victims of their own kind, so that an attack on
        # the forces can be told from one on civilians (ACLED's interaction, MUC-4's rule 1 (b))
        named = [e for e in evidence if e.field == "actors"]
        # not the sides a fight names ("the fighting between Iraqi forces and IS militants")
        fight = {(t.tok_start, t.tok_end) for t in others if t is not trig and t.event_type == "Battles"}
        # nor the force whose post or garrison was the thing hit ("HARASSED THE NATIONAL GUARD POST": the post's owner,
        # no guardsman hit)
        owned = [(g.start, g.end) for g in ctx.targets if g.kind == "military_site"]
        for f in _forces_hit(ctx, sent, armed, a1, [x for x in victim_anchors if x not in fight], tied_victims):
            if any(f.start < hi and lo < f.end for lo, hi in owned):  # ("THE TREASURY POLICE GARRISON")
                continue
            if clear_of_doer(f.start, f.end) and not any(f.start < e.end and e.start < f.end for e in named):
                actors.append(Actor(role="victim", name=f.name, mention=f.text, kind=f.kind))
                evidence.append(ctx.ev("actors", f.start, f.end))
    if (etype, sub) == ("Battles", "Armed clash") and not any(a.role in ("actor1", "actor2") for a in actors):
        actors, evidence = _communal_sides(ctx, trig, sent, actors, evidence)
    inc.actors = actors
    # a body found hit no thing: where it lay is no target ("the body of a man found on the highway")
    if (etype != STRATEGIC or sub == PROPERTY_DESTRUCTION) and "needs_found" not in trig.flags:
        # what was bombed, burnt or attacked ("the embassy", "power lines", "des bus")
        spans = [(t.tok_start, t.tok_end) for t in others]
        doers = _doer_phrases(ctx, trig, armed)
        people = [(e.start, e.end) for e in evidence if e.field == "actors"]
        hit = targets_of(ctx.doc, sent, ctx.targets, trig.tok_start, trig.tok_end, spans, ctx.damage)
        for t in hit:
            if any(lo <= t.tok_start < hi for lo, hi in doers):
                continue  # "four individuals in a car shot at the post": the doers' car, not a target
            if _describes_a_speaker(ctx, t, aside):
                continue  # "JNIM, al-Qaeda's branch in the Sahel, claimed the attack": who the speaker is, no thing hit
            if any(ctx.doc[t.tok_start:t.tok_end].root.i in c.speaker_tokens for c in speaking if not c.passive):
                # « a précisé l'agence onusienne »: the speaker, whatever the parse hangs it on, is no thing hit (not
                # the words a passive's subject gives, "THE ATTACK ON THE POLICE STATION WAS ATTRIBUTED TO THE MRTA")
                continue
            if owner_of_another(ctx.doc, t, hit):
                continue  # "TWO TRUCKS OF THE COFFEE COOPERATIVE": whose the trucks are
            if etype == "Violence against civilians" and (
                    setting_of_a_person_act(ctx.doc, t) or place_of_a_person_hit(ctx.doc, t, people)):
                continue  # "killed ... in front of the church", "kidnapped X on his farm": where a person was hit
            # the mention with its owner's name ("a branch of the Banco de Bogota"), the name the noun
            end = t.owned_end if t.owned else t.end
            inc.targets.append(Target(name=t.text.lower(), mention=t.owned or t.text, kind=_target_kind(ctx, t),
                                      doc_id=ctx.document.doc_id, start=t.start, end=end))
            evidence.append(ctx.ev("targets", t.start, end))
            # whose home or car it was ("THE CAR OF JOURNALIST RAFAEL GOMEZ", « la maison d'un député »), whom the
            # vehicle carried ("A BUS CARRYING 30 COFFEE PICKERS"): the persons the act was aimed at, hurt or not;
            # never an armed actor, a speaker or one of the doers
            owners = [v for v in owners_of_thing(ctx.doc, ctx.victims, t.tok_start, t.tok_end, ctx.lang)
                      + carried_by_thing(ctx.doc, ctx.victims, t.tok_start, t.tok_end, ctx.lang)
                      if not any(v.tok_start < e and s < v.tok_end for s, e in victim_excluded)
                      and not any(lo <= v.tok_start < hi for lo, hi in doers)]
            thing = ctx.doc[t.tok_start:t.tok_end].root
            poss = next((c for c in thing.children if c.pos_ in ("PRON", "DET") and (
                c.dep_ in ("poss", "det:poss", "nmod:poss") or "Poss=Yes" in str(c.morph))), None)
            if not owners and poss is not None and thing.lower_ in lexicon_words("targets", ctx.lang, "PERSONAL_PROPERTY"):
                # "JUDGE X HAD RECEIVED DEATH THREATS. ON MONDAY A BOMB DESTROYED HER CAR": the person named before
                # whom the possessive stands for, a person of a role or a name
                ref = _person_before(ctx, si, poss.i, poss.lower_ in ctx.m.possessives_plural, victim_excluded)
                if ref is not None and any(a.armed and ref.tok_end <= a.tok_start and sent.start <= a.tok_start < poss.i
                                           for a in ctx.actors):
                    # "Separately, two soldiers were killed when their vehicle hit a landmine": the armed men named
                    # between are whose the thing is, no person told before
                    ref = None
                if ref is not None and (ref.civilian or ref.force or ref.name_only):
                    owners = [ref]
            for v in one_person(ctx.doc, owners, ctx.lang, ctx.place_spans):
                v = _named_before(ctx, v, sent.start)
                if any(v.start < e.end and e.start < v.end for e in evidence if e.field == "actors") \
                        or not clear_of_doer(v.start, v.end):
                    continue
                force = v.force or (not v.civilian and _refers_to_forces(ctx, v))
                name, kind = ("civilians", "civilians") if v.civilian else (
                    (_forces_hit_name(ctx, v), "state_forces") if force else ("people", None))
                inc.actors.append(Actor(role="victim", name=name, mention=v.text, kind=kind))
                evidence.append(ctx.ev("actors", v.start, v.end))
        for org in _organisation_hit(ctx, trig):
            if any(t.start < org.end_char and org.start_char < t.end for t in inc.targets):
                continue
            inc.targets.append(Target(name=org.text.lower(), mention=org.text, kind="organisation",
                                      doc_id=ctx.document.doc_id, start=org.start_char, end=org.end_char))
            evidence.append(ctx.ev("targets", org.start_char, org.end_char))

    # the dead and the wounded: a figure the sentence gives (the dead also as civilians), else the
    # ones a headline or a story's first report names without one
    for category, kind, field in (("death", "DEATH", "fatalities"), ("injury", "INJURY", "injured")):
        # a tally of a period is no toll of the act ("the attack brings to 45 the number of civilians
        # killed in the area this month")
        found = [c for c in counted if c.category == category and not _tally_of_a_period(ctx, c.quantity)
                 and not _total_since_in_a_relative(ctx, c.quantity, trig)]
        # « 12 morts selon la police, 15 selon des médecins »: another source's figure, no more dead
        # (:func:`_elliptical_source_tolls` widens the range with it)
        found = [c for c in found if not _elliptical_source_figure(ctx, c.quantity)] or found
        if sub == ABDUCTION and (taken := _own_patient(ctx, trig) or _noun_patient(ctx, trig)) is not None:
            # an abduction that stays one beside a killing of fighters (see _kills_others): the
            # fighters' dead and wounded are of that fight, not of the people it took ("the death of
            # six soldiers in attacks ... and the kidnapping of a mayor"; MUC-4 7.24: the effect on
            # the kidnapping's own targets)
            found = [c for c in found if not (c.combatant and not _counts_noun(ctx, c, taken))]
        # later in a story, a killing word whose victim is a person named by name counts that person
        # too: a name refers to one known person, not back to "the dead" in general (MUC-4 slots
        # 21/23: a named target is one, with its effect)
        lead = si == 0 or _first_death_report(ctx, sent, kind)
        implied = _implied_deaths(ctx, sent, found, kind, named_only=not lead)
        if implied is not None:
            value, start, end = implied
            setattr(inc, field, value)
            evidence.append(ctx.ev(field, start, end))
            civ = _civilians_named_dead(ctx, sent, value, start, end) if category == "death" else []
            if civ:
                # « Des jihadistes ont tué une enseignante et sa fille »: one civilian for each person of a civilian's
                # role the dead named are, as in a list among the dead (:func:`_one_civilian`)
                inc.civilian_fatalities = Range.exact(sum(n for _, _, n in civ))
                evidence.extend(ctx.ev("civilian_fatalities", a, b) for a, b, _ in civ)
            continue
        alive = _survivor_count(ctx, sent) if kind == "INJURY" and not found else None
        if alive is not None:
            setattr(inc, field, alive[0])
            evidence.extend(ctx.ev(field, a, b) for a, b in alive[1])
            continue
        if not found:
            continue
        stated = [c for c in found if _stated_total(ctx, c.quantity)] if not _running_total(ctx, sent) else []
        if stated:
            # "seven more bodies were found, bringing to 19 the number of civilians killed": the
            # toll so far is the toll, not seven and 19
            found = stated[-1:]
            ctx.stated_totals[(inc.id, field)] = found[0].quantity.value
            ctx.stated_spans[(inc.id, field)] = (found[0].quantity.start, found[0].quantity.end)
        extras = [] if stated else _companions(ctx, found) + _listed_singles(ctx, sent, found, kind) \
            + _headline_bare_singles(ctx, sent, found, kind)
        if not stated and not extras and _each_its_speakers_figure(ctx, [[c] for c in found]):
            # "An army official said 15 people were killed, while a rights group said 31 had died": each source's
            # toll of the same dead, the range spanning them, never their sum (h-frstories)
            told = found[0].quantity.value
            for c in found[1:]:
                told = _sources_range(told, c.quantity.value)
            setattr(inc, field, told)
        else:
            setattr(inc, field, _sum([c.quantity.value for c in found] + extras))
        # with no state force in the act (a fight with the forces makes the armed men hit in it targets
        # too: the MUC-4 keys count the guerrillas wounded in a clash)
        fight = any(a.kind in FORCE_KINDS for a in inc.actors) or any(
            c.combatant and not _counts_armed_men(ctx, c.quantity) for c in counted)  # "17 GUERRILLAS AND 2 SOLDIERS DEAD"
        for c in found:
            # the doers of the act told beside it are its armed men, in a fight too ("POLICE KILLED TWO
            # OF THE FIVE MEN WHO ATTACKED A BANK")
            if (not fight and _counts_armed_men(ctx, c.quantity)) or _doers_hit(ctx, c.quantity):
                # "THREE OF THE ATTACKERS WERE WOUNDED", "trois guérilleros tués par leur propre bombe":
                # in the toll (ACLED and UCDP count every dead), and said apart: MUC-4 counts the targets,
                # and the group that did the act is none (task definition 1.0, 1a)
                inc.quantities.append(Quantity(
                    what=ARMED_MEN_KILLED if category == "death" else ARMED_MEN_WOUNDED,
                    value=c.quantity.value, doc_id=ctx.document.doc_id, start=c.quantity.start,
                    end=c.quantity.end, text=c.quantity.text))
        evidence.extend(ctx.ev(field, c.quantity.start, c.quantity.end) for c in found)
        civ = [c for c in found if c.civilian or stated and _stated_total_civilian(ctx, c.quantity)] \
            if category == "death" else []
        if not civ and category == "death" and not stated:
            # "killed 12 people, including four civilians", « 12 morts, dont quatre civils »: the civilians a
            # subset phrase picks out of the toll are its civilian dead; the toll stays the whole
            civ = _civilian_share(ctx, si, found)
        if not civ and category == "death" and not stated:
            # « des jihadistes ont tué un chef de village ainsi que ses deux fils », "a gendarme and his son": the
            # persons the act's own toll counts one by one, each of a civilian's role or kin said of someone
            # (:func:`_one_civilian_counted`), are its civilian dead; a member of the forces among them is none
            civ = _civilians_counted_by_person(ctx, si, found, len(extras))
        if civ:
            inc.civilian_fatalities = _sum([c.quantity.value for c in civ])
            evidence.extend(ctx.ev("civilian_fatalities", c.quantity.start, _figure_words_end(ctx, c.quantity))
                            for c in civ)

    if hit_alive is not None and inc.fatalities is None and inc.injured is None:
        # "A police officer hit by a bullet ... is out of danger", « Un gendarme atteint par balle ... est hors de
        # danger »: who was hit, told no death, is wounded
        inc.injured = Range.exact(hit_alive[0])
        evidence.append(ctx.ev("injured", hit_alive[1], hit_alive[2]))
    for cm in ctx.claims:
        if cm.sent_start == sent.start_char:
            claim = _claim(ctx, cm, "disputes" if cm.certainty == "denied" else "supports")  # a denial disputes
            if a1 is not None and _told_by_the_other_side(ctx, cm, a1):
                claim.certainty = "alleged"
            inc.claims.append(claim)
            evidence.append(ctx.ev("claims", cm.verb_start, cm.verb_end))
    if a1 is not None:
        # "apparently by members of the Shining Path", "presumed rebels", "attributed to the death
        # squads": the text lays the act at the perpetrator's door without vouching for it; a claim
        # of the text itself (no speaker) with the hedge's certainty, its evidence the hedge word
        # (a doer borrowed from another sentence, « La zone est régulièrement le théâtre d'attaques attribuées à l'EIS »,
        # is hedged there about attacks at large: no claim of this act)
        hedge = perpetrator_hedge(ctx.doc, ctx.m, a1.tok_start, a1.tok_end) \
            if sent.start <= a1.tok_start < sent.end else None
        if hedge is not None and not any(cm.sent_start == sent.start_char and cm.verb_start == hedge.start
                                         and cm.certainty == hedge.certainty for cm in ctx.claims):
            # (not when someone said it as sure: "The minister blamed the attack on the ADF" is the minister's claim,
            # above; "an attack by suspected ADF rebels, officials said" keeps the text's suspicion beside theirs)
            start, end = _claim_text_span(ctx, sent.start_char, sent.end_char)
            inc.claims.append(Claim(text=ctx.document.text[start:end], verb=ATTRIBUTION_VERB,
                                    certainty=hedge.certainty, doc_id=ctx.document.doc_id, start=start, end=end))
            evidence.append(ctx.ev("claims", hedge.start, hedge.end))
        elif hedge is None and (named := _hedged_naming(ctx, a1)) is not None:
            # "... murdered this week apparently by members of the Shining Path. Last Sunday, terrorists murdered four
            # engineers": the unnamed doers the story's one group stands for, a group it names only with a hedge, are
            # that group as much as the text vouches for it: a claim of the text with the hedge's certainty, its words
            # the sentence that names the group, its evidence the hedge word
            hedge, sent_start, sent_end = named
            start, end = _claim_text_span(ctx, sent_start, sent_end)
            inc.claims.append(Claim(text=ctx.document.text[start:end], verb=ATTRIBUTION_VERB,
                                    certainty=hedge.certainty, doc_id=ctx.document.doc_id, start=start, end=end))
            evidence.append(ctx.ev("claims", hedge.start, hedge.end))
    if "attempted" in trig.flags:
        # "gunmen tried to kill the mayor": whom the killing was tried on is not dead
        inc.fatalities = inc.civilian_fatalities = None
        evidence = [e for e in evidence if e.field not in ("fatalities", "civilian_fatalities")]
    if agent_kind is None:
        _territory_by_its_taker(inc)  # (no side was the verb's own subject: refine_type kept the trigger's default)
    inc.evidence = evidence
    return inc


def _civilians_named_dead(ctx: Context, sent: Span, value: Range, start: int,
                          end: int) -> list[tuple[int, int, int]]:
    """The persons of a civilian's role (:func:`_one_civilian`) among the dead a sentence names with no figure
    (:func:`_implied_deaths`: ``value`` dead, named from ``start`` to ``end``), each one person: their words and 1;
    kin said of someone with a figure of their own ("a village chief and his two sons", « ses deux fils »), that
    figure. None when the persons named are not one each of those dead (a plural with no figure), or count more than
    them; a member of the forces among them (« un gendarme et son fils », whom no person mention may stand for) is no
    civilian, the others are."""
    # (whose kin another is, only when the dead named are that one alone: "abducted the wife of a trader and killed
    # him", :func:`_killed_beside_the_taken`)
    persons = [v for v in _persons_listed(ctx, sent) if start <= v.start and v.end <= end
               and not (_possessor_of_kin(ctx, v) and (v.start, v.end) != (start, end))]
    if not persons or value.single() is None:
        return []
    out = []
    for v in persons:
        fig = next((q for q in ctx.quantities if start <= q.start < v.start and (q.head_end or q.end) >= v.end
                    and q.value.best is not None and not any(w.start > q.end and w.end <= v.start for w in persons)),
                   None)
        if _plural_mention(ctx, v):
            if fig is None or not _kin_of_someone(ctx, v) or v.force:
                return []  # ("and children": people of no number)
            out.append((v.start, v.end, fig.value.best))
        elif _one_civilian(ctx, v):
            out.append((v.start, v.end, 1))
    if len(persons) != value.single() and sum(n for _, _, n in out) > value.single():
        return []
    if len(persons) == value.single():
        return [c for c in out if c[2] == 1]  # (each person one of the dead, as before)
    return out


def _civilian_share(ctx: Context, si: int, found: list[Counted]) -> list[Counted]:
    """The parts of sentence ``si``'s toll of the dead that a subset phrase picks out (``ctx.parts``: "12 people,
    including four civilians", « 12 morts, dont quatre civils », "including two children") and that count civilians,
    when the toll they are picked out of (the last figure of ``found`` before them) is no civilian figure itself and
    they add up to no more than it; else none. A share of soldiers or of the doers is no civilian figure."""
    out = []
    # (a toll told as a range has no best: "between 18 and 23 people, including four children" is held to its top)
    for total in (c for c in found if not c.civilian and _most_of(c.quantity.value) is not None):
        nxt = min((c.quantity.start for c in found if c.quantity.start > total.quantity.start),
                  default=ctx.sents[si].end_char)
        # (a share right after the toll, no casualty word between, is of the dead, whatever verb after it the figure
        # was read with: "killing 12 people, including two children, and wounding 20")
        parts = [p for p in ctx.parts.get(si, ()) if total.quantity.end <= p.quantity.start < nxt and (
            p.category == "death" or _right_after_the_toll(ctx, total, p))]
        civ = [p for p in parts if (p.civilian or _share_said_civilian(ctx, p) or _one_civilian_counted(ctx, si, p))
               and not p.combatant and p.quantity.value.best is not None]
        if not civ:
            # "killed 12 people, including the village chief": a share of persons alone, no count
            out.extend(_civilians_listed_alone(ctx, si, total))
            continue
        singles = _civilians_listed_in_share(ctx, si, total, civ[-1])
        if sum(p.quantity.value.best for p in civ) + len(singles) > _most_of(total.quantity.value):
            continue
        out.extend(sorted(civ + singles, key=lambda c: c.quantity.start))
    return out


def _civilians_counted_by_person(ctx: Context, si: int, found: list[Counted], extras: int) -> list[Counted]:
    """The civilians sentence ``si``'s toll of the dead (``found``, and ``extras`` persons with no figure of their own
    it adds one each: :func:`_companions`, :func:`_listed_singles`) counts person by person: its figures of a singular
    article before a civilian's role or of kin said of someone ("a village chief and his two sons", « un gendarme et
    son fils »: :func:`_one_civilian_counted`; no combatant), and, as many as the persons it added at most, the persons
    of the sentence of a civilian's role with no figure (:func:`_one_civilian`: « son fils »), none a speaker, whose
    kin another is, or of a counted phrase. None when the toll holds a share picked out by a subset word
    (:func:`_civilian_share`'s)."""
    if any(c.subset for c in found):
        return []
    out = [c for c in found if not c.combatant and c.quantity.value.best is not None
           and _one_civilian_counted(ctx, si, c)]
    if extras:
        sent = ctx.sents[si]
        heads = _figure_heads(ctx, sent)
        speakers = _reporting_subjects(ctx, sent)
        singles = [v for v in _persons_listed(ctx, sent) if not v.force and _one_civilian(ctx, v)
                   and _person_apart(ctx, v, heads, speakers)]
        if len(singles) <= extras:
            out += [_one_civilian_dead(v) for v in singles]
    return sorted(out, key=lambda c: c.quantity.start)


def _most_of(value: Range) -> int | None:
    """A figure's best value, else (a range told by its bounds) its high one."""
    return value.best if value.best is not None else value.high


def _one_civilian_counted(ctx: Context, si: int, part: Counted) -> bool:
    """Share ``part`` counts civilians by the persons it names: one person by an article ("including a teacher",
    « dont un enseignant »: a figure of one) whose noun is that of one civilian listed (:func:`_one_civilian`: a
    civilian's role, no rank, no force), or kin said of someone ("her two sons", « ses deux fils »:
    :func:`_kin_of_someone`)."""
    head = _head_span(ctx, part.quantity)
    if head is None:
        return False
    return any(v.tok_start <= head.root.i < v.tok_end and not v.force and (
        _one_civilian(ctx, v) if part.quantity.value.best == 1 else _kin_of_someone(ctx, v))
        for v in _persons_listed(ctx, ctx.sents[si]))


def _plural_mention(ctx: Context, v) -> bool:
    """Victim mention ``v``'s noun is plural (Number=Plur): people of no number, not one person."""
    return "Plur" in ctx.doc[v.tok_start:v.tok_end].root.morph.get("Number")


def _persons_listed(ctx: Context, sent: Span) -> list:
    """The victim mentions of sentence ``sent``, one person each (:func:`victims.one_person`)."""
    return one_person(ctx.doc, [v for v in ctx.victims if sent.start <= v.tok_start < sent.end], ctx.lang,
                      ctx.place_spans)


def _one_civilian(ctx: Context, v) -> bool:
    """Victim mention ``v`` is one civilian: of a civilian's role (no rank, no force served), or a kin noun said of
    someone (:func:`_kin_of_someone`: "the mayor's son", "her son", « le fils du maire »), not a plural noun nor a
    group of kin ("his family", « sa famille »: ``victims_<lang>.KIN_GROUP_NOUNS``)."""
    if ctx.doc[v.tok_start:v.tok_end].root.lower_ in lexicon_words("victims", ctx.lang, "KIN_GROUP_NOUNS"):
        return False
    return (v.civilian or _kin_of_someone(ctx, v)) and not v.force and not _plural_mention(ctx, v)


def _kin_of_someone(ctx: Context, v) -> bool:
    """Victim mention ``v``'s noun is a kin noun (``victims_<lang>.KIN_NOUNS``) with a possessor ("the mayor's son",
    "her son", « son fils »: a possessive, or a determiner that is one, Poss=Yes) or an "of" complement ("the son of
    the mayor", « le fils du maire »: :func:`victims.kin_complement`): one person of a family, no force's member."""
    root = ctx.doc[v.tok_start:v.tok_end].root
    if root.lower_ not in lexicon_words("victims", ctx.lang, "KIN_NOUNS"):
        return False
    return any(c.i < root.i and (c.dep_ in POSSESSIVE_DEPS or "Yes" in c.morph.get("Poss")) for c in root.children) \
        or any(t.i > root.i and root.i in (t.head.i, t.head.head.i) and kin_complement(t) for t in root.subtree)


def _figure_heads(ctx: Context, sent: Span, quantities=None) -> list[tuple[int, int]]:
    """Where each figure of sentence ``sent`` (or each of ``quantities``) runs, from its first character to the end of
    its noun ("two sons": both words): the counted phrases."""
    if quantities is None:
        quantities = [q for q in ctx.quantities if sent.start_char <= q.start < sent.end_char]
    return [(q.start, q.head_end if q.head_end is not None else q.end) for q in quantities]


def _person_apart(ctx: Context, v, heads: list[tuple[int, int]], speakers=()) -> bool:
    """Victim mention ``v`` is a person a list adds one of its own, with no figure: not in a counted phrase
    (``heads``: :func:`_figure_heads`), not whose kin another is (:func:`_possessor_of_kin`: "the mayor" of "the
    mayor's son"), not who tells it (``speakers``: token indexes of the sentence's reporting subjects)."""
    if _possessor_of_kin(ctx, v) or any(a < v.end and v.start < b for a, b in heads):
        return False
    return not any(v.tok_start <= i < v.tok_end for i in speakers)


def _possessor_of_kin(ctx: Context, v) -> bool:
    """Victim mention ``v`` is whose kin the share lists ("the mayor" of "the mayor's son", « maire » of « le fils
    du maire »: :func:`victims.kin_complement`): no person listed of its own."""
    return kin_complement(ctx.doc[v.tok_start:v.tok_end].root)


def _share_end(ctx: Context, tok: Token) -> int:
    """Where the list that token ``tok`` (a noun of a share) is one item of ends: the last character of its last
    conjunct ("including a woman and her baby": "baby"; "a farmer, his wife and three children": "children"), by
    the parse's ``conj`` links."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.i < tok.i:
        tok = tok.head
    members, todo = [tok], [tok]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ == "conj" and c.i > t.i:
                members.append(c)
                todo.append(c)
    last = max(members, key=lambda t: t.i)
    return last.idx + len(last)


def _one_civilian_dead(v) -> Counted:
    """Civilian ``v`` listed in a share as one dead, its evidence the person's words."""
    return Counted("death", True, False, quantities_mod.QuantityMention(v.start, v.end, v.text, Range.exact(1)), None,
                   True)


def _civilians_listed_alone(ctx: Context, si: int, total: Counted) -> list[Counted]:
    """The persons of a civilian's role a share lists with no count, right after toll ``total`` ("killed 12 people,
    including the village chief", « 12 personnes, dont le chef du village »): a subset word
    (``quantities_<lang>.SUBSET_BEFORE``) after the toll's noun and a comma, the share up to the next mark, no figure
    in it; one civilian each (as :func:`_civilians_listed_in_share`), none when it names no one else."""
    q, sent = total.quantity, ctx.sents[si]
    text = ctx.document.text
    after = text[(q.head_end if q.head_end is not None else q.end):sent.end_char]
    lead = after.lstrip()
    if not lead.startswith(","):
        return []
    lead = lead[1:].lstrip()
    word = next((w for w in ctx.m.quantities.SUBSET_BEFORE if lead.lower().startswith(w + " ")), None)
    if word is None:
        return []
    lo = sent.end_char - len(lead) + len(word)
    hi = next((lo + i for i, ch in enumerate(text[lo:sent.end_char]) if ch in ",;:.()"), sent.end_char)
    if any(lo <= f.start < hi for f in ctx.quantities):
        return []
    inside = [v for v in _persons_listed(ctx, sent) if lo <= v.start and v.end <= hi and not _possessor_of_kin(ctx, v)]
    if not inside or not all(_one_civilian(ctx, v) for v in inside):
        return []
    return [_one_civilian_dead(v) for v in inside]


def _civilians_listed_among_the_dead(ctx: Context, si: int, inc: Incident, counts: list[Counted]) -> list[Counted]:
    """The civilians a later sentence lists among the dead of incident ``inc``'s toll (:func:`victims.listed_hit`
    "death" and :func:`victims.listed_victims`: "Among the dead were the village chief and two children", "The dead
    included ...", « Parmi les morts figurent le chef du village et deux enfants »), when it lists a person with no
    figure: its counts of civilians (``counts``, the sentence's figures) and one for each person of a civilian's role
    (:func:`_one_civilian`), in the toll's order; none when the incident already has a civilian figure or no toll,
    when the list names people of no number ("and children") or of no civilian word, or would count more civilians
    than the toll."""
    toll, sent = inc.fatalities, ctx.sents[si]
    if toll is None or toll.best is None or inc.civilian_fatalities is not None:
        return []
    if listed_hit(ctx.doc, sent, ctx.lang) != "death" and not _among_the_dead_before(ctx, si):
        return []
    listed = listed_victims(ctx.doc, sent, ctx.lang, ctx.victims, ctx.place_spans)
    grown = True
    while listed and grown:
        # (a person the parse joins to a word inside a listed one: « le chef du village et son épouse », « épouse »
        # hung on « village »)
        more = [v for v in ctx.victims if sent.start <= v.tok_start < sent.end and v not in listed and any(
            w.tok_start <= ctx.doc[v.tok_start:v.tok_end].root.head.i < w.tok_end for w in listed)
            and ctx.doc[v.tok_start:v.tok_end].root.dep_ == "conj"]
        listed, grown = listed + more, bool(more)
    dead = [c for c in counts if c.category == "death"]
    first = min((v.start for v in listed), default=sent.end_char)
    # a figure of civilians in the list that no casualty word reached ("Among the dead were Musa Ibrahim, a teacher,
    # and two children": the list's word for the dead is far from "two"): the list says they are among the dead
    unreached = [replace(c, category="death") for c in classify_quantities(ctx, si)
             if c.category == "other" and (c.civilian or _one_civilian_counted(ctx, si, c)) and not c.combatant
             and c.what not in TAKEN_KINDS  # (« ses deux fils »: kin said of someone, civilians)
             and any(c.quantity.start < v.end and v.start < (c.quantity.head_end or c.quantity.end) for v in listed)
             and first <= (c.quantity.head_end or c.quantity.end)  # (« deux femmes »: the list's noun after its figure)
             and not any(d.quantity.start == c.quantity.start for d in dead)]
    dead += unreached
    by_person = [c for c in dead if not c.civilian and not c.combatant and _one_civilian_counted(ctx, si, c)]
    if any(first <= q.start < sent.end_char and not any(c.quantity.start == q.start for c in dead)
           for q in ctx.quantities):
        return []  # (a figure of the list read as no dead: the list is not read whole)
    if not listed or any(not (c.civilian or c.combatant or c in by_person) or c.quantity.value.best is None
                         for c in dead):
        return []
    heads = _figure_heads(ctx, sent)
    speakers = _reporting_subjects(ctx, sent)  # ("..., a local official said": who tells it)
    singles = []
    for v in one_person(ctx.doc, listed, ctx.lang, ctx.place_spans):
        if not _person_apart(ctx, v, heads, speakers) or v.force:
            continue  # (a member of the forces: no civilian of its own)
        if not _one_civilian(ctx, v):
            return []
        singles.append(_one_civilian_dead(v))
    civ = [c for c in dead if (c.civilian or c in by_person) and not c.combatant]
    if not (singles or by_person or unreached) or sum(c.quantity.value.best for c in civ) + len(singles) > toll.best:
        return []  # (counts of civilians alone: the toll's later figures, :func:`_attach_follow_up_counts`)
    return sorted(civ + singles, key=lambda c: c.quantity.start)


def _dead_listed_whole(ctx: Context, si: int, counts: list[Counted]) -> tuple[Range, list[tuple[int, int]]] | None:
    """The dead a sentence lists among the dead (:func:`victims.listed_hit` "death", or a list whose every figure was
    read as dead: "A teacher and her daughter were among the dead", « Une enseignante et sa fille figurent parmi les
    victimes »), read whole: each figure for what it counts and each person with no figure of their own one more, with
    the words of each; None when the list has no person without a figure (its figures alone are read as before), names
    people of no number, or holds a figure of no dead."""
    sent = ctx.sents[si]
    listed = listed_victims(ctx.doc, sent, ctx.lang, ctx.victims, ctx.place_spans)
    if not listed:
        return None
    first = min(v.start for v in listed)
    inside = [q for q in ctx.quantities if sent.start_char <= q.start < sent.end_char
              and first <= (q.head_end if q.head_end is not None else q.end)]
    dead = [c for c in counts if c.category == "death" and any(c.quantity.start == q.start for q in inside)]
    kind = listed_hit(ctx.doc, sent, ctx.lang)
    if kind != "death" and not (kind is None and dead):
        return None
    if kind == "death":
        # (a figure of the list no casualty word reached, "A teacher, her husband ... were among the dead": the list
        # says they are among the dead)
        dead += [replace(c, category="death") for c in classify_quantities(ctx, si)
                 if c.category == "other" and c.what not in TAKEN_KINDS
                 and any(c.quantity.start == q.start for q in inside)
                 and not any(d.quantity.start == c.quantity.start for d in dead)]
    if len(dead) != len(inside) or any(c.quantity.value.best is None for c in dead):
        return None  # (a figure of the list read as no dead: the list is not read whole)
    heads = _figure_heads(ctx, sent, inside)
    speakers = _reporting_subjects(ctx, sent)
    singles = []
    for v in one_person(ctx.doc, listed, ctx.lang, ctx.place_spans):
        if not _person_apart(ctx, v, heads, speakers):
            continue
        if _plural_mention(ctx, v) and not v.name_only:
            return None  # ("and children": people of no number)
        singles.append((v.start, v.end))
    if not singles:
        return None
    value = _sum([c.quantity.value for c in dead] + [Range.exact(1) for _ in singles])
    return value, sorted([(c.quantity.start, _figure_words_end(ctx, c.quantity)) for c in dead] + singles)


def _among_the_dead_before(ctx: Context, si: int) -> bool:
    """Sentence ``si`` opens on a pronoun that picks out of people told before (:func:`victims.among_them`: "Among
    them were two women and a child", « Parmi elles figurent ... ») right after a sentence whose figures count the dead
    and no wounded: the pronoun stands for those dead. So does a word for the people hit that tells neither death nor
    injury ("A teacher and her daughter were among the victims", « figurent parmi les victimes »: :func:`victims.
    listed_hit` None)."""
    sent = ctx.sents[si]
    if si == 0 or not (among_them(ctx.doc, sent, ctx.lang) or listed_hit(ctx.doc, sent, ctx.lang) is None and any(
            t.lower_ in lexicon_words("victims", ctx.lang, "HIT_COLLECTIVES") for t in sent)):
        return False
    cats = {c.category for c in classify_quantities(ctx, si - 1) if c.category in ("death", "injury")}
    return cats == {"death"}


def _figure_words_end(ctx: Context, q) -> int:
    """Where the evidence of figure ``q`` ends: the figure itself ("four"), or with its noun when the figure is a
    singular article ("including a woman": "a woman", ``quantities_<lang>.ADDED_SINGULAR_ARTICLES``)."""
    articles = getattr(ctx.m.quantities, "ADDED_SINGULAR_ARTICLES", ())
    if q.text.lower() in articles and getattr(q, "head_end", None) is not None and q.head_end > q.end:
        return q.head_end
    return q.end


def _civilians_listed_in_share(ctx: Context, si: int, total: Counted, last: Counted) -> list[Counted]:
    """The persons a share lists beside its counts, from toll ``total`` to the end of the list of its last civilian part
    ``last`` (:func:`_share_end`: "including a woman and her baby"), each one civilian with no figure of their own
    ("including the village chief and two children", « dont le chef du village et deux enfants »): victim mentions of
    a civilian's role (a civilian by ``victims_<lang>``: no rank, no force served) or kin nouns said of someone
    (:func:`_one_civilian`), none of a counted phrase nor whose kin they are. Each is a Counted of one, its evidence
    the person's words."""
    sent = ctx.sents[si]
    heads = _figure_heads(ctx, sent)
    speakers = _reporting_subjects(ctx, sent)
    # the share runs to its last item, the persons after the last count too ("including a woman and her baby")
    head = _head_span(ctx, last.quantity)
    end = max(last.quantity.start, _share_end(ctx, head.root) if head is not None else last.quantity.start)
    out = []
    for v in _persons_listed(ctx, sent):
        if not (total.quantity.end < v.start and v.end <= end) or not _one_civilian(ctx, v):
            continue  # (« dont des enfants »: people of no number, no one person)
        if not _person_apart(ctx, v, heads, speakers):
            continue  # (nor who tells it, parsed as one more of the list: "..., a local resident said")
        out.append(_one_civilian_dead(v))
    return out


def _hedged_naming(ctx: Context, a1: ActorMention):
    """For an unnamed doer that stands for the story's named group ("the terrorists", :func:`actors.resolve_generic`):
    when the story first names that group with a hedge on who did it ("apparently by members of the Shining Path",
    "presumed Shining Path extremists": :func:`claims.perpetrator_hedge`), that hedge and the character bounds of its
    sentence; else None. The first naming tells how sure the story is of who its doers are; a later one speaks of the
    group at large ("where Shining Path activity is intense")."""
    if not a1.generic or a1.kind not in NON_STATE or a1.name == UNIDENTIFIED:
        return None
    first = min((a for a in ctx.actors if a.name == a1.name and not a.generic), key=lambda a: a.tok_start, default=None)
    hedge = perpetrator_hedge(ctx.doc, ctx.m, first.tok_start, first.tok_end) if first is not None else None
    if hedge is None or any(cm.verb_start == hedge.start and cm.certainty == hedge.certainty for cm in ctx.claims):
        return None  # (someone laid the act at the group's door, "the defence minister attributed to the ADF": his claim)
    sent = ctx.doc[first.tok_start].sent
    return hedge, sent.start_char, sent.end_char


def _territory_by_its_taker(inc: Incident) -> None:
    """Ground taken is typed by the side that took it, once the incident names it: the trigger's default
    ("liberate" is the government's) stands where no side was its verb's own subject ("The RSF said they had
    "liberated" the camp": a non-state group's, "Non-state actor overtakes territory"), and the other way round."""
    kinds = {a.kind for a in inc.actors if a.role == "actor1" and a.kind != "unidentified"}
    if not kinds:
        return
    if inc.sub_event_type == GOVERNMENT_REGAINS and kinds <= NON_STATE_SIDE:
        inc.sub_event_type = NON_STATE_OVERTAKES
    elif inc.sub_event_type == NON_STATE_OVERTAKES and kinds <= STATE_SIDE:
        inc.sub_event_type = GOVERNMENT_REGAINS


PROTEST_TYPES = frozenset({"Protests", "Riots"})
CHEMICAL_WEAPON = "Chemical weapon"
GOVERNMENT_REGAINS, NON_STATE_OVERTAKES = "Government regains territory", "Non-state actor overtakes territory"


def _crowd_of_force(ctx: Context, trig: Trigger) -> tuple[int, int, str] | None:
    """For a protest told by the means of crowd control the police used (events_<lang>.CROWD_CONTROL_MEANS:
    "police fired tear gas and live rounds at crowds", « la police a tiré des gaz lacrymogènes sur la
    foule »), the words that name the crowd: a crowd noun of its sentence after the trigger
    (events_<lang>.PROTEST_CROWDS), else the protesters named last before it in the story; ``None`` when
    the trigger is no such means (a protest noun names its people itself)."""
    if not _is_crowd_control_means(ctx, trig):
        return None
    sent = ctx.sents[trig.sent_index]
    for t in ctx.doc[trig.tok_end:sent.end]:
        if t.pos_ in ("NOUN", "PROPN") and t.lower_ in ctx.m.protest_crowds and t.i not in ctx.trigger_tokens:
            return t.idx, t.idx + len(t), t.text
    earlier = [a for a in ctx.actors if a.kind == "protesters" and a.end <= trig.start]
    if earlier:
        a = earlier[-1]
        return a.start, a.end, a.text
    return None


def _is_crowd_control_means(ctx: Context, trig: Trigger) -> bool:
    """The trigger's words are a means of crowd control ("tear gas", « gaz lacrymogènes »)."""
    means = {fold_accents(w.lower()) for w in lexicon_words("events", ctx.lang, "CROWD_CONTROL_MEANS")}
    text = fold_accents(trig.text.lower())
    return text in means or text.rstrip("s") in {m.rstrip("s") for m in means}


def _protest_story(ctx: Context, si: int) -> Span:
    """A protest's sentence and the sentences of its paragraph that go on telling it, up to one
    that reports another kind of event: how it went ("Security forces fired tear gas to disperse
    the crowd") is often said after the lead."""
    end = si
    while end + 1 < len(ctx.sents) and ctx.para_of_sent[end + 1] == ctx.para_of_sent[si] and (
            ctx.trigger_types.get(end + 1, set()) <= PROTEST_TYPES or _force_on_the_protest(ctx, ctx.sents[end + 1])):
        end += 1
    return ctx.doc[ctx.sents[si].start:ctx.sents[end].end]


def _force_on_the_protest(ctx: Context, sent: Span) -> bool:
    """A following sentence whose violence the forces of order do to the protesters just told ("Police
    opened fire on the crowd, killing two protesters", "Three of them died when security forces opened
    fire"): the protest's story (ACLED codes one excessive force event), not an event of its own. It
    names the police or the army, and the protesters, the crowd or them (a plural pronoun), and no
    fighters ("soldiers clashed with rebels, killing ten of them" is another event). The forces named only in
    the speaker of the sentence's claim ("A police spokeswoman said a crowd had attacked a police station") are
    no forces told acting: the sentence may tell another protest's version, and so spill nothing on this one."""
    m = ctx.m
    # (the forces named only as who speaks, "La porte-parole de la police a affirmé que ...", do nothing told)
    speakers = {i for c in ctx.claims if c.sent_start == sent.start_char for i in c.speaker_tokens}
    if not any((t.lower_ in m.crowd_control or t.lemma_.lower() in m.crowd_control) and t.i not in speakers
               for t in sent):
        return False
    if any(ctx.doc[i].lower_ in m.crowd_control or ctx.doc[i].lemma_.lower() in m.crowd_control for i in speakers):
        # the forces' own account ("Police spokeswoman X said officers had acted in self-defence after a crowd
        # attacked a police station"): their version, maybe of another crowd, spills nothing on the protest
        return False
    # (the forces themselves are combatants by their word, "Soldiers opened fire", « Les gendarmes ont tiré »: no
    # fighters of another side)
    if any(ctx.doc.vocab.strings[mid] == "COMB" and not any(
            t.lower_ in m.crowd_control or t.lemma_.lower() in m.crowd_control for t in sent[s:e])
           for mid, s, e in m.cues(sent)):
        return False
    # (the people hit named by their trade or as a crowd, "killing one student": PROTEST_CROWDS)
    return any(t.lower_ in m.protest_people or t.lemma_.lower() in m.protest_people
               or (t.lower_ in m.protest_crowds and t.pos_ == "NOUN" and not t.dep_.startswith("nsubj"))
               or (t.pos_ == "PRON" and "Plur" in t.morph.get("Number") and "3" in t.morph.get("Person")
                   and not t.dep_.startswith("nsubj"))
               for t in sent)


_AGENT_DEPS = ("nsubj", "nmod", "agent", "obl:agent", "poss", "compound", "amod", "nmod:poss")


def _tried_by(ctx: Context, act: Token, verb: Token) -> bool:
    """``act`` is the infinitive of an attempt ``verb`` ("gunmen tried to kill the mayor"): its subject
    did it, whatever else the verb may mean ("a court tried two soldiers for the murder" pursues them)."""
    return act.dep_ == "xcomp" and act.head.i == verb.i and verb.lemma_.lower() in ctx.m.attempts


def _aimed_sides(ctx: Context, trig: Trigger, armed: list[ActorMention]) -> list[ActorMention]:
    """The armed actors an act told by its noun was aimed at (:func:`bilan.extract.events.aimed_objects`: "the attack
    against its peacekeepers", « l'attaque de samedi contre ses casques bleus », the « contre » hung on the verb of
    condemning it): the side hit, never the doer."""
    return _sides_aimed_by(ctx, ctx.doc[trig.tok_start:trig.tok_end].root, armed)


def _aimed_by_acts_beside(ctx: Context, trig: Trigger, armed: list[ActorMention]) -> list[ActorMention]:
    """The armed actors an act noun of the sentence was aimed at, when the act's verb is a relative clause or a
    participle hung inside that noun's phrase (« une attaque contre une base de l'armée qui avait tué onze soldats »,
    "a day after an ambush on a police patrol near the village that killed eight officers"): the clause tells the
    toll of the act the noun names, whatever word the parse hangs it on, so the side it was aimed at is the side hit,
    never the doer. The noun may be no trigger of its own (the lead's "after an ambush on ..." after a headline that
    told it)."""
    doc = ctx.doc
    verb = doc[trig.tok_start:trig.tok_end].root
    if verb.pos_ != "VERB" or verb.dep_.split(":")[0] not in ("acl", "relcl") or verb.head.i > verb.i:
        return []
    sent = ctx.sents[trig.sent_index]
    acts = sorted({sent.start + i for mid, s, e in ctx.m.triggers(sent)
                   if ctx.m.trigger_info[doc.vocab.strings[mid]][1] in VIOLENT_TYPES for i in range(s, e)})
    aimed = [x for i in acts if i <= verb.head.i and doc[i].right_edge.i >= verb.head.i
             for x in _sides_aimed_by(ctx, doc[i], armed)]
    return [a for a in armed if any(a is x for x in aimed)]


def _sides_aimed_by(ctx: Context, head, armed: list[ActorMention]) -> list[ActorMention]:
    """:func:`_aimed_sides` of the act's noun ``head``."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return []
    if head.dep_.split(":")[0] in ("dobj", "obj") and (head.head.lemma_.lower() in ctx.m.attribution_predicates
                                                      or head.head.lower_ in ctx.m.attribution_predicates):
        return []  # "Police blamed the attack on Boko Haram": who it is laid on, the doer (alleged), not the side hit
    aimed = {o.i for o in aimed_objects(head, ctx.m)}
    if not aimed:
        return []
    # (or the side the phrase of what was hit names, "an ambush on a police patrol", « une embuscade contre une
    # patrouille de police »: its modifier, or its "of" complement, not an agent "by")
    return [a for a in armed if (n := _mention_noun(ctx.doc, a)).i in aimed or _phrase_head(n).i in aimed and (
        n.dep_ in ("compound", "amod") or n.dep_.split(":")[0] in ("nmod", "pobj") and any(
            k.lower_ in ctx.m.complement_preps for k in (n.head, *n.children) if k.dep_ in ("case", "prep")))]


def _agent(ctx: Context, trig: Trigger, armed: list[ActorMention], battle: bool) -> ActorMention | None:
    """:func:`_agent_mention`, or the unit its generic noun is "of" ("soldiers of the Atlacatl
    Battalion", "des soldats du bataillon Atlacatl"): an actor of the same kind that is the noun's
    "of/from/de" complement names the doers more closely (MUC-4 PERP: the unit, not "soldiers")."""
    a = _agent_mention(ctx, trig, armed, battle)
    if a is None:
        return None
    root = ctx.doc[a.tok_start:a.tok_end].root
    for b in armed:
        if b is a or b.kind != a.kind or b.generic or b.tok_start < a.tok_end:
            continue
        broot = ctx.doc[b.tok_start:b.tok_end].root
        owner = _phrase_head(broot)
        if broot.dep_.split(":")[0] in ("nmod", "pobj") and owner.i == root.i and b.text != a.text:
            return b
    return a


def _freers(ctx: Context, trig: Trigger, armed: list[ActorMention]) -> list[ActorMention]:
    """The state's forces that freed the people an abduction took, the subject of the verb of release ("Soldiers freed
    12 hostages", « les soldats ont libéré 12 otages »: events.FREED): who ended the abduction, never who did it (an
    armed group that releases hostages, "Gunmen released 12 hostages", is their captor and stays)."""
    if FREED not in trig.flags:
        return []
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    noun = root.head if root.dep_.split(":")[0] in ("acl", "amod", "relcl") else root
    verb = noun.head
    if verb.i == noun.i or verb.pos_ != "VERB":
        return []
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "obl:agent", "agent")}
    subjects |= {g.i for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"}
    return [a for a in armed if a.kind in FORCE_KINDS and _mention_noun(ctx.doc, a).i in subjects]


def _undergoers(ctx: Context, trig: Trigger, armed: list[ActorMention]) -> list[ActorMention]:
    """The armed actors that underwent the act as the subject of a verb of undergoing it (« une patrouille de
    l'armée est tombée dans une embuscade », "an army patrol fell into an ambush", "came under fire":
    targets.undergoing_verb) or the passive subject of its own verb ("an army patrol was attacked"): the subject's
    noun, or the side its phrase names (« de l'armée », "army patrol")."""
    verb = undergoing_verb(ctx.doc, trig.tok_start, trig.tok_end)
    if verb is not None:
        subjects = {c.i for c in verb.children if c.dep_.startswith("nsubj")}
    else:
        # the passive subject of the act's own verb (« une patrouille de l'armée a été attaquée »): done to it too
        root = ctx.doc[trig.tok_start:trig.tok_end].root
        subjects = {c.i for c in root.children if c.dep_ in PASSIVE_SUBJECTS} if root.pos_ == "VERB" else set()
    if not subjects:
        return []
    out = []
    for a in armed:
        root = _mention_noun(ctx.doc, a)
        if root.i in subjects or root.dep_.split(":")[0] in ("nmod", "compound", "amod", "pobj") \
                and _phrase_head(root).i in subjects:
            out.append(a)
    return out


def _patient_of_act_noun(ctx: Context, head: Token, root: Token) -> bool:
    """``root`` is the « de » / "of" complement of the act's noun ``head`` that is a noun whose complement is whom the
    act was done to (``events_<lang>.PATIENT_OF_NOUNS``: « l'exécution de deux soldats », "the execution of two
    soldiers", « l'assassinat de deux gendarmes »): its victims, never its doers (« l'attaque des rebelles » keeps the
    doer: an attack noun is none of them)."""
    nouns = lexicon_words("events", ctx.lang, "PATIENT_OF_NOUNS")
    return head.pos_ == "NOUN" and (head.lemma_.lower() in nouns or head.lower_ in nouns) \
        and any(c.i == root.i for c in of_complements(head, ctx.m.complement_preps))


def _threat_source(ctx: Context, trig: Trigger, armed: list[ActorMention]) -> ActorMention | None:
    """The armed side a received threat came from, after a preposition of ``events_<lang>.THREAT_SOURCE_PREPS`` on the
    threat's noun or on the verb of receiving it ("HAS RECEIVED DEATH THREATS FROM THE SHINING PATH GUERRILLA GROUP",
    « a reçu des menaces de mort des FARC »): its doer (the subject of receiving is whom it was made against)."""
    if "threat" not in trig.flags:
        return None
    preps = lexicon_words("events", ctx.lang, "THREAT_SOURCE_PREPS")
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if not preps or root.head.lemma_.lower() not in ctx.m.threat_received:
        return None
    holders = {root.i, root.head.i}
    for a in armed:
        noun = _mention_noun(ctx.doc, a)
        while noun.dep_ in ("compound", "amod", "flat", "flat:name") and noun.head.i != noun.i:
            noun = noun.head  # "THE SHINING PATH GUERRILLA GROUP": the name on its group's noun
        if noun.dep_ == "pobj" and noun.head.lower_ in preps and noun.head.head.i in holders \
                or noun.dep_.split(":")[0] in ("nmod", "obl") and noun.head.i in holders \
                and any(c.dep_ == "case" and c.lower_ in preps for c in noun.children):
            return a
    return None


def _agent_mention(ctx: Context, trig: Trigger, armed: list[ActorMention], battle: bool) -> ActorMention | None:
    """The armed actor that did it: tied to the trigger as its subject, its "de/of/by" complement
    or its modifier ("une frappe de la coalition", "coalition air strike", "attack by X"); else the
    subject of the sentence's verbs; for a battle, else the first armed actor. None otherwise: the
    target of an attack is not its perpetrator, nor the side that underwent it (:func:`_undergoers`)."""
    doc = ctx.doc
    source = _threat_source(ctx, trig, armed)
    if source is not None:
        return source
    hit = _undergoers(ctx, trig, armed)
    trig_toks = set(range(trig.tok_start, trig.tok_end))
    head = doc[trig.tok_start:trig.tok_end].root
    # nor the side the act's noun was aimed at ("Saturday's attack against peacekeepers", « l'attaque de samedi contre
    # ses casques bleus », the « contre » hung on the verb of condemning)
    hit += [a for a in _aimed_sides(ctx, trig, armed) if a not in hit]
    hit += [a for a in _freers(ctx, trig, armed) if a not in hit]
    hit += [a for a in _aimed_by_acts_beside(ctx, trig, armed) if a not in hit]
    if hit:
        armed = [a for a in armed if a not in hit]
    named_first = sorted((a for a in armed if not _one_of_a_toll(ctx, a)), key=lambda a: (a.generic, a.start))
    attributing = ctx.m.blame_predicates
    # "the army condemned the murder", "police are investigating the killing": who reacts to it
    reacting = ctx.m.reaction_verbs
    # the trigger and the verb it is the object of; a verb coordinated after another shares its
    # subject ("two rebels machinegunned a guard and detonated a car bomb")
    doers = [head, head.head]
    if head.head.i != head.i and (head.head.lemma_.lower() in ctx.m.accusation_verbs
                                  or head.head.lower_ in ctx.m.accusation_verbs):
        # « L'armée a accusé les FSR d'avoir bombardé le marché » (the act the accusing verb's complement): who
        # accuses does not do it (_accused: the accused does)
        doers = [head]
    doers += [v.head for v in doers if v.dep_ == "conj" and v.pos_ == "VERB" and v.head.pos_ == "VERB"
              and not any(c.dep_.startswith("nsubj") for c in v.children)]
    # "CAUSED A BOMB TO EXPLODE": the subject of the verb of causing did it (``events_<lang>.CAUSATIVE_VERBS``)
    causatives = lexicon_words("events", ctx.lang, "CAUSATIVE_VERBS")
    doers += [v.head for v in doers if v.dep_.split(":")[0] in ("ccomp", "xcomp") and v.pos_ == "VERB"
              and v.head.lemma_.lower() in causatives]
    for a in named_first:
        root = _mention_noun(doc, a)
        up = root.head
        if root.dep_ == "flat:name" or root.dep_ == "fixed":
            up = up.head
        if root.dep_ in PASSIVE_SUBJECTS:
            continue  # "two policemen were machinegunned by terrorists": who it was done to
        if (root.head.i in trig_toks or up.i in trig_toks) and root.dep_.split(":")[0] in (
                d.split(":")[0] for d in _AGENT_DEPS) and not _patient_of_act_noun(ctx, head, root):
            return a
        if _cut_subject_verb(doc, a) in doers:
            return a
        if _loose_subject(root, doers):
            return a
        # "MEMBERS OF THE CINCHONERO POPULAR LIBERATION MOVEMENT": the alias a modifier of the name's head word
        # (actors_<lang>.GROUP_HEAD_WORDS), the name the group of the subject noun
        heads = getattr(ctx.m.actors, "GROUP_HEAD_WORDS", ())
        if root.dep_ in ("compound", "amod") and root.head.i > root.i and root.head.lower_ in heads \
                and root.head.dep_ == "pobj":
            root = root.head
        # "des combattants de l'EI" -> the group of the subject noun; "a group of terrorists"
        owner = _phrase_head(root)
        hedged = owner.dep_.split(":")[0] in ("acl", "amod") and (
            owner.lower_ in ctx.m.perpetrator_hedges or owner.lemma_.lower() in ctx.m.perpetrator_hedges)
        if hedged and root.dep_.split(":")[0] in ("nmod", "obl", "pobj"):
            # "des membres présumés du MRTA": the hedge the parse made the group's head; the noun it is said of
            owner, root_dep = owner.head, "nmod"
        else:
            root_dep = root.dep_
        if root_dep in ("nmod", "pobj") and owner.dep_.startswith("nsubj") and owner.head in doers \
                and not owner.dep_.startswith(("nsubjpass", "nsubj:pass")) and not _patient_of_act_noun(ctx, owner, root):
            return a
        # the subject, or the noun it names ("two Shining Path members"): "police attributed the attack to ..." is not
        subj = root if root.dep_.startswith("nsubj") else _np_head(ctx, a)
        if subj.dep_.startswith("nsubj") and not subj.dep_.startswith(("nsubjpass", "nsubj:pass")) \
                and subj.head in doers and subj.head.pos_ == "VERB" and not _died(ctx, subj.head) \
                and (subj.head.lemma_.lower() not in attributing | reacting or _tried_by(ctx, head, subj.head)):
            return a
        if _relative_doer(root, head):
            return a
        if head.pos_ == "VERB" and head.dep_.split(":")[0] == "acl" and (head.head.i == root.i or (
                root_dep in ("nmod", "pobj") and head.head.i == owner.i and head.i > root.i)) and any(
                c.dep_ in ("dobj", "obj") for c in head.children):
            # "suspected guerrillas dynamited a bridge", parsed as a participle on the noun, and "des
            # rebelles ayant incendié la mairie": a participle with an object of its own is active,
            # so the noun it is said of did it (a passive one, "rebels killed in the clash", has none);
            # the group of that noun too (« des membres du Front ... ont enlevé un agronome »)
            return a
    relative = _relative_clause_subject(ctx, trig, named_first) or _opening_subject(ctx, trig, named_first)
    if relative is not None:
        return relative
    blamed = _laid_by_words(ctx, trig, named_first, agent=True)
    if blamed is not None and (_attributed_to(ctx, head, [blamed]) or _accused(ctx, head, trig_toks, [blamed])):
        ctx.laid_at.add(blamed.start)  # laid at its door by blame, not the agent of a passive nor a claim
    if blamed is not None:
        return blamed
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for a in named_first:
        root = doc[a.tok_start:a.tok_end].root
        subj = root if root.dep_ != "nmod" else root.head  # "des combattants de l'EI"
        if subj.dep_ == "nsubj" and subj.head == verb and not {verb.lemma_.lower(), verb.lower_} & reacting \
                and not _patient_of_act_noun(ctx, subj, root):
            return a
        if _hand_of(ctx, root, verb) and not {verb.lemma_.lower(), verb.lower_} & reacting:
            if _phrase_head(root).dep_ == "nsubj":
                ctx.laid_at.add(a.start)  # ("the hand of X is behind it" lays it; "killed at the hands of X" tells it)
            return a
    if not battle:
        return None
    # (not the escort of what was hit, "a convoy escorted by the army": the side attacked)
    return next((a for a in named_first if not _escorts(ctx, a)), None)


def _hand_of(ctx: Context, root, verb) -> bool:
    """ "the hand of drug traffickers is behind the assassination", « la main des cartels est derrière
    l'attentat »: the actor's noun is the "of/de" complement of a noun that stands for its doer
    (``events_<lang>.HAND_NOUNS``), the subject of the act's verb or the object of a preposition on it ("were
    killed at the hands of unidentified gunmen")."""
    hands = lexicon_words("events", ctx.lang, "HAND_NOUNS")
    if not hands or root.dep_.split(":")[0] not in ("pobj", "nmod"):
        return False
    noun = _phrase_head(root)
    if noun.i == root.i or not (noun.lower_ in hands or noun.lemma_.lower() in hands):
        return False
    # (or the object of a preposition on the act's verb: "four farmers were killed at the hands of gunmen")
    return noun.dep_ == "nsubj" and noun.head.i == verb.i or (
        noun.dep_.split(":")[0] in ("pobj", "obl") and verb.pos_ == "VERB"
        and (noun.head.i == verb.i or noun.head.dep_ == "prep" and noun.head.head.i == verb.i))


def _escorts(ctx: Context, a: ActorMention) -> bool:
    """The mention is the agent of a participle of escorting (``events_<lang>.ESCORT_VERBS``: "a convoy escorted by
    the army", « un convoi escorté par l'armée »)."""
    escort = lexicon_words("events", ctx.lang, "ESCORT_VERBS")
    tok = ctx.doc[a.tok_start:a.tok_end].root
    for _ in range(3):
        if tok.pos_ == "VERB":
            return tok.lemma_.lower() in escort and tok.dep_.split(":")[0] == "acl"
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _died(ctx: Context, verb) -> bool:
    """``verb`` is a word of death or injury with no object ("twelve soldiers died when their convoy was
    ambushed", « douze soldats sont morts »), or a verb of loss that says the death of the people it takes ("the
    army lost 21 men", :func:`_loss_cues`): its subject is who was hit, not who did the act."""
    if verb.lemma_.lower() in lexicon_words("quantities", ctx.lang, "LOSS_VERBS"):
        return _casualty_cue(ctx, (verb.i,)) == "DEATH"
    return _casualty_cue(ctx, (verb.i,)) is not None and not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _finders(ctx: Context, trig: Trigger, passive: bool) -> list[tuple[int, int]]:
    """The token spans of who found the bodies a "needs_found" trigger names: the subjects of the verbs
    one and two levels above it (passive subjects too with ``passive``), the trigger aside."""
    troot = ctx.doc[trig.tok_start:trig.tok_end].root
    return [(c.left_edge.i, c.right_edge.i + 1) for g in {troot.head, troot.head.head} for c in g.children
            if (c.dep_.startswith("nsubj") if passive else c.dep_ == "nsubj") and c.i != troot.i]


def _not_finders(ctx: Context, trig: Trigger, armed: list[ActorMention]) -> list[ActorMention]:
    """``armed`` less who found the bodies a "needs_found" trigger names (:func:`_finders`: "Troops found the bodies
    of 11 men ... after an attack blamed on the ADF"): who found the dead fought no one."""
    if "needs_found" not in trig.flags:
        return armed
    finders = _finders(ctx, trig, passive=True)
    return [a for a in armed if not any(s <= a.tok_start < e for s, e in finders)]


def _loose_subject(root, doers: list) -> bool:
    """The mention's noun ``root`` is a loose dependent of one of the doers' verbs, before it, where a subject stands,
    and that active verb has no subject of its own (« Boko Haram, qui a tué des milliers de personnes, a attaqué Bama
    » : the French parse hangs « Boko » on « attaqué » as ``dep`` across the relative clause): its subject."""
    verb = root.head
    return root.dep_ == "dep" and root.i < verb.i and verb.pos_ == "VERB" and any(v.i == verb.i for v in doers) \
        and not any(c.dep_.startswith("nsubj") or c.dep_ in PASSIVE_SUBJECTS or c.dep_ in ("aux:pass", "auxpass")
                    for c in verb.children)


def _cut_subject_verb(doc, a: ActorMention):
    """The verb of which the parse cut the mention off as a fragment of its own (« Des membres du gang Kraze Baryè
    incendient des maisons »: « membres » and « Kraze » roots, « incendient » a third with no subject): a verb
    right after the mention, a root with no subject of its own, plural as the mention's first noun is; None when
    there is none."""
    if a.tok_end >= len(doc) or a.tok_end - a.tok_start < 2:
        return None
    verb = doc[a.tok_end]
    span = doc[a.tok_start:a.tok_end]
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or any(c.dep_.startswith("nsubj") for c in verb.children) \
            or not any(t.dep_ == "ROOT" for t in span) or any(t.head.i >= a.tok_end for t in span):
        return None
    noun = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or not is_plural(noun) or "Plur" not in verb.morph.get("Number"):
        return None
    return verb


def _one_of_a_toll(ctx: Context, a: ActorMention) -> bool:
    """The armed mention is picked out of a toll by a subset phrase (``quantities_<lang>.SUBSET_BEFORE``) after a
    counted noun: « huit morts et quatre blessés, dont un agent de police atteint au bras », "five people, including a
    police officer hit in the chest". One of those hit, never who did it, whatever verb the parse hangs on it (the
    French model reads « atteint » as a present tense with the officer its subject)."""
    doc = ctx.doc
    noun = _mention_noun(doc, a)
    if noun.dep_.split(":")[0] in ("nmod", "pobj", "compound") and noun.head.i > noun.i - 4:
        noun = _phrase_head(noun) if noun.dep_ != "compound" else noun.head  # "un agent de police": the agent
    i = noun.i
    while i > 0 and doc[i - 1].pos_ in ("DET", "NUM", "ADJ") and doc[i - 1].lower_ not in ("dont",):
        i -= 1
    before = " ".join(ctx.document.text[max(0, doc[i].idx - 30):doc[i].idx].lower().split()).rstrip(" ,")
    subset = next((w for w in ctx.m.quantities.SUBSET_BEFORE if before.endswith(w)), None)
    if subset is None:
        return False
    k = i - len(subset.split())  # the subset phrase's first word; a counted noun in the few words before it
    return any(t.like_num or t.dep_ == "nummod" for t in doc[max(0, k - 6):max(0, k)])


def _mention_noun(doc, a: ActorMention):
    """The head of an actor mention; its last noun when the parse made a word before it the head
    ("HIRED GUNMEN SHOT AND KILLED", where the copy in capitals reads HIRED as the sentence's verb)."""
    span = doc[a.tok_start:a.tok_end]
    root = span.root
    if (root.dep_ == "ROOT" or root.head.i < a.tok_start) and len(span) > 1:
        # a fragment of its own the parse cut the mention into (« Des membres du gang Kraze Baryè ont incendié »:
        # « membres » a root, « Kraze » the verb's subject), or a mention hung on a noun before it whose word the
        # parse made a verb's subject (« Des hommes armés du gang Ti Makak enlèvent »: « gang » said of « hommes »,
        # « Ti » the subject of « enlèvent »): the word that is the subject of a verb outside it
        subj = next((t for t in span if t.dep_.startswith("nsubj") and not a.tok_start <= t.head.i < a.tok_end
                     and t.head.pos_ in ("VERB", "AUX")), None)
        if subj is not None:
            return subj
    if root.pos_ in ("NOUN", "PROPN", "PRON"):
        return root
    return next((t for t in reversed(span) if t.pos_ in ("NOUN", "PROPN")), root)


AMONG_GAP_WORDS = 2  # « 17 morts parmi les soldats »: words between a figure and the preposition of whom it counts


def _hit_in_clash(ctx: Context, a: ActorMention, trig: Trigger, counted: list[Counted]) -> bool:
    """An armed actor the sentence says was hit: the passive subject of the act or of a word of
    death or injury ("three policemen were killed"), or the people a figure of the dead or the
    wounded counts ("left four soldiers dead", "a coûté la vie à six militaires")."""
    head = _np_head(ctx, a)
    hurt = set(range(trig.tok_start, trig.tok_end)) | {i for label, s, e in ctx.cues
                                                      if label in ("DEATH", "INJURY") for i in range(s, e)}
    if head.dep_ in PASSIVE_SUBJECTS and head.head.i in hurt:
        return True
    troot = ctx.doc[trig.tok_start:trig.tok_end].root
    if troot.dep_.split(":")[0] == "acl" and troot.head.i == head.i and troot.i > head.i \
            and past_participle(troot):
        return True  # the act a past participle said of them (« Un policier atteint par balle ... »): done to them
    if any(c.category in ("death", "injury") and c.quantity.head_start is not None
           and a.start < c.quantity.head_end and c.quantity.head_start < a.end for c in counted):
        return True
    k = a.tok_start - 1
    while k >= 0 and ctx.doc[k].pos_ == "DET":
        k -= 1
    if k >= 0 and _among_word(ctx, k, a.tok_end) == a.tok_start and any(
            c.category in ("death", "injury") and c.quantity.end <= ctx.doc[k].idx
            and len(ctx.text[c.quantity.end:ctx.doc[k].idx].split()) <= AMONG_GAP_WORDS for c in counted):
        return True  # « avait fait 17 morts parmi les soldats », "12 dead among the soldiers": the side the dead were of
    # the owner of the people counted ("25 soldats de l'armée ont été tués", "soldiers of the army") or of the one
    # the act or a word of death was done to (« un lieutenant-colonel de l'armée a été tué », "a colonel of the army
    # was killed"), or a word of the place the act hit ("an attack on a military post", « l'attaque d'un poste
    # militaire »)
    word = ctx.doc[a.tok_start:a.tok_end].root  # (the mention's own word: its noun phrase's head may be the place)
    owner = _phrase_head(word)
    if word.dep_.split(":")[0] in ("nmod", "pobj", "amod", "compound") and owner.i != word.i:
        # (of people coordinated with those hit, the first of them holds the clause role they share: "soldiers and
        # army auxiliaries were killed", « des soldats et des supplétifs de l'armée ont été tués »)
        owner = _first_coordinated_noun(owner)
        if any(c.category in ("death", "injury") and c.quantity.head_start is not None
               and c.quantity.head_start <= owner.idx < c.quantity.head_end for c in counted):
            return True
        if owner.dep_ in PASSIVE_SUBJECTS and owner.head.i in hurt:
            return True
        return owner.dep_.split(":")[0] in ("pobj", "nmod", "obj", "dobj") and (
            owner.head.i in range(trig.tok_start, trig.tok_end) or owner.head.head.i in range(trig.tok_start, trig.tok_end))
    return False


COMMUNAL_KIND = "communal_militia"  # ACLED's identity militia (inter code 4)
SIDE_WORD_DEPS = ("compound", "amod", "flat", "flat:name")


def _communal_sides(ctx, trig: Trigger, sent: Span, actors: list[Actor], evidence: list) -> tuple[list[Actor], list]:
    """The sides of a fight between communal groups ("clashes between Fulani herders and farmers", « des affrontements
    entre éleveurs et agriculteurs »), no side armed by the text's word: ACLED's identity militias, the first named
    actor1, the other actor2, each with its words as written (the side's noun and its modifiers, no determiner) as
    mention and evidence, named by ``actors_<lang>.COMMUNAL_MILITIA_NAME``. Its people are no civilians hit (their
    victim rows go); the fight's dead stay its fatalities, civilians only where the text says so."""
    fight, sides = communal_fight_sides(trig, sent, ctx.m)
    if not fight or not sides:
        return actors, evidence
    try:
        template = getattr(load_lexicon("actors", ctx.lang), "COMMUNAL_MILITIA_NAME", "{}")
    except LexiconMissing:
        template = "{}"
    spans = []
    for s in sides[:2]:
        # (its name and modifiers next to it, no day: « des agriculteurs mardi »)
        words = [s, *(c for c in s.children if c.dep_ in SIDE_WORD_DEPS and c.pos_ in ("NOUN", "PROPN", "ADJ")
                      and abs(c.i - s.i) <= 2 and c.ent_type_ not in ("DATE", "TIME"))]
        lo, hi = min(w.i for w in words), max(w.i for w in words) + 1
        span = ctx.doc[lo:hi]
        # "the Misseriya and Rizeigat communities": a community is named by its name, not by the word "communities"
        names = [w for w in words if w is not s and w.pos_ == "PROPN"]
        named = ctx.doc[min(w.i for w in names):max(w.i for w in names) + 1] if names and any(
            w in ctx.m.mob_agents or w in ctx.m.partisans for w in (s.lower_, s.lemma_.lower())) else span
        spans.append((span, named))
    kept_actors, kept_evidence = [], list(evidence)
    for a in actors:
        ev = next((e for e in kept_evidence if e.field == "actors" and e.text == a.mention and any(
            e.start < sp.end_char and sp.start_char < e.end for sp, _ in spans)), None)
        if a.role == "victim" and ev is not None and a.kind in ("civilians", None):
            kept_evidence.remove(ev)
            continue
        kept_actors.append(a)
    sides_actors = []
    for role, (span, named) in zip(("actor1", "actor2"), spans):
        sides_actors.append(Actor(role=role, name=template.format(named.text), mention=span.text, kind=COMMUNAL_KIND))
        kept_evidence.append(ctx.ev("actors", span.start_char, span.end_char))
    return sides_actors + kept_actors, kept_evidence


# the state's forces and the foreign forces that fight beside them ("Soldiers and Wagner fighters attacked a rebel
# camp", « Les FAMa et des instructeurs russes ont attaqué un village »): one side, doers together
ALLIED_FORCE_KINDS = ("state_forces", "foreign_coalition", "external")


def _co_agents(ctx: Context, a1: ActorMention, armed: list[ActorMention], battle: bool = False) -> list[ActorMention]:
    """The other named groups the perpetrator's phrase joins to it ("guerrillas of the FARC and
    the Popular Liberation Army attacked four towns", "des combattants du JNIM et de l'EIGS ont
    attaqué"): a named armed group right after it, with only a coordinator, articles, "of"/"de"
    and commas between, did the act with it. Only named groups (rebels, militias), never unnamed ones (the parsers
    hang such lists on different heads, so the words between decide). The state's forces take the foreign or
    peacekeeping forces so joined to them (``ALLIED_FORCE_KINDS``: "Soldiers and Wagner fighters attacked a rebel
    camp", « des soldats et des mercenaires de Wagner »: the noun whose "of" phrase the force is may stand between),
    in a battle too (``battle``: two rebel groups joined there are more often the two sides, "M23 rebels and CODECO
    militiamen clashed")."""
    sides = (("rebel", "militia"), ALLIED_FORCE_KINDS)
    side = next((k for k in sides if a1.kind in k), None)
    if side is None or battle and side is not ALLIED_FORCE_KINDS:
        return []
    doc = ctx.doc
    out: list[ActorMention] = []
    last = a1
    for b in sorted(armed, key=lambda x: x.tok_start):
        if b.tok_start < last.tok_end:
            continue
        between = doc[last.tok_end:b.tok_start]
        broot = doc[b.tok_start:b.tok_end].root
        if len(between) > 4 or not all(t.is_punct or t.pos_ in ("DET", "ADP", "CCONJ") or side is ALLIED_FORCE_KINDS
                                       and t.pos_ == "NOUN" and t.is_ancestor(broot) for t in between) \
                or any(t.text in (".", ";", ":") for t in between):
            break
        if b.name == a1.name or any(b.name == o.name for o in out):
            last = b  # the same group again: "the Popular Liberation Army (EPL)"
            continue
        if b.kind not in side or not any(t.pos_ == "CCONJ" for t in between):
            break
        out.append(b)
        last = b
    return out


NAME_PATIENT_DEPS = ("nsubjpass", "nsubj:pass", "dobj", "obj")


def _conjoined_up(tok) -> list:
    """``tok`` and the words it is conjoined to, up to the first of its list."""
    out = [tok]
    while out[-1].dep_ == "conj" and out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _patient_names(ctx: Context, sent: Span, anchors: list[tuple[int, int]],
                   excluded: list[tuple[int, int]]) -> list[VictimMention]:
    """People named by their full name alone as what a violent verb or a casualty word of the sentence
    did it to ("9-year-old Efrain Tobar Lemus was injured", "gunmen murdered Rodrigo Ventura"),
    or as who "the wounded" or "the dead" are ("the wounded are Ramiro Castaneda and Concepcion
    Arriaga"): a name of two words or more (first name and surname), no place, no actor, no noun
    of the victim lexicons (they are tied by :func:`victims_of`). Not civilians by themselves: a name
    says nothing of who the person is, so it never types an incident alone."""
    doc = ctx.doc
    toks = {i for s, e in anchors for i in range(s, e)}

    def namelike(t) -> bool:
        # the small models tag many Spanish names as nouns, but read them as people; in capitals, a
        # word the language's word list does not hold ("RAMIRO CASTANEDA")
        return t.is_alpha and (t.is_title or t.is_upper) and (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "PER") or (
            t.is_upper and len(t) > 2 and t.pos_ in ("NOUN", "ADJ") and not is_common_word(t.lower_, ctx.lang)))
    def first_name(t) -> bool:
        # in capitals, a first name the word list also holds as a common word ("HECTOR RAMIREZ", "GLORIA FUENTES"),
        # read from its shape: a word of the name phrase before the surname read as a name, no victim, actor or
        # place word of its own
        return t.is_alpha and t.is_upper and len(t) > 2 and t.pos_ in ("NOUN", "PROPN") and not t.is_stop \
            and t.lower_ not in ctx.m.place_words and t.lemma_.lower() not in ctx.m.place_words \
            and not any(v.tok_start <= t.i < v.tok_end for v in ctx.victims) \
            and not any(a.tok_start <= t.i < a.tok_end for a in ctx.actors) \
            and not any(p <= t.idx < q for p, q in ctx.place_spans)
    heads = []
    died = {t.i for t in death_owners(doc, sent, toks, ctx.lang)}
    # "the blast wounded the arm of Beatriz Lopez", "wounded Beatriz Lopez's arm": whose body part the act hit
    parts = lexicon_words("victims", ctx.lang, "OWNED_BODY_PARTS")
    part_owners = {o.i for b in sent if b.lower_ in parts and b.pos_ in ("NOUN", "PROPN") and b.dep_ in NAME_PATIENT_DEPS
                   and b.head.i in toks
                   for o in [*of_complements(b, ctx.m.complement_preps), possessive(b, ("PROPN",))] if o is not None}
    for t in sent:
        if not namelike(t):
            continue
        if t.dep_ in NAME_PATIENT_DEPS and t.head.i in toks or t.i in part_owners:
            heads.append(t)
        elif t.dep_ in ("attr", "conj") and t.head.lemma_.lower() in ctx.m.copulas and any(
                c.dep_.startswith("nsubj") and c.i in toks for c in t.head.children):
            heads.append(t)  # "the wounded are Ramiro Castaneda"
        elif t.dep_ == "appos" and any(v.tok_start <= t.head.i < v.tok_end for v in ctx.victims):
            heads.append(t)  # "the mayor, Alberto Celis Sanchez": named further on, if the mayor was hit
        elif t.i in died:
            heads.append(t)  # "Maria Lopez's death in the attack", "the death of Pedro Gomez"
    for t in list(heads):
        heads += [c for c in t.children if c.dep_ == "conj" and (namelike(c) or first_name(c) and any(
            k.dep_ in ("compound", "flat", "flat:name") and k.i < c.i and (namelike(k) or first_name(k))
            for k in c.children)) and c not in heads]  # (in capitals, "AND GLORIA FUENTES": a run of two words)
    # names listed with the noun of what they are, a place ("stormed Kadawa, Tungar Daji and Maru villages"): places
    # the gazetteer does not know, no one hit
    heads = [h for h in heads if not any(c.dep_ == "appos" and c.lower_ in ctx.m.place_words
                                         for n in _conjoined_up(h) for c in n.children)]
    # in capitals, a thing's noun the word list lacks ("BLEW UP FOUR POWER PYLONS") is a physical target, no name
    heads = [h for h in heads if not any(g.tok_start <= h.i < g.tok_end for g in ctx.targets)]
    taken = [*excluded, *((a.tok_start, a.tok_end) for a in ctx.actors),
             *((v.tok_start, v.tok_end) for v in ctx.victims)]
    in_sent = [v for v in ctx.victims if sent.start <= v.tok_start < sent.end]
    out = []
    for h in heads:
        start, end = h.i, h.i + 1
        while start > sent.start and (namelike(doc[start - 1]) or first_name(doc[start - 1])) \
                and doc[start - 1].head.i > start - 1 \
                and doc[start - 1].dep_ in ("compound", "flat", "flat:name"):
            start -= 1
        while end < sent.end and namelike(doc[end]) and doc[end].head.i in range(start, end) \
                and doc[end].dep_ in ("flat", "flat:name"):
            end += 1
        if end - start < 2 or not all(doc[i].is_alpha for i in range(start, end)):
            continue
        if any(not namelike(doc[i]) for i in range(start, end)) and end < sent.end and doc[end].is_alpha \
                and doc[end].is_upper and not doc[end].is_stop \
                and doc[end].pos_ not in ("VERB", "AUX", "ADP", "DET", "CCONJ", "SCONJ", "PRON", "NUM"):
            continue  # (a name read from its shape whose run goes on past the parse's name: "HECTOR DANIEL LOPEZ")
        span = doc[start:end]
        # a person noun in apposition says the name is a person's, whatever the tagger read in it
        # ("murdered Pedro Ruiz Diaz, a judge": not an organisation); so does a body part of theirs
        person = h.i in part_owners or any(c.dep_ == "appos" and any(v.tok_start <= c.i < v.tok_end for v in in_sent)
                                           for c in h.children)
        kinds = ("GPE", "LOC", "FAC", "NORP") if person else ("GPE", "LOC", "FAC", "ORG", "NORP")
        # a place read in the whole name is a place ("San Salvador"); one read in a part of it is a
        # surname that is also a town's name ("Concepcion Arriaga")
        if any(start < e and s < end for s, e in taken) or any(
                p.start <= span.start_char and span.end_char <= p.end for p in ctx.places) \
                or any(doc[i].ent_type_ in kinds for i in range(start, end)):
            continue
        # the name of a person the sentence also names by office ("Mayor Alberto Celis Sanchez", "the
        # governor of Antioquia, Antonio Roldan Betancur"): that victim's mention, named further on
        titled = next((v for v in in_sent if v.tok_end == start or (
            v.tok_end + 1 == start and doc[v.tok_end].text == ",") or (
            # first names the parse or the word list missed between title and name ("SIPI MAYOR
            # MANUEL SANTOS CRUZ ARBOLEDA")
            v.tok_end < start <= v.tok_end + 2 and all(
                t.is_alpha and (t.is_upper or t.is_title) and not t.is_stop and t.i not in toks
                and t.pos_ not in ("AUX", "PRON", "DET", "ADP") for t in doc[v.tok_end:start])) or (
            h.dep_ == "appos" and v.tok_start <= h.head.i < v.tok_end) or (
            doc[v.tok_start:v.tok_end].root.head.i in range(start, end))), None)
        if titled is not None:
            span = doc[min(start, titled.tok_start):max(end, titled.tok_end)]
            out.append(VictimMention(span.start_char, span.end_char, span.text, span.start, span.end,
                                     titled.civilian, titled.force))
            continue
        span = doc[start:end]
        out.append(VictimMention(span.start_char, span.end_char, span.text, start, end, civilian=False,
                                 name_only=True))
    return out


def _done_with_explosives(ctx: Context, trig: Trigger) -> bool:
    """The generic act was done with explosives: an instrument complement ("with", "using", "avec")
    of the trigger, or of the verb that carries out the trigger noun, names an explosive
    (``EXPLOSIVE_INSTRUMENTS``)."""
    preps = ctx.m.instrument_preps
    explosives = ctx.m.explosive_instruments
    if not preps or not explosives:
        return False
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    # the trigger, the verb that carries out its noun, or its object when the parse hangs the
    # instrument there ("ont attaqué le siège ... avec des explosifs")
    holders = [root] + [c for c in root.children if (c.dep_.split(":")[0] == "acl" and c.pos_ == "VERB")
                        or c.dep_ in ("dobj", "obj")]
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                objs = [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_.split(":")[0] in ("obl", "nmod") and any(k.dep_ == "case" and k.lower_ in preps for k in c.children):
                objs = [c]
            else:
                continue
            if any(o.lower_ in explosives or o.lemma_.lower() in explosives for o in objs):
                return True
    return False


def _pronoun_victim(ctx: Context, trig: Trigger, excluded: list[tuple[int, int]]) -> VictimMention | None:
    """ "Police identified the body of a man found on Saturday. He was apparently shot": a personal
    pronoun that is the passive subject or the object of the trigger verb stands for the last person
    noun of the same number before it, in its sentence or the one before (never an armed actor)."""
    singular = ctx.m.person_pronouns_singular
    plural = ctx.m.person_pronouns_plural
    verb = ctx.doc[trig.tok_start:trig.tok_end].root
    if verb.pos_ != "VERB":
        return None
    # (a clitic the tagger reads as an article, « les ont exécutés », is the object pronoun still)
    pron = next((c for c in verb.children if c.lower_ in singular | plural and (c.pos_ == "PRON" and c.dep_ in (
        "nsubjpass", "nsubj:pass", "dobj", "obj") or c.pos_ == "DET" and c.dep_ in ("dobj", "obj"))), None)
    if pron is None:
        # "two men approached the judge and began shooting at him", « ont tiré sur lui »: a singular pronoun the
        # shot was aimed at (a plural one stands for the persons listed before: _plural_pronouns)
        aimed = lexicon_words("events", ctx.lang, "AIMED_AT_PREPOSITIONS")
        pron = next((o for p in verb.children if p.lower_ in aimed and p.dep_ in ("prep", "case", "obl")
                     for o in (p.children if p.dep_ == "prep" else ()) if o.pos_ == "PRON" and o.dep_ == "pobj"
                     and o.lower_ in singular and o.lower_ not in plural), None)
        if pron is None:
            pron = next((o for o in verb.children if o.dep_.split(":")[0] == "obl" and o.pos_ == "PRON"
                         and o.lower_ in singular and o.lower_ not in plural
                         and any(c.dep_ == "case" and c.lower_ in aimed for c in o.children)), None)
    if pron is None:
        return _approached_person(ctx, trig, verb, excluded) if drew_weapon(verb, ctx.lang) else None
    want_plural = pron.lower_ in plural and pron.lower_ not in singular
    if pron.dep_ in ("dobj", "obj") and verb.dep_ == "conj" and verb.head.i < verb.i and any(
            c.dep_ in ("dobj", "obj") and c.pos_ != "PRON" for c in verb.head.children):
        # "forced Spezua and Vilcahuman out of their offices and shot them": the object of the verb
        # it is joined to, a victim only when the text names it as one
        obj = next(c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.pos_ != "PRON")
        named = next((v for v in ctx.victims if v.tok_start <= obj.i < v.tok_end), None)
        if named is not None or not any(t.tok_start <= obj.i < t.tok_end for t in ctx.targets):
            return named
        # a thing ("stopped the car of a union leader, Pedro Luna, and shot him"): the person named
        # by role before ("people" says nothing of who)
        ref = _person_before(ctx, trig.sent_index, pron.i, want_plural, excluded)
        return ref if ref is not None and ref.civilian else None
    return _person_before(ctx, trig.sent_index, pron.i, want_plural, excluded)


def _approached_person(ctx: Context, trig: Trigger, verb, excluded: list[tuple[int, int]]) -> VictimMention | None:
    """ "... WHEN A MAN APPROACHED HIM. THE MAN TOOK OUT A PISTOL AND BEGAN FIRING" (:func:`events.drew_weapon`): the
    firing with no object is aimed at the person the last verb of approaching (``events_<lang>.APPROACH_VERBS``)
    before it, in its sentence or the one before, has as its object: a person noun, or the person its pronoun
    stands for (:func:`_person_before`)."""
    approach = lexicon_words("events", ctx.lang, "APPROACH_VERBS")
    if not approach:
        return None
    si = trig.sent_index
    lo = ctx.sents[max(si - 1, 0)].start
    for t in reversed(ctx.doc[lo:verb.i]):
        if t.pos_ != "VERB" or t.lemma_.lower() not in approach:
            continue
        obj = next((c for c in t.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None:
            return None
        if obj.pos_ == "PRON":
            if obj.lower_ not in ctx.m.person_pronouns_singular | ctx.m.person_pronouns_plural:
                return None
            plural = obj.lower_ in ctx.m.person_pronouns_plural and obj.lower_ not in ctx.m.person_pronouns_singular
            # (never who approached: a noun of the verb before it, its subject however parsed, « quand un homme l'a
            # abordé »)
            approacher = [(c.left_edge.i, c.i + 1) for c in t.children if c.i < t.i and c.pos_ in ("NOUN", "PROPN")]
            ref = _person_before(ctx, ctx.sent_of_char(obj.idx), obj.i, plural, [*excluded, *approacher])
            if ref is None and not plural and t.dep_ == "advcl":
                # "PABLO RUIZ WAS WALKING TO HIS CAR WHEN A MAN APPROACHED HIM": the name the clause it hangs on
                # has as its subject (two words or more)
                subj = next((c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
                # (the name's head its last word, "PABLO RUIZ", or its first, « Pablo Ruiz » with "Ruiz" flat)
                hi = max([subj.i, *(c.i for c in subj.children if c.dep_ in ("flat", "flat:name"))]) + 1 \
                    if subj is not None else 0
                if subj is not None and hi - subj.left_edge.i >= 2 \
                        and name_end(ctx.doc, subj.left_edge.i, ctx.lang, hi) == hi:
                    span = ctx.doc[subj.left_edge.i:hi]
                    # (a person going about his day, come up to and shot at by a man: a civilian)
                    ref = VictimMention(span.start_char, span.end_char, span.text, span.start, span.end,
                                        civilian=True, name_only=True)
            return ref
        return next((v for v in ctx.victims if v.tok_start <= obj.i < v.tok_end), None)
    return None


def _body_possessive(ctx: Context, body):
    """The personal possessive that says whose a body is ("HIS BODY", "THEIR BODIES", « son corps »), or None."""
    return next((c for c in body.children if c.pos_ in ("PRON", "DET") and "Yes" in c.morph.get("Poss")
                 and c.lower_ not in ctx.m.thing_possessives), None)


def _body_owner(ctx: Context, body, si: int, excluded: list[tuple[int, int]]) -> VictimMention | None:
    """The person a body found belongs to when a personal possessive says whose (:func:`_body_possessive`):
    the last person of its number (and gender) before it (:func:`_person_before`); None otherwise."""
    poss = _body_possessive(ctx, body)
    if poss is None:
        return None
    # (never who speaks: « ..., a annoncé un élu local. « Son corps a été retrouvé », a déclaré cet élu »)
    speakers = [(min(c.speaker_tokens), max(c.speaker_tokens) + 1) for c in ctx.claims if c.speaker_tokens]
    return _person_before(ctx, si, poss.i, poss.lower_ in ctx.m.possessives_plural, [*excluded, *speakers])


def _taken_up_person(ctx: Context, sent: Span, pron) -> VictimMention | None:
    """ "LABOR LEADER X HAD RECEIVED DEATH THREATS. ON SATURDAY HE WAS KILLED": a personal pronoun (of one
    number only) that is the passive subject or the object of its verb, in a sentence that names no
    other person, stands for the last person noun of its number in the sentence before (never an
    armed actor: :func:`_person_before`); None otherwise."""
    singular, plural = ctx.m.person_pronouns_singular, ctx.m.person_pronouns_plural
    if pron.pos_ != "PRON" or pron.dep_ not in (*PASSIVE_SUBJECTS, "dobj", "obj") \
            or (pron.lower_ in singular) == (pron.lower_ in plural):
        return None
    verb = pron.head
    if pron.dep_ in ("dobj", "obj") and verb.dep_ == "conj" and verb.head.i < verb.i and any(
            c.dep_ in ("dobj", "obj") and c.pos_ != "PRON" and not any(t.tok_start <= c.i < t.tok_end for t in ctx.targets)
            for c in verb.head.children):
        # "DRAGGED X AND Y OUT ... AND SHOT THEM": the object of the verb it is joined to (_pronoun_victim);
        # not a thing ("AMBUSHED HIS CAR ... AND KILLED HIM")
        return None
    armed = [(a.tok_start, a.tok_end) for a in ctx.actors if a.armed]

    def doer(v) -> bool:  # "BY TWO MEN", "par deux hommes", "GUNMEN KILLED HIM": who did it, no other person hit
        root = ctx.doc[v.tok_start:v.tok_end].root
        # and the subject of the clause that tells the act ("SHE WAS WOUNDED WHEN MEN IN CIVILIAN CLOTHES
        # FIRED ON THE CAR", « elle a été blessée quand des hommes en civil ont tiré sur sa voiture »)
        return _passive_agent(ctx, v) or (root.dep_ == "pobj" and root.head.dep_ == "agent") or (
            root.dep_ == "nsubj" and root.head.i == pron.head.i) or (
            root.dep_ == "nsubj" and root.head.dep_ == "advcl" and root.head.head.i == pron.head.i) or any(
            v.tok_start < e and s < v.tok_end for s, e in armed)
    # (nor who tells it: "He was executed by his captors on Saturday, a local official said")
    speakers = set().union(*(c.speaker_tokens for c in ctx.claims if c.sent_start == sent.start_char))
    if any(sent.start <= v.tok_start < sent.end and not doer(v)
           and not any(v.tok_start <= i < v.tok_end for i in speakers) for v in ctx.victims):
        return None
    si = next((i for i, s in enumerate(ctx.sents) if s.start == sent.start), None)
    if not si:
        return None
    ref = _person_before(ctx, si, pron.i, pron.lower_ in plural, [])
    return ref if ref is not None and ref.tok_start < sent.start else None


def _listed_names(ctx: Context, ref: VictimMention) -> list[VictimMention]:
    """ "TWO AGRONOMISTS, LUIS CALDERON AND JORGE PAREDES, ...", "deux religieuses, X et Y, ...": the
    names listed in apposition right after a plural person noun, between commas (empty when none)."""
    doc, i, out = ctx.doc, ref.tok_end, []
    while i < min(ref.tok_end + 3, len(doc)) and doc[i].pos_ == "ADJ" and ref.tok_start <= doc[i].head.i < i:
        i += 1  # an adjective of the noun after it ("deux missionnaires nord-américains, X et Y")
    if i >= len(doc) or doc[i].text != ",":
        return []
    i, last = i + 1, False
    while i < len(doc):
        end = name_end(doc, i, ctx.lang)
        if end - i < 2:
            return []
        span = doc[i:end]
        out.append(VictimMention(start=span.start_char, end=span.end_char, text=span.text, tok_start=i,
                                 tok_end=end, name_only=True))
        if end < len(doc) and doc[end].text == "," and last:
            return out  # the closing comma after "X AND Y"
        if last:
            return []
        if end < len(doc) and doc[end].pos_ == "CCONJ":
            i, last = end + 1, True
        elif end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "CCONJ":
            i, last = end + 2, True
        elif end < len(doc) and doc[end].text == ",":
            i = end + 1
        else:
            return []
    return []


def _casualty_verbs(ctx: Context, sent: Span):
    """For each word of death or injury of ``sent``: its verb (the verb a result adjective hangs on:
    "SHOT HIM DEAD") and that verb's victim (object or passive subject), or None."""
    for label, s, e in ctx.cues:
        if label not in ("DEATH", "INJURY") or not (sent.start <= s < sent.end):
            continue
        cue = ctx.doc[s:e].root
        verb = cue.head if cue.pos_ == "ADJ" and cue.dep_.split(":")[0] in ("oprd", "xcomp") else cue
        yield verb, next((c for c in verb.children if c.dep_ in VICTIM_DEPS and not _in_date(ctx, c)), None)


def _in_date(ctx: Context, tok) -> bool:
    """The token is part of a date (« Samedi, il a été tué », which the parse may make a subject)."""
    return any(d.start <= tok.idx < d.end for d in ctx.dates)


def _pronoun_and_companions(ctx: Context, si: int, excluded: list[tuple[int, int]]) -> list[VictimMention]:
    """ "A BOMB EXPLODED UNDER THE CAR OF JOURNALIST ALFONSO LOPEZ ..., KILLING HIM AND HIS TWO BROTHERS":
    the object of a word of death or injury of the sentence that is a singular pronoun with persons
    of its own after it (:func:`_pronoun_companions`) hit them all: the person named before whom the
    pronoun stands for (with the name), and those persons."""
    sent = ctx.sents[si]
    out: list[VictimMention] = []
    for verb, pron in _casualty_verbs(ctx, sent):
        comps = _pronoun_companions(ctx, pron, verb) if pron is not None else []
        if not comps:
            continue
        ref = _person_before(ctx, si, pron.i, False, excluded)
        if ref is not None:
            out.extend(one_person(ctx.doc, [ref], ctx.lang, ctx.place_spans))
        out.extend(v for v in ctx.victims if any(v.tok_start <= t.i < v.tok_end for t in comps))
    return out


def _members_apposed_to_armed(ctx: Context, lo: int, hi: int) -> bool:
    """Tokens ``lo:hi`` are a member noun (``victims_<lang>.MEMBER_NOUNS``) right after an armed actor and a comma,
    with only determiners and figures between ("TWO GUERRILLAS, BOTH MEMBERS OF THE FPL", « deux guérilleros, tous
    deux membres des FPL »): the armed men themselves, told by their group, whatever the parse made of it."""
    doc = ctx.doc
    members = lexicon_words("victims", ctx.lang, "MEMBER_NOUNS")
    noun = next((t for t in doc[lo:hi] if t.lower_ in members), None)
    if noun is None:
        return False
    j = noun.i - 1
    while j >= 0 and doc[j].pos_ in ("DET", "NUM", "ADJ") and not doc[j].is_punct:
        j -= 1
    return j > 0 and doc[j].text == "," and noun.i - j <= 4 and any(
        a.armed and a.tok_end == j for a in ctx.actors)


def _coordinated_persons(ctx: Context, si: int, i: int, excluded: list[tuple[int, int]]) -> list[VictimMention]:
    """ "X, A LAWYER, AND HIS ASSISTANT, Y, WERE LEAVING ... WHEN GUNMEN OPENED FIRE ON THEM", « le juge X et son
    garde du corps, Y, ... ont ouvert le feu sur eux »: the persons coordinated last before the plural pronoun at
    token ``i`` (in its sentence or the one before; each with its name or role, :func:`victims.one_person`),
    joined by a conjunction with only commas, articles and possessives beside it, never an armed actor; empty
    when fewer than two."""
    doc = ctx.doc
    first = ctx.sents[max(si - 1, 0)].start
    armed = [(a.tok_start, a.tok_end) for a in ctx.actors if a.armed]
    pool = [v for v in [*ctx.victims, *titled_names(doc, first, i, ctx.lang)] if first <= v.tok_start and v.tok_end <= i
            and not any(v.tok_start < e and s < v.tok_end for s, e in [*excluded, *armed])]
    people = one_person(doc, pool, ctx.lang, ctx.place_spans)
    alternatives = lexicon_words("events", ctx.lang, "ALTERNATIVE_CONJUNCTIONS")
    group: list[VictimMention] = []
    for v in reversed(people):
        if not group:
            if is_plural(doc[v.tok_start:v.tok_end].root) and not v.name_only:
                return []  # the last person before it is a plural noun: _person_before's
            group.append(v)
            continue
        between = doc[v.tok_end:group[0].tok_start]
        conj = [t for t in between if t.pos_ == "CCONJ"]
        if not between or not all(t.is_punct or t.pos_ in ("CCONJ", "DET") or (t.pos_ == "PRON" and t.dep_ in (
                "poss", "nmod:poss", "det:poss")) for t in between) or any(t.lower_ in alternatives for t in conj) \
                or (not conj and group[0] is not group[-1]):
            break
        group.insert(0, v)
        if conj:
            break  # "A, B AND C": the list ends at its conjunction, read from the end
    if len(group) < 2 or not any(t.pos_ == "CCONJ" for t in doc[group[0].tok_end:group[-1].tok_start]):
        return []
    return group


def _plural_pronouns(ctx: Context, sent: Span, anchors: list[tuple[int, int]]) -> list:
    """The plural personal pronouns (and "both") of ``sent`` that take the act: right after a trigger or a
    casualty word, a preposition at most between ("OPENED FIRE ON THEM", "KILLING BOTH", « sur eux »), or
    a clitic object of one (« les tuant »)."""
    words = ctx.m.person_pronouns_plural - ctx.m.person_pronouns_singular
    words = words | lexicon_words("quantities", ctx.lang, "DUAL_PRONOUNS")
    toks = {k for s, e in anchors for k in range(s, e)}
    out = []
    for t in sent:
        if t.lower_ not in words or t.dep_ == "det":
            continue  # « les combats ont fait des milliers de morts »: the article of a noun, no pronoun
        after = any(0 <= t.i - e <= 2 and all(w.pos_ in ("ADP", "DET", "NOUN") and not w.is_punct for w in ctx.doc[e:t.i])
                    for _, e in anchors)
        verb = t.head
        if t.dep_ in ("dobj", "obj") and verb.dep_ == "conj" and verb.head.i < verb.i and any(
                c.dep_ in ("dobj", "obj") and c.pos_ != "PRON" and not any(g.tok_start <= c.i < g.tok_end for g in ctx.targets)
                for c in verb.head.children):
            # "DRAGGED X AND Y OUT ... AND SHOT THEM": the object of the verb it is joined to (_pronoun_victim); not
            # a thing ("STOPPED THEIR CAR AND SHOT THEM")
            continue
        count = t.head.head if t.head.pos_ == "ADP" else t.head
        # "two of them were wounded", « deux d'entre eux ont été blessés »: the pronoun a counted subject of a
        # casualty word is "of"
        of_count = t.dep_.split(":")[0] in ("nmod", "pobj") and count.i != t.i and count.pos_ in ("NUM", "PRON") \
            and count.dep_ in (*ACTIVE_SUBJECT_DEPS, *PASSIVE_SUBJECTS) and count.head.i in toks
        if after or t.head.i in toks or (t.head.head.i in toks and t.head.pos_ == "ADP") or of_count:
            out.append(t)
    return out


def _names_again(ctx: Context, lo: int, hi: int) -> list[VictimMention]:
    """ "JUDGE PABLO RUIZ WAS MURDERED ... TWO PEOPLE APPROACHED RUIZ": the last word of the name of a person an
    incident built before hit ("RUIZ' MURDER" names him too), told again alone between tokens ``lo`` and ``hi`` as a
    proper noun (or a noun that is no common word of the language), no person noun of its own: that person, whatever
    the parse made of the word (in capitals the title and the name may be read as no person noun)."""
    last = set()
    for inc in ctx.built:
        for a in inc.actors:
            words = re.findall(r"[^\W\d_]+", (a.mention or "").casefold()) if a.role == "victim" else []
            if words:
                last.add(words[-1])
    if not last:
        return []
    doc = ctx.doc
    nouns = {i for v in ctx.victims for i in range(v.tok_start, v.tok_end)}  # (a person noun is read as one)
    return [VictimMention(t.idx, t.idx + len(t), t.text, t.i, t.i + 1, name_only=True) for t in doc[lo:hi]
            if t.lower_ in last and t.i not in nouns
            and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and not is_common_word(t.lower_, ctx.lang))
            and not _in_full_name(t)]


def _in_full_name(t) -> bool:
    """``t`` is bound to the word before it in one name ("PABLO RUIZ", « Mario Salas »): the end of a full name, not the
    surname told again alone."""
    if t.i == 0 or not t.doc[t.i - 1].is_alpha:
        return False
    prev = t.doc[t.i - 1]
    names = ("compound", "flat", "flat:name")
    # (or both hung on the title before them: « La juge Marta González », « González » a flat name of « juge »)
    return prev.head.i == t.i and prev.dep_ in names or t.head.i == prev.i and t.dep_ in names or (
        t.dep_ in names and prev.pos_ == "PROPN" and prev.head.i == t.head.i)


def _person_before(ctx: Context, si: int, i: int, plural: bool,
                   excluded: list[tuple[int, int]]) -> VictimMention | None:
    """The person a pronoun at token ``i`` stands for: the last person noun (or name after a title of one
    gender: :func:`victims.titled_names`) before it, in sentence ``si`` or the one before, outside
    ``excluded``, never an armed actor nor the subject of the pronoun's own verb, when it is of the
    pronoun's number (``plural``); None when that last noun is not. A pronoun of one gender ("SHE",
    « il ») stands for the last person whose words tell that gender, else the last whose words tell
    none (:func:`victims.person_gender`)."""
    first = ctx.sents[max(si - 1, 0)].start
    armed = [(a.tok_start, a.tok_end) for a in ctx.actors if a.armed]
    # the person noun of the victims' reader, and a name after a title of one gender ("SENORA ELENA ROJAS")
    named = titled_names(ctx.doc, first, i, ctx.lang) + _names_again(ctx, first, i)
    # an object pronoun is never the subject of its own verb ("DEUX HOMMES L'ONT ABATTU": not the men)
    pron = ctx.doc[i]
    # nor of the verbs its verb is joined to, nor the shooter it is shot at ("A MAN APPROACHED HIM ... AND BEGAN
    # FIRING AT HIM": not the man)
    aimed = lexicon_words("events", ctx.lang, "AIMED_AT_PREPOSITIONS")
    verb = pron.head if pron.dep_ in ("obj", "dobj") or pron.dep_.split(":")[0] == "obl" and any(
        c.dep_ == "case" and c.lower_ in aimed for c in pron.children) else None
    if pron.dep_ == "pobj" and pron.head.lower_ in aimed and pron.head.dep_ == "prep":
        verb = pron.head.head
    own_subjects = set()
    for _ in range(3):
        if verb is None:
            break
        own_subjects |= {c.i for c in verb.children if c.dep_ == "nsubj"}
        if own_subjects or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    people = [v for v in sorted([*ctx.victims, *named], key=lambda v: (-v.tok_start, v.tok_end))
              if first <= v.tok_start < i and not any(v.tok_start < e and s < v.tok_end for s, e in [*excluded, *armed])
              and ctx.doc[v.tok_start:v.tok_end].root.i not in own_subjects]
    gender = None if plural else pronoun_gender(ctx.doc[i], ctx.lang)
    if gender is not None:
        # HE / SHE / IL / ELLE: the last person whose words tell the pronoun's gender ("MRS ANA MEJIA AND
        # HER SON ... SHE"), else the last one whose words tell none (never one of the other gender)
        genders = [person_gender(ctx.doc, v, ctx.lang) for v in people]
        same = next((v for v, g in zip(people, genders) if g == gender and (
            v in named or not is_plural(ctx.doc[v.tok_start:v.tok_end].root))), None)
        if same is not None:
            return same
        people = [v for v, g in zip(people, genders) if g is None]
    for v in people:
        return v if (v not in named and is_plural(ctx.doc[v.tok_start:v.tok_end].root)) == plural else None
    return None


def _threatened_life_owner(ctx: Context, trig: Trigger, excluded: list[tuple[int, int]]) -> VictimMention | None:
    """ "Judge Gonzalez had to leave because her life was threatened, and her father was murdered",
    "sa vie était menacée": the threat verb's subject or object is a life (``THREAT_LIVES``) whose
    possessive pronoun stands for the last person noun of the same number before it, in its sentence
    or the one before (never an armed actor); that person is who was threatened."""
    verb = ctx.doc[trig.tok_start:trig.tok_end].root
    if verb.pos_ != "VERB":
        return None
    life = next((c for c in verb.children if c.lemma_.lower() in ctx.m.threat_lives and c.dep_ in (
        "nsubjpass", "nsubj:pass", "nsubj", "dobj", "obj")), None)
    poss = next((c for c in life.children if c.dep_ in ("poss", "det:poss") or (
        c.dep_ == "det" and "Poss=Yes" in str(c.morph))), None) if life is not None else None
    if poss is None or poss.pos_ not in ("PRON", "DET"):
        return None
    return _person_before(ctx, trig.sent_index, poss.i, poss.lower_ in ctx.m.possessives_plural, excluded)


def _reacts_to(ctx: Context, a: ActorMention, trig: Trigger) -> bool:
    """ "The government strongly condemns the terrorist attacks", "l'armée a condamné l'assassinat":
    the actor is the subject of a verb of reaction (``REACTION_VERBS``) whose object holds the
    event; it neither did it nor was hit by it. So is the subject of a verb that lays the act at
    someone's door ("THE POLICE ATTRIBUTED THE ATTACK ON THE BUS TO THE CARTEL", « la police a attribué
    l'attaque au cartel »; ``ATTRIBUTION_PREDICATES``): the accuser, no side of the act. So is the subject of a
    reprisal, and whom it hit, for the act it answers, outside that act's phrase (``Context.answering``)."""
    answered = ctx.answering.get(trig.tok_start)
    if answered is not None and not answered[0] <= a.tok_start <= answered[1]:
        # "The army bombed rebel positions in retaliation for last week's attack": the army and the rebels are the
        # reprisal's sides, not the attack's
        return True
    head = _np_head(ctx, a)
    reacting = ctx.m.reaction_verbs | ctx.m.blame_predicates
    if not reacting or not head.dep_.startswith("nsubj") or head.dep_.startswith(("nsubjpass", "nsubj:pass")):
        return False
    verb = head.head
    if not {verb.lemma_.lower(), verb.lower_} & reacting:
        return False
    tok = ctx.doc[trig.tok_start:trig.tok_end].root
    for _ in range(3):
        if tok.head.i == tok.i or tok.dep_.split(":")[0] not in ("dobj", "obj", "pobj", "obl", "nmod", "prep", "case"):
            return False
        tok = tok.head
        if tok.i == verb.i:
            return True
    return False


def _pronoun_agent(ctx: Context, trig: Trigger) -> ActorMention | None:
    """ "FMLN rebels raided the town, where they set fire to the office. They also killed the
    commander": a plural personal pronoun that is the active subject of the trigger verb (or of the
    verb it is conjoined to) stands for the armed actor last named as an active subject before it,
    in its sentence or the one before."""
    pronouns = lexicon_words("events", ctx.lang, "PLURAL_PRONOUNS")
    verb = ctx.doc[trig.tok_start:trig.tok_end].root
    if not pronouns or verb.pos_ != "VERB":
        return None
    holder = subject_holder(verb)  # "they set fire to the office and destroyed the garrison"
    subj = next((c for c in holder.children if c.dep_ == "nsubj" and c.lower_ in pronouns), None)
    if subj is None:
        return None
    si = ctx.sent_of_char(subj.idx)
    first = ctx.sents[max(si - 1, 0)].start
    before = [a for a in ctx.actors if a.armed and first <= a.tok_start < subj.i
              and _np_head(ctx, a).dep_ == "nsubj"]
    return before[-1] if before else None


DEMONYM_DOER_DEPS = frozenset({"amod", "compound", "nmod"})


def _demonym_doer(ctx: Context, trig: Trigger) -> ActorMention | None:
    """A state's forces named by a demonym on the act or its weapon ("A Russian missile hit", "an
    Israeli air strike", « une frappe russe », « des bombardements russes »): the forces of that state
    (actors_<lang>.DEMONYMS), when the text names no other doer. The weapon may be the act verb's
    subject ("A Ukrainian drone struck"). Not a demonym that says where a weapon was made
    ("Russian-made": a hyphen after it), nor one on the victims."""
    doc = ctx.doc
    words = list(doc[trig.tok_start:trig.tok_end])
    troot = doc[trig.tok_start:trig.tok_end].root
    if troot.pos_ == "VERB":
        words += [c for c in troot.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NOUN"]
    if troot.dep_ == "compound" and troot.head.pos_ == "NOUN" and troot.head.i > troot.i:
        words.append(troot.head)  # "A Russian missile strike": the demonym on the noun the weapon word qualifies
    for tok in words:
        for c in tok.children:
            # (the French parse may hang the adjective after the noun as a clause: « des drones russes »)
            if c.dep_ not in DEMONYM_DOER_DEPS and not (c.dep_ == "acl" and c.pos_ == "ADJ"):
                continue
            iso = ctx.m.demonyms.get(c.lower_)
            if iso is None or (c.i + 1 < len(doc) and doc[c.i + 1].text == "-"):
                continue
            return ActorMention(c.idx, c.idx + len(c.text), c.text, forces_name(iso),
                                "state_forces", c.i, c.i + 1)
    return None


def _force_member_doer(ctx: Context, trig: Trigger) -> ActorMention | None:
    """One member of a state's forces named in the doer's place of the act (``actors_<lang>.FORCE_MEMBERS``): the
    active subject of its verb ("A soldier shot dead a man at a checkpoint", « Un soldat a tué un civil ») or the
    agent of its passive ("was shot by a soldier", « abattu par un militaire »): that state's forces, of the
    document's country. The singular is no armed actor elsewhere: a soldier hit ("A soldier was killed in an
    ambush") is a casualty, no side of a clash."""
    members = lexicon_words("actors", ctx.lang, "FORCE_MEMBERS")
    ranks = lexicon_words("actors", ctx.lang, "FORCE_RANK_TITLES")
    former = lexicon_words("actors", ctx.lang, "FORMER_WORDS")
    verb = ctx.doc[trig.tok_start:trig.tok_end].root
    if verb.pos_ != "VERB":
        # "the attack was carried out by Captain Julio Mendez": the agent of the verb of doing the act noun
        verb = next((ctx.doc[i] for i in sorted(_conducting_verbs(ctx, verb))), verb)
    if not members or verb.pos_ not in ("VERB", "AUX"):
        return None

    def member(tok) -> bool:
        words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1] + [tok.lower_]
        return tok.pos_ == "NOUN" and (tok.lower_ in members or " ".join(words) in members)

    def ranked(tok) -> int | None:
        """The first token of an officer's title and name ("Captain Julio Mendez", « le capitaine Julio Mendez »,
        "army Lieutenant Rosa Vidal"): a person named with a rank of the forces, serving (no "former" before it)."""
        if not ranks:
            return None
        lo = tok.left_edge.i
        if tok.pos_ == "NOUN" and tok.lower_ in ranks and any(
                c.pos_ == "PROPN" and c.i == tok.i + 1 and c.dep_.split(":")[0] in ("flat", "appos", "nmod", "compound")
                for c in tok.children):
            # « le capitaine Julio Mendez » parsed with the rank as the head and the name after it
            words = [t for t in ctx.doc[lo:tok.i + 1] if t.pos_ != "DET"]
        elif tok.pos_ == "PROPN":
            words = [t for t in ctx.doc[lo:tok.i] if t.pos_ != "DET"]
        else:
            return None
        for k, t in enumerate(words):
            two = " ".join(w.lower_ for w in words[k:k + 2])
            if t.lower_ in ranks or two in ranks:
                if any(w.lower_ in former for w in ctx.doc[lo:t.i]):
                    return None
                return t.i
        return None

    doer = None
    for _ in range(3):
        if any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children):
            doer = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None) \
                or next((c for c in verb.children if c.dep_ == "obl:agent"), None) \
                or next((t for t in verb.subtree if t.pos_ == "NOUN" and verb.i in (t.head.i, t.head.head.i) and any(
                    k.dep_ == "case" and k.lower_ in ctx.m.agent_markers for k in t.children)), None)
            # (« abattu vendredi par un militaire »: the French parse may hang the agent on the day)
            break
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is not None or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    if doer is None:
        return None
    iso = document_country(ctx.places)
    if not member(doer):
        first = ranked(doer)
        if first is None:
            return None
        # the officer's title and name are the mention, the person whose doing it is
        end, last = doer.i + 1, doer.right_edge.i
        while end <= last and ctx.doc[end].pos_ == "PROPN":
            end += 1  # « le capitaine Julio Mendez »: the name after the rank heading it
        span = ctx.doc[first:end]
        return ActorMention(span.start_char, span.end_char, span.text, forces_name(iso), "state_forces",
                            first, end)
    return ActorMention(doer.idx, doer.idx + len(doer.text), doer.text, forces_name(iso), "state_forces",
                        doer.i, doer.i + 1)


def doc_root_verb(ctx: Context, trig: Trigger) -> bool:
    """The act is told by a verb ("seized", « tué »), not a noun ("an attack by rebels")."""
    return ctx.doc[trig.tok_start:trig.tok_end].root.pos_ == "VERB"


def _allies_of(ctx: Context, trig: Trigger, armed: list[ActorMention]) -> list[ActorMention]:
    """The armed actors the act's verb says its doers fought beside ("fought alongside M23 rebels", « ont combattu aux
    côtés du M23 »: the complement of ``events_<lang>.ALLY_WORDS`` on the verb, its "of" complement in French)."""
    allies = lexicon_words("events", ctx.lang, "ALLY_WORDS")
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if not allies or root.pos_ != "VERB":
        return []
    heads = [g for c in root.children if c.lower_ in allies and c.dep_.split(":")[0] in ("prep", "obl", "advmod")
             for g in (c, *c.children)]
    # (not the other side told inside it, "alongside M23 rebels against the army", « aux côtés du M23 contre l'armée »)
    partners = ctx.m.fight_partner_preps
    blocked = {u.i for h in heads for t in h.subtree if t.lower_ in partners or any(
        c.dep_ == "case" and c.lower_ in partners for c in t.children) for u in t.subtree}
    toks = {t.i for h in heads for t in h.subtree if t.i not in blocked}
    return [a for a in armed if ctx.doc[a.tok_start:a.tok_end].root.i in toks]


def _speaker_as_target(ctx: Context, trig: Trigger, sent: Span, doer: str | None) -> ActorMention | None:
    """The group whose statement tells the act as done to its own ("the M23 said the army had shelled its
    positions", « le M23 a affirmé que l'armée avait bombardé ses positions »; the act verb's object has a
    possessive of ``actors_<lang>.SELF_POSSESSIVES``): the speaker's group was hit, the act's actor2."""
    possessives = lexicon_words("actors", ctx.lang, "SELF_POSSESSIVES")
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.pos_ != "VERB" or not possessives:
        return None
    if not any(c.dep_.split(":")[0] in ("dobj", "obj") and any(
            d.lower_ in possessives and d.dep_ in ("det", "det:poss", "poss", "nmod:poss") for d in c.children)
            for c in root.children):
        return None
    for cm in ctx.claims:
        if cm.sent_start != sent.start_char or cm.certainty == "denied":
            continue
        sp = ctx.doc.char_span(cm.verb_start, cm.verb_end, alignment_mode="expand")
        if sp is None or root.i not in {t.i for t in sp.root.subtree}:
            continue
        group = next((a for a in ctx.actors if a.armed and not a.generic and a.kind != "unidentified"
                      and a.name != doer and a.tok_start in cm.speaker_tokens), None)
        if group is not None:
            return group
    return None


def _act_as_object(ctx: Context, trig: Trigger, others: list[Trigger]) -> bool:
    """The act's verb has another act as its object ("it had repelled an attack by rebels", « avoir
    repoussé une attaque de jihadistes »): who did that act is told with it, the speaker only fended it off."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    objs = [c for c in root.children if c.dep_.split(":")[0] in ("dobj", "obj")]
    if any(t is not trig and t.tok_start <= o.i < t.tok_end for t in others for o in objs):
        return True
    # (one trigger for both, « repoussé une attaque de jihadistes »: the act noun's own doer after it)
    return any(trig.tok_start <= o.i < trig.tok_end and any(
        a.armed and o.i < a.tok_start and o.is_ancestor(ctx.doc[a.tok_start:a.tok_end].root) for a in ctx.actors)
        for o in objs)


def _speakers_own_deed(ctx: Context, trig: Trigger, sent: Span) -> ActorMention | None:
    """The armed speaker of the sentence whose own deed the trigger's participle tells: "The insurgents said they
    captured a police station ..., killing six policemen" (the participle hangs on a verb whose subject is a pronoun
    of ``events_<lang>.PLURAL_PRONOUNS``, the claim verb's complement), « Les rebelles ont affirmé avoir pris une
    gendarmerie ..., tuant quatre gendarmes » (an infinitive with no subject of its own under the claim verb, the
    participle hung on the one or the other). The participle's doer is the capture's, that is the speaker, named or
    not; never the side the capture took (the police of the police station)."""
    pronouns = lexicon_words("events", ctx.lang, "PLURAL_PRONOUNS")
    doc = ctx.doc
    troot = doc[trig.tok_start:trig.tok_end].root
    if troot.pos_ != "VERB" or troot.dep_.split(":")[0] != "advcl" or any(
            c.dep_.startswith("nsubj") for c in troot.children):
        return None
    deed = troot.head
    for cm, verb in _claims_with_verbs(ctx, sent):
        if cm.certainty == "denied":
            continue
        bare = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                and not any(k.dep_.startswith("nsubj") for k in c.children)]
        if deed.i == verb.i:
            own = bool(bare) and bare[0].i < troot.i  # « affirmé avoir pris ..., tuant »
        elif deed.head.i == verb.i and deed.dep_ == "xcomp":
            own = deed in bare
        elif deed.head.i == verb.i and deed.dep_.split(":")[0] == "ccomp":
            own = any(c.dep_ == "nsubj" and c.lower_ in pronouns for c in deed.children)
        else:
            own = False
        if not own:
            continue
        speaker = next((a for a in ctx.actors if a.armed and a.tok_start in cm.speaker_tokens), None)
        if speaker is not None:
            return speaker
    return None


def _speaker_as_doer(ctx: Context, trig: Trigger, sent: Span) -> ActorMention | None:
    """A group's own statement of its act: the clause an armed group's claim reports (its speaker,
    or the group its speaker's words name: "A COMMUNIQUE SIGNED BY THE ELN SAID", "THE FMLN RELEASED
    A STATEMENT SAYING") tells the act with the group named again as its doer: a pronoun ("IT HAD
    PLACED THE BOMBS"), a definite group word ("THE ORGANIZATION KIDNAPPED", « l'organisation a
    enlevé »), a possessive ("ITS UNITS BURNED", « ses membres ont incendié »; ``actors_<lang>.
    GROUP_ANAPHORS``, ``SELF_PRONOUNS``, ``SELF_POSSESSIVES``); or the group is said to be
    responsible for it ("SAID IT WAS RESPONSIBLE FOR THE SABOTAGE") or denies or admits its part in it
    ("DENIED ANY PARTICIPATION IN THE MURDER", ``claims_<lang>.RESPONSIBILITY_NOUNS``). That group
    did it, as the text has it (MUC-4 7.12: the perpetrator reports it, claims or denies it)."""
    anaphors = lexicon_words("actors", ctx.lang, "GROUP_ANAPHORS")
    pronouns = lexicon_words("actors", ctx.lang, "SELF_PRONOUNS")
    possessives = lexicon_words("actors", ctx.lang, "SELF_POSSESSIVES")
    own_members = lexicon_words("actors", ctx.lang, "SPEAKERS_OWN_MEMBERS")
    preds = lexicon_words("events", ctx.lang, "PERPETRATOR_PREDICATES") | ctx.m.responsibility_nouns
    instruments = lexicon_words("events", ctx.lang, "INSTRUMENT_PREPS")
    doc = ctx.doc
    troot = doc[trig.tok_start:trig.tok_end].root

    def named_again(subj) -> bool:
        if subj.pos_ == "PRON" and subj.lower_ in pronouns and "Rel" not in subj.morph.get("PronType"):
            return True
        dets = [c for c in subj.children if c.dep_ in ("det", "det:poss", "poss", "nmod:poss")]
        if any(d.lower_ in possessives for d in dets):
            # "ITS UNITS", « ses membres »; not a thing of theirs, which undergoes ("their vehicle hit a landmine")
            return subj.lower_ not in _physical_target_words(ctx.lang)
        return (subj.lemma_.lower() in anaphors or subj.lower_ in anaphors) and any(
            d.lower_ in ctx.m.definite_articles for d in dets) and not any(
            c.dep_ in ("prep", "nmod") for c in subj.children)

    def subject(verb):
        for _ in range(3):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj")
                         and "pass" not in c.dep_), None)
            if subj is not None or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
                return subj
            verb = verb.head
        return None

    # the words that tie the act to its doer: the act's verb and its subject; the predicate of
    # responsibility or part the act noun is the complement of
    tied = []  # (the node under the claim verb, whether the group is tied to it)
    node = troot
    # (the act's own means, the group's, as the subject of its verb: "The army said its aircraft had struck RSF
    # positions", « l'armée a indiqué que ses avions avaient frappé »)
    own_means = _own_means_as_subject(troot, possessives)
    if own_means:
        node = troot.head
    elif troot.pos_ in ("NOUN", "PROPN") and troot.dep_.split(":")[0] in ("dobj", "obj") and troot.head.pos_ == "VERB":
        node = troot.head  # "PLACED THE BOMBS", "CARRIED OUT THE BOMBING"
    elif troot.pos_ in ("NOUN", "PROPN") and troot.dep_.split(":")[0] in ("pobj", "nmod", "obl"):
        pred = troot.head.head if troot.head.dep_ == "prep" else troot.head
        prep = troot.head if troot.head.dep_ == "prep" else next((c for c in troot.children if c.dep_ == "case"), None)
        if pred.lemma_.lower() in preds or pred.lower_ in preds:
            node = pred  # "RESPONSIBLE FOR THE SABOTAGE", "PARTICIPATION IN THE MURDER"
        elif pred.pos_ == "VERB" and prep is not None and prep.lower_ in instruments:
            node = pred  # "IT HAD STRUCK A DEPOT WITH MISSILES": the act's verb, its weapon the trigger
        else:
            return None
    subj = subject(node) if node.pos_ in ("VERB", "AUX", "ADJ") or node is not troot else None
    if subj is None and node.dep_ in ("acomp", "attr") and node.head.pos_ in ("AUX", "VERB"):
        subj = subject(node.head)  # "IT WAS RESPONSIBLE FOR"
    beside_a_day = None  # « Les FSR ont affirmé dimanche avoir pris le contrôle »: the parse hangs the infinitive on the
    # day the verb of saying is told on; it is that verb's complement
    if subj is None and node.pos_ == "VERB" and node.dep_ == "acl" and "Inf" in (
            *node.morph.get("VerbForm"), *(a for c in node.children if c.dep_.startswith("aux")
                                           for a in c.morph.get("VerbForm"))) \
            and node.head.dep_.split(":")[0] in ("obl", "npadvmod") and node.head.head.pos_ == "VERB":
        beside_a_day = node.head.head
        subj = subject(beside_a_day)
    for cm, verb in _claims_with_verbs(ctx, sent):
        # the group the speaker's words name, or the group a group word as speaker names again
        # ("THE GROUP SAID": claims._group_named_again)
        # (a mention of the speaker's force that the act hit is not it: "Two soldiers were killed when their vehicle
        # hit a landmine, a military source said")
        group = next((a for a in ctx.actors if a.armed and not a.generic and a.kind != "unidentified" and (
            a.tok_start in cm.speaker_tokens or a.name == cm.organisation and a.tok_end <= verb.i
            and not _np_head(ctx, a).dep_.startswith(PASSIVE_SUBJECTS))), None)
        if group is None:
            continue
        inside = {t.i for t in verb.subtree} - {verb.i} - cm.speaker_tokens
        if node.i not in inside:
            continue
        if node is not troot and node.head.i == verb.i and node.dep_.split(":")[0] in ("dobj", "obj") \
                and node.pos_ == "NOUN":
            return group  # "DENIED ANY PARTICIPATION IN THE MURDER": the group's part, the claim verb's object
        if subj is not None and named_again(subj) or own_means and cm.certainty != "denied":
            return group
        if subj is not None and cm.certainty != "denied" and group.kind in ("state_forces", "police") \
                and subj.lower_ in own_members and subj.head.i == node.i and not any(
                    c.dep_ in ("det:poss", "poss", "nmod:poss", "nmod", "prep") for c in subj.children):
            # "Police said officers killed 28 gang members", « la police a affirmé que des agents avaient tué »: the
            # force's own men (``actors_<lang>.SPEAKERS_OWN_MEMBERS``), named by no one else's
            return group
        if subj is not None and subj.i in cm.speaker_tokens and cm.certainty != "denied" and node.pos_ == "VERB" \
                and (node.dep_ == "xcomp" and node.head.i == verb.i or beside_a_day is not None and beside_a_day.i == verb.i) \
                and not any(c.dep_ in ("obj", "dobj") and c.i < node.i for c in verb.children):
            # « le JNIM a affirmé avoir tué », "claimed to have killed": the speaker's own act (not when the verb's
            # object does it: « L'armée a accusé le M23 d'avoir bombardé le marché »)
            return group
    return None


def _before_perfect_auxiliaries(ctx: Context, sent: Span, i: int) -> int:
    """The token where the act's verb at ``i`` begins with its auxiliaries of the perfect
    (``events_<lang>.PERFECT_AUXILIARIES``: "HAD MURDERED", « ont fait », « avaient enlevé »)."""
    auxiliaries = lexicon_words("events", ctx.lang, "PERFECT_AUXILIARIES")
    while i - 1 >= sent.start and ctx.doc[i - 1].lemma_.lower() in auxiliaries and ctx.doc[i - 1].pos_ == "AUX":
        i -= 1
    return i


RELATIVE_GAP_TOKENS = 3  # "WHOM MEMBERS OF THE TREASURY POLICE": words of the subject before the actor's name


def _relative_clause_subject(ctx: Context, trig: Trigger, armed: list[ActorMention]) -> ActorMention | None:
    """ "THE SIX PEASANTS WHOM SHINING PATH GUERRILLAS MURDERED", "THE BUSES THAT FMLN COMMANDOS
    BURNED", « le juge que les Extradables avaient enlevé »: an armed actor right before the act's
    verb (its perfect auxiliary aside, ``events_<lang>.PERFECT_AUXILIARIES``), opened by a relative
    pronoun whose clause it is the subject of (``OBJECT_RELATIVES``), did it. Read on the words: the
    parse of wire copy in capitals loses such clauses ("WHOM SHINING" as a verb)."""
    doc = ctx.doc
    sent = ctx.sents[trig.sent_index]
    head = doc[trig.tok_start:trig.tok_end].root
    if head.pos_ != "VERB" or head.i != trig.tok_start:
        return None
    relatives = lexicon_words("events", ctx.lang, "OBJECT_RELATIVES")
    j = _before_perfect_auxiliaries(ctx, sent, trig.tok_start)
    chain = [a for a in armed if a.tok_end == j]
    if not chain:
        return None
    start = min(a.tok_start for a in chain)
    while before := [a for a in armed if a.tok_end == start and a not in chain]:
        chain += before  # "SHINING PATH" "GUERRILLAS": the actors of one noun phrase
        start = min(a.tok_start for a in before)
    k = start
    while k - 1 >= sent.start and start - k < RELATIVE_GAP_TOKENS and doc[k - 1].lower_ not in relatives:
        if doc[k - 1].is_punct or doc[k - 1].pos_ in ("VERB", "AUX"):
            return None
        k -= 1
    if k - 1 < sent.start or doc[k - 1].lower_ not in relatives or k - 2 < sent.start or doc[k - 2].is_punct:
        return None
    return min(chain, key=lambda a: (a.generic, a.start))


OPENING_SUBJECT_TOKENS = 6  # "Des guérilleros présumés du FMLN": the words of a subject that opens the sentence


def _opening_subject(ctx: Context, trig: Trigger, armed: list[ActorMention]) -> ActorMention | None:
    """ « Des guérilleros présumés du FMLN ont fait sauter un pont »: a short subject that opens the
    sentence, right before the act's verb and its auxiliary of the perfect, with an armed actor in
    it, did it; read on the words when the parse ties the subject to something else (the hedge
    « présumés » read as the verb)."""
    doc = ctx.doc
    sent = ctx.sents[trig.sent_index]
    if doc[trig.tok_start:trig.tok_end].root.pos_ != "VERB":
        return None
    j = _before_perfect_auxiliaries(ctx, sent, trig.tok_start)
    if j == trig.tok_start or j - sent.start > OPENING_SUBJECT_TOKENS \
            or any(t.is_punct for t in doc[sent.start:j]):
        return None
    # an active perfect only: "des soldats ont été tués" were hit, « sont tombés » undergo
    troot = doc[trig.tok_start:trig.tok_end].root
    if any("pass" in t.dep_ or t.lemma_.lower() in ctx.m.copulas for t in doc[j:trig.tok_start]) \
            or any(c.dep_ in PASSIVE_SUBJECTS or "pass" in c.dep_ for c in troot.children):
        return None
    inside = [a for a in armed if sent.start <= a.tok_start and a.tok_end <= j]
    return min(inside, key=lambda a: (a.generic, a.start)) if inside else None


def _relative_doer(noun, head) -> bool:
    """ "the rebels who attacked the town", "terrorists who used a home-made bomb": the trigger verb
    is a relative clause of the actor's noun, or the trigger noun its object, and the relative
    pronoun is the clause's subject."""
    verb = head if head.dep_.split(":")[0] in ("relcl", "acl") else head.head
    if verb.head.i != noun.i or verb.dep_.split(":")[0] not in ("relcl", "acl") or verb.pos_ != "VERB":
        return False
    if verb is not head and head.dep_ not in ("dobj", "obj"):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)


def _organisation_hit(ctx: Context, trig: Trigger) -> list[Span]:
    """The organisations an attack noun is aimed at ("the dynamite attack against FENASTRAS", "l'attaque
    contre le siège de l'ONU" has its building): named organisations, not armed actors nor places, as
    the complement of "against"/"on" ("contre") of the event noun, or of the participle that carries it
    out ("THE ATTACKS CARRIED OUT TODAY AGAINST X"), with those coordinated to it ("against X and Y",
    "AGAINST X AND AGAINST Y")."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN":
        root = root.head  # "the bomb attack against ...", "the DYNAMITE ATTACK AGAINST ..."
    if root.pos_ != "NOUN":
        return []
    preps = lexicon_words("events", ctx.lang, "AIMED_AT_PREPS")
    holders = [root] + [c for c in root.children if c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB"]
    if root.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and root.head.pos_ == "VERB":
        holders.append(root.head)  # the parse in capitals: "THE ATTACKS" the subject of "CARRIED OUT AGAINST X"
    heads = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps]
    heads += [g for c in heads for g in c.children if g.dep_ == "conj" and g.lower_ in preps]
    objs = [g for c in heads for g in c.children if g.dep_ == "pobj"]
    objs += [c for h in holders for c in h.children if c.dep_ in ("nmod", "obl") and any(
        k.dep_ == "case" and k.lower_ in preps for k in c.children)]
    objs += [g for o in objs for g in o.conjuncts if g.i > o.i]
    out: list[Span] = []
    for o in objs:
        ent = next((e for e in ctx.doc.ents if e.label_ == "ORG" and e.start <= o.i < e.end), None)
        if ent is None:
            continue
        if any(a.tok_start < ent.end and ent.start < a.tok_end for a in ctx.actors) or any(
                t.pos_ in ("VERB", "AUX") for t in ent):
            continue  # an actor ("the attack on the army"), or a name run into the verb
        if any(p.start < ent.end_char and ent.start_char < p.end for p in ctx.places):
            continue
        start = ent.start
        while start < ent.end - 1 and ctx.doc[start].pos_ == "DET":
            start += 1  # "the National Union of Journalists" -> its name
        if not any(x.start == start for x in out):
            out.append(ctx.doc[start:ent.end])
    return out


def _unarmed_agent(ctx: Context, trig: Trigger) -> VictimMention | None:
    """The people a violent verb's active subject names when no armed actor did it ("two men shot
    the judge", "FOUR UNIDENTIFIED CIVILIANS ... KIDNAPPED THE MAYOR", "deux individus ont abattu
    le maire"; through "and" and "began": "two people approached him and began shooting"): who did
    it, never its victims; or the people the event noun is laid on (:func:`_accused_person`)."""
    verb = ctx.doc[trig.tok_start:trig.tok_end].root
    accused = _accused_person(ctx, verb)
    if accused is not None:
        return accused
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_.split(":")[0] in ("dobj", "obj") and _conducted_by(ctx, verb.head):
        # "Two men placed the explosive devices", « deux hommes ont posé les engins explosifs »: the device or the act
        # is the object of a verb of doing it (events_<lang>.CONDUCT_VERBS); that verb's subject did the act
        verb = verb.head
    elif verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in PASSIVE_SUBJECTS and verb.head.pos_ == "VERB" \
            and _conducted_by(ctx, verb.head, passive=True):
        verb = verb.head  # "the bomb was placed by two men", "the crime was committed by two men": its agent did it
    if verb.pos_ != "VERB":
        return None
    reflexives = lexicon_words("events", ctx.lang, "REFLEXIVES")
    for step in range(3):
        if any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in verb.children):
            # "the judge was shot": the subject was hit; "was shot dead by two men", « abattu par deux hommes »: the
            # people of the agent phrase of that very verb did it
            agent = next((v for v in ctx.victims if _passive_agent(ctx, v)
                          and _agent_verb(ctx.doc[v.tok_start:v.tok_end].root) == verb.i), None) if step == 0 else None
            if agent is None:
                return None
            root = ctx.doc[agent.tok_start:agent.tok_end].root
            start = min([agent.tok_start] + [c.i for c in root.children if c.dep_ == "nummod" and c.i < agent.tok_start])
            span = ctx.doc[start:agent.tok_end]
            return VictimMention(span.start_char, span.end_char, span.text, span.start, span.end, agent.civilian)
        if step == 0 and any(c.lower_ in reflexives for c in verb.children):
            return None  # "another person killed himself" (« deux individus se sont approchés ... et ont tiré »: the
            # verb the act is joined to may be a pronominal one)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and relative_pronoun(subj) and verb.dep_.split(":")[-1] == "relcl" \
                and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < subj.i:
            subj = verb.head  # "Two gunmen who killed a trader ... were arrested": the noun the relative is said of
        if subj is not None:
            v = next((v for v in ctx.victims if v.tok_start <= subj.i < v.tok_end), None) or next(
                (VictimMention(a.start, a.end, a.text, a.tok_start, a.tok_end, False) for a in ctx.actors
                 if a.tok_start <= subj.i < a.tok_end and verb.dep_.split(":")[-1] == "relcl"), None)
            if v is None:
                return None
            # with its figure ("two men", "quatre individus")
            start = min([v.tok_start] + [c.i for c in subj.children if c.dep_ == "nummod" and c.i < v.tok_start])
            span = ctx.doc[start:v.tok_end]
            return VictimMention(span.start_char, span.end_char, span.text, span.start, span.end, v.civilian)
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _agent_verb(root) -> int | None:
    """The index of the verb whose agent phrase ``root`` heads ("by two men": the pobj of ``agent``; « par deux
    hommes »: an ``obl:agent``, or an oblique with the agent marker), None when it heads none."""
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return root.head.head.i
    if root.dep_.split(":")[0] in ("obl", "nmod", "pobj"):
        head = root.head.head if root.dep_ == "pobj" else root.head
        return head.i if head.pos_ == "VERB" else None
    return None


OF_COMPLEMENT_WORDS = 4  # the words of an "of" complement that tells a suspect ("of foreign origin")


def _nearest_subject(verb):
    """The subject of ``verb`` nearest before it (the parse of wire copy may hang the dateline's words on the
    first verb as further subjects: "BOGOTA, 29 AUG 89 -- A MAN ... IS"), else one after it, else None."""
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else (subjects[0] if subjects else None)


def _accused_person(ctx: Context, head) -> VictimMention | None:
    """The people an event noun is laid on when no armed actor is named ("former captain Julio Mendez,
    who is implicated in the assassination of ...", "a man of foreign origin seems to be involved in the
    crime", "the report implicated several right-wing members in the murder", « un homme impliqué dans
    l'assassinat »): the event noun is the complement of a predicate of ``events_<lang>.PERPETRATOR_PREDICATES``;
    its active object, else its subject (through a copula, or the noun a relative clause or a participle
    qualifies) is a person mention of the victims' reader: a suspect, whom MUC-4 fills as perpetrator."""
    preds = lexicon_words("events", ctx.lang, "PERPETRATOR_PREDICATES")
    if not preds or head.pos_ not in ("NOUN", "PROPN") or head.dep_.split(":")[0] not in ("pobj", "obl", "nmod"):
        return None
    pred = head.head
    if pred.dep_ == "prep" or pred.pos_ == "ADP":
        pred = pred.head
    if pred.pos_ not in ("VERB", "ADJ") or (pred.lemma_.lower() not in preds and pred.lower_ not in preds):
        return None
    who = next((c for c in pred.children if c.dep_ in ("dobj", "obj")), None)
    if who is None:
        who = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
        if who is None and pred.dep_ in ("acomp", "xcomp") or who is not None and who.pos_ == "PRON" \
                and pred.dep_.split(":")[0] == "relcl":
            # "seems to be involved in", "is responsible for": the subject of the copula; "who is implicated in":
            # the noun the relative clause is on
            up = pred.head
            if who is not None or pred.dep_ == "acomp" and up.dep_.split(":")[0] == "relcl":
                who = up.head if up.dep_.split(":")[0] == "relcl" else up
            else:
                who = _nearest_subject(up)
                for _ in range(2):
                    # "seems to be involved in": the subject of the verb "seems" hangs on; "is under arrest and
                    # seems to be involved in": the verb it is coordinated with shares its subject
                    if who is not None or up.dep_ not in ("xcomp", "acomp", "conj") or up.head.i == up.i:
                        break
                    up = up.head
                    who = _nearest_subject(up)
        elif who is None and pred.dep_.split(":")[0] == "acl":
            who = pred.head  # "a man accused of the murder", « un homme impliqué dans l'assassinat »
    if who is None or who.pos_ not in ("NOUN", "PROPN"):
        return None
    # the person mention in the noun's phrase up to the noun: "former captain" of "former captain Julio Mendez"
    v = next((v for v in ctx.victims if who.left_edge.i <= v.tok_start <= who.i), None)
    if v is None and who.ent_type_ in ("PERSON", "PER"):
        # a person named alone ("there is evidence that Cristiani was involved in the murder"): the name
        ent = next(e for e in ctx.doc.ents if e.start <= who.i < e.end)
        return VictimMention(ent.start_char, ent.end_char, ent.text, ent.start, ent.end, True)
    if v is None:
        return None
    # with the words before it in the noun's phrase, its determiners left out ("two former bodyguards",
    # "FORMER MAJOR EFRAIN TOLEDANO" whose person word is MAJOR)
    start = who.left_edge.i
    while start < v.tok_start and ctx.doc[start].dep_ in ("det", "predet", "poss", "nmod:poss"):
        start += 1
    end = max(v.tok_end, who.i + 1)
    while end < len(ctx.doc) and ctx.doc[end].pos_ == "PROPN" and ctx.doc[end].head.i in (who.i, end - 1):
        end += 1  # the name in apposition after the noun (« l'ancien capitaine Julio Mendez »)
    preps = lexicon_words("events", ctx.lang, "COMPLEMENT_PREPS")
    of = next((c for c in who.children if c.dep_.split(":")[0] in ("prep", "nmod") and c.left_edge.i == end
               and end < len(ctx.doc) and ctx.doc[end].lower_ in preps), None)
    if of is not None and of.right_edge.i < pred.i and of.right_edge.i - end < OF_COMPLEMENT_WORDS:
        # what tells who he is: "a man of foreign origin", « un homme d'origine étrangère » (the adjective may hang on
        # the man)
        end = of.right_edge.i + 1
        while end < pred.i and ctx.doc[end].head.i in (who.i, of.i) and ctx.doc[end].dep_ == "amod":
            end += 1
    span = ctx.doc[min(start, v.tok_start):end]
    return VictimMention(span.start_char, span.end_char, span.text, span.start, span.end, v.civilian)


def _attributed_to(ctx: Context, head, armed: list[ActorMention]) -> ActorMention | None:
    """ "some military were involved in the assassination", "soldiers accused of the murder", "des
    militaires impliqués dans l'assassinat": the event noun is the complement of a predicate that
    lays it at an armed actor's door (PERPETRATOR_PREDICATES), whose subject or noun that actor is."""
    blamed = _laid_at(ctx, head, armed) or _work_of(ctx, head, armed)
    if blamed is not None:
        return blamed
    preds = lexicon_words("events", ctx.lang, "PERPETRATOR_PREDICATES")
    if not preds or head.dep_.split(":")[0] not in ("pobj", "obl", "nmod"):
        return None
    pred = head.head
    if pred.dep_ == "prep" or pred.pos_ == "ADP":
        pred = pred.head
    if pred.lemma_.lower() not in preds and pred.lower_ not in preds:
        return None
    # an active verb with an object lays the act on its object, its subject is the accuser ("the army implicated
    # the FARC in the murder", "accused the rebels of the massacre")
    obj = next((c for c in pred.children if c.dep_ in ("dobj", "obj")), None) if pred.pos_ == "VERB" else None
    for a in armed:
        root = ctx.doc[a.tok_start:a.tok_end].root
        if obj is not None and obj.i in (root.i, _group_phrase_head(ctx, root).i):
            return a  # (or the phrase the group names: "blamed FARC dissidents for the attack")
        if (root.head.i == pred.i and root.dep_.startswith("nsubj") and obj is None) or (
                pred.head.i == root.i and pred.dep_.split(":")[0] in ("acl", "amod", "relcl")):
            return a
        # "the FMLN claimed responsibility for the attack": the subject of the verb whose object
        # the predicate noun is
        if pred.pos_ == "NOUN" and pred.dep_.split(":")[0] in ("dobj", "obj") and root.head.i == pred.head.i \
                and root.dep_.startswith("nsubj") and not root.dep_.startswith(("nsubjpass", "nsubj:pass")):
            return a
    return None


def _work_of(ctx: Context, head, armed: list[ActorMention]) -> ActorMention | None:
    """ "the explosion could have been the work of the Extraditables", "the burning was apparently the
    work of Shining Path guerrillas", « l'enlèvement pourrait être l'oeuvre de l'EPL »: the event noun
    is the subject of a copula whose attribute is a noun of ``events_<lang>.WORK_NOUNS``; that
    noun's "of/de" complement did it."""
    works = lexicon_words("events", ctx.lang, "WORK_NOUNS")
    if not works or head.pos_ not in ("NOUN", "PROPN") or not head.dep_.startswith("nsubj"):
        return None
    verb = head.head
    nouns = [verb, *(c for c in verb.children if c.dep_ in ("attr", "xcomp", "acomp"))]
    work = next((n for n in nouns if n.pos_ == "NOUN" and (n.lemma_.lower() in works or n.lower_ in works)), None)
    if work is None:
        return None
    for a in armed:
        root = ctx.doc[a.tok_start:a.tok_end].root
        for _ in range(3):  # "the work of Shining Path guerrillas": the group inside the complement's phrase
            up = _phrase_head(root)
            if up.i == work.i and root.dep_.split(":")[0] in ("pobj", "nmod"):
                return a
            if root.dep_ not in ("compound", "flat", "flat:name", "amod", "nmod", "pobj") or root.head.i == root.i:
                break
            root = root.head
    return None


def _owner(ctx: Context, head, armed: list[ActorMention]) -> ActorMention | None:
    """ "the FMLN admitted that its units killed three civilians during the attack", "le FMLN a reconnu
    que ses unités avaient tué trois civils": the subject of a verb of owning up (OWNING_VERBS) whose
    clause or object holds the act reports its own act: its perpetrator. The act as the passive subject: its agent
    ("The attack was claimed by X", « L'attaque a été revendiquée par X »)."""
    if head.dep_ in PASSIVE_SUBJECTS and ctx.m.owning(head.head):
        verb = head.head
        for a in armed:
            root = ctx.doc[a.tok_start:a.tok_end].root
            if root.dep_ in ("appos", "nmod") and root.head.pos_ == "NOUN":
                root = root.head  # "by a little-known group, Tehreek-e-Jihad Pakistan"
            marked = any(k.dep_ == "case" and k.lower_ in ctx.m.agent_markers for k in root.children) or (
                root.left_edge.i > 0 and ctx.doc[root.left_edge.i - 1].lower_ in ctx.m.agent_markers)
            if root.dep_.split(":")[0] == "obl" and root.head.i == verb.i and (root.dep_ == "obl:agent" or marked) or (
                    root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.i == verb.i):
                return a
    node = head
    while node.head.i != node.i:
        up = node.head
        if node.dep_ in ("ccomp", "dobj", "obj") and ctx.m.owning(up):
            for a in armed:
                root = ctx.doc[a.tok_start:a.tok_end].root
                subj = root if root.dep_.startswith("nsubj") else _np_head(ctx, a)
                if subj.head.i == up.i and subj.dep_.startswith("nsubj") \
                        and not subj.dep_.startswith(("nsubjpass", "nsubj:pass")):
                    return a
            return None
        node = up
    return None


def _accused(ctx: Context, head, trig_toks: set[int], armed: list[ActorMention]) -> ActorMention | None:
    """ "the government accused the Shining Path of murdering six peasants", "the archbishop blamed the
    army for the massacre", "l'armée a accusé le FMLN de l'attaque": a verb that lays an act at
    someone's door (ACCUSATION_VERBS) has an armed actor as its direct object and the act in its
    "of/for/de" complement (or in that object's): the object is who the act is laid on."""
    preds = ctx.m.accusation_verbs
    if not preds:
        return None
    verb = head
    for _ in range(4):  # MURDERING <- OF <- PATH <- ACCUSED
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in preds or verb.lower_ in preds):
            break
    else:
        return None
    for a in armed:
        root = ctx.doc[a.tok_start:a.tok_end].root
        if root.head.i == verb.i and root.dep_.split(":")[0] in ("dobj", "obj") \
                and not trig_toks & set(range(a.tok_start, a.tok_end)):
            return a
    return None


def _laid_at(ctx: Context, head, armed: list[ActorMention]) -> ActorMention | None:
    """ "an explosion attributed to the death squads", "the attack was blamed on the rebels",
    "l'attentat attribué aux FDLR": a verb that lays the event at someone's door
    (ATTRIBUTION_PREDICATES) qualifies the event noun, or has it as its passive subject; its
    "to/on/à" complement is the perpetrator."""
    preds = ctx.m.blame_predicates
    if not preds or head.pos_ not in ("NOUN", "PROPN"):
        return None
    while head.dep_ in ("compound", "amod") and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "a dynamite explosion": the noun phrase's head
    # the participle may hang on the event's own complement ("an explosion in the capital
    # attributed to ...")
    verbs = [t for t in head.subtree if t.dep_.split(":")[0] in ("acl", "relcl", "amod")]
    if head.dep_.startswith(("nsubjpass", "nsubj:pass", "dobj", "obj")):
        verbs.append(head.head)  # "the attack was blamed on", "police attributed the attack to"
    verbs = [v for v in verbs if v.lemma_.lower() in preds or v.lower_ in preds]
    # "..., said the army, which blamed it on ADF rebels", « a indiqué l'armée, qui l'a attribué aux rebelles ADF »: a
    # relative clause after the act on the speaker of another claim, its relative pronoun the subject, a personal
    # pronoun standing for the act its object
    verbs += [v for v in head.sent if v.i > head.i and v.pos_ == "VERB" and (v.lemma_.lower() in preds or v.lower_ in preds)
              and any(c.dep_.startswith("nsubj") and relative_pronoun(c) for c in v.children)
              and any(v.head.i in c.speaker_tokens and c.verb_start != v.idx for c in ctx.claims)
              and any(c.dep_ in ("dobj", "obj") and c.pos_ == "PRON" and not relative_pronoun(c) for c in v.children)]
    to = lexicon_words("events", ctx.lang, "ATTRIBUTION_PREPS")
    inside = {t.i for t in head.subtree}
    for v in verbs:
        for a in armed:
            root = _group_phrase_head(ctx, ctx.doc[a.tok_start:a.tok_end].root)
            if (root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == v.i) or (
                    root.head.i == v.i and root.dep_.split(":")[0] in ("obl", "nmod", "iobj")):
                return a
            # « a attribué l'attaque contre l'autobus au cartel », "BLAMED THE ATTACK ON THE POWER PLANT
            # ON SHINING PATH GUERRILLAS": the parse hangs the "à/on" complement on the act's own phrase
            # (not on the act's noun itself: "the attack on the army" names its target)
            if head.head.i == v.i and root.i in inside and (
                    root.dep_.split(":")[0] == "nmod" and any(c.dep_ == "case" and c.lower_ in to for c in root.children)
                    or root.dep_ == "pobj" and root.head.lower_ in to and root.head.head.i != head.i):
                return a
        # "Police blamed the attack on Boko Haram": the act the verb's object, the verb with no "on/to" complement of
        # its own, the one "on" the parse hangs on the act's noun is whom it is laid on (with two, "the attack on the
        # base on Boko Haram", the verb's own is read above)
        if head.head.i != v.i or not head.dep_.startswith(("dobj", "obj")) or any(
                c.dep_ == "prep" and c.lower_ in to for c in v.children):
            continue
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in to]
        if len(preps) != 1:
            continue
        for a in armed:
            root = _group_phrase_head(ctx, ctx.doc[a.tok_start:a.tok_end].root)
            if root.dep_ == "pobj" and root.head.i == preps[0].i and not a.generic:
                return a
    return None


def _group_phrase_head(ctx: Context, root):
    """The head of the noun phrase a group's name is a modifier or the "of" complement of ("a dissident FARC
    faction", "FARC dissidents", « une faction dissidente des FARC »): the phrase the group is named in, what a
    verb of blame lays the act on; the name itself when it heads its phrase."""
    for _ in range(2):
        if root.dep_ in ("compound", "amod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i > root.i:
            root = root.head
        elif root.dep_ == "nmod" and root.head.pos_ == "NOUN" and root.head.i < root.i and any(
                c.dep_ == "case" and c.lower_ in ctx.m.complement_preps for c in root.children):
            root = root.head
        else:
            break
    return root


def extract_incidents(document: Document, doc: Doc) -> tuple[list[Incident], list[Quantity]]:
    ctx = build_context(document, doc)
    # (the places the gazetteer read, a town the tagger called a thing among them: "Rebels seized Bria")
    place_starts = frozenset(p.tok_start for p in ctx.places)
    triggers = find_triggers(doc, ctx.m, ctx.sents, ctx.actors, ctx.cues, places=place_starts)
    # a lead sentence that tells only an older event leaves the lead to the news after it
    told: dict[int, bool] = {}
    kinds = {id(t): _told_before(ctx, t) for t in triggers}
    dated_news = any(k is None and finer for k, finer in kinds.values())
    for t in triggers:
        kind = kinds[id(t)][0]
        told[t.sent_index] = told.get(t.sent_index, True) and (kind == "date" or kind == "tense" and dated_news)
    if told and told[min(told)]:
        triggers = find_triggers(doc, ctx.m, ctx.sents, ctx.actors, ctx.cues,
                                 frozenset(si for si, old in told.items() if old), places=place_starts)
    by_sent: dict[int, list[Trigger]] = {}
    for t in triggers:
        by_sent.setdefault(t.sent_index, []).append(t)
        ctx.trigger_types.setdefault(t.sent_index, set()).add(t.event_type)
        ctx.trigger_tokens.update(range(t.tok_start, t.tok_end))
        if t.event_type in VIOLENT_TYPES:
            ctx.violent_tokens.update(range(t.tok_start, t.tok_end))
        if t.sub_event_type == ABDUCTION:
            ctx.taking_tokens.update(range(t.tok_start, t.tok_end))
    ctx.cues += _death_result_cues(ctx)
    ctx.cues += _loss_cues(ctx)
    headline = _headline_told_again(ctx, by_sent)
    if headline is not None:
        told = by_sent.pop(headline)
        lead = min((k for k in by_sent if k > headline), default=None)
        if lead is not None:
            ctx.headline = (headline, lead, _headline_place(ctx, headline, told), told)

    incidents: list[Incident] = []
    ctx.built = incidents
    sents_of_incident: dict[str, list[int]] = {}
    heads: dict[str, Trigger] = {}  # the trigger each incident was built from
    before: dict[str, str | None] = {}  # _told_before, per incident
    background_heads: set[str] = set()  # incidents told only as what their sentence recalls (_background_head)
    known_reasons: set[str] = set()  # acts an arrest was made over, named by their older day (_known_by_its_day)
    beside_arrests: set[str] = set()  # arrests built beside the act they were made for (_arrest_beside)
    reason_acts: set[str] = set()  # acts an arrest was made over or a strike answered (_reason_with_toll)
    split_acts: set[str] = set()  # second acts of a sentence told in a clause and place of their own (_two_acts)
    place_by_place: dict[str, Incident] = {}  # the first act of a sentence told place by place, its second (_acts_where)
    finer: dict[str, bool] = {}
    blamed = _blamed_in_follow_up(ctx, by_sent)
    for si, group in _owned_in_follow_up(ctx, by_sent).items():
        blamed.setdefault(si, group)
    for si in sorted(by_sent):
        trigs = by_sent[si]
        # a threat is never the incident a later sentence goes on about (date, antecedent, follow-ups)
        carried = [i for i in incidents if i.stage != "threatened"]
        previous = carried[-1] if carried else None
        _take_blamed(ctx, blamed, si, [i for i in carried if i.id not in background_heads])
        inc = None
        ranked = _head_candidates(ctx, trigs, si)
        for head in ranked:
            inc = build_incident(ctx, head, trigs, previous)
            if inc is not None and _forces_operation(ctx, head, inc, si):
                inc = None  # "police raided homes and detained three men": the arrests, if any, are told
            if inc is not None and TOLL_ONLY in head.flags and not _toll_counted(ctx, inc, head):
                inc = None  # "Peace talks dead, rebels say": a toll word with no figure of the dead tells no act
            if inc is not None:
                break
        if inc is None:
            continue
        version_of = _sides_version(ctx, si, inc, carried) or _counter_accusation(ctx, si, head, inc, carried) \
            or _doers_own_word(ctx, si, [i for i in carried if not i.recalled][-1:]) \
            or _other_killer_of_the_taken(ctx, si, head, inc, carried)
        if version_of is not None:
            ctx.versions[si] = version_of.id  # a claim on that incident (_attach_follow_up_claims), no act
            continue
        built = [(head, inc)]
        two = _two_acts(ctx, head, trigs, si, ranked)
        where = two is None and (two := _acts_where(ctx, head, trigs, si, ranked)) is not None
        taken = _old_taking_of_the_body(ctx, trigs) if two is None else None
        if taken is not None:
            # "The body of Pedro Luna, who was kidnapped in 2019, was found on Wednesday": the killing found is the
            # news, dated by the finding; the old taking of the relative clause is recalled, an act of its own
            body, take, (lo_t, hi_t) = taken
            sent = ctx.sents[si]
            held = _build_held(ctx, body, trigs, previous, [(sent.start, lo_t), (hi_t, sent.end)])
            other = _build_held(ctx, take, trigs, previous, [(lo_t, hi_t)])
            if held is not None and other is not None:
                head, inc = body, held
                built = [(body, held), (take, other)]
                known_reasons.add(other.id)
                split_acts.add(other.id)
        if two is not None:
            # "Militants killed three soldiers in an attack on a base in X, while a roadside bomb killed two civilians
            # in Y": each act of its own clause and place, with the dead, people and day its clause tells
            own, second, spans = two
            held = _build_held(ctx, head, trigs, previous, own)
            other = _build_held(ctx, second, trigs, previous, spans)
            if held is not None and other is not None:
                inc = held
                _share_the_day(ctx, si, inc, other)
                _share_the_place(ctx, si, inc, other)
                built = [(head, inc), (second, other)]
                split_acts.add(other.id)
                if where:
                    place_by_place[inc.id] = other
                # "..., abducted ten women in Y on Tuesday and shot dead two traders in Z on Wednesday": the clause of
                # one of the two holds a third act of its own, split from it as the two were from each other
                for trig, trig_spans in ((second, spans), (head, own)):
                    third = _third_act(ctx, trig, trigs, si, ranked, trig_spans)
                    if third is None:
                        continue
                    spans2, last, spans3 = third
                    again = _build_held(ctx, trig, trigs, previous, spans2)
                    other3 = _build_held(ctx, last, trigs, previous, spans3)
                    if again is not None and other3 is not None:
                        first, kept = (inc, again) if trig is second else (again, other)
                        for a, b in ((first, kept), (again, other3)):
                            _share_the_day(ctx, si, a, b)
                            _share_the_place(ctx, si, a, b)
                        inc = first
                        built = [(head, first), (second, kept), (last, other3)]
                        split_acts.update((kept.id, other3.id) if trig is second else (other3.id,))
                    break
        threat = _threat_beside(ctx, head, trigs)
        if threat is not None:
            # "her life was threatened, and her father was murdered": the threat is an incident of
            # its own stage beside the act the sentence heads with
            other = build_incident(ctx, threat, trigs, previous)
            if other is not None:
                built.append((threat, other))
        reason = _reason_with_toll(ctx, head, inc)
        act = _act_of_reason(ctx, reason, head, trigs) if reason is not None else None
        shared = _reason_with_toll(ctx, head, inc, shared=True) if reason is None and two is None else None
        answered = _act_of_reason(ctx, shared, head, trigs) if shared is not None else None
        if answered is not None:
            # "Soldiers killed five rebels on Tuesday in retaliation for Sunday's ambush that killed three troops":
            # the reprisal keeps the dead told outside the phrase of the act it answers, that act those inside it
            lo_t, hi_t = shared.left_edge.i, shared.right_edge.i + 1
            sent = ctx.sents[si]
            ctx.answering[answered.tok_start] = (lo_t, shared.right_edge.i)
            held = _build_held(ctx, head, trigs, previous, [(sent.start, lo_t), (hi_t, sent.end)])
            other = _build_held(ctx, answered, trigs, previous, [(lo_t, hi_t)])
            if held is not None and other is not None:
                inc = held
                lo, hi = _phrase_chars(shared)
                _dated_within(ctx, other, lo, hi)
                built = [(head, inc), (answered, other)]
                reason_acts.add(other.id)
                if _known_by_its_day(ctx, answered, shared, inc) or recalled_phrase(shared):
                    known_reasons.add(other.id)
        if reason is not None and (act is not None or head.sub_event_type == "Arrests"):
            # "Police arrested three suspects in last week's bombing that killed 20 people": the dead are the
            # bombing's, an incident of its own (recalled when its phrase dates it older); the arrest hit no one.
            # So for an act done in answer to another ("bombed rebel positions in retaliation for last week's attack
            # that killed 15 soldiers"), when the older act is told by a trigger of its own
            _nobody_hit(inc)
            lo, hi = _phrase_chars(reason)
            if any(e.field == "date" and lo <= e.start and e.end <= hi for e in inc.evidence):
                # "last week's bombing", « l'attaque qui a fait douze morts vendredi »: the act's day, not the arrest's
                inc.date = undated(ctx.document.published)
                inc.evidence = [e for e in inc.evidence if e.field != "date"]
                ctx.date_rank[inc.id] = RANK_NONE
            if act is not None and head.sub_event_type != "Arrests":
                # who did the reprisal, and whom it hit, are no side of the act it answers (_reacts_to)
                ctx.answering[act.tok_start] = (reason.left_edge.i, reason.right_edge.i)
            other = build_incident(ctx, act, trigs, previous) if act is not None else None
            if other is not None:
                _dated_within(ctx, other, lo, hi)
                built.append((act, other))
                reason_acts.add(other.id)
                if _known_by_its_day(ctx, act, reason, inc) or recalled_phrase(reason):
                    # (or recalled by a stretch of time after it: "arrested three suspects, weeks after an attack that
                    # killed 12 people")
                    known_reasons.add(other.id)
        for act, phrase in _topic_acts(ctx, head, trigs) if len(built) == 1 and reason is None else ():
            # "Students marched in Lima carrying placards denouncing the killing of three teachers in Ayacucho": the
            # protest hit no one; the act it denounces, told with its own dead or wounded, is an act of its own (as an
            # act's noun condemned is), with the dead, people, place and day of its own phrase
            lo_t, hi_t = phrase.left_edge.i, phrase.right_edge.i + 1
            sent = ctx.sents[si]
            other = _build_held(ctx, act, trigs, previous, [(lo_t, hi_t)])
            lo, hi = _phrase_chars(phrase)
            if other is None or not any(r is not None and r.basis not in ("at_least", "publication")
                                        and not (r.basis or "").startswith("vague") for r in (other.fatalities, other.injured)):
                # ("marched to denounce the massacres": no dead of its own told, the protest's topic only; the dead its
                # word implies are still none of the protest's)
                if any(e.field in ("fatalities", "injured") and lo <= e.start and e.end <= hi for e in inc.evidence):
                    _nobody_hit(inc)
                    inc.evidence = [e for e in inc.evidence if not (
                        e.field in ("fatalities", "injured", "civilian_fatalities") and lo <= e.start and e.end <= hi)]
                continue
            held = _build_held(ctx, head, trigs, previous, [(sent.start, lo_t), (hi_t, sent.end)])
            if held is not None:
                inc = held
                if not any(label in ("DEATH", "INJURY") and sent.start <= c_lo < sent.end and not lo_t <= c_lo < hi_t
                           for label, c_lo, _ in ctx.cues):
                    # the sentence's words of death are all the topic's: a figure outside its phrase counts the crowd
                    # ("Quelque 2000 personnes ont manifesté ... contre le massacre de 14 paysans"), no dead
                    _nobody_hit(inc)
                _dated_within(ctx, other, lo, hi)
                built = [(head, inc), (act, other)]
                reason_acts.add(other.id)
                break
        arrest = _arrest_beside(ctx, head, trigs)
        if arrest is not None:
            # "Police arrested two suspects for the murder of a shopkeeper": the act and the arrest are two events
            other = build_incident(ctx, arrest, trigs, previous)
            if other is not None:
                _nobody_hit(other)
                built.append((arrest, other))
                beside_arrests.add(other.id)
        for head, inc in built:
            _destruction_that_killed(inc)
            if _generic_statement(ctx, head, inc, si, [i for i in incidents if i.stage == inc.stage]) \
                    or _not_a_report(ctx, si, inc, head):
                continue
            if _more_of_a_toll(ctx, inc, si, incidents, sents_of_incident, head):
                continue  # told as more of the toll before: the follow-up counts add it there
            if _dead_told_again(ctx, head, inc, si, incidents, sents_of_incident):
                continue  # "Among those killed were two children": the dead of the act before, its follow-up counts
            if _recalled_by_speaker(ctx, head):
                ctx.recalled_by_speaker.add(inc.id)
            same_stage = [i for i in incidents if i.stage == inc.stage]
            together = _acts_blamed_together(ctx, head, inc, same_stage)
            if together:
                # "The killings of the farmer and of the teacher were attributed to a death squad": each act told
                # before takes the doer; the mention adds no act of its own
                for prev in together:
                    _take_doers(ctx, prev, inc)
                    sents_of_incident[prev.id].append(si)
                continue
            told = _told_as_definite(ctx, head, trigs)
            recalled_after = _in_stretch_after(ctx, head, trigs) is not None  # (never the act told before)
            antecedent = None if recalled_after else _body_of_the_killed(ctx, head, inc, same_stage) \
                or _antecedent(ctx, head, inc, same_stage, told) or _doers_named_again(ctx, head, inc, same_stage) \
                or _elaborated(ctx, head, inc, same_stage, si) \
                or _dead_told_one_by_one(ctx, head, inc, same_stage, si) \
                or _same_day_mention(ctx, head, inc, same_stage, told) or _same_person_hit(ctx, head, inc, same_stage) \
                or _body_of_the_taken(ctx, head, inc, same_stage) or _killed_by_the_takers(ctx, head, inc, same_stage) \
                or _presupposed_target(ctx, head, inc, same_stage) or _known_target_hit_again(ctx, head, inc, same_stage) \
                or _same_target_told_again(ctx, head, inc, same_stage, si) \
                or _damage_told_after(ctx, head, inc, same_stage, si) \
                or _definite_act_told_again(ctx, head, inc, same_stage, si) \
                or _lead_act_named_again(ctx, head, inc, same_stage, si) \
                or _renamed_with_nothing_new(ctx, head, inc, same_stage, si) \
                or _disrupted_weapons_told_again(ctx, head, inc, same_stage) or _nth_time(ctx, head, inc, same_stage) \
                or _reported_again(ctx, head, inc, same_stage) or _crowd_told_again(ctx, head, inc, same_stage) \
                or _campaign_since_holds(ctx, head, inc, same_stage)
            if antecedent is None and ("told_act_only" in head.flags or head.tok_start in ctx.told_again_only):
                continue  # "the hand of drug traffickers was behind the crime" with no act told before: no act
            before[inc.id], finer[inc.id] = _told_before(ctx, head)
            if antecedent is not None and _blamed_on_others(ctx, antecedent, inc):
                antecedent = None
            if antecedent is not None and not _may_merge(ctx, before, finer, antecedent, inc, head) \
                    and not (_is_definite(ctx, head) and _running_total(ctx, ctx.sents[si])):
                # ("The attack brings to more than 200 the number of people killed since January": the act told
                # again beside a running total, whose months date the total, not the act)
                antecedent = None
            if antecedent is not None and _said_before(ctx, si, antecedent) \
                    and _speaker_as_doer(ctx, head, ctx.sents[si]) is not None:
                # "On Saturday, the Malian army had announced that it had neutralised about fifteen terrorists"
                # after Sunday's attack: a side's statement of its own act, made before the act, is no more of it
                antecedent = None
            if antecedent is not None and inc.id in (beside_arrests | reason_acts | split_acts) \
                    and si in sents_of_incident.get(antecedent.id, ()):
                # the arrest made for the act its sentence tells is no more of that act; nor is the act an arrest was
                # made over, or a strike answered (« en représailles à l'attaque ... »), more of the arrest or strike
                antecedent = None
            fight_dead = _civilians_killed_in_the_fight(ctx, head, antecedent, inc) if antecedent is not None else None
            if antecedent is not None and fight_dead is None \
                    and _civilians_killed_in_the_operation(ctx, antecedent, inc):
                # "Residents however reported that seven civilians were killed during the sweep" after the army's
                # "neutralised about 30 terrorists in an operation": the forces' violence against civilians, apart
                antecedent = None
            if antecedent is not None:
                then = place_by_place.get(inc.id)
                parts = _towns_of_the_total(antecedent, inc, then) if then is not None else None
                if inc.id in ctx.one_by_one:
                    # (the woman killed in a village of the region is one of the act's two dead: no more of its toll)
                    inc.fatalities = None
                    inc.evidence = [e for e in inc.evidence if e.field != "fatalities"]
                    ctx.one_by_one.add(antecedent.id)
                _merge_anaphor(ctx, antecedent, inc)
                if fight_dead is not None:
                    # the civilians caught in the fight are more of its dead (ACLED: a battle's toll counts all its
                    # dead), noted as civilians
                    antecedent.fatalities = _sum([antecedent.fatalities, fight_dead]) \
                        if antecedent.fatalities is not None else fight_dead
                if parts is not None:
                    _total_told_place_by_place(ctx, si, antecedent, then, parts)
                sents_of_incident[antecedent.id].append(si)
                older = _older_act_beside(ctx, head, trigs) if head is built[0][0] else None
                other = build_incident(ctx, older, trigs, previous) if older is not None else None
                if other is not None:
                    # "condemned the cowardly attack and said reinforcements had been sent to the region, where
                    # clashes displaced 50,000 people last year": the act told again adds nothing of its own, the
                    # older act of the relative clause is one of its own, recalled
                    built.append((older, other))
                continue
            if _background_head(ctx, head, trigs):
                if FREED not in head.flags:
                    _recall(ctx, inc, head)
                    if _told_only_as_inquired(ctx, inc, head):
                        continue
                # (a freed captive's abduction keeps the day its sentence gives, the release's, the last day it may
                # have been: the story tells of its victims, MUC-4 keeps it, "THE ARMY RESCUED KIDNAPPED INDUSTRIALIST
                # RAUL MENDEZ ON THURSDAY", tests/test_muc4_style_coord.py)
                background_heads.add(inc.id)
            incidents.append(inc)
            sents_of_incident[inc.id] = [si]
            heads[inc.id] = head

    # an older event told beside news is recalled background; alone, it is what the report tells
    # (a past perfect alone is background only beside news dated by the day: a story may tell its
    # own news in the past perfect, "had thrown a woman to the ground before being pursued")
    if any(before[inc.id] is None for inc in incidents):
        dated_news = any(before[inc.id] is None and finer[inc.id] for inc in incidents)
        for inc in incidents:
            inc.recalled = before[inc.id] == "date" or before[inc.id] == "tense" and dated_news
    for inc in incidents:
        inc.recalled = inc.recalled or inc.id in ctx.recalled_by_speaker or inc.id in background_heads \
            or inc.id in known_reasons
    for inc in incidents:
        _parent_of_the_children(ctx, inc)
    _take_blamed(ctx, blamed, len(ctx.sents), [i for i in incidents if i.stage != "threatened" and not i.recalled])
    _lead_day_for_parts(ctx, incidents, sents_of_incident, heads, before)
    incidents = _doers_version_told_otherwise(ctx, incidents, sents_of_incident)
    carried = [i for i in incidents if i.stage != "threatened"]
    _attach_follow_up_counts(ctx, carried, sents_of_incident)
    _elliptical_source_tolls(ctx, carried, sents_of_incident)
    _headline_toll(ctx, carried, sents_of_incident)
    _toll_may_rise(ctx, carried, sents_of_incident)
    _attach_follow_up_targets(ctx, carried, sents_of_incident)
    _attach_follow_up_victims(ctx, carried, sents_of_incident)
    _attach_follow_up_forces_fired_at(ctx, carried, sents_of_incident)
    _attach_listed_hit(ctx, carried, sents_of_incident)
    _attach_follow_up_claims(ctx, carried, sents_of_incident)
    _doers_versions_after(ctx, carried, sents_of_incident)
    _captors_are_the_takers(ctx, carried)
    _attach_story_perpetrator(ctx, carried)
    _people_taken_counts(ctx, carried, sents_of_incident)
    quantities = _quantities(ctx)
    for inc in incidents:
        _naming_evidence(ctx, inc)
        _communal_doers(ctx, inc)
        _toll_so_far_evidence(ctx, inc)
        _collapse_repeated_targets(ctx, inc)
        _targets_named_again(ctx, inc)
        _collapse_repeated_victims(inc)
        if inc.stage == "threatened":
            inc.fatalities = inc.injured = inc.civilian_fatalities = None  # nobody was hit yet
            inc.evidence = [e for e in inc.evidence if e.field not in ("fatalities", "injured", "civilian_fatalities")]
        if inc.event_type == "Battles":
            inc.quantities = list(quantities) + [q for q in inc.quantities
                                                 if q.what in (ARMED_MEN_KILLED, ARMED_MEN_WOUNDED, *TAKEN_KINDS)]
    incidents = _merge_borrowed_places(ctx, _town_parts_of_lead(ctx, incidents))
    for inc in incidents:
        forces_dead_taken_up(ctx.doc, ctx.lang, inc)  # (after the merges: the dead taken up may be told apart till then)
    _act_told_where_it_took_place(ctx, incidents)
    _stated_none(ctx, incidents, sents_of_incident, heads, by_sent)
    if ctx.typed:
        _as_typed(ctx, incidents, quantities)
    return incidents, quantities


DOERS_VERSION_SENTENCES = 3  # sentences after the doer's statement in which another source may tell what it hit


def _doers_version_told_otherwise(ctx: Context, incidents: list[Incident],
                                  sents_of: dict[str, list[int]]) -> list[Incident]:
    """ "Russia's army said it had struck "military infrastructure" in Odesa. Ukrainian officials said the missiles hit
    a residential building, killing four civilians": a side's statement of its own act (its claim's organisation is
    the act's doer, the act told in its sentence alone) is that side's version of what it hit; a later sentence, a few
    after it, that tells an act of the same kind with no doer of its own (none named, or the same doer), of the same day
    and place, told by another source, that hit people who did not fight (civilians, a civilian building) is that act
    as the other sources tell it: one incident, whose sides hit, targets and figures are those the other sources give,
    the doer's claim kept as its version of the target, disputing. Alone, the doer's statement keeps its own target
    and side hit, as its claim (docs/conventions.md, "A force's statement of its own act")."""
    from bilan.link import places_compatible

    dropped: set[str] = set()
    for a in incidents:
        if a.id in dropped or a.stage == "threatened" or len(sents_of.get(a.id, ())) != 1:
            continue
        doers = {x.name for x in a.actors_in("actor1") if x.kind != "unidentified"}
        own = [c for c in a.claims if c.organisation in doers and c.stance == "supports"]
        if not doers or not own or len(a.claims) != len(own):
            continue
        si = sents_of[a.id][0]
        doer_words = {w.casefold() for x in a.actors_in("actor1") for w in x.mention.split()}
        for b in incidents:
            if b is a or b.id in dropped or b.stage != a.stage or b.recalled != a.recalled \
                    or b.event_type != a.event_type:
                continue
            bs = sents_of.get(b.id, ())
            if not bs or not all(si < x <= si + DOERS_VERSION_SENTENCES for x in bs):
                continue
            theirs = {x.name for x in b.actors_in("actor1") if x.kind != "unidentified"}
            if theirs and not theirs & doers:
                continue  # another named doer: another act
            if any(c.organisation in doers or c.speaker and c.speaker.split()[-1].casefold() in doer_words
                   for c in b.claims):
                continue  # the doer telling more ("The army said the missiles also hit a depot"): no other source
            if b.date.basis != "publication" and (b.date.start, b.date.end) != (a.date.start, a.date.end):
                continue
            if b.location.name and a.location.name and not places_compatible(a, b):
                continue
            # people who did not fight, or a building, and no armed side hit
            civilians = b.civilian_fatalities is not None or any(
                x.role == "victim" and x.kind == "civilians" for x in b.actors) or any(
                t.kind == BUILDING for t in b.targets)
            if not civilians or any(x.role != "actor1" and x.kind in FORCE_KINDS | NON_STATE for x in b.actors):
                continue
            lo, hi = ctx.sents[si].start_char, ctx.sents[si].end_char
            gone = [x for x in a.actors if x.role != "actor1"]
            a.actors = [x for x in a.actors if x.role == "actor1"]
            names = {x.mention for x in gone} | {t.mention for t in a.targets}
            a.evidence = [e for e in a.evidence if not (e.field in ("actors", "targets") and lo <= e.start < hi
                                                         and e.text in names)]
            a.targets = []
            b.actors = [x for x in b.actors if x.role != "actor1"]
            for c in own:
                c.stance = "disputes"  # its version of what it hit, against the other sources'
            merge_into(a, b, "the other sources' account of what the doer's own statement says it hit")
            seen: set[tuple] = set()
            a.evidence = [e for e in a.evidence if (k := (e.field, e.doc_id, e.start, e.end)) not in seen
                          and not seen.add(k)]
            sents_of[a.id] = sorted({*sents_of[a.id], *bs})
            dropped.add(b.id)
            break
    return [i for i in incidents if i.id not in dropped]

def _doers_versions_after(ctx: Context, incidents: list[Incident], sents_of: dict[str, list[int]]) -> None:
    """The claims of a doer's statement told after an incident's first sentence that give the doer's version of what
    it hit (:func:`_doers_version_after`) dispute it, whether the statement's sentence was read as a follow-up or as a
    mention of the act merged into it (« Le ministère russe de la Défense a affirmé avoir frappé ... »)."""
    for inc in incidents:
        first = sents_of.get(inc.id)
        if not first or not any(c.stance == "supports" and c.organisation for c in inc.claims):
            continue
        lead = ctx.sents[first[0]]
        for c in inc.claims:
            if c.stance != "supports" or not c.organisation or c.doc_id != ctx.document.doc_id \
                    or c.start < lead.end_char:
                continue
            cm = next((m for m in ctx.claims if m.verb == c.verb and m.organisation == c.organisation
                       and on_words(ctx.document.text, m.sent_start, m.sent_end) == (c.start, c.end)), None)
            if cm is not None and _doers_version_after(ctx, cm, inc):
                c.stance = "disputes"  # the doer's own words for what it hit, after the others' account


def _doers_version_after(ctx: Context, cm: ClaimMention, inc: Incident) -> bool:
    """ "A Russian missile struck an apartment block ..., killing six people, the governor said. Russia's defence
    ministry said its forces had hit "a temporary deployment point of Ukrainian units" in the city": the doer's
    statement of its own act, told after the others' account of people who did not fight or a building hit, names
    what it hit in its own words: its version, disputing (the order reversed of
    :func:`_doers_version_told_otherwise`; docs/conventions.md, "The doer's version of what it hit"). The claim's
    organisation is the incident's named doer, its reported clause the speaker's own act (:func:`_act_said_done`,
    ``actors_<lang>.COUNTRY_ACT_VERBS``) with an object that is none of the incident's people hit or targets."""
    doers = {a.name for a in inc.actors_in("actor1") if a.kind != "unidentified"}
    if not cm.organisation or cm.organisation not in doers:
        return False
    if not (inc.civilian_fatalities is not None or any(a.role == "victim" and a.kind == "civilians" for a in inc.actors)
            or any(t.kind == BUILDING for t in inc.targets)):
        return False
    verb = ctx.doc.char_span(cm.verb_start, cm.verb_end, alignment_mode="expand")
    if verb is None:
        return False
    act = _act_said_done(verb.root, ctx.lang, lexicon_words("actors", ctx.lang, "COUNTRY_ACT_VERBS"))
    if act is None:
        return False
    told = [(e.start, e.end) for e in inc.evidence if e.field in ("actors", "targets")]
    # (what the incident names as hit, by its words: "it had struck the building" tells the same thing)
    words = {w for t in inc.targets for w in t.mention.casefold().split()} | {
        w for a in inc.actors if a.role == "victim" for w in (a.mention or "").casefold().split()}
    objects = [o for o in act.children if o.dep_ in ("dobj", "obj")]
    return bool(objects) and not any(s <= o.idx < e for o in objects for s, e in told) \
        and not any(o.lower_ in words or o.lemma_.lower() in words for o in objects)


def _destruction_that_killed(inc: Incident) -> None:
    """Property destroyed or looted in an act whose own words count dead (« 5 morts, un camp de déplacés incendié à
    X », "5 dead as gunmen torch displaced camp"): ACLED's looting/property destruction is the act with no other
    violence; people killed in it make it an attack, as when the sentence says so by a verb ("torched a camp ...,
    killing five people"). The dead of another act told beside it (an attack the burning answered) are none of its
    own: they were taken off before (:func:`_reason_with_toll`)."""
    if inc.sub_event_type != PROPERTY_DESTRUCTION or inc.stage != "accomplished" or inc.fatalities is None:
        return
    if not (inc.fatalities.best or inc.fatalities.low):
        return
    things = [(e.start, e.end) for e in inc.evidence if e.field == "targets"]
    if all(any(s < e.end and e.start < t for s, t in things) for e in inc.evidence if e.field == "fatalities"):
        return  # « ont abattu un pylône électrique »: the thing felled, counted as one, is no one dead
    inc.event_type, inc.sub_event_type, inc.plover = "Violence against civilians", "Attack", "ASSAULT"


def _old_taking_of_the_body(ctx: Context, trigs: list[Trigger]) -> tuple[Trigger, Trigger, tuple[int, int]] | None:
    """ "The body of Pedro Luna, who was kidnapped by gunmen in 2019, was found on Wednesday", « Le corps de Pierre
    Lunel, qui avait été enlevé en 2019, a été retrouvé mercredi »: an abduction told in a relative clause or a past
    participle's (« Le corps de Pierre Lunel, enlevé en 2019 par des jihadistes, ... », outside quotes) on the person
    whose body the sentence finds (the clause hangs on a noun the body governs, a participle's on the body), whose own dates
    are all a month or a year (:func:`_grain`), is an older act the finding recalls (docs/conventions.md, "Taken,
    then killed"). The body's trigger, the taking's, and the clause's token span; None otherwise."""
    bodies = [t for t in trigs if "needs_found" in t.flags]
    for take in trigs:
        if take.sub_event_type != ABDUCTION or take.tok_start in ctx.quoted:
            continue
        root = ctx.doc[take.tok_start:take.tok_end].root
        clause = next((t for t in [root, *governors(root)] if t.dep_ in RELATIVE_DEPS), None)
        # a past participle's clause on the noun says the same ("The body of farmer Pedro Luna, kidnapped in 2019 by
        # jihadists, was found", « Le corps de l'agriculteur Pierre Lunel, enlevé en 2019 ... »), the parse may hang
        # it on the body itself: no body is taken, its owner was
        participle = clause is None and root.dep_ == "acl" and past_participle(root)
        if participle:
            clause = root
        if clause is None:
            continue
        lo = clause.left_edge.idx
        hi = clause.right_edge.idx + len(clause.right_edge)
        grains = [_grain(ctx, d) for d in ctx.dates if lo <= d.start and d.end <= hi and d.kind != "anaphoric"]
        if not grains or not all(g in COARSE for g in grains):
            continue  # the clause's own dates, all a month or a year: an older taking
        owner = clause.head
        for body in bodies:
            b = ctx.doc[body.tok_start:body.tok_end].root
            if (b.i != owner.i and any(g.i == b.i for g in governors(owner, 3)) or participle and b.i == owner.i) \
                    and not (clause.left_edge.i <= b.i <= clause.right_edge.i):
                return body, take, (clause.left_edge.i, clause.right_edge.i + 1)
        # the person taken is the one the sentence's act of violence killed, its passive subject or its object
        # (« L'agriculteur Pierre Lunel, enlevé en 2019 par des jihadistes, a été tué », "Farmer Pedro Luna, kidnapped
        # in 2019, has been killed"): the killing is the news, the taking recalled
        for kill in trigs:
            k = ctx.doc[kill.tok_start:kill.tok_end].root
            if kill is take or kill.event_type not in VIOLENT_TYPES or kill.sub_event_type == ABDUCTION \
                    or k.pos_ != "VERB" or clause.left_edge.i <= k.i <= clause.right_edge.i:
                continue
            # (the person, or a noun set beside it: "killed Pedro Luna, a farmer kidnapped in 2019")
            if any(o.i == owner.i or owner.head.i == o.i and owner.dep_ in ("appos", "flat:name")
                   or o.head.i == owner.i and o.dep_ in ("appos", "flat:name")
                   for o in k.children if o.dep_ in (*PASSIVE_SUBJECTS, "dobj", "obj")):
                return kill, take, (clause.left_edge.i, clause.right_edge.i + 1)
    return None


def _older_act_beside(ctx: Context, head: Trigger, trigs: list[Trigger]) -> Trigger | None:
    """An act of violence told in a relative clause of the sentence (not what happened to a person: "the mayor, who
    was murdered"), outside quotes, whose own dates are all a month or a year ("where clashes displaced 50,000 people
    last year"): an older act the sentence recalls beside ``head``. None when there is none."""
    for t in trigs:
        if t is head or t.event_type not in VIOLENT_TYPES or t.tok_start in ctx.quoted:
            continue
        if not in_relative_clause(ctx.doc, t) or _about_a_person(ctx.doc, t):
            continue
        if _told_before(ctx, t)[0] == "date":
            return t
    return None


def _owned_in_follow_up(ctx: Context, by_sent: dict[int, list[Trigger]]) -> dict[int, ActorMention]:
    """The sentences that tell no act of their own and in which one named armed group owns up to an act it does not
    name, a verb of owning whose object is a responsibility noun with nothing after it ("The Pakistani Taliban claimed
    responsibility.", « Le JNIM a revendiqué la responsabilité »: ``claims_<lang>.OWNING_VERBS``,
    ``RESPONSIBILITY_NOUNS``): the act told before is that group's (:func:`_take_blamed`; the claim stays the act's,
    asserted). Sentence index -> the group's mention."""
    out: dict[int, ActorMention] = {}
    for cm in ctx.claims:
        si = ctx.sent_of_char(cm.sent_start)
        if si in out or si in by_sent or cm.quoted or cm.certainty == "denied":
            continue
        sp = ctx.doc.char_span(cm.verb_start, cm.verb_end, alignment_mode="expand")
        if sp is None or not owns_an_act(sp.root, ctx.m, acts=False):
            continue
        nouns = [o for o in sp.root.children if o.dep_ in ("dobj", "obj")]
        if any(c.dep_.split(":")[0] in ("prep", "nmod", "acl") for o in nouns for c in o.children) or any(
                c.dep_.split(":")[0] in ("prep", "obl", "advcl", "xcomp", "ccomp") and not _in_date(ctx, c)
                for c in sp.root.children):
            continue  # ("claimed responsibility for the killing of a journalist": an act of its own words)
        named = {a.name: a for a in ctx.actors if a.armed and not a.generic
                 and cm.speaker_tokens and a.tok_start in cm.speaker_tokens}
        if len(named) == 1:
            out[si] = next(iter(named.values()))
    return out


def _blamed_in_follow_up(ctx: Context, by_sent: dict[int, list[Trigger]]) -> dict[int, ActorMention]:
    """The sentences that tell no act of their own and lay an act at one armed group's door with nothing else: a
    claim whose verb is one of accusing (``events_<lang>.ACCUSATION_VERBS``: "The rescue group blamed the RSF",
    "Police suspect Boko Haram", « Ce groupe a accusé les FSR ») with one named armed group as its direct object, and
    no complement but a date (not "accused Boko Haram of recruiting children": another act; a negated accusation
    is no claim). A sentence whose only act is the act told before, named again by a definite noun outside the
    accusation (« Aucun groupe n'a revendiqué l'enlèvement, mais les autorités soupçonnent Boko Haram »), tells none
    of its own. Sentence index -> the group's mention."""
    out: dict[int, ActorMention] = {}
    accusing = ctx.m.accusation_verbs
    if not accusing:
        return out
    for cm in ctx.claims:
        si = ctx.sent_of_char(cm.sent_start)
        if si in out or cm.quoted or cm.certainty not in ("alleged", "possible"):
            continue
        sp = ctx.doc.char_span(cm.verb_start, cm.verb_end, alignment_mode="expand")
        if sp is None:
            continue
        verb = sp.root
        if verb.lemma_.lower() not in accusing and verb.lower_ not in accusing:
            continue
        # (or the act of its own sentence, when the accusation is a relative clause on the source that tells it:
        # "..., according to a doctors' network, which blamed the army", « selon un réseau de médecins qui a accusé
        # l'armée »)
        source = verb.dep_ in ("relcl", "acl:relcl") and verb.head.i in cm.speaker_tokens
        if si in by_sent and not source and (si == 0 or not all(
                _is_definite(ctx, t) and not (verb.left_edge.i <= t.tok_start <= verb.right_edge.i)
                for t in by_sent[si])):
            continue
        # (the French parse may make each word of a name, and a day, an object: « ont accusé dimanche Boko Haram »)
        kids = [c for c in verb.children if not _in_date(ctx, c)]
        objects = [c for c in kids if c.dep_ in ("dobj", "obj")]
        if not objects or any(c.dep_.split(":")[0] in ("prep", "obl", "xcomp", "ccomp", "advcl", "iobj") for c in kids):
            continue
        named = [a for a in ctx.actors if a.armed and not a.generic
                 and all(a.tok_start <= o.i < a.tok_end or _names_the_noun(ctx, a, o) for o in objects)]
        heads = [*objects, *(ctx.doc[a.tok_start:a.tok_end].root for a in named)]
        if any(c.i > h.i and c.dep_.split(":")[0] in ("prep", "acl", "advcl", "nmod") and c.dep_ != "acl:relcl"
               and any(t.pos_ == "VERB" for t in c.subtree) for h in heads for c in h.children):
            continue  # "suspect the jihadist group Boko Haram of recruiting children": another act
        if len({a.name for a in named}) == 1:  # (the group and its acronym in apposition: one group)
            out[si] = named[0]
            if source and si in by_sent:
                ctx.blamed_here.add(si)
    return out


def _names_the_noun(ctx: Context, a: ActorMention, noun) -> bool:
    """The group's name is said of the noun (« le groupe jihadiste Boko Haram », "the jihadist group Boko Haram"):
    a complement with no preposition, an apposition or a compound of it."""
    root = ctx.doc[a.tok_start:a.tok_end].root
    return noun.pos_ in ("NOUN", "PROPN") and root.head.i == noun.i and root.i > noun.i \
        and root.dep_.split(":")[0] in ("nmod", "appos", "flat", "compound") \
        and not any(c.dep_ == "case" for c in root.children)


def _take_blamed(ctx: Context, blamed: dict[int, ActorMention], before: int, incidents: list[Incident]) -> None:
    """The groups :func:`_blamed_in_follow_up` found in sentences before ``before`` (taken once each, in the order
    told) name the doer of the incident the article was last talking about (the last of ``incidents``), when it is
    an act of violence no one was named for (no perpetrator, or ACLED's "unidentified armed group" put for the act
    itself) and the group is not among those it hit: the group, the mention its evidence. The accusation stays the
    incident's claim (alleged, or possible for a suspicion): who says so, how sure. A later accusation of the other
    side ("The RSF denied involvement and accused the army of staging the attack") then finds the doer named."""
    for si in sorted(k for k in blamed if k < before):
        a = blamed.pop(si)
        here = si in ctx.blamed_here  # (the act of the accusation's own sentence: :func:`_blamed_in_follow_up`)
        prev = [i for i in incidents if any(e.doc_id == ctx.document.doc_id and (
            ctx.sent_of_char(e.start) < si or here and ctx.sent_of_char(e.start) == si)
                                            for e in i.evidence if e.field == "event_type")]
        if not prev:
            continue
        inc = prev[-1]
        if not _violent(inc) or any(x.name == a.name for x in inc.actors) or _said_before(ctx, si, inc):
            continue  # (an accusation made the day before the act is of something else)
        doers = [x for x in inc.actors if x.role == "actor1"]
        if doers and not _placeholder_perpetrator(inc) and not all(x.kind == "unidentified" for x in doers):
            continue  # (unnamed doers, "gunmen", « des hommes armés », are no one named)
        _drop_doers(inc)
        inc.actors.insert(0, Actor(role="actor1", name=a.name, mention=a.text, kind=a.kind))
        inc.evidence.append(ctx.ev("actors", a.start, a.end))


def _as_typed(ctx: Context, incidents: list[Incident], quantities: list[Quantity]) -> None:
    """The evidence, claims, targets and figures quote the stored text as typed (its ’, its scare quotes), at the
    same offsets: the text read (``ctx.document.text``) differs from it only by its apostrophes and the scare quotes
    it reads as spaces (nlp.read_text)."""
    read, typed = ctx.document.text, ctx.typed
    for inc in incidents:
        for x in (*inc.evidence, *inc.claims, *inc.quantities):
            if x.text == read[x.start:x.end]:
                x.text = typed[x.start:x.end]
        for t in inc.targets:
            if t.mention == read[t.start:t.end]:
                t.mention = typed[t.start:t.end]
    for q in quantities:
        if q.text == read[q.start:q.end]:
            q.text = typed[q.start:q.end]


# ACLED event types that tell one kind of happening: a lead's demonstrations may go on in a later
# paragraph as a riot ("protesters threw stones"), its attack as a clash or a bombing
_EVENT_KINDS = {"Protests": "demonstrations", "Riots": "demonstrations", "Battles": "political violence",
                "Violence against civilians": "political violence",
                "Explosions/Remote violence": "political violence", "Strategic developments": "strategic developments"}


@lru_cache(maxsize=8)
def _side_version_matcher(lang: str) -> WordMatcher | None:
    cues = lexicon_words("claims", lang, "SIDE_VERSION_CUES")
    return WordMatcher(nlp_mod.get(lang), (("VERSION", p) for p in sorted(cues)), parse_phrases=True) if cues else None


# the incidents whose story tells harm done to people who did not fight (civilians, protesters, villagers): the
# accused side's account of it as a fight ("returned fire", « légitime défense ») contradicts it
_ONE_SIDED_TYPES = ("Violence against civilians", "Protests")


def _sides_version(ctx: Context, si: int, inc: Incident, earlier: list[Incident]) -> Incident | None:
    """The incident before sentence ``si`` of which ``si`` tells the accused side's version (None when it
    tells none): a speaker's account ("A police spokesman said officers had returned fire after gunmen in the
    crowd shot at them", « Selon l'armée, la frappe visait un rassemblement de combattants qui avaient attaqué une
    position militaire ») holding a cue of the other side's account (``claims_<lang>.SIDE_VERSION_CUES``: returned
    fire, self-defence, fired into the air) of the same happening (no other day, no other place than the
    incident it follows) of harm told as done to people who did not fight (``_ONE_SIDED_TYPES``, or civilians
    among its dead or hit). Its act ("gunmen in the crowd shot at them", "rioters attacked a police station") is
    that side's claim, not an incident of its own, and a later source's toll is the incident's. The incident told is
    the latest one whose sides include the speaker's ("Police fired at protesters in Kisumu, killing two. In
    Nairobi, hundreds marched peacefully. A police spokeswoman said officers had acted in self-defence": Kisumu's),
    else the latest."""
    prev = [i for i in earlier if not i.recalled]
    if not prev:
        return None
    sent = ctx.sents[si]
    orgs = {c.organisation for c in ctx.claims if c.sent_start == sent.start_char and c.organisation}
    party = next((i for i in reversed(prev) if any(a.name in orgs and a.role in ("actor1", "actor2") for a in i.actors)),
                 None)
    told = next((i for i in (party, prev[-1]) if i is not None and _version_told(ctx, si, i)), None)
    if told is None:
        return None
    if ctx.date_rank.get(inc.id, RANK_NONE) <= RANK_LOOSE and inc.date.start != told.date.start:
        return None  # "The army said that on Monday a crowd had attacked a checkpoint": another day's act
    if not _places_agree(ctx, told, inc):
        return None
    return told


def _counter_accusation(ctx: Context, si: int, head: Trigger, inc: Incident, earlier: list[Incident]) -> Incident | None:
    """The incident before sentence ``si`` whose act ``si`` lays at another side's door as someone's account (« Le
    M23 a démenti toute implication et accusé les FARDC d'avoir tiré les obus », "The M23 denied any involvement and
    accused the army of firing the shells"): the act in the complement of a verb of accusing
    (``events_<lang>.ACCUSATION_VERBS``, an actor its object: :func:`_accused`), told as a thing already known (its
    noun, or its verb's object, with a determiner of ``events_<lang>.KNOWN_NOUN_DETERMINERS``), of the type of the
    latest incident, whose doer is named and another. That incident told in the accuser's version, a claim disputing
    it, not an act of its own; none told on another day, or in a place of its own that is another."""
    sent = ctx.sents[si]
    if not any(c.sent_start == sent.start_char for c in ctx.claims):
        return None  # told as fact, not as someone's account
    troot = ctx.doc[head.tok_start:head.tok_end].root
    known = lexicon_words("events", ctx.lang, "KNOWN_NOUN_DETERMINERS")
    nouns = [troot] if troot.pos_ in ("NOUN", "PROPN") else [
        o for o in troot.children if o.dep_ in ("dobj", "obj") and o.pos_ in ("NOUN", "PROPN")]
    if not any(d.dep_.startswith("det") and d.lower_ in known for n in nouns for d in n.children):
        return None
    here = [a for a in ctx.actors if sent.start <= a.tok_start < sent.end]
    accused = _accused(ctx, troot, set(range(head.tok_start, head.tok_end)), here)
    prev = _latest_compatible(ctx, inc, [i for i in earlier if not i.recalled], head)
    if accused is None or prev is None:
        return None
    doers = [a for a in prev.actors if a.role == "actor1"]
    if not doers or _placeholder_perpetrator(prev) or any(a.name == accused.name for a in doers):
        return None  # laid on no one before, or on the same side: the accusation names the doer, it does not dispute
    if _other_day(ctx, prev, inc) or any(e.field == "location" and sent.start_char <= e.start < sent.end_char
                                         for e in inc.evidence) and not (
            inc.location.name == prev.location.name or places_within(prev, inc, MERGE_MAX_KM, unknown=False)):
        return None  # ("... of shelling the town of Kitshanga": another act, in a place of its own, known or not)
    return prev


def _other_killer_of_the_taken(ctx: Context, si: int, head: Trigger, inc: Incident,
                               earlier: list[Incident]) -> Incident | None:
    """The abduction before sentence ``si`` whose taken were found dead (their death its toll: :func:`_body_of_the_taken`),
    whose killing ``si`` lays, as someone's account, at the door of other armed men than the takers ("Gunmen kidnapped
    farmer Pedro Luna on Monday. His body was found on Wednesday. Police said soldiers killed him.", « ... La police a
    affirmé que des soldats l'avaient tué »): the act's verb has for its object a personal pronoun that stands for a
    person the abduction took (:func:`_taken_up_person`), its sentence names armed doers who share no word with the
    takers. That speaker's version of who killed them, a claim disputing the abduction (docs/conventions.md "Taken,
    then killed"), not a second doer merged into it nor an act of its own."""
    sent = ctx.sents[si]
    if not any(c.sent_start == sent.start_char for c in ctx.claims):
        return None  # told as fact, not as someone's account
    prev = next((i for i in reversed(earlier) if not i.recalled and i.sub_event_type == ABDUCTION), None)
    if prev is None or prev.fatalities is None:
        return None  # (no one of the taken found dead: the killing told is news of its own)
    troot = ctx.doc[head.tok_start:head.tok_end].root
    if troot.pos_ != "VERB":
        return None
    pron = next((c for c in troot.children if c.dep_ in ("dobj", "obj") and c.pos_ == "PRON"), None)
    if pron is None or not _stands_for_the_taken(ctx, si, pron, prev):
        return None
    doers = {w.casefold() for a in prev.actors if a.role == "actor1" for w in a.mention.split()}
    armed = [a for a in ctx.actors if a.armed and sent.start <= a.tok_start < sent.end]
    if not doers or not armed or any({w.casefold() for w in a.text.split()} & doers for a in armed):
        return None  # (the takers named again: their own killing, told as more of the abduction)
    return prev


def _stands_for_the_taken(ctx: Context, si: int, pron, prev: Incident) -> bool:
    """The personal pronoun ``pron`` of sentence ``si`` stands for a person the abduction ``prev`` took: the person
    it takes up (:func:`_taken_up_person`), or, when the sentence before told the body of one of them found by a
    possessive of the pronoun's number ("His body was found on Wednesday. Police said soldiers killed him."), that
    body's owner."""
    def one_of_them(v) -> bool:  # the words of a person the abduction took, where they were told (_body_of_the_taken)
        last = ctx.doc[v.tok_end - 1]
        return _victim_told_at(ctx, prev, ctx.doc[v.tok_start].idx, last.idx + len(last))

    ref = _taken_up_person(ctx, ctx.sents[si], pron)
    if ref is not None:
        return one_of_them(ref)
    singular, plural = ctx.m.person_pronouns_singular, ctx.m.person_pronouns_plural
    if si == 0 or (pron.lower_ in singular) == (pron.lower_ in plural):
        return False
    before = ctx.sents[si - 1]
    for e in prev.evidence:
        if e.field != "event_type" or e.doc_id != ctx.document.doc_id or not before.start_char <= e.start < before.end_char:
            continue
        body = next((t for t in before if t.idx == e.start), None)
        poss = _body_possessive(ctx, body) if body is not None else None
        if poss is None or (poss.lower_ in ctx.m.possessives_plural) != (pron.lower_ in plural):
            continue
        owner = _body_owner(ctx, body, si - 1, [])
        if owner is not None and one_of_them(owner):
            return True
    return False


# the marks a word kept at a distance opens with (nlp.read_text reads them as spaces): no words
_SCARE_MARKS = frozenset('"\u201c\u00ab\u2018\'')


def _doers_own_word(ctx: Context, si: int, earlier: list[Incident]) -> Incident | None:
    """The incident before sentence ``si`` (the last of ``earlier``) whose act ``si`` tells in its doer's own word:
    an armed group's statement (a claim of saying, its organisation a group the story names) of its own act (the
    reported clause's subject a pronoun of its own, or none: « ont affirmé avoir « libéré » le camp ») whose verb is
    kept at a distance in scare quotes ('said they had "liberated" the camp'), with as its object a thing already
    known (a determiner of ``events_<lang>.KNOWN_NOUN_DETERMINERS``) that the incident's own sentence names ("stormed
    a camp for displaced people ... The RSF said they had "liberated" the camp"): the group's version of that act, not
    a second act. The group owns the act, its doer when no one was named for it (:func:`_own_the_act`); its claims
    dispute the incident. So is the group's plain account of that act, told with no scare quotes, when the group is
    the incident's doer already ("RSF fighters stormed the camp ... The RSF said they had taken the camp"): its claim
    then supports it (``ctx.plain_versions``). None when the statement dates its act (in its clause), or names another side it was done to (the
    army "liberating" the camp from the RSF: another side's act), or the incident is no act of violence, or has
    another named doer (docs/conventions.md, "The doer's version of what it hit")."""
    if not earlier:
        return None
    prev = earlier[-1]
    if prev.event_type not in VIOLENT_TYPES or prev.stage != "accomplished":
        return None
    first = min((ctx.sent_of_char(e.start) for e in prev.evidence
                 if e.field == "event_type" and e.doc_id == ctx.document.doc_id), default=None)
    if first is None or first >= si:
        return None
    sent, told = ctx.sents[si], ctx.sents[first]
    read, typed = ctx.document.text, ctx.typed
    named_doers = {a.name for a in prev.actors if a.role == "actor1"}
    pronouns = lexicon_words("actors", ctx.lang, "SELF_PRONOUNS")
    known = lexicon_words("events", ctx.lang, "KNOWN_NOUN_DETERMINERS")
    for cm in ctx.claims:
        if cm.sent_start != sent.start_char or cm.certainty != "asserted" or not cm.organisation:
            continue
        group = next((a for a in ctx.actors if a.armed and not a.generic and a.kind != "unidentified"
                      and a.name == cm.organisation and sent.start <= a.tok_start < sent.end), None)
        sp = ctx.doc.char_span(cm.verb_start, cm.verb_end, alignment_mode="expand")
        if group is None or sp is None:
            continue
        verb = sp.root
        for act in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"):
            lo = max(sent.start_char, act.idx - 2)
            plain = not (typed and any(ch in _SCARE_MARKS for ch in typed[lo:act.idx]) and not any(
                ch in _SCARE_MARKS for ch in read[lo:act.idx]))
            if plain and (group.name not in named_doers or _placeholder_perpetrator(prev)):
                continue  # (not kept at a distance: the plain account of an act the group was not named for)
            subj = [s for s in act.children if s.dep_.startswith("nsubj")]
            if subj and not (subj[0].pos_ == "PRON" and subj[0].lower_ in pronouns) or not subj and act.dep_ != "xcomp":
                continue
            objects = [o for o in act.children if o.pos_ == "NOUN" and (o.dep_ in ("dobj", "obj") or o.dep_.startswith(
                "obl") and not any(c.dep_ == "case" for c in o.children))]
            thing = next((o for o in objects if any(d.dep_.startswith("det") and d.lower_ in known for d in o.children)
                          and any(t.pos_ == "NOUN" and t.lemma_.lower() == o.lemma_.lower() for t in told)), None)
            if thing is None:
                continue
            # (the parse may hang the statement's day on the act: "said on Thursday they had ...": before its subject)
            clause = {t.i for t in act.subtree if t.i > (subj[0].i if subj else verb.i)}
            if any(sent.start_char <= d.start < sent.end_char and any(
                    i in clause for i in range(*_token_range(ctx, d.start, d.end))) for d in ctx.dates):
                return None  # ('said it had "liberated" the camp on Friday': an act of its own day; the statement's
                # own day, on its verb of saying, is no day of the act)
            doers = [a for a in prev.actors if a.role == "actor1"]
            # (a side named by a kind only counts when it is the words the act's doers were told by: "Rebels stormed a
            # camp ... the army said it had "liberated" the camp from the rebels")
            told_by = {a.mention.split()[-1].casefold() for a in doers if a.mention}
            if any(a.armed and a.name != group.name and (not a.generic or a.text.split()[-1].casefold() in told_by)
                   and _said_of(ctx, a, (act.i, thing.i)) for a in ctx.actors):
                return None  # ("liberated the camp from the RSF": the side it was taken from, another act)
            if doers and not _placeholder_perpetrator(prev) and not all(a.kind == "unidentified" for a in doers) \
                    and group.name not in {a.name for a in doers}:
                return None  # laid on another named side: no version of its act
            _own_the_act(ctx, prev, group)
            if plain:
                ctx.plain_versions.add(si)
            return prev
    return None


def _said_of(ctx: Context, a: ActorMention, heads: tuple[int, ...]) -> bool:
    """The actor's phrase is a complement of one of the tokens ``heads`` (its head's head, through a preposition):
    "liberated the camp from the RSF"; not a group named inside that complement ("from army-allied militias")."""
    root = ctx.doc[a.tok_start:a.tok_end].root
    h = root.head.head if root.head.dep_ == "prep" else root.head
    return root.i not in heads and h.i in heads


def _own_the_act(ctx: Context, inc: Incident, group: ActorMention) -> None:
    """The group that tells an act as its own (:func:`_doers_own_word`) is its doer, in place of the unidentified
    one put for it; its mention the evidence."""
    doers = [a for a in inc.actors if a.role == "actor1"]
    if any(a.name == group.name for a in doers):
        return
    _drop_doers(inc)
    inc.actors.insert(0, Actor(role="actor1", name=group.name, mention=group.text, kind=group.kind))
    inc.evidence.append(ctx.ev("actors", group.start, group.end))


def _version_told(ctx: Context, si: int, told: Incident) -> bool:
    """Sentence ``si``, a speaker's account holding a cue of the other side's account
    (``claims_<lang>.SIDE_VERSION_CUES``), may tell the accused side's version of ``told``, an incident of harm
    done to people who did not fight (:func:`_sides_version`), not the forces when its doers are armed men of no
    state ("Police said officers had returned fire after the gunmen attacked their patrol": the same side's
    account)."""
    if not (told.event_type in _ONE_SIDED_TYPES or told.civilian_fatalities is not None
            or any(a.role == "victim" and a.kind in ("civilians", "protesters") for a in told.actors)
            # (a riot whose dead the forces facing it made: "police fired live rounds at protesters, killing two")
            or told.event_type == "Riots" and told.fatalities is not None
            and any(a.kind in FORCE_KINDS for a in told.actors_in("actor2"))):
        return False
    sent = ctx.sents[si]
    said = [c for c in ctx.claims if c.sent_start == sent.start_char]
    if not said:
        return False  # told as fact, not as someone's account
    sides = set() if _placeholder_perpetrator(told) else {a.kind for a in told.actors if a.role in ("actor1", "actor2")}
    if sides & NON_STATE and not sides & FORCE_KINDS and any(
            a.kind in FORCE_KINDS and any(i in c.speaker_tokens for i in range(a.tok_start, a.tok_end))
            for c in said for a in ctx.actors):
        return False  # the forces telling how the gunmen of the act attacked them too: no accused side speaks
    wm = _side_version_matcher(ctx.lang)
    return wm is not None and bool(wm(sent))


def _right_after_the_toll(ctx: Context, total: Counted, part: Counted) -> bool:
    """Share ``part`` is the first figure after toll ``total`` in its sentence, with no casualty word between them."""
    if any(total.quantity.end <= q.start < part.quantity.start for q in ctx.quantities):
        return False
    lo, hi = total.quantity.end, part.quantity.start
    return not any(label in ("DEATH", "INJURY") and lo <= ctx.doc[s].idx < hi for label, s, e in ctx.cues)


def _next_in_the_share(ctx: Context, out: list[Counted], total: Counted, part: Counted) -> bool:
    """Share ``part`` comes after toll ``total`` with only shares of that toll's kind before it (``out``, the figures
    of the sentence: "killed 12 people, including a teacher, a nurse and two children": "two" after "a" and "a"), no
    casualty word between: the next item of the same share."""
    lo, hi = total.quantity.end, part.quantity.start
    between = [q for q in ctx.quantities if lo <= q.start < hi]
    if not between or not all(any(o.quantity.start == q.start and o.subset and o.category == total.category
                                  for o in out) for q in between):
        return False
    return not any(label in ("DEATH", "INJURY") and lo <= ctx.doc[s].idx < hi for label, s, e in ctx.cues)


def _share_said_civilian(ctx: Context, part: Counted) -> bool:
    """ "12 people, four of them civilians", « 12 morts, quatre d'entre eux des civils »: the share's figure counts a
    pronoun (``quantities_<lang>.SUBSET_AFTER`` right after it), and the first noun after that phrase, before any
    mark, is a word of civilians."""
    q = part.quantity
    after = ctx.document.text[q.end:q.end + 30].lower()
    phrase = next((w for w in ctx.m.quantities.SUBSET_AFTER if after.lstrip().startswith(w)), None)
    if phrase is None:
        return False
    at = q.end + len(after) - len(after.lstrip()) + len(phrase)
    span = ctx.doc.char_span(at, at, alignment_mode="expand")
    start = span.start if span is not None else next((t.i for t in ctx.doc if t.idx >= at), len(ctx.doc))
    sent = ctx.doc[start].sent if start < len(ctx.doc) else None
    for t in ctx.doc[start:sent.end if sent is not None else start]:
        if t.is_punct:
            return False
        if t.pos_ in ("NOUN", "PROPN"):
            return _noun_kind(ctx, t.i, t.i + 1) == "CIV"
    return False


def _communal_doers(ctx: Context, inc: Incident) -> None:
    """Doers named only by a communal group's word ("Armed herders attacked farmers", « des éleveurs ont attaqué des
    agriculteurs »: the head of actor1's mention a word of ``events_<lang>.COMMUNAL_SIDES``), still an unidentified
    armed group when the incident is built, are that community's militia, as ACLED codes them (an identity militia,
    inter code 4, beside the sides of a communal fight, :func:`_communal_sides`): kind ``communal_militia``, named by
    ``actors_<lang>.COMMUNAL_MILITIA_NAME`` from the mention's noun and the words next to it that name the community,
    not those that tell how they were armed or known (``actors_<lang>.COMMUNAL_DOER_NOT_NAME``,
    ``UNIDENTIFIED_WORDS``, ``SUSPICION_WORDS``). "Gunmen", "villagers", "youths" stay as they were."""
    sides = ctx.m.communal_sides
    if not sides:
        return
    try:
        lex = load_lexicon("actors", ctx.lang)
    except LexiconMissing:
        return
    template = getattr(lex, "COMMUNAL_MILITIA_NAME", "{}")
    dropped = {w.lower() for w in (*getattr(lex, "COMMUNAL_DOER_NOT_NAME", ()), *getattr(lex, "UNIDENTIFIED_WORDS", ()),
                                   *getattr(lex, "SUSPICION_WORDS", ()))}
    for k, a in enumerate(inc.actors):
        if a.role != "actor1" or a.kind != "unidentified":
            continue
        ev = next((e for e in inc.evidence if e.field == "actors" and e.text == a.mention), None)
        span = ctx.doc.char_span(ev.start, ev.end, alignment_mode="expand") if ev is not None else None
        if span is None:
            continue
        root = span.root
        if root.pos_ == "VERB":
            # "Herders attacked a police post": the mention is the act's verb alone (no armed word named the doers);
            # its active subject, a communal word, is who did it
            subj = next((c for c in root.children if c.dep_ == "nsubj"
                         and (c.lower_ in sides or c.lemma_.lower() in sides)), None)
            if subj is None:
                continue
            near = [subj, *(c for c in subj.children if c.dep_ in SIDE_WORD_DEPS and c.i < subj.i)]
            span = ctx.doc[min(w.i for w in near):subj.i + 1]
            root = subj
            inc.evidence[inc.evidence.index(ev)] = ctx.ev("actors", span.start_char, span.end_char)
            a = a.model_copy(update={"mention": span.text})
        if root.lower_ not in sides and root.lemma_.lower() not in sides:
            continue
        words = [root, *(c for c in root.children if span.start <= c.i < span.end and c.dep_ in SIDE_WORD_DEPS
                         and c.pos_ in ("NOUN", "PROPN", "ADJ") and c.lower_ not in dropped
                         and c.lemma_.lower() not in dropped)]
        named = ctx.doc[min(w.i for w in words):max(w.i for w in words) + 1]
        inc.actors[k] = a.model_copy(update={"name": template.format(named.text), "kind": COMMUNAL_KIND})


def _naming_evidence(ctx: Context, inc: Incident) -> None:
    """An unnamed mention of the incident's sides resolved to a group the story names only as accused or
    suspected of another act ("the rebels" after "The army accused M23 rebels of firing the shells":
    actors.resolve_generic) has the mention that names the group as evidence too."""
    names = {a.name for a in inc.actors}
    for e in [e for e in inc.evidence if e.field == "actors"]:
        am = next((a for a in ctx.actors if a.start == e.start and a.end == e.end and a.named_by), None)
        if am is not None and am.name in names and not any(
                x.field == "actors" and (x.start, x.end) == am.named_by for x in inc.evidence):
            inc.evidence.append(ctx.ev("actors", *am.named_by))


def _lead_incident(incidents: list[Incident]) -> Incident | None:
    """The story's lead incident: its first incident that is news (not recalled, not a threat)."""
    return next((i for i in incidents if not i.recalled and i.stage != "threatened"), None)


def _lent_lead_date(ctx: Context, lead: Incident, words) -> DateValue:
    """The date the lead lends a part of its event told later (:func:`_lead_day_for_parts`): its day; or, when its day
    opens a period ("Protesters have clashed with police in several towns since Friday", « depuis vendredi »:
    :func:`_opens_a_period`), from that day to the publication day, precision ``week`` up to seven days, else
    ``month`` (as :func:`_capture_clause`): the part came on some day of the period, not on its first."""
    pub = lead.date.start and ctx.document.published
    mention = next((d for d in ctx.dates if d.start == words.start and d.end == words.end
                    and getattr(d, "value", None) is not None), None)
    if pub is None or mention is None or not _opens_a_period(ctx, mention) or pub <= lead.date.start:
        return lead.date.model_copy(update={"basis": "lead"})
    return DateValue(start=lead.date.start, end=pub, precision="week" if (pub - lead.date.start).days < 7 else "month",
                     basis="lead")


def _lead_day_for_parts(ctx: Context, incidents: list[Incident], sents_of_incident: dict[str, list[int]],
                        heads: dict[str, Trigger], before: dict[str, str | None]) -> None:
    """A later paragraph that tells a part of the lead's event takes the lead's day.

    A dispatch leads with the day ("Kenyan police shot dead at least two protesters on Tuesday as
    demonstrations spread from Nairobi to several other towns") and tells each part in a paragraph of
    its own with no date ("In the western town of Kisumu, a second protester was killed when officers
    opened fire"): the part happened on the lead's day. An incident takes the lead's date, with the
    lead's date words as its evidence and ``basis: "lead"``, when it has no date of its own (the
    publication window), is news (not recalled, told in a past tense: not the past perfect, "had
    killed two demonstrators", nor the present, "regularly carries out bombings"), is told in a
    paragraph after the lead's, is of the lead's kind of event
    (:data:`_EVENT_KINDS`), and is not introduced as a further event ("In a separate attack", « Dans
    une autre attaque », "Meanwhile, ...": events_<lang>.ANOTHER_WORDS on its event noun,
    NEW_EVENT_OPENERS). A lead dated only to a week, a month or a year lends nothing."""
    lead = _lead_incident(incidents)
    if lead is None or lead.date.precision != "day" or lead.date.basis not in ("text", "anaphoric"):
        return
    lead_dates = [e for e in lead.evidence if e.field == "date" and e.doc_id == ctx.document.doc_id]
    if not lead_dates or lead.id not in sents_of_incident:
        return
    lead_para = ctx.para_of_sent[sents_of_incident[lead.id][0]]
    kind = _EVENT_KINDS.get(lead.event_type)
    another = lexicon_words("events", ctx.lang, "ANOTHER_WORDS")
    for inc in incidents:
        if inc is lead or inc.recalled or inc.stage != "accomplished" or inc.date.basis != "publication" \
                or inc.id not in heads or inc.id not in sents_of_incident:
            continue
        si = sents_of_incident[inc.id][0]
        # (not an act the protesters denounce: "carried placards denouncing the killing of three teachers" tells what
        # the protest was about, not violence at it)
        on_crowd = kind == "demonstrations" and not _denounced(ctx, heads[inc.id]) and (
            _fired_on_crowd(ctx, inc, heads[inc.id]) or _hit_by_no_one_named(lead, inc))
        if ctx.para_of_sent[si] <= lead_para or (_EVENT_KINDS.get(inc.event_type) != kind and not on_crowd) \
                or before.get(inc.id) is not None or _opens_new_event(ctx, si):
            continue
        if _running_total(ctx, ctx.sents[si]) or _over_recent_days(ctx, ctx.sents[si]):
            continue  # « l'hôpital avait soigné plus de 600 blessés au cours des trois dernières semaines »: no one day's
        if _time_between_acts(ctx, ctx.sents[si]):
            # "These attacks took place one day after the attack on the barracks in Bukavu": a sentence that measures
            # the time from one act to another tells acts of two days; the lead's day is no more one's than the other's
            continue
        if not _told_in_past(ctx, heads[inc.id]):
            continue  # "Al-Shabaab regularly carries out bombings in Mogadishu": what is done, not news
        # (on a noun of an attack: "a second protester was killed" is one more person, not another event)
        if any(n.pos_ == "NOUN" and (n.lemma_.lower() in ctx.m.attack_verbs or n.lower_ in ctx.m.attack_verbs)
               and any(c.lower_ in another and c.dep_ in ("amod", "det") for c in n.children) for n in ctx.sents[si]):
            continue  # "In a separate attack, gunmen killed a village chief": another event
        inc.date = _lent_lead_date(ctx, lead, lead_dates[0])
        inc.evidence = [e for e in inc.evidence if e.field != "date"]
        inc.evidence.append(ctx.ev("date", lead_dates[0].start, lead_dates[0].end))
        if on_crowd:
            # "The troops fired into a crowd" under a protest lead: the protest's crowd, shot at (excessive force);
            # under a riot lead, the rioters' crowd: a part of the riot (« Les policiers ont tiré à balles réelles
            # sur la foule » after youths burned tyres and ransacked a police station)
            inc.event_type = lead.event_type
            inc.sub_event_type = "Excessive force against protesters" if lead.event_type == "Protests" \
                else lead.sub_event_type


def _denounced(ctx: Context, head: Trigger) -> bool:
    """The act's noun is what a protest or a placard is against (:func:`events.protest_topic`: "carried placards
    denouncing the killing of three teachers", « des pancartes dénonçant l'assassinat de trois enseignants »)."""
    root = ctx.doc[head.tok_start:head.tok_end].root
    return root.pos_ in ("NOUN", "PROPN") and protest_topic(root, ctx.m)


def _hit_by_no_one_named(lead: Incident, inc: Incident) -> bool:
    """Under a lead of a protest the forces met with violence ("Police killed two people as protests spread"), a
    person hit or killed whom no doer is named for ("a 22-year-old mechanic, John Mwangi, was hit by a bullet and
    died", « a été touché par une balle et est mort »): an attack on civilians whose only doer is the act's own words,
    with a toll, in a story whose lead is of protests or riots with a state force on the other side. A part of the
    protest's violence, as the shots at a crowd (:func:`_fired_on_crowd`)."""
    if inc.event_type != "Violence against civilians" or inc.sub_event_type != "Attack" \
            or (inc.fatalities is None and inc.injured is None):
        return False
    doers = [a for a in inc.actors if a.role == "actor1"]
    if not doers or any(a.name != UNIDENTIFIED for a in doers) or any(a.role == "actor2" for a in inc.actors):
        return False
    own = {(e.start, e.end) for e in inc.evidence if e.field == "event_type"}
    told_by_act = all(any(e.field == "actors" and e.text == a.mention and (e.start, e.end) in own
                          for e in inc.evidence) for a in doers)
    return told_by_act and any(a.role == "actor2" and a.kind in FORCE_KINDS for a in lead.actors)


def _fired_on_crowd(ctx: Context, inc: Incident, head: Trigger) -> bool:
    """An attack on civilians told as shots at a gathering that no word calls a protest (the trigger's own words
    name a noun of events_<lang>.FIRED_ON_CROWDS: "The troops fired into a crowd", « Les militaires ont tiré sur
    une foule »)."""
    if inc.event_type != "Violence against civilians" or inc.sub_event_type != "Attack":
        return False
    crowds = lexicon_words("events", ctx.lang, "FIRED_ON_CROWDS")
    root = ctx.doc[head.tok_start:head.tok_end].root
    verb = root if root.pos_ == "VERB" else next((g for g in root.ancestors if g.pos_ == "VERB"), None)
    if verb is None:
        return False
    own = [t for c in verb.children if c.dep_ not in ("conj", "cc", "parataxis", "nsubj", "nsubj:pass")
           for t in c.subtree]
    return any(t.pos_ == "NOUN" and (t.lower_ in crowds or t.lemma_.lower() in crowds) for t in own)


def _over_recent_days(ctx: Context, sent: Span) -> bool:
    """The sentence speaks of the past weeks or days (``reports_<lang>.RECENT_UNITS`` with a word of
    ``RECENT_WORDS`` before it, a number between or not: « au cours des trois dernières semaines », "over the
    past few days")."""
    units = lexicon_words("reports", ctx.lang, "RECENT_UNITS")
    recent = lexicon_words("reports", ctx.lang, "RECENT_WORDS")
    return any(t.lower_ in units and any(u.lower_ in recent for u in ctx.doc[max(sent.start, t.i - 3):t.i])
               for t in sent)


def _time_between_acts(ctx: Context, sent: Span) -> bool:
    """The sentence measures the time between two acts: a time unit (dates_<lang>.UNITS) right before a word of
    events_<lang>.RECALL_AFTER ("one day after the attack", « deux jours après l'attaque »)."""
    after = lexicon_words("events", ctx.lang, "RECALL_AFTER")
    units = lexicon_words("dates", ctx.lang, "UNITS")
    return any(t.lower_ in after and t.i > sent.start and ctx.doc[t.i - 1].lower_ in units for t in sent)


def _past_act_read_ahead(ctx: Context, trig: Trigger, date, dmention, stage: str) -> bool:
    """An act told as done (its verb in a past tense: "were killed in January",
    « enlevé en janvier », « a été tué le 20 décembre ») dated by a calendar date the text gives without its year,
    whose nearest reading lies after the publication day ("January" in a December story; a day, beyond
    ``dates.FUTURE_WINDOW``): a done act is not ahead of the news, so the date is the same reading a year back."""
    pub = ctx.document.published
    if stage == "threatened" or dmention is None or not dmention.yearless or pub is None or date.start is None:
        return False
    pub = pub.date() if isinstance(pub, dt.datetime) else pub
    if date.start <= pub or date.precision == "day" and date.start <= pub + dates_mod.FUTURE_WINDOW:
        return False  # (a day told a few days after the publication day: a publication date that lags, not a year)
    verb = ctx.doc[trig.tok_start:trig.tok_end].root
    # (an act noun may hang on a verb of another time: « l'attaque prévue en janvier a été déjouée »)
    return verb.pos_ == "VERB" and "Past" in verb.morph.get("Tense") and not told_in_future(verb, ctx.m)


def _told_in_past(ctx: Context, trig: Trigger) -> bool:
    """The trigger's verb (its own, or the verb its noun hangs on) is told in a past tense ("was killed",
    "stormed", « ont été tués », « a abattu »): a finite verb in the present ("regularly carries out
    bombings", « mène des attaques ») tells what is done, not a happening. A sentence with no verb
    passes."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    verb = root if root.pos_ in ("VERB", "AUX") else next(
        (g for g in root.ancestors if g.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return True
    if "Past" in verb.morph.get("Tense"):
        return True
    return not ("Fin" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"))


def _same_town(a: Incident, b: Incident) -> bool:
    """Both places known and the same town (the same GeoNames place, or 2 km apart)."""
    return places_within(a, b, SAME_TOWN_KM, unknown=False)


SAME_TOWN_KM = 2.0


def _other_states_act(a: Incident, b: Incident) -> bool:
    """Both incidents are done by a state's forces, each by another state's ("Military Forces of Russia", "Military
    Forces of Ukraine"): two sides' acts, not one."""
    da = {x.name for x in a.actors_in("actor1") if x.kind == "state_forces"}
    db = {x.name for x in b.actors_in("actor1") if x.kind == "state_forces"}
    return bool(da and db) and not da & db and len(a.actors_in("actor1")) == len(da) \
        and len(b.actors_in("actor1")) == len(db)


def _owned_up_figures(lead: Incident, home: list[Incident]) -> Range | None:
    """The figure of the dead the parts in the lead's town tell only in the words of a group that owns up to the act
    (a claim by a verb of ``claims_<lang>.OWNING_VERBS``, its speaker none of the lead's), when the lead tells a toll
    of its own that differs: that group's toll, set on its claims (their ``fatalities``; they dispute, as another
    source's toll that differs does) and returned; None otherwise."""
    dead = [p for p in home if p.fatalities is not None]
    if lead.fatalities is None or len(dead) != 1 or dead[0].fatalities.single() is None:
        return None
    p = dead[0]
    lang = next((s.language for s in lead.sources if s.language), None)
    owning = lexicon_words("claims", lang, "OWNING_VERBS") if lang else frozenset()
    own = {c.speaker.lower() for c in lead.claims if c.speaker}
    said = [c for c in p.claims if c.speaker]
    if not said or any(c.speaker.lower() in own for c in said) \
            or not any((c.verb or "").lower() in owning for c in said):
        return None
    figure = p.fatalities
    if figure.single() == lead.fatalities.single():
        return None
    for c in said:
        c.stance, c.fatalities = "disputes", figure  # (as another source's toll that differs: _merge_anaphor)
    return figure


def _town_parts_of_lead(ctx: Context, incidents: list[Incident]) -> list[Incident]:
    """The lead incident and the parts later paragraphs tell of it (those that took its day,
    :func:`_lead_day_for_parts`): ACLED codes one event per town and day, and counts each dead once.

    - a part in the lead's own town, of the lead's event type, is the lead's event: it merges into it;
    - a part in another town stays an event of its own with its own figure;
    - the lead's figure of the dead sums its towns up ("shot dead at least two protesters as
      demonstrations spread from Nairobi to several other towns" over "In Kisumu, a second protester
      was killed"): the lead keeps what the other towns' figures leave of it (``basis: "less_parts"``),
      or its own town's figure where that is as high; a lead whose figure the other towns' figures
      account for wholly, with no paragraph of its own town, is no event of its own and folds into the
      first part (its words stay that part's evidence). Parts whose figures add up to more than the
      lead's floor are no parts of its toll: the lead keeps its figure."""
    lead = _lead_incident(incidents)
    # (no act of another state's forces: "Russia's defence ministry said its forces had shot down 45 Ukrainian drones"
    # after a Russian drone attack on Kharkiv is the other side's act, neither the lead's nor a share of its toll)
    parts = [i for i in incidents if i.date.basis == "lead" and i is not lead and not _other_states_act(lead, i)]
    if lead is None or not parts:
        return incidents
    lead_dead = lead.fatalities
    # (of the lead's sub-event type too, unless told by a generic word: "Hours later, a missile hit a residential
    # area of the city" after a guided bomb on a store is another strike of that day)
    home = [p for p in parts if _same_town(lead, p) and p.event_type == lead.event_type
            and (p.sub_event_type == lead.sub_event_type or p.id in ctx.generic_typed)]
    away = [p for p in parts if p not in home]
    home_dead = [p.fatalities for p in home if p.fatalities is not None]
    owned = _owned_up_figures(lead, home)
    for p in home:
        merge_into(lead, p, "a part of the lead's event told in a later paragraph, in the lead's town on its "
                            "day")
    if owned is not None:
        # "Islamic State West Africa Province ... claimed responsibility for the killings ..., saying its fighters had
        # killed 12 "spies"" after "killed at least 10 farmers": the group's own count is its claim's figure, another
        # source's toll of the act (docs/conventions.md, Claims: tolls across sources), not a toll of its own
        lead.fatalities = _sources_range(lead_dead, owned)
        return [i for i in incidents if i.id not in {p.id for p in home}]
    gone = {p.id for p in home}
    # only the parts of the lead's event type (a protest's: a protest or a riot) tell a share of its toll: the
    # army's clash with the attackers it pursued (« les militaires ont poursuivi les assaillants et tué trois
    # d'entre eux ») is no town of the attack on the village, and its dead are none of the attack's
    shares = [p for p in away if p.event_type == lead.event_type
              or p.event_type in PROTEST_TYPES and lead.event_type in PROTEST_TYPES]
    if lead_dead is not None:
        told = [p.fatalities.best if p.fatalities.best is not None else p.fatalities.low
                for p in shares if p.fatalities is not None]
        told_sum = sum(v for v in told if v is not None)
        whole = lead_dead.low if lead_dead.low is not None else lead_dead.best
        own = _sum(home_dead) if home_dead else None
        if whole is None or told_sum > whole:
            lead.fatalities = lead_dead if own is None else envelope(lead_dead, own)
        else:
            def less(v):
                return None if v is None else v - told_sum
            rest = Range(low=less(lead_dead.low), best=less(lead_dead.best), high=less(lead_dead.high),
                         basis="less_parts") if told_sum else lead_dead
            rest_best = rest.best if rest.best is not None else rest.low
            if own is not None and (own.best or 0) >= (rest_best or 0):
                lead.fatalities = own
            elif rest_best is not None and rest_best > 0:
                lead.fatalities = rest
            elif own is None and shares:
                # the towns told all of it: the lead sums them up and is no event of its own
                first = shares[0]
                own_fields = ("fatalities", "injured", "civilian_fatalities", "location")
                lead.evidence = [e for e in lead.evidence if e.field not in own_fields]
                kept = [getattr(first, f) for f in own_fields] + [first.date]
                merge_into(first, lead, "the lead sums up the events later paragraphs tell town by town")
                for f, v in zip([*own_fields, "date"], kept):
                    setattr(first, f, v)
                gone.add(lead.id)
            else:
                lead.fatalities = own
    return [i for i in incidents if i.id not in gone]


_HEADLINE_WORDS = 8  # a headline line is short: "BOMB AT ELECTRICITY OFFICES.", "Attentat contre une banque à Lima."


def _toll_counted(ctx: Context, inc: Incident, head: Trigger) -> bool:
    """An incident built from a toll told with no act word (« Cinq morts à Ndiki », "Five dead in Bria") has a
    figure of the dead told in that sentence, before the word of the dead (« sept morts », "at least 12 dead"), or
    anywhere in it after a toll's noun ("Death toll rises to 30", ``events_<lang>.TOLL_FIGURE_NOUNS``): the toll is
    the act's only word. No figure, or one after the word of the dead ("Peace talks dead", "Former mayor dead at
    80": an age), leaves it no act."""
    sent = ctx.sents[head.sent_index]
    root = ctx.doc[head.tok_start:head.tok_end].root
    figures = lexicon_words("events", ctx.lang, "TOLL_FIGURE_NOUNS")
    end = sent.end_char if root.lower_ in figures or root.lemma_.lower() in figures else head.start
    # (or the share of that figure told with its day: « plus de 2 000 morts depuis 2019, dont cinq dimanche à Djibo »,
    # :func:`_share_of_a_running_total`)
    return inc.fatalities is not None and any(
        e.field == "fatalities" and (sent.start_char <= e.start < end or e.start in ctx.shares_of_totals)
        for e in inc.evidence)


def _headline_told_again(ctx: Context, by_sent: dict[int, list[Trigger]]) -> int | None:
    """The sentence index of a headline line that the lead tells again, or None.

    Wire copy may open with a headline ("BOMB AT ELECTRICITY OFFICES.", "BUSINESSMAN KIDNAPPED IN
    COCHABAMBA.", « Attentat contre une banque à Lima. ») before the lead tells the same act in full:
    one act, not two, and the headline's telegraphic grammar misreads (the victim "BUSINESSMAN" as
    the one who kidnapped). A headline here is one of the story's first two sentences, short, with
    no date of its own, either verbless or with neither determiner nor auxiliary; the sentence right
    after it must tell an act of the same kind (the same event type), else the headline stands. A
    first line of its own with no full stop (:func:`_headline_line`) is a headline up to
    :data:`_LONG_HEADLINE_WORDS` tokens, whatever its grammar, and a dateline read as a sentence or
    two of its own may stand between it and the lead."""
    trigs = [si for si in sorted(by_sent) if si <= 1]
    if not trigs:
        return None
    si = trigs[0]
    sent = ctx.sents[si]
    words = [t for t in sent if not t.is_punct and t.text not in ("[", "]") and not ctx.in_dateline(t.idx)]
    # the bracketed section tag of the copy ("[TEXT]") is no word of the headline
    words = [t for t in words if not (t.i > sent.start and t.nbor(-1).text == "[")]
    # a line of its own with no full stop, in copy that is not all capitals, is a headline as long
    # as today's wire headlines are ("Drone strike on El Fasher market kills at least 23, medics say")
    line = _headline_line(ctx, sent)
    if not words or len(words) > (_LONG_HEADLINE_WORDS if line else _HEADLINE_WORDS) \
            or any(sent.start_char <= d.start < sent.end_char for d in ctx.dates):
        return None
    finite = any("Fin" in t.morph.get("VerbForm") for t in words)
    if finite and not line and any(t.pos_ in ("DET", "AUX") for t in words):
        return None
    # an act the lead names with a definite noun ("The attack happened during Sunday mass") is the
    # headline's own, told again without its doer: the headline stands
    definite = lexicon_words("events", ctx.lang, "DEFINITE_DETERMINERS")
    nxt = si + 1
    # a dateline read as a sentence or two of its own ("KHARTOUM, June 14 (Wire) -") stands between them
    # (or three: « MAPUTO », « , 10 septembre 2026 », « (AFP) - »; any number wholly in the dateline)
    while line and nxt not in by_sent and nxt + 1 < len(ctx.sents) and (nxt < si + 3 and sum(
            not t.is_punct and not t.is_space for t in ctx.sents[nxt]) <= _HEADLINE_WORDS or all(
            t.is_punct or t.is_space or ctx.in_dateline(t.idx) for t in ctx.sents[nxt])):
        nxt += 1
    after = [t for t in by_sent.get(nxt, ()) if not _definite_mention(ctx, t, definite)]
    types = {t.event_type for t in by_sent[si]}
    if all(TOLL_ONLY in t.flags for t in by_sent[si]):
        # a toll told with no act word ("Five dead in Bria") is the toll of any act of violence the lead tells
        types = set(TOLL_ACT_TYPES)
    if not after or not types & {t.event_type for t in after}:
        return None
    return si


def _headline_place(ctx: Context, si: int, trigs: list[Trigger]) -> PlaceMention | None:
    """The place of a headline the lead tells again (« Cinq morts à Bria », "Bria: gunmen kill five"): a town the
    headline ties to its act, or the one it names, not a country, a dateline's nor one that is no place of the act
    (:func:`_not_the_place`); None when it names none. :func:`pick_place` gives it to the lead's act (the first
    sentence after the headline that tells one) when the lead's sentence and paragraph tie no place to it."""
    towns = [p for p in _in_sent(ctx, si, ctx.places) if not p.is_country and not p.by_context
             and not ctx.in_dateline(p.start) and not _not_the_place(ctx, p)]
    if not towns:
        return None
    tied = [p for p in towns if any(_attachment(ctx, p, t) == "trigger" for t in trigs)]
    best = (tied or towns)[0]
    return finer_place(best, _in_sent(ctx, si, ctx.places), ctx.document.text, ctx.lang)


def _headline_toll(ctx: Context, incidents: list[Incident], sents_of: dict[str, list[int]]) -> None:
    """A headline the lead tells again (:func:`_headline_told_again`) gives its toll to the lead's act when the story
    tells none of that kind ("Attack leaves 5 dead" over "Gunmen attacked a village near Bria on Sunday", « L'attaque
    a fait 12 morts » over « Des hommes armés ont attaqué dimanche un village »): the dead and the hurt the headline
    counts, its words their evidence. A toll the story tells is the act's, the headline's figure told short."""
    if ctx.headline is None:
        return
    si, lead, _, trigs = ctx.headline
    inc = next((i for i in incidents if lead in sents_of.get(i.id, ())), None)
    # (nor its doers, when the story names none: "Islamic State fighters kill six soldiers in Niger" over "Six soldiers
    # were killed on Sunday near the town of Tera", « Des jihadistes de l'EI tuent six soldats »)
    unnamed = inc is not None and _violent(inc) and (_placeholder_perpetrator(inc) or not inc.actors_in("actor1"))
    if inc is None or (inc.fatalities is not None and inc.injured is not None and not unnamed):
        return
    told = None
    for head in _head_candidates(ctx, trigs, si):
        told = build_incident(ctx, head, trigs, None)
        if told is not None and TOLL_ONLY in head.flags and not _toll_counted(ctx, told, head):
            told = None
        if told is not None:
            break
    if told is None:
        return
    named = [a for a in told.actors_in("actor1") if a.kind != "unidentified"]
    if unnamed and named and not {a.name for a in named} & {a.name for a in inc.actors if a.role != "actor1"}:
        _drop_doers(inc)
        inc.actors[:0] = [a.model_copy() for a in named]
        inc.evidence.extend(e for e in told.evidence if e.field == "actors" and any(
            _words(e.text) == _words(a.mention) for a in named))
    for name, fields in (("fatalities", ("fatalities", "civilian_fatalities")), ("injured", ("injured",))):
        if getattr(inc, name) is not None or getattr(told, name) is None:
            continue
        for f in fields:
            setattr(inc, f, getattr(told, f))
        inc.evidence.extend(e for e in told.evidence if e.field in fields)


_LONG_HEADLINE_WORDS = 20  # tokens: « d' », « l' » count as words


def _headline_line(ctx: Context, sent: Span) -> bool:
    """The sentence is the text's first line, ends with no full stop and a line break, in copy not
    written all in capitals (whose short headlines :data:`_HEADLINE_WORDS` bounds)."""
    text = ctx.document.text
    last = sent[-1]
    while last.is_space and last.i > sent.start:
        last = last.nbor(-1)
    if nlp_mod.in_capitals(ctx.doc) or last.text in (".", "!", "?", "…") or "\n" in text[:sent.start_char].strip():
        return False
    after = text[last.idx + len(last):last.idx + len(last) + 3]
    return after.startswith("\n")


def _definite_mention(ctx: Context, trig: Trigger, definite: frozenset[str]) -> bool:
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    return root.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in definite for c in root.children)


OCCURRENCE_PLACE_HOPS = 3  # the heads climbed from a town's name to the verb of occurrence it hangs on
CAPTURE_PLACE_HOPS = 4  # ... and to the verb of capture ("taken near the town of Suárez")


def _captive_taken_there(ctx: Context, verb, tok) -> bool:
    """``verb`` is a passive verb of capture (``events_<lang>.CAPTURE_PARTICIPLES``) said of someone told before, a
    pronoun or a definite noun, and the town ``tok`` hangs on it by no preposition of carrying
    (``events_<lang>.CAPTIVE_BROUGHT_PREPS``: "taken to a farm near Suárez" is where the captive was brought): "He was taken
    from his car near the town of Suárez", « Il a été pris dans sa voiture près de la ville de Suárez », where an
    abduction told before took place."""
    if verb.lemma_.lower() not in lexicon_words("events", ctx.lang, "CAPTURE_PARTICIPLES") or not any(
            c.dep_ in ("auxpass", "aux:pass") for c in verb.children):
        return False
    preps = lexicon_words("events", ctx.lang, "CAPTIVE_BROUGHT_PREPS")
    node = tok
    while node.i != verb.i:
        if (node.dep_ == "prep" and node.lower_ in preps) or any(
                c.dep_ == "case" and c.lower_ in preps for c in node.children):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    definite = lexicon_words("events", ctx.lang, "DEFINITE_DETERMINERS")
    return any(c.dep_ in ("nsubjpass", "nsubj:pass") and (c.pos_ == "PRON" or (c.pos_ == "NOUN" and any(
        d.dep_ in ("det", "det:poss", "poss") and d.lower_ in definite for d in c.children))) for c in verb.children)


def _act_told_where_it_took_place(ctx: Context, incidents: list[Incident]) -> None:
    """A definite noun of a violent act, the subject of a verb of occurrence with a town on it, in a sentence that
    tells no act of its own ("The attack took place near Douentza", « L'attaque a eu lieu près de Douentza »), after
    an act told in a region or a district that holds that town (:func:`_inside`): that act's place told finer. So is a
    town on a passive verb of capture said of one told before, after an abduction ("He was taken from his car near
    the town of Suárez": :func:`_captive_taken_there`)."""
    definite = lexicon_words("events", ctx.lang, "DEFINITE_DETERMINERS")
    told = {inc.id: {ctx.sent_of_char(e.start) for e in inc.evidence
                     if e.field == "event_type" and e.doc_id == ctx.document.doc_id} for inc in incidents}
    acts_told = set().union(*told.values()) if told else set()
    for pm in ctx.places:
        if pm.is_country or pm.unresolved or pm.precision not in ("exact", "near", "admin2") or pm.place.lat is None:
            continue
        si = ctx.sent_of_char(pm.start)
        if si in acts_told:
            continue
        verb = ctx.doc[pm.tok_start]
        for _ in range(OCCURRENCE_PLACE_HOPS):
            verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                break
        taken = False
        if not _occurrence_verb(ctx, verb) or not any(
                c.dep_.startswith("nsubj") and c.pos_ == "NOUN" and c.i in ctx.violent_tokens and not is_plural(c)
                and any(d.dep_ in ("det", "det:poss", "poss") and d.lower_ in definite for d in c.children)
                for c in verb.children):
            verb = ctx.doc[pm.tok_start]
            for _ in range(CAPTURE_PLACE_HOPS):
                verb = verb.head
                if verb.pos_ in ("VERB", "AUX"):
                    break
            if not _captive_taken_there(ctx, verb, ctx.doc[pm.tok_start]):
                continue
            taken = True
        # (an act told before, whatever the story tells of it after: "The attack took place in the Bannu district ...
        # TTP said its fighters carried out the attack")
        before = [inc for inc in incidents if not inc.recalled and told[inc.id] and min(told[inc.id]) < si
                  and inc.event_type in VIOLENT_TYPES and (not taken or inc.sub_event_type == ABDUCTION)]
        if not before:
            continue
        prev = max(before, key=lambda inc: max(k for k in told[inc.id] if k < si))
        p = pm.place
        finer = Location(name=p.name, mention=pm.text, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon,
                         geonames_id=p.geonames_id, precision=pm.precision,
                         basis="country_setting" if pm.by_setting else None)
        # (or a place the act only borrowed, the dateline's town, the story's focus: "PESHAWAR, Dec 5 - A suicide
        # bomber rammed ... in northwest Pakistan ... The attack took place in the Bannu district")
        borrowed = prev.id not in ctx.own_place and prev.location.country in (None, finer.country)
        if not (_inside(finer, prev.location) if pm.precision != "admin2" else False) and not borrowed \
                and not (pm.precision == "admin2" and prev.location.precision in ("admin1", "country")
                         and _inside_division(finer, prev.location)):
            continue
        prev.location = finer
        prev.evidence = [e for e in prev.evidence if e.field != "location"] + [ctx.ev("location", pm.start, pm.end)]
        ctx.own_place.add(prev.id)


def _inside_division(finer: Location, coarser: Location) -> bool:
    """``finer``, a second-level unit, lies in ``coarser``, a first-level division of its country (the same code) or
    its country."""
    if not finer.country or finer.country != coarser.country:
        return False
    return coarser.precision == "country" or bool(finer.admin1 and finer.admin1 == coarser.admin1)


def _merge_borrowed_places(ctx: Context, incidents: list[Incident]) -> list[Incident]:
    """An event told with a place borrowed from its context (the dateline's town, the story's
    focus) and told again with a place of its own ("FOUR ENGINEERS WERE MURDERED LAST SUNDAY ...
    LAST SUNDAY, TERRORISTS MURDERED FOUR ENGINEERS ... IN THE DEPARTMENT OF APURIMAC") is one event
    when the two would be merged with the same place (:func:`bilan.link.same_happening`: same type,
    day, perpetrators and targets) and tell the same toll ("FOUR ENGINEERS" both times; two attacks
    of one evening in two places hit a different number of people); it takes the place of its own."""
    from bilan.link import same_happening

    out: list[Incident] = []
    for inc in incidents:
        for prev in out:
            if (prev.id in ctx.own_place) == (inc.id in ctx.own_place) or prev.recalled != inc.recalled:
                continue
            if not _same_toll(prev, inc):
                continue
            borrowed, own = (prev, inc) if inc.id in ctx.own_place else (inc, prev)
            if borrowed.location.lat is None:
                continue  # no place at all: the strict merge already reads it as compatible
            kept = borrowed.location
            borrowed.location = own.location
            reason = same_happening(prev, inc, same_document=True)
            borrowed.location = kept
            if reason is None:
                continue
            merge_into(prev, inc, f"{reason}; the place of one borrowed from its context")
            if borrowed is prev:
                prev.location = own.location
                prev.evidence = [e for e in prev.evidence if e.field != "location" or e.text == own.location.mention]
                ctx.own_place.add(prev.id)
            break
        else:
            out.append(inc)
    return out


# a date to read a date expression's precision against when the document has no publication date
# ("last year" is a year, "on Sunday" a day, whatever day they resolve to)
GRAIN_REFERENCE = dt.date(2000, 6, 15)
COARSE = ("month", "year")


def _grain(ctx: Context, d) -> str | None:
    """How precise the date expression is: its value's precision, else (no publication date to
    resolve "last year" or "on Sunday" against) the precision it takes against a reference date."""
    if d.value.precision is not None:
        return d.value.precision
    if ctx.grains is None:
        ctx.grains = {(x.start, x.end): x.value.precision
                      for x in dates_mod.find_dates(ctx.document.text, ctx.lang, GRAIN_REFERENCE)}
    return ctx.grains.get((d.start, d.end))


def _own_dates(ctx: Context, trig: Trigger) -> list:
    """The date expressions of the trigger's sentence that date it (tied to it, or loose), not the
    dateline's, a statement's or another verb's, nor an anaphoric one ("the same day")."""
    return [d for d in _in_sent(ctx, trig.sent_index, ctx.dates) if not ctx.in_dateline(d.start)
            and d.kind != "anaphoric" and not _ranks_since(ctx, d) and _attachment(ctx, d, trig) in ("trigger", "loose")]


def _pluperfect(ctx: Context, trig: Trigger) -> bool:
    """The trigger's clause is in the past perfect ("the rebels had seized the town", "un kamikaze
    s'était fait exploser"): an auxiliary of the perfect in a past tense (``actors.past_perfect_auxiliary``) on the
    trigger's verb, or on the verb it is a conjunct of."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    verb = root if root.pos_ == "VERB" else next((g for g in root.ancestors if g.pos_ == "VERB"), None)
    if verb is not None and any(g.pos_ in ("VERB", "AUX") and ctx.m.is_reporting(g) for g in verb.ancestors):
        return False  # a claim's backshift ("said the group's fighters had killed 25 policemen")
    run_up = lexicon_words("dates", ctx.lang, "RUN_UP_MARKERS")
    while verb is not None:
        if any(c.dep_ in ("aux", "aux:tense") and past_perfect_auxiliary(c) for c in verb.children):
            # (not the run-up to another act of the story, told in a clause of "before": "Several hundred people had
            # marched through the capital, burning tyres, before police moved in", « avaient défilé ... avant que la
            # police n'intervienne »: the news told in its order, no background)
            return not any(c.dep_.split(":")[0] == "advcl" and any(
                k.dep_ == "mark" and k.lower_ in run_up for k in c.children) for c in verb.children)
        verb = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else None
    return False


def _told_before(ctx: Context, trig: Trigger) -> tuple[str | None, bool]:
    """Whether the trigger's sentence tells an older event as such: "date" when every date
    expression that dates it is a month or a year ("in 2014", "last year", "three years ago", "en
    mars dernier"; news is told by the day), "tense" when it is told in the past perfect, else None;
    and whether it has a date expression of its own finer than a month ("on Sunday")."""
    grains = [_grain(ctx, d) for d in _own_dates(ctx, trig)]
    finer = any(g is not None and g not in COARSE for g in grains)
    if grains and all(g in COARSE for g in grains):
        return "date", finer
    if _pluperfect(ctx, trig):
        return "tense", finer
    return None, finer


def _may_merge(ctx: Context, before: dict[str, str | None], finer: dict[str, bool], prev: Incident, inc: Incident,
               trig: Trigger) -> bool:
    """A mention may elaborate an earlier incident unless one is an event dated to a month or a
    year and the other is dated by the day ("In 2014, Boko Haram abducted 276 schoolgirls. On
    Friday, troops repelled an attack"), or the later one, undated, names a kind of event of its own
    after an older one ("bombings in 2016. American soldiers have been wounded after a suicide bomber
    blew themselves up"). A past perfect alone keeps merging (a later sentence often tells what had
    happened before the news, or a claim backshifts it: "said its fighters had killed 25"), and so do
    a toll ("a total of 227 people were killed") and a definite mention ("the bomber")."""
    a, b = before.get(prev.id), before.get(inc.id)
    if (a is None) == (b is None) or "date" not in (a, b):
        return True
    if finer[prev.id] if a is None else finer[inc.id]:
        return False
    return not (a == "date" and not trig.generic and not _is_definite(ctx, trig))


@lru_cache(maxsize=8)
def _aggregate_matcher(lang: str):
    try:
        lx = load_lexicon("reports", lang)
    except LexiconMissing:
        return None, frozenset()
    wm = WordMatcher(nlp_mod.get(lang), (("AGG", p) for p in lx.AGGREGATE_PERIODS))
    return wm, frozenset(getattr(lx, "SINCE_YEAR", ()))


def _not_a_report(ctx: Context, si: int, inc: Incident, trig: Trigger) -> bool:
    """A sentence that asks ("Are the police on alert for an attack?") or that gives a running
    total over a period ("more than 12,000 people have been killed since 1980", "plus de 600
    morts depuis le début de l'année", "terrorist attacks have cost the company $300 million so
    far this year") reports no incident of its own."""
    sent = ctx.sents[si]
    words = [t for t in sent if not (t.is_space or t.text in ('"', "»", "”"))]
    if words and words[-1].text == "?":
        return True
    if inc.event_type == STRATEGIC and inc.sub_event_type in (CHANGE_OF_ACTIVITY, AGREEMENT_SUB) \
            and _genre_headline(ctx, si):
        return True  # "Analyse : les défis du désarmement": comment on a programme, no change told
    if _work_title(ctx, trig) or _characterised(ctx, trig):
        return True  # "Ambush: a novel of the bush war", "Kidnapping, a growing business": no act told
    if _ongoing_since(ctx, trig):
        return True  # « les FSR, qui assiègent la ville depuis mai »: what the group has been doing
    wm, since = _aggregate_matcher(ctx.lang)
    if inc.fatalities is None and inc.injured is None:
        root = ctx.doc[trig.tok_start:trig.tok_end].root
        plural = root.pos_ == "NOUN" and is_plural(root) and "participant" not in trig.flags
        return plural and (wm is not None and bool(wm(sent)) or _counted_over_a_period(ctx, inc, root)) \
            or _objects_counted_over_a_year(ctx, inc, trig, root) or _patients_counted_over_a_period(ctx, inc, trig, root) \
            or _counted_since(ctx, trig, sent)
    if _own_day(ctx, inc, trig):
        return False  # a day of its own ("on Monday, the first attack there since 2019")
    if any(e.field == "fatalities" and e.start in ctx.shares_of_totals for e in inc.evidence):
        return False  # "..., including five at the market in Djibo on Sunday": the share of the total told with its day
    tallies = {q.start for q in _in_sent(ctx, si, ctx.quantities) if _tally_of_a_period(ctx, q)}
    if tallies and any(e.field in ("fatalities", "injured") and e.start not in tallies for e in inc.evidence):
        # "A PEASANT WAS SHOT DEAD ..., BRINGING TO 11 THE NUMBER OF PEASANTS MURDERED ... THIS YEAR": the
        # act has a toll of its own; the tally of the period is said beside it
        return False
    return _running_total(ctx, sent) or _toll_over_a_year(ctx, inc, trig)


def _ongoing_since(ctx: Context, trig: Trigger) -> bool:
    """The act is the verb of a relative clause whose date is the start of a period (a word of
    ``reports_<lang>.SINCE_YEAR`` right before it: « blâmé les FSR, qui assiègent la ville depuis mai »,
    "the RSF, which has besieged the city since May"): what someone has been doing since then, said of them
    in passing, no act of its own."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    since = lexicon_words("reports", ctx.lang, "SINCE_YEAR")
    relative = root.dep_.split(":")[-1] == "relcl" or any(  # (« qui assiègent » may be parsed a ccomp)
        c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType") for c in root.children)
    if root.pos_ != "VERB" or not relative or not since:
        return False
    for d in _in_sent(ctx, trig.sent_index, ctx.dates):
        span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or span.start == 0 or ctx.doc[span.start - 1].lower_ not in since:
            continue
        if _first_verb_above(ctx, d.start) == root.i:
            return True
    return False


SEVERAL_MONTHS_DAYS = 59  # a date span this long or longer covers several months
CHANGE_OF_ACTIVITY, AGREEMENT_SUB = "Change to group/activity", "Agreement"


def _work_title(ctx: Context, trig: Trigger) -> bool:
    """The act is named in a headline before a colon that says what work it titles ("Ambush: a novel of the
    bush war", "Siege: a review", « Prise d'otages : la critique du film », « Embuscade : le roman de la guerre
    d'Algérie »: the first noun after the colon is one of reports_<lang>.TITLED_WORKS): a title, no act."""
    end = nlp_mod.headline_end(ctx.text)
    if not end or trig.end > end:
        return False
    colon = next((t for t in ctx.doc if t.text == ":" and t.idx >= trig.end), None)
    if colon is None or colon.idx >= end:
        return False
    noun = next((t for t in ctx.doc[colon.i + 1:] if t.pos_ in ("NOUN", "PROPN", "VERB") or t.idx >= end), None)
    return noun is not None and noun.idx < end and noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in lexicon_words("reports", ctx.lang, "TITLED_WORKS")
        or noun.lower_ in lexicon_words("reports", ctx.lang, "TITLED_WORKS"))


def _characterised(ctx: Context, trig: Trigger) -> bool:
    """A headline made of an act noun and what it is said to be ("Kidnapping, a growing business in the
    Sahel", « L'enlèvement, un business lucratif », « Le pillage des ressources, un fléau »): the noun heads
    the headline, a comma and an indefinite noun phrase (reports_<lang>.CHARACTERISING_ARTICLES) follow it; a
    generalisation, no act."""
    end = nlp_mod.headline_end(ctx.text)
    if not end or trig.end > end:
        return False
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "VERB") or root.tag_ in ("VBD", "VBZ", "VBP"):
        return False
    if root.pos_ == "VERB" and not root.lower_.endswith("ing"):
        return False  # a gerund ("Looting of antiquities, a scourge"), no finite verb
    if root.pos_ == "NOUN" and is_plural(root):
        return False  # acts told ("affrontements entre les FACA et les 3R, une dizaine de morts"), not the kind of act
    arts = lexicon_words("reports", ctx.lang, "CHARACTERISING_ARTICLES")
    for c in root.children:
        if c.dep_ in ("appos", "conj") and c.pos_ == "NOUN" and c.i > root.i and c.idx < end and any(
                d.dep_ == "det" and d.lower_ in arts for d in c.children) and any(
                t.text == "," for t in ctx.doc[root.i + 1:c.i]) and not _casualty_cue(ctx, [t.i for t in c.subtree]):
            return True
    return False


def _genre_headline(ctx: Context, si: int) -> bool:
    """The story's first line is a headline (no full stop) that opens with its genre and a colon
    ("Analysis: ...", « Analyse : ... », reports_<lang>.GENRE_LABELS)."""
    sent = ctx.sents[si]
    if si != 0 or sent[-1].text in (".", "!"):
        return False
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None:
        return False
    return ctx.doc[sent.start:colon.i].text.strip().lower() in lexicon_words("reports", ctx.lang, "GENRE_LABELS")


def _toll_over_a_year(ctx: Context, inc: Incident, trig: Trigger) -> bool:
    """ "1,200 people were murdered for political reasons during 1989", "la violence politique a fait
    3.000 morts au Pérou en 1989": a toll of a generic act (killed, murdered, violence: no act of a
    kind of its own, such as a massacre or a bombing) over a whole year its own sentence names is a
    summary of many acts (MUC-4 task definition, rule 7), none of its own."""
    # or over a part of a year of some months ("during the last quarter of 1989", "late 1989")
    months = inc.date.precision == "month" and inc.date.start is not None and inc.date.end is not None \
        and (inc.date.end - inc.date.start).days >= SEVERAL_MONTHS_DAYS
    return trig.generic and (inc.date.precision == "year" or months) \
        and ctx.date_rank.get(inc.id, RANK_NONE) <= RANK_LOOSE and not _one_act(ctx, trig)


def _one_act(ctx: Context, trig: Trigger) -> bool:
    """The act is told as one, by its own words: its verb takes one thing or person as its object, with a singular
    indefinite article ("In 2022, jihadists attacked a convoy in the same area, killing eleven soldiers", « avaient
    attaqué un convoi »), or it is an event noun with one ("an ambush in 2022 killed 11 soldiers"): an act of a past
    year with its own toll, no tally of the year ("1,200 people were murdered during 1989", « la violence politique a
    fait 3.000 morts en 1989 »)."""
    articles = lexicon_words("quantities", ctx.lang, "SINGULAR_ARTICLES")
    root = ctx.doc[trig.tok_start:trig.tok_end].root

    def one(noun) -> bool:
        return "Plur" not in noun.morph.get("Number") and not is_plural(noun) \
            and any(c.dep_ == "det" and c.lower_ in articles for c in noun.children)

    if root.pos_ == "NOUN":
        return one(root)
    return root.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and one(c) for c in root.children)


def _counted_over_a_period(ctx: Context, inc: Incident, root) -> bool:
    """ "the 44 terrorist attacks on the pipeline this year", "85 kidnappings in the last six weeks",
    "85 enlèvements au mois de janvier": events counted (a plural event noun with its number) over
    a month or a year of their own sentence are a summary of many incidents, none of its own (MUC-4
    task definition, rule 7: "the total persons kidnapped in Colombia over the last 6 weeks was
    85"); counted events of a day ("two bombs exploded this morning") are one report."""
    if inc.date.precision not in COARSE or ctx.date_rank.get(inc.id, RANK_NONE) > RANK_LOOSE:
        return False
    if any(_capture_participle(ctx, c) for c in root.children if c.i > root.i):
        return False  # "Twelve hostages, taken by JNIM in March": captives counted, their capture told, one act
    return any(c.dep_ == "nummod" and c.like_num for c in root.children)


def _objects_counted_over_a_year(ctx: Context, inc: Incident, trig: Trigger, root) -> bool:
    """ "guerrillas dynamited 250 towers last year", "180 bridges were blown up in 1989", "ont dynamité
    250 pylônes l'an dernier": an act whose object (or passive subject), a thing, carries a number, dated only
    to a whole year (or several months) in its own sentence, sums up many acts (MUC-4 task
    definition, rule 7), none of its own; "dynamited two towers yesterday" is one."""
    if root.pos_ != "VERB" or ctx.date_rank.get(inc.id, RANK_NONE) > RANK_LOOSE or inc.date.start is None:
        return False
    months = inc.date.precision == "month" and inc.date.end is not None \
        and (inc.date.end - inc.date.start).days >= SEVERAL_MONTHS_DAYS
    if inc.date.precision != "year" and not months:
        return False
    things = _physical_target_words(ctx.lang)
    objs = [c for c in root.children if c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass")
            and c.lower_ in things]  # "abducted 200 schoolgirls in 2014" counts the victims of one act
    return any(c.dep_ == "nummod" and c.like_num for o in objs for c in o.children)


def _patients_counted_over_a_period(ctx: Context, inc: Incident, trig: Trigger, root) -> bool:
    """ "27 PEOPLE HAVE BEEN KIDNAPPED IN PERU SO FAR THIS YEAR", "27 personnes ont été enlevées depuis le
    début de l'année": an act whose patient (object or passive subject) carries a number, in a
    sentence that gives a running total over a period (:func:`_running_total`), with no day of its
    own, sums up many acts (MUC-4 task definition, rule 7), none of its own."""
    if inc.event_type not in ("Violence against civilians", "Explosions/Remote violence") \
            or root.pos_ != "VERB" or _own_day(ctx, inc, trig):
        return False  # "freed four drivers it had held for a month", "liberated three villages": no violence
    objs = [c for c in root.children if c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass")]
    # (a number with a thousands space, « 1 400 personnes », the French parse makes determiners)
    if not any(c.dep_ in ("nummod", "det") and c.like_num for o in objs for c in o.children):
        return False
    return _running_total(ctx, ctx.sents[trig.sent_index])


@lru_cache(maxsize=8)
def _physical_target_words(lang: str) -> frozenset[str]:
    """The last words of the language's PHYSICAL_TARGETS phrases ("towers", "bridges", "pylônes")."""
    return frozenset(p.split()[-1].lower() for ps in getattr(load_lexicon("targets", lang), "PHYSICAL_TARGETS", {}).values()
                     for p in ps)


def _own_day(ctx: Context, inc: Incident, trig: Trigger) -> bool:
    """The incident is dated to a day or a week in its own sentence; with no publication date to
    resolve "on Monday" against, by the grain of its own date expressions."""
    if inc.date.precision in ("day", "week") and ctx.date_rank.get(inc.id, RANK_NONE) <= RANK_LOOSE:
        return True
    return inc.date.start is None and any(_grain(ctx, d) in ("day", "week") for d in _own_dates(ctx, trig))


def _running_total(ctx: Context, sent: Span) -> bool:
    """The sentence gives a running total over a period ("630 people were killed in the past
    month", "13,000 have been killed since 1980", "21 people per day during the month of November")."""
    wm, since = _aggregate_matcher(ctx.lang)
    if wm is not None and wm(sent):
        return True
    if _toll_of_acts_at_large(ctx, sent):
        return True
    if _toll_over_a_length_of_time(ctx, sent):
        return True
    if _toll_of_a_war(ctx, sent):
        return True
    return any(t.lower_ in since and _names_a_year(ctx, t, sent) for t in sent)


def _toll_of_a_war(ctx: Context, sent: Span) -> bool:
    """The subject of the sentence's casualty verb is a whole war (``reports_<lang>.WAR_NOUNS``: "The war
    between the army and the RSF, which began in April 2023, has killed tens of thousands of people", "the
    insurgency has claimed 35,000 lives", « le conflit a coûté la vie à 150 000 personnes »): a running
    total of many acts, none of its own ("Fighting killed 12 soldiers" is an act)."""
    wars = lexicon_words("reports", ctx.lang, "WAR_NOUNS")
    if not wars:
        return False
    cues = [(s, e) for label, s, e in ctx.cues if label in ("DEATH", "INJURY") and sent.start <= s < sent.end]
    for t in sent:
        if t.lemma_.lower() not in wars and t.lower_ not in wars or t.pos_ != "NOUN":
            continue
        # its verb, or the verb of a relative clause on it ("the war, which has killed thousands", and a
        # parse that hangs the main verb so: « Le conflit, qui entre dans sa troisième année, a coûté »)
        verbs = [c for c in t.children if c.dep_.split(":")[-1] == "relcl"]
        if t.dep_ in ("nsubj", "csubj"):
            verbs.append(t.head)
        for verb in verbs:
            inside = {u.i for u in verb.subtree} - ({u.i for u in t.subtree} if verb.i == t.head.i else set())
            if any(s in inside for s, _ in cues):
                return True
    return False


def _counted_total(ctx: Context, sent: Span) -> bool:
    """A running total with its figure ("More than 4,000 civilians have been killed by the military since it seized
    power in 2021, according to ..."): its source counts many acts, not the one told before. (A running total with
    no figure may still say something of the act: « L'attaque n'a pas été revendiquée, mais les autorités
    soupçonnent Boko Haram, qui a multiplié ces dernières années les attentats ».)"""
    return _figure_outside_dates(ctx, sent) and _running_total(ctx, sent)


def _figure_outside_dates(ctx: Context, sent: Span) -> bool:
    """The sentence holds a figure outside its dates (not the year of "since 2021", « depuis fin 2021 »)."""
    return any((t.like_num or t.pos_ == "NUM") and not _in_date(ctx, t) for t in sent)


def _toll_of_months(ctx: Context, sent: Span) -> bool:
    """A figure of the dead or hurt dated to a stretch of several months or a year ("200 civilians were killed in
    the region between January and March", « entre janvier et mars »): a tally of many acts, whose source speaks of
    them, not of one act told before. (A figure, not the year of a date: « qui mène des opérations depuis fin 2021, a
    confirmé l'attaque sans donner de bilan » has none.)"""
    if not _figure_outside_dates(ctx, sent) or not any(label in ("DEATH", "INJURY") and sent.start <= s < sent.end for label, s, _ in ctx.cues):
        return False
    return any(sent.start_char <= d.start < sent.end_char and d.kind != "anaphoric" and not ctx.in_dateline(d.start)
               and d.value.start is not None and d.value.end is not None
               and (d.value.precision == "year" or d.value.precision == "month"
                    and (d.value.end - d.value.start).days >= SEVERAL_MONTHS_DAYS) for d in ctx.dates)


def _country_wide(ctx: Context, sent: Span, lists: tuple[str, ...] = ("NATIONWIDE",)) -> bool:
    """The sentence speaks of the whole country (``reports_<lang>.NATIONWIDE``: "across the country", « dans tout
    le pays »; with "IN_THE_COUNTRY" in ``lists``, "in the country" too)."""
    phrases = frozenset().union(*(lexicon_words("reports", ctx.lang, name) for name in lists))
    return bool(phrases) and phrase_found(phrases, " ".join(sent.text.lower().split()))


def _state_of_the_country(ctx: Context, sent: Span) -> bool:
    """A figure of a present state told of a whole country (``reports_<lang>.NATIONWIDE``, ``IN_THE_COUNTRY``:
    "More than 7 million people are displaced in the country", « 7 millions de personnes sont déplacées dans le pays »): no
    casualty word, a verb in the present, no date of its own; background that no act's source vouches for."""
    if not any(t.like_num or t.pos_ == "NUM" for t in sent):
        return False
    if any(label in ("DEATH", "INJURY") and sent.start <= s < sent.end for label, s, _ in ctx.cues):
        return False
    if any(sent.start_char <= d.start < sent.end_char for d in ctx.dates):
        return False
    if not _country_wide(ctx, sent, ("NATIONWIDE", "IN_THE_COUNTRY")):
        return False
    root = next((t for t in sent if t.head.i == t.i and not t.is_space), sent.root)
    verbs = [root] + [c for c in root.children if c.dep_ in ("aux", "aux:pass", "auxpass", "cop")]
    return any("Pres" in v.morph.get("Tense") and "Part" not in v.morph.get("VerbForm") for v in verbs)


def _toll_over_a_length_of_time(ctx: Context, sent: Span) -> bool:
    """A casualty word of the sentence and a stretch of time told by its length, a unit of
    ``reports_<lang>.PERIOD_UNITS`` with a number under a preposition of ``DURATION_PREPS`` ("THE
    VIOLENCE THAT HAS BLED OUR COUNTRY FOR TEN YEARS, WITH MORE THAN 70,000 DEAD", "depuis dix ans"):
    a running total over that stretch, no one act."""
    preps = lexicon_words("reports", ctx.lang, "DURATION_PREPS")
    units = lexicon_words("reports", ctx.lang, "PERIOD_UNITS")
    if not preps or not any(label in ("DEATH", "INJURY") and sent.start <= s < sent.end for label, s, e in ctx.cues):
        return False
    for t in sent:
        if t.lower_ not in units or not any(c.dep_ == "nummod" for c in t.children):
            continue
        if t.dep_ == "pobj" and t.head.lower_ in preps or any(c.dep_ == "case" and c.lower_ in preps for c in t.children):
            return True
    return False


def _toll_of_acts_at_large(ctx: Context, sent: Span) -> bool:
    """A casualty word of the sentence, and a bare or indefinite plural of a generic act noun
    (``reports_<lang>.GENERIC_ACT_NOUNS``) as the object of a preposition, whatever qualifies it
    ("227 people were killed in urban violent acts", "tuées dans des actes violents urbains"):
    violence at large, no one act. "The acts", "two acts", "an act of sabotage" are acts of their own."""
    nouns = lexicon_words("reports", ctx.lang, "GENERIC_ACT_NOUNS")
    if not nouns or not any(label in ("DEATH", "INJURY") and sent.start <= s < sent.end for label, s, e in ctx.cues):
        return False
    indefinite = lexicon_words("quantities", ctx.lang, "INDEFINITE_PLURAL")
    for t in sent:
        if t.lower_ not in nouns or t.pos_ != "NOUN":
            continue
        dets = [c for c in t.children if c.dep_ in DETERMINER_DEPS]
        if any(c.lower_ not in indefinite for c in dets):
            continue
        if t.dep_ == "pobj" or t.dep_.split(":")[0] in ("obl", "nmod") and any(c.dep_ == "case" for c in t.children):
            return True
    return False


def _names_a_year(ctx: Context, since, sent: Span) -> bool:
    """ "since 1980", and "since the beginning of its activities in 1980", "since the Shining Path
    began its armed struggle in 1980", "depuis le début de la rébellion en 2012": a year right
    after "since", or in the phrase or clause it opens on a verb."""
    def year(t) -> bool:
        return t.like_num and len(t) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100
    if since.i + 1 < sent.end and year(ctx.doc[since.i + 1]):
        return True
    if since.i + 1 < sent.end and _month_after(ctx, since, sent):
        return True
    # the phrase or clause "since" opens, when it tells how long the killing has run ("have been
    # killed since ..."), not what something else compares with ("marking the largest toll since it
    # intervened in 2016")
    if since.dep_ == "prep":
        phrase, governor = since.subtree, since.head
    elif since.dep_ in ("mark", "case"):
        phrase, governor = since.head.subtree, since.head.head
    else:
        return False
    casualty = any(label in ("DEATH", "INJURY") and s <= governor.i < e for label, s, e in ctx.cues)
    return casualty and any(year(t) and t.i > since.i for t in phrase)


def _month_after(ctx: Context, since, sent: Span) -> bool:
    """ "since August", "depuis août", "since last January": a date expression right after "since"
    that names a month, with no day, where a count of dead or hurt starts (a running total since
    then); "villages held by insurgents since March" counts nobody."""
    if since.dep_ == "prep":
        governor = since.head
    elif since.dep_ in ("mark", "case"):
        governor = since.head.head
    else:
        return False
    if _said_of_an_apposition(ctx, since):
        return False  # "killed five people in Djibo, a town under blockade since January": the town's state
    if governor.pos_ == "NOUN":
        # « tuées dans la région depuis janvier »: the parse hangs "since" on the place before it; the clause is
        # that of the verb the place hangs on
        governor = next((a for a in governor.ancestors if a.pos_ in ("VERB", "AUX")), governor)
    # the clause "since" hangs on counts the dead or hurt, not a conjunct beside it ("devices have been
    # found since September, and four children have died in an explosion")
    skip = {t.i for c in governor.children if c.dep_ == "conj" for t in c.subtree}
    clause = {t.i for t in governor.subtree} - skip
    if not any(label in ("DEATH", "INJURY") and any(i in clause for i in range(s, e)) for label, s, e in ctx.cues):
        return False
    start = ctx.doc[since.i + 1].idx
    return any(d.start == start and _grain(ctx, d) == "month" for d in ctx.dates)


STRATEGIC = "Strategic developments"
AGREEMENT = "Agreement"
CIRCUMSTANCE_SUB_EVENTS = (AGREEMENT, "Arrests")
NON_STRATEGIC_ACTS = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")
PROPERTY_DESTRUCTION = "Looting/property destruction"


def _head_candidates(ctx: Context, trigs: list[Trigger], si: int) -> list[Trigger]:
    """The sentence's triggers in the order they may head its incident: specific triggers by
    priority, then generic ones (typed by their victims). A strategic development (an arrest, a
    deployment, seized weapons) comes after the killing when the sentence counts casualties
    ("killed 25 policemen and seized weapons"), and never from quoted speech ("until
    reinforcements arrived")."""
    sent = ctx.sents[si]
    casualties = any(label in ("DEATH", "INJURY") and sent.start <= s < sent.end for label, s, e in ctx.cues)

    # "arrested 30 people as they broke up an opposition rally": arrests at a protest are ACLED's
    # protest with intervention, so the protest heads and the arrest is its intervention (an arrest
    # for a protest, "over the protests", has lost that trigger already: events._drop_reasons)
    protest = any(t.event_type == "Protests" for t in trigs)

    def order(ts):
        return sorted(ts, key=lambda t: (protest and t.sub_event_type == "Arrests", -t.priority, t.start))

    generic = order([t for t in trigs if t.generic])
    # a development the dead belong to ("a mass grave") keeps its rank among the killings
    strategic = order([t for t in trigs if not t.generic and t.event_type == STRATEGIC
                       and "with_casualties" not in t.flags and t.tok_start not in ctx.quoted])
    violent = [t for t in trigs if not t.generic and (t.event_type != STRATEGIC or "with_casualties" in t.flags)]
    if casualties:
        ranked = order(violent) + generic + strategic
    else:
        ranked = order(violent + strategic) + generic
        # ACLED's property destruction is destruction outside other violence: an attack told by a generic verb
        # conjoined with it ("Militants attacked an army post and torched two trucks") heads before it (typed by
        # what it hit; untyped, the destruction heads)
        towns = lexicon_words("places", ctx.lang, "TOWN_NOUNS")
        for g in generic:
            g_root = ctx.doc[g.tok_start:g.tok_end].root
            if any(c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in towns or c.lower_ in towns
                                                  or c.ent_type_ in ("GPE", "LOC"))
                   for c in g_root.children):
                continue  # (an attack on a village told with houses burnt and no one hurt: the destruction heads,
                # « ont attaqué le village et incendié des maisons »)
            d = next((t for t in ranked if t.sub_event_type == PROPERTY_DESTRUCTION and not t.generic and (
                (r := ctx.doc[t.tok_start:t.tok_end].root).dep_ == "conj" and r.head.i == g_root.i
                or g_root.dep_ == "conj" and g_root.head.i == r.i)), None)
            if d is not None and ranked.index(d) < ranked.index(g):
                ranked.remove(g)
                ranked.insert(ranked.index(d), g)
    # the main clause tells the news, a relative clause its background ("captured villages near a
    # town that was the scene of a chemical attack in 2017"), when the main clause names its own event;
    # a relative clause that tells what happened to a person ("the former minister, who was murdered
    # yesterday") is news of its own
    # (the act named by a definite noun in a clause on a person is one told already: "said Musa, who lost two brothers
    # in the attack", « qui a perdu deux frères dans l'attaque »: background, as any relative clause's)
    definite = lexicon_words("events", ctx.lang, "DEFINITE_DETERMINERS")
    background = {t.tok_start for t in trigs if in_relative_clause(ctx.doc, t)
                  and (not _about_a_person(ctx.doc, t) or _definite_mention(ctx, t, definite))
                  and not _protesting_target(ctx.doc, t, trigs)}
    # what an arrest was made over, told with its own toll, and the acts inside its phrase or clause ("after the mayor
    # was shot dead in an attack on Monday"): the arrest is the news (_reason_with_toll builds the act)
    reasons = [ctx.doc[t.tok_start:t.tok_end].root for t in trigs if REASON_WITH_TOLL in t.flags]
    background |= {t.tok_start for t in trigs if any(r.left_edge.i <= t.tok_start <= r.right_edge.i for r in reasons)}
    background |= _answered_with_toll(ctx, trigs)
    older = {t.tok_start for t in trigs if _dated_older(ctx, t)}
    # an act dated in its own clause to another day than the sentence's news ("protesters hurled rocks on
    # Sunday after an explosion last Tuesday killed dozens"): what the news followed
    other_day = {t.tok_start for t in trigs if of_another_day(ctx.doc[t.tok_start:t.tok_end].root, ctx.m)}
    # (the acts told in a relative clause or dated to another, older time are not the news, whatever heads)
    relative = background | older | other_day
    # an older event the sentence recalls: a stretch of time after it, since it, its anniversary or
    # memorial ("a year after soldiers killed 40 villagers, gunmen attacked"), or dated to a month or
    # a year in its own phrase ("survivors of the 2013 massacre", "last year's bomb attack"); a
    # participle that describes a noun, unless it says the bomb was worn (flag "worn": "a bomb
    # strapped to his body" says how the news was done, not who the noun is)
    background |= older | {t.tok_start for t in trigs if recalled_in_sentence(ctx.doc, t)
                           or (_describes_a_noun(ctx.doc, t) and "worn" not in t.flags) or FREED in t.flags}
    # what a protest told in the sentence denounces or is held against is its topic, not the news ("marched
    # to denounce the massacres", "ont manifesté contre l'attaque du camp"): ACLED codes the protest
    topics = _protest_topics(ctx, trigs)
    background |= topics | other_day
    # an act told heads before an act only tried and before a threat in the same sentence ("shot dead
    # the judge, who had received death threats"; "killed six men they said tried to kidnap teachers")
    ranked = sorted(ranked, key=_stage_rank)
    # (a trigger typed by its victims that the main clause tells heads before a specific one told only in a relative
    # clause or dated older: "Gunmen killed five people in Kadugli, a town that was the scene of shelling last year";
    # not before one told in a clause of time, which may be the very act: "rocked by violence after protesters
    # clashed with police")
    # (nor before what a protest is against: "attacked vehicles to protest the massacre of civilians")
    if any(not t.generic and t.tok_start not in background for t in trigs) or (
            any(t.tok_start not in background for t in trigs)
            and all(t.tok_start in relative | topics for t in trigs if not t.generic)):
        ranked = sorted(ranked, key=lambda t: (t.tok_start in background, _stage_rank(t)))
    # an agreement or an arrest heads only the sentence that tells it as its news: beside an act of violence
    # its clause does not hold ("Rebels attack town days after peace deal", "Troops clash with rebels despite
    # truce", « malgré le cessez-le-feu, l'armée bombarde », « une foule incendie un commissariat après
    # l'arrestation d'un commerçant ») it is the act's circumstance, whatever their priorities; an act its own
    # clause tells ("signed a truce, ending weeks of fighting") leaves it the head
    circumstance = {id(t) for t in trigs if t.sub_event_type in CIRCUMSTANCE_SUB_EVENTS
                    and _beside_violence(ctx, t, trigs)}
    ranked = _two_sided_fight_first(ctx, ranked)
    ranked = _forced_retreat_after(ctx, ranked)
    ranked = sorted(ranked, key=lambda t: id(t) in circumstance)
    after = _came_a_stretch_after(ctx, trigs)
    if after is not None and any(after[0].left_edge.i <= t.tok_start <= after[0].right_edge.i for t in trigs):
        # "The attack came two weeks after bandits ambushed a patrol, killing eight officers": the act named again
        # tells nothing of its own; the older act of the phrase heads, recalled (_background_head)
        ranked = sorted(ranked, key=lambda t: ctx.doc[t.tok_start:t.tok_end].root.i == after[1].i)
    return ranked


def _forced_retreat_after(ctx: Context, ranked: list[Trigger]) -> list[Trigger]:
    """A retreat forced by a fight (:func:`events.forced_out`: "after soldiers withdrew under fire") comes after the
    taking of ground its sentence tells ("Boko Haram fighters seized the town of Marte after soldiers withdrew under
    fire"): the taking is the news, by force."""
    if not ranked or ranked[0].sub_event_type != "Non-violent transfer of territory" or "territory" in ranked[0].flags:
        return ranked
    taking = next((t for t in ranked[1:] if "territory" in t.flags and t.event_type == "Battles"), None)
    if taking is None or not forced_out(ranked[0], ctx.sents[ranked[0].sent_index], ctx.m):
        return ranked
    return [taking] + [t for t in ranked if t is not taking]


REMOTE_WEAPON_SUBS = ("Shelling/artillery/missile attack", "Air/drone strike")


def _two_sided_fight_first(ctx: Context, ranked: list[Trigger]) -> list[Trigger]:
    """A fight of two sides told first ("Soldiers and militants clashed for hours; the army later used artillery",
    "Fighting broke out between the army and the rebels, with both sides using heavy artillery", « se sont affrontés
    ..., l'armée faisant usage de son artillerie »: a word of events_<lang>.TWO_SIDED_FIGHT_WORDS) heads before the
    heavy weapon or aircraft a later clause or phrase of its sentence names: the battle is the news, the weapon one of
    its means (ACLED's armed clash). Not when the fight is told inside the weapon's own clause ("launched missiles as
    border clashes entered their seventh day": the strike is the news)."""
    if not ranked or ranked[0].sub_event_type not in REMOTE_WEAPON_SUBS:
        return ranked
    weapon = ranked[0]
    words = lexicon_words("events", ctx.lang, "TWO_SIDED_FIGHT_WORDS")
    w_root = ctx.doc[weapon.tok_start:weapon.tok_end].root
    # the verb whose clause names the weapon ("used artillery": the verb; "the shelling": the noun)
    w_clause = w_root.head if w_root.dep_.split(":")[0] in ("dobj", "obj", "nsubj", "nsubjpass", "pobj") else w_root
    for t in ranked[1:]:
        if t.sub_event_type != "Armed clash" or t.tok_start >= weapon.tok_start:
            continue
        span = ctx.doc[t.tok_start:t.tok_end]
        if not any(u.lemma_.lower() in words or u.lower_ in words for u in span):
            continue
        # (a semicolon between them parts two clauses, however the parser hangs the first on the second)
        parted = any(u.text == ";" for u in ctx.doc[t.tok_end:weapon.tok_start])
        if not parted and (any(a.i == w_clause.i for a in span.root.ancestors) or span.root.i == w_clause.i):
            continue  # (the fight told inside the weapon's clause)
        if span.root.pos_ == "NOUN" and span.root.left_edge.i <= w_root.i <= span.root.right_edge.i:
            continue  # (the weapon told inside the fight noun's own phrase, "the intense firefight involving artillery
            # and helicopters": the parse leaves that fight's sides and targets to the weapon)
        return [t] + [u for u in ranked if u is not t]
    return ranked


def _answered_with_toll(ctx: Context, trigs: list[Trigger]) -> set[int]:
    """The token starts of the triggers inside the phrase of an act a reprisal of the sentence answers, when that
    phrase tells dead or hurt of its own ("Soldiers killed five rebels on Tuesday in retaliation for Sunday's ambush
    that killed three troops", « en représailles à l'embuscade de dimanche qui a coûté la vie à trois militaires »):
    the reprisal is the news, whatever its word's rank; the act it answers is built beside it
    (:func:`_reason_with_toll`)."""
    out: set[int] = set()
    words = lexicon_words("events", ctx.lang, "RETALIATION_NOUNS") | lexicon_words("events", ctx.lang,
                                                                                   "RETALIATION_VERBS")
    if len(trigs) < 2 or not any(t.lower_ in words or t.lemma_.lower() in words for t in ctx.sents[trigs[0].sent_index]):
        return out  # (no word of retaliation in the sentence: nothing to look for)
    for t in trigs:
        if t.event_type not in VIOLENT_TYPES or t.tok_start in out:
            continue
        verb = _verb_of_head(ctx, t)
        if verb.pos_ != "VERB":
            continue
        for noun in _answered_acts(ctx, verb, revenge_only=True):
            if noun is None:
                continue
            lo, hi = noun.left_edge.i, noun.right_edge.i
            if lo <= t.tok_start <= hi or not any(label in ("DEATH", "INJURY") and lo <= s <= hi
                                                  for label, s, e in ctx.cues):
                continue
            out |= {u.tok_start for u in trigs if lo <= u.tok_start <= hi}
    return out

def _beside_violence(ctx: Context, agreement: Trigger, trigs: list[Trigger]) -> bool:
    """The agreement (or the arrest) is told inside the clause of an act of violence (a battle, an explosion, violence
    against civilians, a riot) of its sentence: what the act came after or defied ("attack town days after
    peace deal", "clash with rebels despite truce", "Fighting erupts hours after peace agreement signed"), not
    an act the agreement's own clause tells ("agreed to end the fighting and signed a ceasefire")."""
    acts = [t for t in trigs if t.event_type in NON_STRATEGIC_ACTS]
    if not acts:
        return False
    if failed_agreement(ctx.doc[agreement.tok_start:agreement.tok_end], ctx.m):
        return True  # « La trêve vole en éclats : des miliciens attaquent un camp de déplacés »
    for t in acts:
        head, clause = _clause_of(ctx, t)
        # the hostages an agreement frees are its object, not an act beside it (« ont libéré 12 otages »)
        if agreement.tok_start in clause and not agreement.tok_start <= head.i < agreement.tok_end:
            return True
    # "Days after signing a truce, militia fighters raid village" (however the parser hangs the act): the agreement
    # after, since or despite which the sentence tells an act outside the agreement's clause
    head, clause = _clause_of(ctx, agreement)
    preps = lexicon_words("events", ctx.lang, "CIRCUMSTANCE_PREPS")
    marked = head.dep_ in ("pobj", "pcomp") and head.head.lower_ in preps or any(
        c.dep_ in ("case", "mark") and c.lower_ in preps for c in head.children)
    return marked and any(t.tok_start not in clause for t in acts)


def _clause_of(ctx: Context, trig: Trigger):
    """The verb (or noun) of the clause a trigger heads or is a subject or object of, and the clause's tokens
    less its conjuncts."""
    cur = ctx.doc[trig.tok_start:trig.tok_end].root
    while cur.dep_.split(":")[0] in ("dobj", "obj", "nsubj", "nsubjpass", "attr") and cur.head.i != cur.i:
        cur = cur.head
    skip = {t.i for c in cur.children if c.dep_ == "conj" for t in c.subtree}
    return cur, {t.i for t in cur.subtree} - skip


def _background_head(ctx: Context, head: Trigger, trigs: list[Trigger]) -> bool:
    """The sentence tells its act only as what it recalls: the head is an older event the sentence
    recalls (an anniversary, a memorial: :func:`_recalled_act`),
    or one its own phrase dates to a month or a year ("sentenced three men for the murder of a
    journalist in 1986", "le procès des auteurs de l'attentat de 1986": :func:`_dated_older`), and
    no act of the sentence is told as news (MUC-4 rule 6: an old event told "only to provide historical context",
    a trial or a commemoration of it, is no incident); or the head is what an act told before came a stretch of
    time after (:func:`_came_a_stretch_after`)."""
    after = _in_stretch_after(ctx, head, trigs)
    if after is not None:
        return not any(not t.generic and not _recalled_act(ctx, t)
                       and not after.left_edge.i <= t.tok_start <= after.right_edge.i for t in trigs if t is not head)
    if not _recalled_act(ctx, head):
        return False
    return not any(not t.generic and not _recalled_act(ctx, t) for t in trigs if t is not head)


def _came_a_stretch_after(ctx: Context, trigs: list[Trigger]):
    """The phrase or clause of an older act that an act named again by a definite noun, the subject of the sentence's
    verb, came a stretch of time after ("The attack came two weeks after bandits ambushed a police patrol", "The attack
    comes weeks after ISWAP claimed an ambush", « L'attaque survient deux semaines après une embuscade », « Cette
    attaque intervient trois jours après que des bandits ont attaqué une patrouille »): its head token (the older act
    is recalled, none of the news) and the noun of the act named again, else None. The stretch is a time unit right before the word of "after"
    (``events_<lang>.RECALL_AFTER``, ``dates_<lang>.UNITS``)."""
    after = lexicon_words("events", ctx.lang, "RECALL_AFTER")
    units = frozenset(w.lower() for w in lexicon_words("dates", ctx.lang, "UNITS"))
    definite = lexicon_words("events", ctx.lang, "DEFINITE_DETERMINERS")
    named = {ctx.doc[t.tok_start:t.tok_end].root.i for t in trigs if t.generic and _definite_mention(ctx, t, definite)}
    if not named:
        return None
    sent = ctx.doc[trigs[0].tok_start].sent
    for mk in sent:
        if mk.lower_ not in after or mk.dep_ not in ("mark", "case", "prep") or mk.i == 0 \
                or ctx.doc[mk.i - 1].lower_ not in units:
            continue
        phrase = mk.head if mk.dep_ in ("mark", "case") else next(
            (c for c in mk.children if c.dep_ in ("pobj", "pcomp")), None)
        verb = phrase.head if phrase is not None else None
        for _ in range(3):  # up to the verb the phrase hangs on (« trois jours après que ... »: through the days)
            if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.i == phrase.i:
            continue
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i in named), None)
        if subject is not None:
            return phrase, subject
    return None


def _in_stretch_after(ctx: Context, head: Trigger, trigs: list[Trigger]):
    """The head token of the phrase of an older act that an act named again came a stretch of time after
    (:func:`_came_a_stretch_after`) when ``head`` is inside it (an act of its own, recalled, never the act told
    before), else None."""
    after = _came_a_stretch_after(ctx, trigs)
    if after is None or not after[0].left_edge.i <= ctx.doc[head.tok_start:head.tok_end].root.i <= after[0].right_edge.i:
        return None
    return after[0]


def _recalled_act(ctx: Context, trig: Trigger) -> bool:
    """What an anniversary or a memorial is of, or an act its own phrase dates to a month or a year
    with no finer date of its own ("at 2000 on 11 November" is a time); not what "since" or "weeks
    after" looks back to, which may be a misread of the news ("the worst violence in weeks after
    protesters clashed with police")."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if recalled_phrase(root, looking_back=False):
        return True
    if FREED in trig.flags:
        return True  # "troops freed 12 hostages held since May": the release is the news, the abduction older
    if not _dated_older(ctx, trig):
        return False
    lo, hi = _phrase_chars(root)
    return not any(lo <= d.start and d.end <= hi and _grain(ctx, d) not in COARSE
                   for d in _in_sent(ctx, trig.sent_index, ctx.dates))


def _recall(ctx: Context, inc: Incident, head: Trigger) -> None:
    """A recalled act keeps only a date told in its own phrase ("his kidnapping on 3 May"): the day
    of the sentence's news (the trial "today", the mass "on Friday") is not its day."""
    root = ctx.doc[head.tok_start:head.tok_end].root
    lo, hi = _phrase_chars(root)
    if recalled_phrase(root, inquiry_only=True):
        # « Une commission d'enquête sur les massacres de Bria du 12 mai a rendu son rapport »: a day after the act in
        # the noun phrase of the inquiry is the act's, however the parser hangs it (on « enquête »)
        top = root
        while top.head.i != top.i and top.head.pos_ in ("NOUN", "PROPN", "ADP"):
            top = top.head
        hi = max(hi, top.doc[top.right_edge.i].idx + len(top.doc[top.right_edge.i]))
    _dated_within(ctx, inc, lo, hi)


def _told_only_as_inquired(ctx: Context, inc: Incident, head: Trigger) -> bool:
    """The recalled act is told only as what a commission, an inquiry into the past or a report is on, with no day
    of its own (« Une commission d'enquête sur les massacres de Bria a rendu son rapport mardi », "a report on the
    killings in Bria"): no act of the story, the inquiry is no event ACLED codes. One dated in its own phrase
    (« sur les massacres de Bria du 12 mai ») stays a recalled incident of that day."""
    if any(head.tok_start in c.speaker_tokens for c in ctx.claims):
        return False  # "At least 17 fighters were killed ..., according to a report on the clashes": its source's words
    return ctx.date_rank.get(inc.id, RANK_NONE) == RANK_NONE and recalled_phrase(
        ctx.doc[head.tok_start:head.tok_end].root, inquiry_only=True)


def _stage_rank(trig: Trigger) -> int:
    """How far the act a trigger tells got: done (0), tried (1, flag "attempted"), threatened (2)."""
    return 2 if "threat" in trig.flags else 1 if "attempted" in trig.flags else 0


TOPIC_DEPTH = 4


def _topic_acts(ctx: Context, head: Trigger, trigs: list[Trigger]) -> list[tuple[Trigger, Span]]:
    """The acts of violence a protest ``head`` denounces (:func:`_protest_topics`), told by a noun ("carrying placards
    denouncing the killing of six priests", « pour dénoncer l'assassinat de trois enseignants », "a protest for the
    murder of Jose Perez and Manuel Ortiz"): each act's trigger and its noun, whose phrase tells the act."""
    if head.event_type not in PROTEST_TYPES:
        return []
    topics = _protest_topics(ctx, trigs)
    return [(t, root) for t in trigs if t.tok_start in topics and t.event_type in VIOLENT_TYPES
            for root in [ctx.doc[t.tok_start:t.tok_end].root] if root.pos_ in ("NOUN", "PROPN")]


def _quantifies_protesters(tok, protests: set[int]) -> bool:
    """``tok`` is a pronoun or quantity word with the protest's people as its "of" complement ("many of the marchers",
    « beaucoup de manifestants »)."""
    return tok.pos_ in ("PRON", "NUM", "ADJ", "DET") and any(
        c.i in protests or c.dep_ == "prep" and any(k.i in protests for k in c.children) for c in tok.children)


def _protest_topics(ctx: Context, trigs: list[Trigger]) -> set[int]:
    """The starts of the sentence's non-protest triggers that are the topic (:func:`events.protest_topic`)
    of a protest trigger that governs them ("marched to denounce the massacres", "protested against the
    bombing of a school", "ont manifesté pour dénoncer l'enlèvement"); not an act the protest led to
    ("the strike ... has unleashed violent confrontations and four bombings")."""
    protests = {ctx.doc[t.tok_start:t.tok_end].root.i for t in trigs if t.event_type in PROTEST_TYPES}
    out = set()
    for t in trigs:
        if t.event_type in PROTEST_TYPES:
            continue
        root = ctx.doc[t.tok_start:t.tok_end].root
        chain = governors(root, TOPIC_DEPTH)
        # the object of an infinitive of protest purpose, with no protest word of its own ("youths barricaded roads and
        # attacked vehicles to protest the massacre of civilians": events_<lang>.PROTEST_PURPOSE_VERBS under a
        # PURPOSE_MARKERS word): what the crowd acted against, not its act
        if any(g.pos_ == "VERB" and g.dep_ in ("advcl", "xcomp") and g.lemma_.lower() in ctx.m.protest_purpose_verbs
               and any(c.lower_ in ctx.m.purpose_markers for c in g.children if c.dep_ in ("aux", "mark"))
               for g in chain) and protest_topic(root, ctx.m):
            out.add(t.tok_start)
            continue
        if not protests:
            continue
        if any(g.i in protests for g in chain) and protest_topic(root, ctx.m):
            out.add(t.tok_start)
            continue
        # or the protest's people are the subject of a verb above a verb of denouncing that carries the topic ("many of
        # the marchers carried placards denouncing the killing of two teachers", « des manifestants portaient des
        # pancartes dénonçant »; the parse may make their verb a clause said of the people's quantifier: « Beaucoup de
        # manifestants ... portaient »); not a preposition alone ("the strike has unleashed confrontations over the
        # past days and four bombings": what the strike led to)
        for k, g in enumerate(chain):
            if not any(v.pos_ == "VERB" and (v.lemma_.lower() in ctx.m.protest_topics or v.lower_ in ctx.m.protest_topics)
                       for v in chain[:k + 1]):
                continue
            if _quantifies_protesters(g, protests) or g.pos_ in ("VERB", "AUX") and any(
                    c.dep_.startswith("nsubj") and any(x.i in protests for x in c.subtree) for c in g.children):
                if protest_topic(root, ctx.m):
                    out.add(t.tok_start)
                break
    return out


def _recalled_by_speaker(ctx: Context, trig: Trigger) -> bool:
    """ "I remember when they bombed the service station", "let us recall that ...", "je me souviens
    quand ...", "rappelons que ...": the speaker recalls the event in the complement of a verb of
    recalling said in the first person, history told for context (MUC-4 task definition rule 6:
    "phrases such as 'Let us recall that...'"), not news. A third person who recalls ("survivors
    recalled how gunmen opened fire") is a witness telling it."""
    verbs = lexicon_words("events", ctx.lang, "RECALL_VERBS")
    if not verbs:
        return False
    tok = ctx.doc[trig.tok_start:trig.tok_end].root
    for _ in range(6):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs:
            speakers = [tok, *(c for c in tok.children if c.dep_.startswith("nsubj") or c.dep_ == "expl:comp")]
            return any("1" in t.morph.get("Person") for t in speakers)
    return False


def _threat_beside(ctx: Context, head: Trigger, trigs: list[Trigger]) -> Trigger | None:
    """A threat the sentence tells in a clause of its own beside the act that heads it ("the judge
    left the country because her life was threatened, and her father was murdered", "le maire a
    reçu des menaces de mort et son chauffeur a été abattu"): MUC-4 keeps a threat and an act as
    two incidents of their own stage. Not a threat said of a noun ("shot dead the judge, who had
    received death threats": what the victim had gone through)."""
    if "threat" in head.flags:
        return None
    return next((t for t in trigs if "threat" in t.flags and not t.generic and not in_relative_clause(ctx.doc, t)
                 and not (t.tok_start < head.tok_end and head.tok_start < t.tok_end)), None)


def _describes_a_noun(doc, trig: Trigger) -> bool:
    """A past participle that describes a noun, like a relative clause ("relatives of people
    abducted by the militia demonstrated", "des proches de personnes enlevées par la milice"): who
    the noun is, background to the clause's own event."""
    root = doc[trig.tok_start:trig.tok_end].root
    return root.pos_ == "VERB" and root.dep_ == "acl" and "Part" in root.morph.get("VerbForm") \
        and "Past" in root.morph.get("Tense") and root.head.pos_ in ("NOUN", "PROPN")


def _own_patient(ctx: Context, trig: Trigger):
    """The object (or passive subject) of an event verb, when it names people of its own: not a
    pronoun ("killed him": the people named before), none for a verb that shares its conjunct's."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.pos_ != "VERB":
        return None
    obj = next((c for c in root.children if c.dep_ in VICTIM_DEPS), None)
    if obj is None or obj.pos_ == "PRON" and "Prs" in obj.morph.get("PronType"):
        return None
    if obj.ent_type_ in ("GPE", "LOC", "FAC") or any(p.start <= obj.idx < p.end for p in ctx.places):
        return None  # a place the parser took for the object ("KILLED [EXCERPT] HUANCAYO --")
    return obj


def _noun_patient(ctx: Context, trig: Trigger):
    """The "of" complement of an event noun ("the kidnapping of a mayor", "l'enlèvement d'un maire"),
    or None."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    return next(of_complements(root, ctx.m.complement_preps), None) if root.pos_ == "NOUN" else None


def _counts_noun(ctx: Context, c: Counted, tok) -> bool:
    """The figure of ``c`` counts the noun ``tok`` (or a noun coordinated with it)."""
    head = _head_span(ctx, c.quantity)
    return head is not None and any(t.i in {x.i for x in _victim_group(tok)} for t in head)


def _kills_others(ctx: Context, trig: Trigger, trigs: list[Trigger]) -> bool:
    """``trig`` is a killing (a death cue) of people of its own who are not named as fighters, in a
    sentence whose abduction (among ``trigs``) takes other people."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    near = {trig.tok_start, root.i, *(c.i for c in root.children)}  # "shot dead", "shot ... dead"
    if not any(label == "DEATH" and any(s <= i < e for i in near) for label, s, e in ctx.cues):
        return False
    if _killed_beside_the_taken(ctx, root) is not None:
        return True  # « ont enlevé la femme d'un commerçant et l'ont tué »: the trader, another person of the taken phrase
    dead = _own_patient(ctx, trig)
    if dead is None:
        return _kills_another_of_the_phrase(ctx, root, trigs)
    killed = _taken_and_killed(ctx, root)
    if killed is not None and killed[2].i == dead.i:
        return False  # « ont enlevé un commerçant et l'ont exécuté »: the dead are the taken
    if _denied_harm(ctx, root) or any(c.dep_ in ("mark", "case") and c.lower_ in lexicon_words(
            "quantities", ctx.lang, "NO_HARM_WORDS") for c in root.children):
        return False  # « ont enlevé un commerçant sans le tuer »: no one killed
    lo, hi = dead.left_edge.i, dead.right_edge.i
    if any(label == "COMB" and lo <= s <= hi for label, s, e in ctx.cues) or any(
            a.armed and lo <= a.tok_start <= hi for a in ctx.actors):
        return False  # "two of those identified as soldiers", "two army members"
    # the abduction's own people differ, or it is told after the dead were named ("ont tué deux
    # villageois et enlevé cinq autres", whatever the parser makes of "cinq autres"); "abducted and
    # shot dead the priest" shares its object
    return any(t.sub_event_type == ABDUCTION and ((taken := _own_patient(ctx, t)) is not None and taken.i != dead.i
                                                  or t.tok_start > dead.i) for t in trigs)


def _kills_another_of_the_phrase(ctx: Context, verb, trigs: list[Trigger]) -> bool:
    """ "Gunmen abducted the wife of a trader and killed him", « ont enlevé la femme d'un commerçant et l'ont tué »:
    the killing verb's object is a personal pronoun of one gender (:func:`victims.pronoun_gender`; in French a singular
    masculine participle agrees with it), the person an abduction among ``trigs`` took is of the other
    (:func:`victims.person_gender`), and the taken phrase names another person ("of a trader"): the pronoun stands for
    that person, killed in the taking (:func:`_kills_others`)."""
    pron = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.pos_ in ("PRON", "DET")), None)
    if pron is None:
        return False
    return any(_other_of_the_taken_phrase(ctx, pron, taken) is not None for taken in (
        _own_patient(ctx, t) if t.sub_event_type == ABDUCTION else None for t in trigs) if taken is not None)


def _object_pronoun_gender(pron, lang: str) -> str | None:
    """The gender of the object pronoun ``pron`` of a verb (:func:`victims.pronoun_gender`), or in French the masculine
    a singular masculine past participle after it tells (« l'ont tué »: the participle agrees with the object told
    before it; that of « l'ont tuée » is the feminine :func:`victims.pronoun_gender` reads)."""
    gender = pronoun_gender(pron, lang)
    if gender is None and pron.i < pron.head.i and "Plur" not in pron.morph.get("Number"):
        gender = participle_gender(pron.head, lang)
    return gender


def _taken_of_the_pronouns_gender(ctx: Context, pron, taken) -> bool:
    """The singular object pronoun ``pron`` of a killing verb is of the gender the words of the taken noun ``taken``
    tell ("abducted the wife of a trader and killed her", « ont enlevé la femme d'un commerçant et l'ont tuée »): it
    stands for the taken, whoever else the taken phrase names (:func:`_object_pronoun_gender`)."""
    if pron.lower_ not in ctx.m.person_pronouns_singular or pron.lower_ in ctx.m.person_pronouns_plural:
        return False
    gender = _object_pronoun_gender(pron, ctx.lang)
    own = next((v for v in ctx.victims if v.tok_start <= taken.i < v.tok_end), None)
    return gender is not None and own is not None and person_gender(ctx.doc, own, ctx.lang) == gender


def _other_of_the_taken_phrase(ctx: Context, pron, taken) -> VictimMention | None:
    """ "abducted the wife of a trader and killed him", « ont enlevé la femme d'un commerçant et l'ont tué »: the person
    the singular object pronoun ``pron`` of a killing verb stands for, when the person the abduction took (the noun
    ``taken``) is of the other gender (:func:`victims.person_gender`; :func:`_object_pronoun_gender`) and the taken
    phrase names another person, of the pronoun's gender or of none (the last such one); None otherwise."""
    if pron.lower_ not in ctx.m.person_pronouns_singular or pron.lower_ in ctx.m.person_pronouns_plural:
        return None
    gender = _object_pronoun_gender(pron, ctx.lang)
    if gender is None:
        return None
    own = next((v for v in ctx.victims if v.tok_start <= taken.i < v.tok_end), None)
    told = person_gender(ctx.doc, own, ctx.lang) if own is not None else None
    if told is None or told == gender:
        return None
    others = [v for v in ctx.victims if taken.left_edge.i <= v.tok_start <= taken.right_edge.i
              and not v.tok_start <= taken.i < v.tok_end and person_gender(ctx.doc, v, ctx.lang) in (None, gender)]
    return others[-1] if others else None


TAKING_HOPS = 2  # heads from a killing verb's conjunct up to the taking's verb (_taken_and_killed)


def _taken_and_killed(ctx: Context, verb):
    """ "Gunmen abducted a trader on Tuesday and killed him on Saturday", « ont enlevé mardi un commerçant et l'ont
    exécuté samedi », « avant de l'exécuter », "Two traders were abducted ... and later executed", « Un commerçant a été
    enlevé mardi puis tué samedi »: the killing verb ``verb``, joined to an abduction's verb of its sentence (a
    conjunct, or the clause hung on it) with no subject of its own but a personal pronoun (the takers did both), kills
    the people that abduction took: its object is a personal pronoun of their number, or it has no object and shares
    their passive subject (docs/conventions.md "Taken, then killed": one act, the abduction, their death its toll); so
    does the verb a result of death is said on ("were kidnapped and later found dead"). Returns (the taking verb, the noun of the taken, the word of the dead: the pronoun, or that noun); else None."""
    joined = _joined_taking(ctx, verb)
    if joined is None:
        return None
    taking, taken = joined
    singular, plural = ctx.m.person_pronouns_singular, ctx.m.person_pronouns_plural
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj")), None)
    if any(taken.left_edge.i <= v.tok_start <= taken.right_edge.i and not v.tok_start <= taken.i < v.tok_end
           for v in ctx.victims) and not (obj is not None and _taken_of_the_pronouns_gender(ctx, obj, taken)):
        # ("abducted the wife of a trader and killed him": whom the pronoun stands for is not said, unless its gender
        # is the taken's: "... and killed her", « l'ont tuée »)
        return None
    if obj is None:
        # the passive subject they share ("were abducted ... and later executed"), no other person named by the verb
        return (taking, taken, taken) if taken.dep_ in PASSIVE_SUBJECTS else None
    if obj.pos_ not in ("PRON", "DET") or obj.i < taken.i or (obj.lower_ in singular) == (obj.lower_ in plural) \
            or (obj.lower_ in plural) != is_plural(taken) or not set(obj.morph.get("Gender")) <= set(
                taken.morph.get("Gender") or obj.morph.get("Gender")):
        return None  # (a pronoun of the other gender stands for someone else)
    own = next((v for v in ctx.victims if v.tok_start <= taken.i < v.tok_end), None)
    told = person_gender(ctx.doc, own, ctx.lang) if own is not None and obj.lower_ in singular else None
    if told is not None and _object_pronoun_gender(obj, ctx.lang) not in (None, told):
        return None  # (« ont enlevé la femme d'un boutiquier et l'ont tué »: the participle agrees with someone else)
    return taking, taken, obj


def _killed_beside_the_taken(ctx: Context, verb) -> tuple[Token, VictimMention] | None:
    """ "Gunmen abducted the wife of a trader and killed him", « ont enlevé la femme d'un commerçant et l'ont tué »:
    the killing verb ``verb``, joined to an abduction's verb as :func:`_taken_and_killed` reads it, kills another
    person of the taken phrase, whom its object pronoun stands for by its gender
    (:func:`_other_of_the_taken_phrase`). Returns (the pronoun, that person); else None."""
    joined = _joined_taking(ctx, verb)
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj")), None)
    if joined is None or obj is None or obj.pos_ not in ("PRON", "DET") or obj.i < joined[1].i:
        return None
    other = _other_of_the_taken_phrase(ctx, obj, joined[1])
    return (obj, other) if other is not None else None


def _joined_taking(ctx: Context, verb):
    """The abduction's verb a killing verb ``verb`` is joined to in its sentence (a conjunct, or the clause hung on
    it), with no subject of its own but a personal pronoun (the takers did both), nor a purpose or a denial of harm,
    and the noun of the taken (its object, or its passive subject): (taking, taken); else None
    (:func:`_taken_and_killed`)."""
    if verb.pos_ != "VERB" or verb.dep_.split(":")[0] not in ("conj", "advcl", "xcomp"):
        return None
    plural = ctx.m.person_pronouns_plural
    taking = verb.head
    for _ in range(TAKING_HOPS):
        if verb.dep_ != "conj" or taking.pos_ not in ("NOUN", "PROPN") or taking.head.i == taking.i:
            break
        taking = taking.head  # (the French parse hangs « et l'ont exécuté » on a noun of the taking's clause)
    if taking.i not in ctx.taking_tokens or taking.pos_ != "VERB":
        return None
    taken = next((c for c in taking.children if c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN")), None) \
        or next((c for c in taking.children if c.dep_ in PASSIVE_SUBJECTS and c.pos_ in ("NOUN", "PROPN")), None)
    if taken is None or any(c.dep_.startswith("nsubj") and not (c.pos_ == "PRON" and c.lower_ in plural)
                            for c in verb.children):
        return None  # ("abducted a trader and soldiers killed him": others' act)
    unharmed = lexicon_words("quantities", ctx.lang, "NO_HARM_WORDS")
    if any(c.dep_ in ("mark", "aux", "case") and (c.lower_ in ctx.m.purpose_markers or c.lower_ in unharmed)
           for c in verb.children):
        return None  # (« pour l'exécuter », "to kill him": what they meant; « sans le tuer »: not done)
    return taking, taken


def _dated_older(ctx: Context, trig: Trigger) -> bool:
    """An event noun whose own phrase dates it to a month or a year: "the 2013 massacre", "last
    year's bomb attack", "l'attentat de 2015"."""
    return _noun_dated_older(ctx, ctx.doc[trig.tok_start:trig.tok_end].root, trig.sent_index)


def _noun_dated_older(ctx: Context, root, si: int) -> bool:
    """:func:`_dated_older` of the noun ``root`` of sentence ``si``."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    lo, hi = _phrase_chars(root)
    dates = _in_sent(ctx, si, ctx.dates)
    if any(t.dep_ != "ROOT" and _a_year(t) and not any(d.start <= t.idx < d.end and _grain(ctx, d) not in COARSE
                                                       for d in dates) for t in root.subtree):
        return True  # "the 2013 massacre", "le massacre de 2013": a year the date finder reads only after "in"
    # (not the period a rank is counted in: "the second attack on the village this month" is this month's second)
    if any(lo <= d.start and d.end <= hi and d.kind != "anaphoric" and _grain(ctx, d) in COARSE
           and not _frames_a_rank(ctx, d) for d in dates):
        return True
    return _month_after_the_phrase(ctx, root, dates)


def _month_after_the_phrase(ctx: Context, root, dates: list) -> bool:
    """ "A COURT TODAY SENTENCED TWO FORMER POLICEMEN FOR THE MURDER OF CANDIDATE X IN OCTOBER 1987",
    « a condamné aujourd'hui ... pour l'assassinat du candidat X en octobre 1987 »: a month or a year
    right after the act noun's phrase (one preposition between) that the parse hangs on the verb,
    in a sentence that dates its verb finer already ("TODAY"), is the act's own date."""
    end = root.right_edge.i + 1
    if end + 1 >= len(ctx.doc):
        return False
    after = [d for d in dates if d.kind != "anaphoric" and _grain(ctx, d) in COARSE
             and d.start in (ctx.doc[end].idx, ctx.doc[end + 1].idx)]
    if not after or (after[0].start != ctx.doc[end].idx and ctx.doc[end].pos_ != "ADP"):
        return False
    lo = ctx.doc[root.left_edge.i].idx
    return any(d.kind != "anaphoric" and _grain(ctx, d) not in COARSE and d.end <= lo for d in dates)


def _a_year(t) -> bool:
    return t.like_num and len(t) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100


def _protesting_target(doc, trig: Trigger, trigs: list[Trigger]) -> bool:
    """A protest told in a relative clause on what another act of the sentence was aimed at ("ont ouvert
    le feu sur la foule qui protestait", "fired on people who were protesting"): who the act was done to
    were protesting then, so the protest is news (ACLED's force against protesters), not background."""
    if trig.event_type != "Protests":
        return False
    root = doc[trig.tok_start:trig.tok_end].root
    if root.dep_ in ("obj", "dobj") and root.head.dep_ in ("relcl", "acl:relcl"):
        root = root.head  # « ont arrêté des militants qui tenaient un sit-in »: the protest is the clause's object
    if root.dep_ not in ("relcl", "acl:relcl"):
        return False
    acts = {i for t in trigs if t is not trig and t.sent_index == trig.sent_index and t.event_type != "Protests"
            for i in range(t.tok_start, t.tok_end)}
    # the antecedent, through its preposition, hangs on the act ("sur la foule", "on the crowd")
    return any(g.i in acts for g in governors(root.head, 2))


def _about_a_person(doc, trig: Trigger) -> bool:
    """The relative clause holding ``trig`` is about a person: its antecedent is a person's name,
    or its pronoun is a personal one (``events_<lang>.PERSON_RELATIVE_PRONOUNS``: "who", "whom";
    French "qui" and "lequel" say nothing). Not when its
    verb is in the past perfect ("a man who had killed his neighbour", "qui avait tué"): an act
    told as earlier than the main clause's is who the person is, background to it."""
    tok = doc[trig.tok_start:trig.tok_end].root
    for t in [tok, *tok.ancestors]:
        if t.dep_ in ("relcl", "acl:relcl"):
            if past_perfect(t):
                return False
            if t.i != tok.i and _says(t):
                return False  # "a police spokesman, who said officers had exchanged fire": what the person told
            personal = lexicon_words("events", doc.lang_, "PERSON_RELATIVE_PRONOUNS")
            return t.head.ent_type_ in ("PERSON", "PER") or any(c.lower_ in personal for c in t.children)
    return False


def _says(verb) -> bool:
    """``verb`` is a verb of saying (claims_<lang>.REPORTING_VERBS, as the language's matchers hold them)."""
    return verb.lemma_.lower() in for_language(verb.doc.lang_).reporting


def _day_date(ctx: Context, tok) -> bool:
    """The token is part of a date told to the day ("Monday", « lundi »)."""
    return any(d.start <= tok.idx < d.end and d.value.precision == "day" for d in ctx.dates)


def _named_by_its_day(ctx: Context, trig: Trigger) -> bool:
    """The trigger is a noun of an act named by its day: a day's possessive or complement ("Monday's attack",
    « l'attaque de lundi »)."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    kids = [c for c in root.children if c.dep_.split(":")[0] in ("poss", "nmod")]
    kids += [g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(_day_date(ctx, k) for k in kids)


def _is_definite(ctx: Context, trig: Trigger) -> bool:
    """ "la frappe", "the strike", "cette attaque", "Monday's attack" (a day's possessive names the act of that day: a
    known one): a singular definite mention of an event."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    first = ctx.doc[trig.tok_start]
    dets = [c for c in root.children if c.dep_ in ("det", "det:poss", "poss", "predet")]
    if trig.tok_start > 0 and ctx.doc[trig.tok_start - 1].dep_ in ("det", "poss", "predet"):
        dets.append(ctx.doc[trig.tok_start - 1])
    if is_plural(root):
        # "POLICE ATTRIBUTED BOTH ATTACKS TO ...": a plural that can only point back (``events_<lang>.
        # BACK_PLURAL_DETERMINERS``), not "the attacks" of a generality
        back = lexicon_words("events", ctx.lang, "BACK_PLURAL_DETERMINERS")
        return any(d.lower_ in back for d in dets) and first.pos_ in ("NOUN", "PROPN", "ADJ", "DET")
    definite = lexicon_words("events", ctx.lang, "DEFINITE_DETERMINERS")
    return any(d.lower_ in definite or d.dep_ == "poss" and _day_date(ctx, d) for d in dets) \
        and first.pos_ in ("NOUN", "PROPN", "ADJ")


VIOLENT_TYPES = ("Violence against civilians", "Explosions/Remote violence", "Battles")


def _vague(ctx: Context, inc: Incident) -> bool:
    """An incident whose type says little of how it was done: typed from a generic word ("the
    attack", "were killed") or a destruction of property ("the destruction of the vehicles")."""
    return inc.id in ctx.generic_typed or inc.sub_event_type == PROPERTY_DESTRUCTION


def _types_compatible(ctx: Context, prev: Incident, inc: Incident) -> bool:
    """Two mentions may tell one event: the same type, or two kinds of violence one of which is
    vague ("two people were killed ... the car bomb went off")."""
    if prev.event_type == inc.event_type:
        return True
    if not (_vague(ctx, prev) or _vague(ctx, inc)):
        return False
    # a fight said as such ("their offensive", "the clash") is not a bombing nor a murder
    for x in (prev, inc):
        if x.event_type == STRATEGIC and x.sub_event_type != PROPERTY_DESTRUCTION:
            return False
        if x.event_type not in VIOLENT_TYPES and x.event_type != STRATEGIC:
            return False
        if x.event_type == "Battles" and not _vague(ctx, x):
            return False
    return True


def _places_agree(ctx: Context, prev: Incident, inc: Incident) -> bool:
    """Compatible places; a place only borrowed from the context (the dateline, the story's focus)
    does not contradict the place a later mention gives ("The bomb was placed in a dance hall in
    Ayacucho")."""
    if prev.id not in ctx.own_place or inc.id not in ctx.own_place:
        return True
    return places_compatible(prev, inc)


def _campaign_since_holds(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident]) -> Incident | None:
    """ "EARLY THIS MORNING A PLANE STRAFED THE SOYAPANGO MARKET ... SINCE MONDAY THE ARMED FORCES HAVE BEEN STRAFING
    THE POOR NEIGHBORHOODS OF THE CAPITAL": an act told as going on since a day (a perfect of the present,
    "has been strafing", ``events_<lang>.STANDING_PERFECT_TENSES``, with a date after a word of
    ``reports_<lang>.SINCE_YEAR``) holds the act of its kind told before within that time and place, when that act
    names no doer of its own: one act, whose doer the campaign names; its own day stays (:func:`_merge_anaphor`).
    French tells it in the present (« l'armée mitraille depuis samedi »), which tells no act of its own."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    verb = root
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "has been shelling and strafing": the auxiliaries are the first verb's
    if root.pos_ != "VERB" or not earlier:
        return None
    perfect = lexicon_words("events", ctx.lang, "PERFECT_AUXILIARIES")
    standing = lexicon_words("events", ctx.lang, "STANDING_PERFECT_TENSES")
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    if not any(c.lemma_.lower() in perfect and any(tn in standing for tn in c.morph.get("Tense")) for c in auxes):
        return None
    since = lexicon_words("reports", ctx.lang, "SINCE_YEAR")
    start = None
    for d in _in_sent(ctx, trig.sent_index, ctx.dates):
        span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or span.start == 0 or ctx.doc[span.start - 1].lower_ not in since or d.value.start is None:
            continue
        if _first_verb_above(ctx, d.start) in (root.i, verb.i):
            start = d.value.start
    pub = ctx.document.published
    if start is None or pub is None:
        return None
    prev = next((p for p in reversed(earlier) if p.sub_event_type == inc.sub_event_type), None)
    if prev is None or prev.date.start is None or prev.date.basis == "publication" \
            or not start <= prev.date.start <= (prev.date.end or prev.date.start) <= pub:
        return None
    if not _placeholder_perpetrator(prev) or not _places_agree(ctx, prev, inc) or _placeholder_perpetrator(inc):
        return None
    return prev


def _another(ctx: Context, trig: Trigger) -> bool:
    """ "another bridge was blown up", "une nouvelle attaque": the mention introduces a further
    event."""
    words = lexicon_words("events", ctx.lang, "ANOTHER_WORDS")
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    near = [*root.children, *(ctx.doc[max(trig.tok_start - 2, 0):trig.tok_start])]
    if root.dep_.startswith("nsubj") or root.pos_ in ("VERB", "AUX"):
        near += [t for c in root.children if c.dep_.startswith("nsubj") for t in c.subtree]
    return any(t.lower_ in words for t in near)


def _further_act(ctx: Context, trig: Trigger, another: bool = True) -> bool:
    """The act is told as one more of its kind, not as the one before told again: done again ("attacked the convoy
    again", « ont de nouveau attaqué », ``events_<lang>.AGAIN_WORDS`` on its verb or right before it), named as
    another ("A second attack on the convoy": :func:`_another` on an event noun), or told after a word of what came
    after ("Later that day", ``LATER_OPENERS``) by a word of attack (a death told there, "died in hospital", is
    still the act's). An event noun with an ordinal and an indefinite article ("a second attack", « une deuxième
    attaque ») is one more act; "the second bomb" may be one of several told. ``another=False``: not by "another"
    (:func:`_elaborated` has its own rule of it)."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if another and root.pos_ == "NOUN" and _another(ctx, trig):
        return True
    ordinals = lexicon_words("quantities", ctx.lang, "ORDINAL_WORDS")
    if root.pos_ == "NOUN" and any(c.lower_ in ordinals for c in root.children) \
            and any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in root.children):
        return True  # "A second attack on the convoy", « une deuxième attaque »: one more act counted
    again = lexicon_words("events", ctx.lang, "AGAIN_WORDS")
    sent = ctx.sents[trig.sent_index]
    before = " ".join(t.lower_ for t in ctx.doc[max(trig.tok_start - 3, sent.start):trig.tok_start])
    if any(before == w or before.endswith(" " + w) for w in again) \
            or any(c.dep_ == "advmod" and c.lower_ in again for c in root.children):
        return True
    attack = root.lemma_.lower() in ctx.m.attack_verbs or root.lower_ in ctx.m.attack_verbs
    return (attack or not trig.generic) and _opens_new_event(ctx, trig.sent_index, "LATER_OPENERS")


def _told_as_definite(ctx: Context, head: Trigger, trigs: list[Trigger]) -> bool:
    """The sentence names its event by a definite generic noun beside the more specific trigger that
    heads it ("The attack was carried out by men who threw a bomb at the house", "L'attentat a été
    commis par des inconnus qui ont lancé une bombe"): the definite noun, before the head, refers
    back to an event already told, and the head tells how it was done (after it, the definite noun
    may be the head's own event told again: "Referring to the car bomb explosion in Santa Tecla, the
    front claimed responsibility for the attack"); or it names, after the head, the act the head was
    done in (:func:`_during_the_act`)."""
    # (not a head in a relative clause on a noun of another verb's clause: "condemned the cowardly attack and said
    # troops were sent to the region, where clashes displaced thousands last year" tells the region's past; the
    # doers of the definite noun's own verb, "carried out by men who threw a bomb", tell how it was done)
    root = ctx.doc[head.tok_start:head.tok_end].root
    rel = next((a for a in [root, *governors(root)] if a.dep_ in RELATIVE_DEPS), None)
    rel_verb = _clause_verb(rel.head) if rel is not None else None
    at = rel_verb.i if rel_verb is not None else None
    return any(t.tok_start < head.tok_start and t.generic and _is_definite(ctx, t) and not _another(ctx, t)
               and (rel is None or rel.left_edge.i <= t.tok_start <= rel.right_edge.i
                    or at is not None and getattr(_clause_verb(ctx.doc[t.tok_start:t.tok_end].root), "i", None) == at)
               for t in trigs) or _during_the_act(ctx, head)


def _clause_verb(tok):
    """The first verb above ``tok`` (``tok`` itself when it is one), or None."""
    return tok if tok.pos_ in ("VERB", "AUX") else next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _during_the_act(ctx: Context, head: Trigger) -> bool:
    """After the head, a phrase of simultaneity names a known act by a generic noun ("houses were set on
    fire during the attack", « incendiées lors de l'attaque »: events_<lang>.SIMULTANEOUS_PREPS, a known
    noun's determiner): the head is what was done in that act, told before."""
    sent = ctx.sents[head.sent_index]
    for p in ctx.doc[head.tok_end:sent.end]:
        if p.lower_ not in ctx.m.simultaneous:
            continue
        for n in ctx.doc[p.i + 1:min(p.i + 4, sent.end)]:
            if n.pos_ == "NOUN" and (n.lemma_.lower() in ctx.m.attack_verbs or n.lower_ in ctx.m.attack_verbs) \
                    and _known_noun(ctx, n) and not any(t.lower_ in lexicon_words("events", ctx.lang, "ANOTHER_WORDS")
                                                        for t in n.children):
                return True
    return False


def _antecedent(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident],
                told: bool = False) -> Incident | None:
    """A definite mention ("la frappe", "the strike", "the car bomb"), or a sentence that names its
    event by a definite generic noun (``told``: :func:`_told_as_definite`), refers back to the latest
    incident of a compatible type in the document, unless place or perpetrator contradict; a mention
    that tells how it was done ("the air strike on the hospital", « la frappe sur le marché ») refers
    back to the latest incident done that way (the same sub-event type), not to a later one of
    another kind (a car bomb, a shelling) told in between."""
    reacted = _reacted_to(ctx, trig)
    if not earlier or not (told or reacted or _is_definite(ctx, trig) or _plural_told_back(ctx, trig, inc, earlier)) \
            or _another(ctx, trig):
        return None
    prev = _latest_compatible(ctx, inc, earlier, trig)
    if prev is None and (reacted or _owned_act(ctx, trig)):
        # "... ambushed a convoy, killing 27 soldiers. JNIM claimed the attack": the act a group claims (or condemns)
        # is the act told, a fight too (an ambush, a raid on a post), whatever word the claim names it by
        prev = next((p for p in reversed(earlier) if p.event_type in VIOLENT_TYPES and not p.recalled), None)
    if prev is None or not (_places_agree(ctx, prev, inc) and actors_compatible(prev, inc)) \
            or _about_other_victim(ctx, trig, prev) or _other_day(ctx, prev, inc) and not _owned_later(ctx, trig, prev, inc) \
            or _doers_hit_after(prev, inc):
        return None
    return prev


def _doers_hit_after(prev: Incident, inc: Incident) -> bool:
    """The named doers of ``prev`` are the side ``inc`` hits, and ``inc``'s doers are none of the sides ``prev`` hit
    (no hitting back): another act, aimed at them ("RSF shelled a camp near El Fasher ... The army said its aircraft
    had struck RSF positions east of the city"). Not after a battle, whose sides hit each other in every telling of
    it ("more than 20 Taliban died when the army and police counter-attacked")."""
    if prev.event_type == "Battles":
        return False
    doers = {a.name for a in prev.actors if a.role == "actor1" and a.kind != "unidentified"}
    hit = {a.name for a in inc.actors if a.role == "actor2" and a.kind != "unidentified"}
    if not doers & hit:
        return False
    theirs = {a.name for a in inc.actors if a.role == "actor1" and a.kind != "unidentified"}
    return not theirs & {a.name for a in prev.actors if a.role in ("actor2", "victim")}


def _plural_told_back(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident]) -> bool:
    """ "Two bombs exploded ... The attacks were attributed to drug traffickers": a plural act noun with a definite
    determiner (``events_<lang>.DEFINITE_DETERMINERS``, ``PLURAL_DEFINITE_DETERMINERS``, or a demonstrative) and no
    number of its own, after two acts or more of a compatible type told before in the story, or after an act told with
    two people hit or more ("Gunmen killed a farmer on Monday and a teacher on Tuesday. The killings were ..."), names
    those acts again (not acts of a generality of its own); a fight noun in the plural under a determiner of a thing
    known (``KNOWN_NOUN_DETERMINERS``) after a fight told before names that fight again ("Soldiers clashed with rebels
    in Bria. The clashes killed twelve people", "These clashes", « De violents combats ... Les combats ont fait douze
    morts »)."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.pos_ != "NOUN" or not is_plural(root) or "participant" in trig.flags or "threat" in trig.flags \
            or any(c.dep_ == "nummod" for c in root.children):
        return False
    definite = lexicon_words("events", ctx.lang, "DEFINITE_DETERMINERS") \
        | lexicon_words("events", ctx.lang, "PLURAL_DEFINITE_DETERMINERS")
    dets = [c for c in root.children if c.dep_ in ("det", "predet")]
    # (a fight told in the plural is one fight: "the clashes", "these clashes", « les combats », « les affrontements »
    # after one fight told, as "the fighting" is: events_<lang>.FIGHT_NOUNS under a determiner of a thing known,
    # KNOWN_NOUN_DETERMINERS)
    fights = lexicon_words("events", ctx.lang, "FIGHT_NOUNS")
    one_fight = (root.lemma_.lower() in fights or root.lower_ in fights) \
        and any(d.lower_ in lexicon_words("events", ctx.lang, "KNOWN_NOUN_DETERMINERS") for d in dets)
    # (or a demonstrative: "both of these attacks", « ces attentats »)
    if not one_fight and not any(d.lower_ in definite or "Dem" in d.morph.get("PronType") for d in dets):
        return False
    acts = [p for p in earlier if not p.recalled and _types_compatible(ctx, p, inc)]

    def told_in_plural(p: Incident) -> bool:  # "Two bombs exploded": more than one act in one incident
        if sum(1 for a in p.actors if a.role == "victim") >= 2:
            return True  # "Gunmen killed a farmer on Monday and a teacher on Tuesday": people hit one by one
        for e in p.evidence:
            sp = ctx.doc.char_span(e.start, e.end, alignment_mode="expand") if e.field == "event_type" else None
            if sp is not None and sp.root.pos_ == "NOUN" and is_plural(sp.root):
                return True
        return False
    if any(d.lower_ in definite or "Dem" in d.morph.get("PronType") for d in dets) \
            and (len(acts) >= 2 or bool(acts) and told_in_plural(acts[-1])):
        return True
    return one_fight and bool(acts) and acts[-1].event_type == "Battles"


def _acts_blamed_together(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident]) -> list[Incident]:
    """ "A farmer was killed on Monday ... a teacher was shot on Tuesday. The killings of the farmer and of the teacher
    were attributed to a death squad": a plural act noun with a definite determiner (``KNOWN_NOUN_DETERMINERS``) whose
    own phrase names the people hit, each a victim of another act told before (not recalled, of a compatible type),
    names those acts again together; when the mention names a doer, each of them takes it. Empty unless two acts or
    more are so named and the mention has a doer of its own."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if not earlier or root.pos_ != "NOUN" or not is_plural(root) or "threat" in trig.flags:
        return []
    definite = lexicon_words("events", ctx.lang, "KNOWN_NOUN_DETERMINERS")
    if not any(c.dep_ in ("det", "predet") and c.lower_ in definite for c in root.children):
        return []
    if not any(a.role == "actor1" for a in inc.actors) or _placeholder_perpetrator(inc):
        return []
    named = [v for v in ctx.victims if root.i < v.tok_start and v.tok_end <= root.right_edge.i + 1]
    if len(named) < 2:
        return []

    def same(a: str, b: str) -> bool:
        a, b = f" {_words(a).casefold()} ", f" {_words(b).casefold()} "
        return a in b or b in a
    acts: list[Incident] = []
    for v in named:
        hit = [p for p in earlier if not p.recalled and _types_compatible(ctx, p, inc) and any(
            a.role == "victim" and same(a.mention or "", v.text) for a in p.actors)]
        if len(hit) != 1:
            return []  # a person of no act told before, or of several: not acts named back one by one
        if hit[0] not in acts:
            acts.append(hit[0])
    return acts if len(acts) >= 2 else []


def _take_doers(ctx: Context, prev: Incident, inc: Incident) -> None:
    """``prev`` takes the doers (actor1) of the mention ``inc`` that names it again with others, with their evidence;
    the placeholder of an act told with no doer gives way (:func:`_drop_doers`)."""
    doers = [a for a in inc.actors if a.role == "actor1"]
    laid = [a for a in doers if a.name == UNIDENTIFIED and a.kind == "unidentified" and _laid_at_by_blame(ctx, inc, a)]
    if _placeholder_perpetrator(prev) or laid and all(
            a.kind == "unidentified" for a in prev.actors if a.role == "actor1"):
        # (as for one act told again, _merge_anaphor: the unnamed kind of group the blame lays the acts at names their
        # doers better than the words of their telling)
        _drop_doers(prev)
    own = [a for a in prev.actors if a.role == "actor1"]
    if own and len({a.name for a in doers}) == 1 and all(a.kind in NON_STATE for a in doers) \
            and all(a.kind == "unidentified" for a in own):
        # (the one named group of the act told again names its unnamed doers, "Gunmen killed nine villagers ... JNIM
        # denied any role. The Islamic State Sahel Province claimed the attack": the gunmen are the group's, one doer,
        # not an unidentified armed group beside it)
        for a in own:
            a.name, a.kind = doers[0].name, doers[0].kind
        doers = [a for a in doers if _words(a.mention or "") not in {_words(x.mention or "") for x in own}]
        doers = doers if not own else []
    have = {(a.name, _words(a.mention or "")) for a in prev.actors if a.role == "actor1"}
    mentions = {_words(a.mention or "") for a in doers}
    for a in doers:
        if (a.name, _words(a.mention or "")) not in have:
            prev.actors.append(a)
    prev.evidence += [e for e in inc.evidence if e.field == "actors" and _words(e.text) in mentions]


def _parent_of_the_children(ctx: Context, inc: Incident) -> None:
    """ "Rosa Vidal, the mayor, was shot dead ... Vidal's children told police that hooded men shot their mother": a
    parent (``victims_<lang>.PARENT_NOUNS``) with a plural possessive (``events_<lang>.POSSESSIVES_PLURAL``) whose
    children are named, in its sentence or the one before, as a person's (``CHILD_NOUNS`` with that person as its
    possessor or "of" complement: "Vidal's children", « les enfants de Vidal »), that person a victim of the same act,
    is that person named again: one person hit, not one more."""
    victims = [a for a in inc.actors if a.role == "victim"]
    if len(victims) < 2:
        return
    parents = lexicon_words("victims", ctx.lang, "PARENT_NOUNS")
    children = lexicon_words("victims", ctx.lang, "CHILD_NOUNS")
    preps = lexicon_words("events", ctx.lang, "COMPLEMENT_PREPS")
    drop = []
    for v in victims:
        if _words(v.mention or "").casefold() not in parents:
            continue
        ev = next((e for e in inc.evidence if e.field == "actors" and e.doc_id == ctx.document.doc_id
                   and _words(e.text) == _words(v.mention or "")), None)
        sp = ctx.doc.char_span(ev.start, ev.end, alignment_mode="expand") if ev is not None else None
        if sp is None or not any(c.dep_ in ("poss", "det:poss", "det") and c.lower_ in ctx.m.possessives_plural
                                 for c in sp.root.children):
            continue
        si = ctx.sent_of_char(ev.start)
        lo = ctx.sents[max(si - 1, 0)].start
        owners = []
        for t in ctx.doc[lo:sp.root.i]:
            if t.lower_ not in children:
                continue
            owners += [c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            owners += [o for o in of_complements(t, preps) if o.pos_ == "PROPN"]
        if any(re.search(rf"\b{re.escape(o.text)}\b", w.mention or "", re.IGNORECASE) for o in owners
               for w in victims if w is not v):
            drop.append(v)
    if drop:
        mentions = {_words(a.mention or "") for a in drop}
        inc.actors = [a for a in inc.actors if not any(a is d for d in drop)]
        inc.evidence = [e for e in inc.evidence if not (e.field == "actors" and _words(e.text) in mentions)]


def _blamed_on_others(ctx: Context, prev: Incident, inc: Incident) -> bool:
    """The mention's act is laid by blame at an unnamed kind of group the story's groups were not resolved to
    ("blamed the death squads for the assassination of six teachers" after an offensive of a named guerrilla,
    :func:`bilan.extract.actors.resolve_generic`), while the act told before has a named doer: another act."""
    doers = [a for a in inc.actors if a.role == "actor1"]
    named = [a for a in prev.actors if a.role == "actor1" and a.kind != "unidentified"]
    return bool(doers and named) and all(
        a.name == UNIDENTIFIED and a.kind == "unidentified" and _laid_at_by_blame(ctx, inc, a) for a in doers)


def _reacted_to(ctx: Context, trig: Trigger) -> bool:
    """The act's noun is what someone condemns or denounces (« Les FSR ont dénoncé un « massacre » », "The RSF
    denounced a massacre": ``events_<lang>.REACTION_VERBS``): a reaction to an act, the one told before when there is
    one, however its noun is determined."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_.split(":")[0] not in ("dobj", "obj"):
        return False
    verb = root.head
    return verb.lemma_.lower() in ctx.m.reaction_verbs or verb.lower_ in ctx.m.reaction_verbs


def _owned_act(ctx: Context, trig: Trigger) -> bool:
    """The act's noun is what a group takes as its own ("claimed the attack", "claimed responsibility for the attack",
    « a revendiqué l'attaque »: :func:`bilan.extract.events.claimed_as_own`)."""
    return claimed_as_own(ctx.doc[trig.tok_start:trig.tok_end].root, ctx.m)


def _owned_later(ctx: Context, trig: Trigger, prev: Incident, inc: Incident) -> bool:
    """ "Jihadists attacked a post on Sunday ... JNIM claimed responsibility for the attack on Monday": the day the
    parser hangs on the act a group claims, after the day of the act told before, is the claim's day (a claim comes
    after its act); the definite act is the one told."""
    return inc.date.start is not None and prev.date.start is not None and inc.date.start > prev.date.start \
        and _owned_act(ctx, trig)


def _doers_named_again(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident]) -> Incident | None:
    """ "Gunmen abducted at least 35 people in a night raid on a village, residents said on Tuesday. The attackers
    stormed Kairu village late on Sunday": an act whose subject is the unnamed doers of the act just told, named
    again with a definite determiner ("the attackers", « les assaillants », ``events_<lang>.KNOWN_NOUN_DETERMINERS``),
    tells more of that act, when that act has no day of its own (or the same day) and place and doers agree. The
    act's own day then dates it (:func:`_merge_anaphor`). "Another" keeps it apart."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    # (what they burned or looted in it is more of the act too: « Les assaillants ont également incendié une
    # quarantaine de maisons »)
    if not earlier or root.pos_ != "VERB" or _another(ctx, trig) or (
            inc.event_type not in VIOLENT_TYPES and inc.sub_event_type != PROPERTY_DESTRUCTION):
        return None
    holder = subject_holder(root)
    if holder.dep_ == "advcl" and holder.head.pos_ == "VERB" and not any(
            c.dep_.startswith(("nsubj", "mark")) for c in holder.children):
        # a participle's clause with no subject of its own is done by its verb's subject ("The attackers stormed
        # Kairu village late on Sunday, shooting residents", « Les assaillants ont investi le village, tuant ... »)
        holder = subject_holder(holder.head)
    subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    known = lexicon_words("events", ctx.lang, "KNOWN_NOUN_DETERMINERS")
    if subj is None or subj.pos_ != "NOUN" or not is_plural(subj) \
            or not any(c.dep_ == "det" and c.lower_ in known for c in subj.children):
        return None
    if not any(a.generic and a.kind in NON_STATE and a.tok_start <= subj.i < a.tok_end for a in ctx.actors):
        return None  # "the soldiers", "the M23 rebels": a side named is no re-mention of the act's unnamed doers
    prev = earlier[-1]
    if prev.event_type not in VIOLENT_TYPES or not (_places_agree(ctx, prev, inc) and actors_compatible(prev, inc)):
        return None
    if _campaign_only(ctx, prev):
        return None  # "THE FMLN LAUNCHED AN OFFENSIVE ... THE GUERRILLA FIGHTERS DESTROYED THREE HELICOPTERS": a campaign
        # is many acts, and one its fighters are told doing is one of them, not the campaign told again
    if ctx.date_rank.get(prev.id, RANK_NONE) <= RANK_LOOSE and not (
            prev.date.precision == inc.date.precision == "day" and prev.date.start == inc.date.start):
        # a date of its own ("last week", another day): the rules of dated mentions say; none, in a paragraph of its
        # own ("The attackers also abducted four women"): more of the act, unless the sentence tells another doer's
        # act beside it ("WHILE THE REBELS ATTACKED THE GARRISONS, ANOTHER GROUP ATTACKED THE SUBSTATION")
        if ctx.date_rank.get(inc.id, RANK_NONE) < RANK_NONE or _another_doer_in_sentence(ctx, trig.sent_index):
            return None
    return prev


def _another_doer_in_sentence(ctx: Context, si: int) -> bool:
    """Sentence ``si`` has a subject named as another ("another group", « un autre groupe »: ``ANOTHER_WORDS``)."""
    words = lexicon_words("events", ctx.lang, "ANOTHER_WORDS")
    return any(t.lower_ in words and t.head.dep_.startswith("nsubj") for t in ctx.sents[si])


def _latest_compatible(ctx: Context, inc: Incident, earlier: list[Incident],
                       trig: Trigger | None = None) -> Incident | None:
    """The latest earlier incident of a type compatible with ``inc``'s, one of the same sub-event type first
    (unless ``inc`` is vague: "the attack"): the one a mention that refers back means. A blast's noun told again
    (``trig``'s noun in ``events_<lang>.BLAST_NOUNS``: "died from the blast", « mortes dans la déflagration ») means
    an act done with explosives first, before an act of another kind told after it (a raid on a base, typed by its
    sides: "A suicide bomber blew himself up at a checkpoint in Mogadishu ... Later, fighters attacked a military base
    in Lower Shabelle ... nine people had died from the blast"); a raid, or an air raid, is no blast's act by any
    other noun."""
    compatible = [p for p in reversed(earlier) if _types_compatible(ctx, p, inc)]
    same_kind = [p for p in compatible if p.sub_event_type == inc.sub_event_type] if not _vague(ctx, inc) else []
    blasts = [p for p in compatible if p.event_type == "Explosions/Remote violence"] \
        if trig is not None and _blast_noun(ctx, trig) else []
    return (same_kind or blasts or compatible or [None])[0]


def _blast_noun(ctx: Context, trig: Trigger) -> bool:
    """The trigger is a noun of a blast ("the blast", "the explosion", « la déflagration »:
    ``events_<lang>.BLAST_NOUNS``)."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    nouns = lexicon_words("events", ctx.lang, "BLAST_NOUNS")
    return root.pos_ in ("NOUN", "PROPN") and (root.lower_ in nouns or root.lemma_.lower() in nouns)


def _other_day(ctx: Context, prev: Incident, inc: Incident) -> bool:
    """Both mentions are dated to a day by their own words, each date tied to its trigger, and not the
    same day ("the attacks carried out today ... the attack carried out on 30 October"): two events,
    however definite the second (a date only loosely near the first mention may be of something
    else: "... has risen to 21, as rescue workers pulled more bodies on Tuesday. The strike, on
    Monday, ...")."""
    return prev.date.precision == inc.date.precision == "day" and ctx.date_rank.get(prev.id) == RANK_TRIGGER \
        and ctx.date_rank.get(inc.id) == RANK_TRIGGER and prev.date.start != inc.date.start


def _same_toll(a: Incident, b: Incident) -> bool:
    """Both incidents give a toll (dead or wounded), and every figure both give is the same."""
    both = [(getattr(a, f), getattr(b, f)) for f in ("fatalities", "injured")]
    both = [(x, y) for x, y in both if x is not None and y is not None]
    return bool(both) and all(x.single() == y.single() for x, y in both)


@lru_cache(maxsize=8)
def _role_nouns(lang: str) -> frozenset[str]:
    try:
        return frozenset(load_lexicon("victims", lang).ROLE_NOUNS)
    except LexiconMissing:
        return frozenset()


def _same_victims(ctx: Context, a: Incident, b: Incident) -> bool:
    """Both name the same people hit by a noun of office or trade ("four engineers", "the mayor"),
    not by a word any victim gets ("civilians", "people")."""
    roles = _role_nouns(ctx.lang)

    def nouns(inc):
        return {x.mention.lower().split()[-1] for x in inc.actors if x.role == "victim" and x.mention} & roles
    return bool(nouns(a) & nouns(b))


def _person_name(ctx: Context, mention: str) -> list[str] | None:
    """The words of a victim mention that is a person's name alone ("Rosa Elena Quintero Lopez",
    "Quintero Lopez"): two words or more, none a common word of the language (not "two soldiers",
    "the mayor", "Jorge Ruiz, his brother")."""
    words = re.findall(r"[^\W\d_]+", mention.casefold())
    if len(words) < 2 or any(is_common_word(w, ctx.lang) for w in words):
        return None
    return words


def _same_person_hit(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident]) -> Incident | None:
    """A later mention of an act on a person already named as the victim of one ("... claimed the
    murder of Rosa Elena Quintero Lopez. Quintero Lopez was killed on the night of 2 March"): the
    later name is the earlier full name or its end (the surnames), so the same person, and one
    person is killed once: the same event, whatever date or place the later mention adds. Another
    first name ("Jorge Ruiz Pena" after "Carlos Alberto Ruiz Pena") is another person."""
    if not earlier or _another(ctx, trig):
        return None
    names = [n for n in (_person_name(ctx, a.mention) for a in inc.actors if a.role == "victim") if n]
    if not names:
        return None
    for prev in reversed(earlier):
        # the earlier mention is the full name, which may hold a word of the language ("Rosa")
        # (each comma part: the name before its role in apposition, "Rosa Gonzalez Medrano, a professor")
        olds = [re.findall(r"[^\W\d_]+", part) for a in prev.actors if a.role == "victim"
                for part in a.mention.casefold().split(",")]
        if not any(old[-len(new):] == new for new in names for old in olds if len(new) <= len(old)):
            continue
        if _types_compatible(ctx, prev, inc) and actors_compatible(prev, inc):
            return prev
    return None


def _victim_told_at(ctx: Context, inc: Incident, lo: int, hi: int) -> bool:
    """The characters ``lo``..``hi`` of this document are where ``inc`` told one of its victims (an ``actors``
    evidence there whose words are a victim's mention): the same person, by the same words of the text."""
    hit = {_words(a.mention) for a in inc.actors if a.role == "victim"}
    return any(e.field == "actors" and e.doc_id == ctx.document.doc_id and e.start < hi and lo < e.end
               and _words(e.text) in hit for e in inc.evidence)


def _found_body_owner(ctx: Context, trig: Trigger):
    """(the body's noun, and the characters of the words its personal possessive stands for) for a trigger of a body
    found ("His body was found", « Son corps a été retrouvé »: :func:`_body_owner`); None else."""
    if "needs_found" not in trig.flags:
        return None
    body = ctx.doc[trig.tok_start:trig.tok_end].root
    owner = _body_owner(ctx, body, ctx.sent_of_char(body.idx), [])
    if owner is None:
        return None
    last = ctx.doc[owner.tok_end - 1]
    return body, ctx.doc[owner.tok_start].idx, last.idx + len(last)


def _body_of_the_taken(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident]) -> Incident | None:
    """ "Gunmen kidnapped farmer Pedro Luna in Villa Rica on Monday. His body was found on Wednesday", « Des hommes armés
    ont enlevé lundi ... Son corps a été retrouvé mercredi »: a body found whose personal possessive stands for a person
    an earlier abduction took (:func:`_body_owner`, the same words of the text) is that abduction's toll, no act of its
    own (docs/conventions.md, "Taken, then killed"); not when its sentence names doers of its own that the abduction's
    are not (``actors_compatible``). Bodies of others ("The bodies of two men were found") stay apart."""
    owned = _found_body_owner(ctx, trig) if earlier else None
    if owned is None:
        return None
    body, lo, hi = owned
    sent = ctx.sents[trig.sent_index]
    found = body.head
    # the armed men its sentence names, who found it or found it by aside ("His body was found on Wednesday after
    # soldiers shot him": the soldiers killed him, another doer than the takers)
    def finder(a) -> bool:  # "was found by soldiers", « retrouvé par des soldats »
        r = ctx.doc[a.tok_start:a.tok_end].root
        return r.dep_ in ("agent", "obl:agent") and r.head.i == found.i \
            or r.dep_ == "pobj" and r.head.dep_ == "agent" and r.head.head.i == found.i

    armed = [a for a in _not_finders(ctx, trig, [a for a in ctx.actors if a.armed
                                                 and sent.start <= a.tok_start < sent.end]) if not finder(a)]
    for prev in reversed(earlier):
        if prev.sub_event_type != ABDUCTION:
            continue
        doers = {w.casefold() for a in prev.actors if a.role == "actor1" for w in a.mention.split()}
        if any(not {w.casefold() for w in a.text.split()} & doers for a in armed):
            return None
        if _victim_told_at(ctx, prev, lo, hi):
            return prev if actors_compatible(prev, inc) else None
    return None


def _captors_evidence(ctx: Context, inc: Incident, actor):
    """The evidence of doer ``actor`` when it is told as the captors (``actors_<lang>.CAPTOR_NOUNS``) with a possessive
    or the definite article ("his kidnappers", « ses ravisseurs », « les ravisseurs »): the takers of a person the
    story told taken, not some kidnappers ("kidnappers killed a trader"); else None."""
    captors = lexicon_words("actors", ctx.lang, "CAPTOR_NOUNS")
    if _words(actor.mention or "").casefold() not in captors:
        return None
    ev = next((e for e in inc.evidence if e.field == "actors" and e.doc_id == ctx.document.doc_id
               and _words(e.text) == _words(actor.mention)), None)
    sp = ctx.doc.char_span(ev.start, ev.end, alignment_mode="expand") if ev is not None else None
    if sp is not None and any(c.dep_.split(":")[0] in ("det", "poss", "nmod") and c.i < sp.root.i and (
            "Poss=Yes" in str(c.morph) or "Definite=Def" in str(c.morph)) for c in sp.root.children):
        return ev
    return None


def _killed_by_the_takers(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident]) -> Incident | None:
    """ "Gunmen kidnapped a trader near Djibo on Monday. His kidnappers killed him on Saturday", « Des hommes armés ont
    enlevé lundi un commerçant. Ses ravisseurs l'ont tué samedi »: a killing told after an abduction of the story's
    days (dated by the day or the week), of a person that abduction took (its victim told by the same words of the
    text, a pronoun taking them up: :func:`_taken_up_person`), by the takers (the captors with a possessive or the
    definite article, or the takers' own words) is that abduction's toll, no act of its own (docs/conventions.md
    "Taken, then killed": one act, the death its toll, its date the taking's). A taking recalled or dated only by an
    older month or year keeps the killing its own act, its doers the takers (:func:`_captors_are_the_takers`)."""
    if not earlier or inc.sub_event_type == ABDUCTION or inc.fatalities is None or not _violent(inc):
        return None
    # (no doer told, "He was killed on Saturday": the takers' as the body found of the taken is, _body_of_the_taken,
    # unless its sentence names other armed men)
    unnamed = not inc.actors_in("actor1") or _placeholder_perpetrator(inc)
    doers = [] if unnamed else inc.actors_in("actor1")
    si = trig.sent_index
    sent = ctx.sents[si]
    if unnamed and any(a.armed and sent.start <= a.tok_start < sent.end for a in ctx.actors):
        return None
    victims = [e for e in inc.evidence if e.field == "actors" and e.doc_id == ctx.document.doc_id
               and e.start < ctx.sents[si].start_char
               and _words(e.text) in {_words(a.mention) for a in inc.actors if a.role == "victim"}]
    # the one taken told again by a known noun in the killing's sentence ("His captors killed the teacher")
    again = set()
    for e in inc.evidence:
        sp = ctx.doc.char_span(e.start, e.end, alignment_mode="expand") \
            if e.field == "actors" and e.doc_id == ctx.document.doc_id and sent.start_char <= e.start < sent.end_char \
            else None
        if sp is not None and sp.root.pos_ == "NOUN" and _known_noun(ctx, sp.root) \
                and _words(e.text) in {_words(a.mention) for a in inc.actors if a.role == "victim"}:
            again.add(_words(e.text).casefold())
    if not victims and not again:
        return None  # (the dead are others, told in the killing's own sentence)
    for prev in reversed(earlier):
        if prev.sub_event_type != ABDUCTION:
            continue
        if prev.recalled or prev.date.precision not in ("day", "week") or not (any(
                _victim_told_at(ctx, prev, e.start, e.end) for e in victims) or again & {
                _words(a.mention).casefold() for a in prev.actors if a.role == "victim"}):
            continue
        told = min((ctx.sent_of_char(e.start) for e in prev.evidence if e.field == "event_type"), default=si)
        if told >= si:
            return None
        takers = {w.casefold() for a in prev.actors_in("actor1") for w in (a.mention or "").split()}
        for e in prev.evidence:
            # the noun a taker's name qualifies ("suspected ISGS militants": "the militants" again)
            sp = ctx.doc.char_span(e.start, e.end, alignment_mode="expand") \
                if e.field == "actors" and e.doc_id == ctx.document.doc_id else None
            if sp is not None and sp.root.dep_ == "compound" and sp.root.head.pos_ == "NOUN" and any(
                    _words(a.mention or "") == _words(e.text) for a in prev.actors_in("actor1")):
                takers.add(sp.root.head.lower_)
        if all(_captors_evidence(ctx, inc, a) is not None or {w.casefold() for w in (a.mention or "").split()} & takers
               for a in doers):
            return prev if actors_compatible(prev, inc) else None
        return None
    return None


def _body_of_the_killed(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident]) -> Incident | None:
    """ "Farmer Pedro Luna, kidnapped in 2019, has been killed. His body was found on Wednesday": a body found whose
    personal possessive stands for a person the story's killing told before hit (:func:`_body_owner`, the same words of
    the text; a killing that is news, not recalled, with its dead) is that killing's, no act of its own; the
    finding's day dates it when it had none of its own (docs/conventions.md "Taken, then killed")."""
    owned = _found_body_owner(ctx, trig) if earlier else None
    if owned is None:
        return None
    _, lo, hi = owned
    for prev in reversed(earlier):
        if prev.recalled or prev.sub_event_type == ABDUCTION or prev.fatalities is None \
                or prev.event_type not in VIOLENT_TYPES:
            continue
        if _victim_told_at(ctx, prev, lo, hi):
            return prev if actors_compatible(prev, inc) else None
    return None


def _known_noun(ctx: Context, noun) -> bool:
    """The noun names something the reader knows already: its determiner is one of
    ``events_<lang>.KNOWN_NOUN_DETERMINERS`` ("the towers", "these bombs", "les pylônes")."""
    known = lexicon_words("events", ctx.lang, "KNOWN_NOUN_DETERMINERS")
    return any(c.dep_ == "det" and c.lower_ in known for c in noun.children)


def _presupposed_target(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident]) -> Incident | None:
    """A known thing described by a past participle of the act ("until the power towers blown up by
    terrorists are repaired", "les pylônes dynamités par les rebelles"): the act is presupposed, not
    news; when an earlier compatible incident hit a thing of that name ("the destruction of seven
    power towers"), the mention is that incident, telling how and by whom. The participle hangs on
    its noun, or (a parse that makes it the clause) has it as subject with no auxiliary."""
    if not earlier:
        return None
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if not past_participle(root):
        return None
    if root.dep_.split(":")[0] == "acl":
        noun = root.head
    else:
        if any(c.dep_.startswith("aux") for c in root.children):
            return None  # "the towers were blown up": told as news
        noun = next((c for c in root.children if c.dep_.split(":")[0] in ("nsubj", "nsubjpass")), None)
    if noun is None or noun.pos_ != "NOUN" or not _known_noun(ctx, noun):
        return None
    words = {noun.lower_, noun.lemma_.lower()}
    for prev in reversed(earlier):
        if _hits_a_head(prev, words):
            ok = _types_compatible(ctx, prev, inc) and actors_compatible(prev, inc)
            return prev if ok else None
    return None


def _known_target_hit_again(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident]) -> Incident | None:
    """The act hits, by a known noun, the thing an earlier incident of its kind hit ("An air strike on a
    monastery killed 11 ... A fighter jet dropped two bombs on the monastery late on Saturday", « un
    avion a largué deux bombes sur le marché »): the story tells that act again, how it was done. Not
    another act ("another strike hit the market", :func:`_another`), nor one dated to another day or
    placed elsewhere ("the pipeline" of another town)."""
    if not earlier or not inc.targets or _another(ctx, trig) or _further_act(ctx, trig):
        return None
    heads = _known_target_heads(ctx, inc, _known_noun)
    if not heads:
        return None
    for prev in reversed(earlier):
        if _hits_a_head(prev, heads):
            ok = _types_compatible(ctx, prev, inc) and actors_compatible(prev, inc) and places_compatible(prev, inc) \
                and not two_days(prev, inc)
            return prev if ok else None
    return None


def _known_target_heads(ctx: Context, inc: Incident, known) -> set[str]:
    """The last words, case-folded, of the incident's targets whose head noun ``known`` (:func:`_known_noun`,
    :func:`_known_target_noun`) reads as a thing known ("the monastery", « au convoi »)."""
    heads = set()
    for t in inc.targets:
        span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and span.root.pos_ == "NOUN" and known(ctx, span.root) and t.name.strip():
            heads.add(t.name.casefold().split()[-1])
    return heads


def _hits_a_head(inc: Incident, heads: set[str]) -> bool:
    """A target of the incident ends in one of ``heads`` (:func:`_known_target_heads`)."""
    return any(t.name.strip() and t.name.casefold().split()[-1] in heads for t in inc.targets)


def _known_target_noun(ctx: Context, noun) -> bool:
    """:func:`_known_noun`, or a noun after a preposition fused with the definite article (« au convoi »,
    ``events_<lang>.KNOWN_NOUN_CONTRACTIONS``)."""
    if _known_noun(ctx, noun):
        return True
    fused = lexicon_words("events", ctx.lang, "KNOWN_NOUN_CONTRACTIONS")
    return bool(fused) and (any(c.dep_ == "case" and c.lower_ in fused for c in noun.children)
                            or noun.i > 0 and ctx.doc[noun.i - 1].lower_ in fused)


def _in_quotes(ctx: Context, trig: Trigger) -> bool:
    """A word of the trigger is inside quotation marks."""
    return any(i in ctx.quoted for i in range(trig.tok_start, trig.tok_end))


def _first_sentence(ctx: Context, inc: Incident) -> int | None:
    """The sentence of the incident's first event word in this document."""
    starts = [e.start for e in inc.evidence if e.field == "event_type" and e.doc_id == ctx.document.doc_id]
    return ctx.sent_of_char(min(starts)) if starts else None


def _same_target_told_again(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident],
                            si: int) -> Incident | None:
    """The act told again, in a quote or a paragraph after the one that told it, by what it hit named again as a
    thing known ("About 30 people were killed in an attack on a supply convoy ... 'The terrorists ambushed the
    convoy,' a VDP member said", « ont tendu une embuscade au convoi »), with no date and no place of its own: that
    act, even when the words type it otherwise (an ambush after "an attack": :func:`_merge_anaphor` keeps the type
    that says how it was done). Not another act ("another", "a second attack"), one opened as a further or a later
    event ("Later that day", « En outre »), nor the answer of a side to it (:func:`_hits_back`)."""
    if not earlier or not inc.targets or inc.event_type not in VIOLENT_TYPES or _another(ctx, trig) \
            or _further_act(ctx, trig) \
            or inc.id in ctx.own_place or ctx.date_rank.get(inc.id, RANK_NONE) < RANK_LOOKBACK \
            or _opens_new_event(ctx, si) or _opens_new_event(ctx, si, "LATER_OPENERS"):
        return None
    heads = _known_target_heads(ctx, inc, _known_target_noun)
    if not heads:
        return None
    quoted = _in_quotes(ctx, trig)
    for prev in reversed(earlier):
        if not _hits_a_head(prev, heads):
            continue
        first = _first_sentence(ctx, prev)
        later_paragraph = first is not None and ctx.para_of_sent[si] > ctx.para_of_sent[first]
        ok = (quoted or later_paragraph) and prev.event_type in VIOLENT_TYPES and actors_compatible(prev, inc) \
            and places_compatible(prev, inc) and not two_days(prev, inc) and not _hits_back(prev, inc)
        return prev if ok else None
    return None


DAMAGE_TOLD_AFTER_PARAGRAPHS = 1  # paragraphs after the act's last sentence in which a quote may tell its damage


def _damage_told_after(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident],
                       si: int) -> Incident | None:
    """The damage an act did, told in the sentence or the paragraph after the act, by who speaks of it ("Jihadists
    ambushed an army convoy ... 'We lost 21 men and several vehicles were burned,' an officer said", « Plusieurs
    véhicules ont été incendiés », a déclaré un officier) or by the story with no source of its own ("Clashes between
    herders and farmers killed 12 people on Tuesday in Mandakao. Dozens of homes were torched.", « Une dizaine de
    maisons ont été incendiées »), with no doer other than the act's, no day and no place of its own: a detail of
    that act (what it hit), no destruction of its own. Not another act ("another", "again"), nor one opened as a
    further or a later event ("Elsewhere", "Later that day")."""
    # (the head's type: a destruction whose sentence tells deaths too, "lost 21 men and several vehicles were torched",
    # was made an attack by :func:`_destruction_that_killed`)
    if not earlier or PROPERTY_DESTRUCTION not in (inc.sub_event_type, trig.sub_event_type) \
            or _another(ctx, trig) or _further_act(ctx, trig) \
            or inc.id in ctx.own_place or ctx.date_rank.get(inc.id, RANK_NONE) < RANK_LOOKBACK \
            or _opens_new_event(ctx, si) or _opens_new_event(ctx, si, "LATER_OPENERS"):
        return None
    prev = earlier[-1]
    if prev.event_type not in (*VIOLENT_TYPES, "Riots") or prev.recalled:
        return None  # (a riot's burnt houses are the riot's: ACLED codes a riot that destroys property as one event)
    told = [ctx.sent_of_char(e.start) for e in prev.evidence if e.doc_id == ctx.document.doc_id]
    told = [s for s in told if s is not None and s < si]
    if not told or ctx.para_of_sent[si] - ctx.para_of_sent[max(told)] > DAMAGE_TOLD_AFTER_PARAGRAPHS \
            and len(earlier) > 1:
        return None  # (the story's one act told before: its damage told paragraphs later, after a word on the cause or
        # a call for calm, is still that act's)
    if _campaign_only(ctx, prev) and any(a.role == "actor1" for a in inc.actors) and not _placeholder_perpetrator(inc):
        return None  # "THE FMLN LAUNCHED AN OFFENSIVE ... THE GUERRILLAS DESTROYED THREE HELICOPTERS": a campaign is many
        # acts, and one its doers are told doing is one of them, no damage of the campaign
    theirs = {a.name for a in prev.actors if a.role == "actor1"}
    # (an unnamed doer, "by the attackers", of an act that names none, or only communal groups' militias, a clash of
    # herders and farmers, is its doer)
    named = {n for n in theirs if not any(a.name == n and a.kind == COMMUNAL_KIND for a in prev.actors)}
    if not _placeholder_perpetrator(inc) and any(a.role == "actor1" and a.name not in theirs
                                                 and (named or a.kind != "unidentified") for a in inc.actors):
        return None  # "Soldiers later burned the attackers' motorbikes": a doer of its own
    return prev if places_compatible(prev, inc) and not two_days(prev, inc) else None


def _campaign_only(ctx: Context, inc: Incident) -> bool:
    """The act is told only by nouns of a campaign (``events_<lang>.CAMPAIGN_NOUNS``: "THE FMLN LAUNCHED AN
    OFFENSIVE", « l'offensive des rebelles »), many acts under one name."""
    nouns = lexicon_words("events", ctx.lang, "CAMPAIGN_NOUNS")
    words = {_words(e.text).casefold() for e in inc.evidence if e.field == "event_type"}
    return bool(nouns and words) and words <= nouns


def _definite_act_told_again(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident],
                             si: int) -> Incident | None:
    """The act the lead told by a generic word ("were killed in an attack on a supply convoy") named again by a
    definite noun of how it was done, in a quote or a paragraph after the lead's, with no date, place, toll or doer
    of its own (" 'The ambush lasted nearly two hours,' a driver said", « L'embuscade a duré deux heures »): that
    act, though the noun's type is another (a fight told of an attack: :func:`_types_compatible` keeps "the clash"
    apart from a murder told before it in the same paragraph)."""
    if not earlier or not _is_definite(ctx, trig) or _another(ctx, trig) or _further_act(ctx, trig) \
            or inc.event_type not in VIOLENT_TYPES or inc.fatalities is not None or inc.injured is not None \
            or inc.id in ctx.own_place or ctx.date_rank.get(inc.id, RANK_NONE) < RANK_LOOKBACK \
            or any(a.role == "actor1" and not _placeholder_perpetrator(inc) for a in inc.actors):
        return None
    prev = earlier[-1]
    first = _first_sentence(ctx, prev)
    if prev.event_type not in VIOLENT_TYPES or not _vague(ctx, prev) or first is None:
        return None
    quoted = _in_quotes(ctx, trig)
    if not (quoted or ctx.para_of_sent[si] > ctx.para_of_sent[first]):
        return None
    return prev if actors_compatible(prev, inc) and not _hits_back(prev, inc) else None


def _lead_act_named_again(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident],
                          si: int) -> Incident | None:
    """The act told before named again by a definite noun of attack on what it hit ("Rebels attacked a military base
    with explosives-laden drones ... The attack on the base near the town of Saravena lasted about two hours, ... which
    said troops repelled the assault and killed two of the attackers", « L'attaque contre la base ... »), with no day
    of its own and no place of its own but one inside the act's: that act told again, whatever the noun or the words
    beside it type it (a lead typed by how it was done keeps its type: :func:`_merge_anaphor`), its place the finer
    one, and the side it hit that hits back at its doers a side of that same act, not an answer of its own
    (:func:`_hits_back`). A noun that names no hit of an act told before, with a place of its own inside the place of
    the violent act told last and that act's sides whatever their roles ("The attack in the rural area of Saravena
    came days after peace talks between the government and the ELN were suspended"), is that act told again too, its
    place the finer one. Not another act ("another attack", « une autre attaque », "a second attack"), one opened as
    a further or a later event, one with a day or a place of its own (« l'attaque de mardi dernier à Gao »)."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if not earlier or root.pos_ != "NOUN" or not _is_definite(ctx, trig) or _further_act(ctx, trig) \
            or inc.event_type not in VIOLENT_TYPES or ctx.date_rank.get(inc.id, RANK_NONE) < RANK_LOOKBACK \
            or _opens_new_event(ctx, si) or _opens_new_event(ctx, si, "LATER_OPENERS"):
        return None
    # what the noun itself names as hit, a thing known: the noun of its complement ("the attack on the base",
    # « l'attaque contre la base »)
    heads = {n.lower_ for c in root.children for n in ([c] if c.pos_ == "NOUN" else
                                                        [g for g in c.children if g.dep_ == "pobj"])
             if n.pos_ == "NOUN" and n.dep_ in ("pobj", "nmod", "obl") and _known_target_noun(ctx, n)}
    for prev in reversed(earlier):
        if not heads & _hit_heads(ctx, prev):
            continue
        if prev.event_type not in VIOLENT_TYPES or two_days(prev, inc):
            return None
        if inc.id in ctx.own_place and not (places_compatible(prev, inc) or _inside(inc.location, prev.location)):
            return None
        return prev if actors_compatible(prev, inc) or _hit_side_hits_back(prev, inc) else None
    # "The attack in the rural area of Saravena came days after peace talks between the government and the ELN were
    # suspended": no hit of an act told before named, but a place of its own inside the place of the act told last,
    # whose sides are its own: that act told again, finer
    prev = next((p for p in reversed(earlier) if p.event_type in VIOLENT_TYPES), None)
    if prev is None or two_days(prev, inc) or inc.id not in ctx.own_place or not _inside(inc.location, prev.location):
        return None
    return prev if actors_compatible(prev, inc) or _sides_of(inc) <= _sides_of(prev) else None


def _renamed_with_nothing_new(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident],
                              si: int) -> Incident | None:
    """The act told last named by another noun in the sentence right after it, with nothing new: a definite noun of
    an act ("the assault", « l'assaut ») with no place, day, toll, target or doer of its own (its named doers the act's)
    ("ISWAP fighters attacked an army base near Monguno with explosives dropped from drones, killing three soldiers ...
    The military blamed ISWAP for the assault", « L'armée a imputé l'assaut à l'EIGS »): that act, typed by how it was
    done (:func:`_merge_anaphor`), not a fight of its own beside it. Not another act ("another", a further or later
    one: :func:`_further_act`, ``NEW_EVENT_OPENERS``, ``LATER_OPENERS``), one joined to the act in its own sentence,
    nor the answer of a side to it (:func:`_hits_back`)."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if not earlier or root.pos_ != "NOUN" or not _is_definite(ctx, trig) or _another(ctx, trig) \
            or _further_act(ctx, trig) or inc.event_type not in VIOLENT_TYPES or inc.fatalities is not None \
            or inc.injured is not None or inc.targets or inc.id in ctx.own_place \
            or ctx.date_rank.get(inc.id, RANK_NONE) < RANK_LOOKBACK \
            or _opens_new_event(ctx, si) or _opens_new_event(ctx, si, "LATER_OPENERS"):
        return None
    prev = earlier[-1]
    told = [ctx.sent_of_char(e.start) for e in prev.evidence
            if e.field == "event_type" and e.doc_id == ctx.document.doc_id]
    if prev.event_type not in VIOLENT_TYPES or prev.recalled or not told or max(told) != si - 1:
        return None  # (the sentence right after the act's last: a noun beside the act in its own sentence names another)
    doers = {a.name for a in inc.actors if a.role == "actor1" and a.kind != "unidentified"}
    if doers and not doers <= {a.name for a in prev.actors if a.role == "actor1"}:
        return None  # a doer the act did not have is something new ("OUR OFFENSIVE ... THE GOVERNMENT ... BECAUSE OF
        # THE BOMBING OF THE CIVILIAN POPULATION": the government's bombing, no more of the offensive)
    return prev if actors_compatible(prev, inc) and not _hits_back(prev, inc) else None


def _sides_of(inc: Incident) -> set[str]:
    """The names of the incident's two sides, whichever role each has."""
    return {a.name for a in inc.actors if a.role in ("actor1", "actor2")}


def _hit_heads(ctx: Context, inc: Incident) -> set[str]:
    """The head nouns, lower-cased, of what the incident hit in this document: its targets', and the objects of the
    words that told it ("ambushed a military convoy": convoy, a thing no target noun names)."""
    heads = {_target_head(ctx, t) for t in inc.targets} - {None}
    for e in inc.evidence:
        if e.field == "event_type" and e.doc_id == ctx.document.doc_id:
            span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is not None:
                heads |= {c.lower_ for c in span.root.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"}
    return heads


def _target_head(ctx: Context, t) -> str | None:
    """The head noun of a target of this document, lower-cased ("army camp": camp, « base militaire »: base)."""
    if t.doc_id != ctx.document.doc_id:
        return None
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    return span.root.lower_ if span is not None else None


def _hit_side_hits_back(prev: Incident, inc: Incident) -> bool:
    """The mention's doers are the side the act before hit ("troops repelled the assault" on their own base) and the
    side they fight is that act's doers or unnamed ("killed two of the attackers"): a side of that same act."""
    hit = {a.name for a in prev.actors if a.role in ("actor2", "victim") and a.kind != "unidentified"}
    mine = {a.name for a in inc.actors if a.role == "actor1"}
    doers = {a.name for a in prev.actors if a.role == "actor1" and a.kind != "unidentified"}
    theirs = {a.name for a in inc.actors if a.role == "actor2" and a.kind != "unidentified"}
    return bool(mine) and mine <= hit and (not theirs or not doers or bool(theirs & doers))


# A town a later mention names, which nothing in the text links to the region the act was told in, lies in that region
# when within UNLINKED_REGION_KM of the region's point (the admin data's divisions carry no first-level code to compare,
# but for a region named after its chief town, which carries that town's: places._regions_of_their_towns):
# half the width of a department or a province (Saravena lies about 100 km from the point of Arauca; Tumaco, in Nariño,
# about 230 km from that of Cauca). The WITHIN_REGION_KM of places is for a town the text itself tells inside it.
UNLINKED_REGION_KM = 150.0


def _inside(finer: Location, coarser: Location) -> bool:
    """``finer``, a town, lies in ``coarser``, a division or a region of its country: the same first-level division,
    else within UNLINKED_REGION_KM of its point."""
    if coarser.precision not in ("admin1", "admin2") or finer.precision not in ("exact", "near") \
            or finer.lat is None or coarser.lat is None or not finer.country or finer.country != coarser.country:
        return False
    if finer.admin1 and coarser.admin1:
        return finer.admin1 == coarser.admin1
    return distance_km(finer.lat, finer.lon, coarser.lat, coarser.lon) <= UNLINKED_REGION_KM


def _unknown_inside(finer: Location, coarser: Location) -> bool:
    """``finer``, a town the gazetteer lacks (unresolved), lies in ``coarser``, a place the gazetteer reads: the region
    it was put in is ``coarser`` (admin1), or ``coarser`` is its country."""
    if finer.resolved is not False or coarser.resolved is False or not finer.country \
            or finer.country != coarser.country:
        return False
    if coarser.precision == "country":
        return True
    return coarser.precision == "admin1" and finer.region is not None and finer.region == coarser.name


def _disrupted_weapons_told_again(ctx: Context, trig: Trigger, inc: Incident,
                                  earlier: list[Incident]) -> Incident | None:
    """Weapons found or seized, then named again by a known noun as what someone did something with,
    not as going off ("Police found four packets of explosives ... the bombs were planted a few days
    ago", "les bombes ont été posées"): the passive subject of a verb that is no event tells more of
    the weapons the latest incident disrupted, not a bombing of its own. A weapon that acts ("the
    bomb exploded"), whose verb is an event ("the bomb was detonated") or that hit people went off."""
    if not earlier or earlier[-1].sub_event_type != DISRUPTED or inc.event_type != "Explosions/Remote violence" \
            or inc.fatalities or inc.injured or _another(ctx, trig):
        return None
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.pos_ != "NOUN" or root.dep_ not in ("nsubjpass", "nsubj:pass") or root.head.i in ctx.trigger_tokens \
            or not _known_noun(ctx, root):
        return None
    prev = earlier[-1]
    return prev if actors_compatible(prev, inc) else None


def _nth_time(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident]) -> Incident | None:
    """An event told as the nth time something happened ("This is the second time that an attempted
    sabotage of the pipeline has taken place", "C'est la deuxième fois qu'un sabotage a lieu") counts
    the event just told: the latest compatible incident, not a new one."""
    if not earlier:
        return None
    nouns = lexicon_words("events", ctx.lang, "NTH_TIME_NOUNS")
    ordinals = lexicon_words("events", ctx.lang, "ORDINAL_WORDS")
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if not any(g.lower_ in nouns and any(c.dep_ == "amod" and c.lower_ in ordinals for c in g.children)
               for g in governors(root, 3)):
        return None
    prev = _latest_compatible(ctx, inc, earlier)
    if prev is None or not (_places_agree(ctx, prev, inc) and actors_compatible(prev, inc)):
        return None
    return prev


def _reported_again(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident]) -> Incident | None:
    """A side's report of an act at the place of an incident told before ("Russia's defence ministry
    said it had struck military infrastructure in Kharkiv", « l'armée a affirmé avoir frappé un centre
    de commandement à Rafah »): the act is the complement of a reporting verb of its sentence, names
    its own place, and has no date and no toll of its own; the one earlier incident of a compatible
    type at that same place is that act, told again by whoever reports it. "Another" keeps it apart."""
    if not earlier or inc.id not in ctx.own_place or inc.fatalities is not None or inc.injured is not None \
            or ctx.date_rank.get(inc.id, RANK_NONE) == RANK_TRIGGER or _another(ctx, trig) \
            or inc.location.geonames_id is None:
        return None
    sent = ctx.sents[trig.sent_index]
    verbs = {ctx.doc[t.i].i for c in ctx.claims if c.sent_start == sent.start_char
             for t in sent if t.idx == c.verb_start}
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if not verbs or not any(g.i in verbs for g in governors(root, 3)):
        return None
    same = [p for p in earlier if p.location.geonames_id == inc.location.geonames_id
            and _types_compatible(ctx, p, inc) and actors_compatible(p, inc)]
    return same[0] if len(same) == 1 else None


CROWD_TYPES = ("Protests", "Riots")
CROWD_KINDS = ("protesters", "rioters")


def _crowd_told_again(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident]) -> Incident | None:
    """A demonstration or riot told with no day and no place of its own after one told before in the story ("A
    protester was killed on Wednesday in Port-au-Prince when police dispersed a demonstration ... Several hundred people
    had marched through the capital, burning tyres, before police moved in", « avaient défilé ... avant que la police
    n'intervienne »): the same crowd, one event (ACLED codes a demonstration once a day and place), the last one told
    before. "Another" keeps it apart, and so does a place of its own ("Protesters also marched in Cap-Haïtien")."""
    if not earlier or inc.event_type not in CROWD_TYPES or _another(ctx, trig) or inc.id in ctx.own_place \
            or ctx.date_rank.get(inc.id, RANK_NONE) <= RANK_LOOSE:
        return None
    prev = next((p for p in reversed(earlier) if p.event_type in CROWD_TYPES), None)
    if prev is None or (inc.location.name and prev.location.name and inc.location.name != prev.location.name):
        return None
    # (the crowd is the one told before: its people keep that name, "protesters", not a second side "rioters")
    crowd = next((a for a in prev.actors if a.role == "actor1" and a.kind in CROWD_KINDS), None)
    if crowd is not None:
        for a in inc.actors:
            if a.role == "actor1" and a.kind in CROWD_KINDS:
                a.name, a.kind = crowd.name, crowd.kind
    return prev


def _same_day_mention(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident],
                      told: bool = False) -> Incident | None:
    """A later mention of an event of the same day ("Four engineers were murdered last Sunday ...
    Last Sunday, terrorists murdered four engineers"): both dated to the day in their own
    sentence, compatible types, places and perpetrators, no figure that differs, and the same
    count or the same people hit or a definite mention. "Another" keeps it apart."""
    if not earlier or inc.date.precision != "day" or ctx.date_rank.get(inc.id, RANK_NONE) > RANK_LOOSE \
            or _another(ctx, trig):
        return None
    definite = told or _is_definite(ctx, trig)
    for prev in reversed(earlier):
        if prev.date.precision != "day" or prev.date.start != inc.date.start \
                or ctx.date_rank.get(prev.id, RANK_NONE) > RANK_LOOSE:
            continue
        if not (_types_compatible(ctx, prev, inc) and _places_agree(ctx, prev, inc)
                and actors_compatible(prev, inc) and tolls_agree(prev, inc)) or _about_other_victim(ctx, trig, prev):
            continue
        same_count = any(getattr(prev, f) is not None and getattr(inc, f) is not None
                         for f in ("fatalities", "injured"))
        if definite or same_count or _same_victims(ctx, prev, inc):
            return prev
    return None


def _verb_subject(ctx: Context, trig: Trigger):
    """The noun phrase that is the subject of the trigger's verb ("Students protest fee hikes": "Students"), up to
    its head noun when it is long; None when the trigger is no verb or its subject is a pronoun or a clause."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.pos_ != "VERB":
        return None
    holder = subject_holder(root)
    if any(c.dep_ in ("nsubj:pass", "nsubjpass", "aux:pass", "auxpass") for c in holder.children):
        # a passive verb's subject is who it was done to ("Two soldiers were lynched by a mob", « Des soldats ont
        # été lynchés par la foule »): who did it is its agent, or no one named
        # (up to its head noun: "a mob in Tillaberi" is "a mob")
        agent = agent_words(holder)
        head = next((t for t in agent if t.dep_ in ("pobj", "obl:agent")), None)
        return ctx.doc[agent[0].i:head.i + 1] if head is not None else None
    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    # the whole phrase when short ("Plusieurs milliers de personnes"), else up to its head noun
    end = subj.right_edge.i + 1 if subj.right_edge.i - subj.left_edge.i < 6 else subj.i + 1
    return ctx.doc[subj.left_edge.i:end]


def _one_phrase(ctx: Context, a: ActorMention, b: ActorMention | None) -> bool:
    """``b`` is named inside the noun phrase of ``a``, or ``a`` inside ``b``'s (« Les paramilitaires des Forces de
    soutien rapide »: one side named twice)."""
    if b is None:
        return False
    ra, rb = ctx.doc[a.tok_start:a.tok_end].root, ctx.doc[b.tok_start:b.tok_end].root
    return ra.left_edge.i <= rb.i <= ra.right_edge.i or rb.left_edge.i <= ra.i <= rb.right_edge.i


def _own_means_as_subject(root, possessives) -> bool:
    """``root`` is a noun with a possessive of the side (``possessives``: ``actors_<lang>.SELF_POSSESSIVES``), the
    subject of a verb: the side's own means doing the act ("its aircraft struck", « ses avions avaient frappé »)."""
    return root.pos_ == "NOUN" and root.dep_ == "nsubj" and root.head.pos_ == "VERB" and any(
        c.dep_ in ("det", "det:poss", "poss", "nmod:poss") and c.lower_ in possessives for c in root.children)


def _own_means_did_it(ctx: Context, root) -> bool:
    """The act's noun is a side's own means (:func:`_own_means_as_subject`), the subject of an active verb with an
    object of its own: « L'armée a indiqué que ses avions avaient frappé des positions des FSR », "its drones struck
    rebel positions": an act told, no generalisation of its kind."""
    verb = root.head
    return _own_means_as_subject(root, lexicon_words("actors", ctx.lang, "SELF_POSSESSIVES")) \
        and any(c.dep_ in ("obj", "dobj") for c in verb.children) \
        and not any(c.dep_ in PASSIVE_AUX_DEPS for c in verb.children)


def _generic_statement(ctx: Context, trig: Trigger, inc: Incident, si: int, earlier: list[Incident] = ()) -> bool:
    """ "Les engins explosifs posés sur les routes sont devenus l'une des principales menaces":
    a plural event noun with no date, no place of its own and no figure is a generalisation, unless
    it is in the lead sentence, which reports ("Violent protests erupted in Colombia") unless it
    characterises ("are the main threat"), or it names again, definite, acts told before in the plural
    (``earlier``, :func:`_plural_told_back`) as the object of a verb of doing them (:func:`_conducted_by`: "Two bombs
    exploded ... two men placed the explosive devices"), which tells who did them.
    Participants ("protesters", "manifestants") are people, not events."""
    if "participant" in trig.flags:
        return False
    if _kind_of_act(ctx, trig) and not inc.fatalities and not inc.injured and not _own_day(ctx, inc, trig):
        return True
    lead = ctx.lead_sentence()
    if si > lead and (_characterising_relative(ctx, trig, inc, si) or _seen_by_the_speaker(ctx, trig, inc)):
        return True
    if _perfect_over_plurals(ctx, trig, inc, si) or _doers_described(ctx, trig, inc) \
            or _acts_told_of_their_doer(ctx, trig, inc) or _denied_generality(ctx, trig, inc, si) \
            or _trend(ctx, trig) or _going_on(ctx, trig, inc, si):
        return True
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if si > lead and _habitual(ctx, root) and ctx.date_rank.get(inc.id, RANK_NONE) >= RANK_LOOKBACK \
            and not _own_day(ctx, inc, trig):
        return True
    if _repeated_acts(ctx, root) and not (inc.fatalities or inc.injured) and (
            (ctx.date_rank.get(inc.id, RANK_NONE) >= RANK_LOOKBACK and not _own_day(ctx, inc, trig))
            or _over_a_period(ctx, inc, trig) or _simple_present(root)):
        # (a habit told in the present is of no day, whatever day another clause of its sentence tells: « Aucune
        # revendication n'avait été enregistrée lundi, mais la zone est régulièrement ciblée par des groupes »)
        return True
    if _counted_times(ctx, root) and _over_a_period(ctx, inc, trig):
        return True  # "Gunmen have attacked the village twice since January": each time may be told with its day
    if _toll_of_counted_acts(ctx, trig):
        return True  # "... twice since January. Fourteen people were killed in those attacks": their toll together
    if "threat" in trig.flags:
        return False  # "received death threats": plural by use, and said against someone (events._threat)
    plural = root.pos_ == "NOUN" and is_plural(root)
    if not plural or ctx.date_rank.get(inc.id, RANK_NONE) < RANK_NONE:
        return False
    if _instrument_of_told_event(ctx, root) or _own_means_did_it(ctx, root):
        return False
    if earlier and root.dep_.split(":")[0] in ("dobj", "obj") and _conducted_by(ctx, root.head) \
            and _plural_told_back(ctx, trig, inc, earlier):
        return False  # "two men placed the explosive devices": who did the acts told before
    verb = ctx.sents[si].root
    # the verb of the act's own clause too ("the bishop said that killings and disappearances continue to afflict
    # the peasants": the complement characterises the acts)
    own = next((g for g in root.ancestors if g.pos_ in ("VERB", "AUX") and g.sent.start == verb.sent.start), verb)

    going_on = lexicon_words("events", ctx.lang, "GOING_ON_VERBS")

    def characterised(v) -> bool:
        return (v.lemma_.lower() in ctx.m.characterising_lemmas or any(c.dep_ == "cop" for c in v.children)
                or v.lemma_.lower() in going_on and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in v.children)) \
            and _said_of_the_act(v, root)

    if si == lead and not (characterised(verb) or own.i != verb.i and characterised(own)):
        # a lead sentence reports ("Violent protests erupted in Colombia"; "the rebels remain free after the
        # killings of ...": the clause characterises others, the act is told)
        return False
    if si == lead and (_victim_predicate(ctx, verb) or own.i != verb.i and _victim_predicate(ctx, own)):
        return False  # "une adolescente a été victime de violences sexuelles": what happened to her (also in a
        # clause under a verb of saying: "A girl was the victim of sexual assaults by soldiers, her family said")
    if inc.fatalities or inc.injured:
        return False
    return not any(not p.is_country and _attachment(ctx, p, trig) in ("trigger", "loose")
                   for p in _in_sent(ctx, si, ctx.places))


def _said_of_the_act(verb, root) -> bool:
    """Whether a characterising clause (its verb ``verb``) is said of the act's noun ``root``: the noun lies in its
    subject or in what it says the subject is ("roadside bombs are the main threat", "such attacks remain rare"),
    not in an adverbial phrase of a clause about others ("the rebels remain free after the killings")."""
    tok = root
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.head.i == verb.i:
            # (a nominal predicate's own complement is what the subject is: « Les femmes sont les premières victimes
            # des violences sexuelles »)
            return tok.dep_.split(":")[0] in ("nsubj", "nsubjpass", "csubj", "attr", "acomp", "xcomp", "ccomp",
                                               "dobj", "obj", "expl") or tok.dep_ == "ROOT" \
                or tok.dep_.split(":")[0] == "nmod" and any(c.dep_ == "cop" for c in verb.children)
        tok = tok.head
    return True


def _kind_of_act(ctx: Context, trig: Trigger) -> bool:
    """The act's noun is told as a kind, not as an act ("No group claimed the attack, but such attacks are usually the
    work of the Islamic State group", « ce type d'attentat est généralement l'oeuvre du groupe EI », "this kind of
    attack"): a determiner of ``events_<lang>.KIND_OF_ACT_DETERMINERS`` on it, or it is the complement of a noun of
    ``KIND_OF_ACT_NOUNS``. Who usually does such acts is no doer of the act told."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.pos_ != "NOUN":
        return False
    dets = lexicon_words("events", ctx.lang, "KIND_OF_ACT_DETERMINERS")
    if any(c.lower_ in dets for c in root.children if c.dep_ in ("amod", "det", "predet")):
        return True
    kinds = lexicon_words("events", ctx.lang, "KIND_OF_ACT_NOUNS")
    head = root.head.head if root.dep_ == "pobj" and root.head.pos_ == "ADP" else root.head
    return root.dep_.split(":")[0] in ("pobj", "nmod") and head.i != root.i and head.pos_ == "NOUN" \
        and head.lower_ in kinds


def _acts_told_of_their_doer(ctx: Context, trig: Trigger, inc: Incident) -> bool:
    """ "THE FPMR, WHICH HAS CARRIED OUT DOZENS OF ATTACKS ON MORMON CHURCHES", « le FPMR, qui a commis
    des dizaines d'attentats »: a plural act noun counted by a vague quantity (quantities VAGUE:
    "dozens", "des dizaines") or bare, the object of a verb in a relative clause on a noun whose
    pronoun is the doer, says who a group is by its past acts (MUC-4 1.0: no specific incident),
    when no one was told killed or hurt by them."""
    if inc.fatalities or inc.injured or "threat" in trig.flags:
        return False
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.pos_ != "NOUN" or not is_plural(root) or any(c.dep_ == "nummod" for c in root.children):
        return False
    vague = {w for w in lexicon_words("quantities", ctx.lang, "VAGUE")}
    obj = root
    q = root.head if root.dep_ == "pobj" and root.head.pos_ == "ADP" else root
    q = q.head if q is not root else (root.head if root.dep_.split(":")[0] == "nmod" else root)
    if q is not root:
        if q.pos_ != "NOUN" or not ({q.lower_, " ".join(t.lower_ for t in q.subtree if t.i <= q.i)} & vague):
            return False
        obj = q
    elif not _indefinite_plural(ctx, root, "DEFINITE_DETERMINERS"):
        return False
    verb = obj.head
    if obj.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or verb.dep_ not in RELATIVE_DEPS:
        return False
    # a verb of doing the acts (events CONDUCT_VERBS: "carry out", "commettre"), not of suffering them
    # ("the mayor, who had received death threats")
    if not conduct_verb(verb, ctx.m):
        return False
    return verb.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)


def _characterising_relative(ctx: Context, trig: Trigger, inc: Incident, si: int) -> bool:
    """ "one of the pilots who have bombed villages", "l'un des pilotes qui ont bombardé des villages":
    a relative clause on a noun, whose pronoun is the doer, with an indefinite plural object,
    says who the people are by what they do or have done, not that an act happened (MUC-4 1.0: a
    specific incident), when the act has no date, no figure and no place of its own ("the pilots who
    bombed the village of Tessit on Sunday" is an incident)."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    verb, objs = root, None
    if root.dep_ == "compound" and root.head.dep_ in ("dobj", "obj"):
        # upper-case copy: "HAVE BOMBED VILLAGES" parsed with BOMBED a modifier of VILLAGES, HAVE the verb
        verb, objs = root.head.head, [root.head]
    if verb.dep_ not in RELATIVE_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
        return False  # the relative pronoun is the doer ("who have bombed"), not what was hit
    if verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    objs = objs or [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objs or not all(_indefinite_plural(ctx, o, "DEFINITE_DETERMINERS") for o in objs):
        return False
    # "one of the pilots who have bombed villages ... was killed": a figure of the sentence before the
    # noun the clause characterises counts those people (hit by another act), no figure of this act's
    # own (which the clause would give after its verb: "who bombed a village, killing 20")
    noun = verb.head
    lo = ctx.sents[si].start_char
    figures = [e for e in inc.evidence if e.field in ("fatalities", "injured")]
    before = bool(figures) and all(lo <= e.start and e.end <= noun.idx for e in figures)
    return _nothing_of_its_own(ctx, trig, inc, si, figures=not before)


def _indefinite_plural(ctx: Context, o, determiners: str) -> bool:
    """A bare or indefinite plural object ("judges, journalists", "des juges"): no figure, no
    possessive, no determiner of the lexicon list ``determiners`` ("the"; with KNOWN_NOUN_DETERMINERS
    also "these", "ces"); a list counts when one of its conjuncts is plural."""
    definite = lexicon_words("events", ctx.lang, determiners)
    if any(c.dep_ in ("nummod", "poss") or (c.dep_ == "det" and c.lower_ in definite) for c in o.children):
        return False
    return is_plural(o) or any(is_plural(c) for c in o.children if c.dep_ == "conj")


def _nothing_of_its_own(ctx: Context, trig: Trigger, inc: Incident, si: int, figures: bool = True) -> bool:
    """The act has no date (none finer than one looked back to, not the story's own day), no figure of
    dead or hurt (unless ``figures`` is false: the caller found them not the act's own) and no place
    tied to it in its sentence: a summary may be all it is."""
    if ctx.date_rank.get(inc.id, RANK_NONE) < RANK_LOOKBACK or _own_day(ctx, inc, trig):
        return False
    if figures and (inc.fatalities or inc.injured):
        return False
    return not any(not p.is_country and _attachment(ctx, p, trig) in ("trigger", "loose")
                   for p in _in_sent(ctx, si, ctx.places))


def _doers_described(ctx: Context, trig: Trigger, inc: Incident) -> bool:
    """ "condemned those who kidnap and murder innocent people", "ceux qui enlèvent et assassinent des
    innocents": an act in the simple present (no auxiliary) in a relative clause on a pronoun of
    DEMONSTRATIVE_DOERS says who people are by what they do, not that an act happened ("ceux qui ont
    abattu mardi un juge" is one)."""
    pronouns = lexicon_words("events", ctx.lang, "DEMONSTRATIVE_DOERS")
    if not pronouns or any(r is not None and not (r.basis or "").startswith("vague")
                           for r in (inc.fatalities, inc.injured)):
        return False  # a figure told; "murder innocent people" tells none
    verb = ctx.doc[trig.tok_start:trig.tok_end].root
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        if any(c.dep_.startswith("aux") for c in verb.children):
            return False
        verb = verb.head  # "who kidnap and murder": the second act shares the first's clause
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in RELATIVE_DEPS or verb.head.lower_ not in pronouns:
        return False
    if any(c.dep_.startswith("aux") for c in verb.children):
        return False  # "those who have attacked", "ceux qui ont abattu", "who will kill"
    return "Pres" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm")


def _perfect_over_plurals(ctx: Context, trig: Trigger, inc: Incident, si: int) -> bool:
    """ "the traffickers have murdered judges, journalists and politicians", "les trafiquants ont
    assassiné des juges et des journalistes": an event verb in the present perfect (its auxiliary one
    of PERFECT_AUXILIARIES in the present tense) whose objects are all indefinite plurals sums up
    what a side has done, not one incident (MUC-4 1.0: a specific incident), when the act has no
    date, no figure and no place of its own ("have burned buses in San Miguel this morning" is
    one). In the lead sentence only when said by someone (a clausal complement): a lead reports.
    Only acts that hit people or property (violence against civilians, explosions, destruction):
    "the army has deployed troops", "forces have recaptured new areas" tell a move, not a summary."""
    if inc.event_type not in ("Violence against civilians", "Explosions/Remote violence") \
            and inc.sub_event_type != "Looting/property destruction":
        return False
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    verb, objs = root, None
    if root.dep_ == "compound" and root.head.dep_ in ("dobj", "obj"):
        verb, objs = root.head.head, [root.head]  # upper-case copy: BLOWN read as a modifier of the object
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in RELATIVE_DEPS:
        return False
    if si == ctx.lead_sentence() and verb.dep_ != "ccomp":
        return False
    auxes = lexicon_words("events", ctx.lang, "PERFECT_AUXILIARIES")
    if not any(c.dep_ in ("aux", "aux:tense") and c.lemma_.lower() in auxes and "Pres" in c.morph.get("Tense")
               for c in verb.children):
        return False
    objs = objs or [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objs or not all(_indefinite_plural(ctx, o, "KNOWN_NOUN_DETERMINERS") for o in objs):
        return False
    return _nothing_of_its_own(ctx, trig, inc, si)


def _denied_generality(ctx: Context, trig: Trigger, inc: Incident, si: int) -> bool:
    """ "THE HIGH COMMAND DENIED THAT SOLDIERS HAVE KILLED CIVILIANS DURING THE FMLN OFFENSIVE", « le
    haut commandement a démenti que des soldats aient tué des civils »: a sentence that denies (a claim
    of certainty "denied") acts told over indefinite plurals (an act verb whose objects are all bare or
    indefinite plurals), with no date, figure or place of their own, denies a charge at large, no
    specific incident (MUC-4 1.0). "Denied that its troops massacred 12 peasants in San Francisco"
    has a figure and a place: one."""
    sent = ctx.sents[si]
    if not any(c.certainty == "denied" and c.sent_start == sent.start_char for c in ctx.claims):
        return False
    if any(r is not None and not (r.basis or "").startswith("vague") for r in (inc.fatalities, inc.injured)):
        return False
    # the clause the denial reports
    verbs = [t for t in sent if t.pos_ == "VERB" and t.dep_ == "ccomp" and ctx.m.is_reporting(t.head)]
    told = False
    for v in verbs:
        objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
        if not objs:
            continue
        if not all(_indefinite_plural(ctx, o, "KNOWN_NOUN_DETERMINERS") for o in objs):
            return False
        told = True
    return told and _nothing_of_its_own(ctx, trig, inc, si, figures=False)


def _seen_by_the_speaker(ctx: Context, trig: Trigger, inc: Incident) -> bool:
    """ "We have already seen in X and in Y where these people attacked ...", "nous avons déjà vu
    comment ces gens ont attaqué ...": an act said under a verb of witnessing (EXPERIENCE_VERBS) in
    the present perfect with a first-person subject sums up the speaker's experience, not one incident,
    when it has no date and no figure of its own ("we saw gunmen attack the convoy on Sunday" is one)."""
    words = lexicon_words("events", ctx.lang, "EXPERIENCE_VERBS")
    if not words or any(r is not None and not (r.basis or "").startswith("vague")
                        for r in (inc.fatalities, inc.injured)):
        return False  # a figure told ("killing two drivers"); "killing civilians" tells none
    if ctx.date_rank.get(inc.id, RANK_NONE) < RANK_LOOKBACK or _own_day(ctx, inc, trig):
        return False
    tok = ctx.doc[trig.tok_start:trig.tok_end].root
    for _ in range(HOPS_TO_WITNESS):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in words:
            perfect = "Part" in tok.morph.get("VerbForm") and any(
                c.dep_ in ("aux", "aux:tense") and "Pres" in c.morph.get("Tense") for c in tok.children)
            first_person = any(c.dep_ == "nsubj" and "1" in c.morph.get("Person") for c in tok.children)
            return perfect and first_person
    return False


HOPS_TO_WITNESS = 5  # steps up the head chain from an act to the verb of witnessing it is said under


def _victim_predicate(ctx: Context, verb) -> bool:
    """The sentence says who was the victim of the events it names ("a girl was the victim of sexual
    assaults", "une adolescente a été victime de violences sexuelles"): the predicate, the root or its
    attribute, is a word of VICTIM_PREDICATES, which reports what was done to someone, not what
    events are like."""
    words = lexicon_words("events", ctx.lang, "VICTIM_PREDICATES")
    if not any(t.lemma_.lower() in words for t in (verb, *(c for c in verb.children if c.dep_ == "attr"))):
        return False
    # in a past tense, its copula or the verb itself ("was", "a été"): what they are ("women are the main
    # victims of sexual violence") is a generalisation
    return any("Past" in t.morph.get("Tense") for t in (verb, *(c for c in verb.children if c.dep_ in ("cop", "aux", "aux:tense"))))


def _trend(ctx: Context, trig: Trigger) -> bool:
    """ "The Pakistani Taliban have stepped up attacks on security forces since 2022", « les jihadistes ont
    multiplié les attaques »: a plural event noun that a verb of more or fewer (``events_<lang>.TREND_VERBS``, with
    its particle: "step up") acts on tells how often acts happen, not an act."""
    return _plural_acts_of_verbs(ctx, trig, "TREND_VERBS")


def _plural_acts_of_verbs(ctx: Context, trig: Trigger, verbs: str) -> bool:
    """The trigger is a plural event noun, the object of a verb of ``events_<lang>.<verbs>`` (with its particle), in a
    sentence that tells no other act (« ... multiplient les attaques ; dimanche, ils ont tué un enseignant » keeps the
    killing)."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.pos_ != "NOUN" or not is_plural(root) or root.dep_ not in ("dobj", "obj"):
        return False
    verb = root.head
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "compound:prt")]
    if not {lemma, *(f"{lemma} {p}" for p in particles)} & lexicon_words("events", ctx.lang, verbs):
        return False
    sent = ctx.sents[trig.sent_index]
    own = set(range(trig.tok_start, trig.tok_end))
    return not any(sent.start <= i < sent.end and i not in own for i in ctx.violent_tokens)


def _going_on(ctx: Context, trig: Trigger, inc: Incident, si: int) -> bool:
    """ "Rebel groups have continued their attacks against civilians and police officers in the capital and throughout
    the countryside", « ont poursuivi leurs attaques »: a plural event noun that a verb of going on acts on
    (``events_<lang>.GOING_ON_VERBS``, with its particle: "keep up") with no date, figure or place of its own
    (:func:`_nothing_of_its_own`) tells acts that go on, not an act ("Rebels continue attacks on civilians in Bria"
    reports them)."""
    return _plural_acts_of_verbs(ctx, trig, "GOING_ON_VERBS") and _nothing_of_its_own(ctx, trig, inc, si)


def _tense_holder(verb):
    """The token that bears a simple tense of the verb: its passive auxiliary, else the verb itself; None when an
    auxiliary of the perfect, the progressive or a modal bears it ("has attacked", "are killing", « a attaqué »)."""
    if any(c.dep_ in ("aux", "aux:tense") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("auxpass", "aux:pass")), verb)


def _simple_present(verb) -> bool:
    """The verb is in the simple present, active or passive ("attack", "is targeted", « est ciblée »), by the morphology
    of the token that bears its tense (:func:`_tense_holder`)."""
    holder = _tense_holder(verb)
    return holder is not None and "Pres" in holder.morph.get("Tense")


def _repeated_acts(ctx: Context, verb) -> bool:
    """ "The army has repeatedly attacked villages in the area", « Les jihadistes attaquent régulièrement des villages
    de la zone », « ont attaqué à plusieurs reprises des villages »: an act's verb said with how often it is done
    (``events_<lang>.REPEATED_ACT_WORDS``, an adverb or a phrase of its own hung on the verb) tells acts done again and
    again, a habit, no act of one day and place (ACLED codes an event by its date and place). The caller keeps one
    with a day of its own or a toll ("has repeatedly shelled the town, killing five people on Sunday")."""
    words = lexicon_words("events", ctx.lang, "REPEATED_ACT_WORDS")
    if not words or verb.pos_ != "VERB":
        return False
    for c in verb.children:
        if c.dep_ in ("advmod", "npadvmod") or c.dep_.split(":")[0] in ("obl", "nmod") or c.dep_ == "prep":
            # the phrase from its first word to its head ("à plusieurs reprises", "several times"), or the
            # preposition with its object ("on many occasions")
            end = c.i if c.dep_ != "prep" else max((g.i for g in c.children if g.dep_ == "pobj"), default=c.i)
            if " ".join(t.lower_ for t in ctx.doc[c.left_edge.i:end + 1]) in words:
                return True
    return False


def _counted_times(ctx: Context, verb) -> bool:
    """ "Gunmen have attacked the village twice since January", "three times in March", « à deux reprises depuis
    janvier », « deux fois »: an act's verb said with a count of times (``events_<lang>.TIMES_ADVERBS``, or a number
    on one of ``TIMES_NOUNS``) in its own clause (not under another verb). Over a period (:func:`_over_a_period`) they
    are several acts of unknown days, no act of one day; their toll is theirs together."""
    adverbs = lexicon_words("events", ctx.lang, "TIMES_ADVERBS")
    nouns = lexicon_words("events", ctx.lang, "TIMES_NOUNS")
    if not (adverbs or nouns) or verb.pos_ != "VERB":
        return False
    for t in verb.subtree:
        if t.i == verb.i or any(g.pos_ in ("VERB", "AUX") for g in t.ancestors if g.i != verb.i and verb.is_ancestor(g)):
            continue  # the verb itself, or a word of another clause under it
        if t.lower_ in adverbs and t.dep_ == "advmod":
            return True
        if t.lower_ in nouns and any(c.dep_ == "nummod" and c.like_num for c in t.children):
            return True
    return False


def _toll_of_counted_acts(ctx: Context, trig: Trigger) -> bool:
    """ "Djibo has been attacked twice since January. Fourteen people were killed in those attacks", « ... à deux
    reprises depuis janvier. Quatorze personnes ont été tuées lors de ces attaques »: a plural act noun taken up by a
    demonstrative (``victims_<lang>.DEMONSTRATIVES``), with no date of its own, right after a sentence of the same
    paragraph that tells acts counted or repeated (:func:`_counted_times`, :func:`_repeated_acts`) since the start of
    a period (:func:`_opens_a_period`): the toll of those acts together, no act of one day."""
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    if root.pos_ != "NOUN" or not is_plural(root) or trig.sent_index == 0 or _own_dates(ctx, trig):
        return False
    demonstratives = lexicon_words("victims", ctx.lang, "DEMONSTRATIVES")
    if not any(c.dep_ == "det" and c.lower_ in demonstratives for c in root.children):
        return False
    j = trig.sent_index - 1
    if ctx.para_of_sent[j] != ctx.para_of_sent[trig.sent_index]:
        return False
    if not any(_opens_a_period(ctx, d) for d in _in_sent(ctx, j, ctx.dates)):
        return False
    return any(v.pos_ == "VERB" and (_counted_times(ctx, v) or _repeated_acts(ctx, v)) for v in ctx.sents[j])


def _over_a_period(ctx: Context, inc: Incident, trig: Trigger) -> bool:
    """Acts done again and again (:func:`_repeated_acts`) dated by a period, not a day: "Gunmen have attacked the
    village several times since January", « à plusieurs reprises depuis janvier », "repeatedly ... in March": the
    sentence's own dates are coarser than a day, or open a period (``events_<lang>.PERIOD_OPENERS``: "since Sunday").
    No act of one day (ACLED codes an event by its day); one of the times told with its own day stays an act."""
    dates = _own_dates(ctx, trig)
    if not dates:
        return False
    for d in dates:
        opened = _opens_a_period(ctx, d)
        if opened is None:
            return False
        if not opened and _grain(ctx, d) in ("day", "week"):
            return False  # a day of its own: one of the times told
    return True


def _opens_a_period(ctx: Context, d) -> bool | None:
    """The date expression ``d`` is where a period starts ("since January", « depuis mars »: a word of
    ``events_<lang>.PERIOD_OPENERS`` first or right before it); None when it covers no token."""
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return _period_opener(ctx, span) is not None


def _counted_since(ctx: Context, trig: Trigger, sent: Span) -> bool:
    """ "Gunmen have abducted more than 200 people in Zamfara since March", « Plus de 200 personnes ont été enlevées
    depuis mars »: a figure told of an act dated only by the start of a period (:func:`_opens_a_period`) counts the
    acts done since then, a running total, no act of its own (a toll so told is one already: :func:`_running_total`).
    Not since a day ("have arrested 233 activists since Wednesday evening": a sweep of a few days, one event)."""
    dates = _own_dates(ctx, trig)
    return bool(dates) and all(_opens_a_period(ctx, d) and _grain(ctx, d) not in ("day", "week") for d in dates) \
        and _figure_outside_dates(ctx, sent)


def _habitual(ctx: Context, verb) -> bool:
    """ "a situation in which people are killed and the culprits calmly walk away": an event verb
    in a tense that tells what happens habitually (the English simple present, its own or its
    passive auxiliary's; not "have attacked", "are killing") with a bare plural subject says what
    happens, not that something happened."""
    tags = lexicon_words("events", ctx.lang, "HABITUAL_TAGS")
    if not tags or verb.pos_ != "VERB":
        return False
    holder = _tense_holder(verb)  # (none for a perfect, a progressive or a modal: "have attacked", "are killing")
    if holder is None or holder.tag_ not in tags:
        return False
    subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    return subj is not None and subj.pos_ == "NOUN" and "Plur" in subj.morph.get("Number") and not any(
        c.dep_ in ("det", "nummod", "poss") for c in subj.children)


def _instrument_of_told_event(ctx: Context, root) -> bool:
    """ "the attacks were carried out with grenades", "l'attaque a été menée avec des grenades": the
    plural is what a definite re-mention of an event was done with, not a generalisation."""
    preps = ctx.m.instrument_preps
    prep = root.head if root.dep_ == "pobj" else next((c for c in root.children if c.dep_ == "case"), None)
    if prep is None or prep.lower_ not in preps:
        return False
    verb = prep.head if root.dep_ == "pobj" else root.head
    definite = lexicon_words("events", ctx.lang, "DEFINITE_DETERMINERS")
    return any(c.dep_.startswith("nsubj") and any(d.lower_ in definite for d in c.children if d.dep_ in ("det", "poss"))
               for c in verb.children)


def _elaborated(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident], si: int) -> Incident | None:
    """A later mention with neither its own date nor its own place ("Twenty-one people were killed",
    "the coalition likely struck a building") elaborates the latest compatible incident of the
    document instead of making a new one. A generic killing joins an incident of any type; an
    indefinite plural ("des frappes aériennes qui ont également tué") and a mention of "another"
    one placed elsewhere ("an hour later, another bomb exploded at a chapel in Concepcion") or with a toll of its own
    (« Une autre attaque contre le camp a tué deux soldats ») stay apart."""
    if not earlier or ctx.date_rank.get(inc.id, RANK_NONE) < RANK_LOOKBACK or _opens_new_event(ctx, si):
        return None
    if _further_act(ctx, trig, another=False):
        return None  # "Hours later, a missile hit a residential area": what came after, not more of the strike
    # "another bomb exploded at a chapel in Concepcion", "une autre bombe": a further event where
    # its place is not the earlier one's, unless the story has told its acts as several ("two bombs
    # exploded ... another bomb exploded at a bank"): then it is one of those
    further = _another(ctx, trig) and not any(_told_as_several(ctx, p) and not _told_by_its_means(ctx, p) for p in earlier)
    # a name read in capitals by its context alone is no place of its own that sets the mention apart
    if any(not p.is_country and not p.by_context and _attachment(ctx, p, trig) in ("trigger", "loose")
           for p in _in_sent(ctx, si, ctx.places)):
        return None
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    plural = "participant" not in trig.flags and root.pos_ == "NOUN" and is_plural(root)
    if plural and not _several_told_again(ctx, trig, root, inc, earlier[-1]):
        return None  # "les manifestants" are the protest's own people: they do elaborate
    for prev in reversed(earlier):
        if not (trig.generic or prev.event_type == inc.event_type or prev is earlier[-1] and _toll_then_how(ctx, trig, prev)):
            continue
        if _dated_by_a_period_start(ctx, prev):
            continue  # "Jihadists have besieged Djibo since January. Gunmen attacked the market": no act of January
        if prev.event_type in PROTEST_TYPES and inc.event_type not in PROTEST_TYPES \
                and protest_topic(root, ctx.m):
            # "carried placards denouncing the killing of six priests": what a protest denounces
            # is its topic, an event of its own, not violence at the protest
            return None
        if _about_other_victim(ctx, trig, prev) or _another_kind_added(ctx, trig, prev, inc) \
                or further and not (places_compatible(prev, inc) and inc.fatalities is None and inc.injured is None) \
                or _hits_back(prev, inc) or _doers_hit_after(prev, inc) or _unnamed_doers_after_forces(ctx, si, prev, inc):
            # (another act that hit people of its own, « Une autre attaque contre le camp a tué deux soldats », is one
            # more act, as one placed elsewhere is)
            return None
        # the mention has no place of its own (what it has was borrowed from context), so only
        # its actors can contradict; and a place its sentence's statement is told from, in another country than the
        # act before ("In Russia's Belgorod region, Governor X said a Ukrainian drone hit a car" after deaths in Odesa)
        if _statement_place_abroad(ctx, si, trig, prev):
            return None
        return prev if actors_compatible(prev, inc) else None
    return None


def _unnamed_doers_after_forces(ctx: Context, si: int, prev: Incident, inc: Incident) -> bool:
    """Mention ``inc`` (sentence ``si``) has doers of its own told as unnamed armed men with an indefinite word ("Gunmen
    killed a 67-year-old woman", « Des hommes armés ont tué une femme »: no definite article taking up doers told
    before) and people it hit, after act ``prev`` done by a state's forces: other doers, another act (an unnamed group
    is no state's army)."""
    if inc.fatalities is None and inc.injured is None or _placeholder_perpetrator(inc):
        return False
    own = [a for a in inc.actors if a.role == "actor1"]
    if not own or any(a.name != UNIDENTIFIED for a in own):
        return False
    if not any(a.role == "actor1" and a.kind in FORCE_KINDS for a in prev.actors):
        return False
    sent = ctx.sents[si]
    told = [a for a in ctx.actors if a.name == UNIDENTIFIED and sent.start <= a.tok_start < sent.end]
    return bool(told) and all(not any("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType")
                                      for c in ctx.doc[a.tok_start:a.tok_end].root.children if c.dep_ == "det")
                              for a in told)


def _dead_told_one_by_one(ctx: Context, trig: Trigger, inc: Incident, earlier: list[Incident],
                          si: int) -> Incident | None:
    """ "Russia launched 85 drones ... at Ukraine overnight, killing two people in the Odesa region ... A 67-year-old
    woman was killed when debris fell on her house in the village of Usatove ... Another man died in hospital", « Une
    femme de 67 ans a été tuée ... dans le village d'Ousatove ... Un autre homme est mort à l'hôpital »: the act told
    before's dead told one by one. A mention with no doer of its own named, no day of its own, placed in a town inside
    the region the act before was told in (:func:`_inside`, :func:`_unknown_inside`), whose single dead, with the
    single dead told after it in its paragraph as "another" (:func:`_others_told_after`), are no more than that act's
    toll, is that act told in detail: the town its place told finer, its dead none added (``ctx.one_by_one``). Not a
    further act, one opened as another, nor a mention with a doer, a day or a place outside the region of its own
    ("In Russia's Belgorod region, ... a Ukrainian drone hit a car")."""
    if not earlier or inc.fatalities is None or inc.fatalities.single() != 1 or _opens_new_event(ctx, si) \
            or _further_act(ctx, trig) or ctx.date_rank.get(inc.id, RANK_NONE) < RANK_LOOKBACK \
            or inc.id not in ctx.own_place or inc.injured is not None \
            or inc.actors_in("actor1") and not _placeholder_perpetrator(inc):
        return None
    prev = earlier[-1]
    if prev.event_type not in VIOLENT_TYPES or prev.fatalities is None or not prev.fatalities.single() \
            or prev.location is None or inc.location is None or two_days(prev, inc):
        return None
    if not (_inside(inc.location, prev.location) or _unknown_inside(inc.location, prev.location)):
        return None
    if 1 + _others_told_after(ctx, si) > prev.fatalities.single():
        return None
    ctx.one_by_one.add(inc.id)
    return prev


def _one_of_a_row_told(ctx: Context, si: int, inc: Incident, toll: Range) -> bool:
    """The single dead of follow-up sentence ``si`` is one of ``inc``'s toll told one by one: the first of a row whose
    others are told after it in its paragraph ("A woman was killed ... Another man died in hospital", the row no
    longer than the toll: :func:`_others_told_after`), or one told as one more of a row (``ONE_MORE_OF_A_ROW``) after
    the act's dead began to be told so (``ctx.one_by_one``). A single told alone after a toll ("A WAITRESS DIED ON THE
    WAY TO THE HOSPITAL") is one more dead."""
    if toll is None or not toll.single():
        return False
    if si > 0 and inc.id in ctx.one_by_one and ctx.para_of_sent[si - 1] == ctx.para_of_sent[si] \
            and _others_told_after(ctx, si - 1) >= 1:
        return True
    others = _others_told_after(ctx, si)
    if others and 1 + others <= toll.single():
        ctx.one_by_one.add(inc.id)
        return True
    return False


def _others_told_after(ctx: Context, si: int) -> int:
    """The single dead told after sentence ``si`` in its paragraph as one more of a row ("Another man died in
    hospital", « Un autre homme est mort à l'hôpital »: the subject of a verb of death with a word of
    ``quantities_<lang>.ONE_MORE_OF_A_ROW`` and no figure), up to the first sentence that tells none."""
    words = set(getattr(ctx.m.quantities, "ONE_MORE_OF_A_ROW", ()))
    n = 0
    for j in range(si + 1, len(ctx.sents)):
        if ctx.para_of_sent[j] != ctx.para_of_sent[si]:
            break
        found = 0
        for label, s, e in ctx.cues:
            if label != "DEATH" or not (ctx.sents[j].start <= s < ctx.sents[j].end):
                continue
            verb = ctx.doc[s:e].root
            for subj in verb.children:
                if subj.dep_ in (*ACTIVE_SUBJECT_DEPS, *PASSIVE_SUBJECTS) and subj.pos_ == "NOUN" \
                        and not is_plural(subj) and not any(c.dep_ == "nummod" for c in subj.children) \
                        and any(c.lower_ in words for c in subj.children):
                    found += 1
        if not found:
            break
        n += found
    return n


def _statement_place_abroad(ctx: Context, si: int, trig: Trigger, prev: Incident) -> bool:
    """Sentence ``si`` names, on the statement that tells ``trig``, a place finer than a country in another country
    than ``prev``'s place (both known)."""
    if prev.location is None or not prev.location.country:
        return False
    return any(not p.is_country and p.place.country and p.place.country != prev.location.country
               and _attachment(ctx, p, trig) == "statement" for p in _in_sent(ctx, si, ctx.places))


def _dated_by_a_period_start(ctx: Context, inc: Incident) -> bool:
    """The incident is dated by where a period of a month or more starts ("Jihadists have besieged Djibo since
    January", « Les jihadistes assiègent Djibo depuis janvier »: :func:`_opens_a_period`): what has gone on since
    then, or acts of any day of it; an act told later with no date of its own is none of it. Not since a day ("have
    arrested 40 activists since Wednesday": a sweep of a few days, one event that a later sentence may tell more of)."""
    for e in inc.evidence:
        if e.field != "date" or e.doc_id != ctx.document.doc_id:
            continue
        for d in ctx.dates:
            if d.start == e.start and d.end == e.end and getattr(d, "value", None) is not None \
                    and d.kind != "anaphoric":
                return bool(_opens_a_period(ctx, d)) and _grain(ctx, d) not in ("day", "week")
    return False


def _hits_back(prev: Incident, inc: Incident) -> bool:
    """ "At least 20 civilians were killed by rebels ... soldiers pursued the attackers and killed three of them",
    « les militaires ont poursuivi les assaillants et tué trois d'entre eux »: a state force that fights the
    armed side of an earlier act of armed men on others is the answer to that act, an act of its own, not more of
    it (the army that kills attackers of its own base is a side of that battle: "Militants stormed an army base
    ... The army said it had killed dozens of the attackers")."""
    if prev.event_type == "Battles":
        return False
    doers = {a.kind for a in prev.actors if a.role == "actor1"}
    mine = {a.kind for a in inc.actors if a.role == "actor1"}
    sides = {a.kind for a in inc.actors if a.role == "actor2"}
    return bool(doers) and doers <= NON_STATE and bool(mine) and not mine & NON_STATE and bool(sides) \
        and sides <= NON_STATE


def _several_told_again(ctx: Context, trig: Trigger, root, inc: Incident, prev: Incident) -> bool:
    """A plural mention with no date or place of its own after an act of the same kind told as several
    ("killed by shells that fell on the camp ... 'Two shells landed on the shelters,' said a camp official"):
    the same shells told again, unless added by "also" / « également » ("Des frappes ont également tué")."""
    return (prev.sub_event_type == inc.sub_event_type and _told_as_several(ctx, prev)
            and not _added_by_adverb(ctx, root, _with_its_verbs(root)))


def _told_by_its_means(ctx: Context, inc: Incident) -> bool:
    """The incident's event words are what it was done with ("attacked an army camp with armed drones", « avec des
    drones armés »: ``events_<lang>.INSTRUMENT_PREPS``): a plural weapon of one act, not several acts told."""
    preps = lexicon_words("events", ctx.lang, "INSTRUMENT_PREPS")
    roots = [span.root for e in inc.evidence if e.field == "event_type" and e.doc_id == ctx.document.doc_id
             for span in [ctx.doc.char_span(e.start, e.end, alignment_mode="expand")] if span is not None]
    return bool(roots) and all(r.head.lower_ in preps or any(c.dep_ == "case" and c.lower_ in preps for c in r.children)
                               for r in roots)


def _told_as_several(ctx: Context, inc: Incident) -> bool:
    """The incident was told by a plural event noun ("two bombs exploded", "des attentats")."""
    for e in inc.evidence:
        if e.field != "event_type":
            continue
        span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is not None and span.root.pos_ == "NOUN" and is_plural(span.root):
            return True
    return False


def _another_kind_added(ctx: Context, trig: Trigger, prev: Incident, inc: Incident) -> bool:
    """ "Terrorists fired at a civilian in San Salvador. A military spokesman also reported that armed
    men kidnapped a peasant": an act of another kind than the earlier one, added by an additive
    adverb (``events_<lang>.ADDITIVE_ADVERBS``) on its verb or on the verb of saying that reports it,
    is a further event, not more of the earlier one (a killing told again, "police also said the
    gunmen killed a farmer", still elaborates)."""
    if trig.generic or inc.sub_event_type == prev.sub_event_type:
        return False
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    return _added_by_adverb(ctx, root, _with_its_verbs(root))


def _with_its_verbs(root) -> set[int]:
    """``root`` and the verbs it hangs on (its own verb and the verb of saying that reports it)."""
    return {root.i} | {a.i for a in root.ancestors if a.pos_ in ("VERB", "AUX")}


def _added_by_adverb(ctx: Context, root, heads: set[int]) -> bool:
    """An additive adverb (``events_<lang>.ADDITIVE_ADVERBS``: "also", "aussi") of ``root``'s sentence
    on one of the verbs ``heads`` or on an auxiliary of one ("ont aussi fait sauter")."""
    additive = lexicon_words("events", ctx.lang, "ADDITIVE_ADVERBS")
    heads = heads | {c.i for h in heads for c in ctx.doc[h].children if c.pos_ == "AUX"}
    return any(t.lower_ in additive and t.head.i in heads for t in root.sent)


def _toll_then_how(ctx: Context, trig: Trigger, prev: Incident) -> bool:
    """ "Eighteen people were killed near Canasgordas on Sunday. Guerrillas blew up a bridge as a bus
    was crossing it": a toll told by a generic word ("were killed") and then, with no date or place
    of its own, an act that says how (the latest incident only); an act added with "also", "aussi"
    ("Guerrillas also blew up a bridge") is a further event."""
    if prev.id not in ctx.generic_typed or prev.event_type not in VIOLENT_TYPES or not (prev.fatalities or prev.injured):
        return False
    if trig.event_type == "Battles" or prev.event_type == "Battles":
        return False  # a fight is no how of a toll: the two sides fought
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    return not _added_by_adverb(ctx, root, {root.i})


def _own_victim(ctx: Context, trig: Trigger, excluded: list[tuple[int, int]] | None = None) -> VictimMention | None:
    """The person an event noun names as the one it was done to ("the governor of Antioquia's murder",
    "the killing of Luis Carlos Galan"): :func:`victims.named_possessor`, never an armed actor (a
    place name is no exclusion: surnames are towns too, "Valencia's murder")."""
    sent = ctx.sents[trig.sent_index]
    if excluded is None:
        excluded = [(a.tok_start, a.tok_end) for a in ctx.actors if a.armed and sent.start <= a.tok_start < sent.end]
    return named_possessor(ctx.doc, ctx.lang, trig.tok_start, trig.tok_end, excluded)


def _about_other_victim(ctx: Context, trig: Trigger, prev: Incident) -> bool:
    """ "Diaz' murder unleashed a wave of protests ... the judge investigating the governor of
    Antioquia's murder resigned": an event noun that names whom it was done to identifies its own
    event; it tells more of an earlier incident only when the sentences of that incident name the
    same person."""
    own = _own_victim(ctx, trig)
    if own is None:
        return False
    words = {t.lower_ for t in ctx.doc[own.tok_start:own.tok_end] if t.is_alpha and not t.is_stop}
    told = set()
    for e in prev.evidence:
        if e.field in ("event_type", "actors") and e.doc_id == ctx.document.doc_id:
            told |= {t.lower_ for t in ctx.sents[ctx.sent_of_char(e.start)]}
    return not words & told


def _opens_new_event(ctx: Context, si: int, openers: str = "NEW_EVENT_OPENERS") -> bool:
    """The sentence opens on a word that adds a further event to a list ("In addition, ...",
    "Meanwhile, ...", "Par ailleurs, ..."): what it tells is not more of the event before. With
    ``openers="LATER_OPENERS"``, on words of what came after ("Hours later", « Quelques heures plus tard »)."""
    openers = getattr(ctx.m.events, openers, ())
    words = [t.lower_ for t in ctx.sents[si] if not (t.is_space or t.is_punct)][:6]
    head = " ".join(words)
    return any(head == o or head.startswith(o + " ") for o in openers)


def _side_hit_in_a_sides_word_only(ctx: Context, prev: Incident, inc: Incident) -> None:
    """The act told again in an armed side's own words ("The junta's spokesman denied that civilians had been
    targeted, saying the strike hit a training camp of the People's Defence Force", « l'armée affirme que la frappe a
    touché un camp des PDF »: every claim of the re-mention ``inc`` by an organisation that is an armed actor of the
    story) after other sources told it hit people who did not fight (``prev``: civilians among its dead or hit, a
    building, no armed side hit): the side it names as hit is that side's claim, never the incident's actor2; its
    victims and targets are the other sources' (the mirror of :func:`_doers_version_told_otherwise`), its words kept
    as its claim (a denial in them disputes, as any denial does; "Russia said it had struck military targets" after
    the governor's toll stays a claim that supports, tests/test_tolls_sources3.py)."""
    hit_side = [x for x in inc.actors if x.role == "actor2" and x.kind in FORCE_KINDS | NON_STATE]
    if not hit_side or any(x.role == "actor2" for x in prev.actors):
        return
    civilians = prev.civilian_fatalities is not None or any(
        x.role == "victim" and x.kind == "civilians" for x in prev.actors) or any(t.kind == BUILDING for t in prev.targets)
    mine = [c for c in inc.claims if c.doc_id == ctx.document.doc_id]
    armed = {a.name for a in ctx.actors if a.armed}
    if not civilians or not mine or not all(c.organisation in armed for c in mine):
        return
    sides = {c.organisation for c in mine}
    if not any(c.organisation not in sides for c in prev.claims):
        return  # the act told by that side alone: its word is all the story has
    lo, hi = min(c.start for c in mine), max(c.end for c in mine)
    gone = [x for x in inc.actors if x.role != "actor1"]
    names = {x.mention for x in gone} | {t.mention for t in inc.targets}
    inc.actors = [x for x in inc.actors if x.role == "actor1"]
    inc.targets = []
    inc.evidence = [e for e in inc.evidence if not (e.field in ("actors", "targets") and lo <= e.start < hi
                                                    and e.text in names)]


def _towns_of_the_total(prev: Incident, first: Incident, second: Incident) -> dict[str, Range | None] | None:
    """The act told before (``prev``: « Près de quarante civils ont été tués jeudi ... dans deux villages ») told again
    place by place (:func:`_acts_where`: « dans le village de X, où ils auraient tué 27 personnes, avant de se rendre
    à Y, où une douzaine d'habitants ont été abattus »), the two places' figures of the dead together within its
    figure's range (27 and 12 within 36 to 40): the earlier figure is their total, told over both. The first place's
    own figures (by field), to keep once ``first`` is merged into ``prev``; None when the figures do not add up so."""
    whole, a, b = prev.fatalities, first.fatalities, second.fatalities
    if whole is None or a is None or b is None or prev.location.name in (first.location.name, second.location.name):
        return None
    told = [r.best if r.best is not None else r.low for r in (a, b)]
    if any(v is None for v in told):
        return None
    total = sum(told)
    low = whole.low if whole.low is not None else whole.best
    high = whole.high if whole.high is not None else whole.best
    if low is None or total < low or high is not None and total > high:
        return None
    return {f: getattr(first, f) for f in ("fatalities", "injured", "civilian_fatalities")}


def _total_told_place_by_place(ctx: Context, si: int, prev: Incident, second: Incident,
                               own: dict[str, Range | None]) -> None:
    """The act told before, merged with the first place's act of a sentence that tells it place by place
    (:func:`_towns_of_the_total`), is that place's: it keeps that place's own figures, as a lead whose toll the towns
    account for folds into the first town's incident (:func:`_town_parts_of_lead`); the total's words stay its
    evidence of the act, no figure. The second place's act, its day told nowhere in its sentence, takes the act's day
    (the story tells the two places of one raid)."""
    sent = ctx.sents[si]
    for f, v in own.items():
        setattr(prev, f, v)
    prev.evidence = [e for e in prev.evidence if e.field not in own or sent.start_char <= e.start < sent.end_char]
    if not any(e.field == "date" and sent.start_char <= e.start < sent.end_char for e in second.evidence):
        second.date = prev.date.model_copy()
        second.evidence = [e for e in second.evidence if e.field != "date"] + [
            e for e in prev.evidence if e.field == "date"]
        ctx.date_rank[second.id] = ctx.date_rank.get(prev.id, RANK_NONE)


def _civilians_killed_in_the_fight(ctx: Context, head: Trigger, prev: Incident, inc: Incident) -> Range | None:
    """A re-mention of a fight told by a fight word (``head`` a Battles trigger: "Residents however said three
    civilians were killed in the fighting", « la mort de trois civils dans les combats ») whose dead are civilians
    only, after a fight (``prev`` a battle): the fight told again, the civilians its crossfire's dead, not an attack on
    them (docs/conventions.md, Counts: civilians killed in the fighting). ``inc`` takes the fight's type, loses the
    doer its fight word stood for (the word is no group), and gives up its toll, returned to be added to the fight's
    (the fight keeps its civilians as ``civilian_fatalities``); None, nothing changed, otherwise."""
    if head.event_type != "Battles" or prev.event_type != "Battles" or inc.event_type == "Battles" \
            or inc.fatalities is None or inc.civilian_fatalities is None \
            or inc.civilian_fatalities.single() != inc.fatalities.single() or inc.actors_in("actor2"):
        return None
    word = [a for a in inc.actors if a.role == "actor1" and a.name == UNIDENTIFIED and a.mention == head.text]
    if any(a.role == "actor1" and a not in word for a in inc.actors):
        return None  # a doer named: who killed them is told
    inc.event_type, inc.sub_event_type, inc.plover = prev.event_type, prev.sub_event_type, prev.plover
    inc.actors = [a for a in inc.actors if a not in word]
    inc.evidence = [e for e in inc.evidence if not (e.field == "actors" and e.start == head.start and e.end == head.end)]
    dead, inc.fatalities = inc.fatalities, None  # (its words stay the evidence of the fight's dead)
    return dead


def _civilians_killed_in_the_operation(ctx: Context, prev: Incident, inc: Incident) -> bool:
    """A re-mention of a fight of the state's forces (an armed clash whose doer is the army or the police, whose dead are
    the fighters it hit) that tells civilians killed, only civilians, by a source new to the fight (« Des habitants ont
    toutefois fait état de la mort de sept civils ... tués lors du ratissage », "Residents however reported that seven
    civilians were killed during the sweep", after the army's « neutralisé une trentaine de terroristes lors d'une
    opération »; its sentence names the operation, ``events_<lang>.OPERATION_NOUNS``): the forces' violence against civilians, as ACLED codes it, an event of its own at the same place and
    day (docs/conventions.md, Counts: civilians killed in a forces' operation). ``inc`` becomes that act (an Attack,
    Violence against civilians, by the fight's doers, with its own dead, told by its own source), and the fight keeps
    its fighters' toll, never widened by the civilians. True when it does."""
    if prev.event_type != "Battles" or inc.fatalities is None or inc.civilian_fatalities is None \
            or inc.civilian_fatalities.single() != inc.fatalities.single() or prev.civilian_fatalities is not None:
        return False
    forces = [a for a in prev.actors if a.role == "actor1" and a.kind in FORCE_KINDS]
    if not forces or any(a.role == "actor1" and a.kind not in FORCE_KINDS and a.name != UNIDENTIFIED
                         for a in inc.actors):
        return False
    nouns = lexicon_words("events", ctx.lang, "OPERATION_NOUNS")
    told_in = {ctx.sent_of_char(e.start) for e in inc.evidence if e.field == "event_type"
               and e.doc_id == ctx.document.doc_id}
    if not nouns or not any(t.pos_ == "NOUN" and (t.lower_ in nouns or t.lemma_.lower() in nouns)
                            for si in told_in for t in ctx.sents[si]):
        return False  # "Residents said three civilians were killed in the fighting": the fight's crossfire, its dead
    own = {c.speaker.lower() for c in prev.claims if c.speaker}
    # (the forces themselves, however named: « selon l'armée » after « l'armée malienne a affirmé »)
    theirs = {c.organisation for c in prev.claims if c.organisation} | {a.name for a in forces}
    told = [c for c in inc.claims if c.speaker and c.certainty != "denied"]
    if not told or any(c.speaker.lower() in own or c.organisation in theirs for c in told):
        return False
    inc.event_type, inc.sub_event_type = "Violence against civilians", "Attack"
    inc.actors = [a for a in inc.actors if a.role not in ("actor1", "actor2")] + [a.model_copy() for a in forces]
    inc.evidence = [e for e in inc.evidence if e.field not in ("date", "location")] + [
        e for e in prev.evidence if e.field in ("date", "location")]
    inc.date, inc.location = prev.date.model_copy(), prev.location.model_copy()
    ctx.date_rank[inc.id] = ctx.date_rank.get(prev.id, RANK_NONE)
    for c in inc.claims:
        c.stance, c.fatalities = "supports", None
    return True


def _drop_vague_doers_dead(ctx: Context, prev: Incident, inc: Incident) -> None:
    """A re-mention's toll that adds the doers' own dead told vaguely to a figure of those they hit ("An army statement
    put the toll at 14 soldiers dead and said "dozens of terrorists were neutralised"", after "killing at least 27
    soldiers", when ``prev``'s toll is told): the vague figure of the other side, one side's word, never widens a
    toll (docs/conventions.md, Claims: a vague figure never widens a toll); the figure of those hit stays, another
    source's toll of the act. The vague figure is kept apart, an ``armed men killed`` entry of the incident's
    ``quantities`` with its speaker and certainty. So is an exact figure of the doers' dead told by a source new to
    the act ("... and said 20 terrorists were neutralised"): one side's word of the other side's dead, beside its own
    toll of those hit, is no part of another source's toll (docs/conventions.md, Counts: the tolls of the two sides).
    Exact figures of both sides told by the act's own telling ("killing 12 soldiers and 20 militants") stay summed:
    ACLED counts every dead of a battle."""
    if prev.fatalities is None or inc.fatalities is None or inc.fatalities.basis != "sum":
        return
    parts = [q for q in ctx.quantities if any(e.field == "fatalities" and e.start == q.start and e.end == q.end
                                              and e.doc_id == ctx.document.doc_id for e in inc.evidence)]
    own = {c.speaker.lower() for c in prev.claims if c.speaker}
    new_source = any(c.speaker and c.speaker.lower() not in own and c.certainty != "denied" for c in inc.claims)
    vague = [q for q in parts if ((q.value.basis or "").startswith("vague:") or new_source)
             and _doers_dead(ctx, prev, q)]
    rest = [q for q in parts if q not in vague]
    if not vague or not rest or any((q.value.basis or "").startswith("vague:") for q in rest):
        return
    inc.fatalities = _sum([q.value for q in rest])
    gone = {(q.start, q.end) for q in vague}
    inc.evidence = [e for e in inc.evidence if not (e.field in ("fatalities", "civilian_fatalities")
                                                    and (e.start, e.end) in gone)]
    claim = next((c for c in inc.claims if c.speaker), None)
    for q in vague:
        prev.quantities.append(Quantity(
            what=ARMED_MEN_KILLED, value=q.value, speaker=claim.speaker if claim else None,
            certainty=claim.certainty if claim else "asserted", doc_id=ctx.document.doc_id, start=q.start,
            end=q.end, text=q.text))


def _doers_dead_by_the_same_source(ctx: Context, prev: Incident, inc: Incident) -> None:
    """A re-mention whose only toll counts ``prev``'s non-state doers' own dead (:func:`_doers_dead`), told by the
    speakers of ``prev``'s own toll of those hit in a sentence of its own (« Le ministère a ajouté qu'une vingtaine
    d'assaillants avaient été neutralisés » after « Douze soldats ont été tués ..., a annoncé le ministère »): the
    same source's word of the other side's dead, a second telling, neither summed into its toll nor widening it
    (docs/conventions.md, Counts: the tolls of the two sides; only one telling of both sides' dead sums). The toll
    stays; the figure is an ``armed men killed`` entry of the incident's ``quantities`` with that speaker and
    certainty."""
    if prev.fatalities is None or inc.fatalities is None or inc.fatalities.basis == "sum":
        return
    parts = [q for q in ctx.quantities if any(e.field == "fatalities" and e.start == q.start and e.end == q.end
                                              and e.doc_id == ctx.document.doc_id for e in inc.evidence)]
    if not parts or not all(_doers_dead(ctx, prev, q) for q in parts):
        return
    own = {c.speaker.lower() for c in prev.claims if c.speaker}
    claims = [c for c in inc.claims if c.speaker and c.certainty != "denied"]
    # (a sentence of the story's own telling, with no speaker, is no other source either: « Une vingtaine d'assaillants
    # ont été neutralisés lors de la riposte » after the soldiers' toll keeps it, 12, not 12-20)
    if any(c.speaker.lower() not in own for c in claims) or not claims and any(c.speaker for c in inc.claims):
        return
    inc.fatalities = None
    gone = {(q.start, q.end) for q in parts}
    inc.evidence = [e for e in inc.evidence if not (e.field in ("fatalities", "civilian_fatalities")
                                                    and (e.start, e.end) in gone)]
    for q in parts:
        told = [x for x in inc.quantities + prev.quantities if x.what == ARMED_MEN_KILLED and x.start == q.start]
        speaker, certainty = (claims[0].speaker, claims[0].certainty) if claims else (None, "asserted")
        for x in told:
            x.speaker, x.certainty = speaker, certainty
        if not told:
            inc.quantities.append(Quantity(
                what=ARMED_MEN_KILLED, value=q.value, speaker=speaker, certainty=certainty,
                doc_id=ctx.document.doc_id, start=q.start, end=q.end, text=q.text))


def _claimed_by_the_group(ctx: Context, inc: Incident, name: str) -> bool:
    """The act ``inc`` tells is owned up to by the group ``name`` in its sentence (:func:`_owner`: "The Islamic State
    Sahel Province claimed the attack", « L'État islamique au Sahel a revendiqué la tuerie »)."""
    ev = next((e for e in inc.evidence if e.field == "event_type" and e.doc_id == ctx.document.doc_id), None)
    sp = ctx.doc.char_span(ev.start, ev.end, alignment_mode="expand") if ev is not None else None
    if sp is None:
        return False
    cands = [a for a in _in_sent(ctx, ctx.sent_of_char(ev.start), ctx.actors) if a.name == name]
    return bool(cands) and _owner(ctx, sp.root, cands) is not None


def _merge_anaphor(ctx: Context, prev: Incident, inc: Incident) -> None:
    """Fold a definite re-mention into its antecedent. The date best tied to the event wins: the
    anaphor's own date ("The strike, shortly after midnight on Monday") beats a date the
    antecedent only borrowed from a look-back or the publication window; a date the anaphor itself
    only borrowed from the sentence before, where it may date another event ("... where a convoy was
    ambushed last Wednesday. This is the second time that a sabotage has taken place"), never wins."""
    keep_prev_date = ctx.date_rank.get(prev.id, RANK_NONE) <= ctx.date_rank.get(inc.id, RANK_NONE) \
        or ctx.date_rank.get(inc.id, RANK_NONE) >= RANK_LOOKBACK
    loser, winner = (inc, prev) if keep_prev_date else (prev, inc)
    # (the two mentions' same date words, "on Monday" taken up by both, are the kept date's evidence: only the loser's
    # other date words go)
    winning_dates = [e for e in winner.evidence if e.field == "date"]
    losing_dates = [e for e in loser.evidence if e.field == "date" and e not in winning_dates]
    winner_date = prev.date if keep_prev_date else inc.date
    hit = {a.name for a in prev.actors if a.role in ("actor2", "victim")}
    if _placeholder_perpetrator(prev) and any(a.role == "actor1" and a.name not in hit for a in inc.actors) \
            and not _placeholder_perpetrator(inc):
        # "Four engineers were murdered ... terrorists murdered four engineers": the mention that
        # names who did it (even as "terrorists") replaces the absence of a name
        _drop_doers(prev)
    # (the side the act hit fighting back at its doers, "troops repelled the assault and killed two of the attackers",
    # fights the act's doers: "the attackers" unnamed are they, as the doers of a mention are)
    fought = "actor2" if _hit_side_hits_back(prev, inc) else "actor1"
    unnamed = [a for a in inc.actors if a.role == fought and a.name == UNIDENTIFIED and a.kind == "unidentified"]
    laid = [a for a in unnamed if fought == "actor1" and _laid_at_by_blame(ctx, inc, a)]
    doers = [a for a in prev.actors if a.role == "actor1"]
    if laid and doers and all(a.kind == "unidentified" for a in doers) \
            and not {_words(a.mention).casefold() for a in laid} & {_words(a.mention).casefold() for a in doers}:
        # "Gunmen killed a union leader ... Police blamed drug traffickers for the killing": the unnamed kind of
        # group the re-mention lays the act at names its doers better than the words of the act's telling
        _drop_doers(prev)
        unnamed = [a for a in unnamed if a not in laid]
    owners = [a for a in inc.actors if a.role == "actor1"]
    if doers and all(a.kind == "unidentified" for a in doers) and not _placeholder_perpetrator(prev) \
            and len({a.name for a in owners}) == 1 and owners[0].kind in NON_STATE \
            and _claimed_by_the_group(ctx, inc, owners[0].name):
        # "Gunmen killed nine villagers ... JNIM denied any role. The Islamic State Sahel Province claimed the
        # attack": the one group that owns up to the act told again is its unnamed doers' group (as
        # actors.resolve_generic makes them, with the story's one group), one doer, not two beside each other
        for a in doers:
            a.name, a.kind = owners[0].name, owners[0].kind
        inc.actors = [a for a in inc.actors if a.role != "actor1"]
    if unnamed and any(a.role == "actor1" for a in prev.actors):
        # the re-mention's "unidentified armed group" is only the absence of a name: the
        # antecedent's named perpetrator stands
        inc.actors = [a for a in inc.actors if a not in unnamed]
        mentions = {_words(a.mention) for a in unnamed}
        inc.evidence = [e for e in inc.evidence if not (e.field == "actors" and _words(e.text) in mentions)]
    specific = _vague(ctx, prev) and not _vague(ctx, inc) and (
        (prev.event_type, prev.sub_event_type) != (inc.event_type, inc.sub_event_type)) or (
        prev.sub_event_type == PROPERTY_DESTRUCTION and inc.event_type in VIOLENT_TYPES)
    if specific and inc.sub_event_type == ABDUCTION and prev.fatalities is not None and (prev.fatalities.high or
                                                                                        prev.fatalities.low or 0) > 0 \
            and _others_taken(ctx, inc):
        # "stormed a camp ..., killing at least 56 people ... said dozens of women had been abducted": people taken in
        # an attack that killed are part of it; the killing types it (ACLED codes an abduction with killings as an
        # attack). The dead taken before ("THE TWO POLITICAL LEADERS HAD BEEN KIDNAPPED", found dead) stay an
        # abduction.
        specific = False
    if inc.sub_event_type == CHEMICAL_WEAPON and prev.event_type == "Explosions/Remote violence" \
            and prev.sub_event_type != CHEMICAL_WEAPON:
        # "rebels fired shells into the town ... Doctors said the shells contained chlorine": the weapon told again
        # carried a chemical agent, which types the act whatever delivered it (ACLED's chemical weapon); its word is
        # the type's evidence
        specific = True
        agent = [e for e in inc.evidence if e.field == "sub_event_type"]
    else:
        agent = []
    if specific and inc.event_type == "Battles" and prev.event_type == "Violence against civilians" \
            and not inc.actors_in("actor2"):
        # "Gunmen killed 12 passengers in an attack on a bus ... The bus was ambushed": a fight needs an armed side
        # hit; an ambush told again of an attack on people who did not fight is still that attack on them
        specific = False
    # (a town of its own inside the region the act was told in, "The attack on the base near the town of Saravena"
    # after "in the department of Arauca", is the act's place told finer)
    # (so is a town the gazetteer lacks in the region or country the act was told in: "The attack on the base in
    # Puerto Jordan" after "in Arauca province", its name kept, unresolved, in that region)
    borrowed_place = inc.id in ctx.own_place and (prev.id not in ctx.own_place or _inside(inc.location, prev.location)
                                                  or _unknown_inside(inc.location, prev.location))
    place = inc.location
    told_in = {ctx.sent_of_char(e.start) for e in inc.evidence if e.field == "event_type" and e.doc_id == ctx.document.doc_id}
    if any(_running_total(ctx, ctx.sents[i]) for i in told_in) or any(
            _tally_of_a_period(ctx, q) for q in ctx.quantities if any(
                e.field in ("fatalities", "injured") and e.start == q.start for e in inc.evidence)):
        # "The attack brings to 45 the number of civilians killed in the area this month": a tally
        # of a period, no toll of the act the mention takes up; its people are the period's, and who tells
        # it ("..., according to the United Nations") tells the tally, no source of the act
        inc.fatalities = inc.injured = inc.civilian_fatalities = None
        tally = {_words(e.text) for e in inc.evidence if e.field == "actors" and e.doc_id == ctx.document.doc_id
                 and ctx.sent_of_char(e.start) in told_in}
        tally &= {_words(a.mention) for a in inc.actors if a.role == "victim"}
        inc.actors = [a for a in inc.actors if not (a.role == "victim" and _words(a.mention) in tally)]
        inc.claims = [c for c in inc.claims
                      if c.doc_id != ctx.document.doc_id or ctx.sent_of_char(c.start) not in told_in]
        inc.evidence = [e for e in inc.evidence if e.field not in ("fatalities", "injured", "civilian_fatalities")
                        and not (e.field in ("claims", "actors") and e.doc_id == ctx.document.doc_id
                                 and ctx.sent_of_char(e.start) in told_in
                                 and (e.field == "claims" or _words(e.text) in tally))]
    for f in ("fatalities", "injured", "civilian_fatalities"):
        a, b = getattr(prev, f), getattr(inc, f)
        if a is not None and b is not None and (b.basis or "").startswith("vague:") \
                and not (a.basis or "").startswith("vague:"):
            # "The army said it had killed dozens of the attackers" after "killing 15 soldiers": a vague
            # figure a re-mention tells beside a toll told is background, as a follow-up's is
            # (_attach_follow_up_counts), no widening of the toll
            setattr(inc, f, None)
            inc.evidence = [e for e in inc.evidence if e.field != f]
    _doers_dead_by_the_same_source(ctx, prev, inc)
    _drop_vague_doers_dead(ctx, prev, inc)
    figures = {f: getattr(inc, f) for f in ("fatalities", "injured", "civilian_fatalities")}
    # "Amnesty International said at least 10 protesters were killed" after "killing four people, according
    # to the police": another source's toll of the same event; the range covers both, its claim disputes
    theirs = _other_sources_claims(ctx, prev, inc)
    theirs_hurt = _other_sources_claims(ctx, prev, inc, "injured")
    doers_dead = _doers_dead_claims(ctx, prev, inc)
    before, before_hurt = prev.fatalities, prev.injured
    # (the act's own place, even one the gazetteer lacks and so with no coordinates, "a military post in Djibasso in
    # western Burkina Faso", stands: the re-mention's place borrowed from the context, the dateline's town, neither
    # replaces it nor adds its words to the evidence)
    own = prev.location if prev.id in ctx.own_place and inc.id not in ctx.own_place and prev.location.name else None
    _side_hit_in_a_sides_word_only(ctx, prev, inc)
    merge_into(prev, inc, "definite mention of the same event in the same document")
    if own is not None:
        prev.location = own
        # (the dateline's "BENI" is Beni, "KANDAHAR" Kandahār)
        names = {normalize_name(own.mention or ""), normalize_name(own.name or "")}
        prev.evidence = [e for e in prev.evidence if e.field != "location" or normalize_name(e.text) in names]
    for f, value in figures.items():
        # a toll so far (_stated_total) stands against a lower figure of the re-mention ("Twelve
        # bodies were recovered" after "bringing to 19 the number of civilians killed"); the
        # re-mention's own toll so far is the later one
        later = ctx.stated_totals.get((inc.id, f))
        bound = later or ctx.stated_totals.get((prev.id, f))
        if bound is not None and (later is not None or value is None or (value.single() or 0) <= (bound.single() or 0)):
            setattr(prev, f, bound)
            ctx.stated_totals[(prev.id, f)] = bound
            span = ctx.stated_spans.get((inc.id, f)) if later is not None else ctx.stated_spans.get((prev.id, f))
            if span is not None:
                ctx.stated_spans[(prev.id, f)] = span
    if theirs and ctx.stated_totals.get((prev.id, "fatalities")) is None:
        prev.fatalities = _sources_range(before, figures["fatalities"])
        for c in theirs:
            c.stance, c.fatalities = "disputes", figures["fatalities"]
    if doers_dead and ctx.stated_totals.get((prev.id, "fatalities")) is None:
        # "the army said its response had 'neutralised about fifty terrorists'" after "At least 14 soldiers were
        # killed ..., security sources said": the doers' own dead by the side they attacked, other people: the range
        # spans both sources (never their sum), the claim keeps its figure and supports, and the figure is an
        # ``armed men killed`` quantity with its speaker
        q, claims = doers_dead
        prev.fatalities = _sources_range(before, figures["fatalities"])
        for c in claims:
            c.fatalities = figures["fatalities"]
        if not any(x.what == ARMED_MEN_KILLED and x.start == q.start for x in prev.quantities):
            prev.quantities.append(Quantity(
                what=ARMED_MEN_KILLED, value=q.value, speaker=claims[0].speaker, certainty=claims[0].certainty,
                doc_id=ctx.document.doc_id, start=q.start, end=q.end, text=q.text))
    if theirs_hurt and ctx.stated_totals.get((prev.id, "injured")) is None:
        prev.injured = _sources_range(before_hurt, figures["injured"])
        for c in theirs_hurt:
            c.stance = "disputes"
    if specific:
        # "two people were killed in the attack ... where the car bomb went off": the mention that
        # says how it was done types the incident
        prev.event_type, prev.sub_event_type, prev.plover = inc.event_type, inc.sub_event_type, inc.plover
        ctx.generic_typed.discard(prev.id)
        if agent:
            prev.evidence = [e for e in prev.evidence if e.field != "sub_event_type"] + agent
    if borrowed_place:
        prev.location = place
        prev.evidence = [e for e in prev.evidence if e.field != "location" or place.mention == e.text]
        ctx.own_place.add(prev.id)
    prev.date = winner_date
    kept, kept_dates = [], []
    for e in prev.evidence:
        if e.field == "date":
            if e in losing_dates or e in kept_dates:
                continue
            kept_dates.append(e)
        kept.append(e)
    prev.evidence = kept
    ctx.date_rank[prev.id] = min(ctx.date_rank.get(prev.id, RANK_NONE), ctx.date_rank.get(inc.id, RANK_NONE))


def _laid_at_by_blame(ctx: Context, inc: Incident, a: Actor) -> bool:
    """The incident's doer ``a`` is one its text lays the act at by blame (``ctx.laid_at``: "blamed drug traffickers
    for the killing", "the hand of the cartels is behind the bombing")."""
    return any(e.field == "actors" and e.doc_id == ctx.document.doc_id and e.start in ctx.laid_at
               and _words(e.text) == _words(a.mention) for e in inc.evidence)


OPERATION_LOOKBACK = 2  # paragraphs before the raid's own where the forces that did it may be the subject


def _forces_operation(ctx: Context, trig: Trigger, inc: Incident, si: int) -> bool:
    """A raid or a search (the language's FORCE_OPERATIONS) by the state's forces that kills or hurts
    no one is an operation of theirs (a search, arrests), not an attack (MUC-4 1.0: relevant incidents
    are terrorist acts; ACLED: arrests): "police raided homes". With no doer of its own ("the families
    whose homes have been raided"), its doer is the armed subject told last, in its sentence before it,
    its paragraph or the two before ("security forces have detained three men")."""
    words = lexicon_words("events", ctx.lang, "FORCE_OPERATIONS")
    if trig.event_type == "Explosions/Remote violence":
        return False  # an air raid, « des raids aériens », is remote violence, no search of the forces
    if not words or not any(t.lower_ in words or t.lemma_.lower() in words
                            for t in ctx.doc[trig.tok_start:trig.tok_end]):
        return False
    if inc.fatalities or inc.injured or any(a.role == "victim" and a.kind in FORCE_KINDS for a in inc.actors):
        return False
    root = ctx.doc[trig.tok_start:trig.tok_end].root
    verb = root if root.pos_ == "VERB" else root.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        # its own subject is the doer ("police raided homes"; "after one of the groups raided a town")
        return any(a.kind in FORCE_KINDS and (a.tok_start <= subj.i < a.tok_end or subj in (
            ctx.doc[a.tok_start:a.tok_end].root.head, ctx.doc[a.tok_start:a.tok_end].root.head.head))
            for a in _in_sent(ctx, si, ctx.actors))
    if not _placeholder_perpetrator(inc):
        doers = [a for a in inc.actors if a.role == "actor1"]
        return bool(doers) and all(a.kind in FORCE_KINDS for a in doers)
    for sj in range(si, -1, -1):
        if ctx.para_of_sent[sj] < ctx.para_of_sent[si] - OPERATION_LOOKBACK:
            break
        subjects = [a for a in _in_sent(ctx, sj, ctx.actors) if a.armed and (sj < si or a.tok_end <= trig.tok_start)
                    and ctx.doc[a.tok_start:a.tok_end].root.dep_ == "nsubj"]
        if subjects:
            return subjects[-1].kind in FORCE_KINDS
    return False


def _others_taken(ctx: Context, inc: Incident) -> bool:
    """The people the abduction ``inc`` took are told as new ones ("dozens of women"), none with a definite article
    before its words ("the two political leaders", « les deux dirigeants »: the people told before)."""
    definite = lexicon_words("claims", ctx.lang, "DEFINITE_ARTICLES")
    victims = [a for a in inc.actors if a.role == "victim"]
    if not victims:
        return False
    text = ctx.document.text
    for a in victims:
        ev = next((e for e in inc.evidence if e.field == "actors" and e.text == a.mention
                   and e.doc_id == ctx.document.doc_id), None)
        if ev is None:
            return False
        before = text[max(0, ev.start - 24):ev.start].lower().split()
        # (the article, or the article and a figure or an adjective before the noun: "the two", « les deux »)
        if any(w.strip("'’") in definite or w in definite for w in before[-2:]):
            return False
    return True


def _drop_doers(inc: Incident) -> None:
    """The incident loses its perpetrators (actor1) and the actors evidence of their mentions: the placeholder a
    mention that names who did it replaces (:func:`_merge_anaphor`, :func:`_take_blamed`)."""
    placeholders = {_words(a.mention) for a in inc.actors if a.role == "actor1"}
    inc.actors = [a for a in inc.actors if a.role != "actor1"]
    inc.evidence = [e for e in inc.evidence if not (e.field == "actors" and _words(e.text) in placeholders)]


def _placeholder_perpetrator(inc: Incident) -> bool:
    """The incident's only perpetrator is ACLED's "unidentified armed group" put for an attack the
    text attributes to no one (its evidence is the trigger itself, whatever line breaks it spans: "ROCKET
    LAUNCHERS" wrapped over two lines is the mention "ROCKET LAUNCHERS")."""
    trig = {_words(e.text) for e in inc.evidence if e.field == "event_type"}
    a1 = [a for a in inc.actors if a.role == "actor1"]
    return bool(a1) and all(a.kind == "unidentified" and _words(a.mention) in trig for a in a1)


def _words(text: str) -> str:
    """The text's words, one space apart (an evidence span may be wrapped over lines; a mention is not)."""
    return " ".join(text.split())


def _violent(inc: Incident) -> bool:
    """Violence or destruction: not a protest, a riot or a strategic development other than the
    destruction of property."""
    return inc.event_type not in ("Protests", "Riots", STRATEGIC) or inc.sub_event_type == PROPERTY_DESTRUCTION


def _only_plural_mentions(ctx: Context, inc: Incident) -> bool:
    """Every word that tells the incident is a plural noun ("les enlèvements", "attacks")."""
    roots = [sp.root for e in inc.evidence if e.field == "event_type"
             for sp in [ctx.doc.char_span(e.start, e.end, alignment_mode="expand")] if sp is not None]
    return bool(roots) and all(r.pos_ == "NOUN" and is_plural(r)
                               for r in roots)


def _captors_are_the_takers(ctx: Context, incidents: list[Incident]) -> None:
    """ "A village chief abducted by suspected jihadists in January was executed by his captors", « enlevé en janvier
    par des jihadistes présumés, il a été exécuté par ses ravisseurs »: the captors (``actors_<lang>.CAPTOR_NOUNS``
    with a possessive or the definite article) of an act that is no abduction are the takers of the abduction the
    story tells at or before it (the one that took a person the act hit, else the only one): the act's doers are the
    takers, with their evidence, and with the abduction's certainty (the hedge on the takers: "suspected",
    « présumés »). An abduction with no taker named leaves the captors an unnamed doer."""
    captors = lexicon_words("actors", ctx.lang, "CAPTOR_NOUNS")
    takings = [i for i in incidents if i.sub_event_type == ABDUCTION]
    if not captors or not takings:
        return

    def first_sent(inc: Incident) -> int:
        return min((ctx.sent_of_char(e.start) for e in inc.evidence if e.field == "event_type"), default=len(ctx.sents))

    def hit(inc: Incident) -> set[str]:
        return {_words(a.mention or "").casefold() for a in inc.actors if a.role in ("victim", "actor2")}

    for inc in incidents:
        if inc.sub_event_type == ABDUCTION or not _violent(inc):
            continue
        doers = inc.actors_in("actor1")
        ev = _captors_evidence(ctx, inc, doers[0]) if len(doers) == 1 else None
        if ev is None:
            continue  # (not the captors: "kidnappers killed a trader", some kidnappers, not the story's takers)
        si = ctx.sent_of_char(ev.start)
        told = [t for t in takings if t is not inc and first_sent(t) <= si]
        shared = [t for t in told if hit(t) & hit(inc)]
        taking = shared[-1] if shared else (told[0] if len(told) == 1 else None)
        if taking is None:
            continue
        takers = [a for a in taking.actors_in("actor1") if _words(a.mention or "").casefold() not in captors
                  and not _placeholder_perpetrator(taking)]
        found = [(a, next((e for e in taking.evidence if e.field == "actors"
                           and _words(e.text) == _words(a.mention or "")), None)) for a in takers]
        if not takers or any(e is None for _, e in found):
            continue  # (no taker named: the captors stay an unnamed doer)
        inc.actors = [a.model_copy() for a in takers] + [a for a in inc.actors if a.role != "actor1"]
        inc.evidence = [e for e in inc.evidence if e is not ev] + [e.model_copy() for _, e in found]
        for a, e in found:
            # the hedge on the takers ("suspected jihadists", « des jihadistes présumés ») is the act's too
            am = next((m for m in ctx.actors if m.start == e.start and m.end == e.end), None)
            hedge = perpetrator_hedge(ctx.doc, ctx.m, am.tok_start, am.tok_end) if am is not None else None
            claim = next((c for c in taking.claims if c.verb == ATTRIBUTION_VERB and hedge is not None
                          and c.certainty == hedge.certainty and c.start <= hedge.start < c.end), None)
            if claim is not None and not any(c.verb == ATTRIBUTION_VERB and c.start == claim.start for c in inc.claims):
                inc.claims.append(claim.model_copy())
                inc.evidence.append(ctx.ev("claims", hedge.start, hedge.end))


def _attach_story_perpetrator(ctx: Context, incidents: list[Incident]) -> None:
    """A story whose incidents lay attacks at the door of one named non-state armed group, and of
    no other, tells its other attacks as that group's too ("the FMLN attacked the garrison ...
    electricity posts were sabotaged"): an incident the text attributes to no one (no perpetrator,
    or only the "unidentified armed group" put for the trigger) gets that group, with the evidence
    of the mention that names it. Only acts of violence or destruction count (:func:`_violent`),
    and not a trend (plural mentions only, dated no closer than the month: "kidnappings have
    multiplied since January"); an incident where the group is on the other side is left alone."""
    named: dict[str, list[tuple[Incident, Actor]]] = {}
    for inc in incidents:
        if not _violent(inc):
            continue
        for a in inc.actors_in("actor1"):
            if a.kind in ("rebel", "militia") and a.name != UNIDENTIFIED:
                named.setdefault(a.name, []).append((inc, a))
    if len(named) != 1:
        return
    # the evidence is a mention that names the group ("the FMLN", "le Groupe de soutien à l'islam
    # et aux musulmans"), not a common noun resolved to it ("les assaillants")
    (found,) = named.values()
    source, group = next(((i, a) for i, a in found if a.mention[:1].isupper()), found[0])
    ev = next((e for e in source.evidence if e.field == "actors" and e.text.split() == group.mention.split()), None)
    if ev is None:
        return
    if not group.mention[:1].isupper():
        am = next((m for m in ctx.actors if m.name == group.name and m.text[:1].isupper()), None)
        if am is not None:
            group = Actor(role="actor1", name=group.name, mention=am.text, kind=group.kind)
            ev = ctx.ev("actors", am.start, am.end)
    for inc in incidents:
        if inc is source or not _violent(inc) or (inc.date.precision not in ("day", "week") and _only_plural_mentions(ctx, inc)):
            continue  # a trend over months ("kidnappings have multiplied since January") is no one act
        if inc.actors_in("actor1") and not _placeholder_perpetrator(inc):
            continue
        if any(a.name == group.name for a in inc.actors):
            continue
        if all(i.recalled and _earlier_day(i, inc) and (i.date.precision == inc.date.precision == "day" or (
                i.date.precision not in ("day", "week") and _only_plural_mentions(ctx, i))) for i, _ in found):
            continue  # the group named only for acts told as background, days before this one (« Mercredi, des tirs
            # des FSR avaient fait six morts » after Friday's strike no one is named for): the doer of those only;
            # so is a zone's past trend (« La région est en proie depuis 2016 aux attaques du JNIM », "The region has
            # been plagued since 2016 by attacks by JNIM"), which lends its group to no act of the story
        if any(names_another_group(ctx.sents[ctx.sent_of_char(e.start)], ctx.m) for e in inc.evidence
               if e.field == "event_type"):
            continue  # "a clash with members of a rival gang": another group than the story's
        if _said_not_claimed(ctx, inc):
            continue  # "a drone struck a camp ... No group claimed the strike": nobody's that we know of
        told = {ctx.sent_of_char(e.start) for e in inc.evidence if e.field == "event_type"}
        if told and all(_opens_new_event(ctx, si, "SEPARATE_EVENT_OPENERS") for si in told):
            continue  # "Separately, two soldiers were killed when their vehicle hit a landmine": set apart, whose
            # act it was is not told
        if inc.sub_event_type == AIR_STRIKE and not any(i.sub_event_type == AIR_STRIKE for i, _ in found):
            continue  # "A drone strike hit a minibus" in a story that tells the group only fighting on the ground
            # (« les combattants Fano ont pris la ville »): a strike from the air is no act the story tells of theirs
        if _earlier_day(inc, source) and (inc.recalled or _told_in_past_perfect(ctx, inc)):
            continue  # "On Friday, two civilians had been killed by a homemade bomb": an earlier act told in passing
        inc.actors = [Actor(role="actor1", name=group.name, mention=group.mention, kind=group.kind)] + [
            a for a in inc.actors if a.role != "actor1"]
        inc.evidence.append(ev.model_copy())


def _earlier_day(inc: Incident, other: Incident) -> bool:
    """The incident's date ends before the other's begins (each as the range its precision allows)."""
    return inc.date.end is not None and other.date.start is not None and inc.date.end < other.date.start


def _told_in_past_perfect(ctx: Context, inc: Incident) -> bool:
    """A word that tells the incident hangs on a verb in the past perfect, itself or the verb whose clause it
    is part of ("two civilians had been killed when their cart hit a homemade bomb, a source said"), a
    reporting verb's backshift included: whoever says it, the act was before the time of the story."""
    for e in inc.evidence:
        if e.field != "event_type":
            continue
        span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None:
            continue
        for verb in (span.root, *span.root.ancestors):
            if verb.pos_ not in ("VERB", "AUX") or ctx.m.is_reporting(verb):
                continue
            if any(c.dep_ in ("aux", "aux:tense") and past_perfect_auxiliary(c) for c in verb.children):
                return True
    return False


def _said_not_claimed(ctx: Context, inc: Incident) -> bool:
    """A sentence that tells the act, or the one right after it, says it was not claimed ("On Thursday, a
    drone struck a camp, killing four people. No group claimed the strike.", « L'attentat n'a pas été
    revendiqué. »; ``actors_<lang>.NOT_CLAIMED_PHRASES``)."""
    told = {ctx.sent_of_char(e.start) for e in inc.evidence if e.field == "event_type"}
    return any(act_not_claimed(ctx.sents[si], ctx.m) for k in told for si in (k, k + 1) if si < len(ctx.sents))


def _followed_incident(ctx: Context, incident_sents: dict[int, Incident], si: int) -> Incident | None:
    """The incident the article was last talking about before sentence ``si`` (at most
    LOOKBACK_SENTENCES back, in the same or the previous paragraph); None when ``si`` tells an
    event of its own or follows none."""
    if si in incident_sents or si in ctx.versions:
        return None  # (an accused side's version tells no figure of the act: _sides_version)
    prev = [x for x in incident_sents if 0 < si - x <= LOOKBACK_SENTENCES]
    if not prev or ctx.para_of_sent[si] - ctx.para_of_sent[max(prev)] > 1:
        return None
    return incident_sents[max(prev)]


VAGUE_TOLL_SENTENCES = 2  # sentences from the act's last to a vague figure of its hurt or dead told after it
WAR_SIZES = ("vague:thousands", "vague:tens_of_thousands", "vague:hundreds_of_thousands")  # a war's tally, no act's


def _vague_toll_of_the_act(ctx: Context, si: int, inc: Incident, c: Counted, incident_sents: dict[int, Incident]) -> bool:
    """A vague figure of the hurt or the dead in sentence ``si`` is the toll of incident ``inc`` told right after the
    act ("Thirty soldiers were killed on Monday in an ambush near Djibo. Dozens of people were wounded.", « Selon un
    habitant, des dizaines de blessés ont été évacués »): at most VAGUE_TOLL_SENTENCES after the last sentence that
    tells the incident, a toll of a kind the incident has not told, not the thousands of a war, and no other time or
    place on the figure's verb (:func:`_names_another_time_or_place`). A toll told stays (no widening by "dozens")."""
    if c.category not in ("death", "injury") or c.quantity.value.basis in WAR_SIZES:
        return False
    if (inc.fatalities if c.category == "death" else inc.injured) is not None:
        return False
    own = [s for s, i in incident_sents.items() if i is inc and s < si]
    return bool(own) and si - max(own) <= VAGUE_TOLL_SENTENCES and not _names_another_time_or_place(ctx, si, inc)


def _restates_toll(inc: Incident, c: Counted) -> bool:
    """Figure ``c`` (of the dead or the hurt) is the incident's toll of its kind told again."""
    told = inc.fatalities if c.category == "death" else inc.injured
    return told is not None and told.single() is not None and c.quantity.value.single() == told.single()


def _followed_through_tolls(ctx: Context, incident_sents: dict[int, Incident], toll_sents: dict[int, Incident],
                            si: int) -> Incident | None:
    """The incident a sentence with no event of its own follows across paragraphs that each told its
    toll again (:func:`_restates_toll`, :func:`_attach_follow_up_counts`): in a wire story of one-sentence
    paragraphs, "killed at least 23 civilians ... // "We have counted 23 bodies so far," said a civil
    society leader. // The army spokesman ... put the toll at 17 dead": the toll's story goes on. A
    paragraph between that tells no figure, or another figure ("10 REBELS WERE WOUNDED IN TECOLUCA"), breaks
    it (:func:`_followed_incident`, whose sentence limit stays)."""
    if si in incident_sents:
        return None
    prev = [x for x in incident_sents if 0 < si - x <= LOOKBACK_SENTENCES]
    if not prev:
        return None
    x = max(prev)
    inc = incident_sents[x]
    told = {ctx.para_of_sent[s] for s, i in toll_sents.items() if i is inc and x < s < si}
    if all(p in told for p in range(ctx.para_of_sent[x] + 1, ctx.para_of_sent[si])):
        return inc
    return None


def _attach_follow_up_counts(ctx: Context, incidents: list[Incident], sents_of: dict[str, list[int]]) -> None:
    """A casualty figure in a sentence with no event of its own ("He said four other policemen
    were wounded") reports on the incident the article was last talking about, or on the earlier
    one it names (:func:`_named_incident`: "the toll from the market strike had risen to 23")."""
    if not incidents:
        return
    incident_sents = {si: inc for inc in incidents for si in sents_of[inc.id]}
    words_of: dict[str, tuple[set[str], set[str]]] = {}
    toll_sents: dict[int, Incident] = {}  # follow-up sentences that told a figure of an incident's dead or hurt
    for si in range(len(ctx.sents)):
        inc = _followed_incident(ctx, incident_sents, si) or _followed_through_tolls(ctx, incident_sents, toll_sents, si)
        if inc is None:
            far = _followed_past_silence(ctx, incident_sents, toll_sents, si)
            if far is not None:
                _far_sources_toll(ctx, si, far, sents_of.get(far.id, []), toll_sents)
            continue
        if _running_total(ctx, ctx.sents[si]):
            continue  # a running total over a period is no toll of the incident told before
        if _figure_of_an_older_time(ctx, si, inc):
            continue  # "In 2022, jihadists had killed eleven soldiers in the same area": an older act's dead
        if _told_elsewhere(ctx, si, inc):
            continue  # "30 people were wounded in Kano" after a bomb in Maiduguri: what happened there
        if inc.location.precision in ("exact", "near") and _country_wide(ctx, ctx.sents[si]):
            continue  # "41 people had been injured across the country": no toll of one town's act
        earlier = list({i.id: i for s, i in sorted(incident_sents.items(), reverse=True) if s < si}.values())[::-1]
        if len(earlier) > 1:
            # "the toll from the market strike had risen to 23": the incident the sentence names
            # (not a mention of the same kind and place as the one followed: the two may be one
            # event, merged later)
            said = [c for c in ctx.claims if c.sent_start == ctx.sents[si].start_char]
            named = _named_incident(ctx, si, earlier, words_of, _claim_words(ctx, said))
            if named is not None and not _maybe_one(named, inc):
                inc = named
        counts = [c for c in classify_quantities(ctx, si) if not (
            # a vague toll a few sentences on is background ("des milliers de morts"); so is a tally
            # of a period ("brings to 45 the number of civilians killed in the area this month"); a vague
            # figure right after the act is its own (:func:`_vague_toll_of_the_act`)
            c.category == "other" or (c.quantity.value.basis or "").startswith("vague:")
            and not _vague_toll_of_the_act(ctx, si, inc, c, incident_sents)
            or _tally_of_a_period(ctx, c.quantity))]
        hurt = [c for c in counts if c.category in ("death", "injury")]
        if hurt and all(_restates_toll(inc, c) for c in hurt):
            toll_sents[si] = inc  # "We have counted 23 bodies so far" after "killed at least 23"
        if inc.injured is None and any(c.category == "injury" for c in counts):
            # "A PRIVATE GUARD AND THE JUDGE'S DAUGHTER WERE WOUNDED": a single person's article read as
            # a figure is one of the persons hurt, counted with them below
            hurt = _singles_hurt(ctx, si)
            if hurt and all(c.category != "injury" or any(a <= c.quantity.start < b for a, b in hurt) for c in counts):
                counts = [c for c in counts if c.category != "injury"]
        alive = _survivor_count(ctx, ctx.sents[si]) if inc.injured is None and not any(
            c.category == "injury" for c in counts) else None
        if alive is None and inc.injured is None and not any(c.category == "injury" for c in counts):
            hurt = _singles_hurt(ctx, si)
            if hurt:
                # "A PRIVATE GUARD AND THE JUDGE'S DAUGHTER WERE WOUNDED": one wounded each
                inc.injured = Range.exact(len(hurt))
                inc.evidence.extend(ctx.ev("injured", a, b) for a, b in hurt)
        if alive is not None:
            # "TWO WAITERS DIED AND A CUSTOMER ... SURVIVED WITH WOUNDS": one wounded each
            inc.injured = alive[0]
            inc.evidence.extend(ctx.ev("injured", a, b) for a, b in alive[1])
        stated = {c.category: c for c in counts if _stated_total(ctx, c.quantity)}
        if "death" not in stated and inc.fatalities is None and inc.injured is not None and inc.injured.single():
            # "WOUNDING EIGHT PEOPLE. ONE OF THEM ... DIED TODAY": the first dead
            hurt = _hurt_one_died(ctx, si, counts) + _wounded_taken_up(ctx, si, counts, inc)
            if hurt:
                inc.fatalities = Range.exact(len(hurt))
                inc.evidence.extend(ctx.ev("fatalities", a, b) for a, b in hurt)
        elif "death" not in stated and inc.fatalities is None and inc.injured is None and not any(
                c.category == "death" for c in counts):
            # "Gunmen attacked a bus near Kano on Sunday. A third victim died in hospital": a person told by an
            # ordinal who died after an act told with no toll is one dead (one of a row of dead the text does not
            # count), evidence on the person's words
            ranked = [(a, b) for a, b, kind in _singles_who_died(ctx, si, counts, inc)
                      if kind == "indefinite" and _ranked_person(ctx, a, b)]
            if ranked:
                inc.fatalities = Range.exact(len(ranked))
                inc.evidence.extend(ctx.ev("fatalities", a, b) for a, b in ranked)
        elif "death" not in stated and inc.fatalities is not None and inc.fatalities.single():
            # "one of them" takes up the wounded only when the toll told some; "one of the injured" says so itself
            hurt = [(a, b) for a, b in _hurt_one_died(ctx, si, counts) if inc.injured or _casualty_cue(
                ctx, range(*_token_range(ctx, a, b))) == "INJURY"]
            for a, b in _one_more_dead(ctx, si, counts, inc) + hurt:
                if _one_of_a_row_told(ctx, si, inc, inc.fatalities):
                    continue  # ("Another man died in hospital": one of the act's dead told one by one)
                # "A WAITRESS DIED ON THE WAY TO THE HOSPITAL": one more, up to a toll so far told before
                bound = ctx.stated_totals.get((inc.id, "fatalities"))
                if bound is None or (inc.fatalities.single() or 0) < (bound.single() or 0):
                    inc.fatalities = _sum([inc.fatalities, Range.exact(1)])
                    inc.evidence.append(ctx.ev("fatalities", a, b))
        for category, c in stated.items():
            # "THE TOLL ROSE TO 15 WHEN THREE OF THE INJURED DIED", "raising the death toll to four":
            # the toll so far, whatever it was and whatever the sentence adds
            fld = "fatalities" if category == "death" else "injured"
            civilian = c.civilian or _stated_total_civilian(ctx, c.quantity)
            for f in (fld, "civilian_fatalities") if category == "death" and civilian else (fld,):
                _set_stated_total(ctx, inc, f, c.quantity)
        whole = _dead_listed_whole(ctx, si, counts) if "death" not in stated and inc.fatalities is None else None
        if whole is not None:
            # "Gunmen attacked a school. A teacher and her daughter were among the dead", « Une enseignante et sa fille
            # figurent parmi les morts »: with no toll told before, the persons listed are the dead known, one each
            # (the figures of the list for what they count), not its one figure alone
            inc.fatalities = whole[0]
            inc.evidence.extend(ctx.ev("fatalities", a, b) for a, b in whole[1])
        listed = _civilians_listed_among_the_dead(ctx, si, inc, counts) if "death" not in stated else []
        if whole is not None:
            counts = [c for c in counts if c.category != "death"]  # (counted whole above)
        if listed:
            # "Twelve people were killed. Among the dead were the village chief and two children", « Parmi les morts
            # figurent le chef du village et deux enfants »: the civilians the list counts (3), the toll kept
            inc.civilian_fatalities = _sum([c.quantity.value for c in listed])
            inc.evidence.extend(ctx.ev("civilian_fatalities", c.quantity.start, _figure_words_end(ctx, c.quantity))
                                for c in listed)
        groups = _coordinated_counts(ctx, [c for c in counts if c.category not in stated])
        groups = _without_toll_told_again(ctx, si, inc, groups, sents_of.get(inc.id, []))
        # two figures of the dead in one sentence ("Nine policemen were killed ..., while more than 20
        # Taliban died") count different people: neither is another source's toll of the whole
        one_toll = len([g for g in groups if g[0].category == "death"]) == 1 or _each_its_speakers_figure(
            ctx, [g for g in groups if g[0].category == "death"])
        one_hurt = len([g for g in groups if g[0].category == "injury"]) == 1 or _each_its_speakers_figure(
            ctx, [g for g in groups if g[0].category == "injury"])
        for group in groups:
            c = group[0]
            value = _sum([g.quantity.value for g in group])  # "an officer and two NCOs": three
            fld = "fatalities" if c.category == "death" else "injured"
            flds = (fld, "civilian_fatalities") if c.category == "death" and all(g.civilian for g in group) else (fld,)
            for f in flds:
                current = getattr(inc, f)
                bound = ctx.stated_totals.get((inc.id, f))
                # a later figure in the same article elaborates: it may add or raise, not lower
                # ("dont cinq enfants" after "au moins 14 civils"); "two more died later", "deux
                # autres sont morts": more of the same toll, added to it, up to a toll so far told
                # before ("seven more bodies ..., bringing to 19 ... seven other bodies": 19)
                if f == "fatalities" and current is not None and value.single() == 1 \
                        and _one_of_a_row_told(ctx, si, inc, current):
                    # « Une femme de 67 ans a été tuée ... Un autre homme est mort à l'hôpital » after « tuant deux
                    # personnes »: the act's dead told one by one, none added
                    continue
                if current is not None and current.single() and value.single() and all(
                        _added_figure(ctx, g.quantity, c.category) for g in group):
                    if bound is not None and (current.single() or 0) + (value.single() or 0) > bound.single():
                        if (current.single() or 0) < bound.single():
                            setattr(inc, f, bound)
                        continue
                    setattr(inc, f, _sum([current, value]))
                    inc.evidence.extend(ctx.ev(f, g.quantity.start, g.quantity.end) for g in group)
                elif (f == "fatalities" and one_toll or f == "injured" and one_hurt) and _another_sources_toll(
                        ctx, si, inc, group, current, bound, sents_of.get(inc.id, []), c.category):
                    # "The army said 22 people had died" after "at least 30 ..., a local official said":
                    # two sources, two figures; the range covers both, the claim keeps its own. The same
                    # for the hurt ("The hospital said 40 were wounded" after "wounded 20, police said")
                    setattr(inc, f, _sources_range(current, value))
                    if f == "fatalities":
                        ctx.source_figures[si] = value
                    else:
                        ctx.source_hurt.add(si)
                    toll_sents[si] = inc  # (another source's figure of the toll: the toll's story goes on)
                    inc.evidence.extend(ctx.ev(f, g.quantity.start, g.quantity.end) for g in group)
                elif f == "fatalities" and one_toll and _doers_dead_told_by_another(
                        ctx, si, inc, group, current, bound, sents_of.get(inc.id, [])):
                    # the army's « neutraliser une cinquantaine de terroristes » after « au moins quatorze soldats
                    # ont été tués ... de sources sécuritaires »: the doers' own dead, other people, by another
                    # source: the range spans both sources' figures, never their sum (docs/conventions.md, Claims:
                    # tolls across sources); the figure is that source's claim's and an ``armed men killed`` quantity
                    setattr(inc, f, _sources_range(current, value))
                    ctx.doers_dead_figures[si] = (value, c.quantity)
                    toll_sents[si] = inc
                    inc.evidence.extend(ctx.ev(f, g.quantity.start, g.quantity.end) for g in group)
                elif current is None or (value.single() or 0) > (current.high or current.single() or 0):
                    if bound is not None and (value.single() or 0) > bound.single():
                        continue
                    setattr(inc, f, envelope(current, value) if current else value)
                    # (a civilian counted by an article, "a teacher", is told by the article with its noun)
                    inc.evidence.extend(ctx.ev(f, g.quantity.start, _figure_words_end(ctx, g.quantity)
                                               if f == "civilian_fatalities" else g.quantity.end) for g in group)


def _without_toll_told_again(ctx: Context, si: int, inc: Incident, groups: list, own_sents: list[int]) -> list:
    """The figure groups of sentence ``si`` but the incident's toll told again by a source of its own sentences, beside
    another figure of the dead ("The army said only three soldiers died, contradicting local officials who gave a toll of
    20", "put the toll at three, far below the 20 reported by local officials", « contredisant les responsables locaux
    qui avançaient le chiffre de 20 »): the other figure is the new source's toll, the one told again no more dead. The
    claim that tells it again is noted in ``ctx.toll_told_again`` (it supports the toll)."""
    deaths = [g for g in groups if g[0].category == "death"]
    toll = inc.fatalities.single() if inc.fatalities is not None else None
    if len(deaths) != 2 or toll is None:
        return groups
    starts = {ctx.sents[s2].start_char for s2 in own_sents}
    own = {cm.speaker.lower() for cm in ctx.claims if cm.sent_start in starts and cm.speaker}
    sent = ctx.sents[si]
    said = [cm for cm in ctx.claims if cm.sent_start == sent.start_char and cm.speaker]
    again = []
    for g in deaths:
        if len(g) != 1 or g[0].quantity.value.single() != toll:
            continue
        fig = ctx.doc.char_span(g[0].quantity.start, g[0].quantity.end, alignment_mode="expand")
        if fig is None:
            continue
        for cm in said:
            verb = ctx.doc.char_span(cm.verb_start, cm.verb_end, alignment_mode="expand")
            if verb is None or cm.speaker.lower() not in own:
                continue
            v, f = verb.root, fig.root
            if any(a.i == v.i for a in f.ancestors) or any(a.i == f.i for a in v.ancestors):
                again.append((g, cm))
    if len(again) != 1 or any(cm.speaker.lower() in own for cm in said if cm is not again[0][1]):
        return groups  # (the toll's own source telling both figures: no other source's toll)
    ctx.toll_told_again.add(again[0][1].verb_start)
    return [g for g in groups if g is not again[0][0]]


FAR_SOURCE_PARAGRAPHS = 3  # paragraphs from the last that told an incident's toll to another source's toll of it
FAR_SOURCE_SENTENCES = 6  # ... and sentences (a text with no blank lines is one paragraph)


def _hurt_counts(ctx: Context, si: int) -> list:
    """The figures of the dead or the hurt of sentence ``si`` that are not vague ("dozens") and no tally of a
    period."""
    return [c for c in classify_quantities(ctx, si) if c.category in ("death", "injury")
            and not (c.quantity.value.basis or "").startswith("vague:") and not _tally_of_a_period(ctx, c.quantity)]


def _followed_past_silence(ctx: Context, incident_sents: dict[int, Incident], toll_sents: dict[int, Incident],
                           si: int) -> Incident | None:
    """The incident a sentence with no event of its own may give another source's toll of, past sentences
    that tell no figure of the dead or the hurt (a quote, "The hospital is overwhelmed," said Claire Nicolet;
    background on the besieged city; the accused side's denial; a sentence that describes the speaker): the
    last incident told before it, when every sentence since told no such figure or told that incident's
    toll again or another source's (``toll_sents``), none opens a further event ("Meanwhile, ..."), and the
    sentence lies at most FAR_SOURCE_PARAGRAPHS paragraphs and FAR_SOURCE_SENTENCES sentences after the last
    that told the toll. Only another source's toll is taken from it (:func:`_far_sources_toll`)."""
    if si in incident_sents:
        return None
    prev = [x for x in incident_sents if x < si]
    if not prev:
        return None
    x = max(prev)
    inc = incident_sents[x]
    told = [s for s, i in toll_sents.items() if i is inc and x < s < si]
    last = max(told + [x])
    if ctx.para_of_sent[si] - ctx.para_of_sent[last] > FAR_SOURCE_PARAGRAPHS or si - last > FAR_SOURCE_SENTENCES:
        return None
    for s in range(x + 1, si + 1):
        if _opens_new_event(ctx, s) or s < si and s not in told and _hurt_counts(ctx, s):
            return None  # a figure of something else between ("10 REBELS WERE WOUNDED IN TECOLUCA")
    return inc


def _far_sources_toll(ctx: Context, si: int, inc: Incident, own_sents: list[int],
                      toll_sents: dict[int, Incident]) -> None:
    """Another source's figure of the dead (or the hurt) told past sentences that tell none
    (:func:`_followed_past_silence`: "The El Fasher Resistance Committee ... put the death toll at 41" a
    quote and a paragraph after MSF's 32): the range covers it and its claim disputes, as
    :func:`_another_sources_toll` says for a sentence that follows the toll closely. Far from the toll, a
    figure is of something else when its sentence names a day or a period the incident's date was not told
    by ("on Thursday", "since May", "over the past three weeks"), another place than the incident's, or is a
    running total: it is left alone, and so is any sentence whose figures are not all such a toll."""
    sent = ctx.sents[si]
    if _running_total(ctx, sent) or _told_elsewhere(ctx, si, inc) or _names_another_time_or_place(ctx, si, inc):
        return
    counts = [c for c in classify_quantities(ctx, si) if c.category in ("death", "injury")
              and not (c.quantity.value.basis or "").startswith("vague:")]
    if not counts or any(_tally_of_a_period(ctx, c.quantity) or _stated_total(ctx, c.quantity) for c in counts):
        return
    groups = _coordinated_counts(ctx, counts)
    taken = []
    for category, fld in (("death", "fatalities"), ("injury", "injured")):
        mine = [g for g in groups if g[0].category == category]
        if not mine:
            continue
        if len(mine) != 1:
            return  # two figures of the dead in one sentence count different people
        group, current = mine[0], getattr(inc, fld)
        value = _sum([g.quantity.value for g in group])
        if current is not None and value.single() is not None and value.single() == current.single():
            continue  # the toll told again
        if current is None and category == "injury" and inc.fatalities is not None:
            # "Two police officers were wounded, the spokesman said" past a witness's quote after a toll of the
            # dead: the act's first figure of the hurt (not a speaker hurt himself, "said a trader wounded in the
            # arm": one of the hurt, no toll of them)
            speakers = {i for cm in ctx.claims if cm.sent_start == sent.start_char for i in cm.speaker_tokens}
            if any(t.i in speakers for g in group
                   for t in ctx.doc.char_span(g.quantity.start, g.quantity.end, alignment_mode="expand") or ()):
                return
            taken.append((fld, group, value))
            continue
        if not _another_sources_toll(ctx, si, inc, group, current, ctx.stated_totals.get((inc.id, fld)), own_sents,
                                     category):
            return
        taken.append((fld, group, value))
    for fld, group, value in taken:
        first = getattr(inc, fld) is None
        setattr(inc, fld, value if first else _sources_range(getattr(inc, fld), value))
        if fld == "fatalities":
            ctx.source_figures[si] = value
        elif not first:
            ctx.source_hurt.add(si)
        inc.evidence.extend(ctx.ev(fld, g.quantity.start, g.quantity.end) for g in group)
    if taken:
        toll_sents[si] = inc


def _figure_of_an_older_time(ctx: Context, si: int, inc: Incident) -> bool:
    """A figure's verb in sentence ``si`` (:func:`_figure_verbs`) is dated to a month or a year over before the
    incident's date begins (« En 2022, des jihadistes avaient tué onze soldats dans la même zone », "last year"
    after Sunday's attack): the dead of an older act or of a tally of that time, never more of the incident's toll.
    A day ("two more died in hospital on Tuesday") and the incident's own date words are its toll told on."""
    if inc.date.start is None:
        return False
    sent = ctx.sents[si]
    told = [e.text.lower() for e in inc.evidence if e.field == "date" and e.doc_id == ctx.document.doc_id]
    older = [d for d in ctx.dates if sent.start_char <= d.start < sent.end_char and not ctx.in_dateline(d.start)
             and d.kind != "anaphoric" and d.value.precision in ("year", "month") and d.value.end is not None
             and d.value.end < inc.date.start and not any(t and t in d.text.lower() for t in told)]
    if not older:
        return False
    verbs = _figure_verbs(ctx, si)
    return bool(verbs) and any(_first_verb_above(ctx, d.start) in verbs for d in older)


def _names_another_time_or_place(ctx: Context, si: int, inc: Incident) -> bool:
    """A figure's verb in sentence ``si`` (:func:`_figure_verbs`) has a date the incident's own date was not
    told by (its words hold none of the incident's date evidence: "killed ... on Thursday", "since May",
    "treated ... over the past three weeks"; "by Friday evening" after "on Friday" is the same day), or a
    place (not the dateline) other than the incident's. A date or a place on another verb is of something
    else ("blamed the RSF, which has besieged the city since May"); with no figure's verb found, any
    counts."""
    sent = ctx.sents[si]
    verbs = _figure_verbs(ctx, si)

    def on_figure(char: int) -> bool:
        return not verbs or _first_verb_above(ctx, char) in verbs

    told = [e.text.lower() for e in inc.evidence if e.field == "date" and e.doc_id == ctx.document.doc_id]
    for d in ctx.dates:
        if sent.start_char <= d.start < sent.end_char and not ctx.in_dateline(d.start) and on_figure(d.start) \
                and not any(t and t in d.text.lower() for t in told):
            return True
    loc = inc.location
    for pm in ctx.places:
        if not (sent.start_char <= pm.start < sent.end_char) or ctx.in_dateline(pm.start) or not on_figure(pm.start) \
                or _taken_to(ctx, pm.tok_start):
            continue  # (the town the hurt were taken to is no other place of the act)
        p = pm.place
        if loc.geonames_id is not None and p.geonames_id == loc.geonames_id or loc.name and p.name == loc.name:
            continue
        return True
    return False


def _figures_reporting_verb(ctx: Context, tok):
    """The verb of saying (``claims_<lang>.REPORTING_VERBS``, ``FIGURE_REPORTING``, ``TOLL_REPORTING``) the figure's
    token is told under, climbing its heads; None when there is none."""
    verbs = set(ctx.m.reporting) | set(lexicon_words("claims", ctx.lang, "FIGURE_REPORTING")) | set(
        ctx.m.toll_reporting)
    seen = 0
    while tok.head.i != tok.i and seen < 12:
        tok = tok.head
        seen += 1
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs:
            return tok
    return None


def _each_its_speakers_figure(ctx: Context, groups: list) -> bool:
    """Two or more figures of one harm in a sentence, each told under a verb of saying of its own with a subject of
    its own ("An army official said 15 people were killed, while a rights group said 31 had died", « Un responsable
    de l'armée a évoqué une quinzaine de victimes, tandis qu'une association a affirmé que 31 personnes avaient
    péri »): each source's toll of the same dead, not different people to be added (h-frstories)."""
    if len(groups) < 2 or any(len(g) != 1 for g in groups):
        return False
    subjects = []
    for g in groups:
        span = _head_span(ctx, g[0].quantity)
        if span is None:
            return False
        verb = _figures_reporting_verb(ctx, span.root)
        if verb is None:
            return False
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("NOUN", "PROPN")),
                    None)
        if subj is None:
            return False
        subjects.append((verb.i, subj.i))
    return len({v for v, _ in subjects}) == len(subjects) and len({k for _, k in subjects}) == len(subjects)


def _another_sources_toll(ctx: Context, si: int, inc: Incident, group: list, current: Range | None,
                          bound: Range | None, own_sents: list[int], category: str = "death") -> bool:
    """A figure of the dead told by another source than the incident's own ("A hospital official said 15
    people had died" after "killed 12 people, police said"; « Selon l'armée, 22 personnes sont mortes »):
    one figure (no sum, no part of the toll: not a subset, not said as more), a speaker in its sentence
    who spoke of the incident in none of its own sentences, and a figure that differs from the toll. The
    same for a figure of the hurt (``category`` "injury": "The hospital said 40 were wounded")."""
    if current is None or bound is not None or len(group) != 1 or current.single() is None and current.basis != "sources":
        return False  # (a range two sources span already widens again with a third: 30-32, then 41)
    c = group[0]
    value = c.quantity.value
    if c.subset or value.single() is None or value.single() == current.single():
        return False
    if current.basis == "sources":
        if value.single() == current.best:
            return False  # the lead's toll told again
    elif current.low is not None and current.high is not None and current.low < current.high \
            and current.low <= value.single() <= current.high:
        return False  # "more than forty" within "dozens" (11-99): a figure the toll already spans
    # (within a range other sources span, another source's figure still disputes the lead's: 16 in 12-21)
    if _added_figure(ctx, c.quantity, category) or _earlier_toll(ctx, ctx.sents[si].start_char, ctx.sents[si].end_char):
        return False
    causes = lexicon_words("quantities", ctx.lang, "NON_VIOLENT_DEATH_CAUSES")
    if any(t.idx >= c.quantity.end and (t.lower_ in causes or t.lemma_.lower() in causes) for t in ctx.sents[si]):
        return False  # "13 children had died of malnutrition": the dead of something else
    if _doers_dead(ctx, inc, c.quantity):
        return False  # « une vingtaine d'assaillants ont été neutralisés » after three soldiers killed: other dead
    start = ctx.sents[si].start_char
    said = [cm for cm in ctx.claims if cm.sent_start == start and cm.speaker and (
        cm.certainty != "denied" or _denies_the_toll(ctx, cm))]
    if not said:
        return False
    starts = {ctx.sents[s2].start_char for s2 in own_sents}
    own = {cm.speaker.lower() for cm in ctx.claims if cm.sent_start in starts and cm.speaker}
    if all(cm.speaker.lower() in own for cm in said):
        return False
    return True


def _doers_dead_told_by_another(ctx: Context, si: int, inc: Incident, group: list, current: Range | None,
                               bound: Range | None, own_sents: list[int]) -> bool:
    """One figure of the incident's non-state doers' own dead (:func:`_doers_dead`), told after a toll of those they
    hit by a speaker who spoke of the incident in none of its own sentences ("In a statement, the army said its
    response had 'neutralised about fifty terrorists'" after "At least 14 soldiers were killed ..., security sources
    said"): one side's count of the other side's dead, no part of the toll told (neither summed nor taken as it)."""
    if current is None or bound is not None or len(group) != 1 or current.basis == "sum":
        return False
    q = group[0].quantity
    if group[0].subset or q.value.single() is None or not _doers_dead(ctx, inc, q):
        return False
    start = ctx.sents[si].start_char
    said = [cm for cm in ctx.claims if cm.sent_start == start and cm.speaker and cm.certainty != "denied"]
    if not said:
        return False
    starts = {ctx.sents[s2].start_char for s2 in own_sents}
    own = {cm.speaker.lower() for cm in ctx.claims if cm.sent_start in starts and cm.speaker}
    return not any(cm.speaker.lower() in own for cm in said)


def _denies_the_toll(ctx: Context, cm: ClaimMention) -> bool:
    """A denial whose object is the toll (« L'armée a contesté ce bilan, évoquant trois morts », "disputed the toll"):
    it tells a figure of its own, not a denial of the act."""
    verb = ctx.doc.char_span(cm.verb_start, cm.verb_end, alignment_mode="expand")
    return verb is not None and any(c.dep_ in ("obj", "dobj") and (
        c.lemma_.lower() in ctx.m.toll_nouns or c.lower_ in ctx.m.toll_nouns) for c in verb.root.children)


def _doers_dead(ctx: Context, inc: Incident, q) -> bool:
    """Figure ``q`` counts members of a non-state armed side ("assailants", « terroristes ») while that side is the
    incident's doer (actor1): the attackers' own dead, not another source's toll of those they hit (the army's « une
    vingtaine d'assaillants ont été neutralisés » after « trois soldats maliens ont été tués »)."""
    if not any(a.role == "actor1" and a.kind in NON_STATE for a in inc.actors):
        return False
    hs = _head_span(ctx, q)
    if hs is None:
        return False
    return any(a.kind in NON_STATE and a.tok_start < hs.end and hs.start < a.tok_end for a in ctx.actors)


FIGURE_VERB_HOPS = 3  # heads from a figure up to the verb it hangs on ("30" -> "people" -> "wounded")


def _taken_to(ctx: Context, tok_i: int) -> bool:
    """The first verb above token ``tok_i`` carries the hurt or the dead somewhere ("were evacuated to
    Ouagadougou", « ont été transférés vers Ouagadougou »; ``quantities_<lang>.HURT_TAKEN_VERBS``): the place
    there is where they were taken, not where the act befell them."""
    verb = next((a for a in ctx.doc[tok_i].ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in lexicon_words("quantities", ctx.lang, "HURT_TAKEN_VERBS")


def _figure_verbs(ctx: Context, si: int) -> set[int]:
    """The verbs (token indices) the figures of sentence ``si`` hang on, at most FIGURE_VERB_HOPS heads up
    ("30" -> "people" -> "wounded")."""
    verbs = set()
    for q in _in_sent(ctx, si, ctx.quantities):
        span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
        tok = span.root if span is not None else None
        for _ in range(FIGURE_VERB_HOPS):
            if tok is None or tok.pos_ == "VERB" or tok.head.i == tok.i:
                break
            tok = tok.head
        if tok is not None and tok.pos_ == "VERB":
            verbs.add(tok.i)
    return verbs


def _first_verb_above(ctx: Context, char: int) -> int | None:
    """The first verb above the word at ``char`` (its token index), None when none."""
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return None
    tok = span[0]
    if tok.pos_ == "VERB":
        return tok.i
    return next((a.i for a in tok.ancestors if a.pos_ == "VERB"), None)


def _told_elsewhere(ctx: Context, si: int, inc: Incident) -> bool:
    """Sentence ``si`` names a town of the incident's country (no region, no country, not the dateline) more
    than MERGE_MAX_KM from the incident's place: a figure it tells is of what happened there, no follow-up
    of the incident ("30 people were wounded in Kano" after a bomb in Maiduguri; "10 REBELS WERE WOUNDED IN
    TECOLUCA" after a clash in Zaragoza)."""
    loc = inc.location
    if loc.lat is None or loc.lon is None:
        return False
    sent = ctx.sents[si]
    # the verbs the sentence's figures hang on ("30 people were wounded"): the town is where that befell
    # them, not the speaker's ("a leader in Beni")
    verbs = _figure_verbs(ctx, si)
    for pm in ctx.places:
        if not (sent.start_char <= pm.start < sent.end_char) or ctx.in_dateline(pm.start) \
                or next((a.i for a in ctx.doc[pm.tok_start].ancestors if a.pos_ == "VERB"), None) not in verbs:
            continue  # the first verb above the town is the figure's, not the speaker's (« a déclaré X, ... de Beni »)
        if _taken_to(ctx, pm.tok_start):
            continue  # "Twelve wounded were evacuated to Ouagadougou": where they were taken, not hurt
        p = pm.place
        if p.feature != "city" or p.country != loc.country or loc.geonames_id is not None and p.geonames_id == loc.geonames_id:
            continue
        if distance_km(loc.lat, loc.lon, p.lat, p.lon) > MERGE_MAX_KM:
            return True
    return False


def _other_sources_claims(ctx: Context, prev: Incident, inc: Incident, field: str = "fatalities") -> list[Claim]:
    """The claims of a re-mention of ``prev`` told by a speaker none of ``prev``'s claims has, when the two
    give tolls of the dead that differ (one figure each, not equal, not a sum of a breakdown, not a toll
    told as an earlier one: :func:`_earlier_toll`); with ``field`` "injured", figures of the hurt ("A hospital
    official said 27 people were wounded in the attack" after "wounded 15, police said")."""
    a, b = getattr(prev, field), getattr(inc, field)
    if a is None or b is None or a.single() is None or b.single() is None or a.single() == b.single() \
            or b.basis == "sum" or any(_earlier_toll(ctx, c.start, c.end) for c in inc.claims):
        return []
    tolls = [q for q in ctx.quantities if any(e.field == field and e.start == q.start for e in inc.evidence)]
    if tolls and all(_doers_dead(ctx, prev, q) for q in tolls):
        return []  # the attackers' own dead (« une vingtaine d'assaillants ont été neutralisés »): other people
    own = {c.speaker.lower() for c in prev.claims if c.speaker}
    return [c for c in inc.claims if c.speaker and c.speaker.lower() not in own and c.certainty != "denied"]


def _doers_dead_claims(ctx: Context, prev: Incident, inc: Incident) -> tuple | None:
    """A re-mention of ``prev`` whose one figure of the dead counts ``prev``'s non-state doers' own dead
    (:func:`_doers_dead`), told by speakers none of ``prev``'s claims has, beside a toll of ``prev`` ("the army said
    its response had 'neutralised about fifty terrorists'" after "At least 14 soldiers were killed, security sources
    said"): (that figure's quantity, those speakers' claims); None otherwise."""
    a, b = prev.fatalities, inc.fatalities
    if a is None or b is None or b.basis == "sum" or a.basis == "sum":
        return None
    tolls = [q for q in ctx.quantities if any(e.field == "fatalities" and e.start == q.start for e in inc.evidence)]
    if len(tolls) != 1 or not _doers_dead(ctx, prev, tolls[0]):
        return None
    own = {c.speaker.lower() for c in prev.claims if c.speaker}
    claims = [c for c in inc.claims if c.speaker and c.certainty != "denied"]
    if not claims or any(c.speaker.lower() in own for c in claims):
        return None
    return tolls[0], claims


def _earlier_toll(ctx: Context, start: int, end: int) -> bool:
    """The text from ``start`` to ``end`` tells a toll as an earlier one, since updated ("according to an
    initial toll", « selon un premier bilan », ``quantities_<lang>.EARLIER_TOLL``)."""
    text = " ".join(ctx.document.text[start:end].lower().split())
    words = lexicon_words("quantities", ctx.lang, "EARLIER_TOLL")
    return bool(words) and phrase_found(words, text)


def _sources_range(current: Range, other: Range) -> Range:
    """The range two sources' tolls span: the lowest figure, the highest (open when the highest is only a
    floor, "at least 23" beside 17; an open floor below another source's figure is closed by it, "at
    least 14" beside 25), the best of the toll told first."""
    lows = [v for r in (current, other) for v in ((r.low,) if r.low is not None else (r.best,)) if v is not None]
    top = max(v for r in (current, other) for v in (r.low, r.best, r.high) if v is not None)
    floors = [r.low if r.low is not None else r.best for r in (current, other) if r.high is None]
    high = None if top in floors else top
    best = current.best if current.best is not None else current.single()
    if best is not None and (best < min(lows) or high is not None and best > high):
        best = None
    return Range(low=min(lows), best=best, high=high, basis="sources")


def _elliptical_source_tolls(ctx: Context, incidents: list[Incident], sents_of: dict[str, list[int]]) -> None:
    """ "killed at least 30 people according to a local official, 22 according to the army", « a fait au
    moins 30 morts selon un responsable local, 22 selon l'armée »: a bare figure after a comma and the toll,
    followed by another source (``quantities_<lang>.TOLL_SOURCE_AFTER``), is that source's toll; the range
    covers both and that source's claim disputes with its figure."""
    after_words = getattr(ctx.m.quantities, "TOLL_SOURCE_AFTER", ())
    if not after_words:
        return
    text = ctx.document.text
    for inc in incidents:
        if inc.fatalities is None or inc.fatalities.single() is None:
            continue
        for si in sents_of.get(inc.id, ()):
            sent = ctx.sents[si]
            tolls = [e for e in inc.evidence if e.field == "fatalities" and e.doc_id == ctx.document.doc_id
                     and sent.start_char <= e.start < sent.end_char]
            if not tolls:
                continue
            used = {e.start for e in inc.evidence}
            for q in ctx.quantities:
                if not (max(e.end for e in tolls) < q.start < sent.end_char) or q.start in used \
                        or any(d.start <= q.start < d.end for d in ctx.dates) or q.value.single() is None:
                    continue
                if not _elliptical_source_figure(ctx, q):
                    continue
                if q.value.single() == inc.fatalities.single():
                    continue
                inc.fatalities = _sources_range(inc.fatalities, q.value)
                inc.evidence.append(ctx.ev("fatalities", q.start, q.end))
                said = next((cm for cm in ctx.claims if cm.sent_start == sent.start_char
                             and q.end <= cm.verb_start <= q.end + 3 and cm.speaker), None)
                for c in inc.claims:
                    if said is not None and c.start == sent.start_char and c.speaker == said.speaker:
                        c.stance, c.fatalities = "disputes", q.value


def _elliptical_source_figure(ctx: Context, q) -> bool:
    """A bare figure after a comma or a conjunction (``quantities_<lang>.CONNECTORS``) and followed by a
    source (``quantities_<lang>.TOLL_SOURCE_AFTER``): another source's toll (« 12 morts selon la police, 15
    selon des médecins et 18 selon des habitants », "22 according to the army")."""
    after_words = getattr(ctx.m.quantities, "TOLL_SOURCE_AFTER", ())
    if not after_words:
        return False
    text = ctx.document.text
    before = text[:q.start].rstrip()
    words = before.split()
    if not (before.endswith(",") or words and words[-1].lower() in getattr(ctx.m.quantities, "CONNECTORS", ())):
        return False
    rest = " ".join(text[q.end:q.end + 24].lower().split())
    return any(rest.startswith(w + " ") for w in after_words)


def _toll_may_rise(ctx: Context, incidents: list[Incident], sents_of: dict[str, list[int]]) -> None:
    """ "The toll could rise", « le bilan pourrait s'alourdir » (``quantities_<lang>.TOLL_MAY_RISE``), in
    an incident's sentence or just after it: the toll told stays, its high end is open."""
    pats = getattr(ctx.m.quantities, "TOLL_MAY_RISE", ())
    if not pats or not incidents:
        return
    incident_sents = {si: inc for inc in incidents for si in sents_of[inc.id]}
    for si, sent in enumerate(ctx.sents):
        low = sent.text.lower()
        m = next((m for p in pats for m in [re.search(p, low)] if m), None)
        if m is None:
            continue
        inc = incident_sents.get(si) or _followed_incident(ctx, incident_sents, si)
        if inc is None or inc.fatalities is None:
            continue
        r = inc.fatalities
        ctx.source_figures.setdefault(-1 - si, r)  # marks the sentence: its claim supports the toll
        if r.high is None:
            continue
        inc.fatalities = Range(low=r.low if r.low is not None else r.single(), best=r.best, high=None,
                               basis="at_least")
        inc.evidence.append(ctx.ev("fatalities", sent.start_char + m.start(), sent.start_char + m.end()))


def _more_of_a_toll(ctx: Context, inc: Incident, si: int, incidents: list[Incident],
                    sents_of: dict[str, list[int]], head: Trigger | None = None) -> bool:
    """ "ON TUESDAY TWO MORE BODIES WERE FOUND NEAR THE SAME PLACE, BRINGING THE TOTAL TO SEVEN", « la
    police a retrouvé les corps de deux autres passagers, portant à cinq le nombre de morts »: an act
    with no doer of its own (none, or only the placeholder for its trigger) whose every figure of the
    dead is said as more (:func:`_said_as_more`) or is the toll so far (:func:`_stated_total`), told
    just after an incident (:func:`_followed_incident`), is more of that incident's toll, not an act
    of its own."""
    if inc.fatalities is None or (inc.actors_in("actor1") and not _placeholder_perpetrator(inc)) \
            or head is not None and _further_act(ctx, head):
        return False  # (a further act's "five more drivers" are its own dead: "A second attack on the convoy")
    figures = [q for q in ctx.quantities if any(e.field == "fatalities" and e.start == q.start for e in inc.evidence)]
    if not figures or len(figures) != len([e for e in inc.evidence if e.field == "fatalities"]):
        return False
    # a re-mention of the act by a definite noun ("A CHILD WHO WAS WOUNDED IN THE BLAST DIED ON SUNDAY"):
    # one more person dead said by a singular article too (:func:`_added_figure`)
    definite = lexicon_words("events", ctx.lang, "DEFINITE_DETERMINERS")
    roots = [sp.root for e in inc.evidence if e.field == "event_type"
             for sp in [ctx.doc.char_span(e.start, e.end, alignment_mode="expand")] if sp is not None]
    again = bool(roots) and all(r.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in definite for c in r.children)
                                for r in roots)
    told = {x: i for i in incidents if i.stage == inc.stage for x in sents_of.get(i.id, ())}
    followed = _followed_incident(ctx, told, si)
    if followed is None or _elsewhere(inc, followed):
        return False
    # a find told in the past perfect after a toll so far, within it ("bringing to ten the number of
    # villagers killed ... Seven bodies had been found on Wednesday", « Sept corps avaient été
    # retrouvés mercredi »): part of that toll, found before
    bound = ctx.stated_totals.get((followed.id, "fatalities"))
    earlier = bound is not None and head is not None and _pluperfect(ctx, head)
    return all(_said_as_more(ctx, q) or _stated_total(ctx, q) or again and _added_figure(ctx, q, "death")
               or earlier and q.value.single() is not None and q.value.single() <= (bound.single() or 0)
               for q in figures)


def _dead_told_again(ctx: Context, head: Trigger, inc: Incident, si: int, incidents: list[Incident],
                     sents_of: dict[str, list[int]]) -> bool:
    """ "Gunmen killed twelve people in Djibo on Tuesday. Among those killed were two children", « Parmi les personnes
    tuées figurent deux enfants »: the act's trigger is a participle that names the dead of an act as a whole
    (:func:`victims.dead_told_again`), told just after an incident with a toll (:func:`_followed_incident`), not
    elsewhere: those dead are that incident's, no new act with a toll of its own; the follow-up counts read the
    sentence (the civilians it lists, :func:`_civilians_listed_among_the_dead`)."""
    if si == 0:
        return False
    root = ctx.doc[head.tok_start:head.tok_end].root
    again = dead_told_again(ctx.doc, ctx.sents[si], ctx.lang)
    # (or the act's noun said of them: "Those killed in the attack included two children", « les personnes tuées
    # dans l'attaque »)
    said_of = root.pos_ == "NOUN" and root.dep_.split(":")[0] in ("pobj", "obl", "nmod") and any(
        g.i in again for g in (root.head, root.head.head))
    if root.i not in again and not said_of:
        return False
    told = {x: i for i in incidents if i.stage == inc.stage for x in sents_of.get(i.id, ())}
    followed = _followed_incident(ctx, told, si)
    return followed is not None and followed.fatalities is not None and not _elsewhere(inc, followed)


def _elsewhere(inc: Incident, other: Incident) -> bool:
    """The incident is placed in a town of its own, away from the other's ("Gunmen killed five civilians in Bambari
    on Sunday. On Saturday, three other civilians were killed in Alindao"): both places known to the gazetteer and
    farther apart than two places of one event may be (``link.places_compatible``), so its dead, even said as more,
    are another act's, not more of the other's toll. A town known to the gazetteer outside the region the other was
    told in (a division of the admin data, with no GeoNames id: "the Odesa region" ... "in Kharkiv") is elsewhere
    too (:func:`_inside`)."""
    if inc.location.geonames_id is not None and other.location.geonames_id is None \
            and other.location.resolved is not False and other.location.lat is not None \
            and other.location.precision in ("admin1", "admin2") and inc.location.precision in ("exact", "near"):
        return not _inside(inc.location, other.location)
    if inc.location.geonames_id is None or other.location.geonames_id is None:
        return False
    if LOCATION_PRECISION_RANK.get(inc.location.precision, 0) > LOCATION_PRECISION_RANK["near"]:
        return False  # (a region, a country: it may hold the other's town)
    return not places_compatible(inc, other)


def _toll_so_far_evidence(ctx: Context, inc: Incident) -> None:
    """A figure that a toll so far (:func:`_stated_total`) stands for is the toll's words alone as
    evidence ("bringing to 19 the number of civilians killed" keeps "19", not "Twelve" and "seven"
    beside it, « le bilan est passé à 21 » not the 15 before it)."""
    for f in ("fatalities", "injured", "civilian_fatalities"):
        bound, span = ctx.stated_totals.get((inc.id, f)), ctx.stated_spans.get((inc.id, f))
        if bound is None or span is None or getattr(inc, f) != bound:
            continue
        ours = [e for e in inc.evidence if e.field == f and (e.start, e.end) == span and e.doc_id == ctx.document.doc_id]
        if ours:
            inc.evidence = [e for e in inc.evidence if e.field != f or e is ours[0]]


def _set_stated_total(ctx: Context, inc: Incident, f: str, q) -> None:
    """The toll so far (:func:`_stated_total`) is the incident's ``f``, in place of what it had, and the
    bound of what later sentences add to it."""
    setattr(inc, f, q.value)
    ctx.stated_totals[(inc.id, f)] = q.value
    ctx.stated_spans[(inc.id, f)] = (q.start, q.end)
    inc.evidence.append(ctx.ev(f, q.start, q.end))


def _added_figure(ctx: Context, q, category: str = "") -> bool:
    """A figure said as more of a toll told before ("TWO MORE PASSENGERS DIED", "deux autres passagers
    sont morts"): a word of ``quantities_<lang>.ADDED_AFTER`` right after it, and no definite
    determiner before it that takes up people counted already ("the two other passengers"). Of the
    dead, also the wounded told before who died ("TWO OF THE WOUNDED DIED LATER", ``ADDED_OF_THE_HURT``)
    and one person brought in by a singular article ("A WAITRESS DIED ON THE WAY TO THE HOSPITAL",
    ``ADDED_SINGULAR_ARTICLES``): a new person, not one of the dead counted already."""
    lx = ctx.m.quantities
    after = " ".join(ctx.document.text[q.end:q.end + 20].lower().split())
    before = ctx.document.text[max(0, q.start - 12):q.start].lower().split()
    if before and before[-1] in getattr(lx, "ADDED_NOT_AFTER", ()):
        return False
    if _said_as_more(ctx, q):
        return True
    if category != "death":
        return False
    if any(re.match(p, after) for p in getattr(lx, "ADDED_OF_THE_HURT", ())):
        # (not a share said to be civilians, "Four of them were children": who they were, no death of their own)
        return not _share_named_civilian(ctx, q)
    words = ctx.document.text[q.start:q.end].lower().split()
    if not (q.value.single() == 1 and words and words[0] in getattr(lx, "ADDED_SINGULAR_ARTICLES", ())):
        return False
    # the subject of the verb of death itself (not "the two victims, a student and a street vendor")
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    return span is not None and _hurt_who_died(ctx, span, _head_span(ctx, q))


STATED_TOTAL_NOUN_TOKENS = 4  # "19 the number of civilians": the noun whose complement is counted, just after


def _said_as_more(ctx: Context, q) -> bool:
    """A word of ``quantities_<lang>.ADDED_AFTER`` right after the figure ("TWO MORE", « deux autres »),
    no definite determiner before it (``ADDED_NOT_AFTER``: "the two other passengers")."""
    lx = ctx.m.quantities
    after = " ".join(ctx.document.text[q.end:q.end + 20].lower().split())
    before = ctx.document.text[max(0, q.start - 12):q.start].lower().split()
    return not (before and before[-1] in getattr(lx, "ADDED_NOT_AFTER", ())) and any(
        after == w or after.startswith(w + " ") for w in getattr(lx, "ADDED_AFTER", ()))


def _stated_total_civilian(ctx: Context, q) -> bool:
    """A toll so far (:func:`_stated_total`) of civilians, said by the noun complement after it
    ("bringing to 19 the number of civilians killed", « portant à 19 le nombre de civils tués »)."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    sent = ctx.sents[ctx.sent_of_char(q.start)]
    for t in ctx.doc[span.end:min(span.end + STATED_TOTAL_NOUN_TOKENS, sent.end)]:
        if t.pos_ == "NOUN":
            return any(_noun_kind(ctx, o.i, o.i + 1) == "CIV" for o in of_complements(t, ctx.m.complement_preps))
    return False


def _whole_of_a_part(ctx: Context, q) -> bool:
    """The figure counts the group a part of which the figure before it counts ("TWO OF THE FIVE MEN",
    « deux des quatre hommes »: ``OF`` and a ``PARTITIVE_DETERMINERS`` word between them), or is the singular
    article of the whole the noun counted before it belongs to ("11 members of a family", "three sons of one
    farmer", « onze membres d'une famille »: the counted noun and ``OF`` between them, ``SINGULAR_ARTICLES``): the
    part is who was hit, not the whole."""
    lx = ctx.m.quantities
    of = {w.lower() for w in lx.OF}
    dets = {w.lower() for w in getattr(lx, "PARTITIVE_DETERMINERS", ())}
    single = ctx.document.text[q.start:q.end].lower() in {w.lower() for w in lx.SINGULAR_ARTICLES}
    for o in ctx.quantities:
        if not (o.end <= q.start and q.start - o.end <= 24):
            continue
        between = ctx.document.text[o.end:q.start].lower().split()
        if q.start - o.end <= 16 and between and between[0] in of and len(between) <= 2 \
                and all(w in dets for w in between[1:]):
            return True
        if single and len(between) == 2 and between[1] in of and between[0].isalpha():
            return True
    return False


def _hurt_who_died(ctx: Context, span: Span, hs: Span | None) -> bool:
    """The figure (or the noun it counts) is the subject of a verb of death: of the wounded ("TWO OF
    THE WOUNDED", « un blessé »), the wounded who died since, dead now."""
    toks = {span.root.i} | ({hs.root.i} if hs is not None else set())
    dead = {i for label, s, e in ctx.cues if label == "DEATH" for i in range(s, e)}
    dying = dying_words(ctx.lang)
    # (or of the state told of it before the verb of death: « Un passager, gravement brûlé, a succombé »)
    # (a participle of death the tagger reads as a noun with its auxiliary, « Deux des blessés sont morts », is the verb)
    def predicate(v) -> bool:
        return v.pos_ in ("VERB", "AUX", "ADJ") or v.pos_ == "NOUN" and any(
            c.dep_.split(":")[0] in ("aux", "cop") for c in v.children)
    # (the parse may make the figure an expletive subject, « Deux des blessés sont morts »: Deux expl:subj)
    return any(ctx.doc[i].dep_ in (*ACTIVE_SUBJECT_DEPS, *PASSIVE_SUBJECTS, "expl:subj") and (
        ctx.doc[i].head.i in dead and predicate(ctx.doc[i].head)
        or getattr(dying_after_state(ctx.doc[i], dying), "i", None) in dead) for i in toks)


def _ranked_person(ctx: Context, start: int, end: int) -> bool:
    """The person's words ``[start, end)`` hold an ordinal (``quantities_<lang>.ORDINAL_WORDS``: "A third victim",
    « Une troisième victime »)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    ordinals = lexicon_words("quantities", ctx.lang, "ORDINAL_WORDS")
    return span is not None and any(t.lower_ in ordinals for t in span)


def _one_more_dead(ctx: Context, si: int, counts: list, inc: Incident) -> list[tuple[int, int]]:
    """The persons a later sentence brings in by a singular article as the subject of a verb of
    death ("A WAITRESS DIED ON THE WAY TO THE HOSPITAL", « une serveuse est décédée à l'hôpital »,
    "a fifth victim died"), that no figure of the sentence counts: one more dead each (their spans).
    With a definite article (``ADDED_DEFINITE_ARTICLES``), a person the story names for the first
    time ("THE DRIVER OF THE BUS DIED ON THE WAY TO THE HOSPITAL"), or one named before among the
    incident's wounded ("THE VENDOR DIED LATER": :func:`_wounded_taken_up`)."""
    return [(a, b) for a, b, kind in _singles_who_died(ctx, si, counts, inc) if kind in ("indefinite", "new", "wounded")]


def _wounded_taken_up(ctx: Context, si: int, counts: list, inc: Incident) -> list[tuple[int, int]]:
    """The persons named before among the incident's wounded (a word of theirs inside its evidence of
    the injured), taken up by a definite article as the subject of a verb of death ("WOUNDED TWO WOMEN
    AND A STREET VENDOR. THE VENDOR DIED LATER IN THE HOSPITAL"): dead now, one each."""
    return [(a, b) for a, b, kind in _singles_who_died(ctx, si, counts, inc) if kind == "wounded"]


def _singles_who_died(ctx: Context, si: int, counts: list, inc: Incident) -> list[tuple[int, int, str]]:
    """The single persons subject of a verb of death in sentence ``si`` that no figure counts, with how
    they are told: "indefinite" (a singular article), "new" (a definite article, its noun not said
    before in the story), "wounded" (a definite article, its noun said before in the incident's
    evidence of the injured); a person taken up otherwise is left out."""
    sent = ctx.sents[si]
    articles = set(getattr(ctx.m.quantities, "ADDED_SINGULAR_ARTICLES", ()))
    definite = set(getattr(ctx.m.quantities, "ADDED_DEFINITE_ARTICLES", ()))
    hurt = [(e.start, e.end) for e in inc.evidence if e.field == "injured"]
    counted = [(c.quantity.start, c.quantity.end) for c in counts]
    out = []
    for label, s, e in ctx.cues:
        if label != "DEATH" or not (sent.start <= s < sent.end):
            continue
        verb = ctx.doc[s:e].root
        if verb.pos_ not in ("VERB", "AUX", "ADJ") or _denied_harm(ctx, verb):
            continue
        dying = dying_words(ctx.lang)
        # (and who the parse hangs on the state told of him between commas: « Son fils, grièvement blessé, a succombé »)
        held = [t for t in sent if t.dep_.startswith("nsubj") and t.head.i != verb.i
                and getattr(dying_after_state(t, dying), "i", None) == verb.i]
        for subj in [*verb.children, *held]:
            if subj.dep_ not in (*ACTIVE_SUBJECT_DEPS, *PASSIVE_SUBJECTS) or subj.pos_ != "NOUN" or is_plural(subj):
                continue
            dets = [c.lower_ for c in subj.children if c.dep_ in ("det", "poss", "nmod:poss")]
            if not any(d in articles or d in definite for d in dets) or any(c.dep_ == "nummod" for c in subj.children):
                continue
            if not (_victim_noun(ctx, subj) or _casualty_cue(ctx, (subj.i,)) is not None):
                continue
            start = min(t.idx for t in subj.subtree if t.i <= subj.i)
            end = subj.idx + len(subj)
            if any(a < end and start < b for a, b in counted):
                continue
            if any(d in articles for d in dets):
                out.append((start, end, "indefinite"))
                continue
            said = [t for t in ctx.doc[:sent.start] if t.lower_ == subj.lower_ or t.lemma_.lower() == subj.lemma_.lower()]
            if not said:
                out.append((start, end, "new"))
            elif any(a <= t.idx < b for t in said for a, b in hurt):
                out.append((start, end, "wounded"))
    return out


def _singles_hurt(ctx: Context, si: int) -> list[tuple[int, int]]:
    """The single persons, with no figure, coordinated as the subject of a verb of injury in sentence
    ``si`` ("A PRIVATE GUARD AND THE JUDGE'S DAUGHTER WERE WOUNDED", « un vigile et la fille du juge ont
    été blessés »): their spans, one wounded each; none when one of them is a plural or counted."""
    sent = ctx.sents[si]
    for label, s, e in ctx.cues:
        if label != "INJURY" or not (sent.start <= s < sent.end):
            continue
        verb = ctx.doc[s:e].root
        if verb.pos_ not in ("VERB", "AUX", "ADJ") or _denied_harm(ctx, verb):
            continue
        subj = next((c for c in verb.children if c.dep_ in (*ACTIVE_SUBJECT_DEPS, *PASSIVE_SUBJECTS)), None)
        if subj is None or any(c.dep_ == "neg" or "Neg" in c.morph.get("Polarity") for c in verb.children):
            continue  # « Personne n'a été blessé »: nobody
        people = [subj] + [c for c in subj.conjuncts if c.i > subj.i]
        if not all(p.pos_ == "NOUN" and not is_plural(p) and _victim_noun(ctx, p) and not any(
                c.dep_ == "nummod" for c in p.children) for p in people):
            continue
        return [(min(t.idx for t in p.subtree if t.i <= p.i and t.dep_ != "cc"), p.idx + len(p)) for p in people]
    return []


def _token_range(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The token indices (start, end) of a character span."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


def _hurt_one_died(ctx: Context, si: int, counts: list) -> list[tuple[int, int]]:
    """One of the wounded told before, the subject of a verb of death, that no figure of the sentence
    counts ("One of the injured later died", "ONE OF THEM, A 17-YEAR-OLD GIRL, DIED TODAY", « l'un des
    blessés est décédé », ``quantities_<lang>.ONE_OF_THE_HURT``): one more dead each (their spans)."""
    sent = ctx.sents[si]
    dead = {i for label, s, e in ctx.cues if label == "DEATH" and sent.start <= s < sent.end for i in range(s, e)}
    counted = [(c.quantity.start, c.quantity.end) for c in counts]
    out = []
    text = ctx.document.text[sent.start_char:sent.end_char]
    for p in getattr(ctx.m.quantities, "ONE_OF_THE_HURT", ()):
        for m in re.finditer(p, text, flags=re.IGNORECASE):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            span = ctx.doc.char_span(start, end, alignment_mode="expand")
            if span is None or any(a < end and start < b for a, b in counted):
                continue
            if any(t.dep_ in (*ACTIVE_SUBJECT_DEPS, *PASSIVE_SUBJECTS) and t.head.i in dead and not _denied_harm(ctx, t.head)
                   for t in span):
                out.append((start, end))
    return out


def _stated_total(ctx: Context, q) -> bool:
    """The figure is the act's toll so far, all its dead (or wounded) together: a phrase of
    ``quantities_<lang>.RUNNING_TOTAL_BEFORE`` ends right before it, in its sentence ("bringing to 19
    the number of civilians killed", "raising the death toll to four", « portant le bilan à 12 morts »,
    « le bilan est passé à 21 »). A total over a period ("this month") is no toll of one act: the
    callers leave out the sentences of :func:`_running_total`."""
    return _total_so_far(ctx, q) and not _tally_of_a_period(ctx, q)


def _total_so_far(ctx: Context, q) -> bool:
    """A phrase of ``quantities_<lang>.RUNNING_TOTAL_BEFORE`` ends right before the figure, in its sentence."""
    sent = ctx.sents[ctx.sent_of_char(q.start)]
    before = " ".join(ctx.document.text[max(sent.start_char, q.start - 80):q.start].lower().replace("\u2019", "'").split())
    patterns = getattr(ctx.m.quantities, "RUNNING_TOTAL_BEFORE", ())
    if any(re.search(p, before) for p in patterns):
        return True
    # (a sentence in capitals drops its accents, « LE BILAN A ETE PORTE A DOUZE MORTS »: the phrases read without them)
    return nlp_mod.in_capitals(sent) and any(re.search(fold_accents(p), fold_accents(before)) for p in patterns)


def _total_since_in_a_relative(ctx: Context, q, trig: Trigger) -> bool:
    """ "Boko Haram, which has killed more than 2,000 people since January, attacked Djibo on Tuesday, killing five
    people", « Boko Haram, qui a tué plus de 2 000 personnes depuis janvier, a attaqué Djibo mardi »: a figure counted
    by the verb of a relative clause (not the trigger's) whose own date opens a period of a month or more
    (:func:`_opens_a_period`): a running total said of someone in passing, no toll of the act."""
    span = _head_span(ctx, q)
    if span is None:
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ == "VERB"), None)
    if verb is None or trig.tok_start <= verb.i < trig.tok_end:
        return False
    if verb.dep_.split(":")[-1] != "relcl" and not any(
            c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType") for c in verb.children):
        return False
    dates = [d for d in _in_sent(ctx, ctx.sent_of_char(q.start), ctx.dates)
             if d.kind != "anaphoric" and getattr(d, "value", None) is not None
             and _first_verb_above(ctx, d.start) == verb.i]
    if any(_opens_a_period(ctx, d) and _grain(ctx, d) not in ("day", "week") for d in dates):
        return True
    # "Boko Haram, which has killed thousands of people, attacked Bama on Tuesday", « Boko Haram, qui a tué des
    # milliers de personnes, a attaqué Bama mardi », "which killed hundreds of people last year": a relative clause in
    # a past or perfect tense, no day nor week of its own (a year, a month: no day of this act), said of the doer
    # (the subject of the trigger's clause, however the parse hangs it before its verb): its past acts told in
    # passing, no toll of this one
    return _doers_past(ctx, verb, trig, dates)


def _doers_past(ctx: Context, verb, trig: Trigger | None, dates: list | None = None) -> bool:
    """The relative clause headed by ``verb`` (not the trigger's) tells the doer's past: in a past or perfect tense, no
    day nor week of its own (``dates``: the sentence's dates under it, found when None), said of the doer
    (:func:`_relative_on_the_doer`)."""
    # (not a clause that holds the trigger: "DIAZ CARO, WHO HAS CONFESSED TO ... THE ATTACK ON PRESIDENT PINOCHET, IS
    # UNDER ARREST" tells that attack)
    if trig is not None and verb.left_edge.i <= trig.tok_start <= verb.right_edge.i \
            or "Past" not in verb.morph.get("Tense") or not _relative_on_the_doer(ctx, verb, trig):
        return False
    if dates is None:
        dates = [d for d in _in_sent(ctx, ctx.sent_of_char(verb.idx), ctx.dates)
                 if d.kind != "anaphoric" and getattr(d, "value", None) is not None
                 and _first_verb_above(ctx, d.start) == verb.i]
    return not any(_grain(ctx, d) in ("day", "week") for d in dates)


def _relative_on_the_doer(ctx: Context, verb, trig: Trigger | None) -> bool:
    """The relative clause headed by ``verb`` is said of the subject of the trigger's clause: its antecedent (the
    head of its name through compounds, flat names and modifiers) is an active subject, or a loose dependent before
    it, of the trigger's word or the verb it hangs on as a participle or a coordinated verb, and comes before that word ("Boko Haram, which has killed ...,
    attacked", « Boko Haram, qui a tué ..., a attaqué »); with no trigger (``trig`` None), the subject of an active
    verb other than ``verb``."""
    if verb.dep_.split(":")[-1] != "relcl":
        return False
    top = verb.head
    while top.dep_.split(":")[0] in ("compound", "flat", "nmod", "appos") and top.head.i != top.i \
            and top.head.pos_ in ("PROPN", "NOUN"):
        top = top.head
    # (an active subject, and an active clause: not "The minor, who was identified as Pedro Luna, was shot dead", whom
    # the act hit)
    if not (top.dep_.startswith("nsubj") or top.dep_ == "dep") or top.head.i <= top.i \
            or top.dep_.startswith(("nsubjpass", "nsubj:pass")) \
            or any(c.dep_ in ("auxpass", "aux:pass") or c.dep_ in PASSIVE_SUBJECTS for c in verb.children):
        return False
    if trig is None:  # (no trigger at hand: the subject of another verb)
        return top.head.pos_ == "VERB" and top.head.i != verb.i
    # (the trigger's own clause: its word, or the verb its participle or coordinated verb hangs on; not a verb of
    # saying or condemning above it, "A TAXI DRIVER WHO TOOK THREE WOUNDED PASSENGERS ... SAID THE BUS HAD BEEN
    # MACHINEGUNNED", whose subject is no doer)
    tok = ctx.doc[trig.tok_start:trig.tok_end].root
    # (and the verb of doing an act whose object its noun is: "Boko Haram, which has killed ..., launched an attack on
    # Bama", « a lancé une attaque contre Bama »; not a verb of condemning it, "The priest who celebrated the funeral
    # of the five murdered peasants condemned the massacre")
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and (
            chain[-1].dep_.split(":")[0] in ("advcl", "xcomp", "conj")
            or chain[-1].dep_ in ("dobj", "obj") and chain[-1].pos_ == "NOUN" and _conducted_by(ctx, chain[-1].head)):
        chain.append(chain[-1].head)
    return any(c.i == top.head.i for c in chain)


def _tally_of_a_period(ctx: Context, q) -> bool:
    """A toll so far said over a period ("brings to 45 the number of civilians killed in the area this
    month", « porte à 45 le nombre de civils tués depuis le début du mois »: ``reports_<lang>.TALLY_PERIODS``,
    or a running total of :func:`_running_total`): many acts, not the toll of one."""
    if not _total_so_far(ctx, q):
        return False
    sent = ctx.sents[ctx.sent_of_char(q.start)]
    text = " ".join(sent.text.lower().replace("\u2019", "'").split())
    periods = lexicon_words("reports", ctx.lang, "TALLY_PERIODS")
    return _running_total(ctx, sent) or bool(periods) and phrase_found(periods, text)


def _coordinated_counts(ctx: Context, counts: list) -> list[list]:
    """The figures of one sentence in groups: figures of one category whose counted nouns are
    coordinated ("an officer and two NCOs", "un officier et deux sous-officiers") are one
    breakdown, to be added up; any other figure is a group of its own."""
    def head(c):
        span = _head_span(ctx, c.quantity)
        return None if span is None else span.root

    groups: list[list] = []
    heads: list[set[int]] = []
    for c in counts:
        h = head(c)
        joined = None
        if h is not None:
            linked = {h.i} | ({h.head.i} if h.dep_ == "conj" else set()) | {x.i for x in h.children if x.dep_ == "conj"}
            joined = next((k for k, g in enumerate(groups) if g[0].category == c.category and heads[k] & linked), None)
        if joined is None:
            groups.append([c])
            heads.append({h.i} if h is not None else set())
        else:
            groups[joined].append(c)
            heads[joined].add(h.i)
    return groups


def _refers_to_forces(ctx: Context, v: VictimMention) -> bool:
    """ "An officer and four policemen are expected to be released. The FARC kidnapped these men":
    a person noun after a demonstrative takes up the people named just before (the sentence before,
    or earlier in its own); they are the forces when every person named there undergoing something
    (a passive subject or an object, not a doer) is of the forces."""
    root = ctx.doc[v.tok_start:v.tok_end].root
    if not any(c.dep_ == "det" and c.lower_ in lexicon_words("victims", ctx.lang, "DEMONSTRATIVES") for c in root.children):
        return False
    si = ctx.sent_of_char(v.start)
    lo = ctx.sents[max(si - 1, 0)].start

    def undergoes(tok_start: int, tok_end: int) -> bool:
        tok = ctx.doc[tok_start:tok_end].root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        # "doivent être libérés": the subject of a verb whose complement is passive undergoes it too
        return tok.dep_ in VICTIM_DEPS or tok.dep_ == "nsubj" and any(
            c.dep_ == "xcomp" and any(a.dep_ in PASSIVE_AUX_DEPS for a in c.children) for c in tok.head.children)
    people = [(a.kind in FORCE_KINDS) for a in ctx.actors if lo <= a.tok_start < v.tok_start
              and a.kind in (*FORCE_KINDS, "civilians") and undergoes(a.tok_start, a.tok_end)]
    people += [w.force for w in ctx.victims if lo <= w.tok_start < v.tok_start and w.tok_start != v.tok_start
               and (w.civilian or w.force) and undergoes(w.tok_start, w.tok_end)]
    return bool(people) and all(people)


VEHICLE = "vehicle"
BUILDING = "building"
FORCE_SITE = "military_site"


def _forces_building(ctx: Context, t: TargetMention) -> bool:
    """A building the text gives to the forces is one of their installations: its owner, a word of
    the phrase before its head, a compound, a possessive or an "of" complement, is a force ("the National Guard
    headquarters", "the army's barracks", "the headquarters of the army", "le siège de la
    gendarmerie"); a party's or a company's headquarters stays a building."""
    root = ctx.doc[t.tok_start:t.tok_end].root
    owners = [*range(t.tok_start, root.i), *(c.i for c in root.children if c.dep_ in ("compound", "poss", "nmod:poss")),
              *(o.i for o in of_complements(root, ctx.m.complement_preps))]
    return any(a.kind in FORCE_KINDS and a.tok_start <= i < a.tok_end for a in ctx.actors for i in owners)


def _target_kind(ctx: Context, t: TargetMention) -> str:
    """A vehicle hit is the forces' own (an installation of theirs for MUC-4's rule 1 (b)) when the
    text says it carried them ("the vehicle transporting them", "un camion transportant des
    soldats": a force noun, or a pronoun in a sentence that names the forces), or when it is a
    definite re-mention ("the car", "le véhicule") of the forces' vehicle named just before ("took a
    patrol car by surprise. They dropped a grenade inside the car"), or when it is an aircraft under anti-aircraft fire
    (:func:`_under_anti_aircraft_fire`); a building is theirs when the
    text gives it to them (:func:`_forces_building`)."""
    if t.kind == BUILDING and _forces_building(ctx, t):
        return FORCE_SITE
    if t.kind != VEHICLE:
        return t.kind
    doc = ctx.doc
    root = doc[t.tok_start:t.tok_end].root
    si = ctx.sent_of_char(t.start)
    if _under_anti_aircraft_fire(ctx, t, si):
        return FORCE_SITE
    sent = ctx.sents[si]
    forces = [a for a in ctx.actors if a.kind in FORCE_KINDS and sent.start <= a.tok_start < sent.end]
    for verb in root.children:
        if verb.dep_ in ("acl", "relcl", "acl:relcl") and verb.lemma_.lower() in lexicon_words("targets", ctx.lang, "TRANSPORT_VERBS"):
            for obj in verb.children:
                if obj.dep_ not in ("dobj", "obj"):
                    continue
                if any(a.tok_start <= obj.i < a.tok_end for a in forces) or obj.pos_ == "PRON" and forces:
                    return FORCE_SITE
            if any(c.dep_ in ("dobj", "obj", "nsubj") and c.pos_ == "PRON" and forces for c in verb.children):
                return FORCE_SITE  # "le véhicule qui les transportait"
    definite = lexicon_words("events", ctx.lang, "DEFINITE_DETERMINERS")
    bare = t.tok_end - t.tok_start == 1 and any(c.dep_ == "det" and c.lower_ in definite for c in root.children)
    if bare:
        lo = ctx.sents[max(si - 1, 0)].start
        earlier = [x for x in ctx.targets if lo <= x.tok_start and x.tok_end <= t.tok_start
                   and x.kind in (VEHICLE, FORCE_SITE) and doc[x.tok_start:x.tok_end].root.pos_ == "NOUN"]
        # the same noun ("a patrol car ... the car"), or any vehicle for the general noun ("the vehicle")
        word = root.lower_
        general = word in lexicon_words("targets", ctx.lang, "VEHICLE_HYPERNYMS")
        vehicles = [x for x in earlier if (x.kind == VEHICLE or _is_vehicle_phrase(ctx, x))
                    and (general or doc[x.tok_start:x.tok_end].root.lower_ == word)]
        if vehicles and (vehicles[-1].kind == FORCE_SITE or _target_kind(ctx, vehicles[-1]) == FORCE_SITE):
            return FORCE_SITE  # "a patrol car ... inside the car ... destroying the vehicle"
    return t.kind


def _under_anti_aircraft_fire(ctx: Context, t: TargetMention, si: int) -> bool:
    """An aircraft named by itself (no noun before its head: not "a passenger plane") in sentence
    ``si`` or next to one that tells of anti-aircraft fire ("our anti-aircraft units opened fire on
    the helicopters", "les unités antiaériennes ont tiré sur les hélicoptères"): anti-aircraft arms
    are weapons of war against an air force, so the aircraft they fire on is the forces' own."""
    doc = ctx.doc
    root = doc[t.tok_start:t.tok_end].root
    if root.lower_ not in lexicon_words("targets", ctx.lang, "AIRCRAFT") \
            or any(doc[i].pos_ in ("NOUN", "PROPN") for i in range(t.tok_start, root.i)):
        return False
    matcher = _anti_aircraft_matcher(ctx.lang)
    near = doc[ctx.sents[max(si - 1, 0)].start:ctx.sents[min(si + 1, len(ctx.sents) - 1)].end]
    return matcher is not None and bool(matcher(near))


@lru_cache(maxsize=8)
def _anti_aircraft_matcher(lang: str) -> WordMatcher | None:
    cues = lexicon_words("targets", lang, "ANTI_AIRCRAFT")
    return WordMatcher(nlp_mod.get(lang), (("AA", p) for p in cues)) if cues else None


def _is_vehicle_phrase(ctx: Context, x: TargetMention) -> bool:
    """A target phrase whose head word is a vehicle noun of the lexicon ("patrol car", "véhicule de police")."""
    return ctx.doc[x.tok_start:x.tok_end].root.lower_ in _vehicle_words(ctx.lang)


@lru_cache(maxsize=8)
def _vehicle_words(lang: str) -> frozenset[str]:
    try:
        return frozenset(w for p in load_lexicon("targets", lang).PHYSICAL_TARGETS.get(VEHICLE, ()) for w in [p.split()[-1]])
    except LexiconMissing:
        return frozenset()


def _attach_follow_up_targets(ctx: Context, incidents: list[Incident], sents_of: dict[str, list[int]]) -> None:
    """A sentence with no event of its own that says what was damaged ("The blast also damaged
    two nearby banks") names targets of the incident the article was last talking about."""
    if not incidents or not ctx.damage:
        return
    incident_sents = {si: inc for inc in incidents for si in sents_of[inc.id]}
    asides: dict[int, set[int]] = {}  # sentence -> its speakers' relatives, read once
    for s, e in ctx.damage:
        si = ctx.sent_of_char(ctx.doc[s].idx)
        inc = _followed_incident(ctx, incident_sents, si)
        if inc is None:
            continue
        if inc.event_type == STRATEGIC and inc.sub_event_type != PROPERTY_DESTRUCTION:
            continue
        aside = asides.get(si)
        if aside is None:
            aside = asides[si] = _speaker_relatives(ctx, [c for c in ctx.claims
                                                          if c.sent_start == ctx.sents[si].start_char])
        for t in targets_of(ctx.doc, ctx.sents[si], ctx.targets, s, e, [], [(s, e)]):
            if any(x.start == t.start for x in inc.targets) or _describes_a_speaker(ctx, t, aside):
                continue  # (who a speaker is, "al-Qaeda's branch in the Sahel", names no thing hit)
            end = t.owned_end if t.owned else t.end
            inc.targets.append(Target(name=t.text.lower(), mention=t.owned or t.text, kind=_target_kind(ctx, t),
                                      doc_id=ctx.document.doc_id, start=t.start, end=end))
            inc.evidence.append(ctx.ev("targets", t.start, end))


def _attach_follow_up_forces_fired_at(ctx: Context, incidents: list[Incident], sents_of: dict[str, list[int]]) -> None:
    """A sentence with no event of its own that says at whom the weapons of the act just told were fired, by a word
    that stands for them ("TWO MORTARS WERE PLACED ON A BASKETBALL COURT. ONE OF THEM WAS LAUNCHED AT A POLICE
    BATTALION", « L'un a été tiré sur le bataillon de police »: a figure, a pronoun or the
    weapon's noun as the subject of a verb of ``events_<lang>.WEAPON_FIRED_AT_VERBS``), names the forces after
    ``AIMED_AT_PREPOSITIONS`` as the side the shelling was aimed at (its actor2)."""
    if not incidents:
        return
    verbs = lexicon_words("events", ctx.lang, "WEAPON_FIRED_AT_VERBS")
    preps = lexicon_words("events", ctx.lang, "AIMED_AT_PREPOSITIONS")
    if not verbs or not preps:
        return
    incident_sents = {si: inc for inc in incidents for si in sents_of[inc.id]}
    for si, sent in enumerate(ctx.sents):
        inc = _followed_incident(ctx, incident_sents, si)
        if inc is None or inc.event_type != "Explosions/Remote violence":
            continue
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
                continue
            subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
            # ("the other": an adjective standing for its noun)
            if subj is None or not (subj.pos_ in ("NUM", "PRON", "ADJ") or subj.lower_ in ctx.m.weapon_words
                                    or subj.lemma_.lower() in ctx.m.weapon_words):
                continue
            aimed = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
                     if g.dep_ == "pobj"]
            aimed += [c for c in verb.children if c.dep_.split(":")[0] == "obl"
                      and any(k.dep_ == "case" and k.lower_ in preps for k in c.children)]
            for noun in aimed:
                # (the noun or a word of its phrase: "the POLICE battalion", « le bataillon de POLICE »)
                words = [noun] + [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
                                  or c.dep_.split(":")[0] == "nmod" and any(
                                      k.dep_ == "case" and k.lower_ in ctx.m.complement_preps for k in c.children)]
                force = next((a for a in ctx.actors if a.kind in FORCE_KINDS
                              and any(a.tok_start <= w.i < a.tok_end for w in words)), None)
                if force is None or any(a.name == force.name and a.role != "actor1" for a in inc.actors):
                    continue
                inc.actors.append(Actor(role="actor2", name=force.name, mention=force.text, kind=force.kind))
                inc.evidence.append(ctx.ev("actors", force.start, force.end))


def _attach_follow_up_victims(ctx: Context, incidents: list[Incident], sents_of: dict[str, list[int]]) -> None:
    """A sentence with no event of its own that says who was killed or wounded ("The wounded are
    Ramiro Castaneda and Concepcion Arriaga", "Among the dead is a judge") names victims of the
    incident the article was last talking about: the people tied to its casualty words."""
    if not incidents:
        return
    incident_sents = {si: inc for inc in incidents for si in sents_of[inc.id]}
    for si, sent in enumerate(ctx.sents):
        inc = _followed_incident(ctx, incident_sents, si)
        if inc is None or _running_total(ctx, sent):
            continue
        # "the victims were identified as ...", "the dead included ...": who those hit were; of a
        # fight too when it hit people who are no side of it (an ambushed bus's passengers)
        listed = listed_victims(ctx.doc, sent, ctx.lang, ctx.victims, ctx.place_spans)
        if inc.event_type not in ("Violence against civilians", "Explosions/Remote violence"):
            if not (listed and inc.event_type == "Battles" and any(
                    a.role == "victim" and a.kind in ("civilians", None) for a in inc.actors)):
                continue
            anchors = []
        else:
            anchors = [(s, e) for label, s, e in ctx.cues if label in ("DEATH", "INJURY") and sent.start <= s < sent.end]
            # "the attack was aimed at the judge", "l'attentat visait la juge", "the minister was unhurt":
            # whom the act was aimed at is its target (MUC-4 HUM TGT), though nothing hit them
            anchors += aim_anchors(sent, ctx.lang)
        if not anchors and not listed:
            continue
        excluded = [(a.tok_start, a.tok_end) for a in ctx.actors if a.armed and sent.start <= a.tok_start < sent.end]
        # who tells it is not whom it hit ("Le journaliste Carlos Henriquez ... a indiqué que deux passants
        # avaient été blessés")
        excluded += [(i, i + 1) for i in _reporting_subjects(ctx, sent) | set().union(
            *(c.speaker_tokens for c in ctx.claims if c.sent_start == sent.start_char))]
        # who they are by office or trade, or by name; "people", "persons" say nothing new of an
        # incident that has its victims, but are who it hit when it names none ("a bomb exploded
        # outside a union office. Several persons were wounded and others died")
        named = any(a.role == "victim" for a in inc.actors)
        # (a kin noun says who: "HIS WIFE AND HIS SON", « sa femme et son fils »)
        kin = lexicon_words("victims", ctx.lang, "KIN_NOUNS")
        found = [v for v in victims_of(ctx.doc, sent, ctx.victims, anchors, excluded, ctx.lang)
                 if v.civilian or not (named or v.force) or ctx.doc[v.tok_start:v.tok_end].root.lower_ in kin]
        for v in [*_patient_names(ctx, sent, anchors, excluded), *listed]:
            if any(v.tok_start < e and s < v.tok_end for s, e in excluded):
                continue
            found = [w for w in found if not (v.tok_start <= w.tok_start and w.tok_end <= v.tok_end)]
            if not any(v.tok_start < w.tok_end and w.tok_start < v.tok_end for w in found):
                found.append(v)
        found = one_person(ctx.doc, found, ctx.lang, ctx.place_spans)
        found = [_named_before(ctx, v, sent.start) for v in found]
        names = [v for v in found if v.name_only and v in listed]
        if _anonymous_named(ctx, inc, names):
            # (civilians when those they were told as were: a woman hit is a civilian, her name says nothing of it)
            found = [replace(v, civilian=True) if v in names else v for v in found]
        _add_victims(ctx, inc, found)


def _anonymous_named(ctx: Context, inc: Incident, names: list[VictimMention]) -> bool:
    """The persons an incident hit told by sex or age alone ("WOUNDING A BOY AND A WOMAN", « un garçon et une
    femme »: ``victims_<lang>.ANONYMOUS_PERSON_NOUNS``), when a later sentence lists the hit by their ``names``
    ("THE WOUNDED WERE IDENTIFIED AS JORGE PATINO AND LUCIA MORALES"), are those named: no victims beside them
    (MUC-4 7.20: one target, by its name). Only when every victim the incident has is so told and the names are
    no fewer than they (a plural one counts two, or its figure); their mentions stay in the evidence. True when
    they were dropped and every one was of kind civilians: so are the names."""
    if not names:
        return False
    anonymous = lexicon_words("victims", ctx.lang, "ANONYMOUS_PERSON_NOUNS")
    victims = [a for a in inc.actors if a.role == "victim"]
    if not victims:
        return False
    persons = 0
    for a in victims:
        ev = next((e for e in inc.evidence if e.field == "actors" and e.text == a.mention
                   and e.doc_id == ctx.document.doc_id), None)
        span = ctx.doc.char_span(ev.start, ev.end, alignment_mode="expand") if ev is not None else None
        if span is None or span.root.lower_ not in anonymous or any(t.pos_ == "PROPN" for t in span):
            return False
        nums = [t for t in span if t.like_num]
        if "Plur" not in span.root.morph.get("Number"):
            persons += 1
        elif not nums:
            persons += 2  # "MEN", « des hommes »: two at least
        elif len(nums) == 1 and nums[0].text.isdigit():
            persons += int(nums[0].text)
        else:
            return False  # a count in words the names may not reach
    if len(names) < persons:
        return False
    civilian = all(a.kind == "civilians" for a in victims)
    inc.actors = [a for a in inc.actors if a.role != "victim"]
    return civilian


def _add_victims(ctx: Context, inc: Incident, found) -> None:
    """The victim mentions ``found`` not yet among the incident's actors become its victims, with evidence."""
    known = {a.mention.lower() for a in inc.actors}
    for v in found:
        if v.text.lower() in known:
            continue
        name, kind = ("civilians", "civilians") if v.civilian else ("people", None)
        inc.actors.append(Actor(role="victim", name=name, mention=v.text, kind=kind))
        inc.evidence.append(ctx.ev("actors", v.start, v.end))
        known.add(v.text.lower())


def _attach_listed_hit(ctx: Context, incidents: list[Incident], sents_of: dict[str, list[int]]) -> None:
    """The persons a sentence lists after the word for the dead or the wounded ("THE DEAD WERE IDENTIFIED AS
    RAMON ESCOBAR AND LUCIA MENJIVAR", « les blessés ont été identifiés comme ... »; :func:`listed_hit`):

    - a list told just before the act, taken up by a plural pronoun that is the subject of the act's
      sentence ("THE WOUNDED WERE IDENTIFIED AS A AND B. THEY WERE HURT WHEN A GRENADE EXPLODED"), names the
      victims of that act;
    - an incident with no figure of its dead (of its wounded) counts one for each person so listed, when
      every one is a single person named (no "two of his children")."""
    if not incidents:
        return
    incident_sents = {si: inc for inc in incidents for si in sents_of[inc.id]}
    pronouns = lexicon_words("victims", ctx.lang, "LISTING_PRONOUNS")
    for si, sent in enumerate(ctx.sents):
        kind = listed_hit(ctx.doc, sent, ctx.lang)
        if kind is None:
            continue
        listed = listed_victims(ctx.doc, sent, ctx.lang, ctx.victims, ctx.place_spans)
        if not listed:
            continue
        inc = incident_sents.get(si) or _followed_incident(ctx, incident_sents, si)
        before = False
        if inc is None and si not in incident_sents and si + 1 in incident_sents:
            first = next((t for t in ctx.sents[si + 1] if not t.is_punct), None)
            if first is not None and first.lower_ in pronouns and first.dep_.startswith("nsubj"):
                inc, before = incident_sents[si + 1], True
        if inc is None or inc.event_type not in ("Violence against civilians", "Explosions/Remote violence", "Battles"):
            continue
        excluded = [(a.tok_start, a.tok_end) for a in ctx.actors if a.armed and sent.start <= a.tok_start < sent.end]
        excluded += [(i, i + 1) for i in _reporting_subjects(ctx, sent)]
        persons = [v for v in one_person(ctx.doc, listed, ctx.lang, ctx.place_spans)
                   if not any(v.tok_start < e and s < v.tok_end for s, e in excluded)]
        if not persons:
            continue
        if before:
            _add_victims(ctx, inc, persons)
        field = "fatalities" if kind == "death" else "injured"
        if getattr(inc, field) is not None or inc.stage == "threatened":
            continue
        # one for each person: a role set off after a name by commas, an age or an article only ("SONIA
        # FUENTES, 27, A NURSE") is that person's; a plural or a figure ("two of his children") counts none
        doc = ctx.doc
        if any(not v.name_only and is_plural(doc[v.tok_start:v.tok_end].root)
               and not _name_read_as_plural(doc[v.tok_start:v.tok_end].root, ctx.lang) or any(
                c.dep_ == "nummod" for c in doc[v.tok_start:v.tok_end].root.children) for v in persons):
            continue
        counted: list[VictimMention] = []
        for v in persons:
            if counted and not v.name_only and all(
                    t.is_punct or t.like_num or t.pos_ == "DET" for t in doc[counted[-1].tok_end:v.tok_start]):
                continue
            counted.append(v)
        setattr(inc, field, Range.exact(len(counted)))
        inc.evidence.extend(ctx.ev(field, v.start, v.end) for v in counted)


def _named_before(ctx: Context, v: VictimMention, sent_start: int) -> VictimMention:
    """ "the judge", said in a later sentence of a judge the story named before ("the vehicle of Judge
    Martha Gonzalez ... the attack was aimed at the judge"): the earlier mention with the name (MUC-4
    7.20: the name and its description are one target); ``v`` itself when it is no bare role noun or
    the story named no one so before it."""
    if v.tok_end - v.tok_start != 1 or v.name_only or ctx.doc[v.tok_start].pos_ != "NOUN":
        return v
    word = ctx.doc[v.tok_start].lower_
    places = ctx.place_spans
    noun = ctx.doc[v.tok_start]
    if word in lexicon_words("victims", ctx.lang, "VICTIM_NOUNS") and any(
            c.dep_ == "det" and c.lower_ in ctx.m.known_determiners for c in noun.children):
        # "LAWYER HECTOR SALAZAR LEFT HIS OFFICE. THE VICTIM WAS SHOT", « la victime a été tuée »: the
        # last person named in the sentence before, when of its number (:func:`_person_before`)
        si = ctx.sent_of_char(noun.idx)
        ref = _person_before(ctx, si, noun.i, False, []) if si > 0 else None
        if ref is not None and ref.tok_end <= sent_start:
            return one_person(ctx.doc, [ref], ctx.lang, places)[0]
        return v
    for m in reversed(ctx.victims):
        if m.tok_end > sent_start or ctx.doc[m.tok_end - 1].lower_ != word:
            continue
        named = one_person(ctx.doc, [m], ctx.lang, places)[0]
        if named.tok_end > m.tok_end and any(ctx.doc[i].pos_ == "PROPN" for i in range(m.tok_end, named.tok_end)):
            return named
    return v


def forces_dead_taken_up(doc: Doc, lang: str, inc: Incident) -> None:
    """The dead of the forces taken up by a definite noun of people ("THREE POLICEMEN WERE KILLED IN AN AMBUSH ... THE
    REMAINS OF THE THREE PEOPLE WHO DIED IN THE AMBUSH WERE FLOWN TO BOGOTA", « les corps des trois personnes tuées »:
    ``victims_<lang>.DEAD_TAKEN_UP_NOUNS`` with a definite determiner) are those already named, no victims of their own
    (not civilians beside the forces hit): the noun's victim goes, its evidence stays. Run after each merge of a
    document's mentions (the extraction's, then ``pipeline``'s ``merge_incidents``): the two may be told apart till then."""
    if not any(a.role in ("actor2", "victim") and a.kind in FORCE_KINDS for a in inc.actors):
        return
    nouns = lexicon_words("victims", lang, "DEAD_TAKEN_UP_NOUNS")
    if not nouns:
        return
    starts = {_words(e.text): e.start for e in inc.evidence if e.field == "actors"}
    drop = []
    for a in inc.actors:
        if a.role != "victim" or a.kind is not None or _words(a.mention) not in starts:
            continue
        span = doc.char_span(starts[_words(a.mention)], starts[_words(a.mention)] + 1, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        # (the article, or the one fused with a preposition: « des trois personnes », de + les)
        if head.lower_ in nouns and any(c.dep_ in ("det", "case") and "Def" in c.morph.get("Definite")
                                        for c in head.children):
            drop.append(a)
    inc.actors = [a for a in inc.actors if a not in drop]


def _collapse_repeated_victims(inc: Incident) -> None:
    """A victim named again in a shorter way ("Mayor Alberto Celis Sanchez ... Celis Sanchez", "the
    mayor") is one victim: the longest mention stands, every mention stays in the evidence."""
    victims = [a for a in inc.actors if a.role == "victim"]
    words = {id(a): set(re.findall(r"\w+", a.mention.lower())) for a in victims}
    drop = {id(a) for a in victims for b in victims if a is not b and words[id(a)]
            and words[id(a)] < words[id(b)] and a.mention.split()[-1].lower() in words[id(b)]}
    inc.actors = [a for a in inc.actors if id(a) not in drop]


def _targets_named_again(ctx: Context, inc: Incident) -> None:
    """A target already named, named again: a noun inside the owner's name of a target kept before
    ("agence de la Banque agraire": the bank is the branch's owner, one target), or a generic building
    word after a definite determiner once the incident has a target ("BOMBED THE OFFICES OF THE
    ELECTRICITY COMPANY ... DESTROYED PART OF THE BUILDING", « endommageant le bâtiment »:
    ``targets_<lang>.BUILDING_ANAPHORS``). The first mention stands; the evidence keeps both."""
    generic = lexicon_words("targets", ctx.lang, "BUILDING_ANAPHORS")
    definite = lexicon_words("targets", ctx.lang, "BUILDING_ANAPHOR_DETERMINERS")
    text = ctx.document.text
    kept: list[Target] = []
    for t in inc.targets:
        if any(k.start <= t.start and t.end <= k.start + len(k.mention) for k in kept if k is not t):
            continue
        before = text[max(0, t.start - 12):t.start].lower().split()
        if kept and t.name in generic and before and (before[-1] in definite or any(
                before[-1].endswith(d) for d in definite if d.endswith("'"))):
            continue
        kept.append(t)
    inc.targets = kept


def _collapse_repeated_targets(ctx: Context, inc: Incident) -> None:
    """A target the story names again in a later sentence of the same incident ("the pipeline ...
    the pipeline was repaired"), or again in fewer words with the same noun ("DESTROYED A SECTION OF
    THE MULTIPURPOSE PIPELINE ... THE PIPELINE", "two government vehicles ... the two vehicles"), is
    one target: the first mention stands, every mention stays in the evidence. The shorter one is
    definite (its determiner a definite article or a demonstrative, by the parse's morphology), and
    no word before it makes it another thing ("OTHER BANKS", ``targets_<lang>.OTHER_WORDS``; "A
    NUMBER OF PYLONS WERE DESTROYED" may be more of them)."""
    other = lexicon_words("targets", ctx.lang, "OTHER_WORDS")
    text = ctx.document.text
    seen: set[str] = set()
    kept: list[Target] = []
    for t in inc.targets:
        if t.name in seen:
            continue
        words = t.name.split()
        if words and any(k.name.split()[-1] == words[-1] and set(words) < set(k.name.split()) for k in kept):
            before = text[max(0, t.start - 12):t.start].lower().split()
            span = ctx.doc.char_span(t.start, t.start + len(t.name), alignment_mode="expand")
            definite = span is not None and any(c.dep_ == "det" and (
                "Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType")) for c in span.root.children)
            if definite and not (before and before[-1] in other):
                continue
        seen.add(t.name)
        kept.append(t)
    inc.targets = kept


def _party(inc: Incident, organisation: str) -> bool:
    return any(a.name == organisation for a in inc.actors if a.role in ("actor1", "actor2"))


def _attach_follow_up_claims(ctx: Context, incidents: list[Incident], sents_of: dict[str, list[int]]) -> None:
    """A claim outside any incident sentence belongs to the incident it names: the one whose act,
    place, weapon, target or people hit its words name (:func:`_named_incident`: "denied targeting
    civilians" after the strike that killed civilians, "claimed the ambush", "the toll from the
    market strike"). Naming none, the same speaker going on ("Ils soupçonnent…") keeps the incident
    and stance of the previous sentence; a party to an earlier incident speaking goes on about that
    incident; a denial or a doubt with no contrast disputes the lead incident (the story's news, not
    an aside told after it); else it goes to the incident the article was last talking about (a
    sentence that goes on about it, or answers it with a contrast: "X affirment toutefois que ...").
    A contrast ("toutefois", "however"), or a suspicion or denial from another speaker, marks it as
    disputing the incident."""
    if not incidents:
        return
    incident_sents = {si: inc for inc in incidents for si in sents_of[inc.id]}
    attached: dict[int, tuple[Incident, str]] = {}
    words_of: dict[str, tuple[set[str], set[str]]] = {}
    for cm in ctx.claims:
        si = ctx.sent_of_char(cm.sent_start)
        if si in incident_sents:
            continue
        prev = [(s, inc) for s, inc in incident_sents.items() if 0 < si - s]
        if not prev or _toll_of_a_war(ctx, ctx.sents[si]) or _counted_total(ctx, ctx.sents[si]) \
                or _state_of_the_country(ctx, ctx.sents[si]) or _toll_of_months(ctx, ctx.sents[si]):
            continue  # (the source of a war's tally speaks of the war: "..., according to UN estimates")
        # the incident the article was last talking about: a recalled one ("on May 3, an ambush had killed
        # five people") is background, not what the article is about
        s, inc = max([(s2, i2) for s2, i2 in prev if not i2.recalled] or prev, key=lambda x: x[0])
        chained = (si - 1) in attached and cm.pronoun
        earlier = list({i.id: i for _, i in sorted(prev, key=lambda x: x[0], reverse=True)}.values())[::-1]
        named = _named_incident(ctx, si, earlier, words_of, _claim_words(ctx, [cm])) if len(earlier) > 1 else None
        spoken = _spoken_of(cm, earlier) if len(earlier) > 1 and named is None and not chained else None
        if named is not None:
            inc = named
        elif chained:
            inc = attached[si - 1][0]
        elif spoken is not None:
            inc = spoken  # a person who spoke of one incident goes on about it ("Sani Bello added that ...")
        elif cm.organisation and not _party(inc, cm.organisation) \
                and any(_party(i2, cm.organisation) for _, i2 in prev):
            # a party to an earlier incident speaking goes on about that incident
            s, inc = max([(s2, i2) for s2, i2 in prev if _party(i2, cm.organisation)], key=lambda x: x[0])
        elif len(earlier) > 1 and not cm.contrast and cm.certainty in ("possible", "denied"):
            inc = next((i for i in earlier if not i.recalled), earlier[0])  # the lead incident
        if _said_before(ctx, si, inc):
            continue  # « Samedi, l'armée avait annoncé ... » after Sunday's attack: what was said before it is of another
        version_of = next((i for i in incidents if i.id == ctx.versions.get(si)), None)
        if version_of is None and not inc.recalled:
            version_of = _doers_own_word(ctx, si, [inc])  # (« ont affirmé avoir « libéré » le camp »: no act built)
        if version_of is not None:
            # the accused side's version of that incident: its claim, disputing it (_sides_version)
            told_plain = "supports" if si in ctx.plain_versions else "disputes"  # (the doer's plain account)
            version_of.claims.append(_claim(ctx, cm, told_plain))
            version_of.evidence.append(ctx.ev("claims", cm.verb_start, cm.verb_end))
            attached[si] = (version_of, told_plain)
            continue
        speakers = {c.speaker for c in inc.claims}
        stance = "supports"
        if chained and attached[si - 1][0] is inc:
            stance = attached[si - 1][1]
        if cm.contrast or cm.certainty == "denied" or (cm.certainty == "possible" and cm.speaker not in speakers):
            stance = "disputes"  # (a denial disputes, whoever spoke before: "said the army had targeted a
            # camp and denied that civilians were killed")
        if not chained and _version_told(ctx, si, inc):
            stance = "disputes"  # the accused side's version ("officers had returned fire"): _sides_version
        figure = ctx.source_figures.get(si)
        doers_dead = ctx.doers_dead_figures.get(si)
        if doers_dead is not None and figure is None:
            # the doers' own dead told by the side they attacked: its figure, other people, which supports
            q = doers_dead[1]
            inc.claims.append(_claim(ctx, cm, stance, doers_dead[0]))
            inc.evidence.append(ctx.ev("claims", cm.verb_start, cm.verb_end))
            if not any(x.what == ARMED_MEN_KILLED and x.start == q.start for x in inc.quantities):
                inc.quantities.append(Quantity(
                    what=ARMED_MEN_KILLED, value=q.value, speaker=cm.speaker, certainty=cm.certainty,
                    doc_id=ctx.document.doc_id, start=q.start, end=q.end, text=q.text))
            attached[si] = (inc, stance)
            continue
        if cm.verb_start in ctx.toll_told_again or figure is not None and _toll_source_named_again(ctx, cm, inc):
            figure = None  # "contradicting local officials who gave a toll of 20": the toll told again, which it backs
        elif figure is not None or si in ctx.source_hurt:
            stance = "disputes"  # another source's toll ("The army said 22 people had died", "40 were wounded")
        elif (-1 - si) in ctx.source_figures and cm.certainty != "denied":
            stance = "supports"  # "but the toll could rise": more may come, the toll stands
        inc.claims.append(_claim(ctx, cm, stance, figure))
        inc.evidence.append(ctx.ev("claims", cm.verb_start, cm.verb_end))
        attached[si] = (inc, stance)


def _toll_source_named_again(ctx: Context, cm: ClaimMention, inc: Incident) -> bool:
    """``cm``, in a sentence that tells another source's toll, is a claim of a source that spoke of the incident in
    another sentence, beside a claim of a new one (« L'armée a fait état de trois morts, contredisant les responsables
    locaux qui avançaient le chiffre de 20 »): the first source named again, not the one whose figure differs."""
    before = {c.speaker for c in inc.claims if not cm.sent_start <= c.start < cm.sent_end and c.speaker}
    if cm.speaker not in before:
        return False
    return any(o.speaker and o.speaker not in before for o in ctx.claims if o.sent_start == cm.sent_start and o is not cm)


def _said_before(ctx: Context, si: int, inc: Incident) -> bool:
    """Sentence ``si``'s statement is dated, by a date on its verb of saying, to a day before the incident's day (both
    to the day; not the dateline's date, not an anaphoric one): a statement made before the incident cannot be about
    it ("On Saturday, the Malian army had announced that it had neutralised about fifteen terrorists" after Sunday's
    attack). A date on another verb is not the statement's (« Les corps seront rendus lundi, a précisé le
    gouverneur »)."""
    if inc.date.precision != "day" or inc.date.start is None:
        return False
    return any(d.kind != "anaphoric" and d.value.precision == "day" and d.value.start is not None
               and (d.value.end or d.value.start) < inc.date.start and not ctx.in_dateline(d.start)
               and _attached_to_reporting_verb(ctx, d.start, d.end, through_preposition=True)
               for d in _in_sent(ctx, si, ctx.dates))


def _spoken_of(cm: ClaimMention, earlier: list[Incident]) -> Incident | None:
    """The one incident of ``earlier`` whose claims a person named (not a body, a role or a pronoun:
    "police" speak of every incident) already speaks in; None when the claim's speaker is no person,
    or spoke of none or of several."""
    if not cm.person or not cm.speaker or cm.pronoun:
        return None
    who = cm.speaker.lower()
    spoken = [inc for inc in earlier if any((c.speaker or "").lower() == who for c in inc.claims)]
    return spoken[0] if len(spoken) == 1 else None


_NAMING_FIELDS = ("event_type", "sub_event_type", "location", "targets", "actors")
_NAMING_POS = ("NOUN", "PROPN", "VERB", "ADJ")
_STEM = 6  # letters of a word compared: "shelling"/"shelled", "bombardé"/"bombardements", "civils"/"civil"


def _stem(tok: Token) -> str:
    word = fold_accents(tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.lower_)
    return word[:_STEM]


def _naming_words(ctx: Context, inc: Incident) -> tuple[set[str], set[str]]:
    """The words an incident is told by: its act and weapon, its targets and the people it hit, and
    apart its place as written (the stems of its evidence's content words, not its dates, figures,
    claims or armed sides)."""
    out: tuple[set[str], set[str]] = (set(), set())
    hit = {a.mention for a in inc.actors if a.role == "victim"}
    for e in inc.evidence:
        if e.field not in _NAMING_FIELDS or e.field == "actors" and e.text not in hit:
            continue  # the armed sides of a story are parties to several of its incidents
        span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
        out[e.field == "location"].update(_stem(t) for t in span or ()
                                          if t.pos_ in _NAMING_POS and not t.is_stop and len(t.text) > 2)
    return out


def _locative(tok: Token) -> bool:
    """A word in a phrase of place ("in Kharkiv", « à Kharkiv »), not a place as the thing acted on
    (« prendre Goma »): its name's head is the object of a preposition, or has one as its case."""
    head = tok
    while head.dep_ in ("compound", "flat", "flat:name", "fixed") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" or any(c.dep_ == "case" for c in head.children)


def _maybe_one(a: Incident, b: Incident) -> bool:
    """Two incidents of one sub-event type whose places are the same or unknown: maybe one event."""
    return a.sub_event_type == b.sub_event_type and (
        a.location.geonames_id is None or b.location.geonames_id is None
        or a.location.geonames_id == b.location.geonames_id)


def _not_speaking(ctx: Context) -> list[ActorMention]:
    """The document's actor mentions but those that only tell of an act ("..., police said", « selon l'armée »):
    who a side of a fight may be taken from when the sentence names none ("Gunmen killed 11 men in an attack
    blamed on the ADF, police said": the police told it, it did not fight). A speaker owning the act, or telling an act
    of its own (« a assuré avoir tué », "said they had killed"), is kept. Read once, held on ``ctx``."""
    if ctx.not_speaking is not None:
        return ctx.not_speaking
    speaking: set[int] = set()
    for cm in ctx.claims:
        verb = ctx.doc.char_span(cm.verb_start, cm.verb_end, alignment_mode="expand")
        if verb is None or ctx.m.owning(verb.root):
            continue
        if any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(k.dep_.startswith("nsubj") and k.pos_ == "PRON"
                                                                for k in c.children)) for c in verb.root.children):
            continue  # « les shebab ont assuré avoir tué », "said they had killed": the speaker tells its own act
        speaking |= cm.speaker_tokens
    ctx.not_speaking = [a for a in ctx.actors if a.tok_start not in speaking]
    return ctx.not_speaking


def _claim_words(ctx: Context, claims: list[ClaimMention]) -> set[int]:
    """The tokens of the claims' speakers and reporting verbs: who says it, not what it names."""
    out: set[int] = set()
    for cm in claims:
        out |= cm.speaker_tokens
        tok = ctx.doc.char_span(cm.verb_start, cm.verb_end, alignment_mode="expand")
        out.update(t.i for t in tok or ())
    return out


def _named_incident(ctx: Context, si: int, earlier: list[Incident], words_of: dict[str, tuple[set[str], set[str]]],
                    skip: set[int]) -> Incident | None:
    """The one incident of ``earlier`` that a claim's sentence names by more of its words than any
    other (its act, weapon, target or people hit, or its place in a phrase of place,
    :func:`_naming_words`, and each named armed side that is a party to it, but one a reporting verb
    accuses: "the government accused the rebels of every crime" names no act), outside the tokens
    ``skip`` (a claim's speaker and reporting verb: :func:`_claim_words`); among those named
    alike, a toll noun (``events_<lang>.TOLL_NOUNS``: "the toll", « ce bilan ») names the one with a
    toll. None when it names none or two alike."""
    sent = ctx.sents[si]
    toks = [t for t in sent if t.i not in skip and t.pos_ in _NAMING_POS and not t.is_stop and len(t.text) > 2]
    stems = {_stem(t) for t in toks}
    at = {_stem(t) for t in toks if _locative(t)}
    toll = any(t.lower_ in ctx.m.toll_nouns or t.lemma_.lower() in ctx.m.toll_nouns for t in toks)
    # the named armed sides the sentence speaks of ("Les combats entre l'armée et le M23"), its speaker
    # aside, and the side a reporting verb accuses ("accused the rebels of every crime"): who is blamed
    # names no act
    sides = {a.name for a in ctx.actors if a.armed and not a.generic and sent.start <= a.tok_start
             and a.tok_end <= sent.end and not skip & set(range(a.tok_start, a.tok_end))
             and not _accused_side(ctx, a)}
    scores = []
    for inc in earlier:
        if inc.id not in words_of:
            words_of[inc.id] = _naming_words(ctx, inc)
        told, place = words_of[inc.id]
        parties = {a.name for a in inc.actors if a.role in ("actor1", "actor2")}
        # the words first; a toll noun chooses only among incidents its words name alike
        scores.append((len(stems & told | at & place) + len(sides & parties),
                       int(toll and (inc.fatalities is not None or inc.injured is not None))))
    best = max(scores)
    if best == (0, 0) or scores.count(best) > 1:
        return None
    return earlier[scores.index(best)]


def _accused_side(ctx: Context, a) -> bool:
    """The actor mention is the object of a reporting verb ("accused the rebels", « accuse le M23 »)."""
    root = ctx.doc[a.tok_start:a.tok_end].root
    return root.dep_ in ("dobj", "obj") and ctx.m.reporting_entry(root.head) is not None


def _quantities(ctx: Context) -> list[Quantity]:
    out = []
    for si in range(len(ctx.sents)):
        sent_claims = [c for c in ctx.claims if c.sent_start == ctx.sents[si].start_char]
        named = next((c for c in sent_claims if c.speaker and not c.pronoun), None) or \
            (sent_claims[0] if sent_claims else None)
        for c in classify_quantities(ctx, si):
            if c.category != "other" or c.what is None or c.what in TAKEN_KINDS:
                continue  # (the people taken, held, missing or freed are the incident's: _people_taken_counts)
            q = c.quantity
            out.append(Quantity(what=c.what, value=q.value, speaker=named.speaker if named else None,
                                certainty=named.certainty if named else "asserted", doc_id=ctx.document.doc_id,
                                start=q.start, end=q.end, text=q.text))
    return out


def _figure_claim(ctx: Context, si: int, q) -> ClaimMention | None:
    """The claim of sentence ``si`` that tells figure ``q``: the one whose reporting verb is the nearest word
    above the figure ("Police said 12 people were abducted, but residents said more than 30 were kidnapped": each
    figure its speaker's), else the one told nearest it (« Selon la police, 12 personnes ont été enlevées »);
    None when the sentence has none."""
    sent_claims = [c for c in ctx.claims if c.sent_start == ctx.sents[si].start_char]
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if not sent_claims or span is None:
        return None
    above = [a.i for a in span.root.ancestors]
    verbs = {}
    for c in sent_claims:
        v = ctx.doc.char_span(c.verb_start, c.verb_end, alignment_mode="expand")
        if v is not None and v.root.i in above:
            verbs[above.index(v.root.i)] = c
    if verbs:
        return verbs[min(verbs)]
    return min(sent_claims, key=lambda c: min(abs(c.verb_start - q.end), abs(q.start - c.verb_end)))


def _people_taken_counts(ctx: Context, incidents: list[Incident], sents_of: dict[str, list[int]]) -> None:
    """The people an abduction took, an arrest held, an attack left missing or a release freed (figures
    :func:`_people_taken` reads): a ``Quantity`` of the incident told in the figure's sentence, else of the last
    one told before it, else of the first told after it, with the speaker of the claim that tells it
    (:func:`_figure_claim`): each source's figure is kept. A running total over a period ("More than 1,400 people
    were kidnapped across Nigeria in the first half of the year") is no act's."""
    if not incidents:
        return
    wm, _ = _aggregate_matcher(ctx.lang)
    first = {inc.id: min(sents_of.get(inc.id) or [len(ctx.sents)]) for inc in incidents}
    headline: dict[str, list[Quantity]] = {}  # the figures a headline line gives, by incident id
    for si in range(len(ctx.sents)):
        counts = [c for c in classify_quantities(ctx, si) if c.category == "other" and c.what in TAKEN_KINDS]
        if not counts:
            continue
        sent = ctx.sents[si]
        if wm is not None and wm(sent) or _running_total(ctx, sent):
            continue
        own = [i for i in incidents if si in sents_of.get(i.id, ())]
        before = [i for i in incidents if first[i.id] < si and not i.recalled]
        after = [i for i in incidents if first[i.id] > si]
        inc = own[0] if own else before[-1] if before else min(after, key=lambda i: first[i.id]) if after else None
        if inc is None:
            continue
        for c in counts:
            q = c.quantity
            if _tally_of_a_period(ctx, q):
                continue
            claim = _figure_claim(ctx, si, q)
            taken = Quantity(what=c.what, value=q.value, speaker=claim.speaker if claim else None,
                             certainty=claim.certainty if claim else "asserted", doc_id=ctx.document.doc_id,
                             start=q.start, end=q.end, text=q.text)
            if taken not in inc.quantities:
                inc.quantities.append(taken)
                inc.evidence.append(ctx.ev("quantities", q.start, q.end))
                if si == 0 and _headline_line(ctx, sent):
                    headline.setdefault(inc.id, []).append(taken)
    for inc in incidents:
        # "Gunmen abduct dozens in village raid" over a lead that says "at least 35": the headline's figure is the
        # lead's told short, not another source's; it stays when the story gives no figure of its kind
        gone = [q for q in headline.get(inc.id, ()) if any(
            o.what == q.what and o not in headline[inc.id] for o in inc.quantities)]
        if gone:
            inc.quantities = [q for q in inc.quantities if q not in gone]
            inc.evidence = [e for e in inc.evidence if not (e.field == "quantities" and any(
                e.start == q.start and e.end == q.end for q in gone))]
        _other_sources_taken(ctx, inc)


def _other_sources_taken(ctx: Context, inc: Incident) -> None:
    """Another source's figure of the people taken, held, missing or freed, unlike the figure told first ("Gunmen
    abducted 14 villagers, the mayor said. A rights group said 20 people had been kidnapped", « ... selon la police.
    Des habitants parlent de 30 personnes enlevées »): both figures stay the incident's quantities, each with its
    speaker, and the claim of that other source disputes, as another source's toll of the dead does
    (:func:`_attach_follow_up_claims`). The same figure told again, or a figure of a source already heard, disputes
    nothing."""
    seen: dict[str, list[Quantity]] = {}
    for q in sorted(inc.quantities, key=lambda q: q.start):
        if q.what not in TAKEN_KINDS or q.doc_id != ctx.document.doc_id:
            continue
        earlier = seen.setdefault(q.what, [])
        if earlier and q.speaker and all(o.speaker != q.speaker for o in earlier) \
                and all(o.value != q.value for o in earlier) \
                and all(ctx.sent_of_char(o.start) != ctx.sent_of_char(q.start) for o in earlier):
            for c in inc.claims:
                if c.speaker == q.speaker and c.start <= q.start < c.end and c.doc_id == q.doc_id:
                    c.stance = "disputes"
        earlier.append(q)
