"""Someone else's wish with the writer's misgiving after it, and a step asked as a question
(session 27).

- after someone else's wish or view, the writer's dislike of it, discomfort with it or a
  manner the writer wants to avoid in it ("I don't really like speaking in groups", "Ik sta
  niet graag voor een groep", "Ik heb een hekel aan telefoneren", "I don't want to come
  across as bossy"), as a sentence of its own or after a contrast in the wish's sentence, is
  the writer's remark: the wish is committed and credited, the remark kept after it; a
  trial after the dislike with its object and a bound is committed ("but I will do it a few
  times");
- a closing bracket at the end of the wish stays with the writer's clause;
- a possibility asked with the writer's own clause ("Is het mogelijk dat ik ...", "Is it
  possible that I ...") is the step, committed and agreed with the manager;
- a difficulty told first and a step asked for it after it: the difficulty kept before the
  committed step, which points back at it;
- a bare field with only a course weighed after it ("Boekhouden, misschien een cursus?") is
  a course on that field, taken.

Goals written fresh for these categories, in other fields and roles than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "My supervisor wants me to lead the morning huddle. I don't really like speaking in "
            "groups.",
            "By [date], I will lead the morning huddle, with [how measured] as evidence, as my "
            "supervisor wants. I don't really like speaking in groups.",
        ),
        (
            "nl",
            "Mijn leidinggevende wil dat ik de rondleidingen in de brouwerij ga geven. Ik sta niet "
            "graag voor een groep.",
            "Vóór [datum] ga ik de rondleidingen in de brouwerij geven, met als bewijs [hoe "
            "gemeten], zoals mijn leidinggevende wil. Ik sta niet graag voor een groep.",
        ),
        (
            "nl",
            "De bedrijfsleider vindt dat ik de leveranciers zelf moet bellen. Ik heb een hekel "
            "aan telefoneren.",
            "Vóór [datum] ga ik de leveranciers zelf bellen, met als bewijs [hoe gemeten], zoals "
            "de bedrijfsleider adviseert. Ik heb een hekel aan telefoneren.",
        ),
        (
            "en",
            "Our practice manager thinks I should take on the Saturday clinics. I'm not a fan of "
            "weekend work but I will try it a few times.",
            "By [date], I will take on the Saturday clinics, with [how measured] as evidence, as "
            "our practice manager advises. I'm not a fan of weekend work but I will do it a few "
            "times.",
        ),
        (
            "en",
            "The head chef would like me to run the pass on Fridays. I don't want to come across "
            "as bossy to the older cooks.",
            "Until [date], I will run the pass on Fridays, as the head chef would like. I don't "
            "want to come across as bossy to the older cooks.",
        ),
        (
            "nl",
            "Mijn praktijkopleider wil dat ik de intakegesprekken doe. Ik vind intakes eerlijk "
            "gezegd niet leuk.",
            "Vóór [datum] ga ik de intakegesprekken doen, zoals mijn praktijkopleider wil. Ik "
            "vind intakes eerlijk gezegd niet leuk.",
        ),
    ],
)
def test_a_misgiving_after_the_wish_stays_the_writers_remark(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "My foreman asked me to give the toolbox talks, I'm not really comfortable with that "
            "yet.",
            "By [date], I will give the toolbox talks, as my foreman asked. I'm not really "
            "comfortable with that yet.",
        ),
        (
            "nl",
            "Van de locatiemanager moet ik de kwartaalcijfers presenteren, maar ik sta niet graag "
            "voor de groep.",
            "Vóór [datum] ga ik de kwartaalcijfers presenteren, met als bewijs [hoe gemeten], "
            "zoals de locatiemanager wil. Ik sta niet graag voor de groep.",
        ),
        (
            "en",
            "The store manager wants me to do the cold calls but honestly I hate the phone.",
            "By [date], I will do the cold calls, with [how measured] as evidence, as the store "
            "manager wants. Honestly I hate the phone.",
        ),
    ],
)
def test_a_dislike_inside_the_wishs_sentence_is_cut_off_as_a_remark(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Sanne asked me to take over the supplier calls (about 30 a week).",
            "Until [date], I will take over the supplier calls (about 30 a week), as Sanne asked.",
        ),
        (
            "nl",
            "Mijn chef wil dat ik de bestellingen van de bar overneem (zo'n 20 per week).",
            "Tot [datum] ga ik de bestellingen van de bar overnemen (zo'n 20 per week), zoals "
            "mijn chef wil.",
        ),
    ],
)
def test_a_closing_bracket_stays_with_the_writers_clause(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Is het mogelijk dat ik een maand meedraai met de nachtploeg?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een maand met de nachtploeg ga meedraaien.",
        ),
        (
            "nl",
            "Zou het mogelijk zijn dat ik een dag per week bij de inkoop meekijk? Dan leer ik hoe "
            "de contracten werken.",
            # the gain told in the writer's own verb is the step's purpose (session 39, asked39)
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een dag per week bij de inkoop ga meekijken, zodat ik kan leren hoe de contracten werken.",
        ),
        (
            "en",
            "Is it possible that I join the quality audits for a quarter?",
            "By [date], I will agree with my manager on whether I join the quality audits for a quarter, with [how measured] as evidence.",
        ),
        (
            "en",
            "Is it ok if I shadow the night auditor for two weeks?",
            "By [date], I will agree with my manager on whether I shadow the night auditor for two weeks.",
        ),
    ],
)
def test_a_possibility_asked_with_the_writers_clause_is_the_step(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "De nieuwe kassasoftware vind ik nog lastig. Mag ik daar een middag uitleg over "
            "krijgen van de supervisor?",
            "De nieuwe kassasoftware vind ik nog lastig. Vóór [datum] ga ik daar een middag "
            "uitleg over krijgen van de supervisor, met als bewijs [hoe gemeten], in overleg met "
            "mijn leidinggevende.",
        ),
        (
            "nl",
            "Ik heb moeite met de subsidieaanvragen. Kan ik een keer met de fondsenwerver "
            "meekijken?",
            "Ik heb moeite met de subsidieaanvragen. Vóór [datum] ga ik een keer met de "
            "fondsenwerver meekijken, in overleg met mijn leidinggevende.",
        ),
        (
            "en",
            "I struggle with the rostering tool. Could I sit in on the weekly planning with Marco?",
            "I struggle with the rostering tool. By [date], I will sit in on the weekly planning "
            "with Marco, with [how measured] as evidence, agreed with my manager.",
        ),
    ],
)
def test_a_difficulty_told_first_stays_before_the_step_asked_for_it(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Boekhouden, misschien een cursus?",
            "Vóór [datum] ga ik een cursus over boekhouden volgen, met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Lassen (MIG) op aluminium, evt. een cursus?",
            "Vóór [datum] ga ik een cursus over lassen (MIG) op aluminium volgen.",
        ),
        (
            "nl",
            "Excel-draaitabellen, eventueel een cursus?",
            "Vóór [datum] ga ik een cursus over Excel-draaitabellen volgen.",
        ),
        ("en", "Bookkeeping, maybe a course?", "By [date], I will take a course on bookkeeping."),
        (
            "en",
            "Forklift driving, maybe a course?",
            "By [date], I will take a course on forklift driving.",
        ),
    ],
)
def test_a_course_weighed_after_a_bare_field_is_a_course_on_it(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_an_act_weighed_with_a_course_keeps_the_act_as_its_purpose() -> None:
    # 'Heftruck rijden' is an act: the course serves it, no course 'over heftruck rijden'
    rewrite = well_rewritten(CHECKER, "Heftruck rijden, misschien een cursus?", "nl")
    assert "zodat ik heftruck kan rijden" in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "My supervisor says I am too quiet in meetings and I should speak up more.",
            "My supervisor says I am too quiet in meetings. By [date], I will speak up more, from "
            "[current number] to [target number], with [how measured] as evidence, as my "
            "supervisor says.",
        ),
        (
            "en",
            "My team lead thinks my reports are too long, so I should write shorter handover "
            "notes.",
            "My team lead thinks my reports are too long. By [date], I will write shorter "
            "handover notes, from [current number] to [target number], with [how measured] as "
            "evidence, as my team lead advises.",
        ),
        (
            "nl",
            "De chef vindt dat mijn mise-en-place te traag gaat, dus ik moet de voorbereiding "
            "strakker plannen.",
            "De chef vindt dat mijn mise-en-place te traag gaat. Vóór [datum] moet ik de "
            "voorbereiding strakker plannen, met als bewijs [hoe gemeten], volgens de chef.",
        ),
    ],
)
def test_a_view_of_the_writers_work_stays_and_the_duty_after_it_is_credited(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "My mentor keeps asking me to present at the Monday meeting.",
            "By [date], I will present at the Monday meeting, as my mentor keeps asking.",
        ),
        (
            "nl",
            "Mijn chef blijft zeggen dat ik de heftruckcursus moet doen.",
            "Vóór [datum] ga ik de heftruckcursus doen, zoals mijn chef blijft zeggen.",
        ),
    ],
)
def test_a_voice_that_goes_on_is_one_verb_credited_whole(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected
