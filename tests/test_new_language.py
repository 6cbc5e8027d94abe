"""Adding a language is a pack, a pipeline (here spacy.blank) and one registration.

A small Danish pack is written here, registered through the ``smartcheck.languages`` entry
point the way an installed package would, and checked end to end: its words find hedges and
vague outcomes, its time words a deadline, its messages are the ones shown, and the Dutch and
English languages are untouched. The pack is a toy (a few words per key), written for this
test; nothing in smartcheck names Danish.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartcheck import Checker, ConfigError, UnsupportedLanguageError
from smartcheck.configuration.languages import ENTRY_POINT_GROUP, registered_languages
from tests.conftest import REF, installed_plugin

DANISH_PACK = """\
lang: da
name: toy
description: A toy Danish pack for the language-registration test.
function_words: [jeg, vi, min, mit, og, i, på, til, at, en, et, vil]
grammar:
  participle_endings: [et]
lexicon:
  first_person_subject: [jeg, vi]
  first_person_possessive: [min, mit, mine, vores]
  subject_pronouns: [jeg, vi, du, han, hun, de]
  modal_verbs: [vil, skal, kan]
  # Hedges: a try, a maybe, a hope.
  hedges: [prøve, "prøver", måske, forhåbentlig]
  # Outcomes without an end point.
  vague_outcome: ["blive bedre", forbedre, udvikle]
  deliverables: [rapport, rapporten, certifikat, præsentation]
  units: [kunder, timer, sider]
  determiners: [en, et, den, det, min, mit]
  prepositions: [i, på, til, med, for, inden]
  infinitive_markers: [at]
  indefinite_articles: [en, et]
  purpose_markers: ["så & kan"]
criterion_labels: {S: Specifik, M: Målbar, A: Accepteret, R: Realistisk, T: Tidsbestemt}
messages:
  A001:
    message: "'{phrase}' lover ikke noget: hvad gør du?"
    fix: "Skriv hvad du gør."
  S001:
    message: "'{phrase}' siger ikke hvad der bliver anderledes."
    fix: "Beskriv resultatet."
  T001:
    message: "Målet har ingen dato."
    fix: "Skriv en dato."
time:
  months: [[januar], [februar], [marts], [april], [maj], [juni], [juli], [august],
    [september], [oktober], [november], [december]]
  weekdays: [[mandag], [tirsdag], [onsdag], [torsdag], [fredag], [lørdag], [søndag]]
  day_ordinal_suffixes: ["."]
  markers:
    deadline: [senest]
    before: [inden, før]
"""

REGISTRATION = textwrap.dedent("""
    from pathlib import Path

    from smartcheck.configuration.languages import Language

    LANGUAGE = Language(code="da", pack=Path({pack!r}), model="blank")
""")


@pytest.fixture
def danish(tmp_path: Path) -> Iterator[Path]:
    pack = tmp_path / "da.yaml"
    pack.write_text(DANISH_PACK, encoding="utf-8")
    plugin = tmp_path / "plugin"
    plugin.mkdir()
    source = REGISTRATION.format(pack=str(pack))
    with installed_plugin(
        plugin, "sc_lang_da", source, ENTRY_POINT_GROUP, "da = sc_lang_da:LANGUAGE"
    ):
        yield pack


def test_the_registration_adds_the_language_beside_the_built_in_ones(danish: Path) -> None:
    languages = registered_languages()
    assert list(languages)[:2] == ["nl", "en"]
    assert languages["da"].pack == danish


def test_a_goal_in_the_new_language_is_checked_with_its_own_words(danish: Path) -> None:
    checker = Checker()
    report = checker.check("Jeg vil prøve at blive bedre til Excel.", lang="da", reference_date=REF)
    assert report.goal.lang == "da"
    assert report.goal.parser == "blank"
    by_code = {f.code: f for f in report.findings}
    assert by_code["A001"].text == "prøve"
    assert by_code["A001"].message == "'prøve' lover ikke noget: hvad gør du?"
    assert by_code["S001"].text == "blive bedre"
    assert by_code["T001"].message == "Målet har ingen dato."
    assert report.goal.actor is not None and report.goal.actor.first_person
    assert [c.label for c in report.criteria.values()] == [
        "Specifik", "Målbar", "Accepteret", "Realistisk", "Tidsbestemt"
    ]  # fmt: skip


def test_its_time_words_give_a_deadline_and_its_words_a_deliverable(danish: Path) -> None:
    checker = Checker()
    report = checker.check(
        "Jeg afleverer rapporten inden 1. juni 2027.", lang="da", reference_date=REF
    )
    assert report.goal.deadline is not None
    assert report.goal.deadline.due is not None
    assert report.goal.deadline.due.isoformat() == "2027-06-01"
    assert [m.text for m in report.goal.measures if m.kind == "deliverable"] == ["rapporten"]
    codes = {f.code for f in report.findings}
    assert not codes & {"A001", "S001", "T001", "M001"}


def test_the_built_in_languages_are_unchanged_beside_it(danish: Path) -> None:
    text = "Ik wil proberen beter te worden in Excel."
    with_danish = Checker().check(text, lang="nl", reference_date=REF)
    assert {f.code for f in with_danish.findings} >= {"A001", "S001", "T001"}
    assert with_danish.goal.lang == "nl"


def test_an_unregistered_language_is_refused_naming_the_registered_ones() -> None:
    checker = Checker()
    with pytest.raises(UnsupportedLanguageError, match="use one of nl, en"):
        checker.check("Jeg vil prøve.", lang="da", reference_date=REF)
    with pytest.raises(ConfigError, match="'da' is not a registered language"):
        Checker({"lang": "da"})


def test_one_model_for_every_language_covers_the_new_one(danish: Path) -> None:
    checker = Checker({"model": "blank"})
    for text, lang in (("Jeg vil prøve.", "da"), ("Ik wil proberen.", "nl")):
        assert checker.parse(text, lang=lang, reference_date=REF).parser == "blank"
