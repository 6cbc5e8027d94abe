"""smartcheck as a spaCy pipeline component, for people who already run spaCy pipelines:

    nlp.add_pipe("smartcheck")          # found through the ``spacy_factories`` entry point
    doc = nlp("Ik wil beter worden in Excel.")
    doc._.smart                         # the GoalReport (or a GoalError for an unusable doc)

The component reads ``doc.text`` with smartcheck's own pipelines: the rules were written for
their tags and lemmas, whatever pipeline the component sits in (even ``spacy.blank``). Its
Checker is built once, when the component is added.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from smartcheck.checker import Checker
from smartcheck.configuration.packs import SUPPORTED_LANGUAGES
from smartcheck.errors import ConfigError
from smartcheck.reading.validation import validate_lang

EXTENSION = "smart"


def register_extension() -> None:
    """``Doc._.smart``, registered once. An extension of that name that someone else set up
    as a plain attribute is reused; one with a getter or a method is not overwritten."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)
        return
    _default, method, getter, _setter = Doc.get_extension(EXTENSION)
    if method is not None or getter is not None:
        raise ConfigError(
            f"Doc._.{EXTENSION} is already registered with a getter or method by another "
            "component; smartcheck will not overwrite it (remove it, or use smartcheck.check)"
        )


class SmartcheckComponent:
    """Sets ``doc._.smart`` on every Doc; ``nlp.pipe`` checks docs in batches."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        lang: str | None,
        reference_date: str | None,
        config: dict[str, Any],
    ) -> None:
        register_extension()
        self.name = name
        self.checker = Checker(config or None)
        if lang is not None:
            self.lang: str | None = validate_lang(lang)
        else:  # the pipeline's language when smartcheck knows it, else detect per doc
            self.lang = nlp.lang if nlp.lang in SUPPORTED_LANGUAGES else None
        try:
            self.reference_date = date.fromisoformat(reference_date) if reference_date else None
        except ValueError:
            raise ConfigError(
                f"smartcheck component: reference_date {reference_date!r} is not YYYY-MM-DD"
            ) from None

    def __call__(self, doc: Doc) -> Doc:
        self._check([doc])
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        docs = iter(stream)
        while batch := list(islice(docs, batch_size)):
            yield from self._check(batch)

    def _check(self, docs: list[Doc]) -> list[Doc]:
        results = self.checker.check_many(
            [doc.text for doc in docs],
            lang=self.lang,
            reference_date=self.reference_date,
            batch_size=max(1, len(docs)),
        )
        for doc, result in zip(docs, results, strict=True):
            doc._.set(EXTENSION, result)
        return docs


@Language.factory(
    "smartcheck",
    default_config={"lang": None, "reference_date": None, "config": {}},
)
def make_smartcheck(
    nlp: Language,
    name: str,
    lang: str | None,
    reference_date: str | None,
    config: dict[str, Any],
) -> SmartcheckComponent:
    """The ``smartcheck`` factory: ``lang`` ("nl"/"en"; default the pipeline's language or
    detection), ``reference_date`` ("YYYY-MM-DD"; default today), ``config`` (smartcheck
    configuration, as in ``[tool.smartcheck]``)."""
    return SmartcheckComponent(nlp, name, lang, reference_date, config)
