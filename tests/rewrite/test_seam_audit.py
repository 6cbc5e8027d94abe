"""Broken rewrites the measure used to pass, by kind: each kind is a seam with a broken
sibling that fails and a whole sentence that passes, and, where the rewriter can, a goal of
the kind that now gets a whole rewrite. Every goal and candidate is written fresh.

Kinds:
- a past achievement before this year's goals is context, not a goal: "Last year, I will
  translate ..." commits to the past (context.py);
- two fronts glued together where a split part took another goal's front ("Afgelopen
  kwartaal dit kwartaal wil ik ...", "Last year I this year I want ...");
- a noun phrase in a verb's place ("I will documentation, ...", "in order to candidate
  experience");
- a clause the writer sees to without a subject ("zorg ik ervoor dat voortaan ... herhalen");
- a commitment put on the verb of a relative clause ("in anything, we will publish");
- a number that lost its '%', and brackets a dropped word left empty ("(asap)" -> "()");
- packed goals split wrongly: a learning verb shared as if it were a wish ("I want to learn
  to swim and get better at X" -> "I will learn to get X"), an imperative the tagger read
  as a noun taken as the next goal's front ("Work on X, get Y, and learn Z").
"""

from __future__ import annotations

import random

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.coordinated import part_seams
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import style_for
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, shown_rewrite, well_rewritten

CHECKER = Checker()

# -- a past achievement before the goals -----------------------------------------------------
PAST_FIRST = [
    (
        "en",
        # (session 50: 'organised' told in the past is no second goal, so 'run four and start
        # a newsletter' passes now; the wish here still fails S and M)
        "Last year I organised two open days, this year I want to get better at presenting them.",
        "after I organised two open days last year",
    ),
    (
        "en",
        "In 2024 I completed the ladder safety course and I want to repeat it every year.",
        "after I completed the ladder safety course in 2024",
    ),
    (
        "nl",
        "Vorig jaar heb ik twee open dagen georganiseerd, dit jaar wil ik er vier organiseren "
        "en ook een nieuwsbrief starten.",
        "nadat ik vorig jaar twee open dagen heb georganiseerd",
    ),
    (
        "nl",
        "Ik heb in 2024 de cursus reanimatie gevolgd en wil die voortaan elk jaar herhalen.",
        "nadat ik in 2024 de cursus reanimatie heb gevolgd",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "context"), PAST_FIRST)
def test_a_past_achievement_stays_as_the_clause_that_looks_back(
    lang: str, goal: str, context: str
) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert context in shown
    assert shown.index(context) > 0  # after the wishes: they are the goal


