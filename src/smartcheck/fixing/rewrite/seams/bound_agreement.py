"""English: a bound put in a clause whose verb or negation no longer fits it.

A bound replaces an absolute in place, and the clause's other words stay: the verb that
agreed with a singular absolute ('everyone *speaks*') keeps its -s after a plural count ('[number]
out of 10 people speaks'), and a 'never again' told as 'not ... more than [number] times' in an
existential sentence negates a bare noun ('there are not findings in the audit ... more than
[number] times', 'there is not findings ...'). Both read off the parse: a plural noun counted
by 'out of' and a number before a verb in the third person singular (past an adverb or a
prepositional phrase); the existential
'there' with 'be', 'not' and then a noun with no determiner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import as_probed
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
        verb = _verb_after(doc, t.i + 1)
        if verb is not None and _singular(verb, style):
            detail = f"'{t.text} {verb.text}': a plural count before a singular verb"
            seams.append(Seam("lost_tense", detail, (verb.lower_, "count-agreement")))
    return seams


def _verb_after(doc: Doc, start: int) -> Token | None:
    """The word after a subject noun that may be its verb: past adverbs and one
    prepositional phrase ('people *in the shop* speaks')."""
    at = start
    while at < len(doc) and doc[at].pos_ == "ADV":
        at += 1
    if at < len(doc) and doc[at].pos_ == "ADP":
        at = next((u.i + 1 for u in doc[at + 1 : at + 5] if u.pos_ in ("NOUN", "PROPN")), at)
    return doc[at] if at < len(doc) else None


def _singular(verb: Token, style: RewriteStyle) -> bool:
    """A verb in the third person singular present, by its tag or, when the tagger made a
    name of it ('speaks' before 'Spanish'), as read after the pack's plain subject."""
    if verb.tag_ in _SINGULAR and verb.pos_ in ("VERB", "AUX"):
        return True
    if verb.pos_ not in ("NOUN", "PROPN") or not verb.lower_.endswith("s"):
        return False
    probed = as_probed(verb, style)
    return probed is not None and probed.tag_ in _SINGULAR and probed.pos_ in ("VERB", "AUX")


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
        # the negation by its feature, not its spelling ('not', "n't")
        n = next((k for k, v in enumerate(verbs) if "Neg" in v.morph.get("Polarity", [])), None)
        if n is None or not any(v.lemma_.lower() == style.copula for v in verbs):
            continue
        if any(v.tag_ != "MD" and v.lemma_.lower() != style.copula for v in verbs[:n]):
            continue
        be = n + 1 < len(verbs) and verbs[n + 1].lemma_.lower() == style.copula
        after = n + 1 if be else n
        at = t.i + 2 + after
        noun = doc[at] if at < len(doc) else None
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.tag_ in ("NN", "NNS"):
            detail = f"'{doc[t.i : at + 1].text}': a negated bare noun"
            seams.append(Seam("lost_negation", detail, (noun.lower_, "negated-noun")))
    return seams
