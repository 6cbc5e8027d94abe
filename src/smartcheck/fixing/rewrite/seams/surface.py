"""Surface seams: what the candidate's text shows without a parse.

A list marker, a label, an invisible character, a doubled word, stray punctuation, a capital
kept mid-sentence, an empty frame slot: patterns over the text find these more reliably (and
far more cheaply) than a parse of a broken sentence would.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.compiled import compiled
from smartcheck.fixing.rewrite.compounds import particle_verb
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.stops import sentence_ends, written_ellipses
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.pipeline import known_word
from smartcheck.reading.timex.numbers import number_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")


_MARKER = re.compile(r"(?:^|[.!?;]\s+)(?:[-*•·▪►]|\(?\d+[.)]|[a-z][.)])\s+\S")


#: A list marker that opens a line of the input, and the word after it.
_LINE_MARKER = re.compile(r"(?m)^[ \t]*([-*•·▪►]|\d+[.)])[ \t]+([^\W_][\w'-]*)")


_LABEL = re.compile(r"^\s*([^\W\d_][\w'-]*(?:\s+[\w'-]+){0,2})(\s*:|\s+-{1,2})\s+\S")


PLACEHOLDER = re.compile(r"\[[^\[\]]+\]")

#: A label the writer put before a sentence of the text ('Doel: ...', 'Goal: ...'), joined
#: into the rewrite after a comma: a capitalised word and its colon, mid-sentence.
_LABEL_INSIDE = re.compile(r",\s+[A-Z][^\W\d_]*:\s")


def capital_inside(
    candidate: str, goal: Goal, style: RewriteStyle, names: frozenset[str] = frozenset()
) -> list[Seam]:
    """The first word of a sentence of the goal, a common word, keeps its capital in the
    middle of the rewrite ('..., as our workshop is a mess *My* supervisor wants'; not one
    the language always capitalises, the pack's ``capitalised``: 'Spaans'; nor a name that
    is also a word, ``names``: 'Excel', 'Outlook')."""
    doc = goal.doc
    if doc is None or sum(t.is_alpha for t in doc) < 2:
        return []  # a one-word topic ('Communicatie') may be a name: its capital stays
    seams: list[Seam] = []
    starts = [0, *sentence_ends(goal.text, style.abbreviations)]  # not the parser's sentences:
    for n, start in enumerate(starts):  # 'Who: Sem | How: ...' is one sentence
        first = next((t for t in doc if t.is_alpha and t.idx >= start), None)
        if n and first is not None and first.pos_ == "PROPN":
            continue  # a later sentence may open on a name ('Jan helpt me ...')
        seams += _capital_kept(first, candidate, goal, style, names)
        if seams:
            break
    return seams


def _capital_kept(
    first: Token | None, candidate: str, goal: Goal, style: RewriteStyle, names: frozenset[str]
) -> list[Seam]:
    """``first``, a sentence's first word in the goal, capitalised inside the rewrite more
    often than the goal has it inside a sentence."""
    acronym = first is not None and first.text.isupper() and first.text not in ("A", "Een")
    if first is None or not first.text[:1].isupper() or acronym:
        return []  # not capitalised, or an acronym or 'I' (a lone 'A' is the article)
    common = known_word(first.lower_, lang=goal.lang) or particle_verb(first.lower_, goal.lang)
    if not common or first.lower_ in style.capitalised:
        return []  # 'Omstellen' is common too: a particle and a verb the dictionary knows
    if first.text in names:
        return []  # the writer's 'Excel' is the name
    pattern = rf"(?<![.!?]\s)(?<!^)\b{re.escape(first.text)}\b"
    inside = [m for m in re.finditer(pattern, candidate) if m.start() > 0]
    named = sum(1 for m in re.finditer(pattern, goal.text) if m.start() > 0)  # a name inside
    if len(inside) > named:
        return [Seam("residue", f"{first.text!r} keeps its capital inside the sentence")]
    return []


def capital_added(candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A word the writer wrote in lower case, capitalised inside the rewrite ('meer rust' ->
    'meer Rust', taken for a name that is also a word; '• sourcing via ...' -> 'ga ik
    Sourcing via ...'); a word the language always capitalises ('spanish' -> 'Spanish') or
    a name that is no common word (the pack's ``known_names``: 'excel') is a correction."""
    written = set(re.findall(r"[^\W\d_][\w'-]*", goal.text))
    names = {w.lower() for w in ctx.pack.words("known_names")}
    seams = []
    for m in re.finditer(r"(?<=[^.!?\[]\s)([^\W\d_][\w'-]*)", PLACEHOLDER.sub("x", candidate)):
        word = m.group(1)
        lower = word[:1].lower() + word[1:]
        added = word[:1].isupper() and word not in written and lower in written
        if added and word.lower() not in style.capitalised | names and word != "I":
            seams.append(Seam("residue", f"{lower!r} capitalised inside the sentence"))
    return seams


