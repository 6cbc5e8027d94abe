"""Habits told instead of goals, bare infinitives as the hard thing, and 'of' as 'whether'
(session 31), by category.

- a bare infinitive named as the hard thing ('Plannen vind ik lastig') becomes a noun with
  the pack's ``gerund_article`` after the goal's 'in' ('in het plannen'): bare, 'in
  plannen' reads as the separable verb 'inplannen' (difficulties.py);
- a habit told after a wish with 'gaan' as its main verb ('…, ik ga vaak te snel door')
  is a remark kept after the goal, as any habit told there: 'gaan' with no infinitive after
  it plans nothing (remarks.py);
- a habit told as the whole goal ('Ik stel administratieve taken vaak uit', 'I often
  forget to log my hours'): committing to it as written promises the habit, a seam; the
  structured fallback shows instead (flaws.py, seams/flaws.py);
- a coordinator's word that opens a subordinate clause ('of' as 'whether': '… spreek ik
  af of ik ook nachtdiensten ga draaien') holds no second goal (reading/anatomy).

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import REF, falls_back, seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Plannen vind ik nog lastig.",
            "Vóór [datum] ga ik [concreet gedrag] in het plannen, met als bewijs [hoe gemeten].",
        ),
        (
            "Werken met de nieuwe kassa vind ik lastig.",
            "Vóór [datum] ga ik [concreet gedrag] in het werken met de nieuwe kassa, met als "
            "bewijs [hoe gemeten].",
        ),
        (
            "Ik heb moeite met richten van de steigers.",
            "Vóór [datum] ga ik [concreet gedrag] bij het richten van de steigers, met als bewijs "
            "[hoe gemeten].",
        ),
    ],
)
def test_a_bare_infinitive_named_as_hard_becomes_a_noun_after_in(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "nl") == expected


def test_a_plural_noun_named_as_hard_takes_no_article() -> None:
    assert well_rewritten(CHECKER, "Ik vind vergaderingen lastig.", "nl") == (
        "Vóór [datum] ga ik [concreet gedrag] in vergaderingen, met als bewijs [hoe gemeten]."
    )


def test_in_before_a_bare_infinitive_is_a_split_separable_verb() -> None:
    """What the article avoids: the seam detector reads 'in spelen' as 'inspelen'."""
    kinds = seam_kinds(
        CHECKER,
        "nl",
        "Spelen met kleuters vind ik lastig.",
        "Vóór [datum] ga ik [concreet gedrag] in spelen met kleuters.",
    )
    assert "word_order" in kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik wil rustiger leren werken aan de draaibank, ik ga vaak te snel.",
            "Ik ga vaak te snel.",
        ),
        (
            "Ik wil beter worden in uitleg geven aan stagiairs, ik ga vaak te snel door naar het "
            "volgende onderdeel.",
            "Ik ga vaak te snel door naar het volgende onderdeel.",
        ),
    ],
)
def test_a_habit_told_with_gaan_after_a_wish_is_a_remark(text: str, expected: str) -> None:
    rewrite = well_rewritten(CHECKER, text, "nl")
    assert rewrite.startswith("Vóór [datum] ga ik")
    assert rewrite.endswith(expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik stel lastige telefoontjes vaak uit."),
        ("nl", "Ik vergeet soms de temperatuurlijst af te tekenen."),
        ("en", "I often forget to update the stock sheet."),
        ("en", "I tend to postpone writing my shift reports."),
    ],
)
def test_a_habit_told_as_the_whole_goal_is_never_committed(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    assert falls_back(CHECKER, text, lang), report.rewrite


def test_committing_to_a_habit_told_is_a_seam() -> None:
    kinds = seam_kinds(
        CHECKER,
        "nl",
        "Ik stel lastige telefoontjes vaak uit.",
        "Vóór [datum] stel ik lastige telefoontjes vaak uit, met als bewijs [hoe gemeten].",
    )
    assert "context_committed" in kinds


def test_a_wish_with_a_habit_word_is_still_committed() -> None:
    """'soms' in a wish is what the writer wants, no habit told."""
    rewrite = well_rewritten(CHECKER, "Ik wil soms meelopen met de planner.", "nl")
    assert rewrite.startswith("Vóór [datum] ga ik soms meelopen met de planner")


@pytest.mark.parametrize(
    "text",
    [
        "Vóór 1 juni 2027 maak ik samen met mijn teamleider uit of ik ook nachtdiensten ga draaien.",
        "Voor de zomer maak ik samen met de planner uit of ik ook de weekendroutes ga rijden.",
    ],
)
def test_of_as_whether_opens_no_second_goal(text: str) -> None:
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert "S004" not in {f.code for f in report.findings}


def test_of_as_or_still_joins_two_goals() -> None:
    report = CHECKER.check(
        "Vóór 1 juni 2027 maak ik de planning of ik neem de inkoop over.",
        lang="nl",
        reference_date=REF,
    )
    assert "S004" in {f.code for f in report.findings}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Before 1 June 2027 I will write a packing checklist, try it on three orders and "
            "share it with the team.",
        ),
        ("en", "By March 2027 I will try the new glazing jig on ten frames and report the result."),
        ("nl", "Vóór 1 juni 2027 probeer ik de nieuwe snijmal uit op twee series."),
    ],
)
def test_trying_out_a_thing_is_no_hedge(lang: str, text: str) -> None:
    """A verb of trying with a thing to test is a step of its own (rules/acceptable.py)."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert "A001" not in {f.code for f in report.findings}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "By March 2027 I will try to finish the glazing course."),
        ("en", "I'll try it."),
        ("nl", "Ik ga het proberen."),
    ],
)
def test_trying_to_do_something_is_still_a_hedge(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert "A001" in {f.code for f in report.findings}


def test_trying_something_a_few_times_is_still_a_hedge() -> None:
    """A count of times tells how often the writer will try, no thing to test."""
    report = CHECKER.check(
        "Presenting is not my thing but I will try it a few times.", lang="en", reference_date=REF
    )
    assert "A001" in {f.code for f in report.findings}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Target: fewer rejected castings",
            "By [date], I will reduce rejected castings, from [current number] to [target "
            "number], with [how measured] as evidence.",
        ),
        ("nl", "Jaardoel 2: het BHV-diploma halen.", "Vóór [datum] ga ik het BHV-diploma halen."),
    ],
)
def test_a_target_as_the_lines_label_is_no_part_of_the_goal(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "told"),
    [
        (
            "en",
            "Improve my typing speed, it is too slow for the helpdesk.",
            "It is too slow for the helpdesk.",
        ),
        (
            "nl",
            "Mijn offertes sneller maken, dat duurt nu vaak te lang.",
            "Dat duurt nu vaak te lang.",
        ),
        (
            "en",
            "Learn to weld aluminium, now I have to wait for Piet every time.",
            "Now I have to wait for Piet every time.",
        ),
        (
            "nl",
            "Ik wil de planning zelf leren maken, nu moet ik elke week wachten op de planner.",
            "Nu moet ik elke week wachten op de planner.",
        ),
    ],
)
def test_a_problem_told_after_the_goal_stays_after_it(lang: str, text: str, told: str) -> None:
    """A pronoun that points back at the goal's thing, or a duty told after 'now': how things
    are, kept as a sentence after the rewritten goal (remarks.py)."""
    assert well_rewritten(CHECKER, text, lang).endswith(f". {told}")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Ik vergeet nooit meer een retourbon.", "Vóór [datum] vergeet ik hooguit [aantal] keer"),
        ("Ik draai vaker avonddiensten op de spoedpost.", "Vóór [datum] draai ik vaker"),
    ],
)
def test_an_absolute_or_a_comparative_is_no_habit_told(text: str, start: str) -> None:
    """'nooit meer' is an absolute to bound, 'vaker' a wish for more: goals, no habits."""
    assert well_rewritten(CHECKER, text, "nl").startswith(start)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("zero incidents on the loading dock", "at most [number] incidents on the loading dock"),
        ("Zero lost-time injuries in the bakery.", "at most [number] lost-time injuries"),
    ],
)
def test_the_word_a_zero_counts_is_a_thing(text: str, counted: str) -> None:
    """The tagger may call the word after 'zero' a verb ('incidents'), or cut a compound at
    its hyphen: the count's thing is bounded whole (nominal.py)."""
    assert counted in well_rewritten(CHECKER, text, "en")


