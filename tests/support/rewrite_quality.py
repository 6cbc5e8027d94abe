"""Measure rewrite quality: fill the placeholders, check again, compare the words.

A rewrite is good when, after a writer fills its placeholders with plausible values, the goal
passes every SMART criterion the original failed, and it still says what the writer wrote
(every content word of the original is still there, except the words the checker flagged:
vague outcome verbs, hedges, modals, absolutes, an imposition ("it is expected"), and time
words that became a date).

Run ``python benchmarks/accuracy_rewrites.py [-v] [--by-source] [goals.jsonl|goals.yaml ...]``
(``--by-source``: one line per ``source_url`` of a JSONL file); without arguments it reads
``../shared/data/goals-dev.jsonl`` (if present) and ``tests/rewrite/goals.yaml``.
The filler values live here, not in the rule packs: they stand in for a writer, not for
smartcheck.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml
from spacy.tokens import Doc

from smartcheck.checker import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.aims import joiner_spans
from smartcheck.fixing.rewrite.asked_means import undecided_spans
from smartcheck.fixing.rewrite.asked_possible import possibility_spans
from smartcheck.fixing.rewrite.asked_steps import asked_step_spans
from smartcheck.fixing.rewrite.asked_times import approximator_spans
from smartcheck.fixing.rewrite.bare_topics import work_on_spans
from smartcheck.fixing.rewrite.benefits import benefit_spans
from smartcheck.fixing.rewrite.chat_tags import chat_spelling_spans, chat_tag_spans
from smartcheck.fixing.rewrite.closing_absolutes import stress_spans
from smartcheck.fixing.rewrite.comments import comment_spans
from smartcheck.fixing.rewrite.concluded import conclusion_spans
from smartcheck.fixing.rewrite.conditions import condition_spans
from smartcheck.fixing.rewrite.consequences import consequence_spans
from smartcheck.fixing.rewrite.context import past_dropped
from smartcheck.fixing.rewrite.coordinated import part_seams
from smartcheck.fixing.rewrite.counted import both_spans, count_label_spans
from smartcheck.fixing.rewrite.difficulties import difficulty_spans
from smartcheck.fixing.rewrite.doubted_times import doubted_time_spans
from smartcheck.fixing.rewrite.dropped import opening_span
from smartcheck.fixing.rewrite.effort_remarks import effort_remark_spans
from smartcheck.fixing.rewrite.excess_flaws import excess_spans
from smartcheck.fixing.rewrite.first_steps import first_step_spans
from smartcheck.fixing.rewrite.forms import form_label_spans
from smartcheck.fixing.rewrite.guess_tags import guess_tag_spans
from smartcheck.fixing.rewrite.hedged_steps import asking_plan_spans
from smartcheck.fixing.rewrite.hedging import hedge_spans
from smartcheck.fixing.rewrite.how_means import how_doubt_spans
from smartcheck.fixing.rewrite.imposed_reason import imposed_spans
from smartcheck.fixing.rewrite.interest_course import interest_spans
from smartcheck.fixing.rewrite.lacking_states import lacking_spans
from smartcheck.fixing.rewrite.means import label_spans, left_out_spans
from smartcheck.fixing.rewrite.needed_haves import need_spans
from smartcheck.fixing.rewrite.offered_acts import offer_spans
from smartcheck.fixing.rewrite.offered_alone import lone_offer_spans
from smartcheck.fixing.rewrite.offered_things import offered_thing_spans
from smartcheck.fixing.rewrite.plan import failed
from smartcheck.fixing.rewrite.preconditions import precondition_spans
from smartcheck.fixing.rewrite.remarks import dropped_remark_spans
from smartcheck.fixing.rewrite.reservations import reservation_spans
from smartcheck.fixing.rewrite.reserved import reserved_spans
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.seams.kept_words import judged_credit
from smartcheck.fixing.rewrite.situation import contrast_joint_spans
from smartcheck.fixing.rewrite.stance_cut import stance_spans
from smartcheck.fixing.rewrite.step_cuts import tail_spans
from smartcheck.fixing.rewrite.stopped_habits import habit_stop_spans
from smartcheck.fixing.rewrite.style import RewriteStyle, style_for
from smartcheck.fixing.rewrite.suggested_courses import agreement_spans
from smartcheck.fixing.rewrite.taken_on import claim_spans
from smartcheck.fixing.rewrite.time_tails import time_tail_spans
from smartcheck.fixing.rewrite.timing_doubts import timing_doubt_spans
from smartcheck.fixing.rewrite.to_discuss import discussion_spans
from smartcheck.fixing.rewrite.trailing_wishes import trailing_wish_spans
from smartcheck.fixing.rewrite.vague_topics import vague_topic_spans
from smartcheck.fixing.rewrite.viewed_reason import viewed_reason_spans
from smartcheck.fixing.rewrite.voices.request_nouns import request_spans
from smartcheck.fixing.rewrite.words import gerund_bases, words_of
from smartcheck.fixing.rewrite.zero_pairs import zero_pair_spans
from smartcheck.reading.anatomy.infinitives import form_infinitives, stem_infinitives
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import own_spans
from smartcheck.reading.pipeline import known_word, lemma_of
from smartcheck.reading.timex.numbers import number_words
from smartcheck.reporting.report import GoalReport
from tests.support.paths import checkout_path

REFERENCE_DATE = date(2026, 11, 23)
REPO = checkout_path()
DEV_SET = REPO.parent / "shared" / "data" / "goals-dev.jsonl"
OWN_SET = REPO / "tests" / "rewrite" / "goals.yaml"

#: Plausible values a writer might put in each placeholder (by placeholder kind).
FILLERS: dict[str, dict[str, str]] = {
    "nl": {
        "date": "1 juni 2027",
        "behaviour": "zelfstandig een maandrapport maken",
        "measure": "een beoordelingsrapport van mijn leidinggevende",
        "current_number": "2",
        "target_number": "5",
        "number": "2",
        "support": "mijn leidinggevende",
        "level": "een goede",
    },
    "en": {
        "date": "1 June 2027",
        "behaviour": "produce a monthly report on my own",
        "measure": "an assessment report from my manager",
        "current_number": "2",
        "target_number": "5",
        "number": "2",
        "support": "my manager",
        "level": "a good",
    },
}
#: Lexicon keys whose words a rewrite may leave out (they are what the checker flagged).
REPLACEABLE = (
    "vague_outcome",
    "hedges",
    "modal_verbs",
    "absolutes",
    "superlatives",
    "obligation_from_outside",  # the imposition the writer's own part replaces (A002)
    "difficulties",  # the problem named, which the goal of getting better replaces
)


def fill(text: str, style: RewriteStyle, lang: str) -> str:
    """``text`` with every placeholder replaced by its filler value."""
    values = FILLERS[lang]
    for kind, label in style.placeholders.model_dump().items():
        text = text.replace(label, values[kind])
    return text


def judged(report: GoalReport, checker: Checker) -> Goal:
    """The goal as the checker judged it: the text after a list marker or label ("Doel 3:",
    "Goal 1 -"), which is not the writer's goal, with spans and Doc that agree. A report's
    goal has its spans moved back into the text as written, but its Doc is of the judged
    text, so the two cannot be compared."""
    text = checker.surface(report.goal.text, report.lang).text
    return checker.parse(text, lang=report.lang, reference_date=REFERENCE_DATE)


def content_words(report: GoalReport, checker: Checker, goal: Goal | None = None) -> dict[str, str]:
    """Lower-case content words of the goal that a rewrite must keep, each with its lemma
    (a rewrite may inflect the writer's verb: 'doe' -> 'doen')."""
    goal = goal or judged(report, checker)  # parsed once by the caller that has it
    ctx = checker.context(goal.lang)
    style = style_for(ctx.pack)
    free: list[tuple[int, int]] = [(e.start, e.end) for e in goal.deadlines]
    for key in REPLACEABLE:
        # a gapped entry ('handle & better') frees its own words, never the gap's
        free += [s for m in ctx.find(goal, key) for s in own_spans(m, goal.doc)]
    free += hedge_spans(goal, ctx)  # a conditional hedge goes with its clause ('if I can ...')
    if style is not None:  # 'sometime next year': the committed time replaces the approximator
        free += approximator_spans(goal, style)
    if style is not None:  # a difficulty named, and the tail that refers back to it
        free += difficulty_spans(goal, ctx, style)
        free += lacking_spans(goal, ctx, style)  # 'My X is not good enough yet': the state wished
        free += comment_spans(goal, style)  # 'Ik denk dat dat wel lukt.': no goal, it goes
        free += undecided_spans(goal, style)  # 'Moet er nog over nadenken.': no goal, it goes
        free += first_step_spans(goal, style)  # '... For now I want to X': the opener goes
        free += precondition_spans(goal, ctx, style)  # ', maar eerst moet ik X': X, zodat ...
        free += stance_spans(goal, style)  # a stance on another's wish: it goes
        free += imposed_spans(goal, style)  # 'want dat moet van X': X's request now
        free += viewed_reason_spans(goal, ctx, style)  # 'omdat X vindt dat': X's view, credited
        free += condition_spans(goal, style)  # 'Leuk, maar ik heb ... nodig': the condition alone
        free += discussion_spans(goal, ctx, style)  # 'Moet ik nog met X bespreken': X agrees
        free += possibility_spans(goal, style)  # 'Is het mogelijk om X?': X, committed
        free += asked_step_spans(goal, ctx, style)  # 'Is there budget for me to X?': X, agreed
        free += asking_plan_spans(goal, style)  # 'Will ask if I can sit with X': agreed with X
        free += reservation_spans(goal, ctx, style)  # '... maar weet niet of': the contrast
        joined = ctx.pack.words("coordinators")
        free += reserved_spans(goal.text, style, joined)  # 'X wil dat ik Y, maar ...'
        free += work_on_spans(goal, ctx, style)  # 'Presenteren - moet ik aan werken': it goes
        free += opening_span(goal, style)  # 'Keen to ...': the commitment replaces it
        free += joiner_spans(goal, style)  # '..., dus ik ...': the aim's purpose frame replaces it
        free += claim_spans(goal, style)  # '..., en dat word ik': the own part names the owner
        free += interest_spans(goal, ctx)  # 'X, interesse in een cursus': the course asked
        free += tail_spans(goal, style)  # '..., dus misschien eerst X?': the remark, then X
        free += doubted_time_spans(goal, ctx, style)  # '..., so maybe not this year'
        free += benefit_spans(goal, ctx, style)  # 'Ik denk dat ik daar veel van leer': a purpose
        free += consequence_spans(goal, style)  # 'Dan kan ik X': '..., zodat ik X kan'
        free += timing_doubt_spans(goal, ctx, style)  # 'Misschien is dat pas volgend jaar ...'
        free += how_doubt_spans(goal, style)  # 'Not sure how, visiting X maybe?': X committed
        free += past_dropped(goal, ctx, style)  # 'Volgende stap:', 'Nu': they go
        # a means told after the goal: its opener and the writer's modal go ('Hiervoor wil ik')
        free += left_out_spans(goal, style, frozenset(ctx.pack.words("predicative_markers")))
        free += label_spans(goal, style, frozenset(ctx.pack.words("goal_labels")))  # 'Doel:'
        free += conclusion_spans(goal, ctx.pack.words("conclusion_labels"))  # '... Dus:'
        free += form_label_spans(goal.text, style)  # a form's labels: 'Wanneer:', 'Why:'
        free += count_label_spans(goal.text, style, number_words(ctx.pack.time))  # 'Two things:'
        joiners = frozenset(w.lower() for w in ctx.pack.words("coordinators"))
        free += both_spans(words_of(goal), style, joiners)  # 'X and Y, learn both'
        free += habit_stop_spans(goal, style)  # '... and that has to stop': the bound says it
        free += stress_spans(goal, ctx, style)  # '... No mistakes EVER.': folded and bounded
        free += zero_pair_spans(goal, style)  # 'Geen X meer': 'hoogstens [aantal] X'
        # 'Mee eens, maar dat ...', '... lastig, dus ik ga het proberen': they go
        free += dropped_remark_spans(goal, ctx, style)
        free += request_spans(goal, ctx, style)  # 'Vanuit X kwam de vraag of ik': X credited
        free += guess_tag_spans(goal.text, style)  # '... I guess': read without the tag
        free += effort_remark_spans(goal.text, style)  # '... I'm trying.': it goes
        free += chat_tag_spans(goal.text, style)  # '... tbh', 'lol': read without the aside
        free += [(a, b) for a, b, _ in chat_spelling_spans(goal.text, style)]  # 'wanna'
        free += vague_topic_spans(goal, style)  # 'Iets met X': the wish to learn about X
        free += offer_spans(goal, style)  # 'Ik kan daarbij helpen': 'ga ik helpen, zodat ...'
        free += lone_offer_spans(goal.text, style)  # 'Maybe I could X': 'I want to X'
        free += offered_thing_spans(goal, style)  # 'Er moet X komen. Kan ik die opzetten?'
        negations = frozenset(ctx.pack.words("negations"))
        free += trailing_wish_spans(goal, style, negations)  # ', wil ik echt': committed
        free += contrast_joint_spans(goal, style)  # '..., maar wil ik': the joint goes
        free += excess_spans(goal, style)  # 'te veel': its reduction replaces it
        free += need_spans(goal, style)  # 'heeft X nodig': 'zorg ik ervoor dat ... X heeft'
        free += time_tail_spans(goal, style)  # '... or so': it goes with the time dated
        particles = frozenset(ctx.pack.words("separable_particles"))
        free += agreement_spans(goal, style, particles)  # 'X raadt Y aan. Lijkt me leuk': Y
    for frame in style.impersonal_frames if style is not None else ():
        # 'Het is belangrijk dat ...' gives way to the writer's own part, as a duty does
        opening = re.match(rf"\s*{re.escape(frame)}\b", goal.text, flags=re.IGNORECASE)
        free += [opening.span()] if opening else []
    if Criterion.M in failed(report):
        free += [s for m in ctx.find(goal, "comparatives") for s in own_spans(m, goal.doc)]
    closed = set(ctx.pack.function_words)
    # a number word is a number ('negen uur' -> 'hoogstens [aantal] uur'), as digits are
    closed |= set(number_words(ctx.pack.time))
    if style is not None:
        closed |= style.determiners | style.prepositions | set(style.subjects)
        closed |= {w for p in style.cluster_drop for w in p.lower().split()}
        closed |= {w for p in style.intensifiers for w in p.lower().split()}  # 'really like'
        closed |= {w for p in style.goal_frames for w in p.lower().split()}  # 'my goal is to'
        closed |= set(style.weak_finite)
        closed |= set(style.second_person)  # quoted advice told by the writer: 'je' -> 'ik'
        closed |= {w for p in style.means_examples for w in p.lower().split()}  # 'for example'
        # the opener of an example step ('bijv.', 'e.g.'): the step is the goal (example_steps)
        closed |= {w for p in style.example_openers for w in p.lower().replace(".", " ").split()}
        # effort promised instead of a result ('mijn best doen om'): the commitment replaces it
        closed |= {w for p in style.effort_hedges for w in p.lower().split()}
        # what a welcome means would be ('would be great'): the means is asked for instead
        closed |= {w for p in style.welcome_predicates for w in p.lower().split()}
    lemmas = {t.idx: t.lemma_.lower() for t in goal.doc or ()}
    words: dict[str, str] = {}
    for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", goal.text):
        if any(a <= m.start() < b for a, b in free):
            continue
        if m.start() and goal.text[m.start() - 1] in "'\u2019":
            continue  # a clitic ("I've", "we're", "'t") is no content word
        word = m.group().lower()
        if word not in closed and len(word) > 1:
            words[word] = lemmas.get(m.start(), word)
    return words


def advised_opinions(filled: str, style: RewriteStyle) -> set[str]:
    """The other's verb of opinion, told by the advice credit ('Mijn teamleider vindt dat ik
    ...' -> '..., zoals mijn teamleider adviseert'; ``frames.as_judged``): its lemmas count as
    kept when the filled rewrite holds that credit after a comma."""
    return set(style.credited_opinions) if judged_credit(filled, style) else set()


def finite_infinitives(doc: Doc) -> set[str]:
    """The infinitives a Dutch finite verb of ``doc`` may have that the dictionary knows: the
    writer's 'staan' made 'staat' is kept, when the lemmatizer took 'staat' for the noun."""
    if doc.lang_ != "nl":
        return set()
    finite = (t for t in doc if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []))
    return {i for t in finite for i in form_infinitives(t.lower_) if known_word(i, lang="nl")}


