"""Another person's words told without 'that' are never the writer's commitment (session 46,
lead).

'My manager says my reports are too long' became 'By [date], I will make sure that my
manager says my reports are too long': the seam check knew a verb of saying or opinion as
framing a clause only with 'that' or a pronoun after it. A verb of the pack's
``voice_verbs`` whose clausal complement the parse finds frames that clause too
(seams/commitment.py).

Goals written fresh for this test.
"""

from __future__ import annotations

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, seam_kinds

CHECKER = Checker()


def test_the_voice_without_that_committed_is_a_seam() -> None:
    goal = "My supervisor says my invoices are too late."
    candidate = "By [date], I will make sure that my supervisor says my invoices are too late."
    assert seam_kinds(CHECKER, "en", goal, candidate)


def test_no_rewrite_commits_the_writer_to_the_others_words() -> None:
    rewrite = rewrite_of(CHECKER, "My supervisor says my invoices are too late.", "en") or ""
    assert "make sure that my supervisor says" not in rewrite
