"""Dutch POP forms put a topic before the goal: "Klantcontact: vaker terugbellen na een
klacht." A comparative that opens a verb phrase after the label is the writer's act, not an
outcome: the label is fronted as the goal's field ("Bij klantcontact ga ik vóór [datum]
vaker terugbellen ...") instead of the structured fallback. A label that is a name keeps its
capital ("Bij Notion ga ik ..."); a comparative with a thing and no verb ("Gezondheid: minder
stress") keeps the topic and nominal frames. Goals written fresh for the category."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "front"),
    [
        ("Klantcontact: vaker terugbellen na een klacht.", "Bij klantcontact ga ik vóór [datum] vaker terugbellen"),
        ("Veiligheid: sneller bijna-ongevallen melden in het systeem.", "Bij veiligheid ga ik vóór [datum] sneller"),
        ("Communicatie: vaker feedback vragen aan de teamleider.", "Bij communicatie ga ik vóór [datum] vaker feedback vragen"),
        # 'beter' is no count: the label is the field of the step (session 42)
        ("Notion: beter mijn taken bijhouden.", "Vóór [datum] ga ik bij Notion [concreet"),
        ("Gezondheid: beter slapen", "Vóór [datum] ga ik bij gezondheid [concreet gedrag]"),
    ],
)  # fmt: skip
def test_a_label_before_a_comparative_act_is_fronted(text: str, front: str) -> None:
    assert well_rewritten(CHECKER, text, "nl").startswith(front)


def test_a_comparative_thing_after_a_label_keeps_its_frame() -> None:
    report = CHECKER.check("Gezondheid: minder stress.", lang="nl", reference_date=REF)
    assert report.rewrite is not None
    assert not report.rewrite.startswith("Bij gezondheid ga ik vóór [datum] minder")