def test_two_bare_acts_opened_by_a_comparative_are_split() -> None:
    """A part cut from the goal as the writer wrote it is the writer's form: a bare
    infinitive there is no lost tense, whatever the tagger made of the first word
    ('Netter' as a name; coordinated.py)."""
    outcome = well_rewritten(
        CHECKER, "Netter werken in de werkplaats en collega's vaker helpen.", "nl"
    )
    assert outcome.splitlines() == [
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om netter te "
        "werken in de werkplaats.",
        "Vóór [datum] ga ik collega's vaker helpen, van [huidig aantal] naar [streefaantal], "
        "met als bewijs [hoe gemeten].",
    ]


def test_a_purpose_with_te_only_on_its_first_act_is_a_seam() -> None:
    kinds = seam_kinds(
        CHECKER,
        "nl",
        "Sneller werken aan de kassa en beter plannen.",
        "Vóór [datum] ga ik [concreet gedrag], om sneller te werken aan de kassa en beter plannen.",
    )
    assert "lost_verb" in kinds


@pytest.mark.parametrize(
    ("lang", "text", "dated"),
    [
        (
            "en",
            "Hoping to get my crane operator ticket sometime in the next 18 months or so.",
            "sometime by 23 May 2028, with",
        ),
        (
            "nl",
            "Misschien over twee maanden of zo de cursus hijsen doen.",
            "vóór 23 januari 2027 de cursus hijsen ga doen",  # floated: inside the settling
        ),
    ],
)
def test_an_approximation_after_a_time_goes_with_it(lang: str, text: str, dated: str) -> None:
    """'or so' after a time written as its date is no stray 'or' (plan.py)."""
    rewrite = CHECKER.check(text, lang=lang, reference_date=REF).rewrite or ""
    assert dated in rewrite
    assert " or so" not in rewrite and " of zo" not in rewrite


@pytest.mark.parametrize("reflexive", ["me", "mij"])
def test_a_reflexive_vague_verb_keeps_its_topic_in_either_form(reflexive: str) -> None:
    """'me verdiepen in' and 'mij verdiepen in' are one vague phrase: the topic keeps its
    'in' (before, 'mij' left 'verdiepen in' to match: 'ga ik voor de cao [concreet gedrag]')."""
    text = f"Ik wil {reflexive} verdiepen in de arbowet zodat ik collega's kan adviseren."
    assert well_rewritten(CHECKER, text, "nl").startswith(
        "Vóór [datum] ga ik [concreet gedrag] in de arbowet"
    )


def test_a_time_the_goal_did_not_read_stays_no_deadline_in_a_kept_remark() -> None:
    """'op woensdag' in a situation kept after the goal is not its deadline: read again
    alone, the kept sentence gives it no new meaning (seams/deadlines.py)."""
    rewrite = well_rewritten(
        CHECKER, "Ik wil de retouren sneller verwerken, er blijft op woensdag te veel liggen.", "nl"
    )
    assert rewrite.startswith("Vóór [datum] ga ik de retouren sneller verwerken")
    assert rewrite.endswith("Er blijft op woensdag te veel liggen.")
