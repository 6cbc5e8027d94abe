"""A step of going along asked without its verb: 'Kan ik een keer mee naar een wedstrijd?',
'Mag ik een dag mee met de monteur?'.

Dutch leaves the verb of going out after a modal when a word of direction says where
('mee', 'naar'; the pack's ``frequent_place.motion_words``): 'Kan ik mee?' is 'Kan ik
meegaan?'. The asked step then had no infinitive, so no reading took it and the text got the
structured fallback. Committed, the writer's auxiliary is that verb of going ('Ik ga een
keer mee naar een wedstrijd'), so the step is the words as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word


def going_along(words: list[Word], style: RewriteStyle) -> bool:
    """Do ``words``, a step asked with no verb of its own before its purpose, tell a going
    along by a word of direction ('een keer *mee* naar een wedstrijd')? Only in a pack whose
    committed auxiliary is the verb of going (``frequent_place.motion_verb``: 'ga' of
    'gaan')."""
    place = style.frequent_place
    committed = style.subjects.get(style.default_subject.lower(), "")
    if not committed or not place.motion_verb.startswith(committed):
        return False
    head = []
    for word in words:
        if word.pos in ("VERB", "AUX") or word.lower in style.infinitive_markers:
            break  # a verb of its own ('om te zien'): the step goes up to its purpose
        head.append(word)
    return any(w.lower in place.motion_words and w.pos in ("ADP", "ADV") for w in head)
