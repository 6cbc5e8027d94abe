"""Dutch: an act named as a noun where the commitment needs its verb.

'ga ik het afsluiten van de kassa', 'wil ik het intoneren van orgelpijpen': the writer's
topic ('beter worden in het afsluiten van de kassa') put after 'ga ik' as it stood, a
verb-noun with its 'van' and no infinitive to end the clause. 'Ga ik ... het afsluiten van
de kassa oefenen' has one and is whole; 'ga ik genieten van ...' is a verb with its
preposition, so a verb-noun without its article counts only where the goal used it as a
noun ('in intoneren van', 'het intoneren van').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.infinitive_slot import committed_starts
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.reading.goal import Goal


def nominal_act_committed(
    doc: Doc,
    goal: Goal,
    style: RewriteStyle,
    named: frozenset[str] = frozenset(),
    ending: str = "",
) -> list[Seam]:
    """'ga ik [het] X-en van ...' up to the clause's end with no infinitive after the
    van-phrase. Verb-second languages only, with the pack's ``named_act_preposition`` ('van')
    and infinitive ``ending`` ('-en'). ``named``: the goal's verb-nouns at the head of a
    phrase, its start too ('Opspannen van borduurwerk'; nominal_purpose.named_acts)."""
    of = style.named_act_preposition.lower()
    if style.word_order != "v2" or not of or not ending:
        return []
    articles = {a.lower() for a in style.articles}
    nouns = _verb_nouns_of(goal, of, ending, articles) | named
    seams: list[Seam] = []
    for start in committed_starts(doc, style):
        clause = _clause(doc, start)
        article = bool(clause) and clause[0].lower_ in articles
        words = clause[1:] if article else clause
        words = words[_listed_at(words, of, nouns) :]  # 'ga ik X en *Y-en* van ...'
        if len(words) < 3 or words[1].lower_ != of or not _verb_noun(words[0], ending):
            continue
        if not article and words[0].lower_ not in nouns:
            continue
        if any(_infinitive_after(u, ending) for u in words[3:]):
            continue  # 'het afsluiten van de kassa oefenen'
        detail = f"the act {words[0].text!r} as a noun after {doc[start - 2 : start].text!r}"
        seams.append(Seam("lost_verb", detail, (words[0].lower_, "verb-noun")))
    return seams


#: Word classes of a list of things before a verb-noun listed among them.
_LISTED = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "DET", "NUM"})


def _listed_at(words: list[Token], of: str, nouns: set[str]) -> int:
    """Where a verb-noun of the goal's with its van-phrase stands listed after a noun and a
    coordinator ('ga ik trillingsmetingen en *balanceren* van rotoren'), else 0: the list
    names things, and no infinitive ends the clause for them either."""
    for n in range(2, len(words) - 1):
        listed = words[n - 1].pos_ == "CCONJ" and words[n - 2].pos_ in ("NOUN", "PROPN")
        if listed and words[n + 1].lower_ == of and words[n].lower_ in nouns:
            # only things before it: the list opens the clause ('ga ik [concreet gedrag]
            # in X en Y-en van ...' has its act)
            return n if all(w.pos_ in _LISTED for w in words[:n]) else 0
    return 0


def _clause(doc: Doc, start: int) -> list[Token]:
    out = []
    for t in doc[start:]:
        if t.text in ",;:.!?" or t.pos_ == "SCONJ":
            break
        out.append(t)
    return out


def _infinitive_after(token: Token, ending: str) -> bool:
    """An infinitive ending the clause after the van-phrase, short ones too ('... sneller
    *doen*', '... *gaan*': the ending's last letter)."""
    return _verb_noun(token, ending) or (
        token.is_alpha and token.lower_.endswith(ending[-1:]) and token.pos_ in ("VERB", "AUX")
    )


def _verb_noun(token: Token, ending: str) -> bool:
    """A form with the infinitive's ending that is its own lemma: an infinitive, here as a
    noun."""
    lower = token.lower_
    return (
        token.is_alpha
        and len(lower) > 4
        and lower.endswith(ending)
        and token.lemma_.lower() == lower
    )


def _verb_nouns_of(goal: Goal, of: str, ending: str, articles: set[str]) -> set[str]:
    """The goal's verb-nouns after an article or a preposition ('in het intoneren van',
    'bij afsluiten van'): the writer named an act as a thing."""
    found: set[str] = set()
    if goal.doc is None:
        return found
    for t in goal.doc[1:-1]:
        named = t.nbor(-1).pos_ in ("DET", "ADP") or t.nbor(-1).lower_ in articles
        if named and t.nbor(1).lower_ == of and _verb_noun(t, ending):
            found.add(t.lower_)
    return found
