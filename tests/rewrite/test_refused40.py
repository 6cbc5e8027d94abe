"""A goal its writer refuses gets no sentence that commits to it (session 40, lead).

"Een cursus Duits volgen, dat wil ik eigenlijk niet." was rewritten "Vóór [datum] ga ik een
cursus Duits volgen, dat wil ik niet.": the rewrite put a commitment in the mouth of a writer
who said they do not want the goal. JUDGING A (owned) fails such a goal (A004), and the
report keeps the structured fallback: the goal's words and the fields to fill once the
POP-gesprek has settled what the writer does want. Goals written fresh for this test."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF
from tests.support.rewriting import falls_back

CHECKER = Checker()

REFUSED = [
    ("nl", "Een cursus Duits volgen, dat wil ik eigenlijk niet."),
    ("nl", "De inventarisatie van het magazijn overnemen, wil ik liever niet."),
    ("nl", "Mijn teamleider wil dat ik de nachtdiensten ga plannen, maar dat wil ik liever niet."),
    ("en", "Take the forklift course, which I don't really want."),
    ("en", "My supervisor wants me to chair the toolbox meeting, but I don't want to."),
]


@pytest.mark.parametrize(("lang", "goal"), REFUSED)
def test_a_refused_goal_fails_a_and_keeps_the_fallback(lang: str, goal: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert "A004" in {f.code for f in report.findings}
    assert not report.criteria[Criterion.A].passed
    assert falls_back(CHECKER, goal, lang)


#: The writer's own wish beside a refusal of the situation they told: the goal is theirs
WANTED = [
    (
        "nl",
        "Ik wil de bestellingen zelf invoeren, nu doet de chef dat altijd voor mij. "
        "Dat wil ik niet langer.",
    ),
    ("en", "I don't want to make mistakes in the customs declarations any more."),
]


@pytest.mark.parametrize(("lang", "goal"), WANTED)
def test_a_refused_situation_or_an_avoided_act_is_no_refusal(lang: str, goal: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert "A004" not in {f.code for f in report.findings}
