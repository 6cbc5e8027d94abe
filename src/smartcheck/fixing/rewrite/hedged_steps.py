"""A next step or a role the writer hedges or asks beside the goal, told as a step to agree.

Writers state a goal and add a step they are not sure of: "..., and maybe move to a
planning job next year?", "..., en misschien daarna zelf een categorie beheren?", "...,
evt. ook de weekafsluiting doen"; or they name a role only as a hedge or a question:
"..., misschien als teamleider", "- ploegleider worden?", "Become a shift lead?". Committing
the step ("and I will move to ...") or the role ("ga ik teamleider worden") decides what the
writer left open and what someone else decides (JUDGING A: a promotion is no outcome the
writer controls); dropping it loses the writer's words; the hedge or the question mark kept
inside the commitment fails A, so only the structured fallback was left.

The writer's own part of such a step is to agree on it with the one who decides: the goal
is judged and rewritten as any goal, and the step is told after it as a sentence of its own
in the pack's ``hedged_steps.discussed`` ("Ik bespreek met mijn leidinggevende of ik daarna
zelf een categorie kan beheren.", "I will discuss with my manager whether I can move to a
planning job next year."); a role in ``frames.settled``, the form the imposed-role reading
uses ("Ik maak samen met mijn leidinggevende uit of ik teamleider word.", "I will agree with my
manager whether I become a team lead."). Whom with is the pack's ``asked_decider``, as for
a step asked as a question (asked_steps.py). A bare role asked or hedged is that agreement
alone, rewritten like any goal.

It reads, in the goal's last sentence: a comma or a coordinator (``and``, ``en``; the pack's
``coordinators``), one of the pack's one-word hedges (``drop_hedges``: "misschien", "evt.",
"maybe"), then either an act of one phrase (adverbs, then in English a verb first, in Dutch
an infinitive last or before a prepositional phrase; no subject, no mark inside) or
"als"/"as" and a role of a few words, or a role with "worden"/"become"; before the cut at
least three words of the goal. An act is a next step only with a coordinator, an adverb
before it, a word of sequence in it (``followup_openers``) or a step up a career ladder
(``role_steps``), and never with a first step's word ("eerst", "first"): else it is the
goal's means. The hedge may also open the sentence after the goal's stop, for a role, a
step up to one or a step joined on with a coordinator. A bare role: an optional hedge, a role of a
few words and the pack's ``become_verbs`` ("worden", "become"), with a question mark or the
hedge. ``WholeTextRewrites._hedged_step`` (whole_text.py) judges the goal and adds the step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from smartcheck.errors import SmartcheckError
from smartcheck.fixing.rewrite.added_tails import marked_added
from smartcheck.fixing.rewrite.routine_means import gerund_of
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.style import style_for
from smartcheck.fixing.rewrite.to_discuss import with_agreement
from smartcheck.fixing.rewrite.wordclass import has_gerund, infinitive_evidence
from smartcheck.fixing.rewrite.words import Word, capitalise, join, tidy, words_of

if TYPE_CHECKING:
    from datetime import date

    from smartcheck.configuration.grammar import Grammar
    from smartcheck.criteria import Criterion
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reporting.report import GoalReport


class _Reader(Protocol):
    def parse(self, text: str, lang: str, reference_date: date | None = None) -> Goal: ...

    def evaluate(self, goal: Goal, given: frozenset[Criterion] = frozenset()) -> GoalReport: ...


#: Marks a list line may open with ('- ', '* ', '• ').
_BULLETS = frozenset({"-", "*", "\u2022", "\u2013"})
#: Fewest words of the goal before the hedged step.
_GOAL_WORDS = 3
#: Most words of a role ('teamleider kassa', 'a shift lead on nights').
_ROLE_WORDS = 6
#: Most adverbs before the step's verb ('daarna zelf', 'later also').
_ADVERBS = 3
#: Marks a hedged step may follow: a comma, or the stop of the goal's sentence ('... de
#: ochtend-QA. En misschien werkbegeleider worden?').
_STEP_CUTS = frozenset({",", ".", "!"})
#: Parts of speech a role's words may have.
_ROLE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "ADP", "X"})


@dataclass(frozen=True)
class HedgedStep:
    """The goal without the hedged step (None for a bare role), and the step to agree."""

    rest: str | None
    step: str


def hedged_rewrites(reader: _Reader, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
    """The goal rewritten with the hedged step after it told as the writer's step to agree
    on, or the bare role's agreement rewritten (see the module); nothing for any other text,
    when the goal gets no whole rewrite of one sentence, or on a seam."""
    goal = report.goal
    style = style_for(ctx)
    if style is None:
        return ()
    joiners = frozenset(w.lower() for w in ctx.pack.words("coordinators"))
    moves = tuple((m.start, m.end) for m in ctx.find(goal, "role_steps"))
    found = hedged_step(goal, style, joiners, ctx.pack.grammar, moves)
    if found is None:
        particles = frozenset(ctx.pack.words("separable_particles"))
        means = asked_means(goal, style, particles) or hedged_partner(goal, style)
        return _means_rewrites(reader, goal, ctx, style, means) if means else ()
    try:
        if found.rest is None:
            told, after = found.step, ""
        else:
            told, after = found.rest, f" {found.step}"
        judged = reader.evaluate(reader.parse(told, goal.lang, goal.reference_date))
    except SmartcheckError:
        return ()
    if judged.split or judged.structured_rewrite is not None:
        return ()
    for rewrite in (told,) if judged.is_smart else judged.rewrites:
        if "\n" in rewrite:
            continue
        text = f"{rewrite.rstrip()}{after}"
        if not find_seams(text, goal, ctx, style):
            return (text,)
    return ()


def _means_rewrites(
    reader: _Reader, goal: Goal, ctx: RuleContext, style: RewriteStyle, found: AskedMeans
) -> tuple[str, ...]:
    """The goal before the plan to ask rewritten, the means its way, agreed with whom."""
    try:
        judged = reader.evaluate(reader.parse(found.rest, goal.lang, goal.reference_date))
    except SmartcheckError:
        return ()
    if judged.split or judged.structured_rewrite is not None:
        return ()
    for rewrite in (found.rest,) if judged.is_smart else judged.rewrites:
        if "\n" in rewrite:
            continue
        first, *others = sentences(rewrite.rstrip(), style.abbreviations)
        told: str | None = " ".join([f"{first.rstrip('.!')}{found.means}.", *others])
        if told is not None and found.who:
            told = with_agreement(told, found.who, style)
        if told is not None and not find_seams(told, goal, ctx, style):
            return (told,)
    return ()


def asking_plan_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where ``goal`` tells its plan to ask for a means and the means' modal ('Will ask if I
    *can* sit with Tom'), or the hedge before a partner ('so maybe together with HR'): the
    agreement or the support frame tells them, so a rewrite may drop them
    (seams/kept_words.py)."""
    found = asked_means(goal, style, frozenset()) or hedged_partner(goal, style)
    return list(found.dropped) if found is not None else []


