"""A goal that reads whole but fits no frame keeps its words and gets a closing sentence
(session 38, lead).

'Spanish for calls with the growers in Murcia': an aim told without a verb, or an aim
with its explanation ('Be a better buddy for ... we take on this year'). No frame can take the two sentences in without breaking one, so
before only the structured fallback showed ('... Wanneer: [datum].'). A coach keeps such a
text and adds one sentence with what it lacks: the time and the measure ('Dit doel bereik
ik vóór [datum].'), the measure alone ('Als bewijs geldt [hoe gemeten].') or, when it is not
yet specific, the concrete step ('Concreet ga ik [concreet gedrag] vóór [datum], ...'), from
the pack's ``closing_reach``, ``closing_evidence`` and ``closing_step`` frames
(closing_steps.py).

A goal that fails A or R (hedged, imposed, impersonal, absolute) needs its own words
changed, a question is no aim yet, and a text that packs goals needs one rewrite each: they
keep what they had. Goals written fresh for this category, in other fields than any data
set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.closing_steps import closing_sentence
from smartcheck.fixing.rewrite.plan import failed
from tests.conftest import REF
from tests.support.rewriting import falls_back, rewrite_style, shown_rewrite, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "rewrite"),
    [
        (
            "nl",
            "Rondleidingen voor bedrijfsbezoekers. Vind het leuk maar ook spannend, wil het vaker "
            "doen om er zekerder in te worden",
            "Rondleidingen voor bedrijfsbezoekers. Vind het leuk maar ook spannend, wil het vaker "
            "doen om er zekerder in te worden. Dit doel bereik ik vóór [datum], met als bewijs "
            "[hoe gemeten].",
        ),
        (
            "en",
            "Italian for calls with the marble quarries in Carrara",
            "Italian for calls with the marble quarries in Carrara. I will reach this goal by "
            "[date], with [how measured] as evidence.",
        ),
    ],
)
def test_an_aim_that_lacks_only_its_time_is_dated_whole(lang: str, text: str, rewrite: str) -> None:
    """The goal as written (a wish in English committed, as the fallback does), then one
    sentence that dates the whole goal, with its measure where that is missing too."""
    assert well_rewritten(CHECKER, text, lang) == rewrite


@pytest.mark.parametrize(
    ("lang", "text", "rewrite"),
    [
        (
            "nl",
            "Beter uitleggen hoe de huurtoeslag werkt zodat huurders niet terugbellen. Nu belt "
            "ongeveer 1 op de 4 binnen een week opnieuw",
            "Beter uitleggen hoe de huurtoeslag werkt zodat huurders niet terugbellen. Nu belt "
            "ongeveer 1 op de 4 binnen een week opnieuw. Concreet ga ik [concreet gedrag] vóór "
            "[datum], met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "Handle upset customers better when a delivery is late, especially on the phone",
            "Handle upset customers better when a delivery is late, especially on the phone. "
            "Concretely, I will [concrete behaviour] by [date], with [how measured] as evidence.",
        ),
        (
            "en",
            "Better lifting technique. My back.",
            "Better lifting technique. My back. Concretely, I will [concrete behaviour] by "
            "[date], with [how measured] as evidence.",
        ),
    ],
)
def test_an_aim_that_is_not_yet_specific_gets_its_concrete_step(
    lang: str, text: str, rewrite: str
) -> None:
    """Failing S too: the closing sentence is the concrete step to the aim, with its date
    and measure; filled in, it passes all the goal failed and keeps the writer's words."""
    assert well_rewritten(CHECKER, text, lang) == rewrite


def _closings(lang: str) -> list[str]:
    """The opening words of the closing frames, to see that none was added."""
    frames = rewrite_style(CHECKER, lang).frames
    return [
        f.split("{", 1)[0].strip()
        for f in (frames.closing_reach, frames.closing_step, frames.closing_evidence)
        if f
    ]


