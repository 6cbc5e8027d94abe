"""The employee's phase (junior, vakvolwassen, senior): where it comes from, what it changes,
and that without it nothing changes at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck import Checker, Config, ConfigError, Phase, SmartcheckError
from smartcheck.criteria import Criterion
from smartcheck.errors import InvalidArgumentError
from tests.conftest import REF

#: Goals written for these tests: some that a phase would change, some it would not.
GOALS = [
    ("nl", "Ik volg dit voorjaar een basiscursus fotografie."),
    ("nl", "Vóór 1 september 2027 word ik hoofd van de afdeling planning."),
    ("nl", "Binnen een half jaar werk ik als senior inkoper."),
    ("nl", "Ik wil beter worden in klantgesprekken."),
    ("nl", "Vóór 1 mei 2027 schrijf ik de werkinstructie voor de nieuwe snijmachine."),
    ("en", "This spring I will take an introductory course in photography."),
    ("en", "By 1 September 2027 I will be the head of the planning department."),
    ("en", "Within six months I will work as a senior buyer."),
    ("en", "I want to get better at customer conversations."),
    ("en", "By 1 May 2027 I will write the work instruction for the new cutting machine."),
]

SENIOR_COURSE = ("nl", "Ik volg dit voorjaar een basiscursus fotografie.")
JUNIOR_JUMP = ("en", "By 1 September 2027 I will be the head of the planning department.")


def _codes(checker: Checker, lang: str, goal: str, **kwargs: object) -> list[str]:
    report = checker.check(goal, lang=lang, reference_date=REF, **kwargs)  # type: ignore[arg-type]
    return [f.code for f in (*report.findings, *report.guidance)]


# -- where the phase comes from -------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "phase"),
    [
        ("junior", Phase.JUNIOR),
        ("Starter", Phase.JUNIOR),
        ("beginner", Phase.JUNIOR),
        ("Vakvolwassen", Phase.VAKVOLWASSEN),
        ("medior", Phase.VAKVOLWASSEN),
        ("Mid-level", Phase.VAKVOLWASSEN),
        ("mid level", Phase.VAKVOLWASSEN),
        ("experienced", Phase.VAKVOLWASSEN),
        ("ervaren", Phase.VAKVOLWASSEN),
        (" SENIOR ", Phase.SENIOR),
        ("expert", Phase.SENIOR),
    ],
)
def test_dutch_and_english_names_become_one_phase(written: str, phase: Phase) -> None:
    assert Config(phase=written).phase is phase  # type: ignore[arg-type]


def test_the_config_files_name_the_phase(tmp_path: Path) -> None:
    (tmp_path / "smartcheck.toml").write_text('phase = "senior"\n', encoding="utf-8")
    assert Config.discover(tmp_path).phase is Phase.SENIOR
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text(
        '[tool.smartcheck]\nphase = "medior"\n', encoding="utf-8"
    )
    assert Config.discover(project).phase is Phase.VAKVOLWASSEN


@pytest.mark.parametrize("bad", ["meester", "", 3, ["senior"]])
def test_a_config_phase_that_is_no_phase_is_a_config_error(bad: object) -> None:
    with pytest.raises(ConfigError) as raised:
        Checker({"phase": bad})
    message = str(raised.value)
    assert "phase" in message and repr(bad) in message
    assert "junior, vakvolwassen, senior" in message


def test_a_phase_argument_that_is_no_phase_names_it(checker: Checker) -> None:
    with pytest.raises(InvalidArgumentError, match=r"phase 'halfway' is not one of"):
        checker.check("Ik volg een cursus.", lang="nl", phase="halfway")
    with pytest.raises(InvalidArgumentError, match="halfway"):
        checker.check_many(["Ik volg een cursus."], phase="halfway")
    with pytest.raises(SmartcheckError, match=r"phase field: phase .halfway."):
        checker.check("Ik volg een cursus.", lang="nl", context={"phase": "halfway"})


def test_the_goals_own_phase_wins_over_the_call_and_the_call_over_the_config() -> None:
    lang, goal = SENIOR_COURSE
    configured = Checker({"phase": "junior"})
    from_config = configured.check(goal, lang=lang, reference_date=REF)
    from_call = configured.check(goal, lang=lang, reference_date=REF, phase="senior")
    from_goal = configured.check(
        goal, lang=lang, reference_date=REF, phase="senior", context={"phase": "Medior"}
    )
    fields = [r.goal.context for r in (from_config, from_call, from_goal)]
    assert [(f[0].name, f[0].text, f[0].source) for f in fields] == [
        ("phase", "junior", "config phase"),
        ("phase", "senior", "phase argument"),
        ("phase", "vakvolwassen", "phase field ('Medior')"),
    ]
    assert "P002" not in [f.code for f in from_config.guidance]
    assert "P002" in [f.code for f in from_call.guidance]


def test_a_call_phase_is_the_same_as_a_config_phase(checker: Checker) -> None:
    configured = Checker({"phase": "junior"})
    for lang, goal in GOALS:
        by_call = checker.check(goal, lang=lang, reference_date=REF, phase="junior")
        by_config = configured.check(goal, lang=lang, reference_date=REF)
        assert by_call.criteria == by_config.criteria
        assert by_call.guidance == by_config.guidance


def test_check_many_gives_every_goal_the_phase(checker: Checker) -> None:
    texts = [goal for _, goal in GOALS]
    many = list(checker.check_many(texts, reference_date=REF, phase="senior"))
    one_by_one = [checker.check(goal, reference_date=REF, phase="senior") for goal in texts]
    assert [r.model_dump_json() for r in many] == [r.model_dump_json() for r in one_by_one]
    assert any(f.code == "P002" for r in many for f in r.guidance)


def test_worker_processes_get_the_phase_too(checker: Checker) -> None:
    texts = [goal for _, goal in GOALS]
    one = list(checker.check_many(texts, reference_date=REF, phase="junior"))
    two = list(
        checker.check_many(texts, reference_date=REF, phase="junior", batch_size=3, n_process=2)
    )
    assert [r.model_dump_json() for r in two] == [r.model_dump_json() for r in one]
    assert any(f.code == "R005" for r in two for f in r.findings)


# -- what the phase changes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Ik volg dit voorjaar een basiscursus fotografie."),
        ("en", "This spring I will take an introductory course in photography."),
    ],
)
def test_a_basic_course_asks_a_senior_and_a_vakvolwassen_about_challenge(
    checker: Checker, lang: str, goal: str
) -> None:
    hints = {}
    for phase in Phase:
        report = checker.check(goal, lang=lang, reference_date=REF, phase=phase)
        hints[phase] = [f for f in report.guidance if f.code == "P002"]
    assert hints[Phase.JUNIOR] == []
    senior, routine = hints[Phase.SENIOR][0], hints[Phase.VAKVOLWASSEN][0]
    assert senior.severity == routine.severity == "info"
    assert senior.message != routine.message  # each phase in its own words, from the pack
    motivated = {"nl": "gemotiveerd", "en": "motivated"}[lang]
    routine_word = {"nl": "routine", "en": "routine"}[lang]
    assert motivated in senior.message and routine_word in routine.message


def test_a_junior_jump_to_a_senior_role_fails_realism(checker: Checker) -> None:
    lang, goal = JUNIOR_JUMP
    junior = checker.check(goal, lang=lang, reference_date=REF, phase="junior")
    unknown = checker.check(goal, lang=lang, reference_date=REF)
    jump = [f for f in junior.findings if f.code == "R005"]
    assert jump and jump[0].criterion is Criterion.R and jump[0].severity == "warning"
    assert jump[0].text == "head of"
    assert not junior.criteria[Criterion.R].passed
    assert unknown.criteria[Criterion.R].passed


def test_the_phase_hint_never_moves_a_score(checker: Checker) -> None:
    lang, goal = SENIOR_COURSE
    with_hint = checker.check(goal, lang=lang, reference_date=REF, phase="senior")
    without = Checker({"ignore": ["P002"]}).check(
        goal, lang=lang, reference_date=REF, phase="senior"
    )
    assert "P002" in [f.code for f in with_hint.guidance]
    assert with_hint.criteria == without.criteria
    assert with_hint.is_smart == without.is_smart


# -- without a phase nothing changes --------------------------------------------------------


def test_without_a_phase_the_results_are_the_same_as_before(checker: Checker) -> None:
    """Without a phase the phase rules say nothing (so the JSON equals a run without them)
    and no report mentions a phase."""
    without_rules = Checker({"ignore": ["P002", "R005"]})
    for lang, goal in GOALS:
        plain = checker.check(goal, lang=lang, reference_date=REF).model_dump_json()
        none = checker.check(goal, lang=lang, reference_date=REF, phase=None).model_dump_json()
        old = without_rules.check(goal, lang=lang, reference_date=REF).model_dump_json()
        assert plain == none == old
        assert '"phase"' not in plain


# -- the phase never touches S, M, A or T ---------------------------------------------------

#: Pieces of goals per language; the property combines them into many goals.
PIECES = {
    "nl": (
        ["Ik volg", "Vóór 1 juni 2027 volg ik", "Binnen een jaar word ik", "Ik ga proberen"],
        [
            "een basiscursus Excel",
            "teamleider van de inpakafdeling",
            "senior adviseur",
            "elke week een gesprek met mijn manager",
            "de introductietraining voor nieuwe collega's",
        ],
        ["", " zodat ik sneller offertes maak", " en schrijf ik een verslag", " in 2027"],
    ),
    "en": (
        ["I will take", "By 1 June 2027 I will take", "Within a year I will be", "I will try"],
        [
            "a basic course in Excel",
            "team leader of the packing department",
            "a senior adviser",
            "a weekly meeting with my manager",
            "the introductory training for new colleagues",
        ],
        ["", " so that I can write quotes faster", " and write a report", " in 2027"],
    ),
}


@st.composite
def pieced_goals(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(sorted(PIECES)))
    openings, middles, endings = PIECES[lang]
    goal = f"{draw(st.sampled_from(openings))} {draw(st.sampled_from(middles))}"
    return lang, f"{goal}{draw(st.sampled_from(endings))}."


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(pieced=pieced_goals(), phase=st.sampled_from(list(Phase)))
def test_a_phase_never_changes_s_m_a_or_t(
    checker: Checker, pieced: tuple[str, str], phase: Phase
) -> None:
    lang, goal = pieced
    with_phase = checker.check(goal, lang=lang, reference_date=REF, phase=phase)
    without = checker.check(goal, lang=lang, reference_date=REF)
    for criterion in (Criterion.S, Criterion.M, Criterion.A, Criterion.T):
        assert with_phase.criteria[criterion] == without.criteria[criterion]


def test_the_command_line_reads_the_phase_from_the_config_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from smartcheck.cli import main

    lang, goal = JUNIOR_JUMP
    pop = tmp_path / "pop.txt"
    pop.write_text(goal + "\n", encoding="utf-8")
    args = ["check", str(pop), "--lang", lang, "--reference-date", REF.isoformat(), "--no-color"]
    main(args)
    assert "R005" not in capsys.readouterr().out
    (tmp_path / "smartcheck.toml").write_text('phase = "junior"\n', encoding="utf-8")
    main(args)
    assert "R005" in capsys.readouterr().out


def test_the_command_line_phase_replaces_the_configs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from smartcheck.cli import main

    lang, goal = JUNIOR_JUMP
    (tmp_path / "smartcheck.toml").write_text('phase = "senior"\n', encoding="utf-8")
    pop = tmp_path / "pop.txt"
    pop.write_text(goal + "\n", encoding="utf-8")
    args = ["check", str(pop), "--lang", lang, "--reference-date", REF.isoformat(), "--no-color"]
    main(args)
    assert "R005" not in capsys.readouterr().out
    main([*args, "--phase", "Starter"])
    assert "R005" in capsys.readouterr().out


def test_the_text_output_says_which_phase_a_goal_was_judged_in(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A reader of the verdict line sees the phase the advice assumed; without one, nothing."""
    from smartcheck.cli import main

    args = ["check", "--text", "Ik volg een basiscursus Excel.", "--lang", "nl", "--no-color"]
    main([*args, "--reference-date", REF.isoformat(), "--phase", "medior"])
    assert "not SMART" in (out := capsys.readouterr().out) and ", vakvolwassen) " in out
    main([*args, "--reference-date", REF.isoformat()])
    assert "vakvolwassen" not in capsys.readouterr().out


