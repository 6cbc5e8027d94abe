"""Someone else's aim with the writer's feeling, the situation, a result reached by a date or
a wished state beside it (rewrite/wish_aside.py, checker ``_wish_aside``; aims.py and
taken_on.clause_reason, checker ``_aimed``).

- a feeling about the aim ("Finding that a bit daunting", "Vind ik best spannend"): the aim
  becomes the writer's own with its credit, the feeling stays as written and is never
  committed to;
- the situation told in the past ("Bij de laatste controle bleven er ... open staan"): it
  stays told, the aim becomes the writer's own with its credit;
- a result already reached by a date, told in the perfect ("Voor de zomervakantie heb ik er
  minstens tien alleen gedaan", "By March I will have done three on my own"): that is the
  commitment, the aim its purpose with its credit;
- a wished state told as a clause ("De directeur wil dat er een nieuw kassasysteem komt")
  with the writer's hedged step: the step is the goal, the state the result it brings.

The fixtures are fresh goals from fields of their own (a helpdesk, a hotel kitchen, a bike
shop, a pharmacy, a bakery, a florist, a dental practice, a warehouse).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.aims import aim_and_step, others_clause
from smartcheck.fixing.rewrite.pointed_step import Act, described_after, pointed_step
from smartcheck.fixing.rewrite.wish_aside import feels, tells_past, told_as_sentence, wished_at
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, well_rewritten

CHECKER = Checker()

# (lang, the other's wish, the feeling after it, what the writer's own part holds, credit)
FEELINGS = [
    (
        "en",
        "My manager wants me to chair the Monday stand-up for the helpdesk team.",
        "Finding that a bit daunting.",
        "I will chair the Monday stand-up for the helpdesk team",
        "as my manager wants",
    ),
    (
        "en",
        "Our head chef wants me to run the pastry section on weekends.",
        "Honestly I find that quite scary.",
        "I will run the pastry section on weekends",
        "as our head chef wants",
    ),
    (
        "en",
        "My team lead wants me to handle the supplier calls for the bike parts.",
        "I'm nervous about it to be honest.",
        "I will handle the supplier calls for the bike parts",
        "as my team lead wants",
    ),
    (
        "nl",
        "Mijn leidinggevende wil dat ik het overleg met de apotheekleveranciers overneem.",
        "Vind ik best spannend.",
        "ga ik het overleg met de apotheekleveranciers overnemen",
        "zoals mijn leidinggevende wil",
    ),
    (
        "nl",
        "De bedrijfsleider wil dat ik de kassa-afsluiting van de bakkerij zelf doe.",
        "Dat vind ik nog eng.",
        "ga ik de kassa-afsluiting van de bakkerij zelf doen",
        "zoals de bedrijfsleider wil",
    ),
]


@pytest.mark.parametrize(("lang", "wish", "feeling", "own", "credit"), FEELINGS)
def test_a_feeling_about_the_aim_stays_as_written_after_the_writers_own_part(
    lang: str, wish: str, feeling: str, own: str, credit: str
) -> None:
    rewrite = well_rewritten(CHECKER, f"{wish} {feeling}", lang)
    assert own in rewrite
    assert credit in rewrite
    assert rewrite.endswith(f" {feeling}")  # kept as written, after the goal
    assert rewrite.count(feeling.rstrip(".")) == 1  # never made the goal as well


# (lang, the other's wish, the situation told in the past, the writer's own part)
SITUATIONS = [
    (
        "nl",
        "Mijn praktijkmanager wil dat ik vaker zelf de recall-lijst van de tandartspraktijk bel.",
        "Bij de laatste controle bleven er veel afspraken open staan.",
        "ga ik vaker zelf de recall-lijst van de tandartspraktijk bellen",
    ),
    (
        "nl",
        "Mijn chef wil dat ik de bestellingen van de bloemisterij beter bijhoud.",
        "Door fouten in de agenda bleven er veel bestellingen liggen.",
        "om de bestellingen van de bloemisterij beter bij te houden",
    ),
    (
        "en",
        "Our office manager wants me to answer every customer email within one working day.",
        "Last month three customers complained about slow replies.",
        "I will answer every customer email within one working day",
    ),
]


@pytest.mark.parametrize(("lang", "wish", "situation", "own"), SITUATIONS)
def test_the_situation_stays_told_beside_the_writers_own_part(
    lang: str, wish: str, situation: str, own: str
) -> None:
    rewrite = well_rewritten(CHECKER, f"{wish} {situation}", lang)
    assert own in rewrite
    situation_words = situation.rstrip(".").split()
    assert all(w in rewrite for w in situation_words)


# (lang, the other's wish, the result reached by a date, the credit)
REACHED = [
    (
        "nl",
        "Mijn leidinggevende wil dat ik zelfstandig de leveringen in het magazijn controleer.",
        "Voor de zomervakantie heb ik er minstens tien alleen gedaan.",
        "zoals mijn leidinggevende wil",
    ),
    (
        "nl",
        "De praktijkmanager wil dat ik zelf de intakegesprekken voer.",
        "Voor het einde van het jaar heb ik er minstens acht gevoerd.",
        "zoals de praktijkmanager wil",
    ),
    (
        "en",
        "My supervisor wants me to do the stock counts in the bike shop on my own.",
        "By March I will have done three on my own.",
        "as my supervisor wants",
    ),
    (
        "en",
        "The pharmacy manager wants me to take over the weekly fridge temperature checks.",
        "By the end of my probation I will have done twelve of them without help.",
        "as the pharmacy manager wants",
    ),
]


@pytest.mark.parametrize(("lang", "wish", "reached", "credit"), REACHED)
def test_a_result_reached_by_a_date_is_the_commitment_and_the_aim_its_purpose(
    lang: str, wish: str, reached: str, credit: str
) -> None:
    rewrite = well_rewritten(CHECKER, f"{wish} {reached}", lang)
    assert rewrite.startswith(reached.rstrip("."))  # the writer's own dated result first
    purpose = rewrite_style(CHECKER, lang).frames.aim_purpose
    assert purpose is not None
    assert f", {purpose.split('{clause}')[0].strip()} " in rewrite  # 'so that I', 'zodat ik'
    assert rewrite.rstrip(".").endswith(credit)


# (the owner's wished state told as a clause, the writer's hedged step, its core)
WISHED_STATES = [
    (
        "De directeur wil dat er een nieuw kassasysteem komt voor de fietsenwinkel.",
        "Ik ga proberen me in Lightspeed te verdiepen, misschien via een webinar.",
        "ga ik me in Lightspeed verdiepen",
        "zodat er een nieuw kassasysteem komt voor de fietsenwinkel, zoals de directeur wil",
    ),
    (
        "De eigenaar wil dat er een vast bezorgrooster komt voor de bloemenwinkel.",
        "Ik ga proberen het rooster in Excel op te zetten, eventueel met hulp van Ruud.",
        "ga ik het rooster in Excel",
        "zodat er een vast bezorgrooster komt voor de bloemenwinkel, zoals de eigenaar wil",
    ),
]


@pytest.mark.parametrize(("wish", "step", "core", "result"), WISHED_STATES)
def test_a_wished_state_becomes_the_result_of_the_writers_own_step(
    wish: str, step: str, core: str, result: str
) -> None:
    rewrite = well_rewritten(CHECKER, f"{wish} {step}", "nl")
    assert core in rewrite
    assert rewrite.rstrip(".").endswith(result)
    assert "proberen" not in rewrite  # the hedge became a commitment


@pytest.mark.parametrize(
    ("lang", "text", "at"),
    [
        ("en", "Sales dropped last year. My manager wants me to call our ten largest clients.", 1),
        ("nl", "De directie verwacht dat ik de klachtenlijst bijhoud. Vind ik spannend.", 0),
        ("en", "My manager wants X done. The owner wants Y done.", None),  # two wishes
        ("nl", "Ik wil de klachtenlijst bijhouden. Vind ik spannend.", None),  # the writer's
    ],
)
def test_the_sentence_with_the_others_wish_is_found(lang: str, text: str, at: int | None) -> None:
    style = rewrite_style(CHECKER, lang)
    told = [CHECKER.parse(s, lang=lang, reference_date=REF) for s in text.split(". ")]
    assert wished_at(told, style) == at


@pytest.mark.parametrize(
    ("lang", "sentence", "feeling"),
    [
        ("en", "Finding that a bit daunting.", True),
        ("en", "I'm nervous about it.", True),
        ("nl", "Vind ik best spannend.", True),
        ("nl", "Ik zie er wel tegenop.", True),
        ("en", "I will be nervous about it less than twice a month by June.", False),  # a target
        ("nl", "Ik plan elke week een gesprek in.", False),
    ],
)
def test_a_feeling_is_told_by_its_word_and_holds_no_target(
    lang: str, sentence: str, feeling: bool
) -> None:
    parsed = CHECKER.parse(sentence, lang=lang, reference_date=REF)
    assert feels(parsed, CHECKER.context(lang)) is feeling


@pytest.mark.parametrize(
    ("lang", "sentence", "past"),
    [
        ("nl", "Bij de laatste controle bleven er veel afspraken open staan.", True),
        ("en", "Last quarter we lost two big orders.", True),
        ("en", "By March I will have done three on my own.", False),  # ahead, not behind
        ("nl", "Voor de zomer heb ik er tien gedaan.", False),
        ("nl", "Ik bel elke week de leveranciers.", False),
    ],
)
def test_only_a_sentence_in_the_past_tense_tells_the_situation(
    lang: str, sentence: str, past: bool
) -> None:
    assert tells_past(CHECKER.parse(sentence, lang=lang, reference_date=REF)) is past


@pytest.mark.parametrize(
    ("lang", "text", "step"),
    [
        (
            "nl",
            "Mijn chef wil dat ik de voorraad zelf tel. Voor de kerst heb ik er drie gedaan.",
            "Voor de kerst heb ik er drie gedaan.",
        ),
        (
            "en",
            "My boss wants me to count the stock alone. By the end of the month I'll have done "
            "two.",
            "By the end of the month I'll have done two.",
        ),
    ],
)
def test_a_step_whose_subject_follows_a_fronted_phrase_is_the_writers_own(
    lang: str, text: str, step: str
) -> None:
    found = aim_and_step(text, rewrite_style(CHECKER, lang))
    assert found is not None
    assert found.step == step  # no wish put in front of a step that has its subject


_FEELING_WORDS = {"en": ["daunting", "scary", "nerve-racking"], "nl": ["spannend", "eng"]}
_FEELING_FRAMES = {"en": "Finding that a bit {word}.", "nl": "Vind ik wel {word}."}
_WISHES = {
    "en": [
        "My manager wants me to lead the weekly safety walk in the warehouse.",
        "Our head of IT wants me to present the new ticket system to the sales team.",
    ],
    "nl": [
        "Mijn leidinggevende wil dat ik de wekelijkse veiligheidsronde in het magazijn leid.",
        "Onze afdelingschef wil dat ik het nieuwe ticketsysteem aan de verkoop presenteer.",
    ],
}


@settings(max_examples=8, deadline=None)
@given(
    lang=st.sampled_from(["en", "nl"]),
    pick=st.integers(min_value=0, max_value=1),
    word=st.integers(min_value=0, max_value=2),
)
def test_a_feeling_after_a_wish_is_never_committed_to(lang: str, pick: int, word: int) -> None:
    feeling = _FEELING_FRAMES[lang].format(
        word=_FEELING_WORDS[lang][word % 2 if lang == "nl" else word]
    )
    rewrite = well_rewritten(CHECKER, f"{_WISHES[lang][pick]} {feeling}", lang)
    assert rewrite.endswith(told_as_sentence(feeling))
    assert rewrite.count(feeling.rstrip(".")) == 1


# (lang, the other's wish, the step pointing back at its act, the act in the rewrite)
POINTED = [
    (
        "en",
        "My manager wants me to update the fault log in the service system.",
        "I'll try to do that every day before I go home.",
        "I will update the fault log in the service system every day before I go home",
    ),
    (
        "en",
        "Our practice manager wants me to check the emergency trolley.",
        "I'm going to try to do it every Monday morning.",
        "I will check the emergency trolley every Monday morning",
    ),
    (
        "nl",
        "Mijn teamleider wil dat ik de werkbonnen in het systeem bijwerk.",
        "ik ga proberen dat elke vrijdag te doen voordat ik naar huis ga",
        "ga ik de werkbonnen in het systeem elke vrijdag bijwerken voordat ik naar huis ga",
    ),
    (
        "nl",
        "Mijn chef wil dat ik de temperatuur van de koelcel controleer.",
        "Ik ga proberen dat elke ochtend te doen.",
        "ga ik de temperatuur van de koelcel elke ochtend controleren",
    ),
]


@pytest.mark.parametrize(("lang", "wish", "step", "act"), POINTED)
def test_a_step_pointing_back_at_the_act_is_told_with_that_act(
    lang: str, wish: str, step: str, act: str
) -> None:
    rewrite = well_rewritten(CHECKER, f"{wish} {step}", lang)
    assert act in rewrite
    credit = rewrite_style(CHECKER, lang).frames.as_wished
    assert credit is not None
    assert credit.split("{who}")[0] in rewrite  # 'as my manager wants', 'zoals ... wil'
    assert not any(w in rewrite.split() for w in ("try", "proberen"))


@pytest.mark.parametrize(
    ("lang", "wish", "described", "step"),
    [
        (
            "en",
            "My manager wants me to fill in the fault reports more carefully",
            "the error codes are often missing",
            "I'll try to do that every day before I go home.",
        ),
        (
            "nl",
            "Mijn teamleider wil dat ik de werkbonnen netter invul",
            "er ontbreken vaak artikelnummers",
            "Ik ga proberen dat elke dag te doen voordat ik naar huis ga.",
        ),
    ],
)
def test_a_description_after_the_aims_comma_stays_told_after_the_rewrite(
    lang: str, wish: str, described: str, step: str
) -> None:
    rewrite = well_rewritten(CHECKER, f"{wish}, {described}. {step}", lang)
    assert rewrite.endswith(f" {described[0].upper()}{described[1:]}.")


def test_a_list_after_the_aims_comma_is_no_description() -> None:
    style = rewrite_style(CHECKER, "en")
    sentence = "My manager wants me to check the fridge, the freezer and the walk-in cooler."
    _, aside = described_after(sentence, style)  # cut as a string, without the writer
    parsed = CHECKER.parse(aside, lang="en", reference_date=REF)
    assert not others_clause(parsed, style)  # but no clause: the checker does not keep it
    rewrite = well_rewritten(CHECKER, f"{sentence} I'll try to do that every morning.", "en")
    assert "the fridge, the freezer and the walk-in cooler every morning" in rewrite


@pytest.mark.parametrize(
    ("lang", "step", "act", "told"),
    [
        (
            "en",
            "I'll do it on Fridays.",
            Act("the stock list", "update"),
            "I'll update the stock list on Fridays.",
        ),
        (
            "nl",
            "Ik wil dat op vrijdag doen.",
            Act("de voorraadlijst", "bijwerken"),
            "Ik wil de voorraadlijst op vrijdag bijwerken.",
        ),
        (
            "nl",
            "Ik ga proberen dat elke week te doen.",
            Act("de voorraadlijst", "bijwerken"),
            "Ik ga proberen de voorraadlijst elke week bij te werken.",
        ),
        ("en", "I'll update the stock list on Fridays.", Act("the stock list", "update"), None),
    ],
)
def test_the_act_takes_the_pointers_place(lang: str, step: str, act: Act, told: str | None) -> None:
    style = rewrite_style(CHECKER, lang)
    particles = frozenset(CHECKER.context(lang).pack.words("separable_particles"))
    assert pointed_step(step, act, style, particles) == told
