"""What a goal's surface must not do to its rewrite.

- An emoji or a text face ("💪", "😅", ":)", ";-)") says how the writer feels about the goal;
  it is no word of it. A rewrite leaves it out, and so does the structured fallback, instead
  of ending a sentence on it ("... aan de telefoon, met als bewijs [hoe gemeten] . 😅.").
- A one-letter word that opens the goal ("A new checklist ...") loses its capital inside the
  rewrite, as "Mijn" does; "I" keeps it.
- A comment after a semicolon ("...; nu zeg ik vaak niks") makes no fragment a sentence: the
  candidate with the writer as its subject still ranks first.
- The domain frame never wraps the goal's verb as a topic ("ga ik voor overleggen met ...
  [concreet gedrag]", "[concrete behaviour] for prepare my plan"), also when the tagger read
  the infinitive of a fragment as a plural present ("Regelmatig overleggen met ...") or an
  English imperative as a noun ("Handle 90% of ...", "Every Friday, prepare my plan").
- A routine keeps its frequency: a rewrite that drops "Every Friday" with no time in its
  place is a seam.
- A POP point label ("Verbeterpunt:", "Area for improvement:") is a goal label: no part of
  the goal, its verdicts or its rewrite.
- The pronoun of a clause of time or condition ("voordat ik ...", "before I ...") is that
  clause's subject, not the goal's.
- A goal written without a first capital keeps its first word's lower case where the rewrite
  moves it inside a sentence ("ga ik bedrijfshulpverlening halen", not "ga ik
  Bedrijfshulpverlening"): the capital was the reader's sentence case, not the writer's; a
  name the pack spells with a capital ("excel" -> "Excel") keeps it.

Fixture goals are fresh, written for these categories (none from the measured sets)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik wil leren omgaan met lastige vragen van ouders bij het ophalen 😅", "nl"),
        ("Vaker om hulp vragen bij de inventarisatie 💪💪", "nl"),
        ("Ik wil mijn planning in Outlook bijhouden ;-)", "nl"),
        ("Learn to stay calm when the printer queue jams :)", "en"),
        ("I want to run the Monday stand-up on my own 🙂", "en"),
        ("Get better at estimating repair times 👍", "en"),
    ],
)
def test_an_emoji_or_text_face_is_left_out_of_the_rewrite(text: str, lang: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.is_smart
    fallback = report.structured_rewrite
    shown = " ".join([report.rewrite or "", fallback.text if fallback is not None else ""])
    assert report.rewrite
    for face in ("😅", "💪", ";-)", ":)", "🙂", "👍"):
        assert face not in shown, shown


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        (
            "Ik wil leren omgaan met boze bellers aan de balie 😅",
            "nl",
            "Vóór [datum] ga ik leren omgaan met boze bellers aan de balie,",
        ),
        (
            "Learn to deal with angry callers without losing my temper :)",
            "en",
            "By [date], I will learn to deal with angry callers without losing my temper,",
        ),
    ],
)
def test_a_goal_ending_in_a_face_is_still_rewritten_as_a_sentence(
    text: str, lang: str, opening: str
) -> None:
    assert well_rewritten(CHECKER, text, lang).startswith(opening)


@pytest.mark.parametrize(
    "text",
    [
        "A new intake form needs to be made for walk-in clients.",
        "A clear escalation route has to be agreed for night shifts.",
    ],
)
def test_a_one_letter_first_word_loses_its_capital_inside_the_rewrite(text: str) -> None:
    rewrite = well_rewritten(CHECKER, text, "en")
    assert "that a " in rewrite and " A " not in rewrite


def test_a_capital_a_left_inside_is_a_seam_and_the_lower_case_one_is_not() -> None:
    goal = "A new intake form needs to be made for walk-in clients."
    broken = "By [date], I will make sure that A new intake form is made for walk-in clients."
    whole = "By [date], I will make sure that a new intake form is made for walk-in clients."
    assert "residue" in seam_kinds(CHECKER, "en", goal, broken)
    assert seam_kinds(CHECKER, "en", goal, whole) == set()


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        (
            "Meer zichtbaar zijn in het teamoverleg; nu zeg ik bijna nooit iets.",
            "nl",
            "Vóór [datum] ga ik meer zichtbaar zijn in het teamoverleg",
        ),
        (
            "Vaker pauze nemen tijdens de dienst; nu werk ik vaak door.",
            "nl",
            "Vóór [datum] ga ik vaker pauze nemen tijdens de dienst",
        ),
    ],
)
def test_a_comment_after_a_semicolon_does_not_make_a_fragment_whole(
    text: str, lang: str, opening: str
) -> None:
    assert well_rewritten(CHECKER, text, lang).startswith(opening)


@pytest.mark.parametrize(
    "text",
    [
        "Regelmatig overleggen met de collega's van de avonddienst.",
        "Regelmatig afstemmen met de planner over de bezetting.",
    ],
)
def test_a_fragment_verb_is_never_wrapped_as_a_topic(text: str) -> None:
    rewrite = well_rewritten(CHECKER, text, "nl")
    verb = text.split()[1]
    assert f"voor {verb}" not in rewrite and "[concreet gedrag]" not in rewrite


def test_a_plural_present_read_in_a_fragment_is_a_verb_inside_the_domain_frame() -> None:
    goal = "Regelmatig overleggen met de collega's van de avonddienst."
    broken = (
        "Regelmatig ga ik tot [datum] voor overleggen met de collega's van de avonddienst "
        "[concreet gedrag], met als bewijs [hoe gemeten]."
    )
    whole = (
        "Regelmatig ga ik tot [datum] overleggen met de collega's van de avonddienst, "
        "met als bewijs [hoe gemeten]."
    )
    assert "word_order" in seam_kinds(CHECKER, "nl", goal, broken)
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, whole)


# -- the point of a POP a goal is written under --------------------------------------------------
@pytest.mark.parametrize(
    ("label", "goal", "lang"),
    [
        ("Verbeterpunt", "vaker samenvatten wat de klant zegt.", "nl"),
        ("Werkpunt", "de weekplanning op vrijdag klaarzetten.", "nl"),
        ("Aandachtspunt", "beter doorvragen bij een melding.", "nl"),
        ("Area for improvement", "speak more slowly when I present.", "en"),
        ("Development point", "chair the Monday stand-up on my own.", "en"),
        ("Focus area", "follow up every complaint within a day.", "en"),
    ],
)
def test_a_pop_point_label_is_no_part_of_the_goal(label: str, goal: str, lang: str) -> None:
    labelled = CHECKER.check(f"{label}: {goal}", lang=lang, reference_date=REF)
    plain = CHECKER.check(goal[0].upper() + goal[1:], lang=lang, reference_date=REF)
    verdicts = {c: r.passed for c, r in labelled.criteria.items()}
    assert verdicts == {c: r.passed for c, r in plain.criteria.items()}
    assert label.lower() not in (labelled.rewrite or "").lower()


# -- a clause of time or condition with the writer as its subject -------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        (
            "Beter doorvragen voordat ik een offerte opstel.",
            "nl",
            "Vóór [datum] ga ik beter doorvragen voordat ik een offerte opstel,",
        ),
        (
            "Aandachtspunt: de bewoner eerst laten uitpraten voordat ik een oplossing voorstel.",
            "nl",
            "Vóór [datum] ga ik ",
        ),
        (
            "Point of attention: listen to the whole question before I answer.",
            "en",
            "By [date], I will listen to the whole question before I answer,",
        ),
        (
            "Check my numbers more carefully before I send the weekly report.",
            "en",
            "By [date], I will check my numbers more carefully before I send the weekly report,",
        ),
    ],
)
def test_the_pronoun_of_a_clause_of_time_is_not_the_goals_subject(
    text: str, lang: str, opening: str
) -> None:
    rewrite = well_rewritten(CHECKER, text, lang)
    assert rewrite.startswith(opening)
    clause = text[text.index(" voordat " if lang == "nl" else " before ") :].rstrip(".")
    assert clause in rewrite  # the clause of time stays whole, its pronoun its own


# -- an English imperative the tagger called a noun ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Every Friday, prepare my rota for the following week.", "prepare"),
        ("Listen more carefully to residents before I answer.", "listen"),
        ("Handle 80% of refund requests within two working days.", "handle"),
    ],
)
def test_an_imperative_read_as_a_noun_is_the_goals_verb(text: str, verb: str) -> None:
    rewrite = well_rewritten(CHECKER, text, "en")
    assert f"I will {verb}" in rewrite or f"to {verb}" in rewrite, rewrite
    assert f"for {verb}" not in rewrite


@pytest.mark.parametrize(
    ("goal", "broken", "whole"),
    [
        (
            "Handle 80% of refund requests within two working days.",
            "I will [concrete behaviour] for handle 80% of refund requests by 1 June 2027.",
            "I will handle 80% of refund requests by 1 June 2027.",
        ),
        (
            "Every Friday, prepare my rota for the following week.",
            "Every Friday, I will [concrete behaviour] for prepare my rota for the following week.",
            "Every Friday, I will prepare my rota for the following week.",
        ),
    ],
)
def test_a_preposition_before_an_imperative_is_a_seam(goal: str, broken: str, whole: str) -> None:
    assert "word_order" in seam_kinds(CHECKER, "en", goal, broken)
    assert "word_order" not in seam_kinds(CHECKER, "en", goal, whole)


def test_a_label_topic_that_could_be_a_verb_is_no_seam() -> None:
    goal = "Market appraisals -- check my valuations against two recent sales"
    whole = "In market appraisals, by [date], I will check my valuations against two recent sales."
    assert "word_order" not in seam_kinds(CHECKER, "en", goal, whole)


# -- a routine keeps its frequency ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("goal", "lang", "dropped", "kept"),
    [
        (
            "Every Friday, prepare my rota for the following week.",
            "en",
            "I will [concrete behaviour], in order to prepare my rota for the following week.",
            "Every Friday, I will prepare my rota for the following week.",
        ),
        (
            "Elke maandag de bestellijst voor de keuken bijwerken.",
            "nl",
            "Ik ga [concreet gedrag], om de bestellijst voor de keuken bij te werken.",
            "Elke maandag ga ik tot [datum] de bestellijst voor de keuken bijwerken.",
        ),
    ],
)
def test_a_routine_that_loses_its_frequency_is_a_seam(
    goal: str, lang: str, dropped: str, kept: str
) -> None:
    assert "lost_words" in seam_kinds(CHECKER, lang, goal, dropped)
    assert "lost_words" not in seam_kinds(CHECKER, lang, goal, kept)


def test_a_frequency_replaced_by_a_date_is_no_seam() -> None:
    goal = "Als freelancer wil ik mijn omzet elke maand verdubbelen."
    dated = (
        "Als freelancer ga ik mijn omzet vóór [datum] verdubbelen, met als bewijs [hoe gemeten]."
    )
    assert "lost_words" not in seam_kinds(CHECKER, "nl", goal, dated)


# -- times that hang on an occasion or on each item ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "Ik streef ernaar om mijn rapportages binnen een week na het overleg af te ronden.",
            "nl",
            "binnen een week na het overleg ([datum])",
        ),
        (
            "I hope to send out the minutes within two days of the team meeting.",
            "en",
            "within two days of the team meeting ([date])",
        ),
    ],
)
def test_an_offset_from_an_occasion_is_kept_and_dated(text: str, lang: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, text, lang)
    assert kept in rewrite
    assert "2026" not in rewrite  # never a date counted from today


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        (
            "90% van de retouren binnen vijf werkdagen verwerken.",
            "nl",
            "Tot [datum] ga ik 90% van de retouren binnen vijf werkdagen verwerken",
        ),
        (
            "Handle 80% of refund requests within two working days.",
            "en",
            "Until [date], I will handle 80% of refund requests within two working days",
        ),
    ],
)
def test_a_share_of_items_within_a_short_time_is_a_routine(
    text: str, lang: str, opening: str
) -> None:
    assert well_rewritten(CHECKER, text, lang).startswith(opening)


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("keuringscertificaat hoogwerker halen", "nl", "keuringscertificaat"),
        ("steigerbouwcursus afronden", "nl", "steigerbouwcursus"),  # no dictionary word
        ("valbeveiligingscursus halen", "nl", "valbeveiligingscursus"),
        ("fotobewerkingscursus afmaken", "nl", "fotobewerkingscursus"),
        ("spreadsheetvaardigheden verbeteren", "nl", "spreadsheetvaardigheden"),
        ("forklift refresher training", "en", "forklift"),
        ("time management course", "en", "time"),
    ],
)
def test_a_first_word_written_in_lower_case_keeps_it_inside_the_rewrite(
    text: str, lang: str, word: str
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    capitalised = word[:1].upper() + word[1:]
    assert report.rewrites
    for rewrite in report.rewrites:
        for line in rewrite.splitlines():
            assert f" {capitalised}" not in line, line
            assert not line.startswith(word), line  # a sentence still opens with a capital


@pytest.mark.parametrize(("text", "lang", "name"), [("excel leren", "nl", "Excel")])
def test_a_name_the_pack_spells_keeps_its_capital_inside_the_rewrite(
    text: str, lang: str, name: str
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite
    assert f" {name} " in report.rewrite
