"""A thing wished for with a relative clause that describes it: 'I would like a mentor who
I can call after a difficult procedure', 'I'd like a buddy at another centre, someone I
can call after a procedure', 'Ik wil graag een maatje, iemand die ik kan bellen'.

The clause's verb is the thing's, not an act the writer wishes for ('a course to follow'
is one): read as the wished act, the wish stayed dated as written ('By [date], I would like
a mentor who ...'), which commits to nothing. The thing is everything before the relative
clause (its pronoun or the person it adds after a comma, 'someone', 'iemand', opens it); the
wish becomes the purpose of a step, as for any thing ('..., in order to get a mentor who
...').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.words import Word

#: Dependency labels of a relative clause's verb.
_RELATIVE = frozenset({"acl:relcl", "relcl"})
#: Dependency labels of a pronoun that belongs to a noun phrase ('my', 'zijn').
_POSSESSIVE = frozenset({"nmod:poss", "poss", "det"})


def relative_start(core: list[int], words: list[Word]) -> int | None:
    """Where in ``core`` (indices into ``words``) a relative clause that describes the thing
    opens: the first pronoun after the thing's first word (not a possessive) before the
    clause's verb; None without such a clause."""
    verb = next((n for n, i in enumerate(core) if words[i].dep in _RELATIVE), None)
    if verb is None:
        return None
    return next(
        (
            n
            for n in range(1, verb)
            if words[core[n]].pos == "PRON" and words[core[n]].dep not in _POSSESSIVE
        ),
        None,
    )


def clause_fits(frame: str | None) -> bool:
    """Whether a thing with its relative clause can stand in the purpose ``frame``: only at
    its end ('in order to get {clause}'); inside it the clause would split the frame's verb
    from its thing ('om een maatje, iemand die ik kan bellen, te krijgen')."""
    return bool(frame) and str(frame).rstrip(". ").endswith("{clause}")
