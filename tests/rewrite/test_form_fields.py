"""A goal written as a POP form: field labels with their values (forms15). Fresh goals, other
fields than any evaluation set.

- The fields are read by their labels (the pack's ``rewrite.form_fields``), on lines, after
  slashes or pipes, or one after the other on a line, and written as one sentence: the act
  committed, the time as the writer gave it, the measure and the support in the frames'
  phrases (forms.py, ``Checker._formed``).
- A time the reader cannot read alone ('najaar', 'autumn') is kept beside the date asked; a
  day is the deadline; a numbered period is the period the act is done in.
- A reason field stays as written after the sentence, and its date is no deadline of the goal
  (seams/deadlines.py); an open value ('tbc', 'nog niet bekend') is asked as a missing field.
- The verdicts are the form's own: only the rewrite changes.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.forms import WHAT, WHEN, read_form
from smartcheck.fixing.rewrite.style import RewriteStyle
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, shown_rewrite, well_rewritten

CHECKER = Checker()
PLAIN = Checker({"rewriter": "none"})


def _style(lang: str) -> RewriteStyle:
    return rewrite_style(CHECKER, lang)


FORMS = [
    (
        "nl",
        "Wat: de cursus barista basis\nWanneer: najaar\nHoe gemeten: certificaat",
        ["cursus barista basis volgen", "(najaar)", "met als bewijs certificaat"],
    ),
    (
        "nl",
        "Wat: zelf de weekbestelling bij de groothandel doen\nWanneer: Q2 2027\nMet wie: Fatima",
        ["in Q2 2027", "zelf de weekbestelling bij de groothandel doen", "met steun van Fatima"],
    ),
    (
        "nl",
        "Wat ga je doen: de dieetlijst van de bewoners controleren Wanneer: elke maandag "
        "Met wie: met de diëtist",
        ["elke maandag", "de dieetlijst van de bewoners controleren", "met de diëtist"],
    ),
    (
        "en",
        "What: a food hygiene course level 2\nWhen: autumn\nEvidence: certificate",
        ["(autumn)", "complete the food hygiene course level 2", "certificate as evidence"],
    ),
    (
        "en",
        "What: learn to use the new booking system When: after the summer Support: my shift lead",
        [
            "After the summer, I will learn to use the new booking system",
            "support from my shift lead",
        ],
    ),
    (
        "en",
        "Task: check the reptile enclosures temperature log / When: every Friday / Who: with Priya",
        ["every Friday", "check the reptile enclosures temperature log", "with Priya"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "kept"), FORMS)
def test_a_form_is_written_as_one_sentence(lang: str, text: str, kept: list[str]) -> None:
    rewrite = well_rewritten(CHECKER, text, lang)
    assert "\n" not in rewrite
    for phrase in kept:
        assert phrase in rewrite, (phrase, rewrite)
    form = read_form(text, _style(lang))
    assert form is not None
    for field in form.fields:  # no label of the form is left in the sentence
        assert field.label not in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "deadline"),
    [
        (
            "nl",
            "Wat: de allergenenlijst bij de kassa leren uitleggen / Termijn: 1 maart 2027",
            "vóór 1 maart 2027",
        ),
        (
            "en",
            "Action: learn the allergen list at the till | Deadline: 1 March 2027",
            "by 1 March 2027",
        ),
    ],
)
def test_a_day_is_the_deadline(lang: str, text: str, deadline: str) -> None:
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert deadline.lower() in rewrite.lower()
    assert _style(lang).placeholders.date not in rewrite  # no second date asked beside it


@pytest.mark.parametrize(
    ("lang", "text", "reason"),
    [
        (
            "en",
            "Aim: learn the new food allergen rules. Why: the inspection in March",
            "Why: the inspection in March.",
        ),
        (
            "nl",
            "Wat: de nieuwe allergenenregels leren toepassen. Waarom: de keuring in maart",
            "Waarom: de keuring in maart.",
        ),
    ],
)
def test_a_reason_is_kept_and_its_date_is_no_deadline(lang: str, text: str, reason: str) -> None:
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert rewrite.endswith(reason)
    date = _style(lang).placeholders.date
    assert date in rewrite.removesuffix(reason), rewrite  # the goal's own date is asked


@pytest.mark.parametrize(
    ("lang", "text", "means"),
    [
        (
            "en",
            "What: learn to use the new till | Who: Sem | How: shadowing Sem on two Saturdays",
            "How: shadowing Sem on two Saturdays.",
        ),
        (
            "nl",
            "Wat: de kassa leren opmaken / Met wie: Sem / Hoe: twee zaterdagen meekijken met Sem",
            "Hoe: twee zaterdagen meekijken met Sem.",
        ),
    ],
)
def test_the_means_is_kept_after_the_sentence(lang: str, text: str, means: str) -> None:
    rewrite = well_rewritten(CHECKER, text, lang)
    assert rewrite.endswith(means)
    assert "Sem" in rewrite.removesuffix(means)  # the support in the sentence


@pytest.mark.parametrize(
    ("lang", "text", "open_value"),
    [
        ("en", "Objective: mentor the new kitchen apprentices\nSuccess measure: tbc", "tbc"),
        (
            "nl",
            "Doel: de nieuwe kassa leren bedienen / Deadline: nog niet bekend / Met wie: Joyce",
            "nog niet bekend",
        ),
    ],
)
def test_an_open_value_is_asked(lang: str, text: str, open_value: str) -> None:
    rewrite = well_rewritten(CHECKER, text, lang)
    assert open_value not in rewrite
    assert "[" in rewrite


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_verdicts_are_the_forms_own(lang: str) -> None:
    for form_lang, text, _ in FORMS:
        if form_lang != lang:
            continue
        with_rewrite = CHECKER.check(text, lang=lang, reference_date=REF)
        without = PLAIN.check(text, lang=lang, reference_date=REF)
        assert {c: s.passed for c, s in with_rewrite.criteria.items()} == {
            c: s.passed for c, s in without.criteria.items()
        }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik wil één ding: de kassa leren opmaken"),  # a sentence with a colon
        ("nl", "Wat: de kassa leren opmaken\nStatus: loopt"),  # a label the pack does not know
        ("en", "What: learn the till\nWhat: learn the scales"),  # a role twice
        ("en", "When: Q3\nWho: my lead"),  # no act
        ("en", "Planning: make the rota myself"),  # a topic label, one field
    ],
)
def test_no_form(lang: str, text: str) -> None:
    assert read_form(text, _style(lang)) is None


def test_a_field_on_the_same_line_opens_only_with_its_capital() -> None:
    form = read_form("Wat: zien wat er nodig is wanneer: nu", _style("nl"))
    assert form is None  # 'wanneer:' in lower case inside a value: no label


_ACTS = {
    "nl": ["de kassa leren opmaken", "zelf het weekrooster maken", "de cursus koffie zetten"],
    "en": ["learn to use the new till", "make the weekly rota myself", "a course in latte art"],
}
_TIMES = {
    "nl": ["1 juni 2027", "eind maart", "Q3", "voor de zomer"],
    "en": ["30 June 2027", "end of March", "Q3", "before the summer"],
}
_MEASURES = {
    "nl": ["een aftekenlijst", "het certificaat"],
    "en": ["a signed checklist", "the certificate"],
}
_SUPPORT = {"nl": ["Noor", "mijn teamleider"], "en": ["Noor", "my team leader"]}
_LABELS = {
    "nl": {WHAT: "Wat", WHEN: "Wanneer", "measure": "Hoe gemeten", "support": "Met wie"},
    "en": {WHAT: "What", WHEN: "When", "measure": "Evidence", "support": "Support"},
}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lang=st.sampled_from(["nl", "en"]),
    act=st.integers(0, 2),
    time=st.integers(0, 3),
    extra=st.sampled_from(["measure", "support"]),
    pick=st.integers(0, 1),
    separator=st.sampled_from(["\n", " / ", " | "]),
)
def test_every_value_is_kept_and_no_label(
    lang: str, act: int, time: int, extra: str, pick: int, separator: str
) -> None:
    """Whatever the fields and how they are set apart, the rewrite holds every value's words,
    no label, no seam."""
    labels = _LABELS[lang]
    values = {
        WHAT: _ACTS[lang][act],
        WHEN: _TIMES[lang][time],
        extra: (_MEASURES if extra == "measure" else _SUPPORT)[lang][pick],
    }
    text = separator.join(f"{labels[role]}: {value}" for role, value in values.items())
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    if report.is_smart:
        return
    rewrite = shown_rewrite(CHECKER, text, lang)
    words = set(re.findall(r"[^\W\d_]+|\d+", rewrite.lower()))
    for role, value in values.items():
        kept = set(re.findall(r"[^\W\d_]+|\d+", value.lower())) - {"a", "een", "de", "het", "the"}
        if role == WHEN and not kept <= words:  # a time may become its date ('vóór 31 maart')
            assert re.search(r"\d{4}", rewrite), (value, rewrite)
            continue
        assert kept <= words, (value, rewrite)
    for label in labels.values():
        assert f"{label}:" not in rewrite