def lost(words: dict[str, str], new_words: set[str]) -> tuple[str, ...]:
    """The writer's words a rewrite no longer holds, in any form (a Dutch imperative's stem
    in its infinitive too: 'Werk' -> 'werken'; an English gerund as its verb: 'drawing' ->
    'draw')."""
    return tuple(
        sorted(
            w
            for w, lemma in words.items()
            if not ({w, lemma, *stem_infinitives(w), *gerund_bases(w)} & new_words)
        )
    )


def negations_lost(goal: Goal, rewritten: Sequence[str], checker: Checker) -> bool:
    """The rewrite says 'not' fewer times than the writer did. A negation inside an absolute
    ('never late again', 'geen enkele fout') may become a bound instead: a number in the
    filled rewrite ('at most 2 times'), never nothing ('make sure that deployments fail')."""
    ctx = checker.context(goal.lang)
    negations = {w.lower() for w in ctx.pack.words("negations")}
    absolute = [(m.start, m.end) for m in ctx.find(goal, "absolutes")]
    style = style_for(ctx.pack)
    absolute += zero_pair_spans(goal, style) if style is not None else []  # 'Geen X meer'
    named = difficulty_spans(goal, ctx, style) if style is not None else []
    named += lacking_spans(goal, ctx, style) if style is not None else []  # 'nog niet goed'
    named += form_label_spans(goal.text, style) if style is not None else []  # 'nog niet bekend'
    named += claim_spans(goal, style) if style is not None else []  # 'no deadline yet'
    named += stance_spans(goal, style) if style is not None else []  # 'Ik vind van niet.'
    named += doubted_time_spans(goal, ctx, style) if style is not None else []  # 'not this year'
    # 'maar ik weet niet of ik dat dit jaar kan': the doubt of the time goes, the date asked
    named += timing_doubt_spans(goal, ctx, style) if style is not None else []
    named += how_doubt_spans(goal, style) if style is not None else []  # 'Not sure how, X?'
    said = bounded = 0
    for m in re.finditer(r"[^\W\d_]+", goal.text):
        if m.group().lower() in negations and not any(a <= m.start() < b for a, b in named):
            inside = any(a <= m.start() < b for a, b in absolute)
            bounded += inside
            said += not inside
    kept = sum(w.lower() in negations for p in rewritten for w in re.findall(r"[^\W\d_]+", p))
    if bounded and not kept and not any(re.search(r"\d", p) for p in rewritten):
        return True
    return said > kept


