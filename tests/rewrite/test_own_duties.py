"""The writer's own part of a duty that is nobody's, someone else's, or granted by others.

Issue #12 point 3: an impersonal or imposed goal becomes the writer's own controllable part.
Three kinds, each with fresh goals written for the category (none from the measured sets):

1. An existential duty ("Er moet ... staan", "There must be ..."): "zorg ik ervoor dat er ...
   staat" / "I will make sure that there is ...". Dutch makes the clause subordinate, so the
   others' modal goes and its infinitive becomes the finite verb at the end, agreeing with the
   modal's number ("moet ... hangen" -> "hangt", "moeten ... komen" -> "komen").
2. A passive duty ("X moeten beter worden ingewerkt", "X must be trained"): the modal goes,
   the passive stays ("dat X beter ... worden ingewerkt", "that X are trained"); a
   preposition whose object is the next clause ("op de hoogte worden gehouden van wat ...")
   stays with that clause, never inside the verb cluster.
3. Something others grant ("een vaste plek krijgen", "be offered a role", A003): the writer's
   own behaviour is asked for, and the granted thing with its verb becomes its purpose
   ("..., om een vaste plek te krijgen binnen de afdeling").

Each rewrite, once its placeholders are filled, passes A; the broken siblings the frames can
make show a seam, and their whole siblings do not.
"""

from __future__ import annotations

import re

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.own import finite_nl
from smartcheck.fixing.rewrite.style import style_for
from tests.conftest import REF
from tests.support.rewrite_quality import fill
from tests.support.rewriting import seam_kinds, shown_rewrite

CHECKER = Checker()


