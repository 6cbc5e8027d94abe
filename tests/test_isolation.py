"""Two Checkers in one process never change each other's verdicts.

Everything a Checker derives from its packs (compiled lexicon, word sets, validated rewrite
style, per-goal features) lives on the Checker, not in a module. A house pack that adds vague
verbs, deliverables, generic modifiers and its own date placeholder changes some verdicts;
checking the same goals with both Checkers interleaved, in any order, gives exactly what each
gives alone.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck import Checker, GoalReport
from tests.conftest import REF

HOUSE_PACK = """\
lang: nl
lexicon:
  # verbs of polishing up a skill without saying what changes (oppoetsen, bijschaven, afstoffen)
  vague_outcome: [oppoetsen, bijschaven, afstoffen]
  # records kept as proof of practice (logboek, werkjournaal, oefendagboek)
  deliverables: [logboek, werkjournaal, oefendagboek]
  # modifiers that narrow nothing down (standaard, willekeurig, algemeen)
  generic_modifiers: [standaard, willekeurige, algemeen]
rewrite:
  placeholders: {date: "[einddatum]"}
"""

GOALS = (
    "Ik wil mijn Frans voor klantgesprekken bijschaven.",
    "Ik schrijf vóór 1 juni 2027 een werkjournaal over mijn stage.",
    "Ik ga mijn kennis van de cao afstoffen.",
    "Ik wil beter worden in Excel.",
    "Ik houd drie keer per week een oefendagboek bij.",
    "Vóór 1 mei 2027 haal ik mijn heftruckcertificaat.",
    "Vóór 1 juni 2027 lever ik een standaard rapport in.",
)

Verdicts = dict[str, object]


def _verdicts(report: GoalReport) -> Verdicts:
    return {
        "passed": {c.value: s.passed for c, s in report.criteria.items()},
        "codes": sorted(f.code for f in report.findings),
        "rewrite": report.rewrite,
    }


@pytest.fixture(scope="module")
def checkers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Checker, Checker]:
    """A Checker with the built-in packs and one with the house pack on top."""
    pack = tmp_path_factory.mktemp("packs") / "house.yaml"
    pack.write_text(HOUSE_PACK, encoding="utf-8")
    return Checker(), Checker({"packs": [str(pack)]})


@pytest.fixture(scope="module")
def alone(checkers: tuple[Checker, Checker]) -> dict[tuple[str, bool], Verdicts]:
    """Each goal's verdicts from each Checker on its own (a fresh pair, nothing interleaved)."""
    fresh = [Checker(checker.config) for checker in checkers]
    return {
        (goal, house): _verdicts(fresh[house].check(goal, lang="nl", reference_date=REF))
        for house in (False, True)
        for goal in GOALS
    }


def test_house_pack_changes_verdicts(alone: dict[tuple[str, bool], Verdicts]) -> None:
    differ = [g for g in GOALS if alone[g, False]["passed"] != alone[g, True]["passed"]]
    assert len(differ) >= 3, "the house pack must change verdicts for these tests to mean much"


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(order=st.lists(st.tuples(st.sampled_from(GOALS), st.booleans()), min_size=2, max_size=10))
def test_interleaved_checkers_keep_their_own_verdicts(
    checkers: tuple[Checker, Checker],
    alone: dict[tuple[str, bool], Verdicts],
    order: list[tuple[str, bool]],
) -> None:
    for goal, house in order:
        report = checkers[house].check(goal, lang="nl", reference_date=REF)
        assert _verdicts(report) == alone[goal, house]


def test_same_goal_objects_judged_by_both(
    checkers: tuple[Checker, Checker], alone: dict[tuple[str, bool], Verdicts]
) -> None:
    """One parsed Goal judged by both Checkers in turn: each judges with its own pack (the
    anatomy was read once, by the house Checker, so only goals whose anatomy both packs read
    alike are compared)."""
    plain, house = checkers
    compared = []
    for text in GOALS:
        goal = house.parse(text, lang="nl", reference_date=REF)
        if goal != plain.parse(text, lang="nl", reference_date=REF):
            continue
        for which in (True, False, True, False):
            assert _verdicts(checkers[which].evaluate(goal)) == alone[text, which]
        compared.append(alone[text, False] != alone[text, True])
    assert any(compared), "no goal read alike by both whose verdicts differ"


def test_check_many_interleaved_with_check(
    checkers: tuple[Checker, Checker], alone: dict[tuple[str, bool], Verdicts]
) -> None:
    plain, house = checkers
    stream = house.check_many(GOALS, lang="nl", reference_date=REF, batch_size=2)
    for goal, report in zip(GOALS, stream, strict=True):
        assert _verdicts(plain.check(goal, lang="nl", reference_date=REF)) == alone[goal, False]
        assert isinstance(report, GoalReport)
        assert _verdicts(report) == alone[goal, True]
