"""Dutch verbs coordinated at the end of a clause take the object before them together ('de
kassa *instellen en onderhouden*'): the object is read for the last of them, and the second
verb starts no goal of its own (S004), also inside a question a modal closes ('leren hoe ik
X moet instellen en onderhouden'). A second verb with its own subject and modal is still a
second goal. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("Ik wil leren hoe ik de kassa moet instellen en onderhouden.", "de kassa"),
        ("Vóór 1 juni 2027 wil ik de weekstaten zelf controleren en versturen.", "de weekstaten"),
        ("Ik wil de koffiemachine kunnen ontkalken en vullen.", "de koffiemachine"),
    ],
)
def test_coordinated_cluster_verbs_share_the_object_before_them(text: str, obj: str) -> None:
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.goal.object is not None and report.goal.object.text == obj
    assert "S004" not in {f.code for f in report.findings}


def test_a_second_verb_with_its_own_subject_and_modal_is_a_second_goal() -> None:
    text = "Ik wil leren hoe ik offertes moet maken en ik wil vaker presenteren."
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert "S004" in {f.code for f in report.findings}