def _own(text: str, lang: str) -> str:
    """The rewrite shown for a goal that fails A, asserted to pass A once filled in."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.criteria[Criterion.A].passed, "the example must fail A"
    rewrite = shown_rewrite(CHECKER, text, lang)
    style = style_for(CHECKER.context(lang).pack)
    assert style is not None
    again = CHECKER.check(fill(rewrite, style, lang), lang=lang, reference_date=REF)
    assert again.criteria[Criterion.A].passed, rewrite
    return rewrite


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Er moet elke ochtend een collega bij de ingang staan.",
            "zorg ik ervoor dat er elke ochtend een collega bij de ingang staat",
        ),
        (
            "Er moet op elke verdieping een brandmelder hangen.",
            "zorg ik ervoor dat er op elke verdieping een brandmelder hangt",
        ),
        (
            "Er moeten vóór de zomer twee nieuwe vrijwilligers komen voor de voedselbank.",
            "zorg ik ervoor dat er twee nieuwe vrijwilligers voor de voedselbank komen",
        ),
        (
            "Er moet een vast aanspreekpunt zijn voor nieuwe huurders.",
            "zorg ik ervoor dat er een vast aanspreekpunt voor nieuwe huurders is",
        ),
        (
            "Er moet elke avond iemand de kassa tellen.",
            "zorg ik ervoor dat er elke avond iemand de kassa telt",
        ),
    ],
)
def test_dutch_existential_duty_becomes_the_writers_part(text: str, clause: str) -> None:
    own = _own(text, "nl")
    assert clause in own
    assert not re.search(r"\b(moet|moeten)\b", own)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "There should be a weekly stand-up for the support team.",
            "I will make sure that there is a weekly stand-up for the support team",
        ),
        (
            "There needs to be a clear handover between the night and day shifts.",
            "I will make sure that there is a clear handover between the night and day shifts",
        ),
        (
            "There have to be two staff members at the pool during swimming lessons.",
            "I will make sure that there are two staff members at the pool",
        ),
    ],
)
def test_english_existential_duty_becomes_the_writers_part(text: str, clause: str) -> None:
    own = _own(text, "en")
    assert clause in own
    assert not re.search(r"\b(must|should|needs? to|have to)\b", own)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "There should be fewer mistakes in the invoices.",
            "that there are fewer mistakes in the invoices",
        ),
        (
            "There needs to be two people at the front desk every morning.",
            "that there are two people at the front desk",
        ),
        ("There must be a spare key at reception.", "that there is a spare key at reception"),
    ],
)
def test_the_english_existential_verb_agrees_with_the_noun_after_it(text: str, clause: str) -> None:
    assert clause in _own(text, "en")


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "De bewoners moeten beter worden betrokken bij wat er op de afdeling gebeurt.",
            "dat de bewoners beter worden betrokken bij wat er op de afdeling gebeurt",
        ),
        (
            "De klanten moeten sneller worden geholpen aan de balie.",
            "dat de klanten sneller aan de balie worden geholpen",
        ),
        (
            "Nieuwe collega's moeten beter worden ingewerkt in de eerste week.",
            "dat nieuwe collega's beter in de eerste week worden ingewerkt",
        ),
        (
            "Er moeten meer gesprekken worden gevoerd met de ouders.",
            "dat er meer gesprekken met de ouders worden gevoerd",
        ),
    ],
)
def test_dutch_passive_duty_keeps_its_passive(text: str, clause: str) -> None:
    own = _own(text, "nl")
    # or the aim of a concrete step when what it compares is no count (session 42)
    aim = "zodat " + clause.removeprefix("dat ")
    assert "zorg ik ervoor " + clause in own or aim in own
    assert not re.search(r"\b(moet|moeten)\b", own)


def test_a_preposition_of_the_next_clause_stays_out_of_the_verbs() -> None:
    own = _own(
        "Gasten moeten beter op de hoogte worden gehouden van wat de keuken die dag serveert.",
        "nl",
    )
    assert "op de hoogte worden gehouden van wat de keuken die dag serveert" in own


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "New volunteers should be trained before their first shift.",
            "I will make sure that new volunteers are trained before their first shift",
        ),
        (
            "The warehouse needs to be cleaned every Friday.",
            "I will make sure that the warehouse is cleaned every Friday",
        ),
        (
            "Complaints have to be answered faster by the support team.",
            "I will make sure that complaints are answered faster by the support team",
        ),
    ],
)
def test_english_passive_duty_keeps_its_passive(text: str, clause: str) -> None:
    own = _own(text, "en")
    assert clause in own


@pytest.mark.parametrize(
    ("text", "lang", "purpose"),
    [
        (
            "Ik wil een vaste plek krijgen binnen de afdeling.",
            "nl",
            ", om een vaste plek te krijgen binnen de afdeling.",
        ),
        (
            "Ik zou graag een loonsverhoging ontvangen.",
            "nl",
            ", om een loonsverhoging te ontvangen.",
        ),
        (
            "Ik hoop dit jaar meer waardering te krijgen van mijn leidinggevende.",
            "nl",
            ", om dit jaar meer waardering te krijgen van mijn leidinggevende.",
        ),
        (  # a time after the verb goes before it in the Dutch purpose
            "Ik zou graag een loonsverhoging krijgen dit jaar.",
            "nl",
            ", om dit jaar een loonsverhoging te krijgen.",
        ),
        (
            "I hope to be offered a team lead role.",
            "en",
            ", in order to be offered a team lead role.",
        ),
        (
            "I'd like to receive more recognition from my manager.",
            "en",
            ", in order to receive more recognition from my manager.",
        ),
        (
            "I want to get a permanent contract next year.",
            "en",
            ", in order to get a permanent contract next year.",
        ),
    ],
)
def test_something_granted_becomes_the_purpose_of_the_writers_behaviour(
    text: str, lang: str, purpose: str
) -> None:
    own = _own(text, lang)
    behaviour = "[concreet gedrag]" if lang == "nl" else "[concrete behaviour]"
    assert own.endswith(purpose)
    assert behaviour in own


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Het rapport moet vóór vrijdag de deur uit.",
            "zorg ik ervoor dat het rapport de deur uitgaat",
        ),
        (
            "De offertes moeten sneller de deur uit.",
            "zorg ik ervoor dat de offertes sneller de deur uitgaan",
        ),
    ],
)
def test_a_duty_with_only_a_particle_takes_the_verb_of_motion(text: str, clause: str) -> None:
    own = _own(text, "nl")
    assert clause in own
    assert "moet" not in own


@pytest.mark.parametrize(
    ("text", "lang", "clause"),
    [
        (
            "Department goal: support staff must answer every ticket within a day.",
            "en",
            "I will make sure that support staff answers every ticket within a day",
        ),
        (
            "Afdelingsdoel: de wachttijd aan de balie moet korter.",
            "nl",
            "zorg ik ervoor dat de wachttijd aan de balie korter wordt",
        ),
    ],
)
def test_a_label_naming_whose_goal_it_is_stays_out(text: str, lang: str, clause: str) -> None:
    own = _own(text, lang)
    assert clause in own
    assert ":" not in own


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Er dient elke maand een teamoverleg plaats te vinden.",
            "zorg ik ervoor dat er elke maand een teamoverleg plaats vindt",
        ),
        (
            "Medewerkers dienen hun uren elke week in te vullen.",
            "zorg ik ervoor dat medewerkers hun uren elke week invullen",
        ),
        (
            "De stagiair dient het verslag vóór vrijdag af te ronden.",
            "zorg ik ervoor dat de stagiair het verslag afrondt",
        ),
    ],
)
def test_a_duty_with_te_loses_its_te(text: str, clause: str) -> None:
    own = _own(text, "nl")
    assert clause in own
    assert not re.search(r"\b(dient|dienen|te)\b", own)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Het is belangrijk dat de leerlingen hun huiswerk maken.",
            "zorg ik ervoor dat de leerlingen hun huiswerk maken",
        ),
        (
            "Het is nodig dat het team elke week de voorraad telt.",
            "zorg ik ervoor dat het team elke week de voorraad telt",
        ),
        (
            "Het is de bedoeling dat het team sneller moet reageren op meldingen.",
            "zorg ik ervoor dat het team sneller op meldingen reageert",
        ),
    ],
)
def test_an_impersonal_judgement_gives_way_to_the_writers_part(text: str, clause: str) -> None:
    own = _own(text, "nl")
    assert clause in own
    assert not own.lower().startswith("het is")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik hoop dat ik een vaste aanstelling krijg.", "nl"),
        ("I hope my manager gives me more responsibility.", "en"),
    ],
)
def test_a_wished_clause_with_its_own_subject_is_no_purpose(text: str, lang: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    purpose = "om " if lang == "nl" else "in order to "
    assert all(purpose not in rewrite for rewrite in report.rewrites), report.rewrites


def test_a_plural_writer_takes_a_plural_verb() -> None:
    own = _own("Wij willen dat de stagiairs elke vrijdag een logboek bijhouden.", "nl")
    assert "zorgen wij ervoor dat de stagiairs elke vrijdag een logboek bijhouden" in own


@pytest.mark.parametrize(
    ("infinitive", "form"),
    [("tellen", "telt"), ("vullen", "vult"), ("stoppen", "stopt"), ("hangen", "hangt")],
)
def test_a_short_vowel_stays_short_in_the_finite_verb(infinitive: str, form: str) -> None:
    style = style_for(CHECKER.context("nl").pack)
    assert style is not None
    assert finite_nl(infinitive, False, style) == form


# (lang, goal, broken candidate, the seam it shows, its whole sibling)
SIBLINGS = [
    (  # the others' duty kept after the writer's committed verb
        "nl",
        "Nieuwe collega's moeten beter worden ingewerkt in de eerste week.",
        "Vóór [datum] ga ik nieuwe collega's moeten beter worden ingewerkt in de eerste week.",
        "two_modals",
        "Vóór [datum] zorg ik ervoor dat nieuwe collega's beter in de eerste week worden "
        "ingewerkt.",
    ),
    (
        "nl",
        "Er moeten vóór de zomer twee nieuwe vrijwilligers komen voor de voedselbank.",
        "Ik ga er moeten vóór de zomer twee nieuwe vrijwilligers komen voor de voedselbank.",
        "two_modals",
        "Vóór de zomer zorg ik ervoor dat er twee nieuwe vrijwilligers voor de voedselbank komen.",
    ),
    (  # the whole duty clause inside the purpose
        "nl",
        "Er moet elke week iemand de vaatwasser uitruimen.",
        "Tot [datum] ga ik [concreet gedrag], om er moet elke week iemand de vaatwasser uit "
        "te ruimen.",
        "two_finite",
        "Tot [datum] zorg ik ervoor dat er elke week iemand de vaatwasser uitruimt.",
    ),
    (  # the preposition of the next clause inside the verb cluster
        "nl",
        "Gasten moeten beter op de hoogte worden gehouden van wat de keuken die dag serveert.",
        "Vóór [datum] zorg ik ervoor dat gasten beter op de hoogte van worden gehouden wat de "
        "keuken die dag serveert.",
        "word_order",
        "Vóór [datum] zorg ik ervoor dat gasten beter op de hoogte worden gehouden van wat de "
        "keuken die dag serveert.",
    ),
    (  # the duty modal kept inside the own part
        "nl",
        "Er moet elke ochtend een collega bij de ingang staan.",
        "Tot [datum] zorg ik ervoor dat er elke ochtend een collega bij de ingang moet staan.",
        "two_modals",
        "Tot [datum] zorg ik ervoor dat er elke ochtend een collega bij de ingang staat.",
    ),
    (  # a particle written onto the others' modal
        "nl",
        "De offertes moeten sneller de deur uit.",
        "Vóór [datum] zorg ik ervoor dat de offertes sneller de deur uitmoeten.",
        "two_modals",
        "Vóór [datum] zorg ik ervoor dat de offertes sneller de deur uitgaan.",
    ),
    (  # the 'te' of a dropped 'dient ... te' left before the finite verb
        "nl",
        "Er dient elke maand een teamoverleg plaats te vinden.",
        "Tot [datum] zorg ik ervoor dat er elke maand een teamoverleg plaats te vindt.",
        "lost_tense",
        "Tot [datum] zorg ik ervoor dat er elke maand een teamoverleg plaats vindt.",
    ),
    (
        "nl",
        "Medewerkers dienen hun uren elke week in te vullen.",
        "Tot [datum] zorg ik ervoor dat medewerkers hun uren elke week in te vullen.",
        "lost_tense",
        "Tot [datum] zorg ik ervoor dat medewerkers hun uren elke week invullen.",
    ),
    (  # the existential verb agreeing with 'there', not with the noun after it
        "en",
        "There should be fewer mistakes in the invoices.",
        "By [date], I will make sure that there is fewer mistakes in the invoices.",
        "lost_tense",
        "By [date], I will make sure that there are fewer mistakes in the invoices.",
    ),
    (  # a wish kept as the purpose, with the clause it wished for
        "en",
        "I hope my manager gives me more responsibility.",
        "By [date], I will [concrete behaviour], in order to hope my manager gives me more "
        "responsibility.",
        "two_modals",
        "By [date], I will ask my manager to give me more responsibility.",
    ),
    (  # the others' duty clause inside the purpose
        "en",
        "There must be a first aider on site.",
        "By [date], I will [concrete behaviour], in order to there must be a first aider on site.",
        "two_finite",
        "By [date], I will make sure that there is a first aider on site.",
    ),
    (  # the label of the goal copied into the own part, whatever its case
        "en",
        "Department goal: support staff must answer every ticket within a day.",
        "Until [date], I will make sure that department goal: support staff answers every "
        "ticket within a day.",
        "residue",
        "Until [date], I will make sure that support staff answers every ticket within a day.",
    ),
    (  # a purpose that lost its 'te'
        "nl",
        "Ik wil een vaste plek krijgen binnen de afdeling.",
        "Vóór [datum] ga ik [concreet gedrag], om een vaste plek krijgen binnen de afdeling.",
        "word_order",
        "Vóór [datum] ga ik [concreet gedrag], om een vaste plek te krijgen binnen de afdeling.",
    ),
    (  # the frame's verb for one writer beside a plural writer
        "nl",
        "Wij willen dat de stagiairs elke vrijdag een logboek bijhouden.",
        "Tot [datum] zorg wij ervoor dat de stagiairs elke vrijdag een logboek bijhouden.",
        "lost_tense",
        "Tot [datum] zorgen wij ervoor dat de stagiairs elke vrijdag een logboek bijhouden.",
    ),
    (
        "en",
        "There should be a weekly stand-up for the support team.",
        "By [date], I will make sure that there should be a weekly stand-up for the support team.",
        "two_modals",
        "By [date], I will make sure that there is a weekly stand-up for the support team.",
    ),
    (  # a passive whose 'be' was never made finite
        "en",
        "Parents must be kept informed about the daily schedule.",
        "By [date], I will make sure that parents be kept informed about the daily schedule.",
        "lost_tense",
        "By [date], I will make sure that parents are kept informed about the daily schedule.",
    ),
    (  # a participle right after 'in order to'
        "en",
        "I hope to be offered a team lead role.",
        "By [date], I will [concrete behaviour], in order to offered a team lead role.",
        "lost_tense",
        "By [date], I will [concrete behaviour], in order to be offered a team lead role.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "kind", "whole"), SIBLINGS)
def test_a_broken_sibling_shows_its_seam(
    lang: str, goal: str, broken: str, kind: str, whole: str
) -> None:
    assert kind in seam_kinds(CHECKER, lang, goal, broken)


@pytest.mark.parametrize(("lang", "goal", "broken", "kind", "whole"), SIBLINGS)
def test_its_whole_sibling_passes(lang: str, goal: str, broken: str, kind: str, whole: str) -> None:
    assert seam_kinds(CHECKER, lang, goal, whole) == set()
