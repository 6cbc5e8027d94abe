"""Broken shapes and unread notes of session 28, by category.

- an impersonal prohibition ('Er mogen geen X meer …', 'Er mag nooit meer een X zijn'): an
  obligation with no owner (A), whose own part is the writer's; 'geen X meer' counts a thing
  brought to none, no comparative that asks for a baseline;
- English 'there must not be' in the own part: 'there is not', never 'does not be';
- a thing told with its state and no verb ('Het magazijn op orde.', 'All reports ready on
  time.'): the impersonal duty it is, with the writer's own part;
- the writer's situation, then ", so I want to" / ", dus ik wil": the situation kept as
  written, the wish rewritten;
- a means the writer would welcome ('A mentor from X would be great', 'Een buddy zou fijn
  zijn'): asked for, the step committed; a conditional of something else is never dated;
- the writer's strain beside the goal ('I'm worn out'): a remark kept after the rewrite;
- a hedged proposal asked in a long line ('Misschien een keer meelopen met X om te zien hoe
  zij Y?'): the writer's step, or at least a fallback; a bare question keeps the fallback
  as written (session 36);
- a learning route stated as a bare line ('Stage bij X.', 'Secondment to Y.'): the step, as
  an asked one is;
- 'sinds' opens the present situation, kept as written before the goal;
- a purpose agreed with someone else's wish ('in order to X, as my manager wants'): owned (A), as the
  same credit after the act is; the wish given as the reason ('because my supervisor wants
  that') is not;
- all items of a stream before a time in days ('alle klachten binnen 2 werkdagen'): a time per
  item, no deadline of the goal;
- seams that refuse: a clause glued after the commitment ('ga ik dat moet …'), two of the
  writer's sentences run together, a willingness stance committed ('I will be interested'),
  an imperative the tagger called an adjective after a fronted deadline, a predicate
  adjective closing a Dutch topic ('voor alle X in één keer goed [gedrag]').

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.seams.merged_sentences import sentences_run_together
from tests.support.rewriting import rewrite_of, seam_kinds, well_rewritten

CHECKER = Checker()
REF = date(2026, 11, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Er mogen geen klachten meer binnenkomen over de levertijd.",
        "Er mag nooit meer een pallet onbeveiligd in de stelling komen.",
        "Er mogen nooit meer storingen zijn op de inpaklijn.",
    ],
)
def test_an_impersonal_prohibition_has_no_owner(text: str) -> None:
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert not report.criteria[Criterion.A].passed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er mogen geen klachten meer binnenkomen over de levertijd.",
            "Vóór [datum] zorg ik ervoor dat er geen klachten meer over de levertijd "
            "binnenkomen, met als bewijs [hoe gemeten].",
        ),
        (
            "Er mag nooit meer een pallet onbeveiligd in de stelling komen.",
            "Vóór [datum] zorg ik ervoor dat er hooguit [aantal] keer een pallet onbeveiligd in "
            "de stelling komt, met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_the_writer_sees_to_an_impersonal_prohibition(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "nl") == expected


def test_there_must_not_be_becomes_there_is_not() -> None:
    rewrite = well_rewritten(
        CHECKER, "There must never again be a spill when refuelling the generators.", "en"
    )
    assert "there is not a spill" in rewrite
    assert "does not be" not in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "De gereedschapswagen op orde.",
            "Vóór [datum] zorg ik ervoor dat de gereedschapswagen op orde is, met als bewijs "
            "[hoe gemeten].",
        ),
        (
            "nl",
            "Alle offertes op tijd klaar.",
            "Vóór [datum] zorg ik ervoor dat alle offertes op tijd klaar zijn.",
        ),
        (
            "nl",
            "Het keuringsrapport afgerond.",
            "Vóór [datum] zorg ik ervoor dat het keuringsrapport afgerond is.",
        ),
        (
            "en",
            "All quotes ready on time.",
            "By [date], I will make sure that all quotes are ready on time, with [how measured] "
            "as evidence.",
        ),
        (
            "en",
            "Every delivery note correct.",
            "By [date], I will make sure that every delivery note is correct, with [how "
            "measured] as evidence.",
        ),
    ],
)
def test_a_thing_told_with_its_state_is_the_writers_duty(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_compared_skill_is_no_thing_in_a_state() -> None:
    rewrite = rewrite_of(CHECKER, "Mijn Spaans beter.", "nl") or ""
    assert "zorg ik ervoor dat" not in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Stage bij het keurlab in Zwolle.",
            "Vóór [datum] ga ik een stage bij het keurlab in Zwolle doen, met als bewijs [hoe "
            "gemeten].",
        ),
        (
            "nl",
            "Een rotatie van twee maanden bij de werkvoorbereiding.",
            "Vóór [datum] ga ik een rotatie van twee maanden bij de werkvoorbereiding doen.",
        ),
        (
            "en",
            "Secondment to the Rotterdam terminal.",
            "By [date], I will do a secondment to the Rotterdam terminal, with [how measured] "
            "as evidence.",
        ),
        (
            "en",
            "An internship at a glass recycler.",
            "By [date], I will do an internship at a glass recycler, with [how measured] as "
            "evidence.",
        ),
    ],
)
def test_a_stated_route_is_the_writers_step(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_sentence_opening_with_sinds_tells_the_present() -> None:
    text = "Sinds de overname werk ik vooral met papieren bonnen. Ik wil het nieuwe kassasysteem leren."
    rewrite = well_rewritten(CHECKER, text, "nl")
    assert rewrite.startswith("Sinds de overname werk ik vooral met papieren bonnen. Vóór [datum]")
    assert "\n" not in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("nl", "Alle retouren binnen 3 werkdagen verwerken.", "T004"),
        ("en", "Process all returns within three working days.", "T004"),
        ("nl", "Alle modules binnen drie maanden afronden.", "T006"),
        ("nl", "Ik wil alle leveranciers binnen veertien dagen bezoeken.", "T006"),
    ],
)
def test_all_items_before_days_is_a_time_per_item(lang: str, text: str, code: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert code in {f.code for f in report.criteria[Criterion.T].findings}


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "nl",
            "Nul klachten over de bezorging (vooral bij nieuwe klanten). Dat moet gewoon altijd "
            "goed gaan.",
            "Vóór [datum] ga ik dat moet gewoon in minstens [aantal] van de 10 gevallen goed gaan.",
        ),
        (
            "nl",
            "Nul klachten over de bezorging (vooral bij nieuwe klanten). Dat moet gewoon altijd "
            "goed gaan.",
            "Vóór [datum] ga ik voor hooguit [aantal] klachten over de bezorging (vooral bij "
            "nieuwe klanten) dat moet gewoon in minstens [aantal] van de 10 gevallen goed gaan.",
        ),
        (
            "en",
            "The board wants me to chair the safety committee. I'm interested, but I need more "
            "experience first.",
            "By [date], I will be interested, but I need more experience first.",
        ),
        (
            "nl",
            "Mijn chef wil dat ik de roosters overneem. Ik ben wel geïnteresseerd, maar eerst "
            "wil ik mijn eigen werk op orde hebben.",
            "Vóór [datum] ben ik wel geïnteresseerd, maar eerst wil ik mijn eigen werk op orde "
            "hebben.",
        ),
        (
            "en",
            "communicate better with the drivers when a route is changed because of roadworks",
            "By [date], communicate better with the drivers when a route is changed.",
        ),
        (
            "nl",
            "Alle lasnaden voortaan in één keer goed, geen reparaties meer.",
            "Tot [datum] ga ik voor alle lasnaden voortaan in één keer goed [concreet gedrag].",
        ),
    ],
)
def test_broken_shapes_are_refused(lang: str, goal: str, candidate: str) -> None:
    assert seam_kinds(CHECKER, lang, goal, candidate)


def test_two_sentences_run_together_are_told_from_sentences_kept_apart() -> None:
    written = "Nul klachten over de bezorging (vooral bij nieuwe klanten). Dat moet gewoon goed."
    glued = "Vóór [datum] ga ik voor hooguit [aantal] klachten (vooral bij nieuwe klanten) dat moet"
    apart = (
        "Vóór [datum] ga ik [concreet gedrag] (vooral bij nieuwe klanten). Dat moet gewoon goed."
    )
    assert sentences_run_together(f"{glued} gewoon goed.", written)
    assert not sentences_run_together(apart, written)
    assert not sentences_run_together("…, dat moet gewoon goed.", written)  # a join by a comma


def test_a_clause_kept_whole_before_a_subordinate_clause() -> None:
    rewrite = well_rewritten(
        CHECKER, "De chauffeurs moeten de ritstaten invullen voordat ze naar huis gaan.", "nl"
    )
    assert "de ritstaten invullen voordat ze naar huis gaan" in rewrite


def test_a_word_of_willingness_before_its_noun_is_no_stance() -> None:
    goal = "Get interested suppliers to join the pilot."
    candidate = "By [date], I will get interested suppliers to join the pilot, with [how measured] as evidence."
    assert not seam_kinds(CHECKER, "en", goal, candidate)


def test_a_whole_candidate_after_another_wish_passes() -> None:
    goal = "The board wants me to chair the safety committee."
    candidate = "By [date], I will chair the safety committee, as the board wants."
    assert not seam_kinds(CHECKER, "en", goal, candidate)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "I keep losing track of supplier calls, so I want to log every call in the CRM.",
            "I keep losing track of supplier calls. Until [date], I will log every call in the "
            "CRM.",
        ),
        (
            "nl",
            "Ik raak vaak het overzicht kwijt, dus ik wil elke ochtend een takenlijst maken.",
            "Ik raak vaak het overzicht kwijt. Tot [datum] ga ik elke ochtend een takenlijst "
            "maken, met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_the_situation_before_so_i_want_stays_as_written(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "My team lead wants me to take on more ownership of the spare parts stock."),
        ("nl", "Mijn chef wil dat ik meer eigenaarschap neem over de reserveonderdelen."),
    ],
)
def test_a_purpose_agreed_with_someone_elses_wish_is_owned(lang: str, text: str) -> None:
    rewrite = well_rewritten(CHECKER, text, lang)
    assert rewrite.rstrip(".").endswith(("as my team lead wants", "zoals mijn chef wil"))


def test_someone_elses_wish_as_the_reason_is_not_owned() -> None:
    report = CHECKER.check(
        "By 1 June 2027 I will finish the welding course, because my supervisor wants that.",
        lang="en",
        reference_date=REF,
    )
    assert not report.criteria[Criterion.A].passed


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "A mentor from the maintenance department would be great.",
            "By [date], I will work with a mentor from the maintenance department, with [how "
            "measured] as evidence.",
        ),
        (
            "nl",
            "Een buddy uit de nachtploeg zou fijn zijn.",
            "Vóór [datum] ga ik met een buddy uit de nachtploeg werken, met als bewijs [hoe "
            "gemeten].",
        ),
    ],
)
def test_a_welcome_means_is_asked_for(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "en",
            "A coach from outside would be nice.",
            "By [date], a coach from outside would be nice, with [how measured] as evidence.",
        ),
        (
            "nl",
            "Het team vindt dat ik korter moet vergaderen. Ik ben het daar niet mee eens.",
            "Vóór [datum] ben ik het daar niet mee eens, met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_wish_or_a_stance_is_never_dated(lang: str, goal: str, candidate: str) -> None:
    assert seam_kinds(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "text", "remark"),
    [
        ("en", "Do fewer weekend call-outs, I'm worn out.", "I'm worn out."),
        ("nl", "Minder avonddiensten draaien, ik ben echt opgebrand.", "Ik ben echt opgebrand."),
    ],
)
def test_the_writers_strain_stays_a_remark(lang: str, text: str, remark: str) -> None:
    assert well_rewritten(CHECKER, text, lang).endswith(remark)


def test_a_long_hedged_proposal_asked_is_the_writers_step() -> None:
    text = (
        "Misschien een keer meelopen met de collega's van de sorteerhal om te zien hoe zij plannen?"
    )
    assert well_rewritten(CHECKER, text, "nl") == (
        "Vóór [datum] ga ik een keer meelopen met de collega's van de sorteerhal, in overleg met "
        "[wie ondersteunt je], om te zien hoe zij plannen."
    )


def test_a_hedged_proposal_and_a_bare_question_keep_a_fallback() -> None:
    proposal = "Misschien een keer meekijken bij een andere drukkerij hoe zij hun planning doen?"
    assert CHECKER.check(proposal, lang="nl", reference_date=REF).rewrite is not None
    bare = CHECKER.check("Is dit haalbaar?", lang="nl", reference_date=REF)  # session 36
    assert (
        bare.structured_rewrite is not None and bare.structured_rewrite.goal == "Is dit haalbaar?"
    )


def test_a_commitment_whose_only_verb_is_a_noun_tagged_as_one_is_refused() -> None:
    goal = "Meer kennis van vogels en vleermuizen i.v.m. de veldinventarisaties in het voorjaar."
    candidate = (
        "Ik ga meer kennis van vogels en vleermuizen i.v.m. de veldinventarisaties in het "
        "voorjaar, van [huidig aantal] naar [streefaantal], met als bewijs [hoe gemeten]."
    )
    assert "lost_verb" in seam_kinds(CHECKER, "nl", goal, candidate)
