"""A difficulty the writer names instead of a goal: 'Ik heb moeite met feedback geven, daar wil
ik aan werken', 'I find saying no difficult', 'I struggle with prioritising my tasks', 'Ik
vind het lastig om nee te zeggen', 'I find it hard to say no'.

Committing to the sentence as written would promise the problem ('I will struggle with
...'). The goal it points at is getting better at the thing named ('Ik wil beter worden in
feedback geven'), or learning to do what is hard ('Ik wil leren om nee te zeggen'), which is
then rewritten like any vague goal. The frames with the thing's slot and the goal they
become are data: the pack's ``rewrite.difficulty_frames`` and ``rewrite.difficulty_goal``,
``difficulty_verb_frames`` and ``difficulty_verb_goal`` (a verb phrase in the slot),
``inexperience_frames`` and ``inexperience_goal`` ('Met aanbestedingen heb ik weinig ervaring'
becomes the goal of gaining it), ``unknowing_frames`` and ``unknowing_goal`` ('Ik weet te weinig
van de cao': learning more about it); a tail that only refers back to the difficulty ('daar wil
ik aan werken', 'I want to work on that': ``back_references``) goes with it, and so do
words of degree or time before the frame's words ('nog', 'still': ``difficulty_degrees``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.bare_topics import inside_topic
from smartcheck.fixing.rewrite.words import Word, capitalise, join, opening_length, tidy, words_of
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def difficulty_goal(words: list[Word], style: RewriteStyle, lang: str) -> str | None:
    """The goal a named difficulty points at, as a sentence to rewrite; None when ``words``
    name none, or go on with more than a reference back to it. A thing named first
    ('Presenteren vind ik lastig') loses its capital unless it is a name."""
    found = _difficulty(words, style, lang)
    return found[0] if found is not None else None


def _difficulty(words: list[Word], style: RewriteStyle, lang: str) -> tuple[str, list[Word]] | None:
    """The goal a named difficulty points at and the words of the text it keeps (the
    difficult thing, where it is worked on); None as for ``difficulty_goal``."""
    frames = [(f, style.difficulty_goal) for f in style.difficulty_frames]
    frames += [(f, style.difficulty_verb_goal) for f in style.difficulty_verb_frames]
    perceived = opening_length([w.lower for w in words], style.perception_openers)
    if perceived:  # 'Ik merk dat ik het moeilijk vind om X': the clause after the opener;
        # a lack noticed ('Ik merk dat ik weinig weet van X') is context told before a goal
        words = words[perceived:]
        if style.word_order == "v2":  # a subordinate clause: its finite verb last
            frames = [(_subordinate(f), g) for f, g in frames if _subordinate(f)]
    else:
        frames += [(f, style.inexperience_goal) for f in style.inexperience_frames]
        frames += [(f, style.unknowing_goal) for f in style.unknowing_frames]
    plain = style.determiners | {s.lower() for s in style.subjects}
    words = _without_degrees(words, frames, style.difficulty_degrees, plain)
    text = [w.lower for w in words]
    for frame, goal in frames:
        if not goal:
            continue
        before, _, after = (part.split() for part in frame.lower().partition("{topic}"))
        at = _spelled_at(text, 0, before)
        if at is None:
            continue
        end = _topic_end(words, at, after, style.clause_openers)
        if end is None or end == at:
            continue
        stop = _spelled_at(text, end, after) if after else end
        setting = _setting(words[stop:], style) if stop is not None else []
        if stop is None or not _only_back_reference(words[stop:], style, len(setting)):
            continue
        while not after and end > at + 1 and words[end - 1].lower in style.difficulty_degrees:
            end -= 1  # "I don't know much about budgeting *yet*": how it is now
        first = inside_topic(words[at], lang, style) if at == 0 else words[at]
        topic = join([first, *words[at + 1 : end]])
        verb_phrase = goal == style.difficulty_verb_goal  # 'om grenzen te stellen': no noun
        if style.gerund_article and not verb_phrase and _reads_as_particle(goal, first, lang):
            topic = f"{style.gerund_article} {topic}"
        told = goal.format(topic=topic)
        if setting:  # 'Hier wil ik in de intervisie mee aan de slag': where it is worked on
            where = join(setting, lead=False)
            head = told.split()
            told = (
                " ".join([*head[:2], where, *head[2:]])
                if style.word_order == "v2"
                else f"{told} {where}"
            )
        return capitalise(tidy(told)).rstrip(" ,") + ".", [*words[at:end], *setting]
    return None


def _subordinate(frame: str) -> str:
    """A frame of the writer's clause in a subordinate clause's order, its finite verb (the
    second word, after 'ik') last of the frame's own words: before the word that opens the
    slot when the frame ends in it ('ik vind het moeilijk om {topic}' -> 'ik het moeilijk
    vind om {topic}'), at the end when the slot is inside ('ik vind {topic} lastig' -> 'ik
    {topic} lastig vind'); nothing for a frame that opens otherwise."""
    parts = frame.split()
    if len(parts) < 3 or "{" in parts[0] or "{" in parts[1]:
        return ""
    first, verb, rest = parts[0], parts[1], parts[2:]
    if rest[-1] == "{topic}" and len(rest) >= 2:
        return " ".join([first, *rest[:-2], verb, *rest[-2:]])
    return " ".join([first, *rest, verb])


#: Word classes inside a setting's noun phrase ('in *de intervisie*', 'in *my coaching
#: sessions*').
_SETTING_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _setting(rest: list[Word], style: RewriteStyle) -> list[Word]:
    """Where the writer will work on the difficulty, told in the clause that refers back to
    it ('Hier wil ik *in de intervisie* mee aan de slag', 'I want to work on that *in my
    coaching sessions*'): a preposition and a noun phrase without the reference, in Dutch
    before the clause's last words, in English after the reference; nothing when there is
    no such phrase or more than one."""
    words = [w for w in rest if w.is_word]
    refs = [n for n, w in enumerate(words) if w.lower in style.back_references]
    found: list[list[Word]] = []
    n = 0
    while n < len(words):
        end = n + 1
        while end < len(words) and (
            words[end].pos in _SETTING_WORDS
            or (words[end].pos == "PRON" and words[end].lower not in style.back_references)
        ):
            end += 1
        phrase = words[n:end]
        is_noun = phrase[-1].pos in ("NOUN", "PROPN")
        placed = end < len(words) if style.word_order == "v2" else bool(refs) and n > refs[0]
        if words[n].pos == "ADP" and len(phrase) >= 2 and is_noun and placed:
            found.append(phrase)
            n = end
            continue
        n += 1
    return found[0] if len(found) == 1 else []


def _reads_as_particle(goal: str, first: Word, lang: str) -> bool:
    """Whether the goal's word before the topic and the topic's bare infinitive would read
    as one separable verb ('in spelen' as 'inspelen', 'in plannen' as 'inplannen'): the
    infinitive then needs the pack's ``gerund_article`` to be a noun."""
    before = goal.partition("{topic}")[0].split()
    if not before or not first.lower.endswith("en"):
        return False
    return known_word(before[-1] + first.lower, lang)


def _without_degrees(
    words: list[Word],
    frames: list[tuple[str, str]],
    degrees: frozenset[str],
    plain: frozenset[str] | set[str],
) -> list[Word]:
    """``words`` without the words of degree or time that stand right before a frame's own
    words ('presenteren *nog* lastig', 'heb *echt* moeite met', '*still* find'): the frames
    are spelled without them, and the goal of getting better replaces them. An article or
    the writer after it (``plain``) is no frame's own word ('*echt* het gesprek aangaan')."""
    frame_words = {
        w for frame, _ in frames for w in frame.lower().split() if "{" not in w and w not in plain
    }
    kept: list[Word] = []
    for n, word in enumerate(words):
        if word.lower in degrees:  # only a degree word looks ahead (a long text stays linear)
            following = next((w for w in words[n + 1 :] if w.lower not in degrees), None)
            if following is not None and following.lower in frame_words:
                continue
        kept.append(word)
    return kept


def _spelled_at(text: list[str], start: int, phrase: list[str]) -> int | None:
    """Where ``phrase`` ends when it is spelled from ``start`` on (clitics joined: "i'm"
    is two tokens), or None."""
    target = "".join(phrase)
    spelled = ""
    for n in range(start, len(text)):
        if spelled == target:
            return n
        spelled += text[n]
        if not target.startswith(spelled):
            return None
    return len(text) if spelled == target else None


def _topic_end(
    words: list[Word], at: int, after: list[str], keeps: frozenset[str] = frozenset()
) -> int | None:
    """Where the difficult thing ends: before the frame's closing words ('lastig',
    'difficult'), or at the first comma or clause joiner when the frame ends in the slot;
    a clause of time or condition (``keeps``: 'als ik thuis ben', 'when a meeting runs
    over') tells when it is hard, and stays with it."""
    text = [w.lower for w in words]
    if after:  # the thing is one phrase: no clause joined with a comma ('X, dat vind ik')
        for n in range(at + 1, len(words)):
            if _spelled_at(text, n, after) is not None:
                return n
            if words[n].text in (",", ";"):
                return None
        return None
    return next(
        (
            n
            for n in range(at, len(words))
            if not words[n].is_word or (_joins(words[n]) and words[n].lower not in keeps)
        ),
        len(words),
    )


def _joins(word: Word) -> bool:
    return word.pos in ("CCONJ", "SCONJ")


def _only_back_reference(rest: list[Word], style: RewriteStyle, setting: int = 0) -> bool:
    """Nothing after the difficulty, or only a clause that refers back to it ('..., daar
    wil ik aan werken', 'and I want to work on that'), with ``setting`` words of where."""
    words = [w for w in rest if w.is_word]
    if not words:
        return True
    return any(w.lower in style.back_references for w in words) and len(words) <= 8 + setting


def difficulty_spans(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the goal names a difficulty, and the tail that refers back to it ('..., daar wil
    ik aan werken'): words the goal of getting better replaces, never lost words."""
    found = ctx.find(goal, "difficulties")
    spans = [(m.start, m.end) for m in found]
    said = [w for w in words_of(goal) if w.is_word]
    matched = _difficulty(words_of(goal), style, goal.lang)
    if matched is not None:  # 'Ik merk dat ik ... Daar wil ik in X aan werken': all but
        kept = {w.start for w in matched[1]}  # the thing and where it is worked on
        spans += [(w.start, w.end) for w in said if w.start not in kept]
    doc = goal.doc
    if not found or doc is None:
        return spans
    words = [t for t in doc if not t.is_punct]
    if words and words[-1].lower_ in style.difficulty_degrees:  # '... about X yet.'
        spans.append((words[-1].idx, words[-1].idx + len(words[-1].text)))
    for m in found:  # 'X: daar heb ik weinig ervaring mee': the word pointing back, too
        if m.token_start and doc[m.token_start - 1].lower_ in style.back_references:
            spans.append((doc[m.token_start - 1].idx, m.start))
    last = max(m.token_end for m in found)
    tail = next((t for t in doc[last:] if t.text == "," or t.pos_ == "CCONJ"), None)
    if tail is not None and any(t.lower_ in style.back_references for t in doc[tail.i :]):
        spans.append((tail.idx, len(goal.text)))
    return spans
