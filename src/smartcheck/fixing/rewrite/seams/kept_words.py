"""Words the rewrite must keep: the writer's content words, negations and modals.

A rewrite may drop only what it replaces on purpose (vague outcomes, hedges, absolutes, time
words). A negation or a duty that goes missing changes what the goal says; a lost content
word is the writer's meaning gone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.aims import aim_served, joiner_spans
from smartcheck.fixing.rewrite.asides import means_aside
from smartcheck.fixing.rewrite.asked_choices import choice_asking_spans
from smartcheck.fixing.rewrite.asked_means import asked_spans
from smartcheck.fixing.rewrite.asked_steps import asked_step_spans
from smartcheck.fixing.rewrite.asked_times import approximator_spans
from smartcheck.fixing.rewrite.bare_topics import work_on_spans
from smartcheck.fixing.rewrite.benefits import benefit_spans
from smartcheck.fixing.rewrite.chat_tags import chat_spelling_spans, chat_tag_spans
from smartcheck.fixing.rewrite.closing_absolutes import stress_spans
from smartcheck.fixing.rewrite.comments import comment_spans
from smartcheck.fixing.rewrite.compiled import compiled
from smartcheck.fixing.rewrite.concluded import conclusion_spans
from smartcheck.fixing.rewrite.conditions import condition_spans
from smartcheck.fixing.rewrite.consequences import consequence_spans
from smartcheck.fixing.rewrite.context import past_dropped
from smartcheck.fixing.rewrite.counted import both_spans, count_label_spans
from smartcheck.fixing.rewrite.decided_nouns import decided_spans
from smartcheck.fixing.rewrite.difficulties import difficulty_spans
from smartcheck.fixing.rewrite.doubted_times import doubted_time_spans
from smartcheck.fixing.rewrite.dropped import opening_span
from smartcheck.fixing.rewrite.effort_remarks import effort_remark_spans
from smartcheck.fixing.rewrite.excess_flaws import excess_spans
from smartcheck.fixing.rewrite.first_steps import first_step_spans
from smartcheck.fixing.rewrite.forms import form_label_spans
from smartcheck.fixing.rewrite.guard import weighed_spans
from smartcheck.fixing.rewrite.guess_tags import guess_tag_spans
from smartcheck.fixing.rewrite.hedging import hedge_spans
from smartcheck.fixing.rewrite.how_means import how_doubt_spans
from smartcheck.fixing.rewrite.imposed_reason import imposed_spans
from smartcheck.fixing.rewrite.interest_course import interest_spans
from smartcheck.fixing.rewrite.lacking_states import lacking_spans
from smartcheck.fixing.rewrite.means import label_spans, left_out_spans
from smartcheck.fixing.rewrite.needed_haves import had_words
from smartcheck.fixing.rewrite.nice_to_haves import nice_to_have
from smartcheck.fixing.rewrite.offered_acts import offer_spans
from smartcheck.fixing.rewrite.offered_alone import lone_offer_spans
from smartcheck.fixing.rewrite.offered_things import offered_thing_spans
from smartcheck.fixing.rewrite.preconditions import precondition_spans
from smartcheck.fixing.rewrite.remarks import dropped_remark_spans
from smartcheck.fixing.rewrite.reservations import reservation_spans
from smartcheck.fixing.rewrite.reserved import reserved_spans
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.per_goal import once_per_goal
from smartcheck.fixing.rewrite.seams.phrases import frame_words, gapped
from smartcheck.fixing.rewrite.situation import contrast_joint_spans
from smartcheck.fixing.rewrite.stance_cut import stance_spans
from smartcheck.fixing.rewrite.step_cuts import tail_spans
from smartcheck.fixing.rewrite.stopped_habits import habit_stop_spans
from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.taken_on import claim_spans
from smartcheck.fixing.rewrite.timing_doubts import timing_doubt_spans
from smartcheck.fixing.rewrite.to_discuss import discussion_spans
from smartcheck.fixing.rewrite.told_problems import unknown_cause_spans
from smartcheck.fixing.rewrite.trailing_wishes import trailing_wish_spans
from smartcheck.fixing.rewrite.vague import vague_outcomes
from smartcheck.fixing.rewrite.vague_topics import vague_topic_spans
from smartcheck.fixing.rewrite.viewed_reason import viewed_reason_spans
from smartcheck.fixing.rewrite.welcome_wishes import asked_instead
from smartcheck.fixing.rewrite.words import gerund_bases, words_of
from smartcheck.fixing.rewrite.zero_pairs import zero_pair_spans
from smartcheck.judging.features.absolutes import (
    before_reason,
    situations_after,
    undenied,
    unquit,
)
from smartcheck.reading.anatomy.infinitives import stem_infinitives
from smartcheck.reading.lexicon import own_spans
from smartcheck.reading.timex.numbers import number_words

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: A character span of the goal's text.
Span = tuple[int, int]


def zero_compared(
    candidate: str,
    doc: Doc,
    ctx: RuleContext,
    style: RewriteStyle,
    told: frozenset[int] = frozenset(),
) -> list[Seam]:
    """An absolute kept beside the from-to frame ('geen enkele storing meer ..., van [huidig
    aantal] naar [streefaantal]'): the comparison counts down to a target the absolute says
    is nothing. Not one in the situation told beside the goal (``told``: its tokens, kept
    verbatim; 'Nu zeg ik bijna nooit iets.'): that is how it is. Nor one a negation denies
    ('so I don't need the sat nav all the time'). Nor one in another sentence than the
    comparison's: 'Vóór [datum] ga ik meer delegeren, van ... naar .... Nu doe ik alles
    zelf.' keeps how it is beside the goal, not in it."""
    ph = style.placeholders
    if ph.current_number not in candidate or ph.target_number not in candidate:
        return []
    first, last = _compared_sentence(candidate, doc.text, style)
    matches = ctx.matches(doc)  # not in the reason ('... because I always ...'): how it is
    kept = before_reason(matches.get("absolutes"), matches.get("reason_markers"))
    kept = [m for m in undenied(doc, ctx, kept) if m.token_start not in told]
    kept = situations_after(doc, ctx, kept)  # '... It is always too high.': how it is
    kept = unquit(doc.text, matches.get("quitting"), kept)  # '... instead of doing all'
    found = [doc.text[m.start : m.end] for m in kept if first <= m.start < last]
    for phrase in style.zero_targets:
        hit = re.search(gapped(phrase), doc.text[first:last], flags=re.IGNORECASE)
        if hit:
            found.append(hit.group(0))
    if found:
        return [Seam("contradiction", f"{found[0]!r} beside a from-to comparison", ("zero",))]
    return []


def _compared_sentence(candidate: str, text: str, style: RewriteStyle) -> tuple[int, int]:
    """The span in ``text`` (the candidate filled in) of the sentence that holds the
    candidate's from-to comparison; the whole text when the filling changed how many
    sentences there are."""
    at = candidate.find(style.placeholders.current_number)
    own = sentence_ends(candidate, style.abbreviations)
    ends = [0, *sentence_ends(text, style.abbreviations), len(text)]
    if len(ends) != len(own) + 2:
        return 0, len(text)
    n = sum(1 for end in own if end <= at)
    return ends[n], ends[n + 1]


def unbounded_never(
    candidate: str, doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """An absolute with a negation ('never ... again', 'geen enkele fout') may become a
    bound ('at most [number] times'), never nothing: 'Our deployments should never fail
    again' -> 'make sure that our deployments fail' says the opposite."""
    original = goal.doc
    if original is None:
        return []
    negations = {w.lower() for w in ctx.pack.words("negations")}
    absolute = [(m.start, m.end) for m in ctx.find(goal, "absolutes")]
    negated = any(
        t.lower_ in negations and any(a <= t.idx < b for a, b in absolute) for t in original
    )
    if not negated or any(t.lower_ in negations for t in doc):
        return []
    marks = style.placeholders
    bounds = (marks.number, marks.current_number, marks.target_number)
    if any(b in candidate for b in bounds):
        return []
    return [Seam("lost_negation", "a negated absolute went without a bound")]


def kept_words(
    doc: Doc,
    goal: Goal,
    ctx: RuleContext,
    style: RewriteStyle,
    asks_number: bool = False,
    asks_behaviour: bool = False,
) -> list[Seam]:
    seams: list[Seam] = []
    original = goal.doc
    if original is None:
        return seams
    negations = ctx.pack.words("negations")

    def negation_count(tokens: list[Token]) -> int:
        return sum(t.lower_ in negations or t.lower_ == "n't" for t in tokens)

    kept_at = once_per_goal("kept", goal, (ctx.pack, style), lambda: _kept_at(goal, ctx, style))
    free = [original[i] for i in kept_at]
    if negation_count(free) > negation_count(list(doc)):
        seams.append(Seam("lost_negation", "a negation of the goal is gone"))
    seams += _lost_words(doc, goal, ctx, style, asks_number)
    kept = style.kept_modals
    frame = " ".join(frame_words(style.frames.own_part)[-2:])  # 'ervoor dat', 'sure that'
    that = frame.split()[-1:]
    seeing = [f"{e.lower()} {that[0]}" for e in style.ensure_verbs] if that else []
    text = doc.text.lower()
    # 'I will make sure that' carries the duty; so does the writer seeing to it with the
    # group it was laid on ('ga ik samen met het team ervoor zorgen dat', duties.py)
    if frame and (frame in text or any(f" {e} " in f" {text} " for e in seeing)):
        kept = kept - {w for p in style.own_part_drops for w in p.lower().split()}
        kept = kept - {w for p in ctx.pack.words("obligation_modals") for w in p.lower().split()}
    duty = bool(ctx.find(goal, "obligation_modals"))
    if aim_served(doc.text, goal, style, duty):  # '..., zodat er meer omzet komt': the step
        kept = kept - {w for p in style.own_part_drops for w in p.lower().split()}
        kept = kept - {w for p in ctx.pack.words("obligation_modals") for w in p.lower().split()}
    if asks_behaviour and _duty_as_purpose(doc, goal, ctx, style):  # 'Ik moet X beter doen'
        kept = kept - {w for p in ctx.pack.words("obligation_modals") for w in p.lower().split()}
        kept = kept - {w.lower() for w in style.perfect_subjects.values()}  # 'Ik zal X'
    if _count_moved(doc, goal, style):  # 'Het aantal X moet omlaag': the writer moves it
        kept = kept - {w for p in ctx.pack.words("obligation_modals") for w in p.lower().split()}
    if _told_advice(goal.text, style):  # 'Mij is verteld dat ik vaker moet ...': theirs
        kept = kept - {w for p in ctx.pack.words("obligation_modals") for w in p.lower().split()}
    if _duty_credited(doc, style) or _judged_credited(doc, style):
        # '..., zoals mijn teamleider wil', '..., zoals mijn teamleider adviseert': theirs
        kept = kept - {w for p in style.own_part_drops for w in p.lower().split()}
    offered: set[str] = set()  # 'asked if I could ...': the question's modal, credited
    from smartcheck.fixing.rewrite.voices.request_nouns import credited_request  # reads seams

    asked = _duty_credited(doc, style, asked=True) or credited_request(doc.text, style)
    if asked and _offered(goal, style):
        offered = {w for p in style.offered_leads for w in p.lower().split()}
    if _opens_with(goal.text, style.wish_frames):
        kept = kept - set(style.wish_modals)  # 'Het zou mooi zijn als ik ... kan': a wish
    welcome = once_per_goal("welcome", goal, (style,), lambda: asked_instead(goal.text, style))
    if welcome is not None:  # 'Een mentor zou fijn zijn': asked for
        kept = kept - set(style.wish_modals)
    elif once_per_goal("nice", goal, (style,), lambda: nice_to_have(goal, ctx, style)):
        kept = kept - set(style.wish_modals)  # '... Minder X zou ook mooi zijn': an aim added
    lemmas = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    wishes = {w for p in style.cluster_drop for w in p.lower().split()}
    for t in free:
        lemma = t.lemma_.lower()
        modal = t.pos_ in ("AUX", "VERB") and (lemma in kept or t.lower_ in kept)
        softened = wishes | set(style.conditional_duty.get(t.lower_, ()))
        if t.lower_ in style.weak_finite and _wish_follows(t, softened):
            continue  # 'zou graag willen', 'would like': a wish, which the rewrite commits to
        if _softened_duty(t, style.conditional_duty):
            continue  # the 'moeten' of 'zou ... moeten' (should) goes with its 'zou'
        if "Past" in t.morph.get("Tense", []) and t.lower_ not in style.weak_finite:
            continue  # 'wat ik moest doen', 'what I had to do': what happened, no commitment
        if _laid_on_someone(t, style):
            continue  # 'Iemand moet X': the writer's own wish takes the unnamed one's duty
        if modal and not ({lemma, t.lower_} & lemmas) and t.lower_ not in offered:
            seams.append(Seam("lost_modal", f"{t.text!r} is gone"))
    return seams


def _told_advice(goal: str, style: RewriteStyle) -> bool:
    """The goal opens with advice the writer received, no one named (the pack's
    ``request_frames`` without a slot: 'Mij is verteld dat ik ...', 'I've been told I
    should ...'): the duty in the writer's clause is the advice's, which the commitment
    answers."""
    return _opens_with(goal, [f for f in style.request_frames if "{who}" not in f])


def _opens_with(text: str, frames: Iterable[str]) -> bool:
    """Does ``text`` open with one of ``frames``, spelled as the writer may (case, spaces and
    punctuation aside)?"""
    spelled = re.sub(r"\W", "", text.lower())
    return any(spelled.startswith(re.sub(r"\W", "", f.lower())) for f in frames)


def _laid_on_someone(token: Token, style: RewriteStyle) -> bool:
    """``token`` is the duty laid on an unnamed person ('*Iemand moet* X', 'er *moet iemand*
    X', 'moet er iemand'; the pack's ``taken_subjects``): the writer takes it on as a wish
    (taken_on.someone_owned)."""
    someone = {s.lower() for s in style.taken_subjects if " " not in s}
    there = {e.lower() for e in style.existential_subjects}
    near = [
        token.doc[i] for i in (token.i - 1, token.i + 1, token.i + 2) if 0 <= i < len(token.doc)
    ]
    for n in near:
        if n.lower_ in someone and (abs(n.i - token.i) == 1 or token.nbor(1).lower_ in there):
            return True
    return False


def _dropped_on_purpose(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Span]:
    """Spans of the goal that both checks let a rewrite drop: what it replaces on purpose."""
    read = once_per_goal("dropped", goal, (ctx.pack, style), lambda: _dropped(goal, ctx, style))
    return list(read)


def _dropped(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> tuple[Span, ...]:
    from smartcheck.fixing.rewrite.hedged_steps import asking_plan_spans  # reads seams
    from smartcheck.fixing.rewrite.suggested_courses import agreement_spans  # reads voices
    from smartcheck.fixing.rewrite.voices.request_nouns import request_spans  # voices reads seams

    spans = hedge_spans(goal, ctx)
    spans += difficulty_spans(goal, ctx, style)  # 'niet goed in': the problem, replaced
    negations = frozenset(ctx.pack.words("negations"))
    spans += trailing_wish_spans(goal, style, negations)  # ', wil ik echt': the wish, committed
    spans += contrast_joint_spans(goal, style)  # '..., maar wil ik': the joint goes
    spans += excess_spans(goal, style)  # 'te veel': its reduction replaces it
    spans += claim_spans(goal, style)  # 'dat word ik', 'no deadline yet': the claim goes
    spans += comment_spans(goal, style)  # 'Ik denk dat ik dat kan.': a comment, no goal
    spans += work_on_spans(goal, ctx, style)  # 'Presenteren - moet ik aan werken': it goes
    spans += opening_span(goal, style)  # 'Keen to ...': the commitment replaces it
    spans += past_dropped(goal, ctx, style)  # 'Volgende stap:', 'Nu' after what was done
    roles = frozenset(ctx.pack.words("predicative_markers"))
    spans += left_out_spans(goal, style, roles)  # 'Hiervoor wil ik', 'Plan:' (means.py)
    spans += asked_spans(goal, style)  # 'Could I take a course?': the step commits it
    spans += choice_asking_spans(goal, style)  # 'Zal ik (liever) X of Y?': the choice is the step
    spans += first_step_spans(goal, style)  # '... For now I want to X': the opener goes
    spans += precondition_spans(goal, ctx, style)  # ', maar eerst moet ik X': X, zodat ...
    spans += label_spans(goal, style, frozenset(ctx.pack.words("goal_labels")))  # 'Doel:'
    spans += conclusion_spans(goal, ctx.pack.words("conclusion_labels"))  # '... Dus:'
    spans += form_label_spans(goal.text, style)  # 'Wanneer:', 'Hoe gemeten:' (forms.py)
    spans += count_label_spans(goal.text, style, number_words(ctx.pack.time))  # 'Two things:'
    joiners = frozenset(w.lower() for w in ctx.pack.words("coordinators"))
    spans += both_spans(words_of(goal), style, joiners)  # 'X and Y, learn both'
    guess = means_aside(goal.text, style)  # 'I think ... might help': its means stays
    spans += guess.others() if guess is not None else []
    for frame in style.impersonal_frames:  # 'Het is belangrijk dat ...': the own part's frame
        opening = compiled(rf"\s*{re.escape(frame)}\b", re.IGNORECASE).match(goal.text)
        spans += [opening.span()] if opening else []
    spans += stance_spans(goal, style)  # 'Ik vind dat niet. Maar goed, ...': the stance goes
    spans += imposed_spans(goal, style)  # 'want dat moet van X': told as X's request
    spans += viewed_reason_spans(goal, ctx, style)  # 'omdat X vindt dat': X's view, credited
    spans += condition_spans(goal, style)  # 'Leuk, maar ik heb ... nodig': the condition alone
    spans += discussion_spans(goal, ctx, style)  # 'Moet ik nog met X bespreken': X agrees
    spans += asked_step_spans(goal, ctx, style)  # 'Is there budget for me to X?': X, agreed
    spans += asking_plan_spans(goal, style)  # 'Will ask if I can sit with X': agreed with X
    spans += reservation_spans(goal, ctx, style)  # '... maar weet niet of': its contrast
    joined = ctx.pack.words("coordinators")
    spans += reserved_spans(goal.text, style, joined)  # 'X wil dat ik Y, maar daar ...'
    spans += approximator_spans(goal, style)  # 'sometime next year': the time replaces it
    spans += habit_stop_spans(goal, style)  # '... en dat moet stoppen': the bound replaces it
    spans += interest_spans(goal, ctx)  # 'X, interesse in een cursus': the course asked
    spans += tail_spans(goal, style)  # '..., dus misschien eerst X?': the remark, then X
    spans += stress_spans(goal, ctx, style)  # '... No mistakes EVER.': folded, bounded
    spans += doubted_time_spans(goal, ctx, style)  # '..., so maybe not this year': no deadline
    spans += benefit_spans(goal, ctx, style)  # 'Ik denk dat ik daar veel van leer': a purpose
    spans += consequence_spans(goal, style)  # 'Dan kan ik X': '..., zodat ik X kan'
    spans += timing_doubt_spans(goal, ctx, style)  # 'Misschien is dat pas volgend jaar ...'
    spans += how_doubt_spans(goal, style)  # 'Not sure how, visiting X maybe?': X answers it
    spans += zero_pair_spans(goal, style)  # 'Geen X meer': 'hoogstens [aantal] X'
    spans += decided_spans(goal, style)  # 'Promotie naar X': 'promotie maken'
    # 'Mee eens, maar dat ...', '... lastig, dus ik ga het proberen': they go
    spans += dropped_remark_spans(goal, ctx, style)
    spans += request_spans(goal, ctx, style)  # 'Vanuit X kwam de vraag of ik': X credited
    spans += guess_tag_spans(goal.text, style)  # '... I guess': read without the tag
    spans += effort_remark_spans(goal.text, style)  # '... I'm trying.': it goes
    spans += chat_tag_spans(goal.text, style)  # '... tbh', 'lol': read without the aside
    spans += [(a, b) for a, b, _ in chat_spelling_spans(goal.text, style)]  # 'wanna'
    spans += offer_spans(goal, style)  # 'Misschien kan ik daar X voor maken?': X, committed
    spans += lone_offer_spans(goal.text, style)  # 'Maybe I could X': 'I want to X'
    spans += offered_thing_spans(goal, style)  # 'Er moet X komen. Kan ik die opzetten?'
    particles = frozenset(ctx.pack.words("separable_particles"))
    spans += agreement_spans(goal, style, particles)  # 'X raadt Y aan. Lijkt me leuk': Y
    spans += lacking_spans(goal, ctx, style)  # 'Mijn X is nog niet goed': 'dat mijn X goed is'
    return tuple(spans)


def _kept_at(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> tuple[int, ...]:
    """Where the goal's negations and modals stand that a rewrite must keep: every token
    outside what it replaces (absolutes, superlatives, deadlines and the spans above)."""
    replaced = [*ctx.find(goal, "absolutes"), *ctx.find(goal, "superlatives")]
    spans = [(m.start, m.end) for m in replaced] + [(e.start, e.end) for e in goal.deadlines]
    spans += _dropped_on_purpose(goal, ctx, style)
    if goal.text.rstrip().endswith("?"):  # 'Hoe kan ik ...?': the question is stated
        for frame in style.question_frames:
            opening = compiled(rf"\s*{re.escape(frame)}\b", re.IGNORECASE).match(goal.text)
            spans += [opening.span()] if opening else []
    spans += weighed_spans(goal.text, style)  # '- of zal ik ...?': a means weighed
    original = goal.doc
    assert original is not None
    spans += _asked_possibility(original, style)
    return tuple(t.i for t in original if not any(a <= t.idx < b for a, b in spans))


def _asked_possibility(original: Doc, style: RewriteStyle) -> list[tuple[int, int]]:
    """The first modal of ability in a question (the text's first) that asks whether the
    writer's step is possible ('Is there any chance I *could* join ...?', 'Is er een kans
    dat ik ... *kan* meedraaien?'; the pack's ``rewrite.asked_possible_clauses``): the
    possibility is what was asked, and the settling with the manager answers it
    (asked_clauses.py)."""
    asked = original.text.find("?")
    lowered = original.text.lstrip().lower()
    if asked < 0 or not any(
        lowered.startswith(f"{o.lower()} ") for o in style.asked_possible_clauses
    ):
        return []
    modal = next((t for t in original if t.lower_ in style.ability_modals), None)
    if modal is None or modal.idx > asked:
        return []  # the modal of a sentence after the question is the writer's own
    return [(modal.idx, modal.idx + len(modal))]


def _duty_as_purpose(doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
    """The writer's own duty or future of a quality ('Ik moet mijn huisbezoeken beter
    plannen', 'Ik zal beter communiceren', 'I must communicate better') became the purpose of
    a concrete step the rewrite asks for (the caller: 'ga ik [concreet gedrag], ..., om mijn
    huisbezoeken beter te plannen'; countable.py, purpose.py): the commitment to the step
    carries the duty, so its modal may go. Only the writer's duty (a first-person subject),
    and only a purpose the goal did not state itself."""
    frame = style.frames.purpose
    original = goal.doc
    if frame is None or original is None:
        return False
    opening = frame.split("{clause}")[0].strip().lower()
    text, said = f" {doc.text.lower()} ", f" {goal.text.lower()} "
    if not opening or f", {opening} " not in text or f" {opening} " in said:
        return False
    mine = {w.lower() for w in ctx.pack.words("first_person_subject")}
    spans = [(m.start, m.end) for m in ctx.find(goal, "obligation_modals")]
    future = {w.lower() for w in style.perfect_subjects.values()}  # 'Ik zal beter X'
    modals = [
        t
        for t in original
        if any(a <= t.idx < b for a, b in spans)
        or (t.pos_ in ("AUX", "VERB") and {t.lower_, t.lemma_.lower()} & future)
    ]
    near = [[*t.children, *t.head.children] for t in modals]
    return bool(modals) and all(
        any(c.dep_.startswith("nsubj") and c.lower_ in mine for c in around) for around in near
    )


def _count_moved(doc: Doc, goal: Goal, style: RewriteStyle) -> bool:
    """A count the goal said must change ('Het aantal no-shows moet omlaag') is what the
    writer's own commitment now moves ('ga ik het aantal no-shows omlaag brengen'; counts.py):
    the duty became the writer's, as in the own-part frame."""
    subject = style.default_subject.lower()
    aux = style.subjects.get(subject, "")
    text = f" {doc.text.lower()} "
    lead = goal.text.lstrip().lower()
    return any(
        lead.startswith(f"{o.lower()} ") and f" {aux} {subject} {o.lower()} " in text
        for o in style.count_openers
    )


def _duty_credited(doc: Doc, style: RewriteStyle, asked: bool = False) -> bool:
    """The rewrite credits another person's judgement at its end ('..., zoals mijn
    teamleider vindt', '..., as my manager thinks'): the duty they set is the writer's
    commitment now, so its modal may go."""
    if not asked and _judged_credited(doc, style):
        return True  # '..., zoals mijn teamleider adviseert': the opinion's duty, credited
    frame = style.frames.as_wished
    head = frame.split("{who}")[0].strip().lower() if frame else ""
    if not head:
        return False
    tokens = list(doc)
    for n, t in enumerate(tokens[:-1]):
        if t.text == "," and tokens[n + 1].lower_ == head:
            verbs = style.voice_verbs | style.asking_verbs if asked else style.voice_verbs
            return any(u.lemma_.lower() in verbs or u.lower_ in verbs for u in tokens[n + 2 :])
    return False


def judged_credit(text: str, style: RewriteStyle) -> bool:
    """Does ``text`` credit another person's opinion as advice after a comma ('..., zoals
    mijn teamleider adviseert', ``frames.as_judged`` and ``as_judged_plural``)?"""
    frames = [f for f in (style.frames.as_judged, style.frames.as_judged_plural) if f]
    return any(
        re.search(
            ", " + re.escape(f).replace(re.escape("{who}"), r"[^,.;]+?") + r"(?![\w-])",
            text,
            re.IGNORECASE,
        )
        for f in frames
    )


def _judged_credited(doc: Doc, style: RewriteStyle) -> bool:
    """The rewrite credits another person's opinion as advice after a comma ('..., zoals
    mijn teamleider adviseert', :func:`judged_credit`): their verb of opinion and the duty
    it set are carried by that credit."""
    return judged_credit(doc.text, style)


def _opinion(text: str, original: Doc, style: RewriteStyle) -> bool:
    """Is the goal's word ``text`` a verb of opinion the advice credit tells ('vindt')?"""
    return any(t.text == text and t.lemma_.lower() in style.credited_opinions for t in original)


def _offered(goal: Goal, style: RewriteStyle) -> bool:
    """Does the goal hold another person's question that offers the writer a task ('vraagt
    of ik ... wil', 'asked if I could ...'; voices/offered.py)? Its modal of wish or
    ability is the question's, and the credited commitment replaces it."""
    whether = "|".join(re.escape(w) for w in style.whether_words)
    writer = "|".join(re.escape(s) for s in style.subjects)
    if not whether or not writer:
        return False
    return re.search(rf"\b(?:{whether})\s+(?:{writer})\b", goal.text.lower()) is not None


def _wish_follows(token: Token, wishes: set[str]) -> bool:
    """A word of intention follows ``token`` in its sentence (no parse needed)."""
    for t in token.doc[token.i + 1 :]:
        if t.text in (".", "!", "?", ";"):
            return False
        if t.lower_ in wishes:
            return True
    return False


def _softened_duty(token: Token, conditional_duty: dict[str, tuple[str, ...]]) -> bool:
    """``token`` is the duty a conditional earlier in its sentence softened ('zou ...
    moeten')."""
    for t in reversed(token.doc[: token.i]):
        if t.text in (".", "!", "?", ";"):
            return False
        if token.lower_ in conditional_duty.get(t.lower_, ()):
            return True
    return False


def _lost_words(
    doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle, asks_number: bool = False
) -> list[Seam]:
    """A content word of the goal that is gone: the writer's verb, object or qualifier.

    Words a rewrite replaces on purpose do not count: vague outcomes, hedges, effort
    promised instead of a result ('mijn best doen'), intentions, absolutes and superlatives,
    time words other than an event anchor, and a number word when the rewrite asks for a
    number in its place ('negen uur' -> 'hoogstens [aantal] uur': ``asks_number``).
    """
    original = goal.doc
    assert original is not None
    content = once_per_goal(
        "content", goal, (ctx.pack, style), lambda: _content_at(goal, ctx, style)
    )
    present = {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc}
    present |= _unjoined(doc, ctx, style)
    irregular = style.present_forms.get("singular", {})
    particles = set(ctx.pack.words("separable_particles"))
    markers = set(style.infinitive_markers)
    v2 = style.word_order == "v2"  # a verb-second language's imperative is its verb's stem
    stems = {i for p in present for i in stem_infinitives(p)} if v2 else set()
    lost = [
        t.text
        for t in (original[i] for i in content)
        if t.lower_ not in present
        and t.lemma_.lower() not in present  # re-inflected by the frame: 'doe' -> 'doen'
        and irregular.get(t.lower_) not in present  # made finite: 'staan' -> 'staat'
        and _particle_te(t, particles, markers) not in present  # 'af te ronden' -> 'afrondt'
        and _joined_particle(t, particles, markers) not in present  # 'toe te passen' -> 'toepassen'
        and not (asks_number and t.like_num)
        and not (v2 and present.intersection(stem_infinitives(t.lower_)))  # 'Werk' -> 'werken'
        and not (v2 and t.lemma_.lower() in stems)  # another person: 'draagt' -> 'draag ik'
        and not present.intersection(gerund_bases(t.lower_))  # 'by drawing up' -> 'draw up'
    ]
    frame = " ".join(frame_words(style.frames.own_part)[-2:])  # 'ervoor dat', 'sure that'
    if lost and frame and frame in doc.text.lower():  # 'nodig heeft' -> 'dat ... heeft'
        lost = [w for w in lost if w.lower() not in had_words(style)]
    if lost and _judged_credited(doc, style):  # 'vindt dat ik' -> ', zoals ... adviseert'
        lost = [w for w in lost if not _opinion(w, original, style)]
    return [Seam("lost_words", f"{', '.join(lost)} gone", tuple(lost))] if lost else []


def _content_at(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> tuple[int, ...]:
    """Where the goal's content words stand: words of three letters or more outside the
    closed classes and outside what a rewrite replaces on purpose (see :func:`_lost_words`)."""
    original = goal.doc
    assert original is not None
    spans = [  # a gapped entry ('handle & better'): its own words, never the gap's
        span
        for m in (
            *vague_outcomes(goal, ctx),
            *ctx.find(goal, "general_outcome"),
            *ctx.find(goal, "modal_verbs"),
            *ctx.find(goal, "absolutes"),
            *ctx.find(goal, "superlatives"),
            *ctx.find(goal, "comparatives"),
            *ctx.find(goal, "obligation_from_outside"),
        )
        for span in own_spans(m, original)
    ]
    spans += [(e.start, e.end) for e in goal.deadlines if e.kind != "event"]
    spans += _dropped_on_purpose(goal, ctx, style)
    spans += joiner_spans(goal, style)  # '..., dus ik ...': the aim's purpose frame replaces it
    spans += vague_topic_spans(goal, style)  # 'Iets met X': the wish to learn about X
    nobody = frozenset(w.lower() for w in ctx.pack.words("negative_subjects"))
    spans += unknown_cause_spans(goal, style, nobody)  # '... en niemand weet waarom'
    spans += [  # 'vanaf nu': a routine's start, which a one-off deadline replaces
        m.span()
        for phrase in style.routine_starts
        for m in compiled(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE).finditer(goal.text)
    ]
    closed = set(ctx.pack.function_words) | style.determiners | style.prepositions
    closed |= set(style.subjects) | set(style.weak_finite) | style.finite_words
    closed |= {w for p in style.cluster_drop for w in p.lower().split()}
    closed |= {w for p in style.intensifiers for w in p.lower().split()}  # 'really like to'
    closed |= {w for p in style.goal_frames for w in p.lower().split()}  # 'mijn doel is om'
    closed |= {w for p in style.effort_hedges for w in p.lower().split() if w != "&"}
    closed |= {w.lower() for w in ctx.pack.words("reflexive_pronouns")}  # of a vague verb
    closed |= set(style.second_person)  # quoted advice told by the writer: 'je' -> 'ik'
    # everyone as one word ('iedereen', 'everybody'): the writer takes its place (everyone_norms)
    closed |= {s.lower() for s in style.everyone_subjects if " " not in s}
    # an unnamed person as one word ('iemand', 'someone'): the writer takes its place too
    # (taken_on.someone_owned)
    closed |= {s.lower() for s in style.taken_subjects if " " not in s}
    closed |= {w for p in style.means_examples for w in p.lower().split()}  # 'for example by'
    closed |= {w for p in style.example_openers for w in p.lower().split()}  # 'zoals' (a step)
    closed |= {w for p in style.welcome_predicates for w in p.lower().split()}  # 'would be great'
    return tuple(
        t.i
        for t in original
        if t.is_alpha
        and len(t.text) > 2
        and t.lower_ not in closed
        and not any(a <= t.idx < b for a, b in spans)
    )


def _particle_te(token: Token, particles: set[str], markers: set[str]) -> str:
    """The whole verb of an infinitive split by 'te' ('af te ronden' -> 'afronden'), whose
    finite form a rewrite may show joined ('afrondt', lemma 'afronden'); '' if not split."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ not in markers:
        return ""
    particle = doc[token.i - 2].lower_
    return particle + token.lower_ if particle in particles else ""


def _joined_particle(token: Token, particles: set[str], markers: set[str]) -> str:
    """The whole verb a separable particle before 'te' opens ('*toe* te passen' ->
    'toepassen'): a rewrite that joins them keeps the particle, whatever the tagger makes of
    the joined verb in the rewrite's clause; '' when ``token`` is no such particle."""
    doc = token.doc
    if token.lower_ not in particles or token.i + 2 >= len(doc):
        return ""
    if doc[token.i + 1].lower_ not in markers or not doc[token.i + 2].is_alpha:
        return ""
    return token.lower_ + doc[token.i + 2].lower_


def _unjoined(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> set[str]:
    """Verbs a separable particle joined ('inlevert' holds 'levert'; 'uit te breiden' holds
    'uitbreiden'; 'weggaat' holds 'weg'): the writer's words are still there, in the form
    the clause needs."""
    particles = [*ctx.pack.words("separable_particles"), *style.direction_words]
    markers = set(style.infinitive_markers)
    forms: set[str] = set()
    for t in doc:
        for particle in particles:
            if t.lower_.startswith(particle) and len(t.lower_) - len(particle) >= 3:
                forms.add(t.lower_[len(particle) :])
                if t.pos_ in ("VERB", "AUX"):
                    forms.add(particle)  # 'weggaat' holds the writer's 'weg' ('moet weg')
        if t.lower_ in particles and t.dep_ == "compound:prt" and t.head.i != t.i:
            forms.add(t.lower_ + t.head.lemma_.lower())  # 'rond ... af' holds 'afronden'
        if t.i + 2 < len(doc) and t.lower_ in particles and doc[t.i + 1].lower_ in markers:
            forms.add(t.lower_ + doc[t.i + 2].lower_)
    return forms