def test_a_command_line_phase_that_is_no_phase_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from smartcheck.cli import main

    assert main(["check", "--text", "Ik volg een cursus.", "--phase", "halfway"]) == 2
    assert "phase 'halfway' is not one of" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "phase", "goal"),
    [
        # R005's advice: the next step in the profession, with someone who supports it
        (
            "nl",
            "junior",
            "Vóór 1 oktober 2027 handel ik zelfstandig de klachten van onze tien grootste "
            "klanten af, met maandelijkse feedback van mijn teamleider.",
        ),
        (
            "en",
            "junior",
            "By 1 October 2027 I will handle the complaints of our ten largest customers on my "
            "own, with monthly feedback from my team leader.",
        ),
        # P002's advice for a senior: pass knowledge on, lead an improvement
        (
            "nl",
            "senior",
            "Vóór 1 juli 2027 leid ik het verbeterproject in onze planning en werk ik twee "
            "nieuwe collega's in.",
        ),
        (
            "en",
            "senior",
            "By 1 July 2027 I will lead the improvement project in our planning team and train "
            "two new colleagues.",
        ),
    ],
)
def test_a_goal_that_follows_the_phase_advice_is_not_flagged_again(
    checker: Checker, lang: str, phase: str, goal: str
) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF, phase=phase)
    assert not {"R005", "P002"} & {f.code for f in (*report.findings, *report.guidance)}
    assert report.criteria[Criterion.R].passed
