"""Two nouns joined inside a subordinate clause whose verbs close it as a cluster are one
clause (session 46, lead).

'..., zodat er beter tussen kantoor en de vloer wordt gecommuniceerd': the seam check cut
the clause at 'en' and found no verb in 'zodat er beter tussen kantoor'. It let a single
finite verb close the conjunct ('... en schijnzelfstandigheid komt'), not a finite verb
with a participle or infinitive after it. Such a rewrite is whole, and it is the writer's
own part of 'Er moet beter worden gecommuniceerd tussen ...'.

Goals written fresh for this test.
"""

from __future__ import annotations

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


def test_a_verb_cluster_after_the_conjunct_closes_the_clause() -> None:
    goal = "Er moet beter worden samengewerkt tussen de ploegen en de planning."
    candidate = (
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat er beter "
        "tussen de ploegen en de planning wordt samengewerkt."
    )
    assert "lost_verb" not in seam_kinds(CHECKER, "nl", goal, candidate)


def test_a_conjunct_without_a_verb_is_still_a_lost_verb() -> None:
    goal = "Er moet beter worden samengewerkt tussen de ploegen en de planning."
    candidate = (
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat er beter "
        "tussen de ploegen en de planning."
    )
    assert seam_kinds(CHECKER, "nl", goal, candidate)


def test_the_impersonal_duty_becomes_the_writers_part() -> None:
    rewrite = well_rewritten(
        CHECKER, "Er moet beter worden samengewerkt tussen de ploegen en de planning.", "nl"
    )
    assert "zodat er beter tussen de ploegen en de planning wordt samengewerkt" in rewrite
