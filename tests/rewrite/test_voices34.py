"""Another person's wish for the writer, then whatever the writer remarks on it (session 34,
voices34), by category.

- another's wish, request or advice, then a remark of any shape that is no goal of the
  writer's own (a comparison of self, "we'll see", a fear after an ellipsis, a past, a
  doubt of where to start): the act committed and credited, the remark kept as written
  (wish_remarks.py, WholeTextRewrites._wish_remarked); a remark cut at a contrast inside
  the wish's sentence too;
- a trial in the remark ("maar goed, ik ga het proberen"): told as the acceptance;
- a remark that names when it suits ("maar dan wel in het voorjaar"): the writer settles
  when with the other (frames.settled_when);
- a sentence after the wish that is a goal of the writer's own still splits, and the wish
  alone keeps its rewrite;
- the other's clause read whole: a bracket after the other that tells who that is, a
  bracket of examples after the verbs, a list of things after a colon; a particle after an
  article is a noun (no seam);
- the judge: an opinion about a thing that opens a clause after a coordinator in a later
  sentence is no hedge; an opinion about the writer's own act stays one.

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import falls_back, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "De eigenaar verwacht dat ik de inkoop van het hout overneem. Ik ben meer een "
            "vakman dan een rekenaar, dus we zien wel.",
            "Vóór [datum] ga ik de inkoop van het hout overnemen, met als bewijs [hoe "
            "gemeten], zoals de eigenaar verwacht. Ik ben meer een vakman dan een "
            "rekenaar, dus we zien wel.",
        ),
        (
            "nl",
            "Mijn chef wil dat ik meer met klanten ga doen (offertes bespreken, klachten "
            "afhandelen). Ik ben meer een denker dan een prater.",
            "Vóór [datum] ga ik meer met klanten doen (offertes bespreken, klachten "
            "afhandelen), van [huidig aantal] naar [streefaantal], zoals mijn chef wil. "
            "Ik ben meer een denker dan een prater.",
        ),
        (
            "en",
            "The owner wants me to run the Saturday tastings in the shop. Speaking to "
            "strangers is a different story for me... a bit scared of it",
            "By [date], I will run the Saturday tastings in the shop, with [how measured] "
            "as evidence, as the owner wants. Speaking to strangers is a different story "
            "for me... a bit scared of it.",
        ),
        (
            "en",
            "The owner asked me to lead the Sunday brunch shift, but I've only ever worked "
            "in the kitchen. I want to do it well but don't know where to begin.",
            "By [date], I will lead the Sunday brunch shift, with [how measured] as "
            "evidence, as the owner asked. I've only ever worked in the kitchen. I want to "
            "do it well but don't know where to begin.",
        ),
    ],
)
def test_any_remark_after_anothers_wish_is_kept(lang: str, text: str, expected: str) -> None:
    """Another's wish, then a remark that holds no act of the writer's with an object of
    its own: the act committed and credited, the remark kept after it as written."""
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Mijn werkbegeleider vindt dat ik kortere verslagen moet schrijven. Volgens "
            "mij valt het mee maar goed, ik ga het proberen.",
            "Vóór [datum] ga ik kortere verslagen schrijven, met als bewijs [hoe "
            "gemeten], zoals mijn werkbegeleider adviseert. Volgens mij valt het mee maar "
            "goed, ik ga het doen.",
        ),
        (
            "en",
            "My supervisor thinks I should give shorter handovers. Not sure I agree but "
            "fine, I'll try.",
            "By [date], I will give shorter handovers, from [current number] to [target "
            "number], with [how measured] as evidence, as my supervisor advises. Not sure "
            "I agree but fine, I will do it.",
        ),
    ],
)
def test_a_trial_in_the_remark_is_the_acceptance(lang: str, text: str, expected: str) -> None:
    """A remark that ends in a trial: the trial told as the acceptance it is, no hedge."""
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Mijn chef wil dat ik de cursus hoogwerker ga doen. Vind ik goed maar dan pas "
            "na de kerstdrukte als de winkel rustig is.",
            "Ik maak samen met mijn chef uit wanneer ik de cursus hoogwerker ga doen. Dit vind "
            "ik goed maar dan pas na de kerstdrukte als de winkel rustig is.",
        ),
        (
            "nl",
            "De chef-kok wil dat ik de cursus allergenen ga volgen. Goed idee, maar dan "
            "wel in januari als het restaurant dicht is.",
            "Ik maak samen met de chef-kok uit wanneer ik de cursus allergenen ga volgen. Goed "
            "idee, maar dan wel in januari als het restaurant dicht is.",
        ),
    ],
)
def test_a_remark_that_names_when_settles_when(lang: str, text: str, expected: str) -> None:
    """A remark that names when the wished act suits: the date it names cannot stand beside
    a date of the rewrite's, so the writer settles when with the other."""
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "Mijn leidinggevende wil dat ik de cursus hoogwerker doe. Ik wil ook graag "
            "de cursus EHBO doen.",
        ),
        (
            "en",
            "My supervisor wants me to do the forklift refresher. I would also like to do "
            "the first aid course.",
        ),
    ],
)
def test_an_own_goal_after_the_wish_still_splits(lang: str, text: str) -> None:
    """A sentence after the wish that is a goal of the writer's own: two goals, as before."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.split is not None and len(report.split) == 2


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Mijn praktijkopleider wil dat ik de overdracht op de afdeling doe.",
            "Vóór [datum] ga ik de overdracht op de afdeling doen, met als bewijs [hoe "
            "gemeten], zoals mijn praktijkopleider wil.",
        ),
        (
            "en",
            "The owner wants me to run the Saturday tastings.",
            "By [date], I will run the Saturday tastings, with [how measured] as "
            "evidence, as the owner wants.",
        ),
    ],
)
def test_the_wish_alone_keeps_its_rewrite(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mijn moeder (eigenaar van de zaak) wil dat ik de kassa overneem.",
            "Vóór [datum] ga ik de kassa overnemen, met als bewijs [hoe gemeten], zoals "
            "mijn moeder (eigenaar van de zaak) wil.",
        ),
        (
            "Mijn chef wil dat ik de cursus (VCA) ga halen.",
            "Vóór [datum] ga ik de cursus (VCA) halen, zoals mijn chef wil.",
        ),
        (
            "Mijn uitvoerder wil dat ik het certificaat Rijden op de bouwplaats ga halen.",
            "Vóór [datum] ga ik het certificaat Rijden op de bouwplaats halen, zoals "
            "mijn uitvoerder wil.",
        ),
    ],
)
def test_the_others_clause_is_read_whole(text: str, expected: str) -> None:
    """A bracket after the other, a bracket inside the clause, a particle's word after an
    article ('op de weg' is no 'wegrijden')."""
    assert well_rewritten(CHECKER, text, "nl") == expected


def test_a_list_of_acts_after_a_colon_is_no_object() -> None:
    """A list of acts after the colon ('pinnen, tellen, afsluiten') is several goals, not
    what the object holds: no rewrite reads it as one."""
    text = "Mijn moeder wil dat ik de kassa overneem: pinnen, tellen, afsluiten."
    assert falls_back(CHECKER, text, "nl")


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        (
            "By 1 March 2027, I will take the welding course. Not sure it suits me, and I "
            "think the course is only in the evening.",
            False,
        ),
        (
            "By 1 March 2027, I will take the welding course. It is a lot, but I think I "
            "can pass it.",
            True,
        ),
    ],
)
def test_an_opinion_about_a_thing_after_a_coordinator_is_no_hedge(text: str, hedged: bool) -> None:
    report = CHECKER.check(text, lang="en", reference_date=REF)
    assert ("A001" in {f.code for f in report.findings}) is hedged


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Mag ik een maand meelopen met de planners? Lijkt me nuttig om te zien hoe zij "
            "de roosters maken.",
            "Vóór [datum] ga ik een maand meelopen met de planners, in overleg met mijn "
            "leidinggevende, om te zien hoe zij de roosters maken.",
        ),
        (
            "en",
            "Could I spend a month with the planning team? Would be great to see how they "
            "build the rosters.",
            "By [date], I will spend a month with the planning team, agreed with my "
            "manager, to see how they build the rosters.",
        ),
    ],
)
def test_a_step_asked_then_judged_good_for_a_purpose(lang: str, text: str, expected: str) -> None:
    """The writer's own ask, then a judgement of it that ends in a purpose ('Lijkt me
    nuttig om ...'): the judgement is the hedge, the purpose what the step serves."""
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Ik wil leren lassen. Henk kan me misschien begeleiden op de werkplaats.",
            "Vóór [datum] ga ik leren lassen, met als bewijs [hoe gemeten], zodat ik "
            "[concreet gedrag] kan. Henk kan me begeleiden op de werkplaats.",
        ),
        (
            "nl",
            "Ik wil de offertes zelf leren maken. Mijn collega Fatima kan mij misschien "
            "helpen bij de eerste drie.",
            "Vóór [datum] ga ik de offertes zelf leren maken. Mijn collega Fatima kan mij "
            "helpen bij de eerste drie.",
        ),
        (
            "en",
            "I want to grow into the site planner role. Priya could maybe coach me on the "
            "next two projects.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, "
            "agreed with Priya, in order to grow into the site planner role. Priya could "
            "coach me on the next two projects.",
        ),
    ],
)
def test_a_hedged_offer_of_support_is_kept_without_its_hedge(
    lang: str, text: str, expected: str
) -> None:
    """The writer's aim, then another person's hedged offer to support it: the aim
    rewritten, agreed with that person, the offer kept without its hedge."""
    assert well_rewritten(CHECKER, text, lang) == expected
