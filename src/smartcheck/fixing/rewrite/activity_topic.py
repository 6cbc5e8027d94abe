"""An activity after the behaviour's preposition, told as the behaviour's moment.

'Beter worden in de NIHSS scoren', 'Better at turning phone enquiries into bookings': the
writer wants to get better at an activity, not in a field. Once the vague words give way to
the behaviour's placeholder, 'in' before the activity reads as a field the behaviour is in
('[concreet gedrag] in de NIHSS scoren', a verb left dangling after the act a coach fills
in). The activity becomes the moment of the behaviour instead (the pack's
``activity_topic``): '[concreet gedrag] bij het scoren van de NIHSS', '[concrete behaviour]
when turning phone enquiries into bookings'. A field ('in Excel', 'in klantgesprekken')
stays as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import looks_infinitive_nl
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.edit_plan import Plan
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Word classes of the object a Dutch activity's verb takes before it ('de NIHSS scoren').
_OBJECT_CLASSES = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def activity_lead(plan: Plan, at: int, style: RewriteStyle) -> None:
    """Tell the activity after the preposition at ``at`` as the behaviour's moment (edits
    ``plan``); nothing when the words after it name a field, not an activity."""
    topic = style.activity_topic
    words = plan.words
    if not topic.lead or words[at].lower not in topic.prepositions:
        return
    span: list[int] = []
    for j in range(at + 1, len(words)):
        if not words[j].is_word:
            break
        if plan.kept(j):
            span.append(j)
    if not span:
        return
    first = words[span[0]]
    if style.word_order != "v2":  # 'at *chairing* meetings': a gerund opens the activity
        if first.pos == "VERB" and first.lower.endswith("ing"):
            plan.replace[at] = topic.lead  # one tagged a noun ('at writing texts') stays:
            # the seams would read 'when' without a verb
        return
    if first.lower == topic.article and len(span) > 1:
        noun = words[span[1]]  # 'in het interpreteren van films': a verb as a noun
        of = len(span) > 2 and words[span[2]].lower == topic.of  # not 'in het examen'
        tagged = noun.pos == "VERB" and looks_infinitive_nl(noun)
        if tagged or (of and _dutch_verb(noun.lower, style)):  # not 'in het examen van ...'
            plan.replace[at] = topic.lead
        return
    verb = words[span[-1]]
    if not looks_infinitive_nl(verb):
        return
    if not known_word(verb.lower, lang="nl") or lemma_of(verb.lower, "nl").lower() != verb.lower:
        return  # 'in keukentafelgesprekken', 'in vergaderingen': a plural, whatever the tagger
        # says (the dictionary's lemma of an infinitive is itself)
    objects = span[:-1]
    if any(words[i].pos not in _OBJECT_CLASSES for i in objects):
        return  # 'in samenwerken met de keuken': more than an object before the verb
    if objects and words[objects[-1]].pos not in ("NOUN", "PROPN"):
        return  # 'in de keuken': its article, no object
    if len(objects) == 1 and words[objects[0]].pos == "NOUN" and not words[objects[0]].plural:
        return  # 'in schoon metselen': a bare singular is how it is done, tagged a noun
    lead = f"{topic.lead} {topic.article} {verb.text}"
    plan.replace[at] = f"{lead} {topic.of}" if objects else lead
    plan.drop.add(span[-1])


def _dutch_verb(word: str, style: RewriteStyle) -> bool:
    """A Dutch form in -en whose present singular the dictionary knows ('voeren': 'voert'),
    whatever lemma it gives the form itself ('voer'); never a noun in -en ('examen',
    'keuken')."""
    from smartcheck.fixing.rewrite.own import finite_nl  # own.py reads the plan

    return word.endswith("en") and known_word(finite_nl(word, False, style), lang="nl")
