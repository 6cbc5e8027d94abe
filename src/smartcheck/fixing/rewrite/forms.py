"""A goal written as a POP form: field labels, each with its value.

Forms ask for a goal in fields, and writers copy them as they are: "Wat: cursus X /
Wanneer: najaar / Hoe gemeten: certificaat", "Goal: ... Deadline: ... Success measure: ...",
"Actie: ... Wie: ... Wanneer: ...", one field a line, after slashes or pipes, or one after
the other on a line. The frames read the whole text as one clause and glued the labels into
it ("Bij actie ga ik ... Wie: met de chef Wanneer: elke week") or fell back. The labels are
the form's, not the writer's words: each value has its role (the pack's
``rewrite.form_fields``: what is done, when, how it is measured, with whom, how, why), and
a coach would write them as one sentence: the act committed, the time as the writer gave it,
the measure and the support in the frames' phrases, the means and the reason kept as
written after it.

This module only reads the fields and builds that sentence; the checker judges and rewrites
it (``Checker._formed``), so what the fields leave open is asked as for any goal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.fragments import CLOSED_CLASSES, imperative
from smartcheck.fixing.rewrite.words import Word, capitalise, join, looks_infinitive_nl, tidy
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.timex.model import TimeExpression

#: The roles a field may have; a form needs the act and one more. The means ('Hoe:',
#: 'Approach:') and the reason are the writer's remarks on the goal, kept as written after it.
WHAT, WHEN, MEASURE, SUPPORT = "what", "when", "measure", "support"
MEANS, REASON = "means", "reason"
ROLES = (WHAT, WHEN, MEASURE, SUPPORT, MEANS, REASON)
#: Marks that part fields on one line ('... / Deadline: ...', '... | When: ...').
_SEPARATORS = "/|;"
#: Most words an unknown label may have before its colon: more is a sentence with a colon.
_LABEL_WORDS = 4


@dataclass(frozen=True)
class FormField:
    """One field of a form: its role, the label as written (with its colon) and its value."""

    role: str
    label: str
    label_span: tuple[int, int]
    value: str
    open: bool = False
    value_span: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class Form:
    """The fields of a goal written as a form, in the writer's order."""

    fields: tuple[FormField, ...]

    def value(self, role: str) -> str | None:
        """The value of the field with ``role``, None when there is none or it is open."""
        return next((f.value for f in self.fields if f.role == role and not f.open), None)

    def field(self, role: str) -> FormField | None:
        return next((f for f in self.fields if f.role == role), None)


def _labels(style: RewriteStyle) -> list[tuple[str, str]]:
    """(label, role) pairs, longest label first ('hoe gemeten' before 'hoe')."""
    pairs = [
        (label.lower(), role) for role, labels in style.form_fields.items() for label in labels
    ]
    return sorted(pairs, key=lambda p: -len(p[0]))


@lru_cache(maxsize=16)
def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A field label followed by its colon, built once per pack: it runs on every goal."""
    alternation = "|".join(re.escape(label) for label in labels)
    return re.compile(rf"(?<![\w-])({alternation})\s*:", re.IGNORECASE)


def read_form(text: str, style: RewriteStyle) -> Form | None:
    """The fields of ``text`` when it is a form: two fields or more with the pack's labels
    (a value before the first label is the act, as after a goal label the surface took
    off), the act among them, each role once and no label the pack does not know at the
    start of a line or after a separator; None for any other text."""
    labels = _labels(style)
    if not labels:
        return None
    pattern = _label_pattern(tuple(label for label, _ in labels))
    roles = dict(labels)
    found = [m for m in pattern.finditer(text) if _opens_field(text, m.start())]
    if not found:
        return None
    fields: list[FormField] = []
    lead = _value(text[: found[0].start()])
    if lead:
        fields.append(FormField(WHAT, "", (0, 0), lead))
    for n, match in enumerate(found):
        end = found[n + 1].start() if n + 1 < len(found) else len(text)
        value = _value(text[match.end() : end])
        if not value or _unknown_label(value):
            return None
        role = roles[match.group(1).lower()]
        at = text.find(value, match.end(), end)
        span = (at, at + len(value))
        fields.append(
            FormField(role, match.group(0), match.span(), value, _open(value, style), span)
        )
    kinds = [f.role for f in fields]
    if (
        len(fields) < 2
        or WHAT not in [f.role for f in fields if not f.open]
        or len(set(kinds)) != len(kinds)
    ):
        return None
    return Form(tuple(fields))


def _open(value: str, style: RewriteStyle) -> bool:
    """A value that leaves the field open ('tbc', 'n.v.t.', 'nog niet bekend'; the pack's
    ``rewrite.form_open_values``): the sentence asks for it as if the field were missing."""
    bare = value.lower().strip(" .?!-")
    return not bare or bare in {v.lower().strip(" .?!-") for v in style.form_open_values}


def _opens_field(text: str, at: int) -> bool:
    """A label opens a field at the start, after a line break or separator, or after the
    value of another field on the same line ('What: ... When: Q3'): it is capitalised
    there, as a label is, and never in the middle of a lower-case sentence."""
    before = text[:at].rstrip(" \t")
    if not before or before[-1] in "\n" + _SEPARATORS + ".":
        return True
    return text[at].isupper()


def _value(raw: str) -> str:
    """A field's value without the separators and the stop around it."""
    return raw.strip().strip(_SEPARATORS).strip().rstrip(".,;").strip()


def _unknown_label(value: str) -> bool:
    """A line of the value opens with a label the pack does not know ('Hoe: ...'): the
    text is a form this reader cannot place, or a sentence with a colon."""
    for line in re.split(rf"[\n{re.escape(_SEPARATORS)}]", value):
        head = line.strip().split(":", 1)
        if len(head) == 2 and head[0] and len(head[0].split()) <= _LABEL_WORDS:
            return True
    return False


def form_label_spans(text: str, style: RewriteStyle) -> list[tuple[int, int]]:
    """The spans of a form's labels in ``text`` ('Wanneer:', 'Success measure:') and of the
    values that leave a field open ('tbc'): the form's words, which the sentence the fields
    make leaves out (no lost words)."""
    form = read_form(text, style)
    if form is None:
        return []
    spans = [f.label_span for f in form.fields if f.label]
    return sorted([*spans, *(f.value_span for f in form.fields if f.open)])


def form_sentence(
    act: str, form: Form, when: str | None, style: RewriteStyle, kept: frozenset[str] = frozenset()
) -> str:
    """The writer's sentence the fields make: ``act`` (the committed act: 'Ik ga de cursus
    X volgen', 'I will learn to use the till') with the time phrase ``when`` (after the
    subject and its auxiliary in verb-second languages, in front with a comma in others), the
    measure and the support in the frames' phrases. The fields of the roles ``kept`` (the
    reason; a measure told as a clause: 'de map ligt in de kantine') are left to
    :func:`with_kept`."""
    words = act.rstrip(" .").split(" ")
    if when and style.word_order == "v2" and len(words) > 2:
        words = [*words[:2], when, *words[2:]]  # 'Ik ga in Q3 de kassa ...'
    elif when:  # fronted with a comma, never read into the act ('the new till end of March')
        first = words[0] if words[0] == style.default_subject else words[0].lower()
        words = [f"{when},", first, *words[1:]]
    text = " ".join(words)
    measure = form.value(MEASURE)
    if measure and MEASURE not in kept:
        if style.form_measure_article and _bare_noun(measure, style):
            measure = style.form_measure_article.format(measure=measure)  # 'the certificate'
        text += style.frames.measure.format(measure=_inside(measure))
    support = form.value(SUPPORT)
    if support:
        first = support.split(" ", 1)[0].lower()
        if first in style.prepositions:  # 'met de chef', 'with Sanne': the writer's phrase
            text += f", {_inside(support)}"
        else:
            text += style.frames.support.format(support=_inside(support))
    return capitalise(tidy(text)) + "."


def _inside(value: str) -> str:
    """A value inside the sentence: its first word in lower case unless it is a name or
    an acronym ('Certificaat' -> 'certificaat'; 'Sanne', 'HR' stay)."""
    first, _, rest = value.partition(" ")
    if first[1:].islower() and first[:1].isupper() and rest[:1].islower():
        first = first.lower()
    return f"{first} {rest}".strip()


def _bare_noun(value: str, style: RewriteStyle) -> bool:
    """A measure named by a bare noun ('certificate'), which a language with an article
    for it takes before it ('the certificate'); a determiner, a number or a name first
    needs none."""
    first = value.split(" ", 1)[0]
    return first.islower() and first.isalpha() and first not in style.determiners


def with_kept(rewrite: str, form: Form, kept: frozenset[str]) -> str:
    """The rewrite with the fields of the roles ``kept`` as written after it, label and all
    ('... Why: the audit in March.', '... Resultaat: de map ligt in de kantine.'): the
    writer's remark on the goal, no phrase of its sentence."""
    after = [f for f in form.fields if f.role in kept and f.label and not f.open]
    return " ".join([rewrite.rstrip(), *(f"{f.label} {f.value}." for f in after)])


