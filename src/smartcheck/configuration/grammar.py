"""A language's grammar traits: what the reading stage needs to know beyond its word lists.

The anatomy reader works on word order and word forms when the pipeline gives no (or a wrong)
tag. Which word order and which forms is language data, so it lives in the rule pack
(``grammar:``), and the code branches on these named traits, never on a language code.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field


class Grammar(BaseModel):
    """The ``grammar:`` section of a rule pack. The defaults describe a plain SVO language."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    verb_second: bool = Field(
        default=False,
        description="Verb-second main clauses with verb-final non-finite verbs (Dutch: 'In "
        "2027 *werk* ik', 'ik *wil* Excel *leren*'): the finite verb may follow the first "
        "constituent, the subject may follow it, and the action is the last non-finite verb.",
    )
    separable_verbs: bool = Field(
        default=False,
        description="Finite verbs leave a particle at the clause end ('rond ... *af*').",
    )
    spaced_compounds: bool = Field(
        default=False,
        description="Noun compounds are written as separate words and end in their head "
        "('presentation *skills*'), so a deliverable word before another noun is a modifier.",
    )
    infinitive_ending: str = Field(
        default="", description="How an infinitive ends ('en' in Dutch; '' when it has no ending)."
    )
    infinitive_heads: tuple[str, ...] = Field(
        default=(),
        description="Lemmas of the verbs that take a bare infinitive at the end of their "
        "clause (Dutch 'moeten', 'willen', 'gaan'): a word in the infinitive's form the tagger "
        "calls a noun, closing such a clause with no article before it, is that infinitive "
        "('dat ik beter moet *plannen*').",
    )
    pronoun_complementizers: tuple[str, ...] = Field(
        default=(),
        description="Words that are a complementizer or a demonstrative pronoun ('dat'): "
        "tagged a complementizer before words with no subject and no finite verb, closing "
        "on an infinitive ('Ik wil *dat* oplossen'), they are the pronoun, the infinitive's "
        "object.",
    )
    comparative_endings: tuple[str, ...] = Field(
        default=(),
        description="Endings of an adjective's comparative ('er', 'r', 'der'; '+er' doubles "
        "the final consonant first: 'snel' -> 'sneller'). A word so formed from an adjective "
        "the dictionary knows, that the tagger calls a verb ('Klanten *vriendelijker* "
        "begroeten'), is read as the adjective.",
    )
    plural_suffixes: tuple[str, ...] = Field(
        default=(),
        description="How a noun's regular plural may be written, tried in order: a suffix "
        "added ('s', 'es') or an ending replaced ('y>ies'). The first form the dictionary "
        "knows as a form of the noun is its plural ('complaint' -> 'complaints', 'box' -> "
        "'boxes', 'delivery' -> 'deliveries').",
    )
    participle_prefix: str = Field(default="", description="Regular past participles: 'ge'.")
    participle_endings: tuple[str, ...] = Field(
        default=(), description="Regular past participles end in one of these: 'd', 't', 'ed'."
    )
    participle_tag: str = Field(
        default="", description="The tagger's fine tag of a past participle ('VBN'), if any."
    )
    gerund_ending: str = Field(
        default="",
        description="A gerund after a preposition opens a manner clause ('by call*ing*').",
    )
    gerund_tag: str = Field(default="", description="The tagger's fine tag of a gerund ('VBG').")
    base_tag: str = Field(
        default="",
        description="The tagger's fine tag of a verb's base form ('VB'): an imperative read "
        "as a noun takes it with its word class (reading/pipeline.repair_tags).",
    )
    modal_tag: str = Field(
        default="",
        description="The tagger's fine tag of a modal ('MD'): the word right after one is its "
        "bare verb, never an adjective (reading/pipeline.repair_tags).",
    )
    noun_tags: tuple[str, ...] = Field(
        default=(),
        description="The tagger's fine tags of a noun (Dutch 'N', before its first '|'): with "
        "no verb form in the dictionary, a word so tagged is no verb ('vleermuizen').",
    )
    decimal_mark: str = Field(
        default=".",
        pattern=r"^[.,]$",
        description="The decimal mark ('2,5 uur' in Dutch, '2.5 hours' in English); the other "
        "of '.' and ',' groups thousands ('40.000', '10,000').",
    )
    magnitude_suffixes: dict[str, float] = Field(
        default_factory=dict,
        description="Letters written onto a number that multiply it ('250k', '1,5 mln', "
        "'$2m'): lower-case suffix to factor. A number with one is an amount, not a label.",
    )
    subject_after_first_verb: bool = Field(
        default=True,
        description="A noun after a clause-initial verb can be its subject (inversion); when "
        "False, a clause-initial verb is an imperative ('Learn Excel').",
    )

    def number_value(self, text: str) -> float | None:
        """The value of a written number in this language ("40.000" is 40000 in Dutch)."""
        return digits_value(text, self.decimal_mark)

    def suffixed_value(self, text: str) -> float | None:
        """The value of a number with a magnitude suffix ("250k" is 250000), or None."""
        digits = text.rstrip("".join({c for s in self.magnitude_suffixes for c in s + s.upper()}))
        factor = self.magnitude_suffixes.get(text[len(digits) :].lower())
        if not digits or factor is None:
            return None
        value = self.number_value(digits)
        return None if value is None else value * factor

    def is_infinitive_form(self, word: str) -> bool:
        """Whether the word form can be an infinitive (always, without an ending)."""
        return word.endswith(self.infinitive_ending) if self.infinitive_ending else True

    def looks_like_participle(self, word: str, particles: frozenset[str] = frozenset()) -> bool:
        """A regular past participle: (particle +) prefix + stem + ending."""
        if not self.participle_endings:
            return False
        if not self.participle_prefix:
            return word.endswith(self.participle_endings) and len(word) > 4
        stem = word
        for particle in sorted(particles, key=len, reverse=True):
            if stem.startswith(particle + self.participle_prefix):
                stem = stem[len(particle) :]
                break
        return (
            stem.startswith(self.participle_prefix)
            and stem.endswith(self.participle_endings)
            and len(stem) > 4
        )


def digits_value(text: str, decimal_mark: str | None) -> float | None:
    """The value of digits with '.' or ',' marks ("40.000", "2,5", "10,000.50", "25%").

    The mark that is not ``decimal_mark`` groups thousands when every group after it has three
    digits ("1.250" is 1250 in Dutch, 1.25 in English); when both marks occur the last is the
    decimal one, whatever the language; a lone mark in any other place is a decimal mark (a
    writer using the other convention: "2.5 uur"). With ``decimal_mark=None`` either mark is
    decimal (small counts whose language is not known).
    """
    digits = text.strip().rstrip("%").strip()
    if decimal_mark is not None:
        grouping = "," if decimal_mark == "." else "."
        sep, dec = re.escape(grouping), re.escape(decimal_mark)
        if re.fullmatch(rf"[0-9]{{1,3}}(?:{sep}[0-9]{{3}})+(?:{dec}[0-9]+)?", digits):
            digits = digits.replace(grouping, "")
    if "." in digits and "," in digits:
        last = max(digits.rfind("."), digits.rfind(","))
        whole = digits[:last].replace(".", "").replace(",", "")
        digits = whole + "." + digits[last + 1 :]
    try:
        return float(digits.replace(",", "."))
    except ValueError:
        return None
