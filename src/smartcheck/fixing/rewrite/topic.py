"""A topic label before a vague outcome ("Voorraadbeheer: minder derving", "Communication:
fewer misunderstandings") as a sentence that keeps the topic; the same outcome without a
label ("Fewer distractions at work") as the same sentence.

Such a line names a field and a direction, no act, so the frames read the label as residue
and only the structured fallback was left, without the topic. When the outcome is a
comparative of amount before a noun and the pack knows the change verb that takes the noun
(``rewrite.amount_verbs``: minder -> verminderen, fewer -> reduce), the writer becomes the
one who changes it, in the topic the label named: "Vóór [datum] ga ik bij voorraadbeheer
derving verminderen, van [huidig aantal] naar [streefaantal], ..." / "By [date], I will
reduce misunderstandings in communication, from [current number] to [target number], ...".
Any other outcome keeps the other frames or the fallback: a verb ("Minder piekeren",
"Minder papierwerk maken bij ...") is the writer's own act, and a state ("More confident")
takes no change verb ("increase confident"); nominal.py makes it a purpose.
"""

from __future__ import annotations

from smartcheck.configuration.grammar import Grammar
from smartcheck.fixing.rewrite.frame import Parts
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import head_class
from smartcheck.fixing.rewrite.words import Word, capitalise, join, tidy, words_of
from smartcheck.reporting.report import GoalReport

#: Words an outcome phrase may hold: a short noun phrase, no clause.
_MAX_WORDS = 5
#: Words a topic label may have ('Voorraadbeheer:', 'Customer service:').
_LABEL_WORDS = 3


def topic_sentence(
    report: GoalReport,
    style: RewriteStyle,
    parts: Parts,
    names: frozenset[str],
    grammar: Grammar | None = None,
) -> str | None:
    """The sentence for a labelled vague outcome, or None (no label, no known change verb,
    a verb in the outcome, a label of several words); ``names``: the pack's known names,
    which keep their capital inside the sentence."""
    frame = style.frames.topic_label
    if frame is None or not style.amount_verbs:
        return None
    words = [w for w in words_of(report.goal) if w.text not in (".", "!")]
    colon = next((n for n, w in enumerate(words[: _LABEL_WORDS + 1]) if w.text == ":"), 0)
    label, rest = words[:colon], words[colon + 1 :] if colon else words
    if len(rest) < 2 or not all(w.text.isalpha() for w in label):
        return None  # a label of words (or none), then a comparative and at least its noun
    comparative, outcome = rest[0], rest[1:]
    verb = style.amount_verbs.get(comparative.lower)
    if verb is None or not _nominal(outcome, style):
        return None
    if grammar is not None and not _countable(outcome, report.lang, grammar, style):
        return None
    topic = ""
    if label:
        first = label[0].text if label[0].text in names else _topic(label[0])
        topic = frame.format(topic=" ".join([first, *(w.text for w in label[1:])]))
    thing = join(outcome)
    if style.word_order == "v2":
        aux = style.subjects[style.default_subject.lower()]
        subject = style.default_subject.lower()
        lead = f"{parts.time} {aux} {subject}" if parts.time else f"{capitalise(subject)} {aux}"
        head = " ".join(p for p in (lead, topic, thing, verb) if p)
    else:
        aux = style.subjects[style.default_subject.lower()]
        body = " ".join(p for p in (style.default_subject, aux, verb, thing, topic) if p)
        head = f"{parts.time}, {body}" if parts.time else body
    return tidy(capitalise(head) + "".join(parts.extras)) + "."


def _nominal(outcome: list[Word], style: RewriteStyle) -> bool:
    """Only a short noun phrase after the comparative ('derving', 'food waste'): words, no
    subject or finite verb of a clause (the tagger's noun or verb for a plural compound such
    as 'ziekmeldingen' is not trusted; the seam check parses the sentence made of it)."""
    closed = style.determiners | style.prepositions
    return (
        len(outcome) <= _MAX_WORDS
        and all(w.text.replace("-", "").replace("'", "").isalpha() for w in outcome)
        and not any(w.lower in style.subjects or w.lower in style.finite_words for w in outcome)
        and not any(w.pos == "AUX" for w in outcome)
        and outcome[-1].lower not in closed
    )


def _countable(outcome: list[Word], lang: str, grammar: Grammar, style: RewriteStyle) -> bool:
    """A thing the change verb can take: no verb among the words ('piekeren', 'papierwerk
    maken') and a noun, not a state, as the head ('confident'); wordclass.py decides."""
    classes = [head_class(w, lang, grammar, style) for w in outcome]
    if "verb" in classes:
        return False
    closed = style.determiners | style.prepositions
    head = next((n for n, w in enumerate(outcome) if w.lower in closed), len(outcome)) - 1
    return head >= 0 and classes[head] == "noun"


def _topic(label: Word) -> str:
    """The label as a word inside the sentence: the capital it has as the first word of the
    line goes, one inside the word stays ('PowerPoint', 'AFAS')."""
    return label.lower if label.text[1:].islower() else label.text