def particles_of(checker: Checker, lang: str, style: RewriteStyle) -> list[str]:
    """Words a Dutch verb takes onto its front: separable particles, and directions the
    dictionary writes with their verb ('omhooggaat' holds the writer's 'omhoog')."""
    return [*checker.pack(lang).words("separable_particles"), *style.direction_words]


def joined_lemmas(forms: set[str], lang: str) -> set[str]:
    """The forms and their lemmas: 'afrondt' holds 'rondt', which is the writer's 'ronden'."""
    return forms | {lemma_of(f, lang).lower() for f in forms}


def separable_forms(text: str, particles: Iterable[str]) -> set[str]:
    """The writer's separable verb in the form a Dutch clause needs is still that verb: split
    by 'te' ('uit te breiden' is 'uitbreiden') or joined in a subordinate clause ('inlevert'
    holds 'levert')."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    found: set[str] = set()
    for n, word in enumerate(words):
        for particle in particles:
            if word.startswith(particle) and len(word) - len(particle) >= 3:
                found.add(word[len(particle) :])
                found.add(particle)  # 'afronden' keeps the writer's 'af' of 'af te ronden'
            if word == particle and words[n + 1 : n + 2] == ["te"] and n + 2 < len(words):
                found.add(particle + words[n + 2])
    return found


@dataclass(frozen=True)
class Outcome:
    """The quality verdict on one failing goal."""

    lang: str
    text: str
    failed: tuple[str, ...]
    rewrite: str | None
    filled: str | None
    still_failing: tuple[str, ...]
    missing: tuple[str, ...]
    seams: tuple[str, ...] = ()
    structured: bool = False
    source: str = ""

    @property
    def ok(self) -> bool:
        return (
            self.rewrite is not None
            and not self.structured
            and not self.still_failing
            and not self.missing
            and not self.seams
        )


def evaluate_goal(checker: Checker, text: str, lang: str, source: str = "") -> Outcome | None:
    """The outcome for one goal; None when the goal already passes (nothing to rewrite)."""
    report = checker.check(text, lang=lang, reference_date=REFERENCE_DATE)
    if report.is_smart:
        return None
    bad = failed(report)
    names = tuple(sorted(c.value for c in bad))
    if report.rewrite is None:
        return Outcome(lang, text, names, None, None, names, (), source=source)
    style = style_for(checker.pack(report.lang))
    assert style is not None
    if report.split:
        return split_outcome(checker, report, style, (text, names), source)
    filled = fill(report.rewrite, style, report.lang)
    again = checker.check(filled, lang=report.lang, reference_date=REFERENCE_DATE)
    still = tuple(sorted(c.value for c in bad if not again.criteria[c].passed))
    new_words = {w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", filled)}
    new_words |= joined_lemmas(
        separable_forms(filled, particles_of(checker, report.lang, style)), report.lang
    )
    if again.goal.doc is not None:  # a verb made finite ('reageert') is the writer's 'reageren'
        new_words |= {t.lemma_.lower() for t in again.goal.doc}
        new_words |= finite_infinitives(again.goal.doc)
    new_words |= advised_opinions(filled, style)
    goal = judged(report, checker)
    missing = lost(content_words(report, checker, goal), new_words)
    ctx = checker.context(report.lang)
    structured = report.structured_rewrite is not None
    seams = (
        ()
        if structured
        else tuple(f"{s.kind}: {s.detail}" for s in find_seams(report.rewrite, goal, ctx, style))
    )
    if not structured and negations_lost(goal, [filled], checker):
        seams += ("lost_negation: the rewrite drops a negation of the goal",)
    return Outcome(
        lang, text, names, report.rewrite, filled, still, missing, seams, structured, source
    )


def split_outcome(
    checker: Checker,
    report: GoalReport,
    style: RewriteStyle,
    failing: tuple[str, tuple[str, ...]],
    source: str,
) -> Outcome:
    """A text split into one rewrite per goal is judged part by part: each part, filled, must
    pass every criterion the original failed (the packing itself, S004/R004, does not fire on
    a part that holds one goal, so the split is what fixes it), the parts together keep the
    writer's content words and negations, and no part has a seam. A part's seams are found
    against the original goal, leaving out only what a part lacks by being a part (the other
    goals' words and negations, counted over all parts instead) and the form of the writer's
    own sentence (coordinated.part_seams). The words that joined the goals (the pack's
    coordinators and subordinators: "and also", "while") belong to no part, and a verb the
    split gave the lead's form ("while also *starting*" -> "I will *start*") is kept when its
    lemma is. A part that is a structured fallback is a miss, as a whole goal's would be."""
    text, names = failing
    bad = failed(report)
    ctx = checker.context(report.lang)
    still: set[str] = set()
    seams: list[str] = []
    new_words: set[str] = set()
    filled_parts = []
    particles = particles_of(checker, report.lang, style)
    labels = [f"{label}: " for label in style.fields.values()]
    structured = any(label in part for part in report.split for label in labels)
    goal = judged(report, checker)
    for part in report.split:
        filled = fill(part, style, report.lang)
        filled_parts.append(filled)
        again = checker.check(filled, lang=report.lang, reference_date=REFERENCE_DATE)
        still |= {c.value for c in bad if not again.criteria[c].passed}
        new_words |= {t.lemma_.lower() for t in again.goal.doc or ()}
        new_words |= finite_infinitives(again.goal.doc) if again.goal.doc is not None else set()
        new_words |= {w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", filled)}
        new_words |= joined_lemmas(separable_forms(filled, particles), report.lang)
        new_words |= advised_opinions(filled, style)
        if not any(label in part for label in labels):  # a fallback is a miss already
            seams += [f"{s.kind}: {s.detail}" for s in part_seams(part, goal, ctx)]
    if negations_lost(goal, filled_parts, checker):
        seams.append("lost_negation: a negation of the goal is in no part")
    pack = checker.pack(report.lang)
    joins = {w.lower() for k in ("coordinators", "subordinators") for w in pack.words(k)}
    missing = tuple(
        w for w in lost(content_words(report, checker, goal), new_words) if w not in joins
    )
    return Outcome(
        report.lang,
        text,
        names,
        report.rewrite,
        "\n".join(filled_parts),
        tuple(sorted(still)),
        missing,
        tuple(seams),
        structured,
        source,
    )


def load_goals(path: Path) -> list[tuple[str, str]]:
    """(lang, text) pairs from a goals JSONL file or a YAML fixture file."""
    return [(lang, text) for lang, text, _ in load_sourced(path)]


def load_sourced(path: Path) -> list[tuple[str, str, str]]:
    """(lang, text, source) triples; the source is a JSONL row's ``source_url`` (else the file)."""
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        return [(r["lang"], r["text"], r.get("source_url") or path.name) for r in rows]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(lang, text, path.name) for lang, texts in data["goals"].items() for text in texts]


def evaluate(
    checker: Checker, goals: Iterable[tuple[str, str] | tuple[str, str, str]]
) -> list[Outcome]:
    """Outcomes of every failing goal in ``goals`` ((lang, text) or (lang, text, source))."""
    outcomes = [evaluate_goal(checker, g[1], g[0], g[2] if len(g) > 2 else "") for g in goals]
    return [o for o in outcomes if o is not None]


def by_source(outcomes: Sequence[Outcome]) -> list[str]:
    """One line per source: rewritten well / failing goals from it, worst share first."""
    sources = sorted({o.source for o in outcomes})
    counts = [
        (sum(o.ok for o in outcomes if o.source == s), sum(o.source == s for o in outcomes), s)
        for s in sources
    ]
    counts.sort(key=lambda c: (c[0] / c[1], c[2]))
    return [f"    {good}/{total}  {source}" for good, total, source in counts]


def summary(name: str, outcomes: Sequence[Outcome]) -> str:
    good = sum(o.ok for o in outcomes)
    total = len(outcomes)
    share = good / total if total else 1.0
    per_lang = ", ".join(
        f"{lang} {sum(o.ok for o in outcomes if o.lang == lang)}/"
        f"{sum(o.lang == lang for o in outcomes)}"
        for lang in ("nl", "en")
    )
    return f"{name}: {good}/{total} failing goals rewritten well ({share:.1%}; {per_lang})"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    sourced = "--by-source" in args
    flags = {"-v", "--by-source"}
    paths = [Path(a) for a in args if a not in flags]
    paths = paths or [p for p in (DEV_SET, OWN_SET) if p.exists()]
    checker = Checker()
    for path in paths:
        outcomes = evaluate(checker, load_sourced(path))
        print(summary(path.name, outcomes))
        if sourced:
            print(
                "\n".join(["  by source (rewritten well / failing goals):", *by_source(outcomes)])
            )
        for o in outcomes:
            if verbose or not o.ok:
                mark = "ok  " if o.ok else "MISS"
                shown = (o.rewrite or "").replace("\n", "\n          ")  # a split: one per line
                print(f"  {mark} [{o.lang}] {o.text}\n       -> {shown}")
                if not o.ok:
                    print(f"       still failing {list(o.still_failing)}, lost {list(o.missing)}")
                    if o.seams or o.structured:
                        print(f"       seams {list(o.seams)}, structured fallback {o.structured}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
