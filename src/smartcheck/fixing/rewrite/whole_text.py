"""Rewrites read from the shape of the whole text, tried before the template's own.

The template rewriter frames one goal clause, but real goals come with more around them: a
sentence of means, someone else's aim, a list of goals, a remark, sentences of context, a
past achievement. Each step of :meth:`WholeTextRewrites.finish` reads one such shape: it
cuts the text, has the goal part read and judged again (``parse`` + ``evaluate`` of the
checker, so that part gets its own rewrites) and keeps the rest as written. The first step
whose rewrite shows no seam wins; with none, the structured fallback is shown, never a
broken sentence. A new shape is one more step here, its reading in a module of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.criteria import Criterion
from smartcheck.errors import SmartcheckError
from smartcheck.fixing.rewrite.absolute_states import state_verb_supplied
from smartcheck.fixing.rewrite.added_goals import added_goals, added_sentence
from smartcheck.fixing.rewrite.added_tails import added_tail
from smartcheck.fixing.rewrite.aims import (
    aim_and_step,
    others_clause,
    owned_aim,
    tells_situation,
    voiced_aim,
    with_aim,
)
from smartcheck.fixing.rewrite.asked_bare import opening_route
from smartcheck.fixing.rewrite.asked_choices import asked_choice
from smartcheck.fixing.rewrite.asked_first import asked_first
from smartcheck.fixing.rewrite.asked_fragments import stated_fragment
from smartcheck.fixing.rewrite.asked_lines import stated_line
from smartcheck.fixing.rewrite.asked_means import asked_means, asks_last
from smartcheck.fixing.rewrite.asked_noted import asked_note
from smartcheck.fixing.rewrite.asked_people import person_route_step
from smartcheck.fixing.rewrite.asked_remarks import asked_remark
from smartcheck.fixing.rewrite.asked_steps import AskedStep, asked_step
from smartcheck.fixing.rewrite.asked_wishes import agreed_first, with_purpose
from smartcheck.fixing.rewrite.aspects import aspects_goal
from smartcheck.fixing.rewrite.bare_topics import topic_goal
from smartcheck.fixing.rewrite.benefits import benefit_after, told_benefit
from smartcheck.fixing.rewrite.bracketed_remarks import bracket_told
from smartcheck.fixing.rewrite.chat_tags import without_chat_tags
from smartcheck.fixing.rewrite.closing_absolutes import absolute_folded
from smartcheck.fixing.rewrite.closing_directions import direction_closed
from smartcheck.fixing.rewrite.closing_steps import closing_sentence
from smartcheck.fixing.rewrite.closing_zeros import zero_moved
from smartcheck.fixing.rewrite.colon_reasons import reason_after_goal
from smartcheck.fixing.rewrite.comments import comment_spans
from smartcheck.fixing.rewrite.compared_acts import act_goal, object_act_goal
from smartcheck.fixing.rewrite.concluded import concluded
from smartcheck.fixing.rewrite.conditions import condition_told
from smartcheck.fixing.rewrite.consequences import consequence_after
from smartcheck.fixing.rewrite.consequent_wishes import wish_told_apart
from smartcheck.fixing.rewrite.context import next_step, past_context, past_only, with_past
from smartcheck.fixing.rewrite.coordinated import (
    committed_part,
    coordinated_parts,
    packs_goals,
    part_seams,
)
from smartcheck.fixing.rewrite.counted import both_goal, count_label, counted_pieces
from smartcheck.fixing.rewrite.course_wishes import course_wished
from smartcheck.fixing.rewrite.courses import course_goal, course_with_purpose
from smartcheck.fixing.rewrite.decided_nouns import decided_goal
from smartcheck.fixing.rewrite.difficulties import difficulty_goal
from smartcheck.fixing.rewrite.directed_targets import directed_text
from smartcheck.fixing.rewrite.discussed_parts import each_agreed
from smartcheck.fixing.rewrite.doubted_times import without_doubted_time
from smartcheck.fixing.rewrite.doubts import (
    doubt_accepted,
    doubt_told,
    doubts_after,
    unease_told,
    voiced_at,
)
from smartcheck.fixing.rewrite.dropped import with_subject
from smartcheck.fixing.rewrite.effort_remarks import without_effort_remark
from smartcheck.fixing.rewrite.elliptic_duties import duty_verb_supplied
from smartcheck.fixing.rewrite.everyone_norms import own_norm
from smartcheck.fixing.rewrite.example_steps import example_sentence, example_step
from smartcheck.fixing.rewrite.excess_flaws import excess_reduced
from smartcheck.fixing.rewrite.exploring import committed_trial, explored_purpose, opens_asked
from smartcheck.fixing.rewrite.fallback import structured
from smartcheck.fixing.rewrite.far_roles import far_role
from smartcheck.fixing.rewrite.filled_needs import filled_need
from smartcheck.fixing.rewrite.first_steps import first_step
from smartcheck.fixing.rewrite.flaws import flaw_told
from smartcheck.fixing.rewrite.floated_steps import WELCOMED, floated_rewrite
from smartcheck.fixing.rewrite.folded_time import time_folded
from smartcheck.fixing.rewrite.followups import follow_up, step_kind, step_sentence
from smartcheck.fixing.rewrite.forms import (
    MEANS,
    MEASURE,
    REASON,
    WHAT,
    WHEN,
    Form,
    asked_with_when,
    form_act,
    form_sentence,
    read_form,
    when_phrase,
    with_kept,
    without_second_measure,
)
from smartcheck.fixing.rewrite.fragments import listed_fragments
from smartcheck.fixing.rewrite.frequent_places import frequent_place
from smartcheck.fixing.rewrite.fronted_after import fronted_after
from smartcheck.fixing.rewrite.fronted_verbs import verb_first
from smartcheck.fixing.rewrite.fronted_zeros import existential_told
from smartcheck.fixing.rewrite.gerund_goals import act_told
from smartcheck.fixing.rewrite.guard import NO_WORDS, QUESTION, SEVERAL, refusal
from smartcheck.fixing.rewrite.guess_tags import without_guess_tags
from smartcheck.fixing.rewrite.hedged_steps import discussed_spans, hedged_rewrites
from smartcheck.fixing.rewrite.how_means import how_doubt
from smartcheck.fixing.rewrite.imperative_lines import own_statement
from smartcheck.fixing.rewrite.imposed_reason import imposed_reason
from smartcheck.fixing.rewrite.improved_acts import improved_act
from smartcheck.fixing.rewrite.interest_course import interest_as_asked
from smartcheck.fixing.rewrite.isolation import guarded
from smartcheck.fixing.rewrite.joined_purpose import purpose_joined
from smartcheck.fixing.rewrite.knowledge import with_article
from smartcheck.fixing.rewrite.knowledge_lines import gained_goal
from smartcheck.fixing.rewrite.lacking_states import lacking_state_told
from smartcheck.fixing.rewrite.list_lines import line_told_short, lined
from smartcheck.fixing.rewrite.listed import listed_goal
from smartcheck.fixing.rewrite.made_things import made_goal
from smartcheck.fixing.rewrite.means import (
    labelled,
    meant,
    with_event_date,
    with_means,
    with_plan,
)
from smartcheck.fixing.rewrite.narrowed_cases import narrowing_fronted
from smartcheck.fixing.rewrite.negated_routines import going_rule
from smartcheck.fixing.rewrite.nice_to_haves import nice_to_have
from smartcheck.fixing.rewrite.noted import (
    Noted,
    dashed,
    narrowing_note,
    note_misplaced,
    noted,
    problem_note,
    with_note,
)
from smartcheck.fixing.rewrite.noted_bounds import bounded_note, opens_with_demand
from smartcheck.fixing.rewrite.offered_acts import act_for_need, offered_act
from smartcheck.fixing.rewrite.offered_alone import offer_told
from smartcheck.fixing.rewrite.offered_steps import extraposed_aim, offered_step
from smartcheck.fixing.rewrite.offered_support import offered_support
from smartcheck.fixing.rewrite.offered_things import thing_offered
from smartcheck.fixing.rewrite.others_aims import (
    aim_as_result,
    among_all,
    asked_pointer,
    committed_remark,
    committed_step,
    owned_step,
    reluctant,
    verbless,
    wished_purpose,
    with_adjunct,
    with_aim_object,
    without_purpose_pointer,
)
from smartcheck.fixing.rewrite.own_state import own_state_told
from smartcheck.fixing.rewrite.past_after import past_after
from smartcheck.fixing.rewrite.pieces import no_goal_of_its_own
from smartcheck.fixing.rewrite.plan import failed, points_at
from smartcheck.fixing.rewrite.plussed import plussed_pieces
from smartcheck.fixing.rewrite.pointed_step import described_after, own_act, pointed_step
from smartcheck.fixing.rewrite.pointed_topics import pointed_topic
from smartcheck.fixing.rewrite.preconditions import precondition_step
from smartcheck.fixing.rewrite.present_after import present_after
from smartcheck.fixing.rewrite.present_context import tells_present_situation
from smartcheck.fixing.rewrite.proposed_talks import talk_unhedged
from smartcheck.fixing.rewrite.questioned_wishes import wish_told
from smartcheck.fixing.rewrite.remarks import Remarked, remarked, with_remark
from smartcheck.fixing.rewrite.reports import reported_reason
from smartcheck.fixing.rewrite.reservations import without_contrast
from smartcheck.fixing.rewrite.reserved import disliked, reservation_cut
from smartcheck.fixing.rewrite.reserved_steps import reserved_rewrites
from smartcheck.fixing.rewrite.role_moves import move_told, step_told
from smartcheck.fixing.rewrite.route_lines import route_stated
from smartcheck.fixing.rewrite.routine_lines import routine_stated
from smartcheck.fixing.rewrite.routine_means import routines_as_means
from smartcheck.fixing.rewrite.seams import SeamParses, find_seams
from smartcheck.fixing.rewrite.seams.parses import stand_ins
from smartcheck.fixing.rewrite.seams.relative_form import relative_verb_changed
from smartcheck.fixing.rewrite.sentence_goal import goal_candidates, sentence_spans
from smartcheck.fixing.rewrite.set_aside import set_apart
from smartcheck.fixing.rewrite.several import (
    headed,
    is_heading,
    tells_context,
    without_opener,
)
from smartcheck.fixing.rewrite.share_results import share_result
from smartcheck.fixing.rewrite.situation import Situated, is_context, situated, with_situation
from smartcheck.fixing.rewrite.slashed import slashed_aims
from smartcheck.fixing.rewrite.so_far_pieces import tells_length_so_far
from smartcheck.fixing.rewrite.split import goal_pieces
from smartcheck.fixing.rewrite.stance import feeling_accepted, opinion_told
from smartcheck.fixing.rewrite.stance_cut import stance_cut
from smartcheck.fixing.rewrite.stance_theirs import opens_as, still_theirs
from smartcheck.fixing.rewrite.state_baseline import with_baseline
from smartcheck.fixing.rewrite.state_first import state_first, state_then_goal
from smartcheck.fixing.rewrite.stopped_habits import bounded_habit
from smartcheck.fixing.rewrite.stops import sentence_ends, sentences
from smartcheck.fixing.rewrite.stray_questions import without_stray_questions
from smartcheck.fixing.rewrite.style import RewriteStyle, style_for
from smartcheck.fixing.rewrite.suggested_courses import suggested_course
from smartcheck.fixing.rewrite.tail_times import tail_timed
from smartcheck.fixing.rewrite.taken_on import (
    claimed_deadline,
    clause_reason,
    describes,
    others_wish,
    own_versions,
    someone_owned,
    taken_on,
    wish_credit,
    wish_reason,
)
from smartcheck.fixing.rewrite.taken_relative import writer_for_relative
from smartcheck.fixing.rewrite.template import means_purpose
from smartcheck.fixing.rewrite.thing_states import thing_state_told
from smartcheck.fixing.rewrite.timing_doubts import ability_doubt, timing_doubt, with_time
from smartcheck.fixing.rewrite.to_discuss import discussion, with_agreement
from smartcheck.fixing.rewrite.told_context import context_told
from smartcheck.fixing.rewrite.told_problems import cause_sought, problem_owned
from smartcheck.fixing.rewrite.topic_wish import topic_and_wish, with_topic
from smartcheck.fixing.rewrite.traded import traded_goal
from smartcheck.fixing.rewrite.trailing_wishes import act_without_wish
from smartcheck.fixing.rewrite.trends import trend_tokens
from smartcheck.fixing.rewrite.trial_first import trial_opened
from smartcheck.fixing.rewrite.untried_acts import untried_then_wish
from smartcheck.fixing.rewrite.vague_topics import learned_topic
from smartcheck.fixing.rewrite.verbless_states import state_told
from smartcheck.fixing.rewrite.viewed_reason import reason_cut
from smartcheck.fixing.rewrite.voiced_after import voiced_after
from smartcheck.fixing.rewrite.voices import Voice, credited, other_voice, with_credit
from smartcheck.fixing.rewrite.voices.misgivings import misgiving
from smartcheck.fixing.rewrite.voices.questions import asked_goal
from smartcheck.fixing.rewrite.voices.viewed_duty import viewed_duty
from smartcheck.fixing.rewrite.welcome_wishes import asked_instead
from smartcheck.fixing.rewrite.wish_aside import (
    MOST_SENTENCES,
    feels,
    tells_past,
    told_as_sentence,
    wished_at,
)
from smartcheck.fixing.rewrite.wish_phrase import wished_phrase
from smartcheck.fixing.rewrite.wish_remarks import (
    denied,
    only_state,
    remark_cuts,
    writer_goal_told,
)
from smartcheck.fixing.rewrite.words import capitalise, closed, words_of
from smartcheck.fixing.rewrite.worn_rules import worn_rule
from smartcheck.judging.context import RuleContext
from smartcheck.reading.goal import Goal
from smartcheck.reading.timex.numbers import number_words
from smartcheck.reporting.report import GoalReport, StructuredRewrite

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Most words of a comment after the last comma of another's wish ('..., I guess both are
#: useful'; WholeTextRewrites._comment_cut).
_MOST_COMMENT_WORDS = 8
#: Most words of a remark after the goal's last comma when what happened may be told too
#: ('..., dat heeft ons vorige week een hele avond gekost'; WholeTextRewrites._comment_after).
_MOST_TOLD_WORDS = 12
#: A text that packs goals gets a rewrite for at most this many of them (each is checked on its
#: own, so a pasted list of hundreds of sentences would otherwise take seconds); the rest
#: stay as written.
MAX_SPLIT_PIECES = 10
#: The wished phrases being read in this context (``_wish_dropped``): a phrase whose own
#: reading gives the wish back ('Meer netwerken met X' -> 'Ik wil meer netwerken met X')
#: is not read again, so the two readings never call each other without end.
_DROPPING: ContextVar[frozenset[str]] = ContextVar("_DROPPING", default=frozenset())
#: Most sentences a goal with a doubt after it holds: the aim, a question, what someone
#: else says, and the doubt (doubts.py); more is a text of several goals.
MOST_DOUBTED = 5

#: Words that make a flaw of excess the writer's own ('Ik neem te veel'). Not the writer's
#: things ('my reports are too long'): that is often a view someone else holds, cut from it.
_OWNERS: tuple[LexiconKey, ...] = ("first_person_subject",)
#: Words before an excess that make it no plain statement of the flaw (excess_flaws.py).
_UNWILLED: tuple[LexiconKey, ...] = (
    "modal_verbs",
    "wish_verbs",
    "hedges",
    "negations",
    "bounds",
    "comparatives",
)


#: A goal its writer refuses (A004: "..., dat wil ik eigenlijk niet"): a sentence would commit
#: the writer to what they said they do not want, so it keeps the structured fallback, the
#: goal's own words and the fields to fill once the POP-gesprek has settled what they want.
_REFUSED = frozenset({"A004"})
#: A note after an asked step that hedges ('Not sure if ...', 'Lijkt me goed'): the doubt is
#: the writer's view of the step, which keeps its reading whole (asked_noted.py).
_HEDGED_NOTE = frozenset({"A001"})


class GoalReader(Protocol):
    """What the steps need of a checker: a part of the text read and judged on its own."""

    def parse(
        self,
        text: str,
        lang: str | None = None,
        reference_date: date | None = None,
        context: Any = None,
    ) -> Goal: ...

    def evaluate(self, goal: Goal, given: frozenset[Criterion] = frozenset()) -> GoalReport: ...


#: Set while a step judges a part of the goal as a goal of its own: a step that only the
#: whole text may take (a closing sentence after it) stays out of the part's rewrite.
_READING_PART: ContextVar[bool] = ContextVar("reading_part", default=False)

#: Dashes that, spaced, cut a comment off as a comma does ('... project - no idea how').
_SPACED_DASHES = ("-", "\u2013", "\u2014")


class WholeTextRewrites:
    """The steps that read the whole text, in the order :meth:`finish` tries them."""

    def __init__(self, reader: GoalReader) -> None:
        self._reader = reader

    def parse(
        self, text: str, lang: str, reference_date: date | None = None, context: Any = None
    ) -> Goal:
        """A part of the goal's text read as a goal of its own."""
        return self._reader.parse(text, lang, reference_date, context)

    def evaluate(self, goal: Goal, given: frozenset[Criterion] = frozenset()) -> GoalReport:
        """A part judged (and, failing, rewritten) like any goal."""
        token = _READING_PART.set(True)
        try:
            return self._reader.evaluate(goal, given)
        finally:
            _READING_PART.reset(token)

    def fallback_only(self, report: GoalReport, ctx: RuleContext) -> GoalReport:
        """The report with the structured rewrite alone: what a goal gets when its rewrite
        failed (isolation.py), the goal's own words and the missing parts as fields."""
        fallback = guarded(report.goal.text, lambda: structured(report, ctx), lambda: None)
        shown = (fallback.text,) if fallback is not None else ()
        update = {"structured_rewrite": fallback, "rewrite": (shown or (None,))[0]}
        return report.model_copy(update={**update, "rewrites": shown})

    def finish(self, report: GoalReport, ctx: RuleContext, rewrites: tuple[str, ...]) -> GoalReport:
        """A failing goal's report with its rewrites, or the fallback when there are none.
        A sentence that packs goals (S004/R004) gets its split first: one rewrite per goal.
        A step the writer only floats ('evt. X', 'maybe X') is settled, not committed."""
        finished = self._finished(report, ctx, rewrites)
        style = style_for(ctx)
        if style is None:
            return finished
        settled = floated_rewrite(self, finished, ctx, style)
        if settled is not None:
            update = {"rewrite": settled, "rewrites": (settled, *finished.rewrites)}
            finished = finished.model_copy(update=update)
        return finished

    def _finished(
        self, report: GoalReport, ctx: RuleContext, rewrites: tuple[str, ...]
    ) -> GoalReport:
        """The report with the first step's rewrites that reads the whole text, in order."""
        if _REFUSED & {f.code for f in report.findings}:
            return self.fallback_only(report, ctx)  # '..., dat wil ik niet': nothing to commit
        update: dict[str, Any] = {"rewrite": rewrites[0] if rewrites else None}
        update["rewrites"] = rewrites
        chatted = self._chat_dropped(report, ctx)
        if chatted:  # 'Learn the label software lol': read without the aside
            return _per_goal(report, chatted)
        guessed = self._guess_dropped(report, ctx)
        if guessed:  # 'I should write shorter reports I guess': read without the tag
            return _per_goal(report, guessed)
        effort = self._effort_dropped(report, ctx)
        if effort:  # '... I'm trying.': the goal read without the remark
            return _per_goal(report, effort)
        commented = self._comment_after(report, ctx, now_told=not rewrites)
        if commented:  # 'misschien X, lijkt me leuk': X rewritten, 'Lijkt me leuk.' after it
            return _per_goal(report, commented)  # a split when the goal packed several
        asked = self._asked_noted(report, ctx)
        if asked:  # 'French course? lots of X lately': the question settled, the note after
            return _ranked(report, asked)
        how = self._how_doubted(report, ctx)
        if how:  # '... Not sure how, visiting X maybe?': 'I will visit X, in order to ...'
            return _ranked(report, how)
        choice = self._choice_asked(report, ctx)
        if choice:  # 'Learn Go? or stay with Java': 'I will decide whether to learn Go or ...'
            return _per_goal(report, choice)
        wished = self._course_wished(report, ctx)
        if wished:  # 'I'd like the first aid course': 'I will take the first aid course'
            return _ranked(report, wished)
        moved = self._move_told(report, ctx)
        if moved:  # 'Over een paar jaar door naar lead CRA': 'doorgroeien naar', read again
            return _ranked(report, moved)
        untried = self._untried(report, ctx)
        if untried:  # 'Ik heb nog nooit X gedaan en dat wil ik leren': the clause, then X
            return _per_goal(report, untried, rewrites)
        told = self._state_then_goal(report, ctx)
        if told:  # 'De planning wordt vaak laat gemaakt, ik wil ...': the state, then the goal
            return _per_goal(report, told, rewrites)
        added = self._added(report, ctx)
        if added:  # '... and besides I want to learn Y': two goals, each rewritten
            return _per_goal(report, added, split=True)
        discussed = self._to_discuss(report, ctx)
        if discussed:  # '... Moet ik nog met Ruud bespreken.': '..., in overleg met Ruud.'
            return _per_goal(report, discussed)  # several goals agreed: a line each
        hedged = hedged_rewrites(self, report, ctx)
        if hedged:  # '..., and maybe move to X next year?': X discussed after the goal
            return _ranked(report, hedged)
        doubted = self._time_doubted(report, ctx)
        if doubted:  # '..., so maybe not this year.': no deadline, the date asked
            return _ranked(report, doubted)
        timing = self._timing_doubted(report, ctx)
        if timing:  # '... Misschien is dat pas volgend jaar realistisch.': 'Volgend jaar ga ik'
            return _ranked(report, timing)
        gained = self._gain_after(report, ctx)
        if (
            gained
        ):  # '... Ik denk dat ik daar veel van leer.': '..., zodat ik daar veel van kan leren'
            return _ranked(report, gained)
        enabled = self._enabled_after(report, ctx)
        if enabled:  # '... Dan kan ik X.': '..., zodat ik X kan'
            return _ranked(report, enabled)
        offered = self._offered_step(report, ctx)
        if offered:  # 'X vraagt of ik Y wil doen. Misschien eerst Z?': Z, zodat ik Y kan, ...
            return _ranked(report, offered)
        course = self._course_suggested(report, ctx)
        if course:  # 'X suggests the Y course. I'd like to do it but Z': Y, as X suggests. Z.
            return _ranked(report, course)
        act = self._act_offered(report, ctx)
        if act:  # 'Er moet X komen. Misschien kan ik daar Y voor maken?': Y, zodat X
            return _ranked(report, act)
        made = self._thing_offered(report, ctx)
        if made:  # 'Er moet X komen. Misschien kan ik die opzetten?': 'Ik wil X opzetten'
            return _ranked(report, made)
        closing = self._direction_closed(report, ctx)
        if closing:  # 'X ligt onder Y. Dat moet omhoog.': X moet omhoog, the state kept before
            return _per_goal(report, closing)
        zero = self._zero_fronted(report, ctx)
        if zero:  # 'Geen enkele klant mag X': 'Er mag geen enkele klant X', the own part
            return _ranked(report, zero)
        step_asked = self._step_asked(report, ctx)
        if step_asked:  # 'Is there budget for me to do X?': 'I will do X, agreed with my manager'
            return _ranked(report, step_asked)
        question = self._asked_first(report, ctx)
        if question:  # 'Wat doe ik met X? Training Y volgen': the question, then the goal
            return _ranked(report, question)
        someone = self._someone_owned(report, ctx)
        if someone:  # 'Iemand moet vooraf X meten.': 'Vóór [datum] ga ik vooraf X meten'
            return _per_goal(report, someone)
        norm = self._norm_owned(report, ctx)
        if norm:  # 'Iedereen draagt X in de hal': 'Ik draag X in de hal', rewritten
            return _ranked(report, norm)
        far = self._far_role(report, ctx)
        if far:  # 'misschien later planner worden': 'Ik ga uitzoeken of planner later ...'
            return _ranked(report, far)
        habit = self._habit_bounded(report, ctx)
        if habit:  # 'Ik neem werk mee naar huis en dat moet stoppen': hooguit [aantal] keer
            return _ranked(report, habit)
        followed = self._followed_up(report, ctx)
        if followed:  # '... Evt. daarna een geurtraining.': '... Daarna volg ik een geurtraining.'
            return _ranked(report, followed)
        tail = self._added_tail(report, ctx)
        if tail:  # '... And maybe Y too.': the goal rewritten, the addition kept unhedged
            return _ranked(report, tail)
        first = self._first_step(report, ctx)
        if first:  # '... maybe in 3-5 years? For now I want to X': X, the far aim its purpose
            return _ranked(report, first)
        needed = self._precondition(report, ctx)
        if needed:  # 'Ik wil X worden, maar eerst moet ik Y': Y, zodat ik X kan worden
            return _ranked(report, needed)
        explored = self._explored(report, ctx)
        if explored:  # '... meelopen om te kijken of dat iets voor mij is': no hedge, a purpose
            return _per_goal(report, explored)
        unasked = self._stray_asked(report, ctx)
        if unasked:  # 'Leren X? en meer Y': the '?' told as a comma, each goal rewritten
            return _per_goal(report, unasked)
        stated = self._wish_stated(report, ctx)
        if stated:  # 'I want X and maybe Y?': the wish told with a period, each goal rewritten
            return _per_goal(report, stated)
        bracketed = self._bracket_remarked(report, ctx)
        if bracketed:  # 'Get X (I still hate heights)': 'By [date], I will X. I still hate ...'
            return _per_goal(report, bracketed)
        alone = self._offer_alone(report, ctx)
        if alone:  # 'Maybe I could run the stand-up.': 'I want to run the stand-up', rewritten
            return _ranked(report, alone)
        problem = self._problem_owned(report, ctx)
        if problem:  # 'X worden vaak te laat geplaatst': 'zorg ik ervoor dat ... minder vaak'
            return _per_goal(report, problem)
        reduced = self._excess_reduced(report, ctx)
        if reduced:  # 'Ik neem te veel hooi op mijn vork': 'Ik neem minder hooi ...'
            return _ranked(report, reduced)
        wanted = self._wish_after_act(report, ctx)
        if wanted:  # 'Een cursus X volgen, wil ik echt': the act, the wish committed
            return _ranked(report, wanted)
        fragment = self._fragment_asked(report, ctx)
        if fragment:  # 'BHV-diploma??', 'Maybe a Python course?': the thing, stated
            return _ranked(report, fragment)
        tried = self._tried(report, ctx)
        if tried:  # 'Maybe try teaching X next year': 'I will teach X next year'
            return _per_goal(report, tried)
        formed = self._formed(report, ctx)
        if formed:  # 'Wat: cursus X / Wanneer: najaar / Hoe gemeten: certificaat': one sentence
            return _ranked(report, formed)
        conclusion = self._concluded(report, ctx)
        if conclusion:  # '... Dus: werkbonnen beter invullen.': the goal after the label
            return _per_goal(report, conclusion)
        counted = self._counted(report, ctx)
        if counted:  # 'Two things: improve X and learn Y': the goals the label counts
            return _per_goal(report, counted, split=True)
        both = self._both(report, ctx)
        if both:  # 'X and Y, learn both': one goal, the objects in their place
            return _ranked(report, both)
        ruled = self._going_ruled(report, ctx)
        if ruled:  # 'Nooit meer zonder X de les in, altijd Y': Y, so that never without X
            return _ranked(report, ruled)
        routines = self._routines_meant(report, ctx)
        if routines:  # 'Ik breng X terug ...; ik houd dat elke week bij': the means of X
            return _ranked(report, routines)
        worn = self._worn(report, ctx)
        if worn:  # 'Stofmasker altijd op bij X': 'Stofmasker altijd dragen bij X', rewritten
            return _ranked(report, worn)
        means = self._means(report, ctx)
        if means:  # 'Sneller offertes maken. Hiervoor ga ik ...', '... Kan ik een cursus doen?'
            return _ranked(report, means)
        tail_time = self._tail_timed(report, ctx)
        if tail_time:  # 'I want to X, maybe in March?': 'In March, I will X.'
            return _ranked(report, tail_time)
        consequent = self._wish_consequent(report, ctx)
        if consequent:  # 'I keep getting interrupted, so I want to X': the situation, then X
            return _per_goal(report, consequent)
        reasoned_first = self._reason_colon(report, ctx)
        if reasoned_first:  # 'Omdat ik ...: leren hoe ...': 'Leren hoe ..., omdat ik ...'
            return _per_goal(report, reasoned_first)
        restored = self._subject_restored(report, ctx)
        if restored:  # 'Wil meer tijd besteden ...': rewritten as 'Ik wil meer tijd ...'
            return _per_goal(report, restored)
        ordered = self._imperative_owned(report, ctx)
        if ordered:  # 'Gebruik de planner ...': rewritten as 'Ik gebruik de planner ...'
            return _ranked(report, ordered)
        fronted = self._verb_fronted(report, ctx)
        if fronted:  # 'Guitar setups learn': read as 'Learn guitar setups'
            return _ranked(report, fronted)
        directed = self._direction_given(report, ctx)
        if directed:  # 'X omhoog naar 70% en Y halveren': 'X naar 70% omhoog brengen en ...'
            return _ranked(report, directed)
        traded = self._traded(report, ctx)
        if traded:  # 'Meer op de werkvloer, minder in vergaderingen': time spent otherwise
            return _ranked(report, traded)
        gained = self._knowledge_named(report, ctx)
        if gained:  # 'Kennis X en Y.': 'Ik wil kennis opdoen van X en Y', rewritten
            return _ranked(report, gained)
        made = self._made_named(report, ctx)
        if made:  # 'Een betere laadlijst ... zodat we ...': 'Ik wil een ... maken, zodat ...'
            return _ranked(report, made)
        pointed = self._topic_pointed(report, ctx)
        if pointed:  # 'X, learn it properly': 'Learn X properly', rewritten
            return _ranked(report, pointed)
        object_act = self._object_act(report, ctx)
        if object_act:  # 'Beter plannen van de pluk': 'Ik wil de pluk beter plannen'
            return _ranked(report, object_act)
        field = self._field_named(report, ctx)
        if field:  # 'iets met robotica, misschien Fanuc?': 'Ik wil leren over robotica, ...'
            return _ranked(report, field)
        place = self._place_wished(report, ctx)
        if place:  # 'vaker mee het veld in, nu zit ik ...': 'Ik wil vaker ... gaan, nu ...'
            return _ranked(report, place)
        commented = self._topic_named(report, ctx, commented=True)
        if commented:  # 'Chairing meetings - needs work': the topic is the goal
            return _ranked(report, commented)
        course = self._course_named(report, ctx)
        if course:  # 'cursus reanimatie': following the course is the goal
            return _ranked(report, course)
        welcome = self._welcome_asked(report, ctx)
        if welcome:  # 'A mentor would be great.': the mentor asked for, the step committed
            return _ranked(report, welcome)
        route = self._route_named(report, ctx)
        if route:  # 'Rotatie naar de afdeling inkoop.': doing the rotation is the goal
            return _ranked(report, route)
        lacking = self._lacking_state(report, ctx)
        if lacking:  # 'Mijn Engels is nog niet op niveau.': 'Ik wil dat mijn Engels ... is'
            return _ranked(report, lacking)
        routine = self._routine_named(report, ctx)
        if routine:  # 'Eens per maand intervisie met X.': 'Ik plan eens per maand ... in.'
            return _ranked(report, routine)
        shared = self._share_reached(report, ctx)
        if shared:  # '90% of my invoices paid in 30 days': 'I will make sure that ... are paid'
            return _ranked(report, shared)
        state = self._thing_state(report, ctx)
        if state:  # 'Alle rapporten op tijd klaar.': 'zorg ik ervoor dat ... klaar zijn'
            return _ranked(report, state)
        example = self._example_taken(report, ctx)
        if example:  # 'Meer X, bijv. Y doen': 'Ik ga Y doen, zodat ik meer X heb'
            return _ranked(report, example)
        decided = self._decided_named(report, ctx)
        if decided:  # 'Promotie naar X': the outcome is the aim, the writer's steps asked for
            return _ranked(report, decided)
        aims = self._slashed(report, ctx)
        if aims:  # 'meer overzicht in X / minder achterstand in Y': two goals
            return _per_goal(report, aims, split=True)
        imposed = self._imposed(report, ctx)
        if imposed:  # 'X volgen want dat moet van de zaak': '..., want dat vraagt de zaak'
            return _ranked(report, imposed)
        viewed = self._viewed_duty(report, ctx)
        if viewed:  # 'X says my sales are low and I should Y': the view, then Y as X says
            return _ranked(report, viewed)
        stance = self._stance_cut(report, ctx)
        if stance:  # 'X wants me to Y. I don't agree. Fine, I'll work on it.': Y, as X wants
            return _ranked(report, stance)
        reserved = self._reserved(report, ctx)
        if reserved:  # 'X wil dat ik Y, maar ...': 'Ik maak samen met X uit of ik Y.'
            return _ranked(report, reserved)
        aimed = self._aimed(report, ctx)
        if aimed:  # 'Management wants me to X. I'll try to Y.': Y is the goal, X its reason
            return _ranked(report, aimed)
        after = self._aim_after(report, ctx)
        if after:  # 'Learn X. My manager wants me to be Y.': X, so that I can be Y, as ...
            return _ranked(report, after)
        reasoned = self._aim_reasoned(report, ctx)
        if reasoned:  # 'X volgen omdat mijn manager vindt dat ik Y moet': X, zodat ik Y kan, ...
            return _ranked(report, reasoned)
        pointed = self._pointed(report, ctx)
        if pointed:  # 'X wants me to Y. I'll try to do that daily.': 'I will Y daily, as X wants'
            return _ranked(report, pointed)
        claimed = self._taken_on(report, ctx)
        if claimed:  # 'Someone needs to X and I want that to be me': the writer's own X
            return _ranked(report, claimed)
        aside = self._wish_aside(report, ctx)
        if aside:  # 'My manager wants me to X. Finding that scary.': X, the feeling kept
            return _per_goal(report, aside)
        remarked = self._wish_remarked(report, ctx)
        if remarked:  # 'X wil dat ik Y. Ik ben meer een doener, dus we zien wel.': Y, the rest kept
            return _ranked(report, remarked)
        supported = self._support_offered(report, ctx)
        if supported:  # 'Learn X. Sanne could maybe coach me.': X agreed with Sanne, the offer kept
            return _ranked(report, supported)
        doubted = self._doubted(report, ctx)
        if doubted:  # 'Ik wil X. ... Ik twijfel nog of ...': X, the doubt kept as written
            return _per_goal(report, doubted)
        remark = self._remarked(report, ctx, late=False)
        if remark:  # 'Get better at X, I find it hard.': the remark stays as written
            return _per_goal(report, remark)
        flawed = self._flaw_remarked(report, ctx)
        if flawed:  # 'Price better, I always go too low': the flaw stays, no goal to reach
            return _per_goal(report, flawed)
        known = self._knowledge_listed(report, ctx)
        if known:  # 'Meer kennis van X en ontzuren': 'het ontzuren', a noun, no second verb
            return _ranked(report, known)
        wished = self._topic_wished(report, ctx)
        if wished:  # 'The open day - I'd like to maybe run the talk': the wish is the goal
            return _ranked(report, wished)
        dash_noted = self._dash_noted(report, ctx, rewrites)
        if dash_noted:  # 'Ploegleider worden - meer verantwoordelijkheid, ...': a note
            return _ranked(report, dash_noted)
        fragments = self._fragments(report, ctx)
        if fragments:  # 'Minder fouten bij X, omzet verhogen, en beter plannen': three goals
            return _per_goal(report, fragments, split=True)
        listed = self._listed(report, ctx)
        if listed:  # 'Beter worden in X, Y en Z': the listed behaviours are the goal
            return _per_goal(report, listed, rewrites)
        aspects = self._aspects(report, ctx)
        if aspects:  # 'improve my Excel - pivot tables, vlookups - for ...': use them
            return _ranked(report, aspects)
        looked_back = self._past_context(report, ctx)
        if looked_back:  # a past achievement is context: the wishes after it are the goals
            return _per_goal(report, looked_back)
        kept = self._context_kept(report, ctx)
        if kept:  # '... Ik moet wel eerst met X overleggen.': a precondition, no goal
            return _per_goal(report, kept)
        # the whole text's candidates passed every seam (none commits to the context told);
        # without one, sentences of context: the goal rewritten alone, the context kept. A
        # candidate that framed the goal with a told clause apart (told_apart.py) is the
        # backup of these steps, which read the goal's part on its own first
        apart = _framed_apart(rewrites, report.goal, ctx)
        given = rewrites if not apart else ()
        situated = () if given else self._situated(report, ctx) or self._told_first(report, ctx)
        situated = situated or (() if given else self._state_first(report, ctx))
        situated = situated or (() if given else self._past_after(report, ctx))
        situated = situated or (() if given else self._present_after(report, ctx))
        situated = situated or (() if given else self._voiced_after(report, ctx))
        situated = situated or (() if given else self._fronted_after(report, ctx))
        situated = situated or (() if given else self._time_folded(report, ctx))
        situated = situated or (() if given else self._absolute_folded(report, ctx))
        situated = situated or (() if given else self._interest_course(report, ctx))
        situated = situated or (() if given else self._own_state(report, ctx))
        situated = situated or (() if given else self._gerund_acted(report, ctx))
        if situated:
            return _per_goal(report, situated, rewrites)
        if apart:  # 'Finish X, I stopped last year ...': the goal framed, its told clause apart;
            # the goal's part judged alone first, when it reads as one goal (its own M, T)
            alone, whole = self._split_coordinated(report, ctx)
            if len(alone) == 1 and whole:
                update = {"rewrite": alone[0], "rewrites": (alone[0], *rewrites)}
            return report.model_copy(update=update)
        step = self._next_step(report, ctx)
        if step is not None:  # only a past achievement: the next step that builds on it
            return report.model_copy(update={"rewrite": step, "rewrites": (step,)})
        style = style_for(ctx)
        particles = frozenset(ctx.pack.words("separable_particles"))
        voice = other_voice(report.goal, style, particles) if style is not None else None
        voiced = self._voiced(report, ctx, voice)
        if voiced is not None:  # the other's frame is no second goal: no split either
            rewrites = (voiced, *(r for r in rewrites if r != voiced))
            update = {"rewrite": voiced, "rewrites": rewrites}
            if "\n" in voiced:  # each goal of the other's wish with its credit
                update["split"] = tuple(voiced.split("\n"))
            return report.model_copy(update=update)
        if rewrites and voice is not None and voice.behaviour:
            return report.model_copy(update=update)  # the means given is no second goal
        remark = () if rewrites else self._remarked(report, ctx, late=True)
        if remark:  # '..., want ...', '..., I think X might help': nothing else read whole
            return _per_goal(report, remark, split=False)
        split, whole = self._split_coordinated(report, ctx)
        if split and (whole or not rewrites):
            text = "\n".join(split)
            update = {"split": split, "rewrite": text, "rewrites": (text, *rewrites)}
        elif split:  # a part only got the structured fallback: the sentence rewrites first
            update["rewrites"] = (*rewrites, "\n".join(split))
        elif not rewrites:
            named = self._topic_named(report, ctx)  # 'Klantgesprekken': what the form means
            named = named or self._act_named(report, ctx)  # 'Meer netwerken met X'
            named = named or self._state_told(report, ctx)  # 'Calmer with X'
            named = named or self._wish_dropped(report, ctx)  # 'Ik wil beter omgaan met X'
            named = named or self._act_improved(report, ctx)  # 'Engels schrijven verbeteren'
            named = named or self._sentence_goal(report, ctx)  # 'X volgen? Ik sta nu 4 jaar ...'
            named = named or self._set_apart(report, ctx)  # 'Leren werken met X (A, B) zodat'
            fallback = {} if named else self._fallback(report, ctx)
            if not named and "split" not in fallback:  # a text that packs goals splits first
                named = self._noted(report, ctx)  # 'Meer intervisie, minimaal 6x per jaar.'
            closing = () if named else self._closing(report, ctx, fallback)
            if named or closing:  # 'Mijn X moet omhoog. Te vaak ...': kept, a sentence added
                text = "\n".join(named or closing)
                update = {"rewrite": text, "rewrites": (text,)}
            else:
                update.update(fallback)
        return report.model_copy(update=update)

    def _closing(
        self, report: GoalReport, ctx: RuleContext, fallback: dict[str, Any]
    ) -> tuple[str, ...]:
        """The structured fallback's words as one text with a closing sentence that adds
        what the goal failed (closing_steps.py); nothing for a split, on a seam, or for a part
        a step reads on its own (its rewrite is built into the whole text's)."""
        kept = fallback.get("structured_rewrite")
        style = style_for(ctx)
        if _READING_PART.get() or not isinstance(kept, StructuredRewrite) or style is None:
            return ()
        if refusal(report.goal.text, style.abbreviations) is not None:
            return ()  # a list, a question, three sentences or more: not one goal to close
        text = closing_sentence(report, style, kept.goal, ctx)
        return (text,) if text is not None and _seamless((text,), report.goal, ctx) else ()

    def _sentence_goal(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """One sentence read as the goal and rewritten alone, the others kept as written
        in their place (sentence_goal.py); nothing when no sentence reads whole alone, a
        kept one commits the writer, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        spans = sentence_spans(goal, style) if style is not None else []
        said = [goal.text[a:b].strip() for a, b in spans]
        # a review moment told in the next sentence bounds the routine: the sentence alone
        # is not asked for an end ('Until [date], ...'); other criteria the whole passes may
        # pass by how the whole was read, so they are asked again
        given = frozenset({Criterion.T}) if report.criteria[Criterion.T].passed else frozenset()
        for n in goal_candidates(goal, ctx, spans):
            parts = self._rewritten_instead(said[n], goal, given)
            if len(parts) != 1 or "\n" in parts[0] or parts[0] == said[n]:
                continue
            text = " ".join([*said[:n], parts[0], *said[n + 1 :]])
            if _seamless((text,), goal, ctx):
                return (text,)
        return ()

    def _set_apart(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """The goal rewritten without its bracketed asides, each put back after the words it
        followed (set_aside.py); nothing when the text without them does not fail all the
        goal failed, packs goals, gets only the fallback, or the put-back shows a seam
        (against the text without asides: a bracket can make the goal's own parse odd)."""
        goal = report.goal
        apart = set_apart(goal.text)
        if apart is None:
            return ()
        judged = self._judged_instead(apart.text, goal)
        if judged is None or judged.is_smart or judged.split or not judged.rewrite:
            return ()
        if judged.structured_rewrite is not None or not failed(report) <= failed(judged):
            return ()  # what the goal failed must be what the rewrite fixes
        back = apart.put_back(judged.rewrite)
        return (back,) if back is not None and _seamless((back,), judged.goal, ctx) else ()

    def _owned_instead(
        self,
        report: GoalReport,
        ctx: RuleContext,
        reader: Callable[[Goal, RewriteStyle], str | None],
    ) -> tuple[str, ...]:
        """The goal read again by ``reader`` with its hedge taken out and rewritten as a
        goal of its own; nothing when A passed, the reader finds nothing, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or report.criteria[Criterion.A].passed:
            return ()
        text = reader(goal, style)
        return self._read_instead(text, goal, ctx)

    def _explored(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A firm act whose purpose is to find out whether a job or place suits, told with
        a hedge ('een dag meelopen om te kijken of dat iets voor mij is', 'to see if'): the
        goal read again with the purpose told without it (exploring.py) and rewritten as a
        goal of its own (one rewrite per goal when it packs several); nothing when A
        passed, or on a seam."""
        return self._owned_instead(report, ctx, explored_purpose)

    def _how_doubted(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A doubt of how with a hedged step after it ('Not sure how, visiting some
        nurseries maybe?'): the text read again with the step asked alone (how_means.py),
        rewritten as one goal; nothing when there is none, or on a seam."""
        style = style_for(ctx)
        found = how_doubt(report.goal, style) if style is not None else None
        if found is None or style is None:
            return ()
        parts = self._rewritten_instead(found.text, report.goal)
        if len(parts) != 1 or sentence_ends(parts[0].rstrip(), style.abbreviations):
            return ()  # the aim left a sentence of its own: the step is no means of it
        return parts if _seamless(parts, report.goal, ctx) else ()

    def _choice_asked(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Two options asked, the second after an alternative ('Learn Go? or stay with
        Java'): the choice as the writer's step, rewritten, and each sentence after it as a
        goal of its own (asked_choices.py); nothing when there is none, or on a seam."""
        style = style_for(ctx)
        goal = report.goal

        def committed_verb(option: str) -> bool:  # 'I will learn Go.': 'learn' a verb
            subject = style.default_subject if style is not None else ""
            aux = style.subjects.get(subject.lower(), "") if style is not None else ""
            try:
                doc = self.parse(f"{subject} {aux} {option}.", goal.lang, goal.reference_date).doc
            except SmartcheckError:
                return False
            words = [t for t in doc if not t.is_punct] if doc is not None else []
            if len(words) < 3:
                return False
            # English: the verb after the auxiliary; Dutch: the infinitive that ends the clause
            verb = words[-1] if style is not None and style.word_order == "v2" else words[2]
            return verb.pos_ == "VERB"

        found = asked_choice(goal, style, committed_verb) if style is not None else None
        if found is None or style is None or discussion(goal, ctx, style) is not None:
            return ()  # '... Need to discuss with X': agreed with X, the rest read again
        parts: list[str] = []
        for text in (found.step, *found.after):
            rewritten = self._rewritten_instead(text, report.goal)
            if len(rewritten) != 1:
                return ()
            parts += rewritten
        if found.kept:  # 'Should I do X or Y? Honestly don't know ...': the remark kept
            parts[0] = " ".join([parts[0], *found.kept])
        return tuple(parts) if _seamless(tuple(parts), report.goal, ctx) else ()

    def _course_wished(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A course the writer wishes for, named as a thing ('I'd like the first aid course
        if possible'): the text read again with the course taken (course_wishes.py),
        rewritten as one goal; nothing when there is none, or on a seam."""
        style = style_for(ctx)
        text = course_wished(report.goal, ctx, style) if style is not None else None
        return self._read_instead(text, report.goal, ctx)

    def _means(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """The writer's means, told ('Hiervoor ga ik ...') or asked ('Kan ik een cursus
        doen?'), as the goal's behaviour. A text that ends on the asked means ('...
        Misschien een cursus via de arbo?') has it as its plan, so it is tried first;
        otherwise a means told comes before one asked."""
        readers = (self._meant, self._asked_means)
        if asks_last(report.goal.text):
            readers = (self._asked_means, self._meant)
        for read in readers:
            found = read(report, ctx)
            if found:
                return found
        return ()

    def _asked_means(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A means asked or hedged after the aim ('Kan ik een cursus leidinggeven doen?',
        'Maybe a course?'): the means committed as the writer's step with the aim as its
        purpose (asked_means.py), rewritten as one goal, the context kept as written;
        nothing when the text is no such pair, or on a seam."""
        style = style_for(ctx)
        found = asked_means(report.goal, ctx, style) if style is not None else None
        if found is None:
            return ()
        parts = self._rewritten_instead(found.sentence, report.goal)
        if len(parts) != 1:
            return ()
        text = " ".join([*found.before, parts[0], *found.after])
        if found.before and not self._owned(text, report.goal):
            # context that tells others' acts first ('... a lot of students ask about
            # safety ...') reads as the goal's owner: the goal first, the context after it
            text = " ".join([parts[0], *found.after, *found.before])
        return (text,) if _seamless((text,), report.goal, ctx) else ()

    def _owned(self, text: str, goal: Goal) -> bool:
        """Does ``text``, a rewrite of ``goal``, read as the writer's own commitment (A)?"""
        judged = self._judged_instead(text, goal)
        return judged is None or judged.criteria[Criterion.A].passed

    def _followed_up(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A follow-up step told short after the goal ('Evt. daarna een geurtraining.', 'Then
        maybe a course.'): the goal rewritten, then the step committed in its own sentence
        (followups.py); nothing when the text ends in no such step, or on a seam."""
        style = style_for(ctx)
        goal = report.goal
        found = follow_up(goal, style) if style is not None else None
        if found is None or style is None:
            return ()
        try:
            kind = step_kind(self.parse(found.step, goal.lang, goal.reference_date), ctx, style)
        except SmartcheckError:
            return ()
        if kind is None:
            return ()
        parts = self._rewritten_instead(found.goal, goal)
        if len(parts) != 1 or "\n" in parts[0]:
            return ()
        text = f"{parts[0]} {step_sentence(found, kind, style)}"
        return (text,) if _seamless((text,), goal, ctx) else ()

    def _added_tail(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A thing added short after the goal ('And maybe magnetic particle too.'): the goal
        rewritten, the addition after it as written without its hedge (added_tails.py);
        nothing for any other text, or on a seam."""
        style = style_for(ctx)
        conditions = frozenset(w.lower() for w in ctx.pack.words("condition_markers"))
        found = added_tail(report.goal, style, conditions) if style is not None else None
        if found is None:
            return ()
        parts = self._rewritten_instead(found[0], report.goal)
        if len(parts) != 1 or "\n" in parts[0]:
            return ()
        text = f"{parts[0]} {found[1]}"
        return (text,) if _seamless((text,), report.goal, ctx) else ()

    def _first_step(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A far aim hedged with a vague or ranged time, then the step the writer takes
        now ('For now I want to ...'): the step rewritten with the far aim as its purpose
        (first_steps.py); nothing when the text is no such pair, or on a seam."""
        style = style_for(ctx)
        found = first_step(report.goal, style) if style is not None else None
        return self._one_sentence_instead(found, report.goal, ctx)

    def _precondition(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A wish, then the step the writer must take first ('..., maar eerst moet ik X',
        '..., but first I need to X'): the step rewritten with the wish as its purpose
        (preconditions.py); nothing when the text is no such pair, or on a seam."""
        style = style_for(ctx)
        found = precondition_step(report.goal, ctx, style) if style is not None else None
        return self._one_sentence_instead(found, report.goal, ctx)

    def _tail_timed(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A time hedged or asked after the comma that ends the writer's wished step ('...,
        maybe in March?'): the step committed at that time (tail_times.py), rewritten as one
        sentence; nothing when the text is no such step, or on a seam."""
        style = style_for(ctx)
        if style is None:
            return ()
        found = tail_timed(report.goal, ctx, style)
        committed = self._one_sentence_instead(found, report.goal, ctx)
        if not committed or self._owned(committed[0], report.goal):
            return committed
        # 'Become team leader - maybe next year?': an outcome others decide, committed, is
        # still not the writer's own (JUDGING A); told as the wish at that time, the frames
        # make it the purpose of the writer's behaviour
        wished = tail_timed(report.goal, ctx, style, wished=True)
        return self._one_sentence_instead(wished, report.goal, ctx) or committed

    def _tried(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A hedged step without its subject ('Maybe shadow the planner', 'Perhaps take a
        course first?') or an act tried out ('try teaching X'): the goal read again with the
        step committed (exploring.py) and rewritten as a goal of its own; nothing when A
        passed, or on a seam. A step that opens the text asked without a hedge ('Learn X?
        Would be great but ...', 'Een cursus X volgen?') is the writer's too, whether A
        passed or not: the question asks whether to take it."""
        style = style_for(ctx)
        tried = self._owned_instead(report, ctx, committed_trial)
        if style is not None and self._own_doubt(report, style, ctx):
            # 'Maybe do X next year? Not sure it's worth it': settled, never committed; the
            # step read again settles it, or the reservation step does (_reserved)
            frame = style.frames.settled or "{who}{clause}"
            told = style.asked_decider + frame.split("{who}")[1].split("{clause}")[0]
            return tried if all(told in t for t in tried) else ()  # '... uit of', 'on whether'

        if tried or style is None:
            return tried
        asked = committed_trial(report.goal, style, asked=True)
        if asked == committed_trial(report.goal, style) and not opens_asked(report.goal, style):
            return ()  # no step asked: a trial alone is read only when A failed (above), or
            # asked ('Try 3D scanning for fittings?')
        return self._read_instead(asked, report.goal, ctx)

    @staticmethod
    def _own_doubt(report: GoalReport, style: RewriteStyle, ctx: RuleContext) -> bool:
        """The writer doubts whether the hedged step happens at all ('Not sure it's worth
        it', 'weet niet of dat wat voor mij is'): the step is settled with the manager
        (``_reserved``), never committed first with the doubt beside it."""
        found = reservation_cut(report.goal.text, style, ctx.pack.words("coordinators"))
        return found is not None and found.doubted and not found.timed

    def _formed(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal written as a form ('Wat: ... Wanneer: ... Hoe gemeten: ...'): the fields
        written as the writer's sentence, which is judged and rewritten as a goal of its
        own, the reason field kept after it (forms.py); nothing when the act is no verb
        phrase or course, the sentence gets no whole rewrite, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        form = read_form(goal.text, style) if style is not None else None
        if form is None or style is None:
            return ()
        what, when = form.value(WHAT) or "", form.value(WHEN)
        roles = {f.role for f in form.fields}
        if roles <= {WHAT, MEANS}:
            return ()  # 'Beter plannen. Hoe: ...': the means fills the behaviour (means.py)
        try:
            if roles <= {WHAT, REASON} and not self._dated_reason(report, form):
                return ()  # a goal with its reason: the remark reading's (remarks.py)
            first, _, rest = what.partition(" ")
            named = rest if first.lower() in style.determiners and rest else what
            named_goal = self.parse(named + ".", goal.lang, goal.reference_date)
            if course_goal(named_goal, ctx, style) is not None:  # 'cursus X', 'a first aid course'
                act = form_act(words_of(named_goal), True, style, goal.lang)
            else:  # 'de kassa leren opmaken', 'learn to use the till'
                told = self.parse(what + ".", goal.lang, goal.reference_date)
                act = form_act(words_of(told), False, style, goal.lang)
            if act is None:
                return ()
            phrase = None
            if when:
                times = self.parse(when + ".", goal.lang, goal.reference_date).deadlines
                read = next((t for t in times if t.text == when), None)
                months = frozenset(m.lower() for names in ctx.pack.time.months for m in names)
                phrase = when_phrase(when, read, months, style)
            kept = {REASON, MEANS}
            measure = form.value(MEASURE)
            if measure and any(
                w.finite for w in words_of(self.parse(measure, goal.lang, goal.reference_date))
            ):
                kept.add(MEASURE)  # 'de map ligt in de kantine': a clause, kept as written
            sentence = form_sentence(act, form, phrase, style, frozenset(kept))
            # asked only for what the whole form lacks; a reason's date is no deadline of it
            given = frozenset(
                c
                for c, score in report.criteria.items()
                if score.passed and not (c is Criterion.T and form.value(REASON))
            )
            judged = self.evaluate(self.parse(sentence, goal.lang, goal.reference_date), given)
        except SmartcheckError:
            return ()
        if judged.structured_rewrite is not None:
            return ()
        if judged.split and all(f.role in (WHAT, REASON) for f in form.fields):
            return ()  # 'Goal: X and Y. Reason: ...': goals with a remark (remarks.py)
        # one goal the fields make: a candidate that reads it as two is no reading of the form
        found = (sentence,) if judged.is_smart else [r for r in judged.rewrites if "\n" not in r]
        for candidate in found:
            text: str | None = without_second_measure(candidate, form, style, frozenset(kept))
            if when and phrase is None and text is not None:
                text = asked_with_when(text, when, style)
            if text is None:
                continue
            text = with_kept(text, form, frozenset(kept))
            if _seamless((text,), goal, ctx):
                return (text,)
        return ()

    def _dated_reason(self, report: GoalReport, form: Form) -> bool:
        """The whole form passed T and its reason names a time ('Why: the audit in March'):
        that time is the reason's, so the goal's own date is asked (forms.py)."""
        reason = form.value(REASON)
        if reason is None or not report.criteria[Criterion.T].passed:
            return False
        goal = report.goal
        return bool(self.parse(reason + ".", goal.lang, goal.reference_date).deadlines)

    def _concluded(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal set off by a conclusion label after the sentences that explain it ('...
        Dus: werkbonnen beter invullen.'): the goal after the label judged and rewritten on
        its own, the other sentences kept as written (concluded.py); nothing on a seam."""
        found = concluded(report.goal, ctx.pack.words("conclusion_labels"))
        return self._situated_by(report, ctx, found) if found is not None else ()

    def _counted(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A list after a count label ('Two things: improve X and learn Y', 'Drie punten: X,
        Y en Z'): the label goes and each goal it counts is rewritten as a goal of its own,
        the list cut at its commas and last coordinator, or else as the reading cuts it
        (counted.py); nothing when the goals do not come to the count, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        numbers = number_words(ctx.pack.time)
        found = count_label(goal.text, style, numbers) if style is not None else None
        if found is None or style is None:
            return ()
        rest = found.rest.strip()
        rest = rest[:1].upper() + rest[1:]
        joiners = frozenset(w.lower() for w in ctx.pack.words("coordinators"))
        try:
            words = words_of(self.parse(rest, goal.lang, goal.reference_date))
        except SmartcheckError:
            return ()
        cut = self._each_rewritten(counted_pieces(words, found.count, joiners), goal, ctx)
        if cut:
            return cut
        parts = self._rewritten_instead(rest, goal)  # the reading's own cut of the list
        counts = len(parts) >= 2 and found.count in (None, len(parts))
        return parts if counts and _seamless(parts, goal, ctx) else ()

    def _both(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Objects fronted before the verb that resumes them with a word for both ('Milk
        frothing and latte art, learn both'): one goal with the objects in their place,
        judged and rewritten as a goal of its own (counted.py); a rewrite that reads it as
        two goals is none of it. Nothing on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None:
            return ()
        joiners = frozenset(w.lower() for w in ctx.pack.words("coordinators"))
        text = both_goal(words_of(goal), style, joiners, goal.lang)
        if text is None:
            return ()
        judged = self._judged_instead(text, goal)
        if judged is None:
            return ()
        if judged.structured_rewrite is not None:
            return ()
        found = (text,) if judged.is_smart else [r for r in judged.rewrites if "\n" not in r]
        return next(((r,) for r in found if _seamless((r,), goal, ctx)), ())

    def _routines_meant(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A result and the writer's routines after a semicolon that point back at it, read
        as several goals (S004/R004): the routines become the means of the result in one
        sentence (routine_means.py); nothing when the text is no such pair, or when that
        sentence gets no whole rewrite, or on a seam."""
        style = style_for(ctx)
        if style is None or not packs_goals(report):
            return ()
        text = routines_as_means(report.goal, ctx, style)
        return self._one_sentence_instead(text, report.goal, ctx)

    def _meant(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal followed by a sentence of the writer's means ('Beter plannen. Plan: elke
        week de cijfers bijhouden.'): the goal is rewritten on its own and the means fills
        the behaviour its rewrite asks for, the other sentences kept as written (means.py);
        nothing when no rewrite asks for a behaviour, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None:
            return ()
        roles = frozenset(ctx.pack.words("predicative_markers"))
        labels = frozenset(ctx.pack.words("goal_labels"))
        found = meant(goal, style, roles) or labelled(goal, style, labels)
        if found is None:
            return ()
        # an event whose date a finding asks has it asked in the means, as in one clause
        asking = report.criteria[Criterion.T].findings
        asked = [
            e
            for e in goal.deadlines
            if any(points_at(f.start, f.end, e.start, e.end) for f in asking)
        ]
        found = with_event_date(found, goal, style, asked)
        # asked only for what the whole text lacks; S stays asked when a means answers it
        answered = Criterion.S if found.means else None
        given = frozenset(
            c for c, score in report.criteria.items() if score.passed and c is not answered
        )
        try:
            read = self.parse(found.goal, goal.lang, goal.reference_date)
            stages = [(read, "")]
            note = noted(read, style)  # 'Netter opleveren, minder herstelwerk': the note after
            if note is not None and not note.clause:
                stages.append((self.parse(note.head, goal.lang, goal.reference_date), note.inside))
            for told, after in stages:
                judged = self.evaluate(told, given)
                if judged.split:
                    continue
                framed = means_purpose(judged, ctx, style)  # the goal as the means' purpose
                rewrites = () if judged.is_smart else judged.rewrites
                texts = [*rewrites, *([framed] if framed else [])]
                if framed and not answered and not judged.criteria[Criterion.S].passed:
                    texts = [framed, *rewrites]  # 'Doel: eind dit jaar ...': its time in front
                for rewrite in texts:
                    text = with_plan(rewrite, found, style, after)
                    if text is not None and not find_seams(text, goal, ctx, style):
                        return (text,)
        except SmartcheckError:
            return ()
        return ()

    def _voiced(self, report: GoalReport, ctx: RuleContext, voice: Voice | None) -> str | None:
        """Another person's voice framing the goal ('Mijn leidinggevende vindt dat ik ...',
        '..., zegt de teamchef'; ``voice``, read once by the caller): the writer's own
        clause is checked as a goal of its own, and its rewrite (or the clause, when it
        passes) keeps the other's words as its reason (voices/)."""
        style = style_for(ctx)
        if voice is None or style is None:
            return None
        if refusal(report.goal.text, style.abbreviations) not in (None, QUESTION):
            return None  # no goal sentence (too long, a list): nothing to frame
        if reported_reason(words_of(report.goal), style) is not None:
            return None  # '..., mijn teamleider zegt dat ik ...': the reason of the writer's own
        if asked_remark(report.goal, style) is not None:
            return None  # '... Fine, but when would I fit that in?': the question is kept by
            # the remark reading, never dropped with the voice's tail (asked_remarks.py)
        goal = report.goal
        judged = self._judged_instead(voice.inner, goal)
        if judged is None:
            return None
        if judged.goal.doc is not None and relative_verb_changed(judged.goal.doc, goal, style):
            return None  # '... waar het personeel ontbreken': the writer's clause misread
        if judged.is_smart:
            sentences: tuple[str, ...] = (voice.inner,)
        elif judged.rewrite and judged.structured_rewrite is None and not judged.split:
            sentences = judged.rewrites  # the first that takes the credit without a seam
        elif judged.split:  # 'ik ga X inplannen en de facturen maken': split in two, the
            # other's wish covers both: each goal with the credit when S failed (the rewrite
            # must pass it, and one sentence would pack two goals: S004), else one sentence
            packed = not report.criteria[Criterion.S].passed  # and S is asked of the rewrite
            each = self._each_credited(judged, voice, ctx, style) if packed else None
            if each is not None:
                return each
            sentences = tuple(r for r in judged.rewrites if r not in judged.split and "\n" not in r)
        else:
            return None
        for sentence in sentences:
            if voice.needs and voice.needs not in sentence:
                continue  # the rewrite still tells the other's wish, not the writer's part
            if voice.behaviour:  # the writer's own means fills the behaviour asked for
                filled = with_means(sentence, voice.behaviour, style)
                if filled is None:
                    continue
                sentence = filled
            found = credited(sentence, voice, judged.goal, ctx, style)
            if found is not None:
                return found
        return None

    def _each_credited(
        self, judged: GoalReport, voice: Voice, ctx: RuleContext, style: RewriteStyle
    ) -> str | None:
        """Each goal of ``judged``'s split with the other's credit ('..., as my manager
        wants.' after both), one per line; None when the voice names a behaviour or a need
        of its own, or a part shows a seam."""
        if voice.behaviour or voice.needs or not judged.split:
            return None
        parts = [with_credit(part, voice, ctx, style) for part in judged.split]
        if any("\n" in p or part_seams(p, judged.goal, ctx) for p in parts):
            return None
        return "\n".join(parts)

    def _next_step(self, report: GoalReport, ctx: RuleContext) -> str | None:
        """A text that is only a past achievement ('Vorig jaar heb ik mijn diploma gehaald.')
        holds no goal: the rewrite asks for the next step that builds on it, the past kept
        as the clause that looks back (context.py); None for any other text, or a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or refusal(goal.text, style.abbreviations):
            return None
        found = past_only(goal, ctx, style)
        if found is None:
            return None
        sentence = next_step(found, goal, style)
        return None if find_seams(sentence, goal, ctx, style) else sentence

    def _situated(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal with sentences of context ('Omgaan met boze klanten. Ik neem dat te veel
        mee naar huis.'): the goal is judged and rewritten on its own, the context kept
        verbatim where the writer put it (rewrite/situation.py). Nothing when a rewrite
        shows a seam or the goal gets only the structured fallback."""
        style = style_for(ctx)
        if style is None or difficulty_goal(words_of(report.goal), style, report.lang):
            return ()  # 'X is voor mij lastig, daar wil ik aan werken': getting better at X
        found = situated(report.goal, ctx, style)
        return self._situated_by(report, ctx, found) if found is not None else ()

    def _told_first(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Sentences that tell the writer's role or what happened before the goal ('I'm
        working at the international desk. My goal is to ...'): the rest judged and rewritten
        on its own, those sentences kept in front as written (several.py); nothing when the
        text opens with none, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None:
            return ()
        subjects = frozenset(ctx.pack.words("first_person_subject"))
        if len(goal_pieces(goal.text, subjects, ctx.pack.words("goal_labels"))) > 1:
            return ()  # a text of several goals: its split reads what each sentence tells
        told = sentences(goal.text.strip(), style.abbreviations)
        before: list[str] = []
        for sentence in told[:-1]:
            try:
                read = self.parse(sentence, goal.lang, goal.reference_date)
            except SmartcheckError:
                return ()
            if not tells_context(read, style, ctx.pack.words("role_verbs")):
                break
            before.append(sentence)
        if not before:
            return ()
        rest = " ".join(told[len(before) :])
        found = Situated(goal=rest, before=tuple(before))
        return self._situated_by(report, ctx, found, passing=False)  # it fails with the rest

    def _state_first(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal that opens with how a thing is now ('De werkplaats is altijd een chaos, ik
        wil ...'): the rest judged and rewritten on its own, the state kept before it as a
        sentence (state_first.py); nothing when it opens otherwise, or on a seam."""
        style = style_for(ctx)
        found = state_first(report.goal, style) if style is not None else None
        return self._situated_by(report, ctx, found, passing=False) if found else ()

    def _untried(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """An act the writer has never done, then the wish to learn it: the clause kept as
        written, the wish read with the act (untried_acts.py); nothing on a seam."""
        style = style_for(ctx)
        found = untried_then_wish(report.goal, ctx, style) if style is not None else None
        return self._situated_by(report, ctx, found, passing=False) if found else ()

    def _state_then_goal(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal whose writer's clause with a modal follows how things are or what others
        do ('Mijn collega's vragen mij altijd om hulp, ik wil ...'): that clause judged and
        rewritten on its own (kept as written when it passes: the opening failed the text),
        the opening kept before it as a sentence (state_first.py); nothing when it opens
        otherwise, or on a seam."""
        style = style_for(ctx)
        found = state_then_goal(report.goal, style) if style is not None else None
        return self._situated_by(report, ctx, found) if found else ()

    def _past_after(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal with a past incident after a comma ('..., vorige maand ging het twee keer
        mis'): the goal judged and rewritten on its own, the incident kept after it as a
        sentence (past_after.py); nothing when it ends otherwise, or on a seam."""
        style = style_for(ctx)
        found = past_after(report.goal, style) if style is not None else None
        return self._situated_by(report, ctx, found, passing=False) if found else ()

    def _present_after(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal with how things are now after a comma ('..., overdracht gaat vaak fout'):
        the goal rewritten on its own, the situation kept after it (present_after.py)."""
        style = style_for(ctx)
        found = present_after(report.goal, style) if style is not None else None
        return self._situated_by(report, ctx, found, passing=False) if found else ()

    def _voiced_after(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal with someone else's view after a comma ('..., my supervisor says they are
        too generic'): the goal rewritten on its own, the view kept after it (voiced_after.py)."""
        style = style_for(ctx)
        found = voiced_after(report.goal, style) if style is not None else None
        return self._situated_by(report, ctx, found, passing=False) if found else ()

    def _fronted_after(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal with how things are now after a comma and a fronted adverbial ('..., vooral
        bij gezinnen met kleine kinderen gaat het vaak mis'): the goal rewritten on its own,
        the situation kept after it (fronted_after.py)."""
        style = style_for(ctx)
        found = fronted_after(report.goal, style) if style is not None else None
        return self._situated_by(report, ctx, found, passing=False) if found else ()

    def _time_folded(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal that ends in a sentence of only a time ('... Misschien 2 of 3 keer dit
        jaar.'): that time folded into the goal, rewritten in its place (folded_time.py)."""
        style = style_for(ctx)
        text = time_folded(report.goal, ctx, style) if style is not None else None
        return self._one_sentence_instead(text, report.goal, ctx)

    def _absolute_folded(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal that ends in a sentence of only an absolute ('... No mistakes.'): that
        absolute folded into the goal, bounded there (closing_absolutes.py)."""
        style = style_for(ctx)
        text = absolute_folded(report.goal, ctx, style) if style is not None else None
        return self._one_sentence_instead(text, report.goal, ctx)

    def _interest_course(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A field and the writer's interest in a course ('Lassen van wapening, interesse in
        een cursus.'): read as the course asked on it, rewritten in its place
        (interest_course.py)."""
        style = style_for(ctx)
        found = interest_as_asked(report.goal, ctx, style) if style is not None else None
        if found is None:
            return ()
        parts = self._rewritten_instead(found[0], report.goal)
        if len(parts) != 1 or found[1].lower() not in parts[0].lower():
            return ()  # no course on the field: the field read otherwise
        return parts if _seamless(parts, report.goal, ctx) else ()

    def _added(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A sentence whose second goal is added with 'and also I want', 'en daarnaast wil
        ik', or a last sentence that adds an aim as a nice-to-have ('Minder weggooien zou
        ook mooi zijn'): each goal rewritten on its own (added_goals.py, nice_to_haves.py);
        nothing when a goal only gets
        the structured fallback or a rewrite shows a seam."""
        style = style_for(ctx)
        found = added_goals(report.goal, ctx, style) if style is not None else None
        if found is None and style is not None:  # 'X wants me to Y. I'd also like Z.'
            found = added_sentence(report.goal, ctx, style, self._others_first(report, style))
        if found is None and style is not None:  # '... Minder weggooien zou ook mooi zijn.'
            found = nice_to_have(report.goal, ctx, style)
        if found is None:
            return ()
        parts: list[str] = []
        for text in found:
            rewritten = self._rewritten_instead(text, report.goal)
            if len(rewritten) != 1:
                return ()
            parts += rewritten
        return tuple(parts) if _seamless(tuple(parts), report.goal, ctx) else ()

    def _others_first(self, report: GoalReport, style: RewriteStyle) -> bool:
        """Does the goal's first sentence tell another person's wish ('My manager wants me
        to X.')? Only a text of two or three sentences adds one of the writer's own: a
        single sentence, or a pasted list of many, is never parsed again here."""
        told = sentences(report.goal.text.strip(), style.abbreviations)
        goal = report.goal
        if not 1 < len(told) <= MOST_SENTENCES:
            return False
        try:
            first = self.parse(told[0], goal.lang, goal.reference_date)
        except SmartcheckError:
            return False
        return first is not None and others_wish(first, style) is not None

    def _own_state(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal with a sentence in which the writer tells how the work goes now ('... Some
        days I only manage 14 patients.'): the goal rewritten on its own, that sentence kept
        as written (own_state.py)."""
        style = style_for(ctx)
        found = own_state_told(report.goal, ctx, style) if style is not None else None
        if found is None or style is None:
            return ()
        parts = self._situated_by(report, ctx, found, passing=False)
        told = (*found.before, *found.after)
        counted = with_baseline(parts, report.goal, told, style)
        return counted if counted != parts and _seamless(counted, report.goal, ctx) else parts

    def _context_kept(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal with a sentence that tells a precondition or a past problem ('Ik moet wel
        eerst met X overleggen.', 'Last year I missed two deadlines.'): the other sentences
        rewritten as the goal, that sentence kept as written (told_context.py)."""
        style = style_for(ctx)
        found = context_told(report.goal, ctx, style) if style is not None else None
        if found is None:
            return ()
        return self._situated_by(report, ctx, found, passing=False)  # it fails with the context

    def _situated_by(
        self, report: GoalReport, ctx: RuleContext, found: Situated, passing: bool = True
    ) -> tuple[str, ...]:
        """``found.goal`` judged and rewritten on its own, the context kept around it as the
        writer placed it (as written when it passes, if ``passing``); nothing on a seam or
        when only the structured fallback is left."""
        goal = report.goal
        judged = self._judged_instead(found.goal, goal)
        if judged is None or (judged.is_smart and not passing):
            return ()
        if judged.is_smart:
            parts: tuple[str, ...] = (found.goal,)
        elif judged.rewrite and judged.structured_rewrite is None:
            parts = judged.split or (judged.rewrite,)
        else:
            return ()
        parts = with_situation(parts, found)
        return parts if _seamless(parts, goal, ctx) else ()

    def _aimed(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Someone else's aim, then the writer's own step ('Management wants me to lead the
        audits. Hopefully I can do my first one by May.', 'Er moet meer omzet komen, dus ik
        ...'): the step is judged and rewritten as a goal of its own and the aim, which fails
        A on its own, stays after it as what the step serves (aims.py); nothing when the aim
        is the writer's own, the step gets no whole rewrite, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or report.criteria[Criterion.A].passed:
            return ()
        refused = refusal(goal.text, style.abbreviations)
        if refused not in (None, SEVERAL):
            return ()
        found = aim_and_step(goal.text, style)
        if found is None or (refused is not None and not found.between):
            return ()
        if purpose_joined(goal, ctx, style):
            return ()  # 'X wants me to learn Y, so I can Z': Z is the learning's purpose
        if self._opinion(found.written, goal, ctx, style):
            return ()  # 'Ik vind het zelf ook nuttig': no step, the opinion kept (stance.py)
        if self._uneasy(found.written, goal, ctx):
            return ()  # 'Ik voel me niet op mijn gemak, maar ik ga het proberen' (_wish_aside)
        if self._conditioned(found.written, goal, style):
            return ()  # 'Fine, but I will need access to X': a condition, no step (_wish_aside)
        if self._misgiving(found.written, goal, style):
            return ()  # 'Ik sta niet graag voor een groep': a misgiving, no step (_wish_aside)
        if trial_opened(found.written, style) is not None:
            return ()  # 'Ik ga het proberen, maar ...': a trial, no step (_wish_aside)
        if self._denied(found.written, goal, ctx):
            return ()  # 'Ik weet echt niet waar ik moet beginnen': a lack, no step
        if found.between and not self._no_goal(found.between, goal, ctx, style):
            situation = self.parse(found.between, goal.lang, goal.reference_date)
            if not (found.reason and tells_situation(situation, style)):
                return ()  # the middle sentence is a goal of its own
        try:
            aim = self.evaluate(self.parse(found.aim, goal.lang, goal.reference_date))
            wish = others_wish(aim.goal, style)  # 'The helpdesk lead wants fewer X'
            if aim.criteria[Criterion.A].passed and wish is None:
                return ()  # the first part is the writer's own: no aim of others
            particles = frozenset(ctx.pack.words("separable_particles"))
            voice = other_voice(aim.goal, style, particles)
            purposes = voiced_aim(voice, style) if voice is not None else ()
            if not purposes:  # an obligation with no owner: the result the step brings
                purposes = tuple(p for r in aim.rewrites if (p := owned_aim(r, style)))
            marks = style.placeholders
            comparison = (  # 'fewer X': by how much
                style.frames.comparison.format(
                    current_number=marks.current_number, target_number=marks.target_number
                )
                if ctx.find(aim.goal, "comparatives")
                else ""
            )
            reason = (
                wish_reason(wish, style, comparison) if wish is not None and not purposes else None
            )
            purposes = purposes or ((reason,) if reason else ())  # 'as management wants X'
            told = clause_reason(wish, style) if wish is not None else None
            if told:  # 'wil dat er X komt': 'zodat er X komt', when no other reads whole
                purposes = (*purposes, told)
            if not purposes:
                return ()
            told_step, remark = found.step, ""
            if without_purpose_pointer(found.written, style) != found.written:
                told_step = committed_step(told_step, style)  # 'daarvoor moet ik': 'ik ga'
            if asked_pointer(found.step, style) is not None:  # 'learn how that works'
                inner = self.parse(voice.inner, goal.lang) if voice is not None else None
                objected = with_aim_object(found.step, inner, style) if inner else None
                if objected is None:
                    return ()
                told_step = committed_step(objected, style)  # 'ik moet' -> 'ik ga'
            if found.after:  # 'Liefst voor X.': the step's time; 'Not my thing.': a remark
                told_step = committed_step(told_step, style)
                told_step, remark = self._after_step(told_step, found.after, goal, ctx, style)
                if not told_step:
                    return ()
            parsed = self.parse(told_step, goal.lang, goal.reference_date)
            step = self.evaluate(parsed)
            written = self.parse(found.written, goal.lang, goal.reference_date)
            # the aim's own time ('next month') may be the step's: asked for no second one
            timed = self.evaluate(parsed, frozenset({Criterion.T})) if aim.goal.deadlines else None
        except SmartcheckError:
            return ()
        if tells_past(written) or others_clause(written, style) or only_state(written):
            return ()  # 'Bij de laatste offertes zaten we ernaast': the situation, no step
        for judged in (step, timed) if timed is not None else (step,):
            if judged.split or judged.structured_rewrite is not None:
                continue
            for rewrite in (told_step,) if judged.is_smart else judged.rewrites:
                for purpose in purposes:  # a learning step: the aim is what it serves
                    text = aim_as_result(rewrite, purpose, style) or with_aim(rewrite, purpose)
                    text = f"{text} {found.between}" if found.between else text
                    text = f"{text} {remark}" if remark else text
                    if not find_seams(text, goal, ctx, style):
                        return (text,)
        return ()

    def _time_doubted(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A time the writer rules out ('..., so maybe not this year'): the goal without it
        judged and rewritten, which asks for the date (doubted_times.py); nothing when the
        goal has none, the rest gets no whole rewrite, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        text = without_doubted_time(goal, ctx, style) if style is not None else None
        if style is None or text is None:
            return ()
        try:
            alone = self.evaluate(self.parse(text, goal.lang, goal.reference_date))
        except SmartcheckError:
            return ()
        if alone.split or alone.structured_rewrite is not None:
            return ()
        return next(((r,) for r in alone.rewrites if not find_seams(r, goal, ctx, style)), ())

    def _timing_doubted(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A hedged doubt of when the goal is realistic after it ('Misschien is dat pas
        volgend jaar realistisch.'): the goal without it judged and rewritten, with the later
        time it names as the deadline, or the date asked when it doubts the time it names
        (timing_doubts.py); nothing when there is none, no whole rewrite, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        found = timing_doubt(goal, ctx, style) if style is not None else None
        if found is None and style is not None:  # '..., maar ik weet niet of ik dat dit jaar kan'
            found = ability_doubt(goal, ctx, style)
        if style is None or found is None:
            return ()
        try:
            alone = self.evaluate(self.parse(found.goal, goal.lang, goal.reference_date))
        except SmartcheckError:
            return ()
        if alone.split or alone.structured_rewrite is not None:
            return ()
        for rewrite in alone.rewrites:
            timed = with_time(rewrite, found.time, style) if found.time else rewrite
            if timed is not None and not find_seams(timed, goal, ctx, style):
                return (timed,)
        return ()

    def _gain_after(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A last sentence that tells what the writer expects to gain ('Ik denk dat ik daar
        veel van leer.'): the rest judged and rewritten, the gain as its purpose
        (benefits.py); nothing when there is none, no whole rewrite, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        found = benefit_after(goal, ctx, style) if style is not None else None
        if style is None or found is None:
            return ()
        judged = self._judged_instead(found[0], goal)
        if judged is None or judged.split or judged.structured_rewrite is not None:
            return ()
        told = (found[0],) if judged.is_smart else judged.rewrites
        for rewrite in told:
            gained = with_purpose(rewrite, found[1], style)
            if not find_seams(gained, goal, ctx, style):
                return (gained,)
        return ()

    def _enabled_after(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A last sentence that tells what the goal makes possible ('Dan kan ik ...', 'Then
        I can ...'): the rest judged and rewritten as one sentence, the consequence as its
        purpose (consequences.py); nothing when there is none, the rest is a question that
        commits to nothing, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        found = consequence_after(goal, style) if style is not None else None
        if style is None or found is None:
            return ()
        before, purpose = found
        judged = self._judged_instead(before, goal)
        if judged is None or judged.split or judged.structured_rewrite is not None:
            return ()
        if judged.is_smart and before.endswith("?"):
            return ()  # 'Is het mogelijk dat ik X?': read as a step asked (asked_steps.py)
        told = (before,) if judged.is_smart else judged.rewrites
        for rewrite in told:
            if len(sentences(rewrite, style.abbreviations)) != 1:
                continue  # a remark after the step: the purpose would follow the remark
            enabled = with_purpose(rewrite, purpose, style)
            if not find_seams(enabled, goal, ctx, style):
                return (enabled,)
        return ()

    def _offered_step(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Someone else's wish or question, then a first step the writer hedges, maybe after
        a doubt ('My supervisor asked if I want to run X. Not sure I know enough, maybe first
        a course on Y?'): the step is judged and rewritten as a goal of its own, the offered
        task follows as its purpose with its credit, the doubt as a sentence of its own
        (offered_steps.py); nothing when the first sentence is no other person's wish for
        the writer's own act, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or report.criteria[Criterion.A].passed:
            return ()
        found = offered_step(goal, ctx, style)
        if found is None:
            return ()
        particles = frozenset(ctx.pack.words("separable_particles"))
        told = closed(capitalise(style.asked_step.format(means=found.means)))
        try:
            aim = self.parse(found.aim, goal.lang, goal.reference_date)
            voice = other_voice(aim, style, particles)
            # a phrase after the task's verb ('werken bij wespennesten'): voiced_aim would
            # read its last noun as the verb, so the extraposed reading goes alone
            purposes = extraposed_aim(voice, style) if voice is not None else ()
            purposes = purposes or (voiced_aim(voice, style) if voice is not None else ())
            if not purposes and (found.doubt or found.view) and found.asked:  # the writer's
                # own aim: the step without the remark is read whole (asked_means.py)
                alone = self.evaluate(
                    self.parse(f"{found.aim} {found.asked}", goal.lang, goal.reference_date)
                )
                if alone.structured_rewrite is not None or not alone.rewrites:
                    return ()
                text = " ".join(p for p in (found.view, alone.rewrites[0], found.doubt) if p)
                return () if find_seams(text, goal, ctx, style) else (text,)
            if not purposes:
                return ()
            step = self.evaluate(self.parse(told, goal.lang, goal.reference_date))
        except SmartcheckError:
            return ()
        if step.split or step.structured_rewrite is not None:
            return ()
        for rewrite in (told,) if step.is_smart else step.rewrites:
            for purpose in purposes:
                text = aim_as_result(rewrite, purpose, style) or with_aim(rewrite, purpose)
                text = " ".join(p for p in (found.view, text, found.doubt) if p)
                if not find_seams(text, goal, ctx, style):
                    return (text,)
        return ()

    @staticmethod
    def _two_sentences_unowned(
        report: GoalReport, ctx: RuleContext
    ) -> tuple[RewriteStyle, list[str]] | None:
        """The style and the two sentences of a goal that failed A, which the steps of
        someone else's aim beside the writer's step read; None for any other goal."""
        style = style_for(ctx)
        if style is None or report.criteria[Criterion.A].passed:
            return None
        told = sentences(report.goal.text, style.abbreviations)
        return (style, told) if len(told) == 2 else None

    def _aim_after(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """The writer's step, then someone else's aim for the writer ('Learn basic
        maintenance. My manager wants me to be more all-round for next season.'): the step
        is judged and rewritten as a goal of its own (asked only for what the whole text
        lacks: the aim's time stays its time) and the aim follows as its purpose with its
        credit (others_aims.py); nothing when the step is no goal the writer owns, the aim
        is no wish for the writer's own act, or on a seam."""
        goal = report.goal
        found = self._two_sentences_unowned(report, ctx)
        if found is None:
            return ()
        style, told = found
        particles = frozenset(ctx.pack.words("separable_particles"))
        try:
            step, aim = (self.parse(s, goal.lang, goal.reference_date) for s in told)
            wish = others_wish(aim, style)
            if others_wish(step, style) is not None or wish is None:
                return ()
            voice = other_voice(aim, style, particles)
            purposes = voiced_aim(voice, style) if voice is not None else ()
            told_wish = wished_purpose(wish, style)  # 'zodat ik ... open, zoals X wil'
            purposes = purposes or ((told_wish,) if told_wish else ())
            if not purposes or tells_past(step):
                return ()
        except SmartcheckError:
            return ()
        return self._step_with_aim(step, told[0], purposes, report, ctx, style)

    def _to_discuss(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal with whom the writer still has to discuss it after it ('... Moet ik nog met
        Ruud bespreken.', '... Need to discuss with Marieke.'): the rest judged and rewritten
        as the goal, the person named as its agreement ('in overleg met Ruud'; to_discuss.py);
        nothing without such a remark, when the rest gets no whole rewrite, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        found = discussion(goal, ctx, style) if style is not None else None
        if found is None or style is None:
            return ()
        judged = self._judged_instead(found.rest, goal)
        if judged is not None and len(judged.split) > 1 and judged.structured_rewrite is None:
            return self._each_discussed(judged.split, found.who, goal, ctx, style)
        if judged is None or len(judged.split) > 1 or judged.structured_rewrite is not None:
            return ()
        for rewrite in (found.rest,) if judged.is_smart else judged.rewrites:
            settled = bool(discussed_spans(rewrite, style))  # the step agrees it already
            text = rewrite if settled else with_agreement(rewrite, found.who, style)
            if text is not None and not find_seams(text, goal, ctx, style):
                return (text,)
        return ()

    def _each_discussed(
        self, parts: tuple[str, ...], who: str, goal: Goal, ctx: RuleContext, style: RewriteStyle
    ) -> tuple[str, ...]:
        """Several goals with one question after them that asks the manager to agree ('I want
        X and maybe Y. Can we discuss this?'): each goal agreed with whom it asks, one a line
        (discussed_parts.py); nothing when the remark names someone (whom to discuss which
        goal with is not told), or on a seam."""
        told = each_agreed(parts, who, style)
        if told is None or any(part_seams(p, goal, ctx) for p in told):
            return ()
        return told

    def _course_suggested(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Another person's advice of a course named as a thing, maybe with the writer's
        agreement after it ('My teamleader suggests the X course. I'd like to do it but the
        waiting list is long'): the course followed, credited to the one who advised it, the
        obstacle kept after it (suggested_courses.py); nothing for any other text, or on a
        seam."""
        goal = report.goal
        style = style_for(ctx)
        particles = frozenset(ctx.pack.words("separable_particles"))
        found = suggested_course(goal, style, particles) if style is not None else None
        if found is None or style is None:
            return ()
        try:
            named = self.parse(found.course, goal.lang, goal.reference_date)
        except SmartcheckError:
            return ()
        article = [w for w in words_of(named) if w.is_word][:1]
        skip = int(bool(article) and article[0].pos == "DET")
        told = course_goal(named, ctx, style, skip=skip) if style.course_goal else None
        if told is not None:  # the name as the writer wrote it ('the Prince2 course')
            name = found.course.split(None, skip)[-1]
            told = capitalise(style.course_goal.format(topic=name)) + "."
        parts = self._rewritten_instead(told, goal) if told is not None else ()
        if len(parts) != 1 or "\n" in parts[0]:
            return ()
        text = " ".join(filter(None, [with_aim(parts[0], found.credit), found.obstacle]))
        return () if find_seams(text, goal, ctx, style) else (text,)

    def _direction_closed(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A problem or state, then 'Dat moet minder' / 'That has to go up': the problem's
        reduction, or the thing with the duty and the direction, judged and rewritten alone,
        the state kept before it as written (closing_directions.py); nothing on a seam."""
        style = style_for(ctx)
        found = direction_closed(report.goal, style) if style is not None else None
        return self._situated_by(report, ctx, found, passing=False) if found else ()

    def _zero_fronted(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A zero subject that opens a need ('Geen enkele klant mag X.'): told with the empty
        subject in front and read in the goal's place (fronted_zeros.py)."""
        style = style_for(ctx)
        text = existential_told(report, style) if style is not None else None
        if style is not None and text is None:  # 'Fouten op X: 0.': '0 fouten op X.'
            zeros = frozenset(w.lower() for w in ctx.pack.words("zero_counts") if " " not in w)
            text = zero_moved(report.goal, style, zeros)
        return self._read_instead(text, report.goal, ctx)

    def _thing_offered(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A need of a thing and the writer's offer to make it ('We should have a proper
        onboarding. Maybe I could draft it?'): the act on the thing, told as the writer's
        wish and rewritten (offered_things.py); nothing for any other text, or on a seam."""
        style = style_for(ctx)
        found = thing_offered(report.goal, style) if style is not None else None
        if found is None:
            return ()
        return self._one_sentence_instead(found.wish, report.goal, ctx)

    def _act_offered(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A need nobody owns with the writer's offer of an act after it ('Er moet een betere
        overdracht komen. Misschien kan ik daar een format voor maken?'): the need rewritten as
        the writer's own part, that part made the act's purpose ('ga ik een format maken,
        zodat er ... komt'; offered_acts.py); nothing for any other text, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or len(sentences(goal.text, style.abbreviations)) > MOST_SENTENCES + 1:
            return ()  # a need and an offer, no pasted list read again sentence by sentence
        found = offered_act(goal, style)
        if found is None:
            return ()
        parts = self._rewritten_instead(found.need, goal)
        text = act_for_need(parts[0], found.act, style) if len(parts) == 1 else None
        if text is None or find_seams(text, goal, ctx, style):
            return ()
        return (text,)

    def _step_asked(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A step asked of the one who decides as the goal itself ('Is there budget for me
        to do X this year?', 'Zou ik de cursus X mogen volgen?'): the step, told as the
        writer's wish, rewritten and agreed with the manager, the remarks after it kept
        (asked_steps.py); nothing when the goal is no such question, or on a seam."""
        style = style_for(ctx)
        found = asked_step(report.goal, ctx, style) if style is not None else None
        if found is None or style is None:
            return ()
        text = self._step_agreed(found, found.statement, report, ctx, style)
        wish = _wished_step(found.statement, style)
        if text and wish is not None and not self._owned(text[0], report.goal):
            # 'Can I get a role in X?': an outcome others decide, committed, is still not the
            # writer's own (JUDGING A); told as the writer's wish, the frames make it the
            # purpose of the writer's own behaviour, agreed with the one who decides
            return self._step_agreed(found, wish, report, ctx, style) or text
        return text

    def _step_agreed(
        self,
        found: AskedStep,
        statement: str,
        report: GoalReport,
        ctx: RuleContext,
        style: RewriteStyle,
    ) -> tuple[str, ...]:
        """The asked step's ``statement`` rewritten, agreed with the one who decides, the
        remarks after it kept (see :meth:`_step_asked`); nothing on a seam."""
        parts = self._rewritten_instead(statement, report.goal)
        if len(parts) != 1 or "\n" in parts[0]:
            return ()
        first = sentences(parts[0], style.abbreviations)[0].lower().split()
        if not set(first) & {s.lower() for s in style.subjects}:
            return ()  # the need kept first ('X needs a format, agreed with ...'): no place
        agreed: str | None = parts[0]
        if found.agreed and style.asked_decider.lower() not in parts[0].lower():
            decider = style.asked_decider
            agree = lambda r: with_agreement(r, decider, style)  # noqa: E731
            agreed = agreed_first(parts[0], agree, style, found.written)
        if agreed is None:
            return ()
        text = " ".join([*filter(None, [found.before]), agreed, *found.kept])
        return (text,) if _seamless((text,), report.goal, ctx) else ()

    def _asked_noted(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A step asked as a question with a note after it ('Maybe a course in shop
        lighting? our windows look flat in the evening'): the question rewritten alone,
        asked only for what the whole text lacks, the note a sentence after it
        (asked_noted.py); nothing for any other text, when the question gets no one
        sentence, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or "?" not in goal.text:
            return ()  # most goals ask nothing: no word lists read for them
        keys: tuple[LexiconKey, ...] = (
            "coordinators",
            "subordinators",
            "reason_markers",
            "purpose_markers",
        )  # the first word of each: 'om & te' opens with 'om'
        joiners = frozenset(w.split()[0].lower() for k in keys for w in ctx.pack.words(k) if w)
        mine = {w.lower() for w in ctx.pack.words("first_person_subject")}
        others = frozenset(w.lower() for w in ctx.pack.words("subject_pronouns")) - mine
        found = asked_note(goal, style, joiners, others)
        if found is None:
            return ()
        question, note = found
        remark = self._judged_instead(note, goal)
        if remark is None or any(f.code in _HEDGED_NOTE for f in remark.findings):
            return ()  # 'Not sure if the roster allows it', 'Lijkt me goed': the doubt stays
        given = frozenset(c for c, score in report.criteria.items() if score.passed)
        parts = self._rewritten_instead(question, goal, given)
        if len(parts) != 1 or "\n" in parts[0] or parts[0] == question:
            return ()
        text = f"{parts[0]} {note}"
        return (text,) if _seamless((text,), goal, ctx) else ()

    def _asked_first(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """The writer's question before the goal ('Wat doe ik met agressieve klanten?
        Training agressiehantering volgen'): the goal sentence judged and rewritten as a goal
        of its own, the question kept before it (asked_first.py); nothing for any other
        text, when the goal gets no whole rewrite, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        words = ctx.pack.words("question_words")
        found = asked_first(goal.text, style, words) if style is not None else None
        if found is None or style is None:
            return ()
        question, told = found
        judged = self._judged_instead(told, goal)
        if judged is None or judged.split or judged.structured_rewrite is not None:
            return ()
        for rewrite in (told,) if judged.is_smart else judged.rewrites:
            text = f"{question} {rewrite}"
            if not find_seams(text, goal, ctx, style):
                return (text,)
        return ()

    def _aim_reasoned(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """The writer's step with someone else's view or wish for the writer as its reason
        ('Cursus leidinggeven volgen omdat mijn manager vindt dat ik ploegleider moet
        worden'): the step judged and rewritten as a goal of its own, the view after it as
        its purpose with its credit ('..., zodat ik ploegleider kan worden, zoals mijn
        manager vindt'; viewed_reason.py); nothing when A passed, the reason is no other
        person's view of the writer's own act, the step is no goal the writer owns, or on a
        seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or report.criteria[Criterion.A].passed:
            return ()
        told = reason_cut(goal.text, ctx.pack.words("reason_markers"), style.abbreviations)
        if told is None:
            return ()
        particles = frozenset(ctx.pack.words("separable_particles"))
        try:
            step, aim = (self.parse(s, goal.lang, goal.reference_date) for s in told)
            voice = other_voice(aim, style, particles)
            purposes = voiced_aim(voice, style) if voice is not None else ()
            if not purposes or others_wish(step, style) is not None or tells_past(step):
                return ()
        except SmartcheckError:
            return ()
        return self._step_with_aim(step, told[0], purposes, report, ctx, style)

    def _step_with_aim(
        self,
        step: Goal,
        told: str,
        purposes: Sequence[str],
        report: GoalReport,
        ctx: RuleContext,
        style: RewriteStyle,
    ) -> tuple[str, ...]:
        """The writer's ``step`` (as ``told``) judged and rewritten as a goal of its own, asked
        only for what the whole text lacks, with the first of ``purposes`` after it that
        leaves no seam; nothing when the step is no goal the writer owns."""
        given = frozenset(c for c, score in report.criteria.items() if score.passed)
        try:
            judged = self.evaluate(step, given)
        except SmartcheckError:
            return ()
        if not judged.criteria[Criterion.A].passed or judged.split:
            return ()  # the step is no goal the writer owns
        if judged.structured_rewrite is not None:
            return ()
        owned = owned_step(told, style)  # 'Learn X.', smart as told: 'I will learn X'
        for rewrite in (owned,) if judged.is_smart else judged.rewrites:
            for purpose in purposes:
                text = with_aim(rewrite, purpose)
                if not find_seams(text, report.goal, ctx, style):
                    return (text,)
        return ()

    def _after_step(
        self, step: str, told: str, goal: Goal, ctx: RuleContext, style: RewriteStyle
    ) -> tuple[str, str]:
        """The step with the sentence ``told`` after it read in (others_aims.py): a sentence
        without a verb is the step's time or manner and joins it; a remark on the aim (a
        reluctance, a feeling, context) is kept after the rewrite, a trial in it committed.
        Nothing when that sentence is a goal of its own."""
        after = self.parse(told, goal.lang, goal.reference_date)
        if verbless(after):
            return with_adjunct(step, told, style), ""
        if reluctant(told, style) or feels(after, ctx):
            return step, committed_remark(told_as_sentence(told), style)
        if self._no_goal(told, goal, ctx, style):
            return step, told_as_sentence(told)
        return "", ""

    def _pointed(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Someone else's aim, then the writer's step that points back at its act ('My
        manager wants me to update the fault log. I'll try to do that every day.'): the step
        told with the act in the pointer's place is judged and rewritten, with the other's
        wish as its credit, and a description after the aim's last comma kept as a sentence
        after it (pointed_step.py); nothing on a seam."""
        goal = report.goal
        found = self._two_sentences_unowned(report, ctx)
        if found is None:
            return ()
        style, told = found
        # '..., er ontbreken vaak X.' told apart first; '..., de vriezer en X' is no clause
        for wished, aside in dict.fromkeys((described_after(told[0], style), (told[0], ""))):
            rewrites = self._pointed_at(wished, aside, told[1], goal, ctx, style)
            if rewrites:
                return rewrites
        return ()

    def _pointed_at(
        self, wished: str, aside: str, step: str, goal: Goal, ctx: RuleContext, style: RewriteStyle
    ) -> tuple[str, ...]:
        """The rewrite of ``step`` with the act of ``wished`` in its pointer's place, the
        credit after it and ``aside`` after that; nothing when a part does not read so."""
        particles = frozenset(ctx.pack.words("separable_particles"))
        try:
            if aside and not others_clause(self.parse(aside, goal.lang), style):
                return ()
            aim = self.parse(wished, goal.lang, goal.reference_date)
            voice = other_voice(aim, style, particles) if others_wish(aim, style) else None
            act = own_act(voice.inner, style) if voice is not None and voice.credit else None
            told = pointed_step(step, act, style, particles) if act is not None else None
            if voice is None or told is None:
                return ()
            judged = self.evaluate(self.parse(told, goal.lang, goal.reference_date))
        except SmartcheckError:
            return ()
        if judged.split or judged.structured_rewrite is not None:
            return ()
        for rewrite in (told,) if judged.is_smart else judged.rewrites:
            text = with_aim(rewrite, voice.credit)
            text = f"{text} {aside}" if aside else text  # the situation kept, told after
            if not find_seams(text, goal, ctx, style):
                return (text,)
        return ()

    def _taken_on(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """An aim, then the writer's claim on it ('Er moet een vast X komen en ik wil daar de
        eigenaar van worden', 'Run X on my own. Management would like me ready for this by
        summer.'): the aim told as the writer's own part (or, when the first part is the
        writer's own, that part) is judged and rewritten, with the other's wish as its
        credit and the claim's deadline as its deadline (taken_on.py); nothing on a seam."""
        goal = report.goal
        style = style_for(ctx)
        refused = refusal(goal.text, style.abbreviations) if style is not None else None
        if style is None or refused not in (None, SEVERAL):
            return ()
        found = taken_on(goal, style)
        if found is None or (refused and not found.after):
            return ()  # three sentences: only an aim, a claim and a remark or context
        try:
            given = frozenset(  # the writer's own part must be theirs on its own (A asked)
                c for c, score in report.criteria.items() if score.passed and c is not Criterion.A
            )
            claim = self.parse(found.claim, goal.lang, goal.reference_date)
            if doubt_told(claim, ctx):
                return ()  # 'I'd like to do something about that but don't know what': no
                # claim yet, a wish and its doubt (the doubt never left out)
            aim = self.evaluate(self.parse(found.aim, goal.lang, goal.reference_date))
            deadline = claimed_deadline(claim, style)
            candidates: list[str] = []
            for core, credit in self._own_cores(aim, claim, ctx, style):
                text = f"{core.rstrip(' .')} {deadline}." if deadline else core
                judged = self.evaluate(self.parse(text, goal.lang, goal.reference_date), given)
                if judged.split or judged.structured_rewrite is not None:
                    continue
                if not judged.criteria[Criterion.A].passed:
                    continue  # 'Ik word aangesteld als ...': an outcome others decide
                rewrites = (text,) if judged.is_smart else judged.rewrites
                candidates += [with_aim(r, credit) if credit else r for r in rewrites]
            if not deadline:  # a need with no owner: the own part its rewrite found
                own = " ".join((style.frames.own_part or "").split("{clause}")[0].split()[-2:])
                someone = re.compile(
                    rf"\b(?:{'|'.join(map(re.escape, style.taken_subjects))})\b", re.I
                )
                candidates += [  # 'ervoor dat'; not 'ervoor dat er iemand ...': who is that?
                    r for r in aim.rewrites if own and own in r and not someone.search(r)
                ]
        except SmartcheckError:
            return ()
        if found.agreed:  # '... als ik er tijd voor krijg': agreed with the manager
            candidates = [_agreed_with(c, style) for c in candidates]
        if found.after:  # a sentence more: kept as written when it is a remark or context
            if not self._no_goal(found.after, goal, ctx, style) and not self._conditioned(
                found.after, goal, style
            ):  # a condition ('Dan moet ik er wel tijd voor krijgen.') is kept too
                return ()
            candidates = [f"{c.rstrip()} {found.after}" for c in candidates]
        told = next((c for c in candidates if not find_seams(c, goal, ctx, style)), None)
        return (told,) if told is not None else ()

    def _wish_aside(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Someone else's wish with sentences aside ('My manager wants me to X. Finding that
        a bit scary.', 'De offertes klopten niet. Mijn uitvoerder wil dat ik ...'): the wish
        is rewritten as a goal of its own, the situation and the feeling kept as written in
        their place (wish_aside.py); nothing when another sentence is a goal, the wish gets
        no whole rewrite, or on a seam."""
        style = style_for(ctx)
        if style is None:
            return ()
        told = sentences(report.goal.text, style.abbreviations)
        found = self._wish_aside_told(report, ctx, style, told, -1)
        if found or len(told) >= MOST_SENTENCES:
            return found
        cut = self._comment_cut(told[-1], report.goal, ctx, style)
        if cut is None:
            return ()
        return self._wish_aside_told(report, ctx, style, [*told[:-1], *cut], len(told))

    def _wish_remarked(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Someone else's wish for an act of the writer's, then any remark of the writer's
        on it that is no goal of the writer's own (wish_remarks.py): the act committed and
        credited, the remark kept after it as written (a trial in it told as the
        acceptance); when A still fails with the remark kept, the wish settled with the one
        who wished it (reserved_steps.py). Nothing for any other text, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or report.criteria[Criterion.A].passed:
            return ()
        told = sentences(goal.text, style.abbreviations)
        if not told or len(told) > MOST_SENTENCES or any(q in told[0] for q in '"\u201c\u201d'):
            return ()  # advice quoted ('zei: "jij moet ..."'): read as reported advice
        particles = frozenset(ctx.pack.words("separable_particles"))
        ends = sentence_ends(goal.text, style.abbreviations)
        first_end = ends[0] if ends else len(goal.text)
        try:
            for cut in remark_cuts(goal.text, first_end, style):
                wish = self.parse(cut.wish, goal.lang, goal.reference_date)
                if others_wish(wish, style) is None and voiced_at([wish], style, particles) is None:
                    continue
                remark = without_contrast(cut.reservation, style.reservation_contrasts)
                pieces = [
                    self.parse(told_as_sentence(p), goal.lang, goal.reference_date)
                    for s in sentences(remark, style.abbreviations)
                    for p in re.split(r",\s+|\s+[-\u2013\u2014]\s+", s)
                    if p.strip(" .")
                ]
                if any(writer_goal_told(p, ctx) for p in pieces):
                    return ()  # a goal of the writer's own beside the wish: not a remark
                committed = replace(cut, reservation=committed_remark(cut.reservation, style))
                settled = replace(committed, objects=True)
                timed = any(p.deadlines for p in pieces)  # '..., maar dan in de winter'
                kinds = (cut, committed, replace(settled, timed=True), settled)
                for found in dict.fromkeys(kinds if timed else (cut, committed, settled)):
                    remarks = len(sentences(found.reservation, style.abbreviations))
                    for text in reserved_rewrites(self, report, ctx, style, found):
                        filled = stand_ins(text, style)  # as the writer fills it
                        judged = self.evaluate(self.parse(filled, goal.lang, goal.reference_date))
                        ends = sentence_ends(filled, style.abbreviations)
                        at = ends[-remarks] if len(ends) >= remarks else 0  # the remark opens
                        specific = judged.criteria[Criterion.S].passed or not any(
                            f.criterion is Criterion.S and f.start >= at for f in judged.findings
                        )  # '..., dus ik ga het doen' read as a vague goal of its own: no
                        if judged.criteria[Criterion.A].passed and specific:
                            return (text,)
                return ()
        except SmartcheckError:
            return ()
        return ()

    def _support_offered(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """The writer's aim, then another person's hedged offer to support it (offered_support.py):
        the aim rewritten on its own, agreed with that person, the offer kept after it
        without its hedge; nothing for any other text, when A still fails, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or report.criteria[Criterion.A].passed:
            return ()
        told = sentences(goal.text, style.abbreviations)
        if len(told) != 2:
            return ()
        try:
            found = offered_support(self.parse(told[1], goal.lang, goal.reference_date), style)
            if found is None:
                return ()
            who, offer = found
            judged = self.evaluate(self.parse(told[0], goal.lang, goal.reference_date))
            if judged.split or judged.structured_rewrite is not None:
                return ()
            support = style.placeholders.support
            for rewrite in (told[0],) if judged.is_smart else judged.rewrites:
                text = f"{told_as_sentence(rewrite.replace(support, who))} {offer}"
                again = self.evaluate(self.parse(text, goal.lang, goal.reference_date))
                if again.criteria[Criterion.A].passed and not find_seams(text, goal, ctx, style):
                    return (text,)
        except SmartcheckError:
            return ()
        return ()

    def _comment_cut(
        self, sentence: str, goal: Goal, ctx: RuleContext, style: RewriteStyle
    ) -> tuple[str, str] | None:
        """``sentence`` told as two: the words before its last comma, and the writer's short
        comment on them after it ('..., I guess both are useful', '..., lijkt me wel
        nuttig'): opened by one of the pack's ``comment_openers``, or a feeling, an opinion,
        a doubt, a misgiving or a reluctance, which the writer could have told as a sentence
        of its own; None for any other sentence."""
        cut = self._last_comma_cut(sentence, goal, ctx, style, _MOST_COMMENT_WORDS)
        if cut is None:
            return None
        before, comment, parsed = cut
        lowered = f"{comment[:-1].lower()} "
        aside = any(lowered.startswith(f"{o.lower()} ") for o in style.comment_openers)
        aside = aside or feels(parsed, ctx)
        aside = aside or opinion_told(parsed, ctx, style) or doubt_told(parsed, ctx)
        aside = aside or misgiving(parsed, style) or reluctant(comment, style)
        # '- no idea where to start honestly': the writer's doubt, its subject left out
        aside = aside or any(m.start == 0 for m in ctx.find(parsed, "uncertain_remarks"))
        return (before, comment) if aside else None

    def _last_comma_cut(
        self, sentence: str, goal: Goal, ctx: RuleContext, style: RewriteStyle, most: int
    ) -> tuple[str, str, Goal] | None:
        """``sentence`` cut at its last comma or spaced dash: the words before it as a
        sentence, the words after it (at most ``most``) as a sentence of their own, and that
        sentence read; None when nothing short follows, too little precedes, or a
        coordinator or contrast opens what follows (a reservation, read as one)."""
        body = sentence.rstrip().rstrip(".!")
        at, size = body.rfind(", "), 2
        dashed = max((body.rfind(f" {d} "), d) for d in _SPACED_DASHES)  # '... - no idea ...'
        if dashed[0] > at:
            at, size = dashed[0], len(dashed[1]) + 2
        if at < 0:
            return None
        before, after = body[:at].strip(), body[at + size :].strip()
        if len(after.split()) > most or len(before.split()) < 3 or not after:
            return None
        joints = {
            w.lower() for w in (*style.reservation_contrasts, *ctx.pack.words("coordinators"))
        }
        if after.split()[0].lower() in joints:
            return None  # '..., but I'm not sure I want that': a reservation, read as one
        comment = capitalise(after) + "."
        try:
            parsed = self.parse(comment, goal.lang, goal.reference_date)
        except SmartcheckError:
            return None
        return before + ".", comment, parsed

    def _wish_aside_told(
        self,
        report: GoalReport,
        ctx: RuleContext,
        style: RewriteStyle,
        told: list[str],
        comment: int,
    ) -> tuple[str, ...]:
        """:meth:`_wish_aside` for the sentences ``told``, the one at ``comment`` (when one
        is) a comment cut from the sentence before it (:meth:`_comment_cut`)."""
        goal = report.goal
        if not 1 < len(told) <= MOST_SENTENCES:
            return ()
        try:
            parsed = [self.parse(s, goal.lang, goal.reference_date) for s in told]
            felt = [False] + [
                self._felt(t, whole, goal, ctx, style)
                for t, whole in zip(told[1:], parsed[1:], strict=True)
            ]
            uneasy = any(misgiving(s, style) for s in parsed) or any(felt)
            if report.criteria[Criterion.A].passed and not uneasy:
                return ()  # the writer's own goal; a misgiving told beside a view may pass A
            at = wished_at(parsed, style)
            # 'asked me to X' with the writer's doubt or misgiving beside it (misgivings.py)
            doubted = any(doubt_told(s, ctx) or misgiving(s, style) for s in parsed)
            # the writer's worry or view of it after the other's ('I'm worried about X',
            # 'Ik vind dat lastig'): the other's view is the goal, the worry a remark
            doubted = doubted or any(felt)
            doubted = doubted or any(trial_opened(s, style) is not None for s in told)  # "I'll try"
            if at is None and doubted:
                at = voiced_at(parsed, style, frozenset(ctx.pack.words("separable_particles")))
            if at is None:
                return ()
            needs = {n: condition_told(s, style) for n, s in enumerate(parsed) if n != at}
            for n, sentence in enumerate(parsed):
                aside = feels(sentence, ctx) or tells_past(sentence) or reluctant(told[n], style)
                aside = aside or needs.get(n) is not None  # 'Leuk, maar ik heb dan wel uren nodig'
                aside = aside or opinion_told(sentence, ctx, style)  # 'I find this hard'
                aside = aside or doubt_told(sentence, ctx)  # "I'm not sure I have time"
                aside = aside or misgiving(sentence, style)  # "I don't really like X"
                aside = aside or trial_opened(told[n], style) is not None  # "I'll try, but X"
                aside = aside or n == comment  # '..., I guess both are useful'
                aside = aside or (n < len(felt) and felt[n])  # 'Ik vind dat lastig want ...'
                if n != at and not aside and not self._no_goal(told[n], goal, ctx, style):
                    return ()  # a sentence of the writer's own: a goal, or a step
            # what the whole text already has (a time told beside the wish) it keeps
            given = frozenset(c for c, score in report.criteria.items() if score.passed)
            judged = self.evaluate(parsed[at], given)
        except SmartcheckError:
            return ()
        if judged.is_smart or judged.structured_rewrite is not None:
            return ()
        kept = [needs.get(n) or told_as_sentence(s) for n, s in enumerate(told)]
        kept = [  # the trial told as the commitment, a bare trial gone (trial_first.py)
            k if n == at or (opened := trial_opened(k, style)) is None else opened
            for n, k in enumerate(kept)
        ]
        if judged.split:  # the wish for two acts, each credited (_voiced): the rest around
            return self._split_aside(judged.split, kept, at, goal, ctx, style)
        for rewrite in judged.rewrites:
            try:
                if others_wish(self.parse(rewrite, goal.lang, goal.reference_date), style):
                    continue  # 'Our manager wants me to ..., agreed with ...': still theirs
            except SmartcheckError:
                continue
            own = told_as_sentence(rewrite)
            # a trial in a doubt ("..., but I'll do my best") told as the acceptance it is
            accepted = [
                t if n == at else doubt_accepted(t, parsed[n], ctx, style)
                for n, t in enumerate(kept)
            ]
            for told_kept in dict.fromkeys((tuple(accepted), tuple(kept))):
                placed = " ".join(p for p in [*told_kept[:at], own, *told_kept[at + 1 :]] if p)
                first = " ".join(p for p in [own, *told_kept[:at], *told_kept[at + 1 :]] if p)
                for text in dict.fromkeys((placed, first)):
                    if not find_seams(text, goal, ctx, style):
                        return (text,)
        return ()

    def _felt(
        self, sentence: str, whole: Goal, goal: Goal, ctx: RuleContext, style: RewriteStyle
    ) -> bool:
        """Is ``sentence`` (cut from ``goal``; ``whole``, its parse, read once by the caller)
        the writer's worry about the aim before it ('I'd like that but I'm worried about my
        workload', 'Ik vind dat lastig want ik wil het goed doen'): a feeling or a difficulty
        (the pack's ``remark_feelings``, ``difficulties``), up to a reason the writer gives
        for it (``reason_markers``)? An opinion that it will work out ('Ik denk dat dat wel
        lukt') is no worry."""
        hedges = style.one_word_hedges
        if sentence.rstrip().endswith("?") or any(
            w.lower() in hedges for w in re.findall(r"\w+", sentence)
        ):
            return False  # a hedged ask beside the worry: the readings of asks
        markers = sorted(ctx.pack.words("reason_markers"), key=len, reverse=True)
        opened = re.search(
            rf"\s(?:{'|'.join(re.escape(m) for m in markers)})\s", sentence, re.IGNORECASE
        )
        told = sentence[: opened.start()].rstrip(" ,") + "." if opened and markers else sentence
        try:
            parsed = whole if told == sentence else self.parse(told, goal.lang, goal.reference_date)
        except SmartcheckError:
            return False
        if ctx.find(whole, "hedges"):
            return False  # '... dus ik ga het proberen': a trial, the remark readings drop it
        return feels(parsed, ctx) or bool(ctx.find(parsed, "difficulties"))

    def _uneasy(self, sentence: str, goal: Goal, ctx: RuleContext) -> bool:
        """Is ``sentence`` (cut from ``goal``) the writer's unease or doubt beside the aim,
        whose trial is the reservation's, no step of its own ('Ik twijfel nog, want ...': the
        doubt is never the committed verb; doubts.unease_told, doubts.doubt_told)?"""
        try:
            parsed = self.parse(sentence, goal.lang, goal.reference_date)
        except SmartcheckError:
            return False
        return unease_told(parsed, ctx) or doubt_told(parsed, ctx)

    def _conditioned(self, sentence: str, goal: Goal, style: RewriteStyle) -> bool:
        """Is ``sentence`` (cut from ``goal``) the writer's condition for the aim, what the
        writer needs to do it, no step of its own (conditions.py)?"""
        try:
            parsed = self.parse(sentence, goal.lang, goal.reference_date)
        except SmartcheckError:
            return False
        return condition_told(parsed, style) is not None

    def _denied(self, sentence: str, goal: Goal, ctx: RuleContext) -> bool:
        """Does ``sentence`` (cut from ``goal``) deny the writer's own verb, a lack told
        (wish_remarks.denied)?"""
        try:
            return denied(self.parse(sentence, goal.lang, goal.reference_date), ctx)
        except SmartcheckError:
            return False

    def _misgiving(self, sentence: str, goal: Goal, style: RewriteStyle) -> bool:
        """Is ``sentence`` (cut from ``goal``) the writer's dislike of the aim, no step of its
        own (voices/misgivings.py)?"""
        try:
            return misgiving(self.parse(sentence, goal.lang, goal.reference_date), style)
        except SmartcheckError:
            return False

    def _opinion(self, sentence: str, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
        """Is ``sentence`` (cut from ``goal``) the writer's opinion of the aim beside it, no
        step of the writer's own (stance.py)?"""
        try:
            return opinion_told(self.parse(sentence, goal.lang, goal.reference_date), ctx, style)
        except SmartcheckError:
            return False

    def _split_aside(
        self,
        split: tuple[str, ...],
        kept: list[str],
        at: int,
        goal: Goal,
        ctx: RuleContext,
        style: RewriteStyle,
    ) -> tuple[str, ...]:
        """One rewrite per goal of the other's wish, the sentences told before it kept before
        the first and those after it after the last; nothing when a part still tells the
        other's wish, or on a seam."""
        try:
            for part in split:
                if others_wish(self.parse(part, goal.lang, goal.reference_date), style):
                    return ()
        except SmartcheckError:
            return ()
        parts = list(split)
        parts[0] = " ".join([*kept[:at], parts[0]])
        parts[-1] = " ".join([parts[-1], *kept[at + 1 :]])
        return tuple(parts) if _seamless(tuple(parts), goal, ctx) else ()

    def _doubted(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """An aim followed by the writer's doubt about it, with questions or what someone
        else says between ('Ik wil doorgroeien naar X. Wat heb ik daarvoor nodig? ... Ik
        twijfel nog of ...'): the aim judged and rewritten as a goal of its own, the other
        sentences kept as written after it (doubts.py); nothing when a sentence after the
        aim is a goal, the aim gets only the structured fallback, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None:
            return ()
        told = sentences(goal.text, style.abbreviations)
        if not 1 < len(told) <= MOST_DOUBTED:
            return ()
        try:
            later = [self.parse(s, goal.lang, goal.reference_date) for s in told[1:]]
        except SmartcheckError:
            return ()
        context = [is_context(s, goal) for s in told[1:]]
        if not doubts_after(later, ctx, style, context):
            return ()
        judged = self._judged_instead(told[0], goal)
        if judged is None or judged.is_smart or judged.structured_rewrite is not None:
            return ()
        if not judged.rewrite:
            return ()
        after = tuple(talk_unhedged(s, style) or told_as_sentence(s) for s in told[1:])
        found = Situated(goal=told[0], after=after)  # '..., misschien kunnen we ...?' asked
        parts = with_situation(judged.split or (judged.rewrite,), found)
        return parts if _seamless(parts, goal, ctx) else ()

    def _imposed(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal whose reason only says someone else imposes it ('want dat moet van de
        zaak'): the goal judged and rewritten with that reason told as their request
        (imposed_reason.py); nothing without one, when it still fails A, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        found = imposed_reason(goal.text, style) if style is not None else None
        if found is None or style is None or report.criteria[Criterion.A].passed:
            return ()
        judged = self._judged_instead(found.text, goal)
        if judged is None or judged.structured_rewrite is not None or judged.split:
            return ()
        if not judged.criteria[Criterion.A].passed:
            # the request is the other person's: the rewrite commits the writer to the goal
            judged = self._judged_instead(found.text, goal, frozenset({Criterion.A}))
            if judged is None or judged.structured_rewrite is not None or judged.split:
                return ()
        for rewrite in (found.text,) if judged.is_smart else judged.rewrites:
            if not find_seams(rewrite, goal, ctx, style):
                return (rewrite,)
        return ()

    def _stance_cut(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Someone else's wish with the writer's stance on it (a doubt before the writer's own
        step, a disagreement, a bare acceptance): the stance cut, the rest judged and
        rewritten as the goal (stance_cut.py); nothing when no other person's wish is told,
        a rewrite still tells it as the goal's subject, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        found = stance_cut(goal.text, style) if style is not None else None
        if found is None or style is None:
            return ()
        particles = frozenset(ctx.pack.words("separable_particles"))
        try:
            told = [
                self.parse(s, goal.lang, goal.reference_date)
                for s in sentences(found.kept, style.abbreviations)
            ]
            at = wished_at(told, style)
            at = voiced_at(told, style, particles) if at is None else at
            if at is None:
                return ()
            judged = self.evaluate(self.parse(found.kept, goal.lang, goal.reference_date))
            if judged.structured_rewrite is not None or judged.split:
                return ()
            for rewrite in (found.kept,) if judged.is_smart else judged.rewrites:
                own = [
                    self.parse(s, goal.lang, goal.reference_date)
                    for s in sentences(rewrite, style.abbreviations)
                ]
                if still_theirs(own, style, particles) or opens_as(own, told[at]):
                    continue  # 'Mijn manager zegt dat ... Ik zal eraan werken': still theirs
                rewrite = " ".join((rewrite, *found.disagreements))  # kept, for the manager
                if not find_seams(rewrite, goal, ctx, style):
                    return (rewrite,)
        except SmartcheckError:
            return ()
        return ()

    def _viewed_duty(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Someone else's view of the writer's work with the writer's duty joined to it ('My
        manager says my average sale is too low and I should sell more X.'): the view kept
        as a sentence of its own, the duty told in the other's frame and rewritten by the
        voices, credited (voices/viewed_duty.py); nothing for any other text, or on a seam."""
        style = style_for(ctx)
        found = viewed_duty(report.goal, ctx, style) if style is not None else None
        if found is None:
            return ()
        parts = self._rewritten_instead(found.duty, report.goal)
        if len(parts) != 1 or "\n" in parts[0]:
            return ()
        text = f"{found.view} {parts[0]}"
        return (text,) if _seamless((text,), report.goal, ctx) else ()

    def _reserved(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Someone else's wish or view with the writer's reservation after it: the wish taken
        on with its credit (a mild reservation) or settled with the one who wished it (a
        disagreement, a wish to talk), judged and rewritten, the reservation kept after it as
        a sentence of its own (reserved.py, voices/settled.py, reserved_steps.py); nothing
        when A passed, no other person wishes an act of the writer's, or on a seam."""
        style = style_for(ctx)
        if style is None:
            return ()
        found = reservation_cut(report.goal.text, style, ctx.pack.words("coordinators"))
        if found is None:
            return ()
        own_only = report.criteria[Criterion.A].passed and not disliked(found, style)
        if own_only and not found.objects:
            return ()  # a dislike after a view may pass A: the view is still someone else's
        return reserved_rewrites(self, report, ctx, style, found, own_only)

    def _no_goal(self, sentence: str, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
        """Is ``sentence`` (cut from ``goal``) no goal of its own: context, a description
        without the writer or a duty, or the remark the remark reading finds?"""
        if is_context(sentence, goal) or describes(sentence, style):
            return True
        remark = remarked(goal, ctx, style)
        return remark is not None and remark.remark.rstrip(" .") == sentence.strip().rstrip(" .")

    def _own_cores(
        self, aim: GoalReport, claim: Goal, ctx: RuleContext, style: RewriteStyle
    ) -> list[tuple[str, str | None]]:
        """What the writer takes on, each with the credit it keeps: the aim told as the
        writer's own (taken_on.own_versions); or, when the first part is the writer's own
        and the claim tells another's wish, that part as it is. A wish about the writer's
        own act ('wil dat ik word aangesteld, dat ga ik in gang zetten') is the voices'."""
        wish = others_wish(aim.goal, style)
        if wish is None and aim.criteria[Criterion.A].passed:
            asked = others_wish(claim, style)
            credit = wish_credit(asked, style) if asked is not None else None
            learned = writer_for_relative(aim.goal.text, style)  # 'we need someone who can'
            return [(aim.goal.text, credit)] if credit else [(learned, None)] if learned else []
        among = among_all(wish, claim.text, style) if wish is not None else None
        if among is not None:  # 'wil dat iedereen X doet, dus dat moet ik ook': my own X
            told, credit_all, everyone = among
            absolute = {w.lower() for w in ctx.pack.words("absolutes")}
            if style.frames.like_all and everyone.lower() not in absolute:  # 'net als alle X'
                credit_all = f"{style.frames.like_all.format(all=everyone)}, {credit_all}"
            if others_wish(self.parse(told, aim.goal.lang), style) is None:
                return [(told, credit_all)]  # told as the writer's own already
            particles = frozenset(ctx.pack.words("separable_particles"))
            mine = self.parse(told, aim.goal.lang, aim.goal.reference_date)
            voice = other_voice(mine, style, particles)
            if voice is not None and voice.credit:
                return [(voice.inner, credit_all)]
        credit = wish_credit(wish, style) if wish is not None else None
        cores: list[tuple[str, str | None]] = [
            (v, credit) for v in own_versions(aim.goal, wish, style)
        ]
        return cores  # a wish about the writer's own act: the voices read the text whole

    def _remarked(self, report: GoalReport, ctx: RuleContext, late: bool) -> tuple[str, ...]:
        """A goal with a remark around it (a reason, a feeling, an uncertainty, an agreement
        still to be made): the goal is judged and rewritten on its own, the remark kept as
        written after the rewrite (rewrite/remarks.py). Nothing when the goal alone gets no
        whole rewrite or the result shows a seam. A reason or a hedged remark is read only
        ``late``, when nothing else read the text whole (the frames keep a reason in place;
        'I think supervision might help' may be the means the voices read)."""
        goal = report.goal
        style = style_for(ctx)
        found = remarked(goal, ctx, style) if style is not None else None
        if found is None and style is not None:  # '... Does anyone do this already?'
            found = asked_remark(goal, style)  # the writer's question kept (asked_remarks.py)
        if found is None or style is None or (found.clause or found.hedged) != late:
            return ()
        if _comment_only(goal, ctx, style):
            return ()  # 'Ik denk dat dat wel lukt.': it goes (comments.py)
        return self._with_remark(report, ctx, found)

    def _flaw_remarked(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal with the writer's own flaw told after it ('Get better at pricing my work, I
        always go way too low'): the goal rewritten alone, the flaw kept after it as a
        sentence (flaws.py); never a goal of its own to reach."""
        style = style_for(ctx)
        found = flaw_told(report.goal, ctx, style) if style is not None else None
        return self._with_remark(report, ctx, found.remarked) if found is not None else ()

    def _with_remark(
        self, report: GoalReport, ctx: RuleContext, found: Remarked
    ) -> tuple[str, ...]:
        """``found.goal`` judged and rewritten whole, ``found.remark`` kept after it; nothing
        when it gets no whole rewrite or the result shows a seam."""
        goal = report.goal
        if found.clause and not _closes(goal.text, found.remark):
            return ()  # a reason inside an earlier sentence would be put back after the last
        given = frozenset(c for c, score in report.criteria.items() if score.passed)
        try:
            read = self.parse(found.goal, goal.lang, goal.reference_date)
            if not ctx.find(read, "first_person_subject"):  # the writer only in the remark
                given -= {Criterion.A}  # ('X moet opgeruimd zijn, ik vind nu ...'): judged
            judged = self.evaluate(read, given)
        except SmartcheckError:
            return ()
        if judged.is_smart and found.tried:  # only the promise to try failed it
            kept = (with_remark(found.goal, found),)
            return kept if _seamless(kept, goal, ctx) else ()
        if judged.is_smart or not judged.rewrite or judged.structured_rewrite is not None:
            return ()
        if judged.split and found.clause:
            return ()  # a reason after the last of several goals: whose reason is it?
        readings = [judged.split] if judged.split else [(r,) for r in judged.rewrites]
        style = style_for(ctx)
        purpose = self._benefit(found, goal, ctx)
        if purpose is not None and style is not None:  # 'Ik denk dat ik daar veel van leer.'
            gained = [(*parts[:-1], with_purpose(parts[-1], purpose, style)) for parts in readings]
            return next((parts for parts in gained if _seamless(parts, goal, ctx)), ())
        talk = talk_unhedged(found.alone or found.remark, style) if style else None
        if talk is not None and not found.clause:  # '..., misschien kunnen we ...?'
            found = replace(found, alone=talk)  # asked without its hedge (proposed_talks.py)
        told = [found, replace(found, alone=found.subjected)] if found.subjected else [found]
        for remark in told:  # as written first, then with the writer as its subject
            for parts in readings:  # the first that takes the remark after it without a seam
                at = _told_after(parts, goal.text, remark.remark)
                parts = (*parts[:at], with_remark(parts[at], remark), *parts[at + 1 :])
                if _seamless(parts, goal, ctx):
                    return parts
        return ()

    def _benefit(self, found: Remarked, goal: Goal, ctx: RuleContext) -> str | None:
        """The purpose a last remark tells as the writer's expected gain (benefits.py), or
        None."""
        style = style_for(ctx)
        if style is None or found.clause or found.after.strip():
            return None
        try:
            told = self.parse(found.remark, goal.lang, goal.reference_date)
        except SmartcheckError:
            return None
        return told_benefit(told, ctx, style)

    def _past_context(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal that opens with a past achievement ('Vorig jaar heb ik ..., dit jaar wil ik
        ...'): the wishes after it are judged and rewritten as a goal of their own (one
        rewrite per goal when they pack several), and the past stays after the first as the
        clause that looks back (context.py). Nothing when a rewrite shows a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or refusal(goal.text, style.abbreviations):
            return ()
        found = past_context(goal, ctx, style)
        if found is None:
            return ()
        parts = self._rewritten_instead(found.rest, goal)
        if not parts:
            return ()
        parts = (with_past(parts[0], found), *parts[1:])
        return parts if _seamless(parts, goal, ctx) else ()

    def _listed(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A direction with the behaviours that show it listed after a comma ('Beter worden
        in gesprekken met boze klanten, rustig blijven en uitleggen waarom ...'): the goal
        committed to those behaviours in the situation it named is judged and rewritten as
        a goal of its own, one rewrite per behaviour when it lists several (listed.py);
        nothing when S passed, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or report.criteria[Criterion.S].passed:
            return ()
        for text in listed_goal(goal, ctx, style):
            parts = self._rewritten_instead(text, goal)
            if parts and _seamless(parts, goal, ctx):
                return parts
        return ()

    def _going_ruled(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A verbless rule of never going without something beside its routine ('Nooit meer
        zonder lesplan de klas in, altijd ... klaarleggen'): the routine rewritten with the
        rule as its purpose (negated_routines.py); nothing when it is no such goal, or on a
        seam."""
        style = style_for(ctx)
        goal = report.goal
        ending = ctx.pack.grammar.infinitive_ending
        text = going_rule(goal, style, ending) if style is not None else None
        return self._one_sentence_instead(text, goal, ctx)

    def _worn(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A rule of wearing gear told without its verb ('Stofmasker ALTIJD op bij het
        slijpen', 'Gloves always on at the lathe'): rewritten as told with the verb of
        wearing (worn_rules.py); nothing when it is no such goal, or on a seam."""
        style = style_for(ctx)
        goal = report.goal
        text = worn_rule(goal, style) if style is not None else None
        return self._one_sentence_instead(text, goal, ctx)

    def _wish_consequent(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """The writer's situation and the wish it leads to in one sentence ('X, so I want to
        Y'): rewritten as told apart, the situation kept (consequent_wishes.py); nothing
        when it is no such sentence, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        text = wish_told_apart(goal.text, style) if style is not None else None
        return self._read_instead(text, goal, ctx)

    def _reason_colon(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A reason told first and closed by a colon, the goal after it: rewritten with the
        reason after the goal (colon_reasons.py); nothing when a rewrite shows a seam."""
        goal = report.goal
        style = style_for(ctx)
        text = reason_after_goal(goal.text, style) if style is not None else None
        return self._read_instead(text, goal, ctx)

    def _subject_restored(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A diary-style goal without its subject ('Wil meer tijd besteden aan ...',
        'Hoping to finish ...'): rewritten with the subject put back (dropped.py), one
        rewrite per goal when it packs several; nothing when a rewrite shows a seam."""
        goal = report.goal
        style = style_for(ctx)
        text = with_subject(goal.text, style) if style is not None else None
        return self._read_instead(text, goal, ctx)

    def _chat_dropped(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal with the writer's chat aside in it ('tbh', 'eerlijk gezegd', 'lol'):
        rewritten without it (chat_tags.py), one rewrite per goal when it packs several;
        nothing without one or when a rewrite shows a seam."""
        goal = report.goal
        style = style_for(ctx)
        text = without_chat_tags(goal.text, style) if style is not None else None
        return self._read_instead(text, goal, ctx)

    def _comment_after(
        self, report: GoalReport, ctx: RuleContext, now_told: bool = True
    ) -> tuple[str, ...]:
        """A goal of one sentence with the writer's short comment after its last comma
        ('misschien een keer meekijken bij X, lijkt me leuk', '..., sounds fun'): the goal
        rewritten without it, the comment told after it as a sentence of its own
        (:meth:`_comment_cut`), never glued inside the commitment; nothing without one, or
        on a seam. ``now_told``: a remark of how things are now is told so too; off when the
        frames already rewrote the goal, whose reading keeps such a remark as context."""
        goal = report.goal
        style = style_for(ctx)
        text = goal.text.strip()
        if style is None or "\n" in text or len(sentences(text, style.abbreviations)) != 1:
            return ()
        if text.rstrip("!").endswith("?"):
            return ()  # '..., misschien kan ik later doorgroeien?': a question, read as one
        if any(f" {d} " in text for d in _SPACED_DASHES):
            return ()  # '... - mijn leidinggevende gaf aan ...': a remark (remarks.py)
        if others_wish(goal, style) is not None:
            return ()  # another's wish with the writer's comment: read as such (wish_aside.py)
        cut = self._last_comma_cut(text, goal, ctx, style, _MOST_TOLD_WORDS)
        if cut is None or not _told_apart(cut[1], cut[2], ctx, style, now_told):
            return ()
        before, comment, _ = cut
        parts = self._rewritten_instead(before, goal)
        if not parts:
            return ()
        told = (*parts[:-1], f"{parts[-1]} {comment}")
        return told if _seamless(told, goal, ctx) else ()

    def _guess_dropped(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal with the writer's guess tagged onto a clause ('... I guess', '... denk ik'):
        rewritten without the tag (guess_tags.py), one rewrite per goal when it packs
        several; nothing without a tag or when a rewrite shows a seam."""
        goal = report.goal
        style = style_for(ctx)
        text = without_guess_tags(goal.text, style) if style is not None else None
        return self._read_instead(text, goal, ctx)

    def _effort_dropped(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal closed by a sentence that only tells the writer's effort ('I'm trying.',
        'Ik doe mijn best.'): rewritten without it (effort_remarks.py); nothing without
        one or when a rewrite shows a seam."""
        goal = report.goal
        style = style_for(ctx)
        text = without_effort_remark(goal.text, style) if style is not None else None
        return self._read_instead(text, goal, ctx)

    def _imperative_owned(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A Dutch imperative line ('Gebruik de planner op mijn telefoon.') rewritten as the
        writer's own statement (imperative_lines.py); nothing when it is no such line, or
        on a seam."""
        style = style_for(ctx)
        goal = report.goal
        text = own_statement(goal, ctx, style) if style is not None else None
        return self._one_sentence_instead(text, goal, ctx)

    def _state_told(
        self, report: GoalReport, ctx: RuleContext, compared_only: bool = False
    ) -> tuple[str, ...]:
        """A wish of a state told without a verb ('More confident presenting X', 'Zekerder
        in Y'): rewritten with the writer's wish of becoming in front (verbless_states.py);
        nothing when it is no such goal, or on a seam."""
        style = style_for(ctx)
        goal = report.goal
        comparatives = frozenset(w.lower() for w in ctx.pack.words("comparatives") if " " not in w)
        text = (
            state_told(goal, style, ctx.pack.grammar, comparatives, compared_only)
            if style is not None
            else None
        )
        return self._one_sentence_instead(text, goal, ctx)

    def _lacking_state(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A skill of the writer's told as not good enough yet: read as the wish of the state
        it denies (lacking_states.py); nothing on a seam."""
        style = style_for(ctx)
        goal = report.goal
        text = lacking_state_told(goal, ctx, style) if style is not None else None
        return self._one_sentence_instead(text, goal, ctx)

    def _routine_named(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A routine told without a verb ('Iedere vrijdag een uur vakliteratuur.'): read with
        the pack's verb of scheduling (routine_lines.py); nothing on a seam."""
        style = style_for(ctx)
        goal = report.goal
        changes = frozenset(w.lower() for w in ctx.pack.words("comparatives") if " " not in w)
        text = routine_stated(goal, style, ctx.pack.grammar, changes) if style else None
        return self._one_sentence_instead(text, goal, ctx)

    def _thing_state(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A thing told with its state and no verb ('Alle rapporten op tijd klaar'): read
        with the pack's duty after the thing (thing_states.py); nothing on a seam."""
        style = style_for(ctx)
        goal = report.goal
        comparatives = frozenset(w.lower() for w in ctx.pack.words("comparatives") if " " not in w)
        text = thing_state_told(goal, style, comparatives) if style is not None else None
        return self._one_sentence_instead(text, goal, ctx)

    def _verb_fronted(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A note-style goal with its verb after the object ('Excel improve'): rewritten as
        the imperative it means, the verb in front (fronted_verbs.py); nothing on a seam."""
        style = style_for(ctx)
        goal = report.goal
        names = frozenset((*ctx.pack.words("known_names"), *ctx.pack.words("ambiguous_names")))
        others = frozenset(w.lower() for w in ctx.pack.words("impersonal_subject") if " " not in w)
        text = verb_first(goal.text, style, names, others) if style is not None else None
        return self._one_sentence_instead(text, goal, ctx)

    def _direction_given(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A target told as a direction with its number beside another act ('X omhoog
        naar 70% en Y halveren'): rewritten with the direction's verb (directed_targets.py);
        nothing when there is none, or on a seam."""
        style = style_for(ctx)
        text = directed_text(report.goal, style) if style is not None else None
        judged = self._judged_instead(text, report.goal) if text is not None else None
        if judged is None or text is None:
            return ()
        if judged.is_smart:
            return (text,) if _seamless((text,), report.goal, ctx) else ()
        # one sentence, the acts side by side as the writer joined them: the judge may count
        # two goals once both have their verb, which the writer told as one
        fallback = judged.rewrite if judged.structured_rewrite is not None else None
        whole = [r for r in judged.rewrites if "\n" not in r and r != fallback]
        return next(((r,) for r in whole if _seamless((r,), report.goal, ctx)), ())

    def _topic_named(
        self, report: GoalReport, ctx: RuleContext, commented: bool = False
    ) -> tuple[str, ...]:
        """A goal that only names its topic ('Rijbewijs C', 'Public speaking - need to work
        on this'): rewritten as the goal the form means, getting the credential or getting
        better at it (bare_topics.py); nothing on a seam. ``commented``: only a topic with
        a comment that the writer will work on it (asked before any other rewrite; a bare
        topic is asked when no other rewrite reads whole)."""
        style = style_for(ctx)
        goal = report.goal
        if opens_with_demand(report):
            return ()  # 'Foutloos door de X': a standard, no topic to get better in
        return self._one_sentence_instead(
            topic_goal(goal, ctx, style, commented) if style is not None else None, goal, ctx
        )

    def _norm_owned(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A norm laid on everyone the writer belongs to ('Everyone wears a helmet on the
        floor'): rewritten as the writer's own act ('I wear a helmet on the floor';
        everyone_norms.py); nothing when it is no such norm, or on a seam."""
        style = style_for(ctx)
        goal = report.goal
        particles = frozenset(ctx.pack.words("separable_particles"))
        found = own_norm(goal, style, particles) if style is not None else None
        return self._one_sentence_instead(found, goal, ctx)

    def _someone_owned(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A duty laid on an unnamed person in a sentence of its own ('Iemand moet vooraf X
        meten.', 'Someone has to check X every hour.'), A failing: the text read with the
        duty as the writer's own wish (taken_on.someone_owned); nothing when there is no
        such sentence, or only the fallback, or on a seam."""
        style = style_for(ctx)
        if style is None or report.criteria[Criterion.A].passed:
            return ()
        return self._read_instead(someone_owned(report.goal.text, style), report.goal, ctx)

    def _habit_bounded(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A habit the writer wants stopped ('I take work home and that has to stop'): the
        habit bounded (stopped_habits.py); nothing when it is no such sentence, or on a seam."""
        style = style_for(ctx)
        particles = frozenset(ctx.pack.words("separable_particles"))
        found = bounded_habit(report.goal, style, particles) if style is not None else None
        return (found,) if found is not None and _seamless((found,), report.goal, ctx) else ()

    def _far_role(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A role hedged far ahead ('maybe later a planner role'): rewritten as the step
        that explores it (far_roles.py); nothing when it is no such role, or on a seam."""
        style = style_for(ctx)
        goal = report.goal
        found = far_role(goal, style) if style is not None else None
        return self._one_sentence_instead(found, goal, ctx)

    def _stray_asked(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A question mark that a lower-case coordinator follows ('Leren zingen voor X? en
        meer zelfvertrouwen in Y'): the text with a comma there, rewritten, one rewrite per
        goal (stray_questions.py); nothing when only the fallback is left, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None:
            return ()
        coordinators = ctx.pack.words("coordinators")
        text = without_stray_questions(goal, coordinators, style.alternative_openers)
        return self._read_instead(text, goal, ctx)

    def _offer_alone(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """The writer's own act told only as an offer ('Maybe I could run the stand-up.', 'Ik
        zou de nieuwsbrief kunnen schrijven.'): read as the writer's wish and rewritten
        (offered_alone.py); nothing for any other text, on a seam, or when the writer doubts
        the act (it is settled: ``_own_doubt``)."""
        style = style_for(ctx)
        if style is None or self._own_doubt(report, style, ctx):
            return ()
        return self._one_sentence_instead(offer_told(report.goal.text, style), report.goal, ctx)

    def _wish_stated(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """The writer's wish stated with a question mark ('I want to do X and maybe Y?'): the
        text with a period there, rewritten, one rewrite per goal (questioned_wishes.py);
        nothing when only the fallback is left, or on a seam."""
        style = style_for(ctx)
        if style is None:
            return ()
        return self._read_instead(wish_told(report.goal.text, style), report.goal, ctx)

    def _gerund_acted(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal told as a gerund ('Shadowing X for a few weeks'): read again as the act
        ('Shadow X ...', gerund_goals.py); nothing when it opens with no such gerund."""
        goal = report.goal
        times = [(t.start, t.end) for t in goal.deadlines]
        return self._read_instead(act_told(goal.doc, times), goal, ctx)

    def _bracket_remarked(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A remark of the writer's own in a last bracket ('Get X (I still hate heights)'):
        the text with the remark told as a sentence after the goal, rewritten
        (bracketed_remarks.py); nothing when only the fallback is left, or on a seam."""
        style = style_for(ctx)
        if style is None:
            return ()
        told = bracket_told(report.goal.text, style, report.goal.doc)
        return self._read_instead(told, report.goal, ctx)

    def _welcome_asked(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A means told as what it would be ('Een buddy zou fijn zijn.'): read as the thing
        asked for (welcome_wishes.py); nothing when it is no such sentence, or on a seam."""
        style = style_for(ctx)
        goal = report.goal
        found = asked_instead(goal.text, style) if style is not None else None
        token = WELCOMED.set(True)  # the question is the reader's, not the writer's doubt
        try:
            return self._one_sentence_instead(found, goal, ctx)
        finally:
            WELCOMED.reset(token)

    def _route_named(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A line that only names a learning route ('Stage bij het lab.'): rewritten as the
        writer's step of taking it (route_lines.py); nothing when it is no such line, or on
        a seam."""
        style = style_for(ctx)
        goal = report.goal
        found = route_stated(goal, style) if style is not None else None
        return self._one_sentence_instead(found, goal, ctx)

    def _fragment_asked(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal that only asks for a thing ('BHV-diploma??', 'Misschien iets met
        3D-printen?'): rewritten as the writer's statement of it (asked_fragments.py);
        nothing when it asks a question of its own, or on a seam."""
        style = style_for(ctx)
        goal = report.goal
        if style is None or not goal.text.rstrip().endswith("?"):
            return ()
        course = bool(ctx.find(goal, "formal_training"))
        said = [w for w in words_of(goal) if w.is_word]
        route = opening_route(said, style) or bool(person_route_step(said, style))
        acted = any(w.pos == "VERB" for w in said)  # 'Misschien meelopen met collega's?'
        if not course and not route and not acted and ctx.find(goal, "support"):
            return ()  # 'Misschien een coach?', 'Perhaps a mentor?': help asked, no act
        return self._one_sentence_instead(stated_fragment(goal, style, course), goal, ctx)

    def _act_named(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A fragment of a comparative before the writer's verb ('Meer netwerken met andere
        afdelingen'), which the tagger reads as a thing: rewritten as the writer's sentence
        (compared_acts.py); nothing when it is no such fragment, or on a seam."""
        style = style_for(ctx)
        goal = report.goal
        return self._one_sentence_instead(
            act_goal(goal, ctx, style) if style is not None else None, goal, ctx
        )

    def _wish_dropped(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal sentence opened by the writer's wish that no frame read without a seam
        ('Ik wil beter omgaan met X': the preposition stranded): the phrase wished for,
        rewritten in its place (wish_phrase.py); nothing when no wish opens it, or on a
        seam."""
        style = style_for(ctx)
        goal = report.goal
        found = wished_phrase(words_of(goal), goal.text, style) if style is not None else None
        dropping = _DROPPING.get()
        if found is None or found in dropping:
            return ()  # the phrase's own reading gave the wish back ('Meer netwerken ...')
        token = _DROPPING.set(dropping | {found})
        try:
            return self._one_sentence_instead(found, goal, ctx)
        finally:
            _DROPPING.reset(token)

    def _traded(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A trade-off of the writer's time told without a verb ('More coaching, less
        firefighting'): rewritten as the writer's sentence about spending time (traded.py);
        nothing when it is no such trade-off, or on a seam."""
        style = style_for(ctx)
        goal = report.goal
        return self._one_sentence_instead(
            traded_goal(goal, ctx, style) if style is not None else None, goal, ctx
        )

    def _aspects(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A direction with the aspects it covers between dashes ('improve my Excel - pivot
        tables, vlookups - for the monthly reports'): rewritten as the goal of using them
        for the direction (aspects.py); nothing when S passed, the rewrite splits, or on a
        seam."""
        goal = report.goal
        style = style_for(ctx)
        if style is None or report.criteria[Criterion.S].passed:
            return ()
        found_goal = aspects_goal(goal, ctx, style)
        if found_goal is None:
            return ()
        text, direction = found_goal
        judged = self._judged_instead(text, goal)
        if judged is None:
            return ()
        if judged.split or judged.structured_rewrite is not None:
            return ()  # 'sjablonen en stijlen gebruiken' read as two goals: not this shape
        written = set(re.findall(r"[^\W\d_]+", direction.lower()))
        found = (text,) if judged.is_smart else judged.rewrites
        keeping = [r for r in found if written <= set(re.findall(r"[^\W\d_]+", r.lower()))]
        for rewrite in keeping:  # the direction's verb kept ('to improve my Excel')
            if _seamless((rewrite,), goal, ctx):
                return (rewrite,)
        return ()

    def _slashed(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Two aims joined by a slash ('meer overzicht in mijn agenda / minder losse taken'):
        each rewritten as a goal of its own (slashed.py); nothing when one only gets the
        structured fallback, or on a seam."""
        goal = report.goal
        aims = slashed_aims(goal.text, ctx.pack.words("comparatives"))
        if not aims:
            return ()
        return self._each_rewritten(aims, goal, ctx)

    def _fragments(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A line that lists goals as fragments ('Minder fouten bij de kas, omzet verhogen, en
        beter plannen'): each rewritten as a goal of its own (fragments.py); nothing when one
        only gets the structured fallback, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        found = listed_fragments(goal, ctx, style) if style is not None else []
        return self._each_rewritten(found, goal, ctx)

    def _each_rewritten(
        self, pieces: Sequence[str], goal: Goal, ctx: RuleContext
    ) -> tuple[str, ...]:
        """Each piece of a goal rewritten as a goal of its own; nothing when there is none,
        when one only gets the structured fallback, or when a part shows a seam."""
        parts: list[str] = []
        for piece in pieces[:MAX_SPLIT_PIECES]:
            rewritten = self._rewritten_instead(piece, goal)
            if not rewritten:
                return ()
            parts += rewritten
        parses = SeamParses()
        if not parts or any(part_seams(part, goal, ctx, parses) for part in parts):
            return ()
        return tuple(parts)

    def _share_reached(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A share of the work told as the state it should reach ('100% of my labels approved
        in the quality check'): rewritten as the writer seeing to it (share_results.py);
        nothing when it is no such share, or on a seam."""
        style = style_for(ctx)
        goal = report.goal
        return self._one_sentence_instead(
            share_result(goal, ctx, style) if style is not None else None, goal, ctx
        )

    def _example_taken(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """An aim named as a thing and the step given as its example ('Meer
        verantwoordelijkheid, bijv. de planning doen'): the step as the goal, the aim what
        it brings (example_steps.py); nothing when it is no such pair, or on a seam."""
        style = style_for(ctx)
        goal = report.goal
        found = example_step(goal, ctx, style) if style is not None else None
        if found is None or style is None:
            return ()
        return self._one_sentence_instead(example_sentence(found, style), goal, ctx)

    def _decided_named(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal that only names an outcome others decide ('Promotie naar het betaald
        voetbal', 'Promotion to senior engineer'): rewritten as the writer's wish of it, its
        steps asked for (decided_nouns.py); nothing on a seam."""
        style = style_for(ctx)
        goal = report.goal
        return self._one_sentence_instead(
            decided_goal(goal, style) if style is not None else None, goal, ctx
        )

    def _move_told(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A move to a role told without its verb ('door naar lead CRA'), a duty that left
        its verb out ('Er moeten minder fouten in X'), or a case narrowed with its marker
        last ('..., pivot tables especially'): the goal read again with the verb or the
        marker first (role_moves.py, elliptic_duties.py, narrowed_cases.py), or an absolute
        state without its verb ('Nooit meer te laat met X!', absolute_states.py); nothing on
        a seam."""
        style = style_for(ctx)
        goal = report.goal
        if style is None:
            return ()
        moved = self._one_sentence_instead(move_told(goal, style), goal, ctx)
        moved = moved or self._one_sentence_instead(step_told(goal, style), goal, ctx)
        moved = moved or self._read_instead(duty_verb_supplied(goal, style), goal, ctx)
        moved = moved or self._read_instead(
            state_verb_supplied(goal, style, ctx.pack.grammar), goal, ctx
        )
        markers = ctx.pack.words("narrowing_markers")  # '..., pivot tables especially'
        return moved or self._one_sentence_instead(narrowing_fronted(goal, markers), goal, ctx)

    def _course_named(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A goal that only names a course ('bijscholing wondzorg', 'refresher course
        manual handling'): rewritten as the goal of following it (courses.py); nothing
        on a seam."""
        style = style_for(ctx)
        goal = report.goal
        if style is None:
            return ()
        named = self._one_sentence_instead(course_goal(goal, ctx, style), goal, ctx)
        return named or self._one_sentence_instead(course_with_purpose(goal, ctx, style), goal, ctx)

    def _dash_noted(
        self, report: GoalReport, ctx: RuleContext, rewrites: tuple[str, ...]
    ) -> tuple[str, ...]:
        """A fragment with a note after a spaced dash ('Ploegleider worden - meer
        verantwoordelijkheid, planning van de dag maken'): rewritten as :meth:`_noted` does,
        asked when the whole text got no rewrite or one that moved the note away from the
        fragment ('om - meer verantwoordelijkheid ploegleider te worden', noted.py)."""
        style = style_for(ctx)
        found = dashed(report.goal, style) if style is not None else None
        if found is None or (rewrites and not note_misplaced(rewrites[0], found)):
            return ()
        return self._noted(report, ctx, found)

    def _knowledge_listed(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """Knowledge of a list of objects that ends in a bare infinitive ('Meer kennis van
        zuurvrije materialen en ontzuren'): rewritten with the infinitive's article, so it
        reads as a noun and not as a second verb (knowledge.py). Knowledge is no act: only a
        rewrite that asks for the behaviour that shows it is one; nothing when S passed,
        when none asks, or on a seam."""
        style = style_for(ctx)
        goal = report.goal
        if style is None or report.criteria[Criterion.S].passed:
            return ()
        text = with_article(goal, ctx, style)
        if text is None:
            return ()
        judged = self._judged_instead(text, goal)
        if judged is None:
            return ()
        if judged.split or judged.structured_rewrite is not None:
            return ()
        asked = [r for r in judged.rewrites if style.placeholders.behaviour in r]
        return next(((r,) for r in asked if _seamless((r,), goal, ctx)), ())

    def _knowledge_named(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A verbless line headed by a noun of knowledge or experience ('Kennis
        splitsingsaktes en huishoudelijk reglement.', 'Knowledge of Excel.'): rewritten as
        the wish to gain it (knowledge_lines.py), also when a name in it passed S (the
        line still has no verb to commit to); nothing on a seam. A list of objects that
        ends in a bare infinitive ('Kennis van X en adviseren') is knowledge.py's to read."""
        style = style_for(ctx)
        if style is None or with_article(report.goal, ctx, style) is not None:
            return ()
        articles = frozenset(a.lower() for a in ctx.pack.words("infinitive_article"))
        text = gained_goal(report.goal, style, ctx.pack.grammar, articles)
        return self._one_sentence_instead(text, report.goal, ctx)

    def _topic_pointed(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A topic, a comma and the writer's act pointing back at it ('Root cause analysis
        with 5 Why, learn it properly'): the topic in the pronoun's place, rewritten
        (pointed_topics.py); nothing when the reading gets no whole rewrite, or on a seam."""
        style = style_for(ctx)
        text = pointed_topic(report.goal, style) if style is not None else None
        return self._one_sentence_instead(text, report.goal, ctx)

    def _object_act(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A comparative before an infinitive told as a noun with its object after 'van'
        ('Beter plannen van de pluk'): rewritten as the writer's sentence with the object
        before the verb (compared_acts.py); nothing on a seam."""
        style = style_for(ctx)
        text = object_act_goal(report.goal, ctx, style) if style is not None else None
        return self._one_sentence_instead(text, report.goal, ctx)

    def _made_named(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A thing the writer makes named with its purpose as the whole goal ('Een betere
        laadlijst voor de vrachtwagen zodat we ...'): rewritten as the wish to make it
        (made_things.py); nothing on a seam."""
        style = style_for(ctx)
        text = made_goal(report.goal, ctx, style) if style is not None else None
        return self._one_sentence_instead(text, report.goal, ctx)

    def _field_named(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A field named only as 'something with' it, maybe with a suggested example ('iets
        met robotica, misschien Fanuc?'): rewritten as the wish to learn about it, the
        example kept (vague_topics.py); nothing on a seam."""
        style = style_for(ctx)
        if style is None:
            return ()
        text = learned_topic(report.goal, style, ctx.pack.grammar)
        return self._one_sentence_instead(text, report.goal, ctx)

    def _problem_owned(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A problem told with how often it happens ('De meters worden vaak te laat
        geplaatst'): the writer's part of making it happen less often; or with the remark
        that nobody knows why: finding the cause and acting on it; read again
        (told_problems.py); nothing when it is no such text, or only the fallback, or on a
        seam."""
        style = style_for(ctx)
        if style is None or ctx.find(report.goal, "obligation_modals"):
            return ()  # '..., that has to go to zero': a duty beside the problem
        unwilled = frozenset(w.lower() for k in _UNWILLED for w in ctx.pack.words(k))
        writer = frozenset(w.lower() for k in _OWNERS for w in ctx.pack.words(k))
        nobody = frozenset(w.lower() for w in ctx.pack.words("negative_subjects"))
        text = problem_owned(report.goal, style, unwilled, writer) or cause_sought(
            report.goal, style, unwilled, writer, nobody
        )
        return self._read_instead(text, report.goal, ctx)

    def _excess_reduced(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A flaw of excess told as a statement ('Ik neem te veel hooi op mijn vork', 'I take
        on too much work'): the excess told as its reduction and rewritten (excess_flaws.py);
        nothing on a seam."""
        style = style_for(ctx)
        if style is None:
            return ()
        unwilled = frozenset(w.lower() for k in _UNWILLED for w in ctx.pack.words(k))
        subjects = frozenset(w.lower() for k in _OWNERS for w in ctx.pack.words(k))
        text = excess_reduced(report.goal, style, unwilled, subjects)
        return self._one_sentence_instead(text, report.goal, ctx)

    def _wish_after_act(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """An act with the wish for it told after it ('Een cursus X volgen, wil ik echt',
        'Get my licence, really want this'): the act rewritten without the wish
        (trailing_wishes.py); nothing on a seam."""
        style = style_for(ctx)
        if style is None:
            return ()
        negations = frozenset(ctx.pack.words("negations"))
        text = act_without_wish(report.goal, style, negations)
        return self._read_instead(text, report.goal, ctx)

    def _place_wished(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A place the writer wants to be more often, told without a verb ('in het voorjaar
        vaker mee het veld in, nu zit ik te veel op kantoor'): rewritten as the wish to go
        or be there, the rest after the comma as written (frequent_places.py); nothing on a
        seam or when the wish gets no whole rewrite."""
        style = style_for(ctx)
        if style is None:
            return ()
        text = frequent_place(report.goal, style, ctx.pack.grammar)
        return self._read_instead(text, report.goal, ctx)

    def _act_improved(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """An act named with its object before a verb of improving ('Engels schrijven
        verbeteren'): rewritten as the wish to do it better (improved_acts.py); nothing on
        a seam."""
        style = style_for(ctx)
        if style is None:
            return ()
        text = improved_act(report.goal, style, ctx.pack.grammar)
        return self._one_sentence_instead(text, report.goal, ctx)

    def _topic_wished(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """A topic, a spaced dash and the writer's wish about it ('Choreography for the
        show - I'd like to maybe do one piece myself'): the wish is judged and rewritten as
        a goal of its own, asked only for what the whole text lacks, and the topic stays in
        front of it after the dash (topic_wish.py); nothing when the wish gets no whole
        one-sentence rewrite, or on a seam."""
        goal = report.goal
        style = style_for(ctx)
        found = topic_and_wish(goal, ctx, style) if style is not None else None
        if found is None:
            return ()
        given = frozenset(c for c, score in report.criteria.items() if score.passed)
        judged = self._judged_instead(found.wish, goal, given)
        if judged is None:
            return ()
        if judged.split or judged.structured_rewrite is not None:
            return ()
        for rewrite in (found.wish,) if judged.is_smart else judged.rewrites:
            text = with_topic(rewrite, found)
            if _seamless((text,), goal, ctx):
                return (text,)
        return ()

    def _noted(
        self, report: GoalReport, ctx: RuleContext, found: Noted | None = None
    ) -> tuple[str, ...]:
        """A fragment with a note after a comma or a stop ('Meer intervisie, minimaal 6x per
        jaar.'), or the dash ``found``: the fragment rewritten on its own, asked only for
        what the whole text lacks, with the note back after its words (noted.py); nothing
        on a seam."""
        goal = report.goal
        style = style_for(ctx)
        if found is None and style is not None:
            found = noted(goal, style)
        if found is None or style is None:
            return ()
        found = bounded_note(found, report, style)  # 'Nooit meer ...' in the note: bounded
        found = narrowing_note(found, ctx.pack.words("narrowing_markers"))
        found = problem_note(found, ctx.pack.words("present_problems"))
        given = frozenset(c for c, score in report.criteria.items() if score.passed)
        judged = self._judged_instead(found.head, goal, given)
        if judged is None:
            return ()
        if judged.is_smart or judged.structured_rewrite is not None or judged.split:
            return ()
        for rewrite in judged.rewrites:
            text = with_note(rewrite, found, style)
            if text is not None and not find_seams(text, goal, ctx, style):
                return (text,)
        return ()

    def _judged_instead(
        self, text: str, goal: Goal, given: frozenset[Criterion] = frozenset()
    ) -> GoalReport | None:
        """``text``, a sentence a step read from ``goal``, judged (and, failing, rewritten)
        as a goal of its own in the goal's place, asked only for what ``given`` lacks; None
        when it cannot be read as a goal."""
        try:
            return self.evaluate(self.parse(text, goal.lang, goal.reference_date), given)
        except SmartcheckError:
            return None

    def _read_instead(self, text: str | None, goal: Goal, ctx: RuleContext) -> tuple[str, ...]:
        """The rewrite of ``text``, a reading of ``goal`` (one rewrite per goal when it packs
        several), with no seam; nothing when there is no reading or only the fallback."""
        if text is None:
            return ()
        parts = self._rewritten_instead(text, goal)
        return parts if parts and _seamless(parts, goal, ctx) else ()

    def _one_sentence_instead(
        self, text: str | None, goal: Goal, ctx: RuleContext
    ) -> tuple[str, ...]:
        """The rewrite of ``text``, a sentence a reader built from ``goal`` (a topic, a
        course, a fragment read as the writer's act), in the goal's place: one sentence with
        no seam, or nothing."""
        if text is None:
            return ()
        parts = self._rewritten_instead(text, goal)
        return parts if len(parts) == 1 and _seamless(parts, goal, ctx) else ()

    def _rewritten_instead(
        self, text: str, goal: Goal, given: frozenset[Criterion] = frozenset()
    ) -> tuple[str, ...]:
        """The rewrite of ``text``, read in place of ``goal`` (``text`` itself when it is
        SMART; one rewrite per goal when it packs several), asked only for what ``given``
        lacks; nothing when only the structured fallback is left."""
        judged = self._judged_instead(text, goal, given)
        if judged is None:
            return ()
        if judged.is_smart:
            return (text,)
        if judged.rewrite and judged.structured_rewrite is None:
            return judged.split or (judged.rewrite,)
        return ()

    def _split_coordinated(
        self, report: GoalReport, ctx: RuleContext
    ) -> tuple[tuple[str, ...], bool]:
        """One rewrite (or the goal, when it passes) per goal coordinated in the sentence, and
        whether each is a sentence (no part needed the structured fallback); nothing when the
        parts do not each read whole or one is no goal on its own."""
        goal = report.goal
        parts = coordinated_parts(report, ctx)
        if not parts:
            return (), False
        parses = SeamParses()  # the goal parsed, and its own seams read, once for every part
        style = style_for(ctx)
        if style is not None:
            parses.prepare((goal, part, style) for part in parts)  # the parts in one pipe
        if any(part_seams(part, goal, ctx, parses) for part in parts):
            return (), False
        split: list[str] = []
        passing: list[int] = []  # the lines of parts that pass as written
        whole = True
        told = ""
        for part in parts[:MAX_SPLIT_PIECES]:
            try:
                read = self.parse(part, goal.lang, goal.reference_date, goal.context)
                if style is not None and not split and not told and filled_need(part, style):
                    told = told_as_sentence(part)  # 'Er moet iemand X en dat ben ik': the
                    continue  # situation, kept before the goal after it (filled_needs.py)
                if style is not None and split and tells_length_so_far(read, style):
                    # '..., ik sta al 8 jaar op de bouw': why, kept after the goal it explains
                    split[-1] = f"{split[-1]} {told_as_sentence(part)}"
                    continue
                judged = self.evaluate(read)
            except SmartcheckError:
                return (), False
            situation = frozenset(ctx.pack.time.recurring.situation_subjects)
            if style is not None and no_goal_of_its_own(read, style, situation):
                return (), False  # '..., my partner says I work too late': a reason, no goal
            whole = whole and judged.structured_rewrite is None
            lines = judged.split or (judged.rewrite or part,)
            if not judged.rewrite and not judged.split:  # passes: as written, or committed
                passing.append(len(split))
            if told and not split:
                lines = (f"{told} {lines[0]}", *lines[1:])
            split += lines
        if passing and len(passing) < len(split):  # 'Get at least one on the menu': the
            split = self._committed_parts(split, passing, goal, ctx)  # writer's, as the rest
        labels = [f"{label}: " for label in style.fields.values()] if style is not None else []
        sentences = [line for line in split if not any(label in line for label in labels)]
        if style is not None:
            parses.prepare((goal, line, style) for line in sentences)
        if any(part_seams(line, goal, ctx, parses) for line in sentences):
            return (), False  # a part's rewrite reads whole alone, not as part of this goal
        return (*split, *parts[MAX_SPLIT_PIECES:]), whole

    def _committed_parts(
        self, split: list[str], passing: list[int], goal: Goal, ctx: RuleContext
    ) -> list[str]:
        """The lines of a split with each part that passed as written and has no subject
        of its own told as the writer's commitment (coordinated.committed_part), when the
        commitment reads whole; the other lines as they are."""
        out = list(split)
        for at in passing:
            try:
                read = self.parse(split[at], goal.lang, goal.reference_date, goal.context)
            except SmartcheckError:
                continue
            told = committed_part(split[at], read, ctx)
            if told is not None and not part_seams(told, goal, ctx):
                out[at] = told
        return out

    def _piece_judged(self, read: Goal, piece: str, ctx: RuleContext) -> GoalReport:
        """A piece of a text of several goals judged and rewritten on its own, read without
        the additive opener that joined it to the goal before ('Also I want to ...', 'Also
        more rest ...'): standing alone, it belongs to neither goal (several.py). As written
        when it opens with none, or only gets the structured fallback without it."""
        style = style_for(ctx)
        pack = ctx.pack
        openers = {w.lower() for k in ("additive_markers", "coordinators") for w in pack.words(k)}
        bare = without_opener(piece, openers, style) if style is not None else None
        if bare is not None:
            again = self.evaluate(self.parse(bare, read.lang, read.reference_date))
            if again.structured_rewrite is None:
                return again
        course = bool(ctx.find(read, "formal_training"))
        stated = stated_line(piece, style, words_of(read), course) if style is not None else None
        if stated is not None:  # '- misschien ook X?': the line's goal, stated (asked_lines.py)
            told = self.evaluate(self.parse(stated, read.lang, read.reference_date))
            if told.rewrite is not None and told.structured_rewrite is None:
                return told
        return self.evaluate(read)

    def _told_short(
        self, piece: str, goal: Goal, changes: set[str], verb_second: bool = False
    ) -> bool:
        """Whether ``piece``, a line of a list, is a goal told without a clause (list_lines.py)."""
        try:
            read = self.parse(piece, goal.lang, goal.reference_date)
            return line_told_short(read, changes, verb_second)
        except SmartcheckError:
            return False

    def _fallback(self, report: GoalReport, ctx: RuleContext) -> dict[str, Any]:
        """No rewritten sentence: one rewrite per goal for a text that packs goals, else the
        structured rewrite (the goal plus labelled fields; never a broken sentence)."""
        goal = report.goal
        style = style_for(ctx)
        stops = style.abbreviations if style is not None else frozenset()
        pieces = plussed_pieces(goal, ctx, style) or goal_pieces(
            goal.text,
            frozenset(ctx.pack.words("first_person_subject")),
            ctx.pack.words("goal_labels"),
            stops,
            ctx.pack.words("comparatives"),
        )  # 'X + Y + Z': a goal per part (plussed.py)
        # 'Doel 3: ?': a slot the writer left open holds no goal to rewrite
        pieces = [p for p in pieces if any(ch.isalpha() for ch in p)] if len(pieces) > 2 else pieces
        if len(pieces) >= 2:
            roles = ctx.pack.words("role_verbs")
            names = frozenset(
                n.lower() for k in ("known_names", "ambiguous_names") for n in ctx.pack.words(k)
            )
            split: list[str] = []
            held: list[str] = []  # the situation told goes with the goal after it, as written
            heading: Goal | None = None  # 'Riggen. Ik wil ...': the field of the goal after it
            one_a_line = lined(goal.text)  # '- cursus X' on a line: a goal, never context
            changes = {w.lower() for w in ctx.pack.words("comparatives")}
            for n, piece in enumerate(pieces[:MAX_SPLIT_PIECES]):
                short = one_a_line and self._told_short(
                    piece, goal, changes, ctx.pack.grammar.verb_second
                )
                if not short and is_context(piece, goal):
                    held.append(piece)
                    continue
                try:
                    read = self.parse(piece, goal.lang, goal.reference_date)
                    if n + 1 < len(pieces) and is_heading(piece, goal.text) and heading is None:
                        heading = read  # 'Riggen. Ik wil ...': the topic of the goal after it
                        continue
                    if not short and style is not None and tells_context(read, style, roles):
                        held.append(piece)  # 'Vorige maand had ik ...': what happened
                        continue
                    trend = (
                        style is not None and read.doc is not None and trend_tokens(read.doc, style)
                    )
                    if (
                        not short
                        and (split or trend)
                        and style
                        and tells_present_situation(read, ctx, style)
                    ):
                        held.append(piece)  # '... We get a lot of X and ...': how things are
                        continue
                    if split and not held and style and feeling_accepted(read, ctx, style):
                        split[-1] = f"{split[-1]} {piece.strip()}"  # 'Spannend, maar ...'
                        continue
                    part = self._piece_judged(read, piece, ctx)
                except SmartcheckError:  # a piece that is no goal on its own stays as written
                    told = [heading.text] if heading is not None else []
                    split.append(" ".join([*held, *told, piece]))
                    held, heading = [], None
                    continue
                own = part.split or (part.rewrite or piece,)  # a piece that packs goals
                first = headed(own[0], heading, style, names) if heading and style else own[0]
                split += [" ".join([*held, first]), *own[1:]]  # one line per goal
                held, heading = [], None
            if held:
                split = [*split[:-1], " ".join([*split[-1:], *held])]
            split += pieces[MAX_SPLIT_PIECES:]
            text = "\n".join(split)
            if split:  # none when every piece only tells what happened
                return {"split": tuple(split), "rewrite": text, "rewrites": (text,)}
        why = refusal(goal.text, stops)  # a text that packs goals keeps its own words
        fallback = structured(report, ctx) if why != NO_WORDS else None
        if fallback is not None and why == QUESTION:  # a goal told with a question (voices/)
            asked = asked_goal(goal, style) if style is not None else None
            if asked:  # a bare question keeps its words: the coach fills in what it lacks
                fallback = fallback.model_copy(update={"goal": asked})
        if fallback is None:
            return {}
        return {
            "structured_rewrite": fallback,
            "rewrite": fallback.text,
            "rewrites": (fallback.text,),
        }


def _told_after(parts: tuple[str, ...], text: str, remark: str) -> int:
    """The part of a split a remark is put back after: the last, unless the writer told it
    inside the text, after another goal ('Doel 2: beter op tijd lopen met afspraken, *ik
    loop vaak uit*. Doel 3: ...'); then the part that holds the most of the words right
    before it."""
    said = remark.strip().rstrip(".!?").strip()
    at = text.find(said) if said else -1
    last = len(parts) - 1
    if at < 0 or not text[at + len(said) :].strip(" .!?"):
        return last
    before = re.findall(r"[^\W\d_]{4,}", text[:at].lower())[-_REMARK_REACH:]
    shared = [sum(w in part.lower() for w in before) for part in parts]
    best = max(shared)
    return shared.index(best) if best else last


#: How many words right before a remark tell which goal it was told after.
_REMARK_REACH = 4


def _closes(text: str, remark: str) -> bool:
    """Does ``remark`` (a clause cut from ``text``) stand at the end of ``text``, where
    :func:`with_remark` puts it back, or in the goal's first sentence ('..., ivm de gasten
    uit Valencia. Misschien een cursus?')? One inside a later sentence of context ('Vorige
    maand had ik iemand die ging schreeuwen omdat ... . Er is ...') would be told after
    another sentence."""
    said = remark.strip().rstrip(".!?").strip()
    if not said or text.strip().rstrip(".!?").strip().endswith(said):
        return True
    at = text.find(said)
    return at >= 0 and not re.search(r"[.!?]\s", text[:at])  # in the goal's first sentence


def _seamless(parts: tuple[str, ...], goal: Goal, ctx: RuleContext) -> bool:
    """Whether a rewrite of ``goal`` (one sentence, or one per goal of a split) shows no
    seam: a single sentence is checked whole, each part of a split as a part."""
    style = style_for(ctx)
    if style is None:
        return False
    parses = SeamParses()  # the goal parsed once for every part
    if len(parts) == 1:
        return not find_seams(parts[0], goal, ctx, style, parses)
    return not any(part_seams(part, goal, ctx, parses) for part in parts)


def _agreed_with(rewrite: str, style: RewriteStyle) -> str:
    """``rewrite`` with the writer's own part agreed with the manager (the pack's
    ``asked_decider``): the frame's agreement, its support named, at the end of the first
    sentence ('Vóór [datum] ga ik X, in overleg met mijn leidinggevende. Nu ...')."""
    support = style.placeholders.support
    agreement = style.frames.agreement.format(support=style.asked_decider)
    if not style.asked_decider:
        return rewrite
    if support in rewrite:
        return rewrite.replace(support, style.asked_decider, 1)
    end = re.search(r"[.!](?:\s+(?=[A-Z\u00c0-\u00de])|$)", rewrite)
    at = end.start() if end is not None else len(rewrite.rstrip())
    return f"{rewrite[:at]}{agreement}{rewrite[at:]}"


def _wished_step(statement: str, style: RewriteStyle) -> str | None:
    """An asked step's statement ('I will get a role in X.') told as the writer's wish ('I
    want to get a role in X.', the pack's ``writer_wish`` and infinitive marker); None where
    the pack has no such wish or the statement opens otherwise (verb-second Dutch puts the
    wish's infinitive last: no such wish there)."""
    subject = style.default_subject
    opening = f"{subject} {style.subjects.get(subject.lower(), '')} "
    markers = [m for m in style.infinitive_markers if " " not in m]
    if style.word_order == "v2" or not style.writer_wish or not markers:
        return None
    if not statement.startswith(opening):
        return None
    return f"{style.writer_wish} {markers[0]} {statement[len(opening) :]}"


def _ranked(report: GoalReport, found: tuple[str, ...]) -> GoalReport:
    """The report with ``found`` as its rewrites, best first."""
    return report.model_copy(update={"rewrite": found[0], "rewrites": found})


def _per_goal(
    report: GoalReport,
    parts: tuple[str, ...],
    later: tuple[str, ...] = (),
    split: bool | None = None,
) -> GoalReport:
    """The report with one rewrite per goal, a line each, as its rewrite (``later``: the
    template's sentences after it); a split when there are several parts, or always
    (``split=True``), or never (``False``)."""
    text = "\n".join(parts)
    update: dict[str, Any] = {"rewrite": text, "rewrites": (text, *later)}
    if split or (split is None and len(parts) > 1):
        update["split"] = parts
    return report.model_copy(update=update)


def _told_apart(
    comment: str, parsed: Goal, ctx: RuleContext, style: RewriteStyle, now_told: bool = True
) -> bool:
    """Is ``comment`` (read: ``parsed``), cut after the goal's last comma, a remark of its
    own: opened by one of the pack's ``comment_openers`` or ``situation_markers`` (how
    things are now), a feeling, or what happened? Not a clause that hangs on the goal (a
    reason, a purpose, 'not just ...': a conjunction, particle or preposition first), nor
    an opinion of what would help, which the frames read as the goal's means."""
    said = f"{comment.lower()} "
    if any(said.startswith(f"{o.lower()} ") for o in style.comment_openers):
        return True  # 'Lijkt me leuk.' (which the tagger may read as a name)
    doc = parsed.doc
    first = next((t for t in doc or () if t.is_alpha), None)
    if doc is None or first is None or first.pos_ in ("SCONJ", "CCONJ", "ADP", "PART"):
        return False
    if first.lower_ in style.relativizers and "Dem" not in first.morph.get("PronType", []):
        return False  # '..., which cracked twice': the clause says which, read with it
    modal = {w.lower() for w in (*style.modals, *style.wish_modals, *style.duty_modals)}
    opening = len(parsed.text) - len(parsed.text.lstrip())
    now = now_told and any(m.start == opening for m in ctx.find(parsed, "situation_markers"))
    if now and not any(t.lower_ in modal for t in doc) and not doubt_told(parsed, ctx):
        return True  # '..., nu vraag ik steeds hulp': how things are now (however tagged)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX", "ADJ"):
        return False  # '..., someone who has run a team', '..., beter plannen en ...'
    words = [t for t in doc if t.is_alpha]
    finite = [t for t in words if "Fin" in t.morph.get("VerbForm", [])]
    if ctx.pack.grammar.verb_second:  # a Dutch plural is written as the infinitive
        finite = [t for t in finite if not _infinitive_form(t)]
    if not finite:
        return False  # 'misschien ... aanschuiven': a goal told short, no remark
    if any(t.lower_ in modal for t in doc):
        return False  # 'er moeten betere afspraken ...': a duty or a wish, a goal
    if doubt_told(parsed, ctx):
        return False  # 'not sure I need it': a doubt, which settles the step (reserved.py)
    if feels(parsed, ctx):
        return True
    # what happened to others or the work ('dat heeft ons een avond gekost'); the writer's
    # own past ('ik ben vorig jaar gestopt') is read by the steps for a past told apart
    writer = {w.lower() for w in style.subjects}
    return _happened(parsed) and not any(t.lower_ in writer for t in parsed.doc or ())


def _infinitive_form(verb: Token) -> bool:
    """A plural of the present that may be an infinitive ('de reserveringen *bijhouden*'),
    unless a pronoun is its subject ('we *hebben* ...')."""
    if not verb.lower_.endswith("n") or "Plur" not in verb.morph.get("Number", []):
        return False
    return not any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in verb.children)


def _happened(sentence: Goal) -> bool:
    """Does ``sentence`` tell what happened: its finite verbs in the past, the auxiliary of
    a perfect with its participle ('we have lost two clients'), or a time that is past
    ('dat heeft ons vorige week een avond gekost')?"""
    doc = sentence.doc
    if doc is None or tells_past(sentence):
        return doc is not None
    if any(e.due is not None and e.due < sentence.reference_date for e in sentence.deadlines):
        return True
    finite = [t for t in doc if "Fin" in t.morph.get("VerbForm", [])]
    perfect = [  # 'have lost', not the passive 'are left'
        t
        for t in finite
        if t.pos_ == "AUX"
        and t.dep_ == "aux"
        and "Part" in t.head.morph.get("VerbForm", [])
        and t.head.i != t.i
    ]
    return bool(finite) and len(perfect) == len(finite)


def _comment_only(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
    """Does the goal end in the writer's comment on the advice ('Ik denk dat dat wel lukt.'),
    which goes (comments.py), not a remark kept after the rewrite? A comment names the
    writer once at most, as the one who comments; a feeling ('Eerlijk gezegd vind ik dat best
    spannend'), a clause about the writer ('..., vind ik dat ik gewoon mijn best doe') or a
    question is a remark."""
    spans = comment_spans(goal, style)
    if not spans or ctx.find(goal, "remark_feelings"):
        return False
    start, end = spans[0]
    if "?" in goal.text[start:]:
        return False  # 'Fine, but when would I prepare it?': a question, kept (asked_remarks.py)
    writer = {s.lower() for s in style.subjects}
    told = goal.text[start:end].lower().split()
    return sum(w.strip(".,!?") in writer for w in told) <= 1


def _framed_apart(rewrites: tuple[str, ...], goal: Goal, ctx: RuleContext) -> bool:
    """Does the first rewrite end with a sentence the writer told, kept as written after
    the frames (told_apart.py): its goal's clause was read and framed apart from it?"""
    style = style_for(ctx)
    if not rewrites or style is None:
        return False
    told = sentences(rewrites[0].strip(), style.abbreviations)
    if len(told) < 2 or "[" in told[-1] or len(told[-1].split()) < 3:
        return False
    last = told[-1].strip().rstrip(".!")
    marks = (",", " -", " \u2013", " \u2014")
    starts = {last, last[0].lower() + last[1:]}  # 'My team lead ...'; 'I stopped ...' as is
    return any(f"{mark} {start}" in goal.text for mark in marks for start in starts)
