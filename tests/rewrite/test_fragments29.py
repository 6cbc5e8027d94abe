"""Bare fragments, vague wishes with the situation after them, a routine without a measure,
and the parts of a line that got moved or dropped (session 29), by category.

- a field named only as 'something with' it, maybe with a suggested example ('iets met X,
  misschien Y?'): the wish to learn about it, the example kept (vague_topics.py);
- a bare Dutch act with a relative clause after its verbs ('Rapporten schrijven die de klant
  begrijpt'): the writer's infinitive phrase, committed with its clause (frame.py, seams);
- a comparative aim of knowledge with a range written short ('A t/m D', 'en/of'): the
  purpose frame keeps it whole (nominal.py, reading/sentence_ends.py);
- a vague wish, then the present situation with what it leads to ('... en dan moeten er
  ...'): the wish rewritten, the situation kept as written (reading/anatomy/situation.py);
- a place the writer wants to be more often, told without a verb ('vaker de wijk in, nu zit
  ik ...'): the wish to go or be there, with its count (frequent_places.py); 'ga ... gaan'
  never (frame.py);
- a bracketed aside after the verb stays after it in the purpose (purpose.py);
- a topic line whose comment names the means ('X / Y - get better at Z for this'): Z kept
  (bare_topics.py, labels.py).

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "iets met data-analyse, misschien Power BI?",
            "Vóór [datum] ga ik leren over data-analyse, bijvoorbeeld Power BI, met als bewijs "
            "[hoe gemeten], zodat ik [concreet gedrag] kan.",
        ),
        (
            "nl",
            "Iets rond duurzaamheid in de bouw",
            "Vóór [datum] ga ik leren over duurzaamheid in de bouw, met als bewijs [hoe "
            "gemeten], zodat ik [concreet gedrag] kan.",
        ),
        (
            "en",
            "something with cloud, maybe Azure?",
            "By [date], I will learn about cloud, for example Azure, with [how measured] as "
            "evidence.",
        ),
        (
            "en",
            "Something to do with logistics - maybe customs?",
            "By [date], I will learn about logistics, for example customs, with [how measured] "
            "as evidence, so that I can [concrete behaviour].",
        ),
    ],
)
def test_a_field_named_as_something_with_it_is_the_wish_to_learn_it(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rapporten schrijven die de klant in één keer begrijpt",
            "Vóór [datum] ga ik rapporten schrijven die de klant in één keer begrijpt.",
        ),
        (
            "Werkinstructies opstellen die nieuwe collega's zonder hulp kunnen volgen",
            "Vóór [datum] ga ik werkinstructies opstellen die nieuwe collega's zonder hulp "
            "kunnen volgen, met als bewijs [hoe gemeten].",
        ),
        (
            "Presentaties geven die het publiek boeien",
            "Vóór [datum] ga ik presentaties geven die het publiek boeien, met als bewijs [hoe "
            "gemeten].",
        ),
    ],
)
def test_a_bare_act_keeps_its_relative_clause(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "nl") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "3. Meer kennis van de veiligheidsklassen A t/m D",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer kennis "
            "te hebben van de veiligheidsklassen A t/m D.",
        ),
        (
            "nl",
            "Meer kennis van de wet en/of de cao",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer kennis "
            "te hebben van de wet en/of de cao.",
        ),
        (
            "en",
            "More knowledge of the GDPR articles 12 to 22",
            "By [date], I will [concrete behaviour] for more knowledge of the GDPR articles 12 "
            "to 22.",
        ),
    ],
)
def test_more_knowledge_keeps_its_range(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Beter worden in plannen. Ik plan nu vaak te veel klanten op één dag en dan moeten "
            "collega's bijspringen.",
            "Vóór [datum] ga ik [concreet gedrag] in plannen. Ik plan nu vaak te veel klanten op "
            "één dag en dan moeten collega's bijspringen.",
        ),
        (
            "en",
            "Get better at purchasing. I often order too many copies and then the returns have "
            "to go back to the warehouse.",
            "By [date], I will [concrete behaviour] when purchasing, with [how measured] as "
            "evidence. I often order too many copies and then the returns have to go back to "
            "the warehouse.",
        ),
        (
            "en",
            "Better at scheduling. I often book too many clients in one day.",
            "By [date], I will [concrete behaviour] in scheduling. I often book too many "
            "clients in one day.",
        ),
    ],
)
def test_the_situation_after_a_vague_wish_stays_as_written(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Vaker de wijk in, nu zit ik te veel achter mijn bureau",
            "Vóór [datum] zal ik vaker de wijk in gaan, van [huidig aantal] naar [streefaantal], "
            "met als bewijs [hoe gemeten]. Nu zit ik te veel achter mijn bureau.",
        ),
        (
            "nl",
            "Dit kwartaal vaker naar de klant, nu doe ik alles telefonisch.",
            "Ik zal dit kwartaal vaker naar de klant gaan, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten]. Nu doe ik alles telefonisch.",
        ),
        (
            "en",
            "More often on the shop floor, now I sit at my desk too much.",
            "By [date], I will be more often on the shop floor, from [current number] to "
            "[target number], with [how measured] as evidence. Now I sit at my desk too much.",
        ),
        (
            "nl",
            "Ik wil vaker naar de sportschool gaan.",
            "Vóór [datum] zal ik vaker naar de sportschool gaan, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_place_wished_more_often_is_gone_to_or_been_at(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mijn Engels verbeteren (vooral spreken)",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om mijn Engels "
            "te verbeteren (vooral spreken).",
        ),
        (
            "Mijn rapportages verbeteren (vooral de conclusies)",
            "Vóór [datum] ga ik [concreet gedrag], om mijn rapportages te verbeteren (vooral de "
            "conclusies).",
        ),
    ],
)
def test_a_bracket_stays_after_the_words_it_was_after(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "nl") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "payroll / recruitment - get better at Excel lookups for this",
            "In payroll / recruitment, by [date], I will [concrete behaviour] in Excel lookups "
            "for this, with [how measured] as evidence.",
        ),
        (
            "en",
            "warehouse / shipping - get better at SAP transactions for this",
            "In warehouse / shipping, by [date], I will [concrete behaviour] in SAP "
            "transactions for this, with [how measured] as evidence.",
        ),
        (
            "nl",
            "Inkoop: beter worden in Excel-draaitabellen",
            "Vóór [datum] ga ik bij inkoop [concreet gedrag] in Excel-draaitabellen, met als "
            "bewijs [hoe gemeten].",
        ),
        (
            "en",
            "Chairing meetings - need to work on this",
            "By [date], I will [concrete behaviour] when chairing meetings, with [how measured] as "
            "evidence.",
        ),
    ],
)
def test_a_topic_line_keeps_the_means_after_its_dash(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected
