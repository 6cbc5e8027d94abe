"""A plural noun the tagger calls a finite verb inside a noun phrase: 'improve my English
*reports* for the Danish clients', 'update the weekly *plans*'.

An English plural noun and a verb's third person share their form ('reports', 'plans',
'checks'). After a possessive or an article and the words that describe the noun ('my
English', 'the weekly'), the tagger may read the noun as a second verb with no subject of
its own, and the two-finite check (clauses.py) then refused a rewrite that reads whole. A
finite verb has its subject; a word in the verb's form with none, right after a described
noun phrase's opening (an article, a possessive or a preposition: 'in writing incident
*reports*'), is that phrase's noun. Only where the verb does not come second
(English): a Dutch finite verb may stand without a subject before it after inversion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Word classes that open a noun phrase ('*my* English reports', '*in* writing incident
#: reports') and that describe its noun.
_OPENERS = frozenset({"DET", "PRON", "ADP"})
_DESCRIBING = frozenset({"ADJ", "PROPN", "NOUN", "NUM"})
#: Most describing words between the opener and the noun ('my *English* reports').
_REACH = 3
#: Dependencies of a subject.
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl"})


def noun_as_finite(token: Token, style: RewriteStyle) -> bool:
    """``token``, tagged a finite verb in the present, has no subject and follows an
    opener of a noun phrase and the words that describe its noun (module docstring)."""
    if style.word_order == "v2" or "Fin" not in token.morph.get("VerbForm", []):
        return False
    if "Pres" not in token.morph.get("Tense", []) or token.i == 0:
        return False  # 'I want at most 2 *missed* shifts': a past form is no plural noun
    if any(c.dep_ in _SUBJECTS for c in token.children):
        return False
    n = token.i - 1
    described = 0
    while n >= 0 and _describing(token.doc[n]) and described < _REACH:
        n -= 1
        described += 1
    if described == 0 or n < 0:
        return False
    opener = token.doc[n]
    return opener.pos_ in _OPENERS and (opener.pos_ != "PRON" or opener.dep_ == "nmod:poss")


def _describing(token: Token) -> bool:
    """A word that describes the noun after it: an adjective, a name, a noun, a number or
    a gerund ('*writing* incident reports')."""
    return token.pos_ in _DESCRIBING or "Ger" in token.morph.get("VerbForm", [])
