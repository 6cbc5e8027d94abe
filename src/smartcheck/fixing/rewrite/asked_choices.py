"""Two options asked, the second after an alternative: the choice is the writer's step.

"Learn Go? or stay with Java.", "NEBOSH diploma?? or first the IOSH course. Need to discuss
with Sanne", "Leren lassen? of toch bij het zagen blijven": the writer asks which of two
options to take, the first with a question mark, the second opened by an alternative (the
pack's ``rewrite.alternative_openers``: or, of). The choice is still open, so committing to
one of them decides for the writer, and reading the question mark as a full stop made the
second option a goal of its own or dropped it. A coach makes the choice the step: "I will
decide whether to learn Go or stay with Java", "ik ga kiezen tussen X en Y"; a second option
to be done first ('or *first* the IOSH course') asks what comes first (the pack's
``rewrite.choice_steps``: ``acts``, ``things``, ``first_acts``, ``first_things``).
Sentences after the second option are goals of their own, rewritten each on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.words import capitalise, infinitive_ending
from smartcheck.reading.pipeline import known_word
from smartcheck.reading.sentence_ends import opens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words of an option: a thing or an act named short, no paragraph.
_MOST_OPTION_WORDS = 14
#: Word classes that open a thing ('the IOSH course', 'NEBOSH diploma', 'two weeks ...').
_THING_OPENERS = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ", "X"})


@dataclass(frozen=True)
class AskedChoice:
    """The writer's step of choosing, and the sentences after the options (goals of their
    own)."""

    step: str
    after: tuple[str, ...]
    #: remarks after a choice asked in one question, kept as written after the step
    kept: tuple[str, ...] = ()


def asked_choice(
    goal: Goal, style: RewriteStyle, committed_verb: Callable[[str], bool]
) -> AskedChoice | None:
    """The choice between the two options the goal asks (see the module), or None.
    ``committed_verb`` tells whether an option, committed as written ('I will learn Go'),
    opens with a verb: the tagger reads a bare act alone ('Learn Go?') as a name or noun."""
    if not style.choice_steps or not style.alternative_openers or goal.doc is None:
        return None
    told = sentences(goal.text.strip(), style.abbreviations)
    if not told or not told[0].rstrip().endswith("?"):
        return None
    start = goal.text.find(told[1]) if len(told) > 1 else -1
    opener = told[1].split()[0].lower() if start >= 0 and told[1].split() else ""
    if start < 0 or opener not in style.alternative_openers:
        return _one_question(goal, told, style, committed_verb)
    first = _words(goal, goal.text.find(told[0]), told[0])
    second = _words(goal, start, told[1])[1:]
    hedges = style.one_word_hedges
    while second and second[0].lower_ in hedges:
        second = second[1:]  # 'or maybe stay with Java'
    done_first = bool(second) and second[0].lower_ in style.first_adverbs
    second = second[1:] if done_first else second
    if not first or not second or max(len(first), len(second)) > _MOST_OPTION_WORDS:
        return None
    kinds = {_kind(first, style, committed_verb), _kind(second, style, committed_verb)}
    if None in kinds or len(kinds) != 1:
        return None  # an act beside a thing, or a clause of its own: no two options
    kind = kinds.pop() or ""
    template = style.choice_steps.get(f"first_{kind}" if done_first else kind)
    if not template:
        return None
    step = template.format(first=_told(goal, first), second=_told(goal, second))
    after = tuple(s.strip() for s in told[2:])
    return AskedChoice(step=f"{capitalise(step)}.", after=after)


def _one_question(
    goal: Goal, told: list[str], style: RewriteStyle, committed_verb: Callable[[str], bool]
) -> AskedChoice | None:
    """Two options asked in one question by the writer with an asking verb ('Should I do
    X or Y?', 'Moet ik X doen of is Y beter?'): the choice is the step, the sentences after
    it are kept as written; None for any other question. A second option told as a clause
    that weighs it ('or is Y better', 'of is Y handiger') is the thing Y; beside an act with
    its thing, a thing shares the act's verb ('whether to do X or a short course'; Dutch:
    'kiezen tussen X en Y', the verb gone)."""
    words = _words(goal, goal.text.find(told[0]), told[0])
    subjects = {s.lower() for s in style.subjects}
    if len(words) < 5 or not _asking(words[0], style) or words[1].lower_ not in subjects:
        return None
    rest = words[2:]
    if rest and rest[0].lower_ in style.choice_weighers:
        rest = rest[1:]  # 'Kan ik beter X doen of Y?': the weighing is the question's
    at = next((n for n, t in enumerate(rest) if t.lower_ in style.alternative_openers), None)
    if at is None:
        return _one_weighed(goal, told, words, style, committed_verb)
    if at == 0 or any(t.lower_ in style.alternative_openers for t in rest[at + 1 :]):
        return None
    examples = style.abbreviation_openers - style.bound_abbreviations  # 'dr. X of dr. Y': options
    if any(opens(t.text, examples) for t in rest[:at]):
        return None  # '..., bijv. Kew of Meise?': the alternative joins examples, no options
    first, second = rest[:at], _weighed(rest[at + 1 :], style)
    done_first = len(second) > 1 and second[0].lower_ in style.first_adverbs
    second = second[1:] if done_first else second  # '... of eerst meelopen met X'
    if not first or not second or max(len(first), len(second)) > _MOST_OPTION_WORDS:
        return None
    if _shared_verb(first, second, style) and not _dutch_act(second, style):
        first = first[:-1]  # 'de VCA-cursus doen of een EHBO-cursus': a choice of things
    kinds = [_kind(first, style, committed_verb), _kind(second, style, committed_verb)]
    if kinds == ["acts", "things"] and style.word_order != "v2":
        kinds[1] = "acts"  # 'learn Spanish or French': the act's verb serves both
    if kinds[0] != kinds[1] and _dutch_act(first, style) and _dutch_act(second, style):
        kinds = ["acts", "acts"]  # 'de cursus X volgen of meelopen met Y': two acts
    if None in kinds or kinds[0] != kinds[1]:
        return None
    template = style.choice_steps.get(f"first_{kinds[0]}" if done_first else kinds[0] or "")
    if not template:
        return None
    step = template.format(first=_as_written(goal, first), second=_as_written(goal, second))
    return AskedChoice(step=f"{capitalise(step)}.", after=(), kept=tuple(told[1:]))


def _one_weighed(
    goal: Goal,
    told: list[str],
    words: list[Token],
    style: RewriteStyle,
    committed_verb: Callable[[str], bool],
) -> AskedChoice | None:
    """One step of the writer's own weighed in a question ('Should I specialise in X?',
    'Moet ik me specialiseren in X?'; the pack's ``weighing_askers``): a direction the
    writer is unsure of, decided with the one who decides (``choice_steps.one``), the step
    as written and the sentences after it kept; None for any other question."""
    template = style.choice_steps.get("one", "")
    if not template or not style.asked_decider or words[0].lower_ not in style.weighing_askers:
        return None
    option = words[2:]
    if any(t.lower_ in style.one_word_hedges for t in option[:1]):
        option = option[1:]  # 'Should I maybe ...': the hedge is the question's
    if not option or len(option) > _MOST_OPTION_WORDS or "?" in told[0].rstrip()[:-1]:
        return None
    if not (_dutch_act(option, style) or _kind(option, style, committed_verb) == "acts"):
        return None  # no act of the writer's: 'Should I be worried?'
    step = template.format(first=_as_written(goal, option), who=style.asked_decider)
    return AskedChoice(step=f"{capitalise(step)}.", after=(), kept=tuple(told[1:]))


def choice_asking_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """The modal that asks a choice of the writer's own step, and a word that weighs the
    options after the writer ('*Zal* ik X volgen of eerst Y?', '*Should* I *rather* X or Y?';
    the pack's ``choice_weighers``): the choice made the writer's step replaces them, so a
    rewrite may leave them out. Only in a question whose options an alternative parts."""
    if goal.doc is None:
        return []
    words = [t for t in goal.doc if not t.is_space]
    subjects = {s.lower() for s in style.subjects}
    if len(words) < 3 or not _asking(words[0], style) or words[1].lower_ not in subjects:
        return []
    told = sentences(goal.text.strip(), style.abbreviations)
    weighed = words[0].lower_ in style.weighing_askers and told and told[0].rstrip().endswith("?")
    if weighed and not any(t.lower_ in style.alternative_openers for t in words[3:]):
        # one step weighed ('*Should* I X? ...'), the remarks after it kept
        return [(words[0].idx, words[0].idx + len(words[0].text))]
    if len(words) < 5 or not goal.text.rstrip().endswith("?"):
        return []
    if not any(t.lower_ in style.alternative_openers for t in words[3:]):
        return []
    asking = [words[0], *(words[2:3] if words[2].lower_ in style.choice_weighers else [])]
    return [(t.idx, t.idx + len(t.text)) for t in asking]


def _asking(word: Token, style: RewriteStyle) -> bool:
    """``word`` opens a question as its finite verb: tagged a verb, or one of the pack's
    modals or the writer's committed auxiliary whatever the tagger says ('Shall', 'Ga' at a
    question's start are read as a noun or a conjunction)."""
    known = style.kept_modals | style.asked_modals | {a.lower() for a in style.subjects.values()}
    return word.pos_ in ("AUX", "VERB") or word.lower_ in known


def _shared_verb(first: list[Token], second: list[Token], style: RewriteStyle) -> str:
    """Dutch: the verb that ends the first option when the second is a thing it serves too
    ('de VCA-cursus *doen* of een EHBO-cursus', 'Spaans *leren* of Frans'): the choice is
    between the things ('kiezen tussen X en Y'; with the verb after each, the judge reads
    two goals); "" otherwise (English puts the verb first: 'whether to learn Spanish or
    French')."""
    verbal = ("VERB", "AUX")
    if style.word_order != "v2" or len(first) < 2 or not second:
        return ""
    alike = first[-1].pos_ in verbal and second[-1].pos_ not in verbal
    return first[-1].text if alike and second[0].pos_ in _THING_OPENERS else ""


def _dutch_act(option: list[Token], style: RewriteStyle) -> bool:
    """A Dutch option told as an act: an infinitive the tagger read as a verb, with no
    subject of its own ('de cursus Excel *volgen*', '*meelopen* met Fatima'; a phrase may
    follow it). The option's first word may be an article, which made it read as a thing."""
    subjects = {s.lower() for s in style.subjects}
    if style.word_order != "v2" or any(t.lower_ in subjects for t in option):
        return False
    return any(
        t.pos_ == "VERB" and "Inf" in t.morph.get("VerbForm", []) and infinitive_ending(t.lower_)
        for t in option
    )


def _as_written(goal: Goal, option: list[Token]) -> str:
    """An option inside the question, as the writer wrote it (no sentence start to undo)."""
    return goal.text[option[0].idx : option[-1].idx + len(option[-1].text)]


def _weighed(option: list[Token], style: RewriteStyle) -> list[Token]:
    """A second option told as a clause that weighs it, with the pack's copula ('is a short
    course better', 'is een EHBO-cursus handiger', 'is Y more useful': an amount word before
    the adjective): the thing weighed; the option as it is otherwise."""
    copula = bool(option) and option[0].pos_ in ("AUX", "VERB") and option[0].lemma_ == style.copula
    if len(option) < 3 or not copula:
        return option
    if len(option) > 3 and option[-2].lower_ in style.amount_words and option[-1].pos_ == "ADJ":
        return option[1:-2]
    last = option[-1]  # the tagger may call 'handiger' a positive: its lemma tells
    inflected = last.pos_ == "ADJ" and last.lower_.endswith("er") and last.lemma_ != last.lower_
    if "Cmp" not in last.morph.get("Degree", []) and not inflected:
        return []  # 'or is it too early': a clause of its own, no option
    return option[1:-1]


def _words(goal: Goal, start: int, sentence: str) -> list[Token]:
    """The tokens of ``sentence`` (at ``start`` in the goal's text) without its marks at
    the end."""
    assert goal.doc is not None
    end = start + len(sentence)
    tokens = [t for t in goal.doc if start <= t.idx < end and not t.is_space]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in (")", "]"):
        tokens.pop()
    return tokens


def _kind(
    option: list[Token], style: RewriteStyle, committed_verb: Callable[[str], bool]
) -> str | None:
    """'acts' for an option told as a bare act ('learn Go', 'bij R blijven'), 'things' for
    one named as a thing ('the IOSH course'); None for a clause with a subject of its own."""
    subjects = {s.lower() for s in style.subjects}
    if any(t.lower_ in subjects for t in option):
        return None
    words = [t for t in option if not t.is_punct]
    if words[0].pos_ == "DET":
        return "things"  # 'the IOSH course', 'de BHV-cursus'
    text = " ".join(t.text for t in option)
    named = words[0].text[1:2].isupper()  # 'NEBOSH diploma': a name, whatever the tagger says
    if not named and committed_verb(
        text[:1].lower() + text[1:] if not text[1:2].isupper() else text
    ):
        return "acts"  # 'I will learn Go', 'Ik ga leren lassen'
    if style.word_order == "v2" and infinitive_ending(words[-1].lower_):
        return None  # a Dutch verb the tagger missed: neither sure
    return "things" if words[0].pos_ in _THING_OPENERS else None


def _told(goal: Goal, option: list[Token]) -> str:
    """The option as written, its first word in lower case unless a name or acronym."""
    text = goal.text[option[0].idx : option[-1].idx + len(option[-1].text)]
    head = option[0].text
    if head[1:].islower() and known_word(head.lower(), goal.lang):
        return text[:1].lower() + text[1:]  # 'Learn Go', capital only from the start
    if option[0].pos_ == "PROPN" or head[1:2].isupper() or re.match(r"\W", head):
        return text
    return text[:1].lower() + text[1:]
