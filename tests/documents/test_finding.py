"""Goal finding, one trap at a time: what is a goal in a document and what is not."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from smartcheck import Checker, DocumentResult


def _texts(result: DocumentResult) -> list[str]:
    assert result.errors == ()
    return [g.text for g in result.goals]


def md(checker: Checker, text: str) -> list[str]:
    return _texts(checker.check_document("pop.md", data=text.encode()))


def txt(checker: Checker, text: str) -> list[str]:
    return _texts(checker.check_document("pop.txt", data=text.encode()))


def test_quotes_code_and_html_are_not_goals(blank_checker: Checker) -> None:
    doc = (
        "## Doelen\n\n> Ik wil de beste zijn.\n\n```\nIk haal mijn VCA.\n```\n\n"
        "<div>Ik leer Excel.</div>\n\n- Ik rond de cursus Excel af.\n"
    )
    assert md(blank_checker, doc) == ["Ik rond de cursus Excel af."]


def test_heading_that_mentions_goals_without_announcing_them(blank_checker: Checker) -> None:
    doc = (
        "## Reflectie op mijn doelen van 2026\n\n- Ik heb mijn VCA gehaald.\n\n"
        "## Acties per doel\n\n- Cursus boeken.\n\n## Leerdoelen\n\n- Ik haal mijn VCA-VOL.\n"
    )
    assert md(blank_checker, doc) == ["Ik haal mijn VCA-VOL."]


def test_inline_markup_and_links_are_dropped_but_offsets_kept(blank_checker: Checker) -> None:
    doc = "## Goals\n\n- I finish the **[AWS](https://aws.amazon.com/x.y)** course.\n"
    result = blank_checker.check_document("pop.md", data=doc.encode())
    (goal,) = result.goals
    assert goal.text == "I finish the AWS course."
    offset = goal.document_offset(goal.text.index("course"))
    assert offset is not None and doc[offset:].startswith("course.")
    assert goal.document_offset(goal.text.index(".")) == doc.index("course.") + len("course")


def test_link_only_items_are_not_goals(blank_checker: Checker) -> None:
    doc = "## Goals\n\n- https://example.org/course\n- [Course](https://example.org)\n"
    assert md(blank_checker, doc) == ["Course"]  # a link's words are text; a bare URL is not


def test_bare_label_announces_the_next_line(blank_checker: Checker) -> None:
    doc = "**Doel 1:**\nIk rond vóór 1 mei 2027 de cursus af.\n\nNaam: Piet\n"
    assert md(blank_checker, doc) == ["Ik rond vóór 1 mei 2027 de cursus af."]


def test_labelled_lines_anywhere(blank_checker: Checker) -> None:
    doc = "Naam: Piet\nLeerdoel: Ik leer plannen met MS Project.\nGoal 2 - I present twice.\n"
    assert txt(blank_checker, doc) == ["Ik leer plannen met MS Project.", "I present twice."]


def test_a_line_labelled_with_a_part_that_is_no_goal_is_no_goal(blank_checker: Checker) -> None:
    """Under a goals heading, 'Evaluatie:', 'Toelichting:' or 'Notes:' label a field of the
    form beside the goal (when it is reviewed, why it matters), never another goal."""
    nl = (
        "Leerdoelen\n\nIk schrijf vóór 1 april 2027 het draaiboek voor de jaarafsluiting.\n\n"
        "Evaluatie: bij de kwartaalreview in april.\n\n"
        "Toelichting: het oude draaiboek is verouderd.\n\n"
        "Ik leid vanaf maart 2027 elke maand het werkoverleg.\n"
    )
    assert txt(blank_checker, nl) == [
        "Ik schrijf vóór 1 april 2027 het draaiboek voor de jaarafsluiting.",
        "Ik leid vanaf maart 2027 elke maand het werkoverleg.",
    ]
    en = (
        "## Goals\n\nBy 1 May 2027 I run the onboarding of two new analysts.\n\n"
        "Evaluation: in the May one-to-one.\n\nNotes: agreed with the team lead.\n"
    )
    assert md(blank_checker, en) == ["By 1 May 2027 I run the onboarding of two new analysts."]


def test_a_text_without_structure_is_one_goal_per_line(blank_checker: Checker) -> None:
    doc = "Ik wil beter plannen\n\n  Ik lees elke maand een boek.\nBeter Excel\n"
    assert txt(blank_checker, doc) == [
        "Ik wil beter plannen",
        "Ik lees elke maand een boek.",
        "Beter Excel",
    ]


def test_a_goal_section_without_list_gives_one_goal_per_sentence_line(
    blank_checker: Checker,
) -> None:
    doc = (
        "Mijn doelen:\n\nDit jaar wil ik werken aan:\nIk haal mijn rijbewijs C\n"
        "vóór 1 juni 2027.\nIk leer Spaans op A2-niveau.\n"
    )
    assert txt(blank_checker, doc) == [
        "Ik haal mijn rijbewijs C vóór 1 juni 2027.",
        "Ik leer Spaans op A2-niveau.",
    ]


def test_nested_items_are_steps_not_goals(blank_checker: Checker) -> None:
    doc = "## Goals\n\n1. I pass the exam.\n   - book the exam\n   - study on Fridays\n"
    assert md(blank_checker, doc) == ["I pass the exam."]


def test_task_table_is_not_a_goal_table(blank_checker: Checker) -> None:
    doc = "## Doelen\n\n| Actie | Wie | Wanneer |\n|---|---|---|\n| Cursus boeken | Piet | mei |\n"
    assert md(blank_checker, doc) == []


def test_yaml_goal_objects_and_plain_lists(blank_checker: Checker) -> None:
    doc = "goals:\n  - I pass the exam.\n  - text: I lead a workshop.\n    due: June 2027\n"
    result = blank_checker.check_document("pop.yaml", data=doc.encode())
    assert _texts(result) == ["I pass the exam.", "I lead a workshop."]
    assert [g.location.pointer for g in result.goals] == ["/goals/0", "/goals/1/text"]
    assert result.goals[1].context == {"deadline": "June 2027"}
    span = result.goals[0].span
    assert span is not None and doc[span.start : span.end] == "I pass the exam."


def test_user_pack_adds_a_goal_heading(tmp_path: object) -> None:
    from pathlib import Path

    from smartcheck import Config

    assert isinstance(tmp_path, Path)
    pack = tmp_path / "sector.yaml"
    pack.write_text("lang: nl\ndocuments:\n  goal_headings: [groeiplan]\n", encoding="utf-8")
    checker = Checker(Config(model={"nl": "blank", "en": "blank"}, packs=[pack]))
    doc = "## Groeiplan\n\n- Ik haal mijn VCA.\n"
    assert md(checker, doc) == ["Ik haal mijn VCA."]


_WORD = st.sampled_from(["Ik", "leer", "**Excel**", "`SQL`", "vóór", "2027", "[x](http://a.b)"])
_ITEM = st.lists(_WORD, min_size=1, max_size=8).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    items=st.lists(_ITEM, min_size=1, max_size=4),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    wrap=st.booleans(),
)
def test_segments_always_point_at_the_same_characters(
    blank_checker: Checker, items: list[str], newline: str, wrap: bool
) -> None:
    """Whatever the markup and line breaks, each segment of a goal is the file's text."""
    body = []
    for item in items:
        words = item.split(" ")
        half = len(words) // 2
        if wrap and half:
            item = " ".join(words[:half]) + newline + "  " + " ".join(words[half:])
        body.append(f"- {item}")
    doc = f"# Doelen{newline}{newline}" + newline.join(body) + newline
    result = blank_checker.check_document("pop.md", data=doc.encode())
    for goal in result.goals:
        for seg in goal.segments:
            piece = goal.text[seg.goal_start : seg.goal_start + seg.length]
            assert doc[seg.doc_start : seg.doc_start + seg.length] == piece


