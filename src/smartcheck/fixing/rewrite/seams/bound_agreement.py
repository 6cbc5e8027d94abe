"""English: a bound put in a clause whose verb or negation no longer fits it.

A bound replaces an absolute in place, and the clause's other words stay: the verb that
agreed with a singular absolute ('everyone *speaks*') keeps its -s after a plural count ('[number]
out of 10 people speaks'), and a 'never again' told as 'not ... more than [number] times' in an
existential sentence negates a bare noun ('there are not findings in the audit ... more than
[number] times', 'there is not findings ...'). Both read off the parse: a plural noun counted
by 'out of' and a number right before a verb in the third person singular; the existential
'there' with 'be', 'not' and then a noun with no determiner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Penn tags of a verb in the third person singular present.
_SINGULAR = frozenset({"VBZ"})


def count_before_singular(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A plural noun counted 'out of' a number ('2 out of 10 people') right before a verb in
    the third person singular ('speaks'), maybe past an adverb."""
    if style.word_order == "v2":
        return []
    seams = []
    for t in doc[3:]:
        if t.tag_ != "NNS" or doc[t.i - 1].pos_ != "NUM":
            continue
        if (doc[t.i - 3].lower_, doc[t.i - 2].lower_) != ("out", "of"):
            continue
        verb = next((u for u in doc[t.i + 1 : t.i + 3] if u.pos_ != "ADV"), None)
        if verb is not None and verb.tag_ in _SINGULAR and verb.pos_ in ("VERB", "AUX"):
            detail = f"'{t.text} {verb.text}': a plural count before a singular verb"
            seams.append(Seam("lost_tense", detail, (verb.lower_, "count-agreement")))
    return seams


def negated_bare_noun(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """The existential 'there' + 'be' + 'not' right before a noun with no determiner
    ('there are not findings ...'): a bound told as 'not ... more than' needs a verb of
    doing, the existential sentence negates no bare noun so."""
    if style.word_order == "v2":
        return []
    seams = []
    for t in doc[:-3]:
        if t.tag_ != "EX":
            continue
        verbs = list(doc[t.i + 1 : t.i + 4])  # 'are not', 'should not be', 'will not be'
        n = next((k for k, v in enumerate(verbs) if v.lower_ in ("not", "n't")), None)
        if n is None or not any(v.lemma_.lower() == "be" for v in verbs):
            continue
        if any(v.tag_ != "MD" and v.lemma_.lower() != "be" for v in verbs[:n]):
            continue
        after = n + 1 if n + 1 < len(verbs) and verbs[n + 1].lemma_.lower() == "be" else n
        at = t.i + 2 + after
        noun = doc[at] if at < len(doc) else None
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.tag_ in ("NN", "NNS"):
            detail = f"'{doc[t.i : at + 1].text}': a negated bare noun"
            seams.append(Seam("lost_negation", detail, (noun.lower_, "negated-noun")))
    return seams
