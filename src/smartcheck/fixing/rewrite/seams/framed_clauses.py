"""The clauses a frame opens: the own part's that-clause ('zorg ervoor dat ...', 'make sure
that ...') and the purpose's infinitive clause ('om ... te', 'in order to').

What goes in them has rules of its own: the that-clause is what the writer sees to, in the
present, with a subject and a verb that agrees; the infinitive clause has no subject and no
finite verb of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.phrases import clause_after, find_words, frame_words
from smartcheck.fixing.rewrite.seams.tokens import (
    as_probed,
    attributive,
    infinitive_like,
    is_finite,
    is_infinitive,
)
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.anatomy.infinitives import form_infinitives, stem_infinitives
from smartcheck.reading.pipeline import comparative_form, has_regular_past, known_word
from smartcheck.reading.timex import TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from smartcheck.judging.context import RuleContext


def own_part_clause(span: Span, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """The own part's that-clause ('zorg ervoor dat ...', 'make sure that ...') is what the
    writer sees to, in the present: a modal of duty inside it stacks a second duty on the
    frame ('dat het team sneller moet reageren', 'that staff must complete'), and a singular
    subject with only plural or bare verbs was never made finite ('dat het team sneller
    reageren', 'that the help desk answer')."""
    key = frame_words(style.frames.own_part)[-2:]
    tokens = list(span)
    seams: list[Seam] = []
    duties = [w.lower().split() for w in ctx.pack.words("obligation_modals")]
    particles = set(ctx.pack.words("separable_particles"))
    for at in find_words(tokens, key) if len(key) == 2 else []:
        clause = clause_after(tokens, at + 2)
        words = [t.lower_ for t in clause]
        duty = next((d for d in duties if find_words(clause, d)), None)
        joined = [t.text for t in clause if _particle_on(t.lower_, duties, particles)]
        duty = duty or ([joined[0]] if joined else None)  # 'de deur uitmoeten'
        if duty is not None:
            seams.append(
                Seam("two_modals", f"{' '.join(duty)!r} inside '{' '.join(key)} ...'", ("duty",))
            )
        if words and _te_for_finite(clause, style):
            seams.append(Seam("lost_tense", f"'te' without its infinitive in {words!r}", ("te",)))
        wish = next((t for t in clause if _voiced_wish(t, style, ctx)), None)
        if wish is not None:  # 'make sure that management wants ...': nobody sees to a wish
            seams.append(Seam("word_order", f"another's wish {wish.text!r} inside the own part"))
        if words and (
            _unagreed(clause, style)
            or _bare_first_verb(clause, style)
            or _existential_unagreed(clause, style)
        ):
            seams.append(
                Seam("lost_tense", f"no finite verb for the subject of {words!r}", ("agr",))
            )
    return seams


def _voiced_wish(token: Token, style: RewriteStyle, ctx: RuleContext) -> bool:
    """A finite verb of wishing ('wants', 'wil', 'verwacht'; the pack's ``wanting_verbs``),
    or one of judging with its clause ('vindt dat', 'thinks that'): what someone else wants
    or thinks, which no one can see to. 'vraagt', 'plaatsvindt' are neither."""
    if token.pos_ not in ("VERB", "AUX") or not is_finite(token):
        return False
    lemma = token.lemma_.lower()
    if lemma in style.wanting_verbs:
        return True
    thats = {w.lower() for w in ctx.pack.words("complement_markers")}
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return lemma in style.voice_verbs and after is not None and after.lower_ in thats


def _existential_unagreed(clause: list[Token], style: RewriteStyle) -> bool:
    """'that there is fewer mistakes': after an empty subject (the pack's
    ``existential_subjects``) the verb agrees with the noun that follows it."""
    if len(clause) < 3 or clause[0].lower_ not in style.existential_subjects:
        return False
    singular = set(style.present_forms.get("singular", {}).values())
    plural = set(style.present_forms.get("plural", {}).values())
    at = next((n for n in range(2, len(clause)) if clause[n].pos_ in ("NOUN", "PROPN")), None)
    if at is None:
        return False
    while at + 1 < len(clause) and clause[at + 1].pos_ == "NOUN":
        at += 1  # 'two staff members': the last noun is the head
    number = clause[at].morph.get("Number", [])
    verb = clause[1].lower_
    return (verb in singular and "Plur" in number) or (verb in plural and "Sing" in number)


def _te_for_finite(clause: list[Token], style: RewriteStyle) -> bool:
    """Dutch: the own part's that-clause kept the 'te' of a dropped 'dient ... te': before a
    finite form ('plaats te vindt'), or before the clause's only verbs ('dat de
    vergaderingen korter te worden'); an 'om ... te' of its own is fine."""
    markers = set(style.infinitive_markers)
    if style.word_order != "v2" or not markers:
        return False
    if any(t.lower_ in style.complementizers for t in clause):
        return False
    verbs = [n for n, t in enumerate(clause) if t.pos_ in ("VERB", "AUX")]
    after_te = [n for n in verbs if n > 0 and clause[n - 1].lower_ in markers]
    finite_after = any(not clause[n].lower_.endswith("n") for n in after_te)
    return finite_after or (bool(verbs) and len(after_te) == len(verbs))


def _particle_on(word: str, duties: list[list[str]], particles: set[str]) -> bool:
    """A separable particle written onto a modal of duty ('uitmoeten'): no verb of Dutch."""
    return any(
        word.startswith(p) and [word[len(p) :]] in duties for p in particles if len(word) > len(p)
    )


def _bare_first_verb(clause: list[Token], style: RewriteStyle) -> bool:
    """The clause's first verb, after a subject, is a base form whose present differs for
    every subject ('that parents be kept informed': a passive whose modal went but whose
    'be' was never made finite; the pack's ``present_forms`` plural: be -> are)."""
    plural = style.present_forms.get("plural", {})
    verbs = [n for n, t in enumerate(clause) if t.pos_ in ("VERB", "AUX")]
    if not verbs or plural.get(clause[verbs[0]].lower_, clause[verbs[0]].lower_) == (
        clause[verbs[0]].lower_
    ):
        return False
    return any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in clause[: verbs[0]])


