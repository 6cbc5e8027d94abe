"""A goal that only names its topic, as a POP form's point of development often does
('Klantgesprekken', 'Rijbewijs C'), or a topic with a comment that the writer will work on it
('Presenteren - moet ik echt aan werken'), is rewritten as the goal the form means: getting
the credential it names, else getting better at it; never as a dated noun ('Vóór [datum] ga
ik klantgesprekken.'). Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import REF, seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        ("nl", "Telefoongesprekken", "in telefoongesprekken"),
        ("nl", "Offertetrajecten", "in offertetrajecten"),
        ("nl", "Rijbewijs BE", "rijbewijs be halen"),
        ("nl", "Vergaderen - moet ik echt aan werken", "bij het vergaderen"),
        (
            "nl",
            "Delegeren - wil ik mee aan de slag, vooral in de drukke maanden",
            "vooral in de drukke maanden",
        ),
        (  # the purpose after it stays
            "nl",
            "PowerPoint (animaties, sjablonen) zodat ik de klantpresentaties zelf kan maken",
            "zodat ik de klantpresentaties zelf kan maken",
        ),
        ("en", "Chairing meetings - needs work", "when chairing meetings"),
        (  # a name that is also a word keeps its capital; a hyphen inside a word is no dash
            "en",
            "Excel (pivot tables, macros) so I can do the open-to-buy planning myself",
            "in Excel (pivot tables, macros)",
        ),
        ("en", "Tricky conversations: want to work on this", "in tricky conversations"),
    ],
)
def test_a_topic_becomes_the_goal_the_form_means(lang: str, goal: str, expected: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert expected in (rewrite if expected != expected.lower() else rewrite.lower())


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Ik wil vaker telefoongesprekken voeren met klanten."),  # a verb of its own
        ("nl", "De offertetrajecten"),  # a determiner heads it
        ("nl", "Vergaderen - gaat nu prima, vind ik"),  # the comment says more
        ("en", "Stakeholder updates - my manager sends these every Monday"),
        ("en", "Doel 2: Chairing meetings - needs work"),  # a label of another language
        # the writer's possessive after a verb: an act on the writer's own credential
        ("en", "Renew my forklift licence because it runs out in May."),
        ("nl", "Verleng mijn BHV-diploma want dat verloopt."),
    ],
)
def test_more_than_a_topic_is_not_read_as_one(lang: str, goal: str) -> None:
    from smartcheck.fixing.rewrite.bare_topics import topic_goal
    from smartcheck.fixing.rewrite.style import style_for

    ctx = CHECKER.context(lang)
    style = style_for(ctx)
    assert style is not None
    parsed = CHECKER.parse(goal, lang=lang, reference_date=REF)
    assert topic_goal(parsed, ctx, style) is None


def test_the_comment_on_the_topic_is_no_lost_word() -> None:
    rewrite = well_rewritten(CHECKER, "Vergaderen - moet ik echt aan werken", "nl")
    assert "moet" not in rewrite and "werken" not in rewrite


@pytest.mark.parametrize(
    ("lang", "goal", "labels"),
    [
        ("nl", "Presenteren - moet ik echt aan werken", ["Doel 2: ", "- ", "Leerdoel: ", "  "]),
        ("en", "Chairing meetings - needs work", ["Goal 2: ", "1. ", "GOAL 3 - ", "  "]),
    ],
)
def test_a_label_or_marker_changes_neither_verdicts_nor_rewrite(
    lang: str, goal: str, labels: list[str]
) -> None:
    plain = CHECKER.check(goal, lang=lang, reference_date=REF)
    for label in labels:
        labelled = CHECKER.check(label + goal, lang=lang, reference_date=REF)
        assert labelled.rewrite == plain.rewrite
        assert [c.passed for c in labelled.criteria.values()] == [
            c.passed for c in plain.criteria.values()
        ]


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        (
            "en",
            "Stocktake training for new staff - I'd like to be the one who gives it.",
            "By [date], stocktake training for new staff -, I will be the one who gives it.",
            "By [date], I will be the one who gives the stocktake training for new staff.",
        ),
        (
            "nl",
            "Inwerken nieuwe collega's - dat wil ik graag zelf doen.",
            "Vóór [datum] inwerken nieuwe collega's -, ga ik dat zelf doen.",
            "Vóór [datum] ga ik zelf de nieuwe collega's inwerken.",
        ),
    ],
)
def test_a_dash_left_before_a_comma_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "dangling" in seam_kinds(CHECKER, lang, goal, broken)
    assert "dangling" not in seam_kinds(CHECKER, lang, goal, whole)


@pytest.mark.parametrize(
    "goal", ["EHBO opfrissen", "kennis vca en nen verdiepen", "kennis bhv en arbo bijhouden"]
)
def test_a_credential_as_the_object_of_a_verb_is_no_bare_credential(goal: str) -> None:
    """The verb after the credential is the phrase's own ('verdiepen', 'opfrissen'): the
    goal of getting the credential would add a second verb ('... verdiepen halen')."""
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert " halen" not in rewrite
