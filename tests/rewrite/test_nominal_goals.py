"""Goals with no verb of their own: a comparative before a thing, a state or a verb.

"Meer werkplezier.", "More assertive in negotiations", "Offertes: minder correcties, meer
overzicht" name what the writer wants to have or to be, no act: the rewrite asks for the
concrete behaviour and keeps the phrase as its purpose, with the verb its head's class takes
(a thing one has, a state one is). A head that is a verb ("Minder twijfelen") is the writer's
own act. The word class comes from the dictionary first (wordclass.py), because the small
taggers read these fragments at random; the seam check uses it to see the broken shapes the
tagger reads as whole (headseams.py).

Fixture goals are fresh, written for this category (none from the measured sets)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.style import style_for
from smartcheck.fixing.rewrite.wordclass import head_class, infinitive_evidence
from smartcheck.fixing.rewrite.words import Word
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


def _well_rewritten(text: str, lang: str) -> str:
    return well_rewritten(CHECKER, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "purpose"),
    [
        # a thing one has more (or less, or better) of: 'te hebben' / 'have'
        ("Meer werkplezier.", "nl", ", om meer werkplezier te hebben."),
        ("Meer rust in mijn hoofd.", "nl", ", om meer rust te hebben in mijn hoofd."),
        ("Beter overzicht over mijn dossiers", "nl", ", om beter overzicht te hebben over"),
        ("Better contact with suppliers.", "en", ", in order to have better contact with"),
        ("More focus during long meetings.", "en", ", in order to have more focus during"),
        ("Better sleep before night shifts.", "en", ", in order to have better sleep before"),
        # a hyphenated word stays whole
        ("More face-to-face contact with tenants.", "en", "to have more face-to-face contact"),
        # a bare noun phrase with an adjective marked as one before its noun
        ("Goede nachtrust.", "nl", ", om goede nachtrust te hebben."),
        ("Snelle reactie op klachten van huurders.", "nl", "om snelle reactie te hebben op"),
        ("Een gezonde werk-privébalans.", "nl", ", om een gezonde werk-privébalans te hebben."),
        # a zero slogan opening the text is bounded (session 34, problems34)
        ("No more late deliveries to the depot.", "en", "in order to have at most [number] late"),
    ],
)
def test_a_thing_becomes_the_purpose_of_a_behaviour(text: str, lang: str, purpose: str) -> None:
    rewrite = _well_rewritten(text, lang)
    behaviour = "[concreet gedrag]" if lang == "nl" else "[concrete behaviour]"
    assert behaviour in rewrite
    assert purpose in rewrite


@pytest.mark.parametrize(
    ("text", "lang", "purpose"),
    [
        # a state one is: 'te zijn' / 'be'
        ("Zelfverzekerder tijdens sollicitatiegesprekken.", "nl", "om zelfverzekerder te zijn"),
        ("Rustiger bij een volle wachtkamer.", "nl", "om rustiger te zijn bij een volle"),
        ("Meer assertief in het teamoverleg.", "nl", "om meer assertief te zijn in het"),
        ("More assertive in negotiations.", "en", "in order to be more assertive in"),
        ("Calmer on the phone with angry callers.", "en", "in order to be calmer on the phone"),
        ("More confident on the phone.", "en", "in order to be more confident on the phone"),
        # a participle: by the dictionary ('betrokken' is 'betrekken''s), also one the
        # dictionary does not list ('gestrest': 'stressen')
        ("Meer betrokken bij de klantenraad.", "nl", "om meer betrokken te zijn bij de"),
        ("Minder gestrest bij storingen in de nacht.", "nl", "om minder gestrest te zijn"),
        ("Better prepared for client audits.", "en", "in order to be better prepared for"),
    ],
)
def test_a_state_becomes_the_purpose_of_a_behaviour(text: str, lang: str, purpose: str) -> None:
    rewrite = _well_rewritten(text, lang)
    assert purpose in rewrite


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        # a topic label stays as the field the behaviour is in; each outcome keeps its verb
        (
            "Offertes: minder correcties, meer overzicht",
            "nl",
            "ga ik bij offertes [concreet gedrag], met als bewijs [hoe gemeten], om minder "
            "correcties en meer overzicht te hebben.",
        ),
        (  # outcomes of two classes: each its own verb
            "Planning: minder spoedklussen, rustiger in de ochtend",
            "nl",
            "om minder spoedklussen te hebben en rustiger te zijn in de ochtend.",
        ),
        (
            "Roosters: betere afstemming met het team",
            "nl",
            "om betere afstemming te hebben met het team.",
        ),
        (
            "Onboarding: better handovers to the night shift",
            "en",
            "I will [concrete behaviour] in onboarding, with [how measured] as evidence, in "
            "order to have better handovers to the night shift.",
        ),
    ],
)
def test_a_labelled_phrase_keeps_its_topic(text: str, lang: str, kept: str) -> None:
    rewrite = _well_rewritten(text, lang)
    assert kept in rewrite


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a head that is a verb: the writer does it
        ("Minder twijfelen.", "ga ik minder twijfelen"),
        ("Minder mopperen over de planning.", "ga ik minder mopperen over de planning"),
        # a phrase with a verb of its own keeps it: no change verb put after it
        ("Minder overwerk maken in drukke weken", "ga ik minder overwerk maken in drukke"),
    ],
)
def test_a_verb_after_the_comparative_stays_the_writers_act(text: str, kept: str) -> None:
    rewrite = _well_rewritten(text, "nl")
    assert kept in rewrite
    assert "verminderen" not in rewrite


def test_a_dictionary_noun_the_tagger_calls_a_participle_is_a_thing() -> None:
    """'geduld' looks like a participle ('ge-...-d') and the tagger says so; no verb is
    behind it, so it is a thing: 'om meer geduld te hebben', never 'te zijn'."""
    rewrite = _well_rewritten("Meer geduld met nieuwe collega's.", "nl")
    assert "om meer geduld te hebben met nieuwe collega's." in rewrite


def test_a_state_takes_no_change_verb() -> None:
    """'More assertive' is no count: never 'I will increase assertive'."""
    report = CHECKER.check("More assertive in negotiations.", lang="en", reference_date=REF)
    assert all("increase assertive" not in r for r in report.rewrites), report.rewrites


@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [
        ("nl", "twijfelen", "verb"),  # 'twijfelt' is in the dictionary
        ("nl", "mopperen", "verb"),
        ("nl", "uitstellen", "verb"),
        ("nl", "overwerken", "verb"),  # 'overgewerkt': the prefix after the particle
        ("nl", "klachten", "noun"),  # a plural: 'klacht'
        ("nl", "werkplezier", "noun"),
        ("nl", "zelfverzekerder", "state"),  # a comparative: 'zelfverzekerd' + 'er'
        ("nl", "zorgvuldiger", "state"),
        ("nl", "betrokken", "state"),  # a participle: its lemma is 'betrekken'
        ("en", "assertive", "state"),  # an adjective's ending and no plural
        ("en", "calmer", "state"),
        ("en", "clients", "noun"),
        ("en", "client", "noun"),  # '-ent', but 'clients' is a word
    ],
)
def test_the_word_class_comes_from_the_dictionary(lang: str, word: str, expected: str) -> None:
    ctx = CHECKER.context(lang)
    style = style_for(ctx.pack)
    assert style is not None
    assert head_class(Word(word), lang, ctx.pack.grammar, style) == expected


def test_a_verb_noun_homograph_is_left_to_the_tagger() -> None:
    """'sporten' is a verb and the plural of 'sport': the dictionary says it can be a verb,
    and with no tag the class is the noun's; the frames then leave it to the verb frames."""
    ctx = CHECKER.context("nl")
    style = style_for(ctx.pack)
    assert style is not None
    assert infinitive_evidence("sporten", "nl", ctx.pack.grammar, style) is True
    assert head_class(Word("sporten"), "nl", ctx.pack.grammar, style) == "noun"
    assert head_class(Word("sporten", pos="VERB"), "nl", ctx.pack.grammar, style) == "verb"
    assert infinitive_evidence("klantcontact", "nl", ctx.pack.grammar, style) is False


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        # a committed auxiliary with only a comparative and its noun or state
        (
            "nl",
            "Meer werkplezier.",
            "Vóór [datum] ga ik meer werkplezier, met als bewijs [hoe gemeten].",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer "
            "werkplezier te hebben.",
        ),
        (
            "nl",
            "Meer zelfvertrouwen bij het lesgeven.",
            "Vóór [datum] ga ik meer zelfvertrouwen bij het lesgeven, met als bewijs [hoe "
            "gemeten].",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer "
            "zelfvertrouwen te hebben bij het lesgeven.",
        ),
        (
            "en",
            "More assertive in negotiations.",
            "By [date], I will more assertive in negotiations, with [how measured] as evidence.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to be more assertive in negotiations.",
        ),
        (
            "en",
            "Fewer late invoices.",
            "By [date], I will fewer late invoices, with [how measured] as evidence.",
            "By [date], I will reduce late invoices, with [how measured] as evidence.",
        ),
        # no bare verb where English puts it first
        (
            "en",
            "Sleeping better before early shifts.",
            "By [date], I will sleeping better before early shifts, with [how measured] as "
            "evidence.",
            "By [date], I will sleep better before early shifts, with [how measured] as evidence.",
        ),
        (
            "en",
            "Everything filed on time.",
            "By [date], I will [concrete behaviour], in order to everything filed on time.",
            "By [date], I will [concrete behaviour], in order to have everything filed on time.",
        ),
        # a change verb before a state
        (
            "en",
            "More confident on the phone.",
            "By [date], I will increase confident on the phone, with [how measured] as evidence.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to be more confident on the phone.",
        ),
        (
            "nl",
            "Minder gestrest bij storingen in de nacht.",
            "Vóór [datum] ga ik gestrest bij storingen in de nacht verminderen, met als bewijs "
            "[hoe gemeten].",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om minder "
            "gestrest te zijn bij storingen in de nacht.",
        ),
        # 'te' before a word that can be no infinitive
        (
            "nl",
            "Meer zelfvertrouwen bij het lesgeven.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer te "
            "zelfvertrouwen bij het lesgeven.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer "
            "zelfvertrouwen te hebben bij het lesgeven.",
        ),
        (
            "nl",
            "Minder klachten van bewoners.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om minder te "
            "klachten van bewoners.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om minder "
            "klachten te hebben van bewoners.",
        ),
        # a change verb after a verb of the writer's
        (
            "nl",
            "Minder twijfelen.",
            "Vóór [datum] ga ik twijfelen verminderen, met als bewijs [hoe gemeten].",
            "Vóór [datum] ga ik minder twijfelen, met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Minder overwerk maken in drukke weken",
            "Vóór [datum] ga ik overwerk maken in drukke weken verminderen, met als bewijs "
            "[hoe gemeten].",
            "Vóór [datum] ga ik minder overwerk maken in drukke weken, met als bewijs [hoe "
            "gemeten].",
        ),
    ],
)
def test_a_comparative_where_a_verb_belongs_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert seam_kinds(CHECKER, lang, goal, broken) & {"lost_verb", "word_order"}
    assert seam_kinds(CHECKER, lang, goal, whole) == set()


@pytest.mark.parametrize(
    ("lang", "goal", "whole"),
    [
        # no false alarm: a verb after the comparative, a comparative that is a verb
        ("nl", "Ik wil vaker plannen.", "Vóór [datum] ga ik vaker plannen."),
        ("nl", "Meer sporten.", "Vóór [datum] ga ik meer sporten."),
        ("nl", "Meer klantcontact zoeken.", "Vóór [datum] ga ik meer klantcontact zoeken."),
        ("en", "I want to lower costs.", "By [date], I will lower costs."),
        ("en", "I want to better understand SQL.", "By [date], I will better understand SQL."),
        (
            "en",
            "I will send offers to more clients.",
            "By [date], I will send offers to more clients.",
        ),
    ],
)
def test_a_comparative_with_its_verb_is_no_seam(lang: str, goal: str, whole: str) -> None:
    assert seam_kinds(CHECKER, lang, goal, whole) == set()