def _unagreed(clause: list[Token], style: RewriteStyle) -> bool:
    """A singular noun subject opens the clause, but its verbs are all plural or bare."""
    n = 0
    while n < len(clause) and (
        clause[n].pos_ in ("DET", "ADJ", "NUM") or "Yes" in clause[n].morph.get("Poss", [])
    ):
        n += 1
    if n >= len(clause) or clause[n].pos_ not in ("NOUN", "PROPN"):
        return False
    first_noun = n
    while (
        n + 1 < len(clause)
        and clause[n + 1].pos_ in ("NOUN", "PROPN")
        and not (clause[n + 1].lower_.endswith("en") and style.word_order == "v2")
    ):
        n += 1  # 'the help desk': the last noun is the head
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in clause[n + 1 :])
    if style.word_order != "v2" and n > first_noun and verbless:
        probe = as_probed(clause[n], style)  # 'the help desk answer ...': 'answer' is the verb
        if probe is not None and probe.pos_ == "VERB" and probe.tag_ in ("VB", "VBP"):
            head = clause[n - 1]
            return (
                "Sing" in head.morph.get("Number", [])
                and head.lemma_.lower() == head.lower_
                and head.lower_ not in style.collective_nouns
            )
    subject = clause[n]
    plural = subject.lemma_.lower() != subject.lower_  # 'stagiairs' -> 'stagiair'
    singular = "Sing" in subject.morph.get("Number", []) and not plural
    if not singular or subject.lower_ in style.collective_nouns:
        return False
    rest = clause[n + 1 :]
    if any(t.pos_ == "CCONJ" for t in rest[:2]):
        return False  # 'het team en ik'
    verbs = [t for t in rest if t.pos_ in ("VERB", "AUX") and not attributive(t)]
    if style.word_order == "v2":
        return bool(verbs) and all(t.lower_.endswith("en") for t in verbs)
    first = verbs[0] if verbs else None
    return first is not None and first.tag_ in ("VB", "VBP") and first.i == subject.i + 1


