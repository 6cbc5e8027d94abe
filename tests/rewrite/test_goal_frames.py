"""A frame that names the goal before it ('Mijn doel is om ... te', 'My goal is to ...'): the
writer commits to the verb phrase after it; the frame goes with its 'om ... te' / 'to' and a
separable verb joins again ('af te ronden' -> 'afronden'). Fresh goals for the category."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Mijn doel is om de cursus hoogwerker af te ronden.",
            "nl",
            "ga ik de cursus hoogwerker afronden",
        ),
        (
            "Mijn streven is om elke week twee leveranciers te bellen.",
            "nl",
            "twee leveranciers bellen",
        ),
        (
            "My goal is to finish the scaffolding inspection course.",
            "en",
            "I will finish the scaffolding",
        ),
        (
            "My aim is to run the Monday toolbox talk on my own.",
            "en",
            "I will run the Monday toolbox",
        ),
    ],
)
def test_the_writer_commits_to_the_phrase_after_the_frame(
    text: str, lang: str, expected: str
) -> None:
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert expected in rewrite
    assert "doel is" not in rewrite and "goal is" not in rewrite


def test_a_frame_with_no_verb_phrase_stays() -> None:
    """'Mijn doel is een vaste baan': nothing to commit to by dropping the frame."""
    report = CHECKER.check("Mijn doel is een vaste baan bij de gemeente.", lang="nl")
    assert report.rewrite is not None
    assert "doel" in report.rewrite
