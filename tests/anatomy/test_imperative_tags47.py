"""An English imperative the small tagger calls a noun or a name is read as the verb
(session 47, lead).

'Always wash and disinfect the trailer ...', 'Shadow a senior cutter?', 'Always log my
hours ...': a word opening the sentence (after at most an adverb) right before a
determiner or a possessive, or before 'and' and a second bare verb, whose gerund the
dictionary knows, is the imperative with its object: no noun takes an article after it.
Tagged a noun, the goal's act was lost: 'wash' and 'disinfect' read as two goals (S004),
and the frames put the verb after a preposition ('I will [concrete behaviour] for log my
hours', shown). Dutch opens a goal with its infinitive last ('Altijd de trailer wassen'),
and its grammar keeps this repair off (``subject_after_first_verb``).

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


def _tag(text: str, word: str) -> str:
    doc = CHECKER.parse(text, lang="en").doc
    assert doc is not None
    return next(t.pos_ for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Shadow a senior glazier for a week.", "Shadow"),
        ("Always rinse and dry the moulds after each casting.", "rinse"),
        ("Sweep and mop the workshop floor at the end of each shift.", "Sweep"),
    ],
)
def test_an_opening_imperative_is_a_verb(text: str, word: str) -> None:
    assert _tag(text, word) == "VERB"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Monday the team meets at nine.", "Monday"),
        ("Customer service is my weak spot.", "Customer"),
        ("Half the time the order sits in the approval queue.", "Half"),
    ],
)
def test_a_noun_before_no_object_stays_a_noun(text: str, word: str) -> None:
    assert _tag(text, word) in ("NOUN", "PROPN")


def test_two_imperatives_sharing_an_object_are_one_goal() -> None:
    goal = "Sweep and mop the workshop floor at the end of each shift."
    report = CHECKER.check(goal, lang="en")
    assert "S004" not in {f.code for f in report.findings}
    rewrite = well_rewritten(CHECKER, goal, "en")
    assert "I will sweep and mop the workshop floor" in rewrite


def test_an_absolute_routine_is_committed_as_the_act() -> None:
    goal = "Always rinse and dry the moulds after each casting, no exceptions."
    rewrite = well_rewritten(CHECKER, goal, "en")
    assert "I will rinse and dry the moulds" in rewrite
    assert "[number] out of 10" in rewrite  # the absolute bounded (JUDGING R)


@pytest.mark.parametrize(
    "act",
    [
        "operate the new ticket scanner on my own by 1 April",
        "shadow the night dispatcher for two shifts before 1 March 2027",
    ],
)
def test_the_imperative_is_judged_as_the_writers_own_sentence(act: str) -> None:
    imperative = CHECKER.check(act[:1].upper() + act[1:] + ".", lang="en", reference_date=REF)
    own = CHECKER.check(f"I will {act}.", lang="en", reference_date=REF)
    assert {c: s.passed for c, s in imperative.criteria.items()} == {
        c: s.passed for c, s in own.criteria.items()
    }
