"""summarize: pass rates per criterion and group, score distributions, frequent rules and
the worst goals, as tables, inline HTML with the plot, and matplotlib Figures."""

from __future__ import annotations

from collections import Counter
from io import BytesIO

import pytest

from smartcheck import Checker, ConfigError, GoalReport
from smartcheck.notebook import check_frame, summarize, to_dataframe
from smartcheck.notebook.plots import pass_rate_plot, score_plot, summary_figure, top_rules_plot
from tests.conftest import REF

pd = pytest.importorskip("pandas")
matplotlib = pytest.importorskip("matplotlib")

TEAM = [
    ("Finance", "Ik wil beter worden in Excel."),
    ("Finance", "Vóór 1 april 2027 rond ik de cursus Power BI af met een certificaat."),
    ("Finance", "Ik probeer misschien wat vaker feedback te vragen."),
    ("IT", "I will run a 10 km race before June 2027."),
    ("IT", "I want to communicate better with my team."),
    ("IT", None),
    ("IT", "By 1 March 2027 I will have migrated 12 servers to the new platform."),
    ("Care", "Ik ga meer tijd besteden aan mijn cliënten."),
    ("Care", "Uiterlijk 30 juni 2027 heb ik de training agressiehantering afgerond."),
]


@pytest.fixture(scope="module")
def checked(checker: Checker) -> object:
    df = pd.DataFrame(TEAM, columns=["department", "goal"])
    return check_frame(df, checker=checker, reference_date=REF)


def test_pass_rates_per_group_are_the_shares_of_checked_goals(checked: object) -> None:
    summary = summarize(checked, by="department")
    for department, rows in checked.groupby("department"):
        ok = rows[rows["error"].isna()]
        table = summary.pass_rates.loc[department]
        assert table["checked"] == len(ok)
        assert table["errors"] == len(rows) - len(ok)
        for letter in "SMART":
            expected = sum(bool(v) for v in ok[f"{letter}_passed"]) / len(ok)
            assert table[letter] == pytest.approx(expected)
        assert table["SMART"] == pytest.approx(sum(bool(v) for v in ok["is_smart"]) / len(ok))
    assert summary.n_goals == len(TEAM) and summary.n_errors == 1


def test_without_by_there_is_one_row_for_all_goals(checked: object) -> None:
    summary = summarize(checked)
    assert list(summary.pass_rates.index) == ["all goals"]
    assert summary.rules_by_group is None
    assert summary.smart_rate == pytest.approx(checked["is_smart"].dropna().astype(bool).mean())


def test_top_rules_count_goals_not_findings(checker: Checker) -> None:
    results = list(checker.check_many([t for _, t in TEAM], reference_date=REF))
    reports = [r for r in results if isinstance(r, GoalReport)]
    per_goal = Counter(code for r in reports for code in {f.code for f in r.findings})
    summary = summarize(results, top=3)  # results straight from check_many
    top = summary.top_rules
    assert len(top) == 3
    assert dict(zip(top["code"], top["goals"], strict=True)) == {
        code: per_goal[code] for code in top["code"]
    }
    assert list(top["goals"]) == sorted(per_goal.values(), reverse=True)[:3]
    assert top["name"].str.contains(".", regex=False).all()  # names from the registry


def test_rules_by_group_are_shares_of_each_groups_goals(checked: object) -> None:
    shares = summarize(checked, by="department").rules_by_group
    for department, rows in checked.groupby("department"):
        ok = rows[rows["error"].isna()]
        for code in shares.columns:
            having = sum(code in str(c).split(",") for c in ok["codes"])
            assert shares.loc[department, code] == pytest.approx(having / len(ok))


def test_worst_goals_come_first(checked: object) -> None:
    worst = summarize(checked, top=4).worst
    assert len(worst) == 4
    assert list(worst["overall"]) == sorted(worst["overall"])
    assert worst["overall"].max() <= checked["overall"].dropna().sort_values().iloc[4]
    assert "goal" in worst.columns


def test_summary_html_has_the_tables_and_the_plot(checked: object) -> None:
    html = summarize(checked, by="department")._repr_html_()
    assert html.count("<table") == 5
    assert '<img class="sc-plot"' in html and "data:image/png;base64," in html
    assert "Care" in html and "1 could not be checked" in html


def test_bad_arguments_are_clear_errors(checked: object) -> None:
    with pytest.raises(ConfigError, match="no column 'team' to group by"):
        summarize(checked, by="team")
    with pytest.raises(ConfigError, match="missing: lang, is_smart"):
        summarize(pd.DataFrame({"goal": ["x"]}))
    with pytest.raises(ConfigError, match="got str"):
        summarize("Ik wil beter worden.")


def test_pass_rate_plot_draws_one_bar_per_group_and_criterion(checked: object) -> None:
    figure = pass_rate_plot(checked, by="department")
    (ax,) = figure.axes
    heights = [round(p.get_height(), 6) for p in ax.patches]
    rates = summarize(checked, by="department").pass_rates
    expected = [round(float(v), 6) for g in rates.index for v in rates.loc[g, [*"SMART", "SMART"]]]
    assert heights == expected  # groups in order, each S M A R T + all five


def test_plots_return_figures_that_render(checked: object) -> None:
    from matplotlib.figure import Figure

    figures = [
        score_plot(checked),
        top_rules_plot(checked, top=4),
        summary_figure(checked, by="department"),
        summarize(checked).plot(),
    ]
    assert all(isinstance(f, Figure) for f in figures)
    assert len(figures[1].axes[0].patches) == 4
    assert len(figures[2].axes) == 4
    for figure in figures:
        buffer = BytesIO()
        figure.savefig(buffer, format="png")
        assert buffer.getvalue().startswith(b"\x89PNG")


def test_summaries_of_frames_and_of_results_agree(checker: Checker) -> None:
    results = list(checker.check_many([t for _, t in TEAM], reference_date=REF))
    from_results = summarize(results)
    from_frame = summarize(to_dataframe(results))
    pd.testing.assert_frame_equal(from_results.pass_rates, from_frame.pass_rates)
    pd.testing.assert_frame_equal(from_results.top_rules, from_frame.top_rules)
