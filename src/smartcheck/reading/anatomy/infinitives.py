"""The infinitives a Dutch verb stem or finite form may have, built by rule.

The small tagger and the lemmatizer often miss a Dutch verb that stands as a bare stem (an
imperative, 'Vraag ...'; a first person, 'ik werk') or a finite form ('overlegt'), and the
reading stage and the rewriter both need its infinitive: to choose the action, to join a
separable particle back on ('pas ... toe' -> 'toepassen'), to tell a verb the tagger called
a noun, and to see that a rewrite kept the writer's verb in another form. Dutch spelling
makes the infinitive from the stem in a few regular ways, so every candidate is listed and
the caller asks the dictionary which one is a word.
"""

from __future__ import annotations

_VOICED = {"f": "v", "s": "z"}  # 'leef' -> 'leven', 'lees' -> 'lezen', 'verf' -> 'verven'


def stem_infinitives(stem: str) -> list[str]:
    """Infinitives a Dutch verb stem may have, the likeliest first: 'werk' -> 'werken';
    a long vowel written once before -en, 'vraag' -> 'vragen', voiced too, 'leef' ->
    'leven', 'lees' -> 'lezen'; a short vowel's consonant doubled, 'zet' -> 'zetten'; the
    last consonant voiced, 'verf' -> 'verven', 'reis' -> 'reizen'. Most are no word: ask the
    dictionary (``known_word``)."""
    if len(stem) < 2 or not stem.isalpha():
        return []
    found = [stem + "en"]
    if stem[-1] in "aeiou" and stem[-2] in "aeiou":  # one syllable: 'staa' -> 'staan', 'doe'
        found.append(stem + "n")
    if len(stem) >= 3 and stem[-2] == stem[-3]:  # a long vowel ('maak' -> 'maken')
        short = stem[:-2] + stem[-1]
        found.append(short + "en")
        voiced = _VOICED.get(short[-1])
        if voiced:
            found.append(short[:-1] + voiced + "en")
    found.append(stem + stem[-1] + "en")  # a short vowel: the consonant doubles
    voiced = _VOICED.get(stem[-1])
    if voiced:
        found.append(stem[:-1] + voiced + "en")
    return found


def form_infinitives(form: str) -> list[str]:
    """:func:`stem_infinitives` of a form that may be finite: the -t of the third person
    ('overlegt', 'werkt') goes first, where the word is longer than a stem in -t ('zet')."""
    return stem_infinitives(form[:-1] if form.endswith("t") and len(form) > 3 else form)