def asked_with_when(rewrite: str, when: str, style: RewriteStyle) -> str | None:
    """A time the reader could not read alone ('najaar', 'after harvest'), kept as written
    beside the date the rewrite asks ('Vóór [datum] (najaar) ga ik ...'); None when the
    rewrite asks no date."""
    placeholder = style.placeholders.date
    if placeholder not in rewrite:
        return None
    return rewrite.replace(placeholder, f"{placeholder} ({when})", 1)


def without_second_measure(
    rewrite: str, form: Form, style: RewriteStyle, kept: frozenset[str] = frozenset()
) -> str:
    """The rewrite without the measure it asks when the form gave one in its sentence: the
    writer's measure is the answer, asked twice it reads as a doubled phrase."""
    if form.value(MEASURE) is None or MEASURE in kept:
        return rewrite
    asked = style.frames.measure.format(measure=style.placeholders.measure)
    return rewrite.replace(asked, "", 1)


def form_act(words: list[Word], is_course: bool, style: RewriteStyle, lang: str) -> str | None:
    """The act field as the writer's committed sentence ('Ik ga de kassa leren bedienen',
    'I will learn to use the till', 'Ik ga de cursus X volgen'): a verb phrase (Dutch: its
    infinitive last; English: its verb first) or a course's name (``is_course``, read by
    courses.py, without the determiner the caller took off), in the pack's
    ``rewrite.form_act`` and ``form_course``. None for anything else: a thing with no act
    ('een inwerkmap'), or a sentence of the writer's own, whose labelled time or measure
    after it the other readings keep as written ('Ik wil X. Deadline: eind maart.')."""
    words = [w for w in words if w.text not in (".", "!")]
    if not words or not style.form_act:
        return None
    if words[0].lower in style.subjects:
        return None  # 'Ik wil X. Deadline: eind maart.': the writer's sentence, its note after
    if is_course and style.form_course:
        act = style.form_course.format(topic=join([_lowered(words[0], lang), *words[1:]]))
    elif (style.word_order == "v2" and _verb_phrase_nl(words, style)) or (
        style.word_order != "v2" and _opens_verb(words[0])
    ):
        act = join([_lowered(words[0], lang), *words[1:]])
    else:
        return None
    return capitalise(tidy(style.form_act.format(act=act)))


def _verb_phrase_nl(words: list[Word], style: RewriteStyle) -> bool:
    """A Dutch verb phrase: its infinitive last, or before a phrase after it that a
    preposition opens ('een inwerkmap maken *voor nieuwe collega's*')."""
    for n in range(len(words) - 1, 0, -1):
        if looks_infinitive_nl(words[n]) or (words[n].pos == "VERB" and not words[n].finite):
            return n == len(words) - 1 or words[n + 1].lower in style.prepositions
    return False


def _lowered(word: Word, lang: str) -> Word:
    """A field's first word inside the sentence: lower case when the dictionary knows it
    ('Cursus' -> 'cursus', 'Leren' -> 'leren'); a name or an acronym stays ('Sanne', 'HACCP')."""
    if word.text[1:].islower() and known_word(word.lower, lang=lang):
        return word.with_text(word.lower)
    return word


def when_phrase(
    value: str, read: TimeExpression | None, months: frozenset[str], style: RewriteStyle
) -> str | None:
    """The time field as a phrase of the sentence, the writer's words kept: a day as the
    deadline ('1 juni 2027' -> 'vóór 1 juni 2027'), a named period with its number as the
    period it is in ('Q3', 'maart 2027' -> 'in Q3', the pack's ``rewrite.form_period``),
    any other time as written ('eind maart', 'after the summer', 'elke week'). ``read``:
    the one time expression the reader found in the value alone; None when it read none
    that covers the whole value ('najaar'): the rewrite then asks the date beside it."""
    if read is None:
        return None
    first = value.split(" ", 1)[0]
    named = first.lower() in months or bool(re.fullmatch(r"[A-Za-z]\d{1,2}", first))
    if read.kind != "recurring" and (first[:1].isdigit() or named):
        if read.granularity == "day":
            return style.frames.deadline.format(date=value)
        return style.form_period.format(when=value) if style.form_period else None
    return value[:1].lower() + value[1:] if value[1:2].islower() else value


def _opens_verb(word: Word) -> bool:
    """English: the act opens with its verb, tagged so or known by its form in -ing ('the'
    is no verb, though 'thing' is a word)."""
    return word.pos == "VERB" or (word.pos not in CLOSED_CLASSES and imperative(word.lower))
