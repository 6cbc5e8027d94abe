"""Tell Dutch from English in short goals, and recognise other languages to reject them.

Goals are one sentence, often under ten words, which is too short for character n-gram
identifiers trained on long text. Function words are the most reliable signal at that length:
most goals have a few (ik, wil, de, mijn / I, will, the, my); for the rest, the words that
only one language's dictionary (simplemma's, offline) knows decide. Each supported language's list
comes from its rule pack; ``rules/langid.yaml`` holds lists for common other languages only to
say "unsupported" rather than produce confident nonsense.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache

from smartcheck.configuration.packs import SUPPORTED_LANGUAGES, builtin_pack, read_pack_file
from smartcheck.configuration.resources import rules_dir
from smartcheck.errors import UnsupportedLanguageError
from smartcheck.reading.pipeline import known_word

#: Weight of a word found in only one supported language's simplemma dictionary; function
#: words count 1. Dictionaries cover inflected forms, so short goals without function words
#: ("Type faster.") are still told apart.
LEXICAL_WEIGHT = 0.6
#: A word is letters between non-word characters: letters glued to digits ("E0E", "B2",
#: "3x") are a code, not a word, so they are no evidence of a language.
_WORD = re.compile(r"(?<![\w])[^\W\d_]+(?:'[^\W\d_]+)?(?![\w])")


@cache
def _function_words() -> Mapping[str, frozenset[str]]:
    lists: dict[str, frozenset[str]] = {
        lang: builtin_pack(lang).function_words for lang in SUPPORTED_LANGUAGES
    }
    others = read_pack_file(rules_dir() / "langid.yaml")
    for lang, words in others.items():
        lists[str(lang)] = frozenset(str(w).lower() for w in words)
    return lists


def function_word_scores(text: str) -> dict[str, float]:
    """Function-word hits per language, supported or not."""
    words = [w.lower() for w in _WORD.findall(text)]
    return {
        lang: float(sum(1 for w in words if w in vocab))
        for lang, vocab in _function_words().items()
    }


def language_scores(text: str) -> dict[str, float]:
    """Evidence per language: function-word hits, plus for the supported languages small
    letter cues (the pack's ``letter_cues``) and the words only one of their dictionaries
    knows."""
    words = [w.lower() for w in _WORD.findall(text)]
    scores = function_word_scores(text)
    for lang in SUPPORTED_LANGUAGES:
        cues = builtin_pack(lang).letter_cues
        cue_hits = sum(1 for w in words for cue in cues if cue in w)
        scores[lang] = scores.get(lang, 0.0) + 0.1 * cue_hits
    # Content words: a word only one supported language's dictionary knows ("faster", "leren").
    for word in words:
        known = [lang for lang in SUPPORTED_LANGUAGES if _is_known(word, lang)]
        if len(known) == 1:
            scores[known[0]] += LEXICAL_WEIGHT
    return scores


@lru_cache(maxsize=50_000)
def _is_known(word: str, lang: str) -> bool:
    return known_word(word, lang)  # simplemma is imported when a language is first detected


def detect_language(text: str, default: str = "nl") -> str:
    """'nl' or 'en'; ``default`` when the text gives no clue (a single product name).

    Raises UnsupportedLanguageError when another language is clearly more likely.
    """
    # Other languages are judged on function words alone: dictionaries of Dutch and English
    # know many loanwords, which would hide a French or German sentence.
    plain = function_word_scores(text)
    own_best = max(plain.get(lang, 0.0) for lang in SUPPORTED_LANGUAGES)
    other_lang, other_score = max(
        ((lang, s) for lang, s in plain.items() if lang not in SUPPORTED_LANGUAGES),
        key=lambda item: item[1],
        default=("", 0.0),
    )
    scores = language_scores(text)
    supported = {lang: scores.get(lang, 0.0) for lang in SUPPORTED_LANGUAGES}
    best = max(supported, key=lambda lang: (supported[lang], lang == default))
    if other_score >= 2 and other_score > own_best + 0.5:
        preview = text if len(text) <= 60 else text[:57] + "..."
        raise UnsupportedLanguageError(
            f"goal {preview!r} looks like language {other_lang!r}; smartcheck supports "
            f"{', '.join(SUPPORTED_LANGUAGES)} (pass lang= to override)"
        )
    if supported[best] < 0.5:
        return default
    return best
