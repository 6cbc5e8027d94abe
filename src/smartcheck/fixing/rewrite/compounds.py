"""Common words the dictionary lacks: a particle joined to a verb it knows.

Dutch joins a separable particle to its verb in the infinitive ('omstellen', 'inregelen',
'afkeuren'); the dictionary knows 'stellen' but may lack the whole, and the tagger calls
such a word at the start of a line a name. Read as a common word, its capital is only the
line's: inside a sentence it goes ('ga ik omstellen ...', not 'ga ik Omstellen ...').
"""

from __future__ import annotations

from smartcheck.reading.pipeline import known_word, lemma_of

#: The ending of the joined verb's infinitive (a word ending in it the dictionary reads as
#: a form of its stem, 'stellen' of 'stel').
_ENDING = "en"
#: The longest particle read ('door', 'over'), and the shortest verb after it ('stellen').
_PARTICLE, _VERB = 4, 5


def particle_verb(lower: str, lang: str) -> bool:
    """``lower`` is a short known word ('om', 'in', 'mee') joined to an infinitive the
    dictionary knows ('stellen')."""
    if not lower.isalpha():
        return False
    for n in range(2, _PARTICLE + 1):
        head, verb = lower[:n], lower[n:]
        if len(verb) < _VERB or not known_word(head, lang=lang) or not known_word(verb, lang=lang):
            continue
        if verb.endswith(_ENDING) and verb.startswith(lemma_of(verb, lang)):
            return True  # 'stellen' (lemma 'stel'): a form of the lemma, no name's part
    return False