def discussed_spans(text: str, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where ``text`` holds the writer's step of discussing a hedged step ('I will discuss
    with my manager whether I can move to X next year.'): a time there is the step's, no
    second deadline of the goal (seams/deadlines.py). So is a time in the step of agreeing
    on a role ('I will agree with my manager on whether I become X in two years';
    ``frames.settled``)."""
    spans: list[tuple[int, int]] = []
    for frame in (style.hedged_steps.get("discussed", ""), style.frames.settled or ""):
        head, _, tail = frame.partition("{who}")
        if not head or not tail:
            continue
        middle = tail.partition("{clause}")[0]
        for opening in _openings(head, style):
            pattern = rf"(?<!\w){re.escape(opening)}.+?{re.escape(middle)}[^.!?]*"
            spans += [m.span() for m in re.finditer(pattern, text, flags=re.IGNORECASE)]
    return spans


def _openings(head: str, style: RewriteStyle) -> tuple[str, ...]:
    """A frame's opening as written ('Ik maak samen met') and, in a verb-second language,
    with its verb before the subject, as it stands after a deadline ('maak ik samen met')."""
    words = head.split()
    subject = style.default_subject.lower()
    if style.word_order != "v2" or len(words) < 2 or words[0].lower() != subject:
        return (head,)
    return (head, " ".join([words[1], words[0], *words[2:]]) + (" " if head.endswith(" ") else ""))


def hedged_step(
    goal: Goal,
    style: RewriteStyle,
    coordinators: frozenset[str],
    grammar: Grammar,
    moves: tuple[tuple[int, int], ...] = (),
) -> HedgedStep | None:
    """The hedged or asked step beside ``goal`` told as the writer's step to agree on (see
    the module), or None."""
    if not style.asked_decider or not style.become_verbs:
        return None
    words = [w for w in words_of(goal) if w.text.strip()]
    while words and words[0].text in _BULLETS:
        words.pop(0)
    asked = bool(words) and words[-1].text == "?"
    while words and not words[-1].is_word:
        words.pop()
    if not words:
        return None
    bare = _bare_role(words, asked, style)
    timed = None if bare is not None else _role_timed(words, goal, style)
    bare = bare or timed
    if bare is not None:
        return HedgedStep(None, bare)
    hedges = style.one_word_hedges
    for at in range(len(words) - 2, _GOAL_WORDS - 1, -1):
        if words[at].lower not in hedges:
            continue
        cut = at
        joined = words[cut - 1].lower in coordinators
        cut -= joined
        if words[cut - 1].text not in _STEP_CUTS:
            return None  # 'X en misschien Y': two goals, the coordination's (coordinated.py)
        cut -= 1
        rest, step = words[:cut], words[at + 1 :]
        if cut < _GOAL_WORDS or any(not w.is_word for w in rest[-1:]) or _marks_inside(step):
            return None
        # a role to become after the hedge ('..., en misschien werkbegeleider worden')
        told = _role_step(step, style) or _bare_role(words[at:], asked, style)
        # an act only as a next step: 'misschien eerst X' is the first step toward the goal,
        # its means (offered_steps.py), and so is ', maybe do X' without a sign of sequence;
        # after a stop, only a step joined on ('. En misschien ook X') or up to a role
        first = _first_step(step, style)
        # '. Maybe help with the skin prick tests too?', '. Misschien ook helpen bij X?'
        added = marked_added([w.lower for w in step], style, opening=True)
        acted = not first and (
            joined or added or _next_step(step, style, moves, goal.lang, grammar)
        )
        stopped = words[cut].text != ","
        if told is None and acted and (not stopped or joined or added or _moves_up(step, moves)):
            told = _act_step(step, style, goal.lang, grammar)
        if told is None:
            return None
        return HedgedStep(f"{join(rest).rstrip(' ,;.')}.", told)
    return None


def _next_step(
    step: list[Word],
    style: RewriteStyle,
    moves: tuple[tuple[int, int], ...],
    lang: str,
    grammar: Grammar,
) -> bool:
    """Is the hedged act after a comma the writer's next step, not the goal's means? It is
    when an adverb leads it ('misschien daarna zelf ...'), a word of sequence stands in it
    ('..., maybe move to sales later', '..., misschien later een cursus X volgen'; the
    pack's ``rewrite.followup_openers``), or it is a step up a career ladder (``moves``: where
    the pack's ``role_steps`` stand in the goal, 'doorgroeien naar', 'progress to')."""
    if _adverb(step[0], lang, grammar) or _moves_up(step, moves):
        return True
    return any(w.lower in style.followup_openers for w in step)


def _first_step(step: list[Word], style: RewriteStyle) -> bool:
    """Does a word of the pack's ``step_markers`` ('eerst', 'first') stand in the step on
    its own, not as a compound's first part ('first-team analyst')?"""
    for n, word in enumerate(step):
        joined = n + 1 < len(step) and step[n + 1].text == "-"
        if word.lower in style.first_adverbs and not joined:
            return True
    return False


def _moves_up(step: list[Word], moves: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= w.start < b for w in step for a, b in moves)


@dataclass(frozen=True)
class AskedMeans:
    """The goal without the plan to ask, the means told as the way ('sitting with Tom for a
    few afternoons'), and whom it is agreed with."""

    rest: str
    means: str
    who: str  # empty: no agreement (a partner supports the goal)
    dropped: tuple[tuple[int, int], ...]  # where the plan and its modal stand


def asked_means(goal: Goal, style: RewriteStyle, particles: frozenset[str]) -> AskedMeans | None:
    """The writer's plan to ask for a means in the goal's last sentence ('Will ask if I can
    sit with Tom for a few afternoons', 'Ik ga vragen of ik een paar dagen mag meelopen met
    Karin'): the goal before it, the means as its way, and the name in the means (else the
    pack's ``asked_decider``) as whom it is agreed with; None for any other text."""
    if not style.asking_plans or not style.frames.routine_means:
        return None
    text = goal.text.rstrip(" .!")
    lower = text.lower()
    for plan in sorted(style.asking_plans, key=len, reverse=True):
        at = lower.rfind(plan)
        if at <= 0 or lower[at - 1].isalnum() or text[:at].rstrip()[-1:] not in ".!;,":
            continue
        rest = text[:at].rstrip(" .!;,")
        after = [w for w in words_of(goal) if w.start >= at + len(plan) and w.text.strip()]
        while after and not after[-1].is_word:
            after.pop()
        if len(rest.split()) < _GOAL_WORDS or len(after) < _GOAL_WORDS:
            return None
        if after[0].lower not in {s.lower() for s in style.subjects} or _marks_inside(after):
            return None
        clause = after[1:]
        modals = [w for w in clause if w.pos == "AUX" and w.lemma.lower() in style.asking_modals]
        if len(modals) != 1:
            return None
        clause = [w for w in clause if w is not modals[0]]
        means = _way_of(clause, style, particles, goal.lang)
        if means is None:
            return None
        names = [w for w in clause if w.pos == "PROPN"]
        who = join(names) if len(names) == 1 else style.asked_decider
        dropped = ((at, at + len(plan)), (modals[0].start, modals[0].end))
        return AskedMeans(f"{rest}.", style.frames.routine_means.format(clause=means), who, dropped)
    return None


def hedged_partner(goal: Goal, style: RewriteStyle) -> AskedMeans | None:
    """A partner the writer hedges or asks after the goal's last comma ('..., so maybe
    together with HR?', '..., dus misschien samen met HR?'; the pack's ``partner_openers``):
    the goal before the comma, the partner as its support (``frames.support``: 'with support
    from HR'); None for any other text."""
    frame = style.frames.support
    if not frame or not style.partner_openers:
        return None
    words = [w for w in words_of(goal) if w.text.strip()]
    while words and not words[-1].is_word:
        words.pop()
    commas = [n for n, w in enumerate(words) if w.text == ","]
    if not commas or commas[-1] < _GOAL_WORDS:
        return None
    piece = words[commas[-1] + 1 :]
    hedged = [n for n, w in enumerate(piece[:2]) if w.lower in style.one_word_hedges]
    if not hedged or (hedged[0] == 1 and piece[0].pos not in ("CCONJ", "ADV", "SCONJ")):
        return None  # 'so maybe', 'dus misschien', 'maybe': nothing else before the hedge
    after = piece[hedged[0] + 1 :]
    said = " ".join(w.lower for w in after)
    opener = next((o for o in style.partner_openers if said.startswith(f"{o} ")), None)
    if opener is None:
        return None
    partner = after[len(opener.split()) :]
    if not partner or len(partner) > _ROLE_WORDS or _marks_inside(partner):
        return None
    if _subject_in(partner, style) or any(w.pos in ("VERB", "AUX") for w in partner):
        return None
    rest = goal.text[: words[commas[-1]].start].rstrip(" ,;")
    dropped = ((words[commas[-1]].start, partner[0].start),)
    return AskedMeans(f"{rest}.", frame.format(support=join(partner, lead=False)), "", dropped)


def _way_of(
    clause: list[Word], style: RewriteStyle, particles: frozenset[str], lang: str
) -> str | None:
    """The means told as the way the goal is reached: English the verb's -ing form first
    ('sit with Tom' -> 'sitting with Tom'), Dutch the infinitive with 'te' in its place
    ('een paar dagen meelopen met Karin' -> 'een paar dagen mee te lopen met Karin')."""
    verbs = [n for n, w in enumerate(clause) if w.pos == "VERB"]
    if len(verbs) != 1:
        return None
    at = verbs[0]
    verb = clause[at]
    if style.word_order == "v2":
        if verb.verbform != "Inf":
            return None
        told = _with_te(verb.text, particles)
    else:
        if at != 0:
            return None
        gerund = gerund_of(verb.lower, lang)
        if gerund is None:
            return None
        told = gerund
    return join([*clause[:at], Word(told), *clause[at + 1 :]], lead=False)


def _with_te(verb: str, particles: frozenset[str]) -> str:
    """A Dutch infinitive with 'te', split after a separable particle ('meelopen' -> 'mee te
    lopen', 'maken' -> 'te maken')."""
    for particle in sorted(particles, key=len, reverse=True):
        if verb.lower().startswith(particle) and len(verb) - len(particle) >= 4:
            return f"{verb[: len(particle)]} te {verb[len(particle) :]}"
    return f"te {verb}"


def _marks_inside(words: list[Word]) -> bool:
    """A mark among ``words`` other than a hyphen inside a compound: more than one phrase."""
    return any(not w.is_word and not (w.text == "-" and not w.space_before) for w in words)


def _subject_in(words: list[Word], style: RewriteStyle) -> bool:
    subjects = {s.lower() for s in style.subjects}
    return any(w.lower in subjects for w in words)


def _role_timed(words: list[Word], goal: Goal, style: RewriteStyle) -> str | None:
    """A bare role asked, then only its time, maybe hedged ('Become a trainer for new
    starters? maybe in 2 years', 'Opleider worden? Misschien over twee jaar'): the step of
    agreeing on the role at that time (the time inside the agreement: it is the role's, not
    the agreement's deadline), or None."""
    at = next((n for n, w in enumerate(words) if w.text == "?"), None)
    if at is None or at + 1 >= len(words):
        return None
    k = at + 1
    while k < len(words) and words[k].lower in style.one_word_hedges:
        k += 1
    told = [w for w in words[k:] if w.text not in ("?", ".", "!")]
    times = [(d.start, d.end) for d in goal.deadlines if d.kind != "recurring"]
    if not told or not all(any(a <= w.start < b for a, b in times) for w in told):
        return None
    when = join(told, lead=False)
    when = when[:1].lower() + when[1:] if not when[1:2].isupper() else when
    return _bare_role(words[:at], True, style, when)


def _bare_role(words: list[Word], asked: bool, style: RewriteStyle, when: str = "") -> str | None:
    """A role asked or hedged as the whole goal ('teamleider worden?', 'Maybe become a shift
    lead'): the writer's step of agreeing on it, or None."""
    hedged = words[0].lower in style.one_word_hedges
    if hedged:
        words = words[1:]
    if not (asked or hedged) or _marks_inside(words) or _subject_in(words, style):
        return None
    becoming = [w for w in words if w.lower in style.become_verbs]
    if len(becoming) != 1:
        return None
    if style.word_order == "v2":
        at = words.index(becoming[0])
        after = words[at + 1 :]
        if not at or (after and after[0].pos != "ADP"):
            return None  # a phrase after the verb only as a prepositional one ('voor X')
        role = [*words[:at], *after]  # 'werkbegeleider worden voor X': 'werkbegeleider voor X'

    else:
        if words[0] is not becoming[0]:
            return None
        role = words[1:]
    return _settled_role(role, style, when)


def _settled_role(role: list[Word], style: RewriteStyle, when: str = "") -> str | None:
    """'Ik maak samen met mijn leidinggevende uit of ik teamleider word.' for ``role``, with the
    role's own time when given ('of ik over twee jaar teamleider word', 'whether I become a
    team lead in two years')."""
    frame = style.frames.settled
    told = style.hedged_steps.get("role", "")
    if not role or len(role) > _ROLE_WORDS or not frame or not told:
        return None
    if any(w.pos not in _ROLE_POS for w in role):
        return None
    person = role[-1].lower.endswith(tuple(style.agent_endings))  # 'vestigingsmanager'
    if not (person or role[0].pos == "DET" or any(w.pos in ("NOUN", "PROPN") for w in role)):
        return None  # a role is a noun: the tagger may call one an adjective ('a shift lead')
    named = _lowered(join(role))
    if when:  # Dutch: the time before the role and its verb; English: after the role
        named = f"{when} {named}" if style.word_order == "v2" else f"{named} {when}"
    clause = told.format(role=named)
    return capitalise(tidy(frame.format(who=style.asked_decider, clause=clause)))


def _role_step(step: list[Word], style: RewriteStyle) -> str | None:
    """'als teamleider', 'as a shift lead' after the hedge: the role agreed, or None."""
    if not step or step[0].lower not in style.hedged_role_openers:
        return None
    return _settled_role(step[1:], style)


def _act_step(step: list[Word], style: RewriteStyle, lang: str, grammar: Grammar) -> str | None:
    """An act of one phrase after the hedge ('daarna zelf een categorie beheren', 'move to a
    planning job next year'): the step discussed with the one who decides, or None. The
    tagger often misreads the words after a hedge ('maybe *teach* it', 'ook de leveranciers
    zelf *bellen*'), so the dictionary tells the verb: a word with a gerund (English), an
    infinitive a conjugated form leads to (Dutch)."""
    frame = style.hedged_steps.get("discussed", "")
    if not frame or len(step) < 2 or _subject_in(step, style):
        return None
    if any(w.lower in style.one_word_hedges for w in step):
        return None
    modal = style.hedged_steps.get("modal", "")
    told = [Word(modal)] if modal else []
    if style.word_order == "v2":
        end = _infinitive_end(step, style, lang, grammar)
        if end is None or any(w.finite for w in step):
            return None
        # a phrase put after the verbs goes before them ('of ik naar regisseur kan
        # doorgroeien', 'of ik ook met lijmmortel kan leren lijmen')
        start = end
        while start > 0 and step[start - 1].pos == "VERB" and step[start - 1].verbform == "Inf":
            start -= 1  # tagged only: a plural noun before the verb reads as an infinitive too
        step = [*step[:start], *step[end + 1 :], *step[start : end + 1]]
        at = len(step) - 1 - (end - start)
        while at > 0 and step[at - 1].dep == "compound:prt":
            at -= 1
        clause = [*step[:at], *told, *step[at:]]
    else:
        at = 0
        while at < min(_ADVERBS, len(step) - 1) and _adverb(step[at], lang, grammar):
            at += 1
        verb = step[at]
        noun = verb.pos == "NOUN" and bool(verb.plural)  # 'maybe *courses*'
        if verb.pos in ("DET", "PRON", "ADP", "NUM") or noun or verb.verbform == "Ger":
            return None
        if not has_gerund(verb.lower, lang, grammar):
            return None
        clause = [*told, *step]  # the modal before the adverbs: 'whether I can also X'
    text = join(clause, lead=False)
    return capitalise(tidy(frame.format(who=style.asked_decider, clause=text)))


def _infinitive_end(
    step: list[Word], style: RewriteStyle, lang: str, grammar: Grammar
) -> int | None:
    """Where a Dutch step's infinitive stands: last ('daarna zelf een categorie beheren'), or
    before a prepositional phrase put after it ('doorgroeien naar regisseur', 'overstappen
    naar de planning'); None without one."""
    if _infinitive(step[-1], style, lang, grammar):
        return len(step) - 1
    ends = [
        n
        for n, w in enumerate(step[:-1])
        if step[n + 1].pos == "ADP" and _infinitive(w, style, lang, grammar)
    ]
    if len(ends) != 1 or any(w.pos in ("VERB", "AUX") for w in step[ends[0] + 1 :]):
        return None
    return ends[0]


def _infinitive(verb: Word, style: RewriteStyle, lang: str, grammar: Grammar) -> bool:
    tagged = verb.pos in ("VERB", "AUX") and verb.verbform == "Inf"
    return tagged or infinitive_evidence(verb.lower, lang, grammar, style) is True


def _adverb(word: Word, lang: str, grammar: Grammar) -> bool:
    """An adverb before the step's verb ('later', 'also', 'then'), not a verb the tagger
    calls one ('maybe later *teach* it')."""
    return word.pos in ("ADV", "ADJ") and not has_gerund(word.lower, lang, grammar)


def _lowered(text: str) -> str:
    """A role as it stands inside a sentence: a capital only where it is a name."""
    first, _, rest = text.partition(" ")
    if first[1:2].isupper():
        return text
    return f"{first[:1].lower()}{first[1:]} {rest}".strip()