def list_colon(candidate: str, goal: Goal, ctx: RuleContext) -> list[Seam]:
    """The colon of a list the goal announces ('three things: ...') left inside a sentence
    ('I will [concrete behaviour] for three things: ...'): the list's goals are one sentence
    no more. The writer's own colon before a reason ('moet beter: er gaat ...') may stay."""
    if ":" not in candidate:
        return []  # asked first: the list's pattern of every number word costs far more
    counts = "|".join(re.escape(w) for w in number_words(ctx.pack.time))
    announced = re.search(rf"(?i)\b(?:\d+|{counts})\s+[^\W\d_]+\s*:", goal.text)
    if announced is None:
        return []
    return [Seam("residue", "the colon of the goal's list inside the sentence")]


def deadline_in_side_clause(candidate: str, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A new deadline put inside a clause after a comma that is not the goal's ('De controle
    sneller afronden, nu duurt vóór [datum] het te lang'): that clause names neither the
    writer nor the goal's verb, so the date went to the wrong verb."""
    phrase = style.frames.deadline.format(date=style.placeholders.date)
    at = candidate.find(phrase)
    if at <= 0 or "," not in candidate[:at]:
        return []
    chunk = candidate[candidate.rfind(",", 0, at) + 1 : at]
    words = re.findall(r"[^\W\d_]+", chunk.lower())
    if not words:
        return []  # a phrase of its own after the comma (', by [date]')
    own = {s.lower() for s in style.subjects} | {a.lower() for a in style.subjects.values()}
    action = goal.action.text.lower() if goal.action is not None else ""
    if _remark_on_goal(words, style):
        return [
            Seam(
                "word_order",
                f"the deadline inside the remark {chunk.strip()!r}",
                ("remark-deadline",),
            )
        ]
    if own & set(words) or (action and action in words):
        return []
    return [Seam("word_order", f"the deadline inside {chunk.strip()!r}", ("side-deadline",))]


def _remark_on_goal(words: list[str], style: RewriteStyle) -> bool:
    """A clause that points back at the goal and tells the writer's state, no wish or
    commitment ('..., daar weet ik nog te weinig van', '..., that is where I get stuck'):
    the writer's remark, whose verb no deadline belongs to ('daar wil ik ...' is the goal)."""
    if not words or words[0] not in style.back_references:
        return False
    writer = {s.lower() for s in style.subjects}
    committed = {a.lower() for a in style.subjects.values()}
    committed |= {m.lower() for m in (*style.modals, *style.wish_modals)}
    return bool(writer & set(words)) and not committed & set(words)


def stranded_particle(
    candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """Dutch: a separable verb's particle left before 'te' and the behaviour placeholder
    ('om met de kassa *om te* [concreet gedrag]'): the placeholder took the verb ('om te
    gaan'), its particle stayed."""
    if style.word_order != "v2" or not style.infinitive_markers:
        return []
    te = style.infinitive_markers[0]
    for particle in ctx.pack.words("separable_particles"):
        stranded = f"{particle} {te} {style.placeholders.behaviour}"
        if stranded in candidate.lower() and re.search(
            rf"\b{re.escape(particle)} {te} [^\W\d_]+", goal.text.lower()
        ):
            return [Seam("residue", f"{particle!r} without its verb", (particle,))]
    return []


def result_without_verb(candidate: str, style: RewriteStyle) -> list[Seam]:
    """The behaviour placeholder followed by the preposition of a result ('ga ik [concreet
    gedrag] tot een echte specialist', 'I will [concrete behaviour] into a specialist'): the
    verb of becoming ('ontwikkelen tot', 'develop into') was taken, its result left."""
    for preposition in style.result_prepositions:
        if f"{style.placeholders.behaviour} {preposition} " in candidate:
            return [Seam("residue", f"{preposition!r} without its verb", (preposition,))]
    return []


def _unaccented(text: str) -> str:
    """``text`` without its accents: a stressed 'vóór' or 'één' is the same word as 'voor'."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _particle_after_complementizer(text: str, doubled: re.Match[str], style: RewriteStyle) -> bool:
    """'om *om* te gaan met ...': the complementizer, then the particle of a separable verb
    split by 'te' ('omgaan'); the same word twice, and whole."""
    word = doubled.group(1).lower()
    markers = "|".join(re.escape(m) for m in style.infinitive_markers)
    if word not in {c.lower() for c in style.complementizers} or not markers:
        return False
    return re.match(rf"\s+(?:{markers})\s+\w", text[doubled.end() :], re.IGNORECASE) is not None


def _marker_inside(candidate: str, original: str) -> bool:
    """A marker that opens a line of the input, kept with its word inside a sentence of the
    rewrite ('I will get my *- driving* licence C *- learn* SQL'): the lines were glued into
    one sentence. A dash the writer put inside a line ('werk - privé') opens none."""
    for marker in _LINE_MARKER.finditer(original):
        kept = rf"\s{re.escape(marker.group(1))}\s+{re.escape(marker.group(2))}\b"
        if re.search(kept, candidate):
            return True
    return False


def surface_seams(candidate: str, original: str, style: RewriteStyle) -> list[Seam]:
    seams = _period_inside(candidate, original, style)
    if _INVISIBLE.search(candidate) or "\n" in candidate:
        seams.append(Seam("residue", "an invisible character or line break from the input"))
    if _MARKER.search(candidate) or _marker_inside(candidate, original):
        seams.append(Seam("residue", "a list marker"))
    label = _LABEL.match(original)
    mark = (r"\s*:" if ":" in label.group(2) else r"\s+-") if label else ""
    if label and re.search(rf"(?i)\b{re.escape(label.group(1))}{mark}", candidate):
        seams.append(Seam("residue", f"the label {label.group(1)!r}"))
    if _LABEL_INSIDE.search(candidate):  # '..., Doel: vanaf maart ...': a label mid-sentence
        seams.append(Seam("residue", "a label inside the sentence"))
    plain = _unaccented(PLACEHOLDER.sub("X", candidate))  # 'voor vóór' is one word twice
    written = _unaccented(original).lower()
    doubled = next(
        (  # 'dat dat' as the writer wrote it ('vind dat dat op kantoor hoort') is whole
            m
            for m in re.finditer(r"\b(\w+) \1\b", plain, flags=re.IGNORECASE)
            if re.search(rf"\b{re.escape(m.group(0).lower())}\b", written) is None
        ),
        None,
    )
    if (
        doubled
        and doubled.group(1) != "X"
        and not _particle_after_complementizer(plain, doubled, style)
    ):
        seams.append(Seam("doubled", f"{doubled.group(1)!r} twice"))
    # an ellipsis the writer wrote ('is something else... a bit nervous') is theirs
    dotted = written_ellipses(candidate, original)
    if re.search(r"\s{2}|\s[,.;:!?]|,,|\.\.|^[\s,.;:]|,\s*[.;]|\]\s*\[", dotted):
        seams.append(Seam("dangling", "stray punctuation"))
    elif re.search(r"\?[,;]", candidate) and not re.search(r"\?[,;]", original):
        seams.append(Seam("dangling", "a question mark before a comma"))  # 'arbo?, want'
    for m in re.finditer(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*%", original):
        number = re.escape(m.group(1))
        bare = re.search(rf"(?<![\d.,]){number}(?!\d|[.,]\d|\s*%)", candidate)
        if bare and not re.search(rf"(?<![\d.,]){number}\s*%", candidate):
            seams.append(Seam("dangling", f"{m.group()!r} lost its '%'", ("%",)))
    if re.search(r"\(\s*\)", candidate) and not re.search(r"\(\s*\)", original):
        seams.append(Seam("residue", "empty brackets"))
    if re.search(r"(?i)\b(?:and|or|but|en|maar),", candidate):  # 'my manager and, I will'
        seams.append(Seam("dangling", "a comma right after a joining word"))
    if re.search(r"\s[-\u2013\u2014]\s*[,.;]", candidate):  # 'training for new staff -, I will'
        seams.append(Seam("dangling", "a dash with nothing after it"))

    if not _balanced(candidate) and _balanced(original):
        seams.append(Seam("dangling", "a bracket without its partner"))
    seams += _empty_topic(candidate, original, style)
    seams += _phrase_inside(candidate, style)
    seams += _spliced_reference(candidate, original, style)
    seams += _deadline_beside_time(candidate, style)
    seams += _committed_to_wish(candidate, style)
    pieces = [p.strip().lower() for p in re.split(r"[,.;]", plain) if len(p.split()) >= 3]
    repeated = {p for p in pieces if pieces.count(p) > 1}
    if repeated:
        seams.append(Seam("doubled", f"the clause {sorted(repeated)[0]!r} twice"))
    return seams


def _committed_to_wish(candidate: str, style: RewriteStyle) -> list[Seam]:
    """The commitment made to the words of a wish frame ('ga ik het leuk vinden, ... om
    mee te lopen'): the wish is what the rewrite replaces, never what the writer commits to."""
    lower = f" {candidate.lower()} "
    for frame in style.wish_frames:
        words = frame.lower().split()
        if len(words) < 4 or words[0] not in {s.lower() for s in style.subjects}:
            continue
        wish = " ".join(words[2:-1])  # 'ik zou het leuk vinden om' -> 'het leuk vinden'
        for aux in {a.lower() for a in style.subjects.values()}:
            if f" {aux} {words[0]} {wish} " in lower or f" {words[0]} {aux} {wish} " in lower:
                return [Seam("two_modals", f"the commitment made to the wish {wish!r}")]
    return []


def _deadline_beside_time(candidate: str, style: RewriteStyle) -> list[Seam]:
    """The added deadline right before a time of the goal's own with the same preposition
    ('vóór [datum] vóór 8 uur', 'by [date] by 9 am'): two deadlines side by side."""
    phrase = style.frames.deadline.format(date=style.placeholders.date)
    marker = phrase.split()[0] if phrase.split() else ""
    if not marker or phrase not in candidate:
        return []
    after = candidate.split(phrase, 1)[1].lstrip().lower()
    if re.match(rf"{re.escape(marker.lower())}\s+\d", after):
        return [Seam("two_deadlines", f"{phrase!r} beside the goal's own {marker!r}")]
    return []


def _spliced_reference(candidate: str, original: str, style: RewriteStyle) -> list[Seam]:
    """A clause whose subject points back at the goal ('that', 'dat') glued on by a comma
    ('I will present more, that would help my confidence'): what framed it ('I think') is
    gone, and two main clauses are left spliced. The writer's own comma clause stays."""
    pronouns = "|".join(re.escape(p) for p in style.demonstrative_subjects)
    modals = "|".join(re.escape(m) for m in style.modals)
    if not pronouns or not modals:
        return []
    splice = re.compile(rf"(?i),\s+({pronouns})\s+({modals})\b")
    found = splice.search(candidate)
    if found is None or splice.search(original):
        return []
    return [Seam("dangling", f"a clause on {found.group(1)!r} spliced on by a comma")]


def _phrase_inside(candidate: str, style: RewriteStyle) -> list[Seam]:
    """An added phrase that closes with words of its own ('with [how measured] as evidence')
    put inside the goal's clause: the clause goes on after it ('... as evidence so often
    anymore'). It ends at punctuation, the end, or a clause of its own ('so I can ...')."""
    frame = style.frames.measure or ""
    tail = frame.split("{measure}")[-1].strip() if "{measure}" in frame else ""
    if not tail:
        return []
    opens = {w.lower() for w in (*style.relativizers, *style.infinitive_markers)}
    joins = {w.lower() for w in style.clause_ends}  # 'so I can', never 'so often'
    # a subject opens the clause: a pronoun or a noun phrase ('so my pipeline is accurate')
    subjects = {w.lower() for w in style.subjects} | {"that", "it", "they", "he", "she"}
    subjects |= {w.lower() for w in style.determiners}
    for m in re.finditer(re.escape(tail), candidate):
        rest = candidate[m.end() :].lstrip()
        words = re.findall(r"[^\W\d_]+", rest.lower())[:2]
        if not words or not rest[:1].isalpha() or words[0] in opens:
            continue  # the end, punctuation, or a clause of its own
        if words[0] in joins and len(words) > 1 and words[1] in subjects:
            continue
        return [Seam("word_order", f"the clause goes on after {tail!r}: {' '.join(words)!r}")]
    return []


def _said_before(candidate: str, hit: re.Match[str], head: str, original: str) -> bool:
    """Did the writer write ``hit`` (``head``, the frame's preposition) with the two words
    before it ('Ik ben er zenuwachtig *voor*.': the writer's own preposition, kept as
    written, no frame left empty)?"""
    before = re.findall(r"\S+", candidate[: hit.start()])[-2:]
    if len(before) < 2:
        return False
    said = " ".join([*before, head])
    return said.lower() in " ".join(original.split()).lower()


def _empty_topic(candidate: str, original: str, style: RewriteStyle) -> list[Seam]:
    """The domain frame with nothing for its topic ('ga ik voor [concreet gedrag]',
    '[concrete behaviour] for, with ...'): its preposition before the behaviour or a mark."""
    head = style.frames.domain.split("{topic}")[0].strip()
    if not head:
        return []
    behaviour = re.escape(style.placeholders.behaviour)
    empty = rf"(?<!\w){re.escape(head)}(?: {behaviour}|\s*[,.;:]|\s*$)"
    for hit in re.finditer(empty, candidate):
        if not _said_before(candidate, hit, head, original):
            return [Seam("dangling", f"{head!r} without its topic", (head.lower(),))]
    if style.word_order == "v2":  # 'ga ik voor zonder typefouten [gedrag]': a phrase, no topic
        for hit in re.finditer(rf"(?<!\w){re.escape(head)} (\w+) ", candidate):
            said = re.search(rf"(?i)(?<!\w){re.escape(hit.group(0))}", original)
            if hit.group(1).lower() in style.prepositions and not said:
                return [Seam("dangling", f"{head!r} before {hit.group(1)!r}", (head.lower(),))]
    return []


def _balanced(text: str) -> bool:
    """Every '(' closed by a ')' after it."""
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _period_inside(candidate: str, original: str, style: RewriteStyle) -> list[Seam]:
    """A period that ended the goal, left inside the rewrite ('... World War I., with ...',
    '... deel II. af'): before a comma or a lower-case word it is a seam, unless the word
    before it is an abbreviation ('etc.,', 'e.g.,', 'o.a. met') or the goal had it inside
    a sentence too (an initial: 'Mevrouw K. laat ...')."""
    plain = PLACEHOLDER.sub("X", candidate)
    for hit in re.finditer(r"(\S+)\.(?=\s*,|\s+[^\W\d_A-Z])", plain):
        word = hit.group(1).lower().lstrip("([")
        if "." in word or word in style.abbreviations:
            continue
        if re.search(rf"(?<!\S){re.escape(hit.group(1))}\.\s+\S", original):
            continue
        return [Seam("dangling", f"a sentence-final period after {hit.group(1)!r}", (".",))]
    return []


def name_lowered(candidate: str, goal: Goal, names: frozenset[str]) -> list[Seam]:
    """A name that is also a word, written with its capital ('Excel', 'Outlook': the pack's
    ``ambiguous_names``), in lower case in the rewrite ('By [date], excel ...'): the
    rewrite read the name as the verb."""
    for name in names:
        if compiled(rf"\b{re.escape(name)}\b").search(goal.text) is None:
            continue
        lower = name.lower()
        if lower != name and re.search(rf"\b{re.escape(lower)}\b", candidate):
            return [Seam("residue", f"the name {name!r} lost its capital", (lower,))]
    return []
