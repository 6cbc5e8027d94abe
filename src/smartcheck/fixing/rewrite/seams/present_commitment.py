"""English: a dated commitment says 'will'.

"My manager suggested that I do the VCA course" read as the writer's clause kept its plain
present: "By [date], I do the VCA course, as my manager suggested." With a deadline the
frame added, the writer's main clause commits ('I will do'); a present there tells a habit
at a date, which no one writes. Subject-verb-object languages only (Dutch commits with 'ga
ik' and its own checks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.deadlines import ADDED_TIME
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The tags of a plain present that is not the third person ('do', 'lead'), and of the
#: base form the tagger may give it after a pronoun it does not know ('ik practise').
_PLAIN_PRESENT = frozenset({"VBP", "VB"})


def present_after_deadline(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """The writer (or another pronoun) opening the main clause of a sentence with an added
    deadline, right before a lexical verb in the plain present: 'By 1 June 2027, I *do* the
    course'."""
    if style.word_order == "v2":
        return []
    me = style.default_subject.lower()
    for sentence in doc.sents:
        if not any(t.text in ADDED_TIME for t in sentence):
            continue
        writer = _main_subject(sentence.start, sentence.end, doc, me)
        if writer is None or writer.i + 1 >= sentence.end:
            continue
        verb = doc[writer.i + 1]
        # 'I do the course' (the tagger may call a main 'do' an auxiliary); 'I am', 'I have
        # finished' and an auxiliary before its verb ('I do want') tell no habit
        nxt = doc[verb.i + 1] if verb.i + 1 < sentence.end else None
        helping = nxt is not None and nxt.pos_ == "VERB" and nxt.tag_ == "VB"
        lexical = verb.lemma_.lower() not in style.dated_states and not helping
        if verb.tag_ in _PLAIN_PRESENT and lexical:
            return [Seam("lost_tense", f"'{writer.text} {verb.text}' after a deadline", ("dated",))]
    return []


def _main_subject(start: int, end: int, doc: Doc, me: str) -> Token | None:
    """The writer (or another pronoun subject: 'we') opening the sentence, or right after
    the comma that closes an opening phrase ('By 1 June 2027, I ...')."""
    comma = next((t for t in doc[start:end] if t.text == ","), None)
    for token in (
        doc[start],
        doc[comma.i + 1] if comma is not None and comma.i + 1 < end else None,
    ):
        if token is not None and (token.lower_ == me or _pronoun_subject(token)):
            return token
    return None


def _pronoun_subject(token: Token) -> bool:
    return token.pos_ == "PRON" and token.dep_ == "nsubj"
