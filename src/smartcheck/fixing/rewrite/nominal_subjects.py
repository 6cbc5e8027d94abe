"""A bare infinitive that names an activity as the subject of a duty: "*Omstellen* van de
tufter moet sneller", "*Inwerken* van nieuwe collega's moet beter", "*Afhandelen* van
klachten moet korter". The tagger reads the first word as a verb, as in the writer's own
imperative ("coach new colleagues"), which no "zorg ervoor dat" clause takes as its subject;
followed by its "van" / "of" (the pack's ``nominal_after``) it is a noun, the thing the duty
is laid on, and the writer's own part sees to it ("zorg ik ervoor dat omstellen van de
tufter sneller wordt")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.label_verbs import opens_with_bare_verb
from smartcheck.fixing.rewrite.words import lowers_inside

if TYPE_CHECKING:
    from smartcheck.configuration.grammar import Grammar
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word


def opens_with_own_act(words: list[Word], style: RewriteStyle) -> bool:
    """The words open with the writer's own bare verb ('coach new colleagues and ...'), not
    with an activity named as a noun by its 'van' / 'of' ('Omstellen van de tufter')."""
    if not opens_with_bare_verb(words):
        return False
    return len(words) < 2 or words[1].lower not in style.nominal_after


def named_activity(words: list[Word], style: RewriteStyle, grammar: Grammar) -> bool:
    """The first word is an activity the tagger took for a name ('*Omstellen* van de
    tufter'): capitalised only as the text's first word, in an infinitive's form (a
    language with an infinitive ending only: 'en') and its 'van' / 'of' after it. Inside the
    writer's own part it loses its capital ('dat omstellen van de tufter ...')."""
    if len(words) < 3 or words[0].pos != "PROPN" or not lowers_inside(words[0].text):
        return False
    form = grammar.infinitive_ending and grammar.is_infinitive_form(words[0].lower)
    return bool(form) and words[1].lower in style.nominal_after
