"""A goal told as a target or a state without a verb (session 37), by category.

- a quantity with a direction and no verb, the phrase it counts in after the direction or
  the line a list item ('Uitval omlaag in de weekendploeg', '- missed calls at reception
  down'): the writer brings the count there, from a start to a target;
- a state without its verb ('Personeelsdossiers altijd up to date', 'Timesheets for the
  night shift always up to date'): the writer makes sure the thing is in that state, an
  absolute bounded;
- none of a thing any more as a noun phrase, a cause after it ('geen natte vloeren meer
  door slordig dweilen', 'No more scrapped boards because of rushing ...'): a bound target,
  never committed as an act;
- the seam for the broken shapes: such a target as the topic of the behaviour asked for, or
  committed after 'ga ik' / 'I will' without a verb of its own (seams/verbless_target.py).

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_tags, shown_rewrite

CHECKER = Checker()

# -- 1. a quantity with a direction and no verb ------------------------------------------------

#: (lang, goal, the rewrite shown)
DIRECTED = [
    (
        "nl",
        "Uitval omlaag in de weekendploeg",
        "Vóór [datum] ga ik uitval in de weekendploeg omlaag brengen, van [huidig aantal] naar "
        "[streefaantal], met als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "Wachttijd naar beneden bij de spoedpost",
        "Vóór [datum] ga ik wachttijd bij de spoedpost naar beneden brengen, van [huidig aantal] "
        "naar [streefaantal], met als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "- klachten over de bezorging omlaag",
        "Vóór [datum] ga ik klachten over de bezorging omlaag brengen, van [huidig aantal] naar "
        "[streefaantal], met als bewijs [hoe gemeten].",
    ),
    (
        "nl",  # M passes on a measure the judge knows: the target is still asked for
        "Doorlooptijd van offertes omlaag",
        "Vóór [datum] ga ik doorlooptijd van offertes omlaag brengen, van [huidig aantal] naar "
        "[streefaantal].",
    ),
    (
        "en",
        "Returns down at the Leeds depot",
        "By [date], I will bring the returns at the Leeds depot down, from [current number] to "
        "[target number], with [how measured] as evidence.",
    ),
    (
        "en",
        "Waiting times down at the front desk",
        "By [date], I will bring the waiting times at the front desk down, from [current "
        "number] to [target number], with [how measured] as evidence.",
    ),
    (
        "en",
        "- missed calls at reception down",
        "By [date], I will bring the missed calls at reception down, from [current number] to "
        "[target number], with [how measured] as evidence.",
    ),
]

# -- 2. a state without its verb ------------------------------------------------------------------

STATES = [
    (
        "nl",
        "Personeelsdossiers altijd up to date",
        "Vóór [datum] zorg ik ervoor dat personeelsdossiers in minstens [aantal] van de 10 gevallen up to "
        "date zijn, met als bewijs [hoe gemeten].",
    ),
    (
        "nl",  # a plural the lemmatizer left as it stood: 'zijn', never 'is'
        "De voorraadlijsten in het magazijn altijd op tijd klaar",
        "Vóór [datum] zorg ik ervoor dat de voorraadlijsten in het magazijn in minstens [aantal] van de "
        "10 gevallen op tijd klaar zijn, met als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "Mijn cursusmappen voor de nieuwe klas altijd op orde",
        "Vóór [datum] zorg ik ervoor dat mijn cursusmappen voor de nieuwe klas in minstens [aantal] van "
        "de 10 gevallen op orde zijn, met als bewijs [hoe gemeten].",
    ),
    (
        "en",
        "My expense claims always up to date",
        "By [date], I will make sure that my expense claims are up to date in at least [number] out of "
        "10 cases, with [how measured] as evidence.",
    ),
    (
        "en",
        "Timesheets for the night shift always up to date",
        "By [date], I will make sure that timesheets for the night shift are up to date in at least "
        "[number] out of 10 cases, with [how measured] as evidence.",
    ),
    (
        "en",
        "The rota for the summer in order",
        "By [date], I will make sure that the rota for the summer is in order, with [how "
        "measured] as evidence.",
    ),
]

# -- 3. none of a thing any more, without a verb --------------------------------------------------

NO_MORE = [
    (
        "nl",
        "geen natte vloeren meer door slordig dweilen in de gang",
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om hoogstens "
        "[aantal] natte vloeren te hebben door slordig dweilen in de gang.",
    ),
    (
        "nl",
        "Geen klachten meer over te koude maaltijden",
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om hoogstens "
        "[aantal] klachten te hebben over te koude maaltijden.",
    ),
    (
        "nl",
        "geen gemiste medicatierondes meer door te laat beginnen met de ronde",
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om hoogstens "
        "[aantal] gemiste medicatierondes te hebben door te laat beginnen met de ronde.",
    ),
    (
        "en",
        "No more scrapped boards because of rushing the reflow setup",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, with support "
        "from [who supports you], in order to have at most [number] scrapped boards because of "
        "rushing the reflow setup.",
    ),
    (
        "en",
        "Zero missed handovers on ward 4.",
        "By [date], I will [concrete behaviour], with support from [who supports you], in order "
        "to have at most [number] missed handovers on ward 4.",
    ),
    (
        "en",
        "No more double bookings because of the old calendar",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, with support "
        "from [who supports you], in order to have at most [number] double bookings because of "
        "the old calendar.",
    ),
]


#: (lang, a verb with its particle, then a phrase: the writer's act, never a count)
PHRASAL = [
    ("en", "Speak up in team meetings"),
    ("en", "Follow up on open quotes"),
    ("en", "Catch up on the backlog of invoices"),
]


@pytest.mark.parametrize(("lang", "goal"), PHRASAL)
def test_a_verbs_particle_before_a_phrase_is_no_direction(lang: str, goal: str) -> None:
    rewrite = shown_rewrite(CHECKER, goal, lang)
    assert goal[1:].lower() in rewrite
    assert " bring " not in rewrite


#: (lang, a count the writer moves with numbers of its own: no from-to target added)
OWN_NUMBERS = [
    ("en", "Cut my changeover time from 30 to 15 minutes"),
    ("nl", "Het aantal storingen verminderen van 12 naar 4 per week"),
]


@pytest.mark.parametrize(("lang", "goal"), OWN_NUMBERS)
def test_a_count_with_its_own_numbers_gets_no_from_to(lang: str, goal: str) -> None:
    rewrite = shown_rewrite(CHECKER, goal, lang)
    assert "[current number]" not in rewrite
    assert "[huidig aantal]" not in rewrite


@pytest.mark.parametrize(("lang", "goal", "rewrite"), DIRECTED + STATES + NO_MORE)
def test_a_verbless_target_gets_the_writers_verb(lang: str, goal: str, rewrite: str) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == rewrite


# -- 4. the seam for the broken shapes ------------------------------------------------------------

#: (lang, goal, a broken candidate, the tag of the check that finds it)
BROKEN = [
    (
        "nl",
        "Uitval omlaag in de weekendploeg",
        "Vóór [datum] ga ik voor uitval omlaag in de weekendploeg [concreet gedrag], met als "
        "bewijs [hoe gemeten].",
        "target-topic",
    ),
    (
        "nl",
        "Wachttijd naar beneden bij de spoedpost",
        "Vóór [datum] ga ik [concreet gedrag] in wachttijd naar beneden bij de spoedpost, met "
        "als bewijs [hoe gemeten].",
        "target-topic",
    ),
    (
        "nl",
        "Personeelsdossiers altijd up to date",
        "Vóór [datum] ga ik personeelsdossiers in minstens [aantal] van de 10 gevallen up to date, met "
        "als bewijs [hoe gemeten].",
        "target-act",
    ),
    (
        "nl",
        "Werkbonnen in Topdesk altijd up to date, geen losse briefjes meer!",
        "Werkbonnen moeten vóór [datum] in Topdesk in minstens [aantal] van de 10 gevallen up to date, "
        "geen losse briefjes meer, met als bewijs [hoe gemeten].",
        "target-duty",
    ),
    (
        "nl",
        "geen natte vloeren meer door slordig dweilen in de gang",
        "Vóór [datum] ga ik geen natte vloeren meer door slordig dweilen in de gang, met als "
        "bewijs [hoe gemeten].",
        "no-more-act",
    ),
    (
        "en",
        "My expense claims always up to date",
        "By [date], I will [concrete behaviour] for my expense claims up to date, with [how "
        "measured] as evidence.",
        "target-topic",
    ),
    (
        "en",
        "- machine logbooks up to date",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to "
        "machine logbooks up to date.",
        "target-state",
    ),
    (
        "en",
        "No more double bookings because of the old calendar",
        "By [date], I will no more double bookings because of the old calendar, with [how "
        "measured] as evidence.",
        "no-more-act",
    ),
]

#: (lang, goal, a whole candidate near those shapes)
WHOLE = [
    (
        "nl",
        "Geen taken meer voor anderen doen",
        "Vóór [datum] ga ik geen taken meer voor anderen doen, met als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "Het magazijn op orde",
        "Vóór [datum] zorg ik ervoor dat het magazijn op orde is, met als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "Minder haast bij het schoonmaken, ik wil nooit meer een klacht over de hygiëne",
        "Minder haast bij het schoonmaken, ik wil nooit meer een klacht over de hygiëne. Hoe "
        "gemeten: [hoe gemeten]; Wanneer: [datum].",
    ),
    (
        "en",
        "Improve our cleaning checklist and write it down properly",
        "By [date], I will [concrete behaviour] for our cleaning checklist and write it down "
        "properly, with [how measured] as evidence.",
    ),
    (
        "en",
        "Keep the timesheets up to date",
        "By [date], I will keep the timesheets up to date, with [how measured] as evidence.",
    ),
    (
        "en",
        "Returns down at the Leeds depot",
        "By [date], I will bring the returns at the Leeds depot down, from [current number] to "
        "[target number], with [how measured] as evidence.",
    ),
]

_TAGS = {"target-topic", "target-act", "target-duty", "target-state", "no-more-act"}


@pytest.mark.parametrize(("lang", "goal", "candidate", "tag"), BROKEN)
def test_a_target_glued_in_without_a_verb_is_a_seam(
    lang: str, goal: str, candidate: str, tag: str
) -> None:
    assert tag in seam_tags(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(("lang", "goal", "candidate"), WHOLE)
def test_a_whole_sentence_near_those_shapes_is_none(lang: str, goal: str, candidate: str) -> None:
    assert not _TAGS & seam_tags(CHECKER, lang, goal, candidate)