# (lang, goal, broken rewrite, whole sibling)
PAST_COMMITTED = [
    (
        "en",
        "Last year I translated three manuals, this year I want to translate five.",
        "Last year, I will translate three manuals, this year I want to translate five.",
        "By [date], I will translate five manuals, after I translated three manuals last year.",
    ),
    (
        "en",
        "In 2025 I ran the stock count and I want to run it every quarter.",
        "In 2025, I will run the stock count, with [how measured] as evidence.",
        "Until [date], I will run it every quarter, after I ran the stock count in 2025.",
    ),
    (
        "nl",
        "Vorig jaar heb ik drie handleidingen vertaald, dit jaar wil ik er vijf vertalen.",
        "Vorig jaar ga ik drie handleidingen vertalen, met als bewijs [hoe gemeten].",
        "Vóór [datum] ga ik vijf handleidingen vertalen, nadat ik vorig jaar drie handleidingen "
        "heb vertaald.",
    ),
    (
        "nl",
        "Afgelopen kwartaal heb ik de voorraad geteld en ik wil dat elke maand doen.",
        "Afgelopen kwartaal zal ik de voorraad tellen.",
        "Tot [datum] ga ik dat elke maand doen, nadat ik afgelopen kwartaal de voorraad heb geteld.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), PAST_COMMITTED)
def test_a_past_time_with_a_commitment_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "lost_tense" in seam_kinds(CHECKER, lang, goal, broken)
    assert seam_kinds(CHECKER, lang, goal, whole) <= {"lost_words"}


# -- two fronts glued together ---------------------------------------------------------------
GLUED = [
    (
        "en",
        "Last year I passed my forklift test; this year I want to get my crane licence.",
        "Last year I this year I want to get my crane licence.",
        "This year I want to get my crane licence.",
    ),
    (
        "nl",
        "Afgelopen maand zette ik de nieuwe kassa op, deze maand wil ik de handleiding schrijven.",
        "Afgelopen maand deze maand wil ik de handleiding schrijven.",
        "Deze maand ga ik de handleiding schrijven.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), GLUED)
def test_two_fronts_glued_together_are_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "doubled" in seam_kinds(CHECKER, lang, goal, broken)
    assert "doubled" not in seam_kinds(CHECKER, lang, goal, whole)


# -- a noun phrase in a verb's place ---------------------------------------------------------
# (lang, goal, broken rewrite, whole sibling)
NO_VERB = [
    (
        "en",
        "Newsletter for the choir - more readers.",
        "By [date], I will newsletter for the choir - more readers, from [current number] to "
        "[target number].",
        "By [date], I will [concrete behaviour] for the choir newsletter, in order to get more "
        "readers.",
    ),
    (
        "en",
        "Focus area: donor loyalty",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to "
        "donor loyalty.",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to "
        "improve donor loyalty.",
    ),
    (
        "en",
        "Bookkeeping, payroll and moving the archive to the cloud (all before the audit)",
        "I will bookkeeping, payroll and moving the archive to the cloud, with [how measured] as "
        "evidence.",
        "I will do the bookkeeping and the payroll and move the archive to the cloud, with [how "
        "measured] as evidence.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), NO_VERB)
def test_a_noun_after_will_or_in_order_to_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "lost_verb" in seam_kinds(CHECKER, lang, goal, broken)
    assert "lost_verb" not in seam_kinds(CHECKER, lang, goal, whole)


@pytest.mark.parametrize(
    "verb", ["review", "email", "onboard", "upskill", "mentor", "benchmark", "shadow", "journal"]
)
def test_a_verb_the_writer_used_as_a_noun_is_still_a_verb_after_will(verb: str) -> None:
    """'Review of the roster' -> 'I will review the roster': the dictionary knows the verb."""
    goal = f"More {verb} sessions with the new staff."
    whole = f"By [date], I will {verb} the new staff every week."
    assert "lost_verb" not in seam_kinds(CHECKER, "en", goal, whole)


# -- the clause the writer sees to has no subject --------------------------------------------
# (lang, goal, broken rewrite, whole sibling)
ENSURED = [
    (
        "nl",
        "Ik wil dat voortaan elke week controleren.",
        "Tot [datum] zorg ik ervoor dat voortaan elke week controleren.",
        "Tot [datum] zorg ik ervoor dat de voorraad voortaan elke week gecontroleerd wordt.",
    ),
    (
        "nl",
        "De kluis moet vaker geteld worden.",
        "Vóór [datum] zorg ik ervoor dat vaker geteld worden.",
        "Vóór [datum] zorg ik ervoor dat de kluis vaker geteld wordt.",
    ),
    (
        "en",
        "The stockroom must always be tidy.",
        "By [date], I will make sure that always tidy.",
        "By [date], I will make sure that the stockroom is tidy in [number] out of 10 checks.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), ENSURED)
def test_a_clause_seen_to_without_a_subject_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "lost_subject" in seam_kinds(CHECKER, lang, goal, broken)
    assert "lost_subject" not in seam_kinds(CHECKER, lang, goal, whole)


# -- a commitment on a relative clause, a number without its '%', empty brackets --------------
# (lang, goal, broken rewrite, whole sibling, kind)
SURFACE = [
    (
        "en",
        "Goal 4 - order accuracy to 100%, no mistakes ever in anything we ship",
        "By [date], no mistakes ever in anything, we will ship, with [how measured] as evidence.",
        "By [date], I will raise order accuracy to [number]%, with [how measured] as evidence.",
        "dangling",
    ),
    (
        "en",
        "Goal 4 - order accuracy to 100%, no mistakes ever in anything we ship",
        "Order accuracy to 100, by [date].",
        "By [date], I will raise order accuracy to 100%.",
        "dangling",
    ),
    (
        "nl",
        "Beter overleggen met de bezorgers (asap).",
        "Vóór [datum] ga ik beter overleggen met de bezorgers (), met als bewijs [hoe gemeten].",
        "Vóór [datum] ga ik beter overleggen met de bezorgers, met als bewijs [hoe gemeten].",
        "residue",
    ),
    (
        "nl",
        "Foutloos factureren: 99% juist, geen enkele creditnota meer.",
        "Vóór [datum] ga ik foutloos factureren, 99 juist.",
        "Vóór [datum] ga ik foutloos factureren, [aantal]% juist.",
        "dangling",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole", "kind"), SURFACE)
def test_a_surface_seam_fails_and_its_whole_sibling_passes(
    lang: str, goal: str, broken: str, whole: str, kind: str
) -> None:
    assert kind in seam_kinds(CHECKER, lang, goal, broken)
    assert kind not in seam_kinds(CHECKER, lang, goal, whole)


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        (
            "nl",
            "Meer structuur aanbrengen in de weekplanning en beter overleggen met de bezorgers (asap).",
        ),
        ("nl", "Sneller offertes maken voor nieuwe klanten (zsm)."),
        ("en", "Reply faster to supplier emails (asap)."),
    ],
)
def test_no_rewrite_keeps_brackets_a_dropped_word_emptied(lang: str, goal: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert report.rewrites
    assert not any("()" in text for text in report.rewrites)


# -- a te-infinitive clause after its verb ---------------------------------------------------
@pytest.mark.parametrize(
    "goal",
    [
        "Mijn proeftijd zo goed mogelijk afronden en ondertussen helpen de wachtlijst weg te werken.",
        "Ik wil helpen de nieuwe collega's in te werken.",
        "Ik wil beginnen de oude dossiers op te ruimen.",
    ],
)
def test_a_te_clause_after_its_verb_is_rewritten_whole(goal: str) -> None:
    assert "te" in well_rewritten(CHECKER, goal, "nl").split()


# (goal, broken, whole)
TE_CLAUSE = [
    (
        "Ik wil helpen de vloer te vegen.",
        "Vóór [datum] ga ik helpen de vloer vegen.",
        "Vóór [datum] ga ik helpen de vloer te vegen.",
    ),
    (
        "Ik wil de vloer vegen.",
        "Vóór [datum] ga ik de vloer te vegen.",
        "Vóór [datum] ga ik de vloer vegen.",
    ),
]


@pytest.mark.parametrize(("goal", "broken", "whole"), TE_CLAUSE)
def test_te_belongs_to_a_te_clause_verb_only(goal: str, broken: str, whole: str) -> None:
    assert {"word_order", "residue"} & seam_kinds(CHECKER, "nl", goal, broken)
    assert not {"word_order", "residue"} & seam_kinds(CHECKER, "nl", goal, whole)


# -- packed goals split wrongly --------------------------------------------------------------
@pytest.mark.parametrize(
    ("goal", "parts"),
    [
        (
            "I want to learn to swim and also get better at cycling.",
            ["learn to swim", "cycling"],
        ),
        (
            "I hope to learn to drive and also find a flat.",
            ["learn to drive", "find a flat"],
        ),
    ],
)
def test_a_learning_verb_is_no_shared_wish(goal: str, parts: list[str]) -> None:
    report = CHECKER.check(goal, lang="en", reference_date=REF)
    assert len(report.split) == 2
    for part, words in zip(report.split, parts, strict=True):
        assert words in part
    assert "learn" not in report.split[1]


@pytest.mark.parametrize(
    ("goal", "firsts"),
    [
        (
            "Work on my Spanish, get more involved in the parish council, and learn bookkeeping "
            "properly.",
            ["my Spanish", "the parish council", "bookkeeping"],
        ),
        (
            "Focus on my German, get more active in the union, and learn to code properly.",
            ["my German", "the union", "learn to code"],
        ),
        (
            "Improve my Dutch, read two books a month and learn to cook.",
            ["my Dutch", "two books a month", "learn to cook"],
        ),
    ],
)
def test_an_imperative_read_as_a_noun_is_a_goal_of_its_own(goal: str, firsts: list[str]) -> None:
    report = CHECKER.check(goal, lang="en", reference_date=REF)
    assert len(report.split) == 3
    for part, words in zip(report.split, firsts, strict=True):
        assert words in part
    assert shown_rewrite(CHECKER, goal, "en") == report.rewrite


# -- 'tot [datum]' before what is done; a capital the writer did not write -------------------
# (lang, goal, broken rewrite, whole sibling, kind)
MORE = [
    (
        "nl",
        "Ik heb in 2025 de cursus brandveiligheid gevolgd en wil die elk jaar opfrissen.",
        "Tot [datum] heb ik de cursus brandveiligheid gevolgd en wil die elk jaar opfrissen.",
        "Tot [datum] ga ik die elk jaar opfrissen, nadat ik in 2025 de cursus brandveiligheid "
        "heb gevolgd.",
        "contradiction",
    ),
    (
        "nl",
        "mijn webshop beter bijhouden en meer rust in de week",
        "Vóór [datum] ga ik mijn webshop beter bijhouden en meer Rust in de week.",
        "Vóór [datum] ga ik mijn webshop beter bijhouden, om meer rust in de week te hebben.",
        "residue",
    ),
    (
        "en",
        "• scheduling via the booking app: get the hang of it",
        "By [date], I will get the hang of Scheduling via the booking app.",
        "By [date], I will get the hang of scheduling via the booking app.",
        "residue",
    ),
    (
        "en",
        "goal 2: learn german for the german suppliers",
        "By [date], I will learn German for the German Suppliers.",
        "By [date], I will learn German for the German suppliers.",
        "residue",
    ),
]


MORE += [
    (
        "en",
        "I want to follow a course in time management.",
        "By [date], I will follow a course management.",
        "By [date], I will follow a course in time management.",
        "lost_words",
    ),
    (
        "en",
        "I hope to finish a workshop on time tracking software.",
        "By [date], I will finish a workshop tracking software.",
        "By [date], I will finish a workshop on time tracking software.",
        "lost_words",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole", "kind"), MORE)
def test_more_seams_fail_and_their_whole_siblings_pass(
    lang: str, goal: str, broken: str, whole: str, kind: str
) -> None:
    assert kind in seam_kinds(CHECKER, lang, goal, broken)
    assert kind not in seam_kinds(CHECKER, lang, goal, whole)


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        (
            "nl",
            "Vorig jaar heb ik twee open dagen georganiseerd, dit jaar wil ik er vier organiseren "
            "en ook een nieuwsbrief starten.",
        ),
        ("en", "In 2025 I completed the ladder safety course and I want to repeat it every year."),
        (
            "nl",
            "Ik heb in 2024 de cursus reanimatie gevolgd en wil die voortaan elk jaar herhalen.",
        ),
    ],
)
def test_a_goal_after_past_context_shows_one_reading(lang: str, goal: str) -> None:
    """The frames read the past as a goal ('Until [date], I will complete the course and I
    want ...'); once the past is context, those readings are not offered beside it."""
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert not report.is_smart
    assert len(report.rewrites) == 1


# -- property: every candidate a report offers reads whole ------------------------------------
PACKED_PARTS = {
    "nl": {
        "past": [
            "",
            "Vorig jaar heb ik {n} {thing} {done}, ",
            "In 2025 heb ik {n} {thing} {done} en ",
        ],
        "wish": ["dit jaar wil ik", "ik wil", "ik ga proberen om"],
        "acts": [
            ("meer {thing} {verb}", "te {verb}"),
            ("een cursus {topic} volgen", "een cursus {topic} te volgen"),
            ("beter worden in {topic}", "beter te worden in {topic}"),
        ],
        "things": [("workshops", "gegeven", "geven"), ("rondleidingen", "begeleid", "begeleiden")],
        "topics": ["Excel", "gesprekstechniek", "timemanagement"],
    },
    "en": {
        "past": ["", "Last year I {done} {n} {thing}, ", "In 2025 I {done} {n} {thing} and "],
        "wish": ["this year I want to", "I want to", "I'll try to"],
        "acts": [
            ("{verb} more {thing}", ""),
            ("take a course in {topic}", ""),
            ("get better at {topic}", ""),
        ],
        "things": [("workshops", "gave", "give"), ("tours", "led", "lead")],
        "topics": ["Excel", "negotiation", "project planning"],
    },
}


def packed_goals(count: int, seed: int = 8) -> list[tuple[str, str]]:
    """Goals that open with a past achievement or pack two or three wishes, nl and en."""
    rng = random.Random(seed)
    found: dict[tuple[str, str], None] = {}
    while len(found) < count:
        lang = rng.choice(["nl", "en"])
        p = PACKED_PARTS[lang]
        thing, done, verb = rng.choice(p["things"])
        numbers = ["two", "three"] if lang == "en" else ["twee", "drie"]
        past = rng.choice(p["past"]).format(n=rng.choice(numbers), thing=thing, done=done)
        acts = rng.sample(p["acts"], rng.choice([1, 2, 3]))
        topic = rng.choice(p["topics"])
        wish = rng.choice(p["wish"])
        te = lang == "nl" and wish.endswith(" om")
        phrases = [(b if te else a).format(thing=thing, verb=verb, topic=topic) for a, b in acts]
        also = " en ook " if lang == "nl" else " and also "
        joined = phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + also + phrases[-1]
        text = f"{past}{wish} {joined}."
        found[(lang, text[:1].upper() + text[1:])] = None
    return list(found)


def test_every_candidate_of_a_packed_or_past_goal_reads_whole() -> None:
    """Not only the first: every rewrite in ``report.rewrites`` (a split line by line, as a
    part) shows no seam; a structured fallback is whole by construction."""
    broken = []
    for lang, text in packed_goals(40):
        report = CHECKER.check(text, lang=lang, reference_date=REF)
        ctx = CHECKER.context(lang)
        style = style_for(ctx.pack)
        assert style is not None
        judged = CHECKER.parse(CHECKER.surface(text, lang).text, lang=lang, reference_date=REF)
        labels = [f"{label}: " for label in style.fields.values()]
        for rewrite in report.rewrites:
            lines = rewrite.split("\n")
            whole = [line for line in lines if not any(label in line for label in labels)]
            if len(lines) > 1:
                seams = [s for line in whole for s in part_seams(line, judged, ctx)]
            else:
                seams = find_seams(rewrite, judged, ctx, style) if whole else []
            if seams:
                broken.append((text, rewrite, [f"{s.kind}: {s.detail}" for s in seams]))
    assert broken == []


# -- Dutch packed lists: an opener the first part lost, a wish the later parts share -----------
@pytest.mark.parametrize(
    ("goal", "count"),
    [
        (
            "Daarnaast wil ik mijn BHV halen, mijn Duits verbeteren voor de gesprekken met de "
            "Duitse klanten, en eigenlijk ook beter leren vergaderen.",
            3,
        ),
        ("Ook wil ik mijn rijbewijs halen, mijn Frans bijspijkeren en een cursus Excel volgen.", 3),
        (
            "Ik zou graag eens meelopen met de inkoop en misschien later overstappen naar de "
            "planning, daarnaast wil ik mijn rijbewijs halen en mijn Excel verbeteren.",
            4,
        ),
        pytest.param(
            "Ik zou graag een cursus Spaans volgen en later een maand in Spanje werken.",
            2,
            marks=pytest.mark.xfail(
                strict=True,
                reason="session 31: a date beside the writer's far time ('later') is refused "
                "(seams/foreign_clause.py), so the later part is left 'Later een maand in Spanje "
                "werken, vóór [datum].'; its whole rewrite is a remark ('Later wil ik ...'), "
                "not built yet",
            ),
        ),
    ],
)
def test_every_goal_of_a_dutch_list_gets_a_whole_rewrite(goal: str, count: int) -> None:
    shown = well_rewritten(CHECKER, goal, "nl")
    parts = shown.split("\n")
    assert len(parts) == count
    assert all(part.startswith("Vóór [datum] ga ik") for part in parts[1:])


# (goal, broken, whole)
VERB_FIRST = [
    (
        "Daarnaast wil ik mijn BHV halen en mijn Duits verbeteren.",
        "Wil ik mijn BHV halen.",
        "Vóór [datum] ga ik mijn BHV halen.",
    ),
    (
        "Verder ga ik de kassa leren bedienen en de voorraad tellen.",
        "Ga ik de kassa leren bedienen.",
        "Vóór [datum] ga ik de kassa leren bedienen.",
    ),
    (
        "Ook wil ik vaker feedback vragen en minder overwerken.",
        "Wil ik vaker feedback vragen, met als bewijs [hoe gemeten].",
        "Vóór [datum] ga ik vaker feedback vragen, met als bewijs [hoe gemeten].",
    ),
]


@pytest.mark.parametrize(("goal", "broken", "whole"), VERB_FIRST)
def test_a_dutch_sentence_opening_with_its_verb_is_a_seam(
    goal: str, broken: str, whole: str
) -> None:
    assert "word_order" in seam_kinds(CHECKER, "nl", goal, broken)
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, whole)


# (lang, goal, broken rewrite, whole sibling)
PAST_AS_GOAL = [
    (
        "en",
        "Last year I ran the stock count and I want to do that every quarter.",
        "By [date], I will run the stock count, with [how measured] as evidence.",
        "Until [date], I will do that every quarter, with [how measured] as evidence.",
    ),
    (
        "en",
        "Last year I wrote the safety manual, and this year I want to train the new staff.",
        "By [date], I will write the safety manual.",
        "By [date], I will train the new staff.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), PAST_AS_GOAL)
def test_committing_to_what_was_already_done_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "lost_tense" in seam_kinds(CHECKER, lang, goal, broken)
    assert "lost_tense" not in seam_kinds(CHECKER, lang, goal, whole)


def test_a_split_never_shows_a_part_that_commits_to_the_past() -> None:
    report = CHECKER.check(
        "Last year I ran the stock count and I want to do that every quarter.",
        lang="en",
        reference_date=REF,
    )
    assert not any("will run the stock count" in text for text in report.rewrites)