def purpose_clause(span: Span, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """An infinitive clause has no subject and no finite verb of its own: 'om als docent wil
    ik beter te worden', 'in order to as a coach I give ...' keep the goal's main clause
    inside it. Only a subordinate clause inside it may have a subject ('om wat ik leer toe
    te passen'). And the object of 'om ... te krijgen' / 'in order to get' is a thing, not
    an infinitive ('om doorgroeien naar teamleider te krijgen')."""
    tokens = list(span)
    nominative = set(ctx.pack.words("nominative_pronouns"))
    openers = set(ctx.pack.words("subordinators")) | set(style.relativizers)
    openers |= set(style.clause_ends)
    seams: list[Seam] = []
    openings = [list(style.complementizers[:1]), frame_words(style.frames.purpose)]
    found = {(at, len(words)) for words in openings if words for at in find_words(tokens, words)}
    for at, size in sorted(found):
        clause = clause_after(tokens, at + size)
        if style.word_order == "v2":  # 'om ... te': up to its 'te'
            stop = next(
                (n for n, t in enumerate(clause) if t.lower_ in style.infinitive_markers), None
            )
            if stop is None:
                seams += _purpose_without_te(tokens, at, clause)
                continue
            seams += _clause_after_infinitive(clause[stop + 2 :], nominative, openers)
            clause = clause[:stop]
            joined = next(  # 'om meer bewegen en gezonder te eten': each verb takes its 'te'
                (
                    t
                    for n, t in enumerate(clause[:-1])
                    if clause[n + 1].pos_ == "CCONJ"
                    # a verb, or a noun in -en that is its own lemma ('wandelen'); a plural
                    # ('klanten' -> 'klant') is a noun
                    and (t.pos_ in ("VERB", "AUX") or t.lemma_.lower() == t.lower_)
                    and (is_infinitive(t) or infinitive_like(t))
                    and (n == 0 or clause[n - 1].lower_ not in style.infinitive_markers)
                ),
                None,
            )
            if joined is not None:
                detail = f"{joined.text!r} without 'te' before 'en'"
                seams.append(Seam("lost_tense", detail, ("te",)))
            if len(clause) > 1 and clause[1].pos_ == "SCONJ" and infinitive_like(clause[0]):
                # 'om zorgen dat ... te hebben': the 'te' went into the clause after it
                detail = f"{clause[0].text!r} without 'te' before its clause"
                seams.append(Seam("lost_tense", detail, ("te",)))
        lead = next((t for t in clause if t.pos_ != "ADV"), None)
        if lead is not None and lead.tag_ in ("VBN", "VBD", "VBZ", "VBG") and size > 1:
            seams.append(  # 'in order to given more responsibility': no bare verb after 'to'
                Seam("lost_tense", f"{lead.text!r} after {tokens[at + size - 1].text!r}", ("to",))
            )
        wishes = set(ctx.pack.words("wish_verbs"))
        if lead is not None and lead.pos_ == "VERB" and lead.lemma_.lower() in wishes:
            seams.append(  # 'in order to hope my manager gives me ...': the wish kept
                Seam("two_modals", f"the wish {lead.text!r} as the purpose", ("wish",))
            )
        # English: a clause opened by its infinitive may go on with a clause of its own
        # ('to show my manager I can lead'); Dutch puts the infinitive last, after 'te'
        opened = style.word_order != "v2" and lead is not None and lead.pos_ in ("VERB", "AUX")
        if not opened:
            modals = set(style.modals)
            if style.word_order == "v2":  # before its 'te' a plural modal is finite too
                modals |= {w for w in ctx.pack.words("modal_verbs") if " " not in w}
            dates = set(ctx.pack.time.case_sensitive)
            seams += _modal_inside(clause, openers, modals, dates)
        for n, t in enumerate(clause):
            before = clause[n - 1].lower_ if n else tokens[at + size - 1].lower_
            if t.lower_ in nominative and before not in openers and not opened:
                seams.append(
                    Seam(
                        "two_finite",
                        f"a subject inside {' '.join(x.text for x in clause)!r}",
                        ("inf-subject",),
                    )
                )
                break
    seams += _infinitive_object(tokens, style)
    return seams


def _purpose_without_te(tokens: list[Token], at: int, clause: list[Token]) -> list[Seam]:
    """Dutch: a purpose clause the frame opened after a comma (', om meer verantwoordelijkheid
    krijgen') has its verb but lost its 'te'; 'om' as a preposition ('om 9 uur', 'vraag om
    hulp') has no verb after it."""
    if at == 0 or tokens[at - 1].text != ",":
        return []
    verb = next((t for t in clause if t.pos_ in ("VERB", "AUX") and not attributive(t)), None)
    if verb is None:
        return []
    return [Seam("word_order", f"no 'te' before {verb.text!r} after 'om'", ("om-te",))]


def _clause_after_infinitive(
    rest: list[Token], nominative: set[str], openers: set[str]
) -> list[Seam]:
    """Dutch: words after the purpose's 'te' + infinitive in the same clause with a subject
    of their own ('om elke dienst te hebben *controleer ik* de medicijnkar'): a main clause
    glued to the purpose. A subordinate clause may follow ('om beter te worden *als ik*
    presenteer')."""
    for n, t in enumerate(rest):
        if t.lower_ in openers:
            return []
        if t.lower_ in nominative and n > 0:
            glued = f"{rest[n - 1].text} {t.text}"
            return [Seam("two_finite", f"{glued!r} after the purpose's infinitive", ("inf-main",))]
    return []


def _modal_inside(
    clause: list[Token], openers: set[str], modals: set[str], dates: set[str]
) -> list[Seam]:
    """A finite modal inside an infinitive clause ('om er moet elke week iemand ... uit te
    ruimen', 'in order to there must be'): the goal's own clause kept whole inside it. A
    subordinate clause of its own may have one ('om wat ik moet leren toe te passen'), and
    a month is no modal ('by 23 May 2027'; ``dates``)."""
    for n, t in enumerate(clause):
        if t.lower_ in openers:
            return []
        if t.lower_ in modals and n > 0 and t.text not in dates:
            return [Seam("two_finite", f"the modal {t.text!r} inside the purpose", ("inf-modal",))]
    return []


def _infinitive_object(tokens: list[Token], style: RewriteStyle) -> list[Seam]:
    """'om dit jaar doorgroeien naar teamleider te krijgen', 'in order to get move into':
    the wished-for thing of the purpose-object frame is an infinitive phrase."""
    head, tail = (
        frame_words(style.frames.purpose_object),
        frame_words(style.frames.purpose_object, before=False),
    )
    if not head:
        return []
    for at in find_words(tokens, head):
        clause = clause_after(tokens, at + len(head))
        if tail:
            ends = find_words(clause, tail)
            if not ends:
                continue
            clause = clause[: ends[0]]
        markers = {m.lower() for m in style.infinitive_markers}
        if tail and any(t.lower_ in markers for t in clause):
            continue  # 'om beter te plannen en een vaste baan te krijgen': a purpose of its own
        for n, t in enumerate(clause):
            before = clause[n - 1] if n > 0 else None
            # a comparative of manner before a Dutch form in -en ('beter plannen') makes it
            # the verb; one of amount ('meer klanten') a noun
            manner = (
                before is not None
                and style.word_order == "v2"
                and "Cmp" in before.morph.get("Degree", [])
                and before.lower_ not in style.amount_words
                and infinitive_like(t)
            )
            if manner:
                return [
                    Seam("word_order", f"the infinitive {t.text!r} as a thing to get", ("get-inf",))
                ]
            noun_like = before is not None and before.pos_ in ("DET", "ADJ", "PRON")
            # an amount before what the tagger calls a noun ('meer zelfvertrouwen'): a thing
            noun_like = noun_like or (
                before is not None and before.lower_ in style.amount_words and t.pos_ == "NOUN"
            )
            bare = "Inf" in t.morph.get("VerbForm", []) or t.tag_ == "VB"
            verb = t.pos_ in ("VERB", "AUX") and bare
            # Dutch: a form in -en that is its own lemma is an infinitive, whatever the tag
            # ('overstappen'), a plural noun is not ('klanten' -> 'klant')
            own = (
                style.word_order == "v2"
                and t.pos_ in ("NOUN", "VERB", "ADV")
                and len(t.lower_) > 4
                and t.lower_.endswith("en")
                and t.lemma_ == t.lower_
            )
            if (verb or own) and not noun_like and (tail or n == 0):
                return [
                    Seam("word_order", f"the infinitive {t.text!r} as a thing to get", ("get-inf",))
                ]
    return []


def ensured_without_subject(
    doc: Doc, times: list[TimeExpression], style: RewriteStyle
) -> list[Seam]:
    """The clause the writer sees to, or the result a step serves, has no subject ('zorg ik
    ervoor dat voortaan jaarlijks herhalen', '..., so that get better at X'): no noun or
    pronoun before the comma, only adverbs and a verb (the frames ``own_part`` and
    ``for_others``, by the words that open their clause)."""
    openers = []
    for frame in (style.frames.own_part, style.frames.for_others):
        words = (frame or "").split("{clause}")[0].split()
        if words:
            openers.append((words[-2].lower() if len(words) > 1 else "", words[-1].lower()))
    seams = []
    for t in doc[1:]:
        lead = next((b for b, m in openers if t.lower_ == m and b in ("", t.nbor(-1).lower_)), None)
        if lead is None:
            continue
        marker = t.lower_
        clause = []
        for u in doc[t.i + 1 :]:
            if u.text in (",", ";", ".") or u.pos_ == "CCONJ":
                break
            if not any(e.start <= u.idx < e.end for e in times):  # 'elke week': no subject
                clause.append(u)
        subject = any(  # before the clause's last word, its verb (the tagger may call
            u.dep_ in ("nsubj", "nsubj:pass", "expl")  # a Dutch verb in -en a noun)
            or u.lower_ in style.existential_subjects
            or (u.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X") and not _no_subject(u, clause))
            or u.pos_ == "DET"  # 'dat *het* magazijn ...': an article opens a noun phrase,
            # whatever the tagger calls its noun
            for u in clause[:-1]
        )
        # a gerund that opens the clause names its subject ('that *onboarding* improves',
        # 'that *invoicing* gets faster'): no verb opens an English clause in -ing
        gerund = bool(clause) and (
            clause[0].tag_ == "VBG" or "Ger" in clause[0].morph.get("VerbForm", [])
        )
        subject = subject or (gerund and len(clause) > 1)
        # English puts the subject first: a clause opened by a bare verb has none ('make
        # sure that *learn* Excel'), whatever the tagger calls the noun after it
        verb_first = style.word_order == "svo" and bool(clause) and not gerund
        verb_first = verb_first and clause[0].tag_ in ("VB", "VBP")  # a bare form, not 'VBZ'
        # ('that *timesheets* are ...': a plural the tagger may read as a verb in -s)
        if clause and (not subject or verb_first):
            seams.append(Seam("lost_subject", f"no subject after {t.text!r}", (marker,)))
    return seams


def ensured_verb_first(
    doc: Doc, times: list[TimeExpression], ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """The clause the writer sees to opens with a verb and its object, no subject: 'I will
    make sure that *shoe all* 12 horses', 'I'll ensure that *check the* logs', 'zorg ik
    ervoor dat *controleer de* logboeken'. A subject opens it ('that the logs are
    checked', 'dat ik de logboeken controleer'); a verb followed by a determiner, number
    or possessive is a goal's verb phrase put in without one."""
    thats = {w.lower() for w in ctx.pack.words("complement_markers")} | {
        w for w in frame_words(style.frames.own_part)[-1:]
    }
    seeing = [e.lower().split() for e in style.ensure_verbs]
    frame = frame_words(style.frames.own_part)
    if len(frame) >= 2:
        seeing.append(frame[-2:-1])  # 'zorg ik ervoor dat'
    lasts = {words[-1] for words in seeing if words}
    seams: list[Seam] = []
    for t in doc[:-2]:
        if t.lower_ not in lasts or not any(_ends_words(t, w) for w in seeing):
            continue
        at = t.i + 1
        if doc[at].lower_ in thats:
            at += 1
        elif style.word_order == "v2":
            continue  # Dutch keeps its 'dat'
        while at < len(doc) - 1 and (
            (doc[at].pos_ == "ADV" and not _verb_like(doc[at], style))
            or any(e.start <= doc[at].idx < e.end for e in times)  # 'dat elke week ...'
        ):
            at += 1
        if at + 1 >= len(doc):
            continue
        verb, nxt = doc[at], doc[at + 1]
        opens_object = nxt.pos_ in ("DET", "NUM") or "Yes" in nxt.morph.get("Poss", [])
        if opens_object and _verb_like(verb, style):
            detail = f"no subject before {verb.text!r} after {t.text!r}"
            seams.append(Seam("lost_subject", detail, (verb.lower_, "ensure-verb")))
    return seams


def _ends_words(token: Token, words: list[str]) -> bool:
    start = token.i - len(words) + 1
    return start >= 0 and [u.lower_ for u in token.doc[start : token.i + 1]] == words


def _verb_like(token: Token, style: RewriteStyle) -> bool:
    """A verb by its tag, or (Dutch) a present whose lemma is the infinitive it is a form
    of, or one the dictionary knows an infinitive of ('controleer' -> 'controleren': the
    tagger may call it an adverb). Only asked of the word right after 'dat'."""
    if not token.is_alpha or token.pos_ in ("DET", "PRON", "NUM", "ADP", "SCONJ", "CCONJ"):
        return False
    if token.lower_ in style.existential_subjects or len(token.lower_) < 3:
        return False  # 'dat er een rooster komt': 'er' is the clause's subject
    if style.word_order != "v2":  # the tagger may call 'update', 'answer' nouns there
        if token.pos_ == "PROPN":
            return False
        tagged = token.pos_ in ("VERB", "AUX") and token.tag_ in ("VB", "VBP", "VBZ")
        return tagged or has_regular_past(token.lower_)
    lower, lemma = token.lower_, token.lemma_.lower()
    if lower.endswith("en"):
        return False
    infinitives = {*form_infinitives(lower), *stem_infinitives(lower)}
    return lemma in infinitives or any(known_word(i, lang="nl") for i in infinitives)


def _no_subject(token: Token, clause: list[Token]) -> bool:
    """A word the tagger calls a noun that cannot be the clause's subject: a name a
    preposition governs, maybe after its article or adjective ('dat uitgebreider *in Atlas*
    noteert'), or a comparative the language forms with an ending ('dat *uitgebreider* ...')."""
    if comparative_form(token.lower_, token.lang_):
        return True
    if token.pos_ != "PROPN":
        return False  # a common noun may be the subject the tagger misread ('omsteltijden
        # op de *perslijn*': the subject tagged a verb); a name after a preposition is not
    before = [t for t in clause if token.i - 3 <= t.i < token.i]  # the clause's own words
    while before and before[-1].pos_ in ("DET", "ADJ"):
        before.pop()
    return bool(before) and before[-1].pos_ == "ADP"