@pytest.mark.parametrize(
    ("lang", "text", "why"),
    [
        # session 47: "Leerdoel: vóór de winterstop kan ik zelfstandig ... lassen die in één
        # keer door de keuring komt." stood here as an event-anchored deadline; the judge knew
        # no "winterstop", so T failed. It is a named period now (docs item 203) and the goal
        # is SMART, as an event anchor is time-bound (JUDGING T).
        (
            "en",
            "Move up to team lead? First I would need the escalation calls for a while",
            "a question: no aim yet",
        ),
        (
            "en",
            "Move up to head of housekeeping. First I want to spend two months shadowing Lotte",
            "the writer's own wish in their own verb: a sentence after it would commit it",
        ),
        (
            "nl",
            "Ik stel lastige telefoontjes met leveranciers vaak uit.",
            "a habit told as the whole goal is never committed",
        ),
        (
            "nl",
            "Meelopen met de monteurs van de storingsdienst en beter worden in diagnose, en ook "
            "mijn Duits verbeteren zodat ik de handleidingen kan lezen.",
            "three goals listed with a joiner: one closing step cannot serve them all",
        ),
        (
            "en",
            "Maybe move up to team lead. First I want to take the escalation calls for a while",
            "a hedged aim fails A: the hedge is in the writer's words",
        ),
        (
            "en",
            "Everyone on the line has to wear ear protection. I will check it every shift",
            "an obligation on everyone fails R",
        ),
        (
            "nl",
            "Nooit meer een bon kwijt. Alles gaat voortaan in de app",
            "an absolute fails R: it needs a bounded target in its own words",
        ),
        # "Zero damaged pallets in the cold store. Right now we lose a few every week" was a
        # case here: since session 48 the second sentence (a marker of the present, the
        # writer's routine) tells where the writer stands (own_state.py), so the goal is
        # rewritten on its own and that sentence kept; no closing sentence is involved.
    ],
)
def test_no_closing_sentence_where_it_cannot_settle_the_goal(
    lang: str, text: str, why: str
) -> None:
    """These keep the structured fallback: a sentence after them cannot fix what they fail."""
    assert falls_back(CHECKER, text, lang), why
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not any(o in (report.rewrite or "") for o in _closings(lang)), why
    if failed(report) - {Criterion.S, Criterion.M, Criterion.T}:
        style = rewrite_style(CHECKER, lang)
        assert closing_sentence(report, style, report.goal.text) is None, why


def test_a_part_read_on_its_own_gets_no_closing_sentence() -> None:
    """A step that reads one sentence as a goal of its own builds the whole rewrite from
    that part's rewrite: a closing sentence there would stand inside it. The figure that has
    to come down is the goal; the sentence after it stays as written."""
    text = (
        "My rework on the paint line has to come down. Too often a panel goes back because I "
        "missed a run in the lacquer"
    )
    assert shown_rewrite(CHECKER, text, "en") == (
        "By [date], I will make sure that my rework on the paint line comes down, with [how "
        "measured] as evidence. Too often a panel goes back because I missed a run in the "
        "lacquer."
    )


def test_a_goal_that_lacks_only_its_measure_gets_the_evidence_asked() -> None:
    """Failing M alone: the sentence after the goal asks what will show it."""
    text = "Be a better buddy for the apprentices (MBO-4 welders) we take on this year"
    assert shown_rewrite(CHECKER, text, "en") == (
        "Be a better buddy for the apprentices (MBO-4 welders) we take on this year. The "
        "evidence will be [how measured]."
    )


@pytest.mark.parametrize(
    ("lang", "text", "added"),
    [
        (
            "nl",
            "Een betere begeleider zijn voor de stagiairs (mbo-4 lassers) die we dit jaar krijgen",
            "Als bewijs geldt [hoe gemeten].",
        ),
        (
            "en",
            "Italian for calls with the marble quarries in Carrara",
            "I will reach this goal by [date], with [how measured] as evidence.",
        ),
        (
            "en",
            "Better lifting technique. My back",
            "Concretely, I will [concrete behaviour] by [date], with [how measured] as evidence.",
        ),
    ],
)
def test_the_closing_sentence_is_the_packs_frame_for_what_failed(
    lang: str, text: str, added: str
) -> None:
    """Read straight from the step, whatever step finally shows the goal: the frame follows
    the criteria failed (M alone: the evidence; T: the time)."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    closed = closing_sentence(report, rewrite_style(CHECKER, lang), text)
    assert closed == f"{text}. {added}"
