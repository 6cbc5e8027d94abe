"""The entry points: :func:`find_seams` runs every check on a candidate rewrite, and
:func:`has_seam` says whether it has any.

The seams come out in the order the checks run: those of the text first, then those of the
parse of its stand-in text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import past_committed
from smartcheck.fixing.rewrite.remarks import present_remarks
from smartcheck.fixing.rewrite.reports import report_committed
from smartcheck.fixing.rewrite.seams.abbreviation_cut import abbreviation_cut
from smartcheck.fixing.rewrite.seams.acknowledged import acknowledgement_committed
from smartcheck.fixing.rewrite.seams.actless import commitment_without_act
from smartcheck.fixing.rewrite.seams.agreement import plural_verb_with_writer
from smartcheck.fixing.rewrite.seams.aim_committed import aim_committed
from smartcheck.fixing.rewrite.seams.asked_inside import question_committed
from smartcheck.fixing.rewrite.seams.asked_object import question_as_act
from smartcheck.fixing.rewrite.seams.asyndetic import asyndetic_acts
from smartcheck.fixing.rewrite.seams.bare_commitment import commitment_without_verb
from smartcheck.fixing.rewrite.seams.bare_goal_kept import bare_goal_kept
from smartcheck.fixing.rewrite.seams.bare_negation import negation_without_support
from smartcheck.fixing.rewrite.seams.bare_participle import participle_without_auxiliary
from smartcheck.fixing.rewrite.seams.bound_agreement import count_before_singular, negated_bare_noun
from smartcheck.fixing.rewrite.seams.bound_fragment import bound_without_writer
from smartcheck.fixing.rewrite.seams.bound_noun import bound_before_noun
from smartcheck.fixing.rewrite.seams.bracket_told import bracket_list_told
from smartcheck.fixing.rewrite.seams.case_subject import subject_in_phrase
from smartcheck.fixing.rewrite.seams.clause_after_to import clause_after_to, verb_after_nominal_verb
from smartcheck.fixing.rewrite.seams.clauses import grammar_seams
from smartcheck.fixing.rewrite.seams.closed_direction import direction_left_told
from smartcheck.fixing.rewrite.seams.closing_remark import closing_remark_inside
from smartcheck.fixing.rewrite.seams.colon_aims import behaviour_before_colon
from smartcheck.fixing.rewrite.seams.commitment import (
    behaviour_outside_main,
    clause_after_commitment,
    committed_relative,
    imperative_after_front,
    imperative_as_noun,
    no_verb_after_commitment,
    others_after_commitment,
    others_wish_kept,
    state_committed,
    voice_committed,
    voice_cut,
)
from smartcheck.fixing.rewrite.seams.committed_noun import noun_committed
from smartcheck.fixing.rewrite.seams.conditional_wish import conditional_dated
from smartcheck.fixing.rewrite.seams.contact_clause import contact_clause_committed
from smartcheck.fixing.rewrite.seams.course_topic import course_as_topic
from smartcheck.fixing.rewrite.seams.credit import credit_on_remark
from smartcheck.fixing.rewrite.seams.cut_clause import clause_cut
from smartcheck.fixing.rewrite.seams.cut_opening import opening_cut
from smartcheck.fixing.rewrite.seams.cut_verb import verb_cut_from_its_words
from smartcheck.fixing.rewrite.seams.dangling_bound import bound_after_behaviour
from smartcheck.fixing.rewrite.seams.dashed_aims import aims_after_dashes, dashed_list_kept
from smartcheck.fixing.rewrite.seams.dated_infinitive import date_inside_infinitive
from smartcheck.fixing.rewrite.seams.dated_phrase import dated_fragment
from smartcheck.fixing.rewrite.seams.dated_state import deadline_in_state
from smartcheck.fixing.rewrite.seams.deadlines import (
    deadline_before_so_far,
    deadline_on_others,
    doubled_front,
    lost_routine,
    one_deadline,
    own_past_commitment,
    past_before_deadline,
    past_recommitted,
    time_after_subject,
    time_between_verbs,
    time_cut_out,
    time_inside_fragment,
    until_done,
)
from smartcheck.fixing.rewrite.seams.direction_topic import direction_as_topic
from smartcheck.fixing.rewrite.seams.distributive import stranded_distributive
from smartcheck.fixing.rewrite.seams.do_verb import do_before_verb, verb_before_of
from smartcheck.fixing.rewrite.seams.doubled_means import doubled_means
from smartcheck.fixing.rewrite.seams.doubled_verb import doubled_verb
from smartcheck.fixing.rewrite.seams.doubt_verb import doubt_committed
from smartcheck.fixing.rewrite.seams.dropped_conjunct import dropped_conjunct
from smartcheck.fixing.rewrite.seams.dutch_order import verb_first
from smartcheck.fixing.rewrite.seams.duty_slot import duty_in_frame_slot
from smartcheck.fixing.rewrite.seams.edge_deadline import deadline_beside_edge
from smartcheck.fixing.rewrite.seams.event_beside import date_beside_event
from smartcheck.fixing.rewrite.seams.example_clause import example_clause_glued
from smartcheck.fixing.rewrite.seams.example_folded import example_folded
from smartcheck.fixing.rewrite.seams.failure_committed import failing_committed
from smartcheck.fixing.rewrite.seams.far_wish import far_wish_committed
from smartcheck.fixing.rewrite.seams.feelings import feeling_committed
from smartcheck.fixing.rewrite.seams.filler_verb import filler_after_verb
from smartcheck.fixing.rewrite.seams.first_reserved import first_step_reserved
from smartcheck.fixing.rewrite.seams.flaws import flaw_committed
from smartcheck.fixing.rewrite.seams.foreign_clause import date_in_foreign_clause
from smartcheck.fixing.rewrite.seams.framed_clauses import (
    ensured_verb_first,
    ensured_without_subject,
)
from smartcheck.fixing.rewrite.seams.framed_date import date_in_others_frame
from smartcheck.fixing.rewrite.seams.framed_subject import frame_without_subject
from smartcheck.fixing.rewrite.seams.fronted_order import noun_read_imperative
from smartcheck.fixing.rewrite.seams.fronted_situation import fronted_situation_inside
from smartcheck.fixing.rewrite.seams.gerund_list import bare_after_gerund
from smartcheck.fixing.rewrite.seams.gerund_object import gerund_object_committed
from smartcheck.fixing.rewrite.seams.glued_act import glued_act
from smartcheck.fixing.rewrite.seams.glued_clause import clause_glued_after_commitment
from smartcheck.fixing.rewrite.seams.glued_word import glued_purpose
from smartcheck.fixing.rewrite.seams.hedged_thing import hedged_thing_bare
from smartcheck.fixing.rewrite.seams.helped_act import act_as_help
from smartcheck.fixing.rewrite.seams.imperative import imperative_as_subject
from smartcheck.fixing.rewrite.seams.infinitive_slot import (
    finite_in_infinitive_slot,
    noun_pair_in_infinitive_slot,
)
from smartcheck.fixing.rewrite.seams.inner_label import numbered_label
from smartcheck.fixing.rewrite.seams.interest_stretch import interest_committed
from smartcheck.fixing.rewrite.seams.inverted_deadline import deadline_inside_inversion
from smartcheck.fixing.rewrite.seams.joined_situation import joined_situation
from smartcheck.fixing.rewrite.seams.kept_claim import claim_kept_inside
from smartcheck.fixing.rewrite.seams.kept_duty import duty_kept_inside
from smartcheck.fixing.rewrite.seams.kept_remark import outside_kept_remark
from smartcheck.fixing.rewrite.seams.kept_stop import stop_committed
from smartcheck.fixing.rewrite.seams.kept_words import kept_words, unbounded_never, zero_compared
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.listed_act import thing_and_act
from smartcheck.fixing.rewrite.seams.lone_clause import subordinate_alone
from smartcheck.fixing.rewrite.seams.lost_deadline import deadline_lost
from smartcheck.fixing.rewrite.seams.main_order import main_order_embedded
from smartcheck.fixing.rewrite.seams.merged_sentences import sentences_run_together
from smartcheck.fixing.rewrite.seams.mixed_language import mixed_languages
from smartcheck.fixing.rewrite.seams.modal_form import gerund_after_modal
from smartcheck.fixing.rewrite.seams.month_event import month_event_beside_deadline
from smartcheck.fixing.rewrite.seams.negated_contrast import contrast_committed
from smartcheck.fixing.rewrite.seams.never_done import never_done_dated
from smartcheck.fixing.rewrite.seams.nominal_act import nominal_act_committed
from smartcheck.fixing.rewrite.seams.nominal_purpose import named_acts, nominal_purpose
from smartcheck.fixing.rewrite.seams.not_yet import not_yet_framed
from smartcheck.fixing.rewrite.seams.object_verb import verb_after_object
from smartcheck.fixing.rewrite.seams.observed import observation_rewritten
from smartcheck.fixing.rewrite.seams.offering_dated import offering_dated
from smartcheck.fixing.rewrite.seams.orphan_particle import particle_without_verb
from smartcheck.fixing.rewrite.seams.own_part import own_part_seams
from smartcheck.fixing.rewrite.seams.parses import SeamParses, stand_ins
from smartcheck.fixing.rewrite.seams.per_goal import once_per_goal
from smartcheck.fixing.rewrite.seams.placement import (
    adverb_as_topic,
    aside_between,
    noun_as_verb,
    torn_amount,
    unknown_joins,
    verb_as_topic,
)
from smartcheck.fixing.rewrite.seams.plus_joined import plus_joined
from smartcheck.fixing.rewrite.seams.pointer_topic import pointer_as_topic
from smartcheck.fixing.rewrite.seams.present_commitment import present_after_deadline
from smartcheck.fixing.rewrite.seams.relative_form import relative_verb_changed
from smartcheck.fixing.rewrite.seams.reservation import reservation_committed
from smartcheck.fixing.rewrite.seams.restricting import lost_restriction
from smartcheck.fixing.rewrite.seams.second_inversion import inverted_twice
from smartcheck.fixing.rewrite.seams.share_topic import share_as_topic
from smartcheck.fixing.rewrite.seams.shared_te import shared_te
from smartcheck.fixing.rewrite.seams.situation import (
    context_committed,
    deadline_in_situation,
    told_tokens,
)
from smartcheck.fixing.rewrite.seams.split_purpose import comma_in_purpose
from smartcheck.fixing.rewrite.seams.split_state import state_split_by_frame
from smartcheck.fixing.rewrite.seams.split_verb import (
    inverted_after_comma,
    particle_after_infinitive,
)
from smartcheck.fixing.rewrite.seams.stated_need import stated_need_committed
from smartcheck.fixing.rewrite.seams.stranded import (
    left_with_placeholder,
    opener_without_verb,
    stranded_preposition,
)
from smartcheck.fixing.rewrite.seams.stressed_zero import stressed_zero_kept
from smartcheck.fixing.rewrite.seams.subject_tenseless import subject_without_tense
from smartcheck.fixing.rewrite.seams.surface import (
    capital_added,
    capital_inside,
    deadline_in_side_clause,
    list_colon,
    name_lowered,
    result_without_verb,
    stranded_particle,
    surface_seams,
)
from smartcheck.fixing.rewrite.seams.te_clause import (
    infinitive_before_te,
    object_after_te,
    te_on_a_later_verb,
    te_on_inner_verb,
    wish_after_te,
)
from smartcheck.fixing.rewrite.seams.te_conjunct import te_on_last_act
from smartcheck.fixing.rewrite.seams.te_particle import te_before_particle
from smartcheck.fixing.rewrite.seams.time_sentence import time_as_help, time_sentence
from smartcheck.fixing.rewrite.seams.topic_state import state_as_topic
from smartcheck.fixing.rewrite.seams.torn_bracket import torn_bracket
from smartcheck.fixing.rewrite.seams.torn_question import question_torn_in
from smartcheck.fixing.rewrite.seams.unfit_verbs import unfit_verbs
from smartcheck.fixing.rewrite.seams.verb_as_thing import act_as_thing
from smartcheck.fixing.rewrite.seams.verb_slot import acronym_as_verb, noun_in_verb_slot
from smartcheck.fixing.rewrite.seams.verb_topic import verb_as_domain
from smartcheck.fixing.rewrite.seams.verbatim import frame_inside_context, outside_context
from smartcheck.fixing.rewrite.seams.verbless import verbless_head
from smartcheck.fixing.rewrite.seams.verbless_contrast import fragment_before_contrast
from smartcheck.fixing.rewrite.seams.verbless_direction import direction_without_verb
from smartcheck.fixing.rewrite.seams.verbless_target import (
    state_without_verb,
    target_as_topic,
    target_committed,
)
from smartcheck.fixing.rewrite.seams.willing_stance import stance_committed
from smartcheck.fixing.rewrite.seams.wished_bound import wish_without_verb
from smartcheck.fixing.rewrite.seams.wished_purpose import wish_in_purpose
from smartcheck.fixing.rewrite.seams.wished_result import wish_as_result
from smartcheck.fixing.rewrite.seams.zero_act import zero_count_as_act
from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.anchors import without_modifier_anchors
from smartcheck.reading.event_dates import dated_events_dropped
from smartcheck.reading.timex import find_time_expressions

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def find_seams(
    candidate: str,
    goal: Goal,
    ctx: RuleContext,
    style: RewriteStyle,
    parses: SeamParses | None = None,
) -> list[Seam]:
    """Every seam in ``candidate``, a rewrite of ``goal`` (empty when it reads whole).

    ``parses`` holds the parses of a batch (see :class:`SeamParses`); without it the
    candidate and the goal are parsed here."""
    parses = parses if parses is not None else SeamParses()
    names = frozenset(ctx.pack.words("ambiguous_names"))  # 'Excel': a name, also a word
    seams = surface_seams(candidate, goal.text, style) + mixed_languages(candidate, goal.text)
    seams += capital_inside(candidate, goal, style, names) + name_lowered(candidate, goal, names)
    seams += capital_added(candidate, goal, ctx, style)
    seams += deadline_in_side_clause(candidate, goal, style)
    seams += stranded_particle(candidate, goal, ctx, style)
    seams += result_without_verb(candidate, style)
    seams += stranded_preposition(candidate, goal, ctx, style)
    seams += verb_cut_from_its_words(candidate, goal, ctx, style)  # 'and also my Dutch'
    seams += opener_without_verb(candidate, ctx, style, goal.text)
    seams += left_with_placeholder(candidate, goal, ctx, style)
    seams += verb_after_object(candidate, goal, ctx, style)
    seams += te_before_particle(candidate, goal, ctx, style)
    seams += credit_on_remark(candidate, goal.text, style)
    seams += doubled_means(candidate, goal.text, style)
    seams += hedged_thing_bare(candidate, goal, style)  # ', een cursus bij X' after 'misschien'
    seams += direction_as_topic(candidate, style)
    seams += target_as_topic(candidate, ctx, style)  # 'ga ik voor X omlaag in Y [concreet gedrag]'
    seams += lost_restriction(candidate, goal.text, style)
    seams += question_committed(candidate, goal.text, style.abbreviations)
    seams += opening_cut(candidate, goal.text, style.abbreviations)
    seams += clause_cut(candidate, goal) + sentences_run_together(candidate, goal.text)
    seams += claim_kept_inside(candidate, goal, style)
    seams += acknowledgement_committed(candidate, goal, ctx, style.abbreviations)
    seams += month_event_beside_deadline(candidate, goal, ctx, style)
    seams += date_beside_event(candidate, goal, ctx, style)  # 'Vóór de X kan ik tot [datum]'
    seams += numbered_label(candidate, ctx.pack.words("goal_labels"))
    seams += torn_bracket(candidate, goal.text, style) + behaviour_before_colon(candidate, style)
    seams += bracket_list_told(candidate, goal, style)  # '... as evidence. Slaughterhouses, X.'
    seams += plus_joined(candidate, goal, ctx, style)
    seams += share_as_topic(candidate, goal, ctx, style)
    seams += example_folded(candidate, goal, ctx, style)
    seams += abbreviation_cut(candidate, goal.text, style)
    seams += wish_in_purpose(candidate, goal.text, style)  # 'om graag een paar weken te rouleren'
    duties = ctx.pack.words("obligation_modals")
    seams += duty_in_frame_slot(candidate, goal.text, duties, style)  # 'X needs to [behaviour]'
    seams += stop_committed(candidate, goal, style)  # 'I will skip X, which needs to stop'
    seams += state_split_by_frame(candidate, style)  # 'I will not be, with [...] as evidence, so'
    seams += bound_after_behaviour(candidate, style)  # '[concrete behaviour], at most [number] X'
    courses = frozenset(w.lower() for w in ctx.pack.words("formal_training") if " " not in w)
    seams += course_as_topic(candidate, style, courses)  # '[gedrag] in Excel course (X)'
    told = sentences(candidate, style.abbreviations)
    seams += dashed_list_kept(candidate, goal.text, told)  # 'Bij X Y met Z - meer W doen'
    filled = stand_ins(candidate, style)
    doc = parses.doc(goal, filled)
    found = find_time_expressions(filled, goal.lang, goal.reference_date, ctx.pack.time)
    times = list(without_modifier_anchors(tuple(found), doc))  # as the reading stage reads
    times = list(dated_events_dropped(tuple(times), filled, ctx.pack))
    lengths = frozenset(w.lower() for w in ctx.pack.time.durations.lengths)
    doubts = tuple(
        goal.text[m.start : m.end].lower()
        for key in ("uncertain_remarks", "doubt_remarks")
        for m in ctx.find(goal, key)
    )
    seams += one_deadline(filled, times, goal, style, doc, lengths, doubts)
    seams += deadline_beside_edge(filled, times, goal, ctx)
    seams += deadline_lost(candidate, times, goal, style)
    seams += time_cut_out(candidate, goal, style) + lost_routine(candidate, goal, times, ctx, style)
    seams += past_before_deadline(times, doc, goal, style)
    seams += deadline_in_situation(doc, times, goal, ctx, style)
    seams += deadline_in_state(doc, times, goal, style)
    seams += never_done_dated(doc, times, goal, ctx, style)  # 'Vóór [datum] heb ik nooit'
    seams += deadline_before_so_far(filled, times, doc, goal, ctx)
    seams += [
        Seam("lost_tense", f"the past {time!r} with {word!r}", (time.lower(), word))
        for time, word in past_committed(doc, times, goal.reference_date, style)
        if not own_past_commitment(time, word, goal, style)
    ]
    seams += doubled_front(filled, doc, times, goal, style)
    seams += ensured_without_subject(doc, times, style) + ensured_verb_first(doc, times, ctx, style)
    seams += until_done(doc, goal, style)
    seams += participle_without_auxiliary(doc, style, ctx.pack.grammar)
    seams += plural_verb_with_writer(doc, style, ctx.pack.grammar.infinitive_ending)
    seams += present_after_deadline(doc, style)
    seams += past_recommitted(doc, goal, ctx, style)
    seams += verb_first(doc, goal, style)
    seams += main_order_embedded(doc, goal, ctx, style)
    seams += noun_in_verb_slot(doc, goal, style, ctx.pack.grammar)
    seams += acronym_as_verb(doc, goal, style)
    seams += verbless_head(candidate, doc, style) + dated_fragment(candidate, doc, style)
    seams += frame_without_subject(candidate, doc, goal, style)  # 'By [date], shadow X'
    seams += subject_in_phrase(doc, goal)  # '..., zodat van de chef ... gaat leren'
    ending = ctx.pack.grammar.infinitive_ending
    seams += date_inside_infinitive(candidate, doc, style, ending)  # 'X geven vóór [datum] aan'
    seams += do_before_verb(doc, style, goal.text)  # 'I will do rotate there'
    seams += negation_without_support(doc, style, goal.text)  # 'The temps not open the app'
    seams += verb_before_of(doc, style, goal.text)  # 'in order to plan of the routes'
    writer = {w.lower() for w in ctx.pack.words("first_person_subject")}
    seams += example_clause_glued(doc, style, writer)  # '..., bv. de teksten worden te lang'
    seams += fragment_before_contrast(doc, goal, style)
    seams += wish_without_verb(candidate, doc, ctx, style)
    seams += bound_without_writer(doc, style)  # 'Hooguit [aantal] keer X laten smelten ...'
    seams += asyndetic_acts(doc, goal, style) + thing_and_act(doc, ctx, style)
    seams += bare_after_gerund(doc, style) + act_as_help(doc, style)
    seams += glued_act(doc, goal, style) + question_as_act(doc, ctx, style)
    takes_te = frozenset(
        w.lower() for key in ("complement_verbs", "control_verbs") for w in ctx.pack.words(key)
    )
    seams += glued_purpose(doc, goal, takes_te, style)  # '... bij de smid omzien hoe ...'
    asking = frozenset(w.lower() for w in ctx.pack.words("question_words"))
    seams += question_torn_in(doc, goal, asking)  # 'om dus, maar hoe beter te delegeren'
    negations = frozenset(w.lower() for w in ctx.pack.words("negations") if " " not in w)
    seams += contrast_committed(doc, style, negations)  # 'ga ik niet alleen de 2 waar ik'
    changes = frozenset(w.lower() for w in ctx.pack.words("comparatives") if " " not in w)
    seams += subordinate_alone(doc, goal, style)  # '... volgen. Zodat ik ... kan doorgroeien.'
    seams += relative_verb_changed(doc, goal, style)  # '... waar veel natuursteen liggen'
    seams += count_before_singular(doc, style)  # '[number] out of 10 people speaks'
    seams += negated_bare_noun(doc, style)  # 'there are not findings ... more than'
    seams += aims_after_dashes(doc, changes)  # 'ga ik X afronden - minder Y - betere Z'
    seams += stated_need_committed(doc, goal, ctx, style)  # 'I always need to ask' as a goal
    seams += state_as_topic(doc, ctx, style)
    seams += inverted_twice(doc, goal, style)
    seams += doubled_verb(doc, goal) + bound_before_noun(doc, times, style)
    named = named_acts(goal, ctx, style)  # 'Opspannen van borduurwerk': an act named as a thing
    seams += noun_pair_in_infinitive_slot(doc, goal, style)  # '... op de randen en hoeken'
    seams += finite_in_infinitive_slot(doc, style, goal.text) + nominal_act_committed(
        doc, goal, style, named, ctx.pack.grammar.infinitive_ending
    )
    seams += nominal_purpose(doc, goal, ctx, style) + duty_kept_inside(doc, style)
    seams += direction_without_verb(doc, style)  # 'ga ik X omhoog naar 70% en ...'
    seams += target_committed(doc, goal, ctx, style)  # 'ga ik X altijd up to date, ...'
    seams += state_without_verb(doc, goal, style)  # 'By [date], the files in order, ...'
    seams += zero_count_as_act(doc, ctx, style) + gerund_object_committed(doc, goal, style)
    seams += failing_committed(doc, goal.text, style, ctx.pack.words("negations"))  # 'will forget'
    seams += pointer_as_topic(candidate, style)  # 'I will [concrete behaviour] that'
    seams += stressed_zero_kept(candidate, doc, style)  # 'no more mould ... ever'
    seams += direction_left_told(
        candidate, ctx, style
    )  # '... ligt onder X, ... . Dat moet omhoog.'
    seams += far_wish_committed(doc, goal, style)  # 'misschien op termijn teamleider worden'
    seams += bare_goal_kept(candidate, doc, goal, ctx, style)  # 'Leren hoe ... . Ook ga ik'
    seams += not_yet_framed(candidate, ctx, style)  # '... gaat vóór [datum] nog niet'
    seams += imperative_as_subject(doc, goal, style, ctx) + stranded_distributive(doc, goal, style)
    seams += subject_without_tense(doc, goal, ctx, style)
    seams += observation_rewritten(goal, style, doc.text)
    seams += own_part_seams(doc, times, style)
    seams += te_on_inner_verb(doc, style) + te_on_a_later_verb(doc, style)
    seams += object_after_te(doc, goal.text, style, changes) + shared_te(doc, ctx, style)
    seams += wish_after_te(doc, goal.text, frozenset(ctx.pack.words("wish_verbs")))
    seams += infinitive_before_te(doc, goal.text, style, ctx.pack.grammar)  # 'om X delen te'
    seams += te_on_last_act(doc, ctx, style) + filler_after_verb(doc, ctx, style)
    seams += gerund_after_modal(doc, ctx)
    seams += time_sentence(doc, times, ctx) + time_as_help(doc, times, ctx, style)
    seams += dropped_conjunct(doc, goal, style)
    seams += joined_situation(doc, times, goal, ctx, style) + contact_clause_committed(
        doc, goal, style
    )
    seams += fronted_situation_inside(doc, goal, style)
    seams += interest_committed(doc, ctx, style)
    present = once_per_goal(
        "present", goal, (ctx.pack, style), lambda: present_remarks(goal, ctx, style)
    )
    seams += zero_compared(candidate, doc, ctx, style, told_tokens(doc, goal, present))
    seams += deadline_on_others(candidate, filled, doc, ctx, style)
    seams += date_in_others_frame(candidate, filled, doc, ctx, style)  # 'X wil dat ik vóór'
    seams += date_in_foreign_clause(
        candidate, filled, doc, goal, ctx, style
    )  # 'X zei vóór [datum]'
    marks = style.placeholders
    seams += kept_words(
        doc, goal, ctx, style, marks.number in candidate, marks.behaviour in candidate
    )
    seams += unbounded_never(candidate, doc, goal, ctx, style)
    seams += behaviour_outside_main(doc, goal, ctx, style)
    seams += others_after_commitment(doc, goal, style, ctx.pack.grammar)
    seams += imperative_as_noun(
        doc, goal, style, ctx.pack.grammar
    )  # 'I will [gedrag] for answer emails'
    seams += clause_glued_after_commitment(doc, style)  # 'ga ik dat moet ... gaan'
    seams += stance_committed(doc, times, style)  # 'I will be interested, but ...'
    seams += conditional_dated(doc, times, style)  # 'By [date], a mentor would be great'
    seams += offering_dated(doc, times, style)  # 'By [date], I could apply'
    seams += unknown_joins(doc, goal, ctx, style)
    seams += time_between_verbs(doc, style)
    seams += list_colon(candidate, goal, ctx)
    seams += time_after_subject(doc, style)
    seams += deadline_inside_inversion(doc, style)
    seams += clause_after_to(doc, style)
    seams += verb_after_nominal_verb(doc, style)  # 'to have no longer be late'
    seams += time_inside_fragment(doc, style)
    seams += clause_after_commitment(doc, ctx, style)
    seams += others_wish_kept(doc, style)
    seams += state_committed(doc, ctx, style)
    seams += torn_amount(doc, goal, ctx, style)
    seams += verb_as_topic(doc, goal, style)
    seams += adverb_as_topic(doc, goal, style)
    seams += noun_as_verb(doc, goal)
    seams += comma_in_purpose(doc, style)  # 'om zelfzorg, niet meer ... na te denken'
    seams += aside_between(doc, goal, style)
    seams += voice_committed(doc, goal, style)
    seams += voice_cut(doc, goal, style)
    seams += [
        Seam("contradiction", detail, (word,))
        for detail, word in report_committed(doc, goal, style)
    ]
    seams += imperative_after_front(doc, style) + noun_read_imperative(doc, goal, style)
    seams += no_verb_after_commitment(doc, goal, style) + noun_committed(doc, goal, style)
    seams += aim_committed(doc, goal, ctx, style)  # 'ga ik meer kennis van X en afwerken'
    seams += commitment_without_act(doc, times, style)
    seams += wish_as_result(doc, style)
    particles = frozenset(ctx.pack.words("separable_particles"))
    seams += commitment_without_verb(doc, goal, style, particles)
    seams += particle_without_verb(doc, style, particles)
    seams += particle_after_infinitive(doc, ctx, style) + inverted_after_comma(doc, ctx, style)
    seams += act_as_thing(doc, style, goal.lang)
    seams += verb_as_domain(doc, goal.text, ctx, style)
    seams += committed_relative(doc, goal, style)
    seams += context_committed(doc, goal, ctx, style) + frame_inside_context(candidate, goal)
    seams += unfit_verbs(candidate, doc, ctx, style, goal.text)
    seams += feeling_committed(candidate, ctx, style)
    seams += reservation_committed(candidate, ctx, style)
    seams += first_step_reserved(candidate, ctx, style)  # '... but I'd like to X first'
    seams += doubt_committed(candidate, ctx, style)
    seams += closing_remark_inside(candidate, goal, style)
    seams += flaw_committed(candidate, goal, ctx, style)
    own = parses.own_seams(goal, ctx, style)
    grammar = [s for s in grammar_seams(doc, ctx, style, goal) if (s.kind, s.words) not in own]
    grammar = outside_kept_remark(grammar, candidate, goal, style.abbreviations)  # as written
    seams += outside_context(grammar, goal)  # the writer's context sentence, as written
    return seams


def has_seam(candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
    return bool(find_seams(candidate, goal, ctx, style))