_LINE = st.one_of(
    st.sampled_from(
        [
            "# Doelen",
            "## Reflectie",
            "- ",
            "1. ",
            "Doel 1:",
            "Deadline: mei",
            "| Doel | Datum |",
            "|---|---|",
            "> ",
            "```",
            "===",
            "    ",
            "Goal:",
            "* [ ] ",
            "",
            "\t- ",
        ]
    ),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
)


@settings(max_examples=80, deadline=None)
@given(
    lines=st.lists(st.lists(_LINE, min_size=1, max_size=3).map("".join), max_size=12),
    fmt=st.sampled_from(["text", "markdown", "yaml", "json"]),
)
@example(lines=["```\u00f8"], fmt="text")  # a goal with no clause: the seam check had no segment
@example(lines=["```X!A0"], fmt="text")  # one word after the marks: asked_means.bare_act
def test_any_text_gives_a_result_never_an_exception(
    blank_checker: Checker, lines: list[str], fmt: str
) -> None:
    doc = "\n".join(lines)
    result = blank_checker.check_document("doc", data=doc.encode("utf-8"), format=fmt)
    assert result.format == fmt or result.errors
    for goal in result.goals:
        assert goal.text == goal.text.strip() and goal.text
        for seg in goal.segments:
            piece = goal.text[seg.goal_start : seg.goal_start + seg.length]
            assert doc[seg.doc_start : seg.doc_start + seg.length] == piece
