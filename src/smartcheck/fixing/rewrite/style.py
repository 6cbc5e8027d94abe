"""The ``rewrite:`` block of a rule pack, validated: placeholders, frames and word lists.

Everything language- or house-specific about rewrites lives in the pack, so a language or a
house style changes the wording without code. The block is a plain dict on the pack (other
parts of smartcheck do not read it); this module validates it once per pack.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.configuration.packs import RulePack
from smartcheck.errors import RulePackError
from smartcheck.fixing.rewrite.stops import Abbreviations, opener_forms, openers_of
from smartcheck.judging.context import RuleContext

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Placeholders(BaseModel):
    """The bracketed labels a rewrite leaves for the writer, one per kind of gap."""

    model_config = _FROZEN
    date: str
    behaviour: str
    measure: str
    current_number: str
    target_number: str
    number: str
    support: str
    level: str


class Frames(BaseModel):
    """Phrase templates; ``{date}``, ``{measure}`` ... are filled with placeholders or values."""

    model_config = _FROZEN
    deadline: str = Field(description="A new deadline phrase, e.g. 'vóór {date}'.")
    until: str = Field(description="End of a recurring activity, e.g. 'tot {date}'.")
    measure: str = Field(description="Appended when nothing is measurable.")
    comparison: str = Field(description="Appended to anchor a comparative with numbers.")
    support: str = Field(description="Appended when the goal is not realistic yet.")
    agreement: str = Field(description="Appended when the goal is not owned or agreed yet.")
    domain: str = Field(description="Puts a bare topic next to the behaviour: 'voor {topic}'.")
    activity_domain: str | None = Field(
        default=None,
        description="Puts a bare topic that names an act ('gespreksvoering met X', the "
        "style's ``activity_endings``) after the behaviour: 'bij {topic}', 'in {topic}'.",
    )
    own_part: str | None = Field(
        default=None,
        description="The writer's own part of an impersonal goal: 'zorg ervoor dat {clause}' "
        "(the finite verb first; see own.py).",
    )
    own_part_plural: str | None = Field(
        default=None,
        description="``own_part`` for a plural writer ('Wij willen dat ...'): 'zorgen ervoor "
        "dat {clause}'; unset when the frame's verb does not agree ('will make sure that').",
    )
    own_part_next: str | None = Field(
        default=None,
        description="A second duty clause of the writer's own part: 'en dat {clause}' "
        "('zorg ik ervoor dat ... en dat het vóór de zomer klaar is'; see duties.py).",
    )
    own_part_with: str | None = Field(
        default=None,
        description="The group a duty to see to something was laid on, beside the writer who "
        "sees to it: 'samen met {who}' (see duties.py).",
    )
    both: str = Field(
        default="{first} and {second}",
        description="Two verb phrases of one purpose: '{first} en {second}' (see duties.py).",
    )
    purpose: str | None = Field(
        default=None,
        description="Turns a vague state into the goal's purpose: 'om {clause}' (see purpose.py).",
    )
    for_others: str | None = Field(
        default=None,
        description="What the writer's behaviour aims at in others: 'zodat {clause}' (see "
        "states.py).",
    )

    as_example: str | None = Field(
        default=None,
        description="A means the writer suggested in a question after the goal, kept as an "
        "example of how: 'bijvoorbeeld {means}' ('..., bijvoorbeeld met een nieuwsbrief').",
    )
    aim_purpose: str | None = Field(
        default=None,
        description="Someone else's aim for the writer as the purpose of the writer's own "
        "step: 'zodat ik {clause}' (clause with ``aim_modal``; see aims.py).",
    )
    routine_means: str | None = Field(
        default=None,
        description="The writer's own routines after a goal, as the means of its result: "
        "', door {clause}' (each routine an infinitive clause; see routine_means.py).",
    )
    aim_reason: str | None = Field(
        default=None,
        description="Someone else's wish for a thing as the reason of the writer's own step, "
        "with {who}, {verbs}, {thing}, {credit}, {comparison}: 'zodat we {thing} "
        "hebben{comparison}, {credit}' (see taken_on.py).",
    )
    taken_clause: str | None = Field(
        default=None,
        description="Someone else's wish told as a clause, taken on by the writer: 'Ik zorg "
        "ervoor dat {clause}' (see taken_on.py).",
    )
    taken_thing: str | None = Field(
        default=None,
        description="Someone else's wish for a thing or a state, taken on by the writer: 'Ik "
        "zorg ervoor dat we {thing} hebben', 'I will make sure that we have {thing}'.",
    )
    like_all: str | None = Field(
        default=None,
        description="The writer as one of everyone a wish was laid on: 'net als {all}' ('Ik "
        "ga de BHV-herhaling doen, net als alle collega's, zoals ...').",
    )
    viewed_duty: str | None = Field(
        default=None,
        description="The writer's duty told in the frame of someone else's view of the "
        "writer's work said before it ('{who} {verb} {subject} {modal} {rest}': 'My manager "
        "says I should ...'; voices/viewed_duty.py).",
    )
    as_wished: str | None = Field(
        default=None,
        description="Someone else's wish kept as the reason of the writer's commitment: "
        "'zoals {who}' ('..., zoals mijn leidinggevende verwacht').",
    )
    settled: str | None = Field(
        default=None,
        description="The writer's step of settling someone else's wish the writer objects "
        "to with the one who wished it: 'Ik maak samen met {who} uit of {clause}.' (``{clause}`` "
        "the wished clause about the writer; voices/settled.py).",
    )
    closing_reach: str | None = Field(
        default=None,
        description="A sentence after a goal kept as written that adds its missing time (and "
        "measure): 'Dit doel bereik ik{deadline}{measure}.' (closing_steps.py).",
    )
    closing_evidence: str | None = Field(
        default=None,
        description="The closing sentence when only the measure is missing: 'Als bewijs "
        "geldt {measure}.' (closing_steps.py).",
    )
    closing_step: str | None = Field(
        default=None,
        description="A sentence after a goal kept as written that adds the concrete step: "
        "'Concreet ga ik {behaviour}{deadline}{measure}.' (closing_steps.py).",
    )
    settled_comparison: str | None = Field(
        default=None,
        description="The count of a comparative inside a settling step, told as part of what "
        "is settled: ', en zo ja van {current_number} naar {target_number}' (reserved_steps.py).",
    )
    settled_when: str | None = Field(
        default=None,
        description="The settling step when the writer's remark names when the wished act "
        "suits: 'Ik maak samen met {who} uit wanneer {clause}.' (wish_remarks.py).",
    )
    as_discussed: str | None = Field(
        default=None,
        description="Where quoted advice was given, kept after the writer's commitment: 'naar "
        "aanleiding van {label}', 'as discussed in {label}' (never a time phrase).",
    )
    as_agreed: str | None = Field(
        default=None,
        description="An agreement told before the goal, kept after the writer's commitment: "
        "'zoals met {who} afgesproken', 'as agreed with {who}'.",
    )
    as_requested: str | None = Field(
        default=None,
        description="Who asked for or ordered the goal, kept after the writer's commitment: "
        "'op verzoek van {who}', 'at the request of {who}'.",
    )
    report_reason: str | None = Field(
        default=None,
        description="The word that opens someone's report about the writer, kept after the "
        "writer's phrase as its reason: 'want' ('..., want mijn teamleider zegt dat ik te lang "
        "wacht'; see reports.py).",
    )
    past_context: str | None = Field(
        default=None,
        description="A past achievement the goal opens with, kept after the rewritten wishes "
        "as the clause that looks back: 'nadat {clause}' ('..., nadat ik vorig jaar twee open "
        "dagen heb georganiseerd'; see context.py).",
    )
    as_judged: str | None = Field(
        default=None,
        description="Someone else's judgement of what the writer should do, kept as the "
        "reason of the writer's commitment when the verb was one of opinion "
        "(``credited_opinions``): 'zoals {who} adviseert' ('..., zoals mijn teamleider "
        "adviseert'), "
        "where 'zoals mijn teamleider vindt' leaves the opinion without its complement.",
    )
    as_judged_plural: str | None = Field(
        default=None,
        description="``as_judged`` after more than one person ('zoals mijn ouders adviseren').",
    )
    as_advised: str | None = Field(
        default=None,
        description="Someone else's feedback that labelled the goal, kept as its reason: "
        "'naar aanleiding van {label}' ('..., naar aanleiding van feedback van mijn coach').",
    )
    topic_label: str | None = Field(
        default=None,
        description="Where a goal's topic label goes in its sentence: 'bij {topic}' "
        "('Voorraadbeheer: minder derving'; see topic.py).",
    )
    learning_result: str | None = Field(
        default=None,
        description="The concrete result a learning goal asks for, after the goal: "
        "', zodat ik {behaviour} kan' (see learning.py).",
    )
    purpose_object: str | None = Field(
        default=None,
        description="A wished-for thing others grant as the purpose: 'om {clause} te krijgen' "
        "('Ik wil een vast contract' -> '... om een vast contract te krijgen').",
    )
    means: str | None = Field(
        default=None,
        description="The writer's guess at a means after the goal, as its means: 'with the "
        "help of {means}' (see asides.py).",
    )
    bounded_count: str = Field(
        default="{number}",
        description="A count of sessions or hours a week too many for the writer's week, left "
        "to the writer: 'hoogstens {number}' ('hoogstens [aantal] avonden per week').",
    )
    bounded_mass: str = Field(
        default="",
        description="The bound of a zero target on a mass noun, which has no plural to count: "
        "the occasions are counted ('hoogstens {number} keer' schade, 'at most {number} "
        "cases of' damage; countable.py). Empty: the count bound is used.",
    )


class FrequentPlace(BaseModel):
    """A verbless line of a place the writer wants to be more often ('vaker de wijk in',
    'more often on the shop floor'): the wish it stands for (frequent_places.py)."""

    model_config = _FROZEN
    goal: str = Field(default="", description="The wish, with {words} and {verb} slots.")
    comparatives: tuple[str, ...] = Field(default=(), description="'vaker', 'more often'.")
    motion_verb: str = Field(default="", description="The verb a direction takes ('gaan').")
    state_verb: str = Field(default="", description="The verb a location takes ('zijn').")
    motion_words: frozenset[str] = Field(
        default=frozenset(), description="Words that make the place a direction ('naar')."
    )
    postpositions: frozenset[str] = Field(
        default=frozenset(),
        description="Words after a noun that make the place a direction ('het veld *in*').",
    )


class TrailingWish(BaseModel):
    """The wish told after the act it wants ('Een cursus X volgen, wil ik echt', 'Get my
    licence, really want this'): the act is the goal, the wish goes (trailing_wishes.py)."""

    model_config = _FROZEN
    verbs: frozenset[str] = Field(
        default=frozenset(), description="Verbs of wanting the tail needs ('wil', 'want')."
    )
    words: frozenset[str] = Field(
        default=frozenset(),
        description="Other words the tail may have: the writer, a word pointing back, words "
        "of degree ('ik', 'dat', 'echt'; 'I', 'this', 'really').",
    )


class ActivityTopic(BaseModel):
    """How an activity after the behaviour's preposition is told ('beter worden in de NIHSS
    scoren', 'better at chairing meetings'): behind the placeholder 'in' would name a field,
    so the activity gets its own lead ('[concreet gedrag] *bij het scoren van* de NIHSS',
    '[concrete behaviour] *when* chairing meetings'; activity_topic.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    prepositions: frozenset[str] = Field(
        default=frozenset(), description="The writer's prepositions before an activity."
    )
    lead: str = Field(default="", description="What takes the preposition's place.")
    article: str = Field(default="", description="Dutch: the article of the verb as a noun.")
    of: str = Field(
        default="", description="Dutch: the preposition before the object of the verb moved."
    )


class RewriteStyle(BaseModel):
    """How one language rewrites goals (see docs/rewrites.md)."""

    model_config = _FROZEN

    @property
    def one_word_hedges(self) -> frozenset[str]:
        """The hedges of ``drop_hedges`` that are one word, lower case ('misschien',
        'maybe'): those that open a sentence or a list line the rewrite commits."""
        return frozenset(h.lower() for h in self.drop_hedges if " " not in h)

    word_order: str = Field(description="'v2' (Dutch: verb second) or 'svo' (English).")
    placeholders: Placeholders
    frames: Frames
    subjects: dict[str, str] = Field(
        description="First-person subject -> its committed auxiliary ('ik': 'ga', 'i': 'will')."
    )
    able_subjects: dict[str, str] = Field(
        default_factory=dict,
        description="Verb-second languages: the committed auxiliary -> the finite modal of "
        "ability that takes its place when the goal's act is an ability ('ga': 'kan', so "
        "'ga ik X kunnen herstellen' reads 'kan ik X herstellen'; abilities.py).",
    )
    able_infinitive: str = Field(
        default="",
        description="Verb-second languages: the modal of ability as an infinitive ('kunnen') "
        "that the finite of ``able_subjects`` replaces.",
    )
    default_subject: str = Field(description="Subject used when the goal names none.")
    weak_finite: tuple[str, ...] = Field(
        default=(), description="Finite verbs of intention replaced by the auxiliary (wil)."
    )
    cluster_drop: tuple[str, ...] = Field(
        default=(), description="Words/phrases of intention dropped right after the subject."
    )
    intensifiers: frozenset[str] = Field(
        default=frozenset(),
        description="Adverbs that strengthen a wish ('I'd *really* like to'): they go with it.",
    )
    fillers: frozenset[str] = Field(
        default=frozenset(),
        description="Words that pad a goal without content ('ik wil *gewoon* beter worden', "
        "'I *just* want to'): intensifiers that go wherever they stand as a word of their own.",
    )
    restricting_words: frozenset[str] = Field(
        default=frozenset(),
        description="Words that restrict or add to what the writer says ('alleen', 'ook', "
        "'only', 'too'; 'just' after a negation): a rewrite that cuts one out from between its "
        "neighbours changes the meaning (seams/restricting.py).",
    )
    conditional_duty: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="A conditional and the duty it softens into a wish ('zou ... moeten' = "
        "should): the duty goes with it when the goal is committed.",
    )
    te_triggers: tuple[str, ...] = Field(
        default=(), description="Dropped words whose 'te'/'to' before the verb goes too."
    )
    te_clause_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs (lemmas) whose te-infinitive clause may follow them ('ik ga helpen "
        "de wachtlijst weg te werken'): its object and 'te' are no seam.",
    )
    complementizers: tuple[str, ...] = Field(
        default=(), description="'om' of 'om ... te', dropped with a dropped te-trigger."
    )
    infinitive_markers: tuple[str, ...] = Field(default=(), description="'te' / 'to'.")
    pronoun_adverbs: frozenset[str] = Field(
        default=frozenset(),
        description="Dutch 'er', 'daar': written onto a preposition ('ervoor'), never after one.",
    )
    clause_prepositions: frozenset[str] = Field(
        default=frozenset(),
        description="Prepositions that open a te-clause ('door er ... te'): 'er' may follow.",
    )
    drop_hedges: tuple[str, ...] = Field(
        default=(), description="Hedging words or phrases that can simply be left out."
    )
    preference_hedges: dict[str, str] = Field(
        default_factory=dict,
        description="A hedge of preference before a means ('ideally with X') and the word "
        "that keeps the preference committed ('preferably'): the means stays.",
    )
    finite_to_bare: dict[str, str] = Field(
        default_factory=dict, description="English 'am' -> 'be' after the auxiliary."
    )
    prepositions: frozenset[str] = Field(default=frozenset())
    preposition_after_behaviour: dict[str, str] = Field(
        default_factory=dict, description="'better at X' -> '[behaviour] in X'."
    )
    settled_course_verbs: dict[str, str] = Field(
        default_factory=dict,
        description="The course frame's verb -> the verb of taking the course up, in a "
        "settled clause ('whether I *take* the crane course'; settled_own.py).",
    )
    activity_topic: ActivityTopic = Field(
        default_factory=lambda: ActivityTopic(),
        description="'beter in de NIHSS scoren' -> '[gedrag] bij het scoren van de NIHSS'.",
    )
    determiners: frozenset[str] = Field(default=frozenset())
    state_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs of state (feel, voelen): with a complement they go to the purpose.",
    )
    amount_words: frozenset[str] = Field(
        default=frozenset(),
        description="Comparatives of amount before a noun ('meer klanten', 'more clients'): "
        "a wish for them is a wish for a thing, the purpose of the writer's behaviour.",
    )
    quantity_nouns: frozenset[str] = Field(
        default=frozenset(),
        description="Mass nouns that name a quantity measured in a standard unit ('tijd' in "
        "hours, 'geld' in euros): more or less of them is counted (countable.py).",
    )
    quality_comparatives: frozenset[str] = Field(
        default=frozenset(),
        description="Comparatives of quality, not of amount ('beter', 'better'): what they "
        "compare is no count (countable.py).",
    )
    amount_verbs: dict[str, str] = Field(
        default_factory=dict,
        description="A comparative of amount -> the change verb that takes its noun "
        "('minder' -> 'verminderen', 'fewer' -> 'reduce'; see topic.py).",
    )
    capitalised: frozenset[str] = Field(
        default=frozenset(),
        description="Words written with a capital wherever they stand (languages: 'Spaans', "
        "'Spanish'): a goal's first word keeps it inside the rewrite.",
    )
    light_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs that take their meaning from their object ('gain', 'take'): with "
        "a vague object ('gain more knowledge of') both stay and go to the purpose frame.",
    )
    articles: frozenset[str] = Field(
        default=frozenset(), description="Articles: never the last word before punctuation."
    )
    perfect_subjects: dict[str, str] = Field(
        default_factory=dict,
        description="Auxiliary for a perfect infinitive ('zal ... afgevallen zijn').",
    )
    perfect_verbs: frozenset[str] = Field(default=frozenset())
    finite_words: frozenset[str] = Field(
        default=frozenset(), description="Finite verbs that show a clause has its own subject."
    )
    nominal_before: frozenset[str] = Field(
        default=frozenset(), description="Articles of a nominalised vague verb ('het verbeteren')."
    )
    nominal_after: frozenset[str] = Field(
        default=frozenset(), description="Its 'van' / 'of', dropped with it."
    )
    time_tails: tuple[str, ...] = Field(
        default=(),
        description="An approximation told right after a time ('in the next 18 months *or "
        "so*', 'binnen een jaar *of zo*'): it goes with the time when the time is written as "
        "its date (plan.py).",
    )
    gerund_article: str = Field(
        default="",
        description="The article that makes a bare infinitive a noun after a preposition "
        "('beter worden in *het* spelen met tieners'): bare, 'in spelen' reads as a split "
        "separable verb ('inspelen'; difficulties.py).",
    )
    clause_ends: tuple[str, ...] = Field(
        default=(), description="Words that start a subordinate clause ('zodat', 'because')."
    )
    comma_clause_ends: frozenset[str] = Field(
        default=frozenset(),
        description="Words that start a clause of reason only after a comma and before its"
        " subject ('..., since we ...', '..., nu de ...'); elsewhere a time ('since March').",
    )
    relativizers: frozenset[str] = Field(
        default=frozenset(), description="Words opening a relative clause ('die', 'waar')."
    )
    bare_infinitive_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs that take a bare infinitive in their cluster ('laten', 'zien'): "
        "the word right after one is that infinitive, whatever the tagger calls it ('een "
        "boot laten omslaan').",
    )
    clause_openers: frozenset[str] = Field(
        default=frozenset(),
        description="Conjunctions of time or condition ('voordat', 'when'): a pronoun right "
        "after one is the subject of their clause, not of the goal.",
    )
    replacements: dict[str, str] = Field(
        default_factory=dict, description="Absolute or superlative phrase -> a realistic frame."
    )
    fields: dict[str, str] = Field(
        default_factory=lambda: {
            "what": "What exactly",
            "how": "How measured",
            "when": "By when",
            "who": "With whom",
        },
        description="Labels of the structured rewrite's fields (what, how, when, who).",
    )
    trailing_replacements: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Absolutes whose replacement goes to the end of the clause ('never' -> "
        "'not ... more than [number] times': the part before '…' stays in place), with the "
        "words that go with them ('again').",
    )
    replacement_partners: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Absolutes replaced in place, with the words after them that only "
        "belonged to them ('geen enkele' ... 'meer'): they go with it.",
    )
    bound_links: dict[str, str] = Field(
        default_factory=dict,
        description="Absolutes that stood right before a noun as a determiner ('everything "
        "Omgevingswet'): the preposition their bound takes before it ('about').",
    )
    routine_absolutes: tuple[str, ...] = Field(
        default=(),
        description="Absolutes of how often ('always', 'every time', 'altijd', 'elke keer'): "
        "beside an explicit recurrence of the goal ('before every shift', 'voor elke dienst') "
        "they say the routine again, so they go instead of being bounded; the routine's "
        "adherence is what is counted (plan._realistic). Lower case.",
    )
    absolute_riders: tuple[str, ...] = Field(
        default=(),
        description="Absolutes that only stress another ('no exceptions', 'zonder "
        "uitzondering'): they go when the other is bounded, and are bounded themselves "
        "(their replacement) when they stand alone.",
    )
    absolute_stresses: tuple[str, ...] = Field(
        default=(),
        description="Words that only stress an absolute told as a sentence of its own ('No "
        "mistakes EVER.'): they go when it is folded into the goal (closing_absolutes.py).",
    )
    ceilings: tuple[str, ...] = Field(
        default=(),
        description="First words of a bound from above that an absolute of the writer's "
        "failures becomes ('hooguit', 'hoogstens'): a verb-final frame commits the writer to "
        "keeping under it ('zorg ik ervoor dat ik hooguit [aantal] keer ... mis'), never to "
        "the failure ('ga ik hooguit [aantal] keer ... missen'; bounded_failures.py).",
    )
    absolute_link: str = Field(
        default="",
        description="The preposition that joins a closing absolute bounded as a count to the "
        "goal ('..., with at most [number] mistakes'; closing_absolutes.py).",
    )
    plural_bounds: dict[str, str] = Field(
        default_factory=dict,
        description="Absolutes before one countable thing in a goal with no verb ('Never "
        "again a complaint from parents'): the bound takes the article's place and the thing "
        "goes plural ('at most [number] complaints from parents').",
    )
    irregular_plurals: dict[str, str] = Field(
        default_factory=dict,
        description="Nouns whose plural has no regular ending ('child' -> 'children'): the "
        "plural a bound takes (``plural_bounds``).",
    )
    seam_fillers: dict[str, str] = Field(
        default_factory=dict,
        description="Placeholder kind -> a grammatical stand-in the seam detector parses.",
    )
    modals: frozenset[str] = Field(
        default=frozenset(), description="Finite modal forms: two in one clause are a seam."
    )
    own_part_drops: tuple[str, ...] = Field(
        default=(),
        description="Modals the own part's that-clause leaves out: the clause takes the present "
        "tense ('I will make sure that the team delivers'), the frame carries future and duty.",
    )
    existential_subjects: tuple[str, ...] = Field(
        default=(),
        description="The empty subject of an existential clause ('there'): its verb agrees "
        "with the noun after it ('there are fewer mistakes').",
    )
    duty_links: dict[str, str] = Field(
        default_factory=dict,
        description="Words that open a second duty clause after a comma ('vooral', 'dus', "
        "'so') -> what they become inside the own part's next clause ('' leaves them out; "
        "see duties.py).",
    )
    ensure_verbs: tuple[str, ...] = Field(
        default=(),
        description="Verbs of seeing to something after a group's duty modal ('ervoor "
        "zorgen', 'make sure'): the writer sees to it with the group (see duties.py).",
    )
    means_markers: frozenset[str] = Field(
        default=frozenset(),
        description="Words that open the writer's means to an outcome others decide ('door "
        "... te', 'by ...ing'): the means and the outcome become the purpose of a concrete "
        "behaviour (see duties.py).",
    )
    demonstrative_subjects: dict[str, str] = Field(
        default_factory=dict,
        description="A demonstrative that opens a second clause and stands for the first "
        "one's thing -> its pronoun inside the own part ('dat moet klaar zijn' -> 'en dat "
        "het klaar is').",
    )
    impersonal_frames: tuple[str, ...] = Field(
        default=(),
        description="An impersonal judgement that opens a goal and wraps what should happen "
        "('Het is belangrijk dat', 'It is essential that'): the own part keeps only the "
        "clause it wraps ('zorg ik ervoor dat de leerlingen ...').",
    )
    present_forms: dict[str, dict[str, str]] = Field(
        default_factory=dict,
        description="Irregular present forms after 'first', 'plural' or 'singular' subjects "
        "('singular': {'have': 'has'}); other singular forms add -s/-es (see own.py).",
    )
    object_pronouns: dict[str, str] = Field(
        default_factory=dict,
        description="The writer as object -> as subject ('me': 'i'): '... expects me to ...' "
        "holds the writer's own clause, which takes the deadline.",
    )
    reflexive_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs that take the subject's reflexive pronoun ('zich voelen').",
    )
    reflexive_objects: dict[str, str] = Field(
        default_factory=dict,
        description="The reflexive pronoun of each first-person subject ('ik': 'me').",
    )
    voice_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs of opinion, wish or saying (lemmas: 'vinden', 'say'): with another "
        "person as subject they frame the writer's goal as that person's voice.",
    )
    credited_opinions: frozenset[str] = Field(
        default=frozenset(),
        description="The verbs of opinion among ``voice_verbs`` (lemmas: 'vinden', 'think'): "
        "their credit is told as advice (``frames.as_judged``), not as 'zoals {who} vindt'.",
    )
    voice_labels: frozenset[str] = Field(
        default=frozenset(),
        description="Nouns of someone else's advice that label a goal ('Feedback van mijn "
        "coach: ...', 'Advice from my lead: ...').",
    )
    agreed_frames: tuple[str, ...] = Field(
        default=(),
        description="Openings that tell an agreement before the writer's clause ('{who} en ik "
        "hebben afgesproken dat', '{who} and i agreed that').",
    )
    request_frames: tuple[str, ...] = Field(
        default=(),
        description="Openings that tell a request or order the writer received ('ik ben "
        "gevraagd', '{who} verplicht mij', 'I was asked by {who}'); the infinitive clause after "
        "them is the writer's goal. ``{who}`` stands for the person or group.",
    )
    voice_sources: tuple[str, ...] = Field(
        default=(),
        description="Words that open a clause reported from another person ('volgens', "
        "'according to').",
    )
    activity_endings: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Endings of a noun that names an act, each with what its stem takes to "
        "be the verb the dictionary knows ('gespreksvoering': 'voer' + 'en'; 'handling': "
        "'handl' + 'e'): such a topic takes the frame's ``activity_domain``.",
    )
    credential_endings: tuple[str, ...] = Field(
        default=(),
        description="Endings of the writer's own credentials ('certificaat', 'licence'): a "
        "fragment that names one bare gets the writer's possessive.",
    )
    own_possessive: str = Field(default="", description="The writer's possessive ('mijn', 'my').")
    bare_roles: tuple[str, ...] = Field(
        default=(),
        description="Roles of the people above or beside the writer, named bare as the one who "
        "wishes ('Leidinggevende wil dat ik ...'): inside the sentence they get the writer's "
        "possessive ('zoals mijn leidinggevende wil').",
    )
    asked_credential: str = Field(
        default="",
        description="The act of a credential asked as a thing ('get {thing}', '{thing} "
        "halen'): a credential is got, neither taken as a course nor done as a route "
        "(asked_credentials.py).",
    )
    result_prepositions: tuple[str, ...] = Field(
        default=(),
        description="Prepositions of the result a verb of becoming takes ('ontwikkelen tot', "
        "'develop into'): never right after the behaviour placeholder.",
    )
    example_openers: frozenset[str] = Field(
        default=frozenset(),
        description="Words that open the writer's example of an aim after a comma "
        "('bijvoorbeeld', 'zoals', 'for example', 'e.g.'; example_steps.py).",
    )
    example_step: str = Field(
        default="",
        description="The example step as the goal and the aim as what it brings, with {step} "
        "and {aim}: 'Ik ga {step}, zodat ik {aim} heb.' (example_steps.py).",
    )
    result_auxiliaries: dict[str, str] = Field(
        default_factory=dict,
        description="The passive auxiliary a participle of a result takes, by the number of "
        "the noun counted ('singular': 'is', 'plural': 'are'; share_results.py).",
    )
    knowing_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs of knowing or learning that keep their place in an aim of more "
        "knowledge about a topic ('meer *weten* over X', 'know more about X'; known_topics.py).",
    )
    knowing_prepositions: frozenset[str] = Field(
        default=frozenset(),
        description="Prepositions that name what an aim of more knowledge is about ('over', "
        "'about'; known_topics.py).",
    )
    topic_prepositions: frozenset[str] = Field(
        default=frozenset(),
        description="Prepositions that name the field or topic of any behaviour ('[concreet "
        "gedrag] in rigging', '[concrete behaviour] about X'): a vague verb's other "
        "preposition ('omgaan met', 'deal with') is its own, never the placeholder's.",
    )
    duty_sources: tuple[str, ...] = Field(
        default=(),
        description="Words that name who set the writer's duty ('ik moet *van* mijn manager "
        "...', '*Van* mijn coach moet ik ...'); taken from the lexicon's ``duty_sources``.",
    )
    distributive_words: tuple[str, ...] = Field(
        default=(),
        description="Words for each of a set ('elk', 'every'); taken from the lexicon. A "
        "phrase they open names things, not who set a duty ('Van elk gesprek moet ik ...').",
    )
    learning_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="One-word verbs of learning ('learn', 'master'); taken from the lexicon's "
        "``learning_verbs``. One that opens a fragment is its verb ('Learn e-bike repair'), "
        "however the tagger reads it: never a topic after a preposition.",
    )
    duty_source_verb: str = Field(
        default="", description="The verb of that person's wish in the credit ('wil')."
    )
    duty_source_verb_plural: str = Field(
        default="", description="That verb after people in the plural ('mijn ouders *willen*')."
    )
    advice_sources: tuple[str, ...] = Field(
        default=(),
        description="Prepositions that say where quoted advice was given ('Uit het "
        'functioneringsgesprek: "..."\', \'From my appraisal: "..."\').',
    )
    second_person: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Second-person words of quoted advice and the writer's own forms for them "
        "(subject, object, possessive): 'je' -> ('ik', 'me', 'mijn'), 'your' -> ('my',).",
    )
    difficulty_frames: tuple[str, ...] = Field(
        default=(),
        description="Sentences that name a difficulty instead of a goal, with the difficult "
        "thing's slot ('ik heb moeite met {topic}', 'i find {topic} hard').",
    )
    difficulty_goal: str = Field(
        default="",
        description="The goal a named difficulty points at ('ik wil beter worden in {topic}').",
    )
    difficulty_verb_frames: tuple[str, ...] = Field(
        default=(),
        description="Difficulties told with the verb of what is hard ('ik vind het lastig om "
        "{topic}', 'i find it hard to {topic}'): the slot holds a verb phrase.",
    )
    difficulty_verb_goal: str = Field(
        default="",
        description="The goal such a difficulty points at ('ik wil leren om {topic}').",
    )
    excess_adverbs: frozenset[str] = Field(
        default=frozenset(),
        description="Adverbs of excess that make the word after them a flaw ('te', 'too'; "
        "'teveel' written as one word): a commitment to the flaw is a seam.",
    )
    excess_reductions: dict[str, str] = Field(
        default_factory=dict,
        description="An excess and the reduction a flaw of excess becomes ('te veel': "
        "'minder', 'too many': 'fewer', 'too': 'less'); excess_flaws.py.",
    )
    closing_directions: dict[str, str] = Field(
        default_factory=dict,
        description="Directions a sentence of a demonstrative and a duty modal closes a "
        "problem or state with ('Dat moet *minder*', 'That has to *go down*') -> their sense, "
        "'down' or 'up' (closing_directions.py).",
    )
    closing_state_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Lemmas of verbs of being or standing that tell where a thing is now "
        "('ligt onder het gemiddelde', 'sits at 34'): before a closing direction that state is "
        "the baseline (closing_directions.py).",
    )
    problem_frequencies: dict[str, str] = Field(
        default_factory=dict,
        description="How often a problem told instead of a goal happens, and the reduction "
        "the writer's own part makes of it ('vaak': 'minder vaak', 'te vaak': 'minder vaak', "
        "'too often': 'less often'); told_problems.py.",
    )
    cause_sought: str = Field(
        default="",
        description="The writer's own part of a problem whose cause nobody knows, with the "
        "problem as a subordinate clause ('Ik ga uitzoeken waarom {clause} en wat ik eraan "
        "kan doen.'); told_problems.py.",
    )
    cause_questions: frozenset[str] = Field(
        default=frozenset(),
        description="The question word of a cause that ends a remark that nobody knows it "
        "('waarom', 'why'); told_problems.py.",
    )
    difficulty_degrees: frozenset[str] = Field(
        default=frozenset(),
        description="Words of degree or time that can stand before a difficulty frame's own "
        "words ('ik vind presenteren *nog* lastig', 'I *still* find it hard to say no'); the "
        "goal of getting better replaces them with the frame.",
    )
    inexperience_frames: tuple[str, ...] = Field(
        default=(),
        description="Sentences that name a lack of experience instead of a goal, with the "
        "thing's slot ('ik heb weinig ervaring met {topic}', 'i have no experience with "
        "{topic}').",
    )
    inexperience_goal: str = Field(
        default="",
        description="The goal such a lack points at ('ik wil ervaring opdoen met {topic}').",
    )
    unknowing_frames: tuple[str, ...] = Field(
        default=(),
        description="Sentences that name a lack of knowledge instead of a goal, with the "
        "thing's slot ('ik weet te weinig van {topic}', 'i know too little about {topic}').",
    )
    unknowing_goal: str = Field(
        default="",
        description="The goal such a lack points at ('ik wil meer leren over {topic}').",
    )
    credential_goal: str = Field(
        default="",
        description="The goal a topic that names a credential stands for ('ik wil {topic} "
        "halen', 'i want to get my {topic}').",
    )
    improved_act_goal: str = Field(
        default="",
        description="The goal a line that names an act with its object and a verb of "
        "improving stands for ('ik wil beter {object} kunnen {verb}'); improved_acts.py.",
    )
    improved_act_verbs: tuple[str, ...] = Field(
        default=(),
        description="The verbs of improving that end such a line ('verbeteren').",
    )
    made_goal: str = Field(
        default="",
        description="The goal a verbless line headed by a thing the writer makes stands for, "
        "with the thing's slot ('ik wil {thing} maken', 'i want to create {thing}'); "
        "made_things.py.",
    )
    made_things: tuple[str, ...] = Field(
        default=(),
        description="Working documents and lists a writer makes ('laadlijst' by '*lijst', "
        "'rooster', 'rota', 'schedule'): a line that names one with its purpose means making "
        "it (made_things.py).",
    )
    gained_goals: dict[str, str] = Field(
        default_factory=dict,
        description="The goal a verbless line headed by a noun of knowledge or experience "
        "stands for, by its noun, with the preposition's and the topic's slots ('kennis': "
        "'ik wil kennis opdoen {prep} {topic}'); knowledge_lines.py.",
    )
    gained_prepositions: dict[str, str] = Field(
        default_factory=dict,
        description="The preposition such a noun takes when the line has none ('kennis': "
        "'van', 'experience': 'with').",
    )
    frequent_place: FrequentPlace = Field(
        default_factory=FrequentPlace,
        description="A verbless line of a place the writer wants to be more often "
        "(frequent_places.py).",
    )
    trailing_wish: TrailingWish = Field(
        default_factory=TrailingWish,
        description="A wish told after the act it wants (trailing_wishes.py).",
    )
    vague_topic_openers: tuple[str, ...] = Field(
        default=(),
        description="Words that name a field only as 'something with' it ('iets met', "
        "'something with'); vague_topics.py.",
    )
    vague_topic_goal: str = Field(
        default="",
        description="The wish such a line stands for, with the field's slot ('ik wil leren "
        "over {topic}', 'i want to learn about {topic}'); vague_topics.py.",
    )
    aspects_goal: str = Field(
        default="",
        description="The goal a direction with the aspects it covers between dashes stands "
        "for ('i want to use {aspects} {rest} so that i {direction}').",
    )
    decided_outcomes: dict[str, str] = Field(
        default_factory=dict,
        description="An outcome noun someone else decides that opens a goal -> the writer's "
        "wish of it, with the rest of the goal ('promotie' -> 'ik wil promotie maken {rest}'; "
        "decided_nouns.py).",
    )
    verbless_moves: dict[str, str] = Field(
        default_factory=dict,
        description="A move to a role told without its verb, with the verb it takes ('door "
        "naar' -> 'doorgroeien naar': 'Over een paar jaar door naar teamleider'; role_moves.py).",
    )
    elliptic_duty_modals: tuple[str, ...] = Field(
        default=(),
        description="The modals of a duty that may leave its verb out ('er *moeten* minder "
        "fouten in de inspecties', 'de planning *moet* anders'; elliptic_duties.py).",
    )
    elliptic_duty_none: str = Field(
        default="",
        description="The word of no one before such a modal ('er'): its duty takes "
        "``elliptic_duty_verb``.",
    )
    elliptic_duty_verb: str = Field(
        default="",
        description="The verb a duty laid on no one leaves out, put back at the end of its "
        "clause ('komen'); empty: the language leaves none out.",
    )
    elliptic_state_verb: str = Field(
        default="",
        description="The verb a thing's duty to change how it is leaves out ('De planning "
        "moet anders' + 'worden'); empty: the language leaves none out.",
    )
    elliptic_being_verb: str = Field(
        default="",
        description="The verb a thing's duty to be in a state leaves out ('De offertes moeten "
        "op tijd klaar' + 'zijn'); empty: the language leaves none out.",
    )
    failing_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Lemmas of verbs of failing ('forget', 'vergeten'): committed to without "
        "a negation they promise the failing itself, a seam (seams/failure_committed.py).",
    )
    state_absolutes: tuple[str, ...] = Field(
        default=(),
        description="Absolutes of how often that open a state told without its verb "
        "('*Nooit meer* te laat met de weekrapportage', '*Always* on time for handovers'; "
        "absolute_states.py).",
    )
    own_state_frame: str = Field(
        default="",
        description="The writer's subject and verb of being that such a state left out, "
        "before it ('Ik ben {state}', 'I am {state}'); empty: no such reading.",
    )
    role_step_openers: dict[str, str] = Field(
        default_factory=dict,
        description="The word that opens a step between roles told as its two ends only "
        "('*Van* junior naar medior consultant', '*From* apprentice to journeyman'), with the "
        "words that give it the writer's wish and verb ('ik wil doorgroeien van', 'grow from'; "
        "role_moves.step_told).",
    )
    step_ends: tuple[str, ...] = Field(
        default=(),
        description="The word between the two ends of such a step ('naar', 'to'), lower case.",
    )
    starting_roles: frozenset[str] = Field(
        default=frozenset(),
        description="Roles of the first phase (the pack's starting_roles, lower case): the "
        "first end of a step between roles.",
    )
    manner_prepositions: tuple[str, ...] = Field(
        default=(),
        description="Prepositions that tell a bound as the behaviour's manner ('with' at most "
        "[number] errors; seams/dangling_bound.py).",
    )
    chat_doubts: tuple[str, ...] = Field(
        default=(),
        description="Doubts in chat spelling that carry their own subject ('idk', 'dunno'): "
        "one inside a framed clause is a doubt committed (seams/doubt_verb.py).",
    )
    leading_role_heads: tuple[str, ...] = Field(
        default=(),
        description="Heads of a role that leads, last in a compound or after a modifier "
        "('ploeg*leider*', 'shift *lead*'; role_moves.py, far_roles.py).",
    )
    aimed_roles: frozenset[str] = Field(
        default=frozenset(),
        description="Roles that lead and titles of the senior phase (the pack's senior_roles "
        "and senior_titles, lower case): the second end of a step between roles.",
    )
    course_completed: str = Field(
        default="",
        description="The goal of completing a course named with the purpose it serves "
        "('ik wil de {topic} afronden', 'i want to complete the {topic}'; courses.py).",
    )
    course_goal: str = Field(
        default="",
        description="The goal a line that only names a course stands for ('ik wil de "
        "{topic} volgen', 'i want to complete the {topic}').",
    )
    pointing_objects: frozenset[str] = Field(
        default=frozenset(),
        description="Pronouns an act after a comma takes for the topic named before it "
        "('Root cause analysis, learn *it* properly', 'Draaitabellen, *die* wil ik leren'; "
        "pointed_topics.py).",
    )
    act_object_prepositions: frozenset[str] = Field(
        default=frozenset(),
        description="Dutch: the preposition that links an infinitive told as a noun to its "
        "object ('beter plannen *van* de pluk'); the object goes before the verb "
        "(compared_acts.py).",
    )
    act_goal: str = Field(
        default="",
        description="The writer's sentence a fragment of a comparative before a verb stands "
        "for ('ik wil {fragment}': 'Meer netwerken met X' read as 'Ik wil meer netwerken met "
        "X'); empty where the verb comes first and the frames read it already.",
    )
    trade_goal: str = Field(
        default="",
        description="The writer's sentence a trade-off of time stands for ('ik ga meer tijd "
        "{more} besteden en minder {less}': 'Meer op de werkvloer, minder in vergaderingen'; "
        "traded.py); empty: no such reading.",
    )
    trade_more: tuple[str, ...] = Field(
        default=(),
        description="Words that open the side of a trade-off to do more of ('meer', 'more').",
    )
    trade_less: tuple[str, ...] = Field(
        default=(),
        description="Words that open the side to do less of ('minder', 'less').",
    )
    trade_time: str = Field(
        default="",
        description="The word for time a side may already name ('Meer tijd aan klanten'): "
        "the sentence names it once.",
    )
    form_fields: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="The field labels of POP forms by the role of their value (what, when, "
        "measure, support, means, reason): 'Wat:', 'Wanneer:', 'Hoe gemeten:', 'Met wie:', "
        "'Hoe:', 'Waarom:' (forms.py).",
    )
    form_open_values: tuple[str, ...] = Field(
        default=(),
        description="Values that leave a form's field open ('tbc', 'n.v.t.'): asked as if "
        "the field were missing.",
    )
    form_measure_article: str = Field(
        default="",
        description="A form's measure named by a bare noun with its article ('the "
        "{measure}'); empty where the form's bare noun reads as it is.",
    )
    count_quantities: tuple[str, ...] = Field(
        default=(),
        description="Words of an unstated count in a count label ('a few', 'een paar'): "
        "'A few things: ...' announces a list of goals (counted.py).",
    )
    count_items: tuple[str, ...] = Field(
        default=(),
        description="What a count label counts ('things', 'points', 'goals', 'dingen', "
        "'punten'): 'Two things: ...' announces a list of goals (counted.py).",
    )
    both_words: tuple[str, ...] = Field(
        default=(),
        description="Words that resume fronted objects ('both', 'allebei', 'beide'): 'X and "
        "Y, learn both' is one goal (counted.py).",
    )
    both_goal: str = Field(
        default="",
        description="The goal of objects resumed by a word for both ('i want to {verb} "
        "{objects}', 'ik wil {objects} {verb}').",
    )
    form_act: str = Field(
        default="",
        description="The writer's committed sentence a form's act field makes ('ik ga "
        "{act}', 'i will {act}').",
    )
    form_course: str = Field(
        default="",
        description="The act a form's field that names a course stands for ('de {topic} "
        "volgen', 'complete the {topic}').",
    )
    form_period: str = Field(
        default="",
        description="A form's time field that names a period by its number ('Q3', 'maart "
        "2027') as the period the act is done in ('in {when}').",
    )
    list_joiners: tuple[str, ...] = Field(
        default=(),
        description="Words that join a later fragment of a listed goal line to the one "
        "before ('en', 'plus', 'en ook', 'and also'): a list of two fragments needs one.",
    )
    course_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs that take a course as their object ('volgen', 'afronden', 'take', "
        "'complete'): a line with one at its edge is a goal with its verb, not a course name.",
    )
    work_on_comments: tuple[str, ...] = Field(
        default=(),
        description="A comment after a topic that only says the writer will work on it "
        "('aan werken', 'work on').",
    )
    explored_purposes: dict[str, str] = Field(
        default_factory=dict,
        description="A purpose of finding out whether a job or place suits, told with a "
        "hedge ('om te kijken of', 'to see if'), and the same purpose told without one "
        "('om te ontdekken of', 'to find out whether'): the purpose of a firm act "
        "(exploring.py).",
    )
    tried_acts: tuple[str, ...] = Field(
        default=(),
        description="Phrases of trying an act out before its gerund ('try teaching'): "
        "committed, the act itself (exploring.py).",
    )
    dropped_subjects: dict[str, str] = Field(
        default_factory=dict,
        description="A diary-style opening without its subject and the words with the subject "
        "put back ('wil' -> 'ik wil', 'hoping to' -> 'i hope to').",
    )
    verb_particles: frozenset[str] = Field(
        default=frozenset(),
        description="English particles of phrasal verbs ('take over', 'set up'): right after "
        "the verb, never a conjunction opening a clause (seams/segments.py).",
    )
    trailing_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="English verbs of learning or improving a note-style goal may write after "
        "their object ('Excel improve'): read with the verb first (fronted_verbs.py).",
    )
    back_references: frozenset[str] = Field(
        default=frozenset(),
        description="Words that refer back to what was just said ('daar wil ik aan werken', "
        "'I want to work on that').",
    )
    second_person_verbs: dict[str, str] = Field(
        default_factory=dict,
        description="Irregular finite verbs of a quoted second-person subject, in the "
        "writer's first person ('bent' -> 'ben', 'kunt' -> 'kan', 'are' -> 'am').",
    )
    deadline_openers: tuple[str, ...] = Field(
        default=(),
        description="Words that open a deadline ('uiterlijk', 'vóór', 'by'): a past time they "
        "open is a goal's deadline that passed, not the time of an achievement (context.py).",
    )
    next_step_labels: tuple[str, ...] = Field(
        default=(),
        description="Labels that name the next step after a past achievement ('Volgende "
        "stap:', 'Next step:'); the words after them are the goal (context.py).",
    )
    others_states: frozenset[str] = Field(
        default=frozenset(),
        description="Words that tell how others feel or are inside ('zenuwachtig', "
        "'confident'): a wish for them is aimed at by the writer's own behaviour (states.py).",
    )
    having_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs of having that tell a state with their object ('plezier hebben', "
        "'have confidence'; states.py).",
    )
    feeling_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs that tell how others feel ('voelen', 'feel'; states.py).",
    )
    speaker_pronouns: frozenset[str] = Field(
        default=frozenset(),
        description="Pronouns of a comment that point back at who gave the advice ('I agree "
        "with *her*', 'daar heeft *hij* gelijk in'): the comment is no goal (comments.py).",
    )
    comment_nouns: frozenset[str] = Field(
        default=frozenset(),
        description="Nouns a comment on the advice uses to name it or the goal ('dus dat "
        "wordt mijn *doel*', 'a fair *point*'); any other noun makes it more than a comment.",
    )
    wanting_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs of another person's wish that others act ('management *wants* all "
        "drivers to ...'), read as the writer's own wish for them (``writer_wish``).",
    )
    report_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs that report another person's judgement or observation ('vindt', "
        "'says', 'thinks'): with a clause of the writer's that has no modal ('dat ik te snel "
        "praat', 'I talk too fast') they describe the writer, they give no advice.",
    )
    observation_words: frozenset[str] = Field(
        default=frozenset(),
        description="Where a judgement verb with a bare present may also advise (Dutch 'vindt "
        "dat ik de cursus volg'), the words or lemmas that make the clause an observation of "
        "the writer ('te', 'niet', 'klinken'); empty: every such clause without a modal is one.",
    )
    writer_wish: str = Field(default="", description="The writer's own wish: 'I want'.")
    aim_joiners: tuple[str, ...] = Field(
        default=(),
        description="Words after a comma that open the writer's own step after someone "
        "else's aim ('..., dus ik ...', '..., so I ...'; see aims.py).",
    )
    step_joiners: frozenset[str] = Field(
        default=frozenset(),
        description="Words that join a second act to the writer's step after someone else's "
        "aim ('learn X *and* get faster at it'): a back reference after one names the step's "
        "own object, not the aim (see aims.py).",
    )
    aim_modal_paraphrases: dict[str, str] = Field(
        default_factory=dict,
        description="Words that say what the aim's modal says, and how the purpose tells "
        "them ('be able to' -> 'am able to'): 'so that I am able to unload', not 'so that I "
        "can be able to unload' (aims.py).",
    )
    question_words: tuple[str, ...] = Field(
        default=(),
        description="Words that open an indirect question (the pack's question_words): a "
        "back reference after one ('learn how that works') names the aim's object, no aim "
        "taken on whole (aims.py, others_aims.py).",
    )
    how_doubt_words: frozenset[str] = Field(
        default=frozenset(),
        description="Words after a doubt that make it a doubt of how or where to do the act "
        "('not sure how to start'): the pack's question and place question words without its "
        "yes/no ones ('whether', 'of'); the wish is taken on (reserved.py).",
    )
    time_doubt_words: frozenset[str] = Field(
        default=frozenset(),
        description="Words after a doubt that make it a doubt of when ('not sure when', 'weet "
        "niet wanneer'; the pack's time_question_words): when is what is settled "
        "(frames.settled_when; reserved.py).",
    )
    everyone_subjects: tuple[str, ...] = Field(
        default=(),
        description="Subjects that name everyone the writer belongs to ('iedereen', 'everyone', "
        "'the whole team'): a wish laid on them that the writer claims 'too' is the writer's "
        "own act (others_aims.py).",
    )
    everyone_possessives: dict[str, str] = Field(
        default_factory=dict,
        description="Everyone's possessive (or reflexive) -> the writer's, when the writer "
        "takes a wish or a norm laid on everyone ('their' -> 'my', 'hun' -> 'mijn', 'zich' -> "
        "'me').",
    )
    first_person_forms: dict[str, str] = Field(
        default_factory=dict,
        description="Third-person verb forms whose first person no rule makes ('has' -> "
        "'have', 'heeft' -> 'heb'): the writer in everyone's place (everyone_norms.py).",
    )
    claim_too: tuple[str, ...] = Field(
        default=(),
        description="Words of a claim that count the writer in ('ook', 'too', 'as well').",
    )
    purpose_pointers: tuple[str, ...] = Field(
        default=(),
        description="Words of the writer's step that name someone else's aim before it as "
        "the step's purpose ('dus daarvoor moet ik ...', 'so for that I need to ...'): the "
        "aim follows the step as its purpose, so they go (see aims.py, others_aims.py).",
    )
    trial_remarks: dict[str, str] = Field(
        default_factory=dict,
        description="A trial in a remark on someone else's aim -> its commitment ('but I'll "
        "try' -> 'but I will do it'): the rewrite commits to the step (see others_aims.py).",
    )
    person_origins: frozenset[str] = Field(
        default=frozenset(),
        description="Prepositions telling where a person route comes from ('a mentor from "
        "another department'): the person is still the one the writer works with.",
    )
    welcome_predicates: tuple[str, ...] = Field(
        default=(),
        description="What a thing the writer would welcome would be ('would be great', 'zou "
        "fijn zijn'): the thing before it is asked for (welcome_wishes.py).",
    )
    conditional_modals: tuple[str, ...] = Field(
        default=(),
        description="Modals of the conditional ('would', 'zou'): a clause of one whose subject "
        "is not the writer tells a wish, never a dated goal (seams/conditional_wish.py).",
    )
    willing_stances: tuple[str, ...] = Field(
        default=(),
        description="Words of the writer's willingness toward someone else's proposal "
        "('interested', 'bereid'): a stance, never the committed act (seams/willing_stance.py).",
    )
    reluctance_remarks: tuple[str, ...] = Field(
        default=(),
        description="Words of a remark that only tells the writer's reluctance about "
        "someone else's aim ('not really my thing', 'niet zoveel zin in'; others_aims.py).",
    )
    asked_possible_clauses: tuple[str, ...] = Field(
        default=(),
        description="Words that ask whether a step is possible with the writer's own clause "
        "after them ('is het mogelijk dat' ik ..., 'is it possible that' I ...): the step "
        "committed, agreed with the manager (asked_clauses.py, asked_steps.py).",
    )
    continuing_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs (by form or lemma) that tell another person's voice goes on, "
        "before its verb ('keeps saying', 'blijft zeggen'): the two are one voice verb, "
        "credited whole (voices/joined.py).",
    )
    conditional_wishes: dict[str, str] = Field(
        default_factory=dict,
        description="A conditional auxiliary and the verb of wish it softens ('would like', "
        "'zou (graag) willen'; the verb one of ``wanting_verbs``): the words are one voice "
        "verb with the value as its lemma, credited whole ('as my manager would like'; "
        "voices/joined.py).",
    )
    guess_tags: tuple[str, ...] = Field(
        default=(),
        description="The writer's guess tagged onto the end of a clause ('I guess', 'denk "
        "ik'): the goal is read without it (guess_tags.py).",
    )
    effort_remarks: tuple[str, ...] = Field(
        default=(),
        description="A closing sentence that only tells the writer's effort on the goal "
        "(\"I'm trying\", 'ik doe mijn best'): it goes, the goal before it is read alone "
        "(effort_remarks.py).",
    )
    chat_tags: tuple[str, ...] = Field(
        default=(),
        description="The writer's chat aside anywhere in the text ('tbh', 'lol', 'eerlijk "
        "gezegd'): no part of the goal, which is read without it (chat_tags.py).",
    )
    chat_interjections: tuple[str, ...] = Field(
        default=(),
        description="The writer's interjection that only hesitates ('nou ja', 'tja', 'meh'): a "
        "chat tag outside the clause, so a Dutch verb after it needs no subject put back "
        "(chat_tags.py).",
    )
    emphatic_fragments: tuple[str, ...] = Field(
        default=(),
        description="One emphatic word told as a sentence of its own after the goal ('Ever.', "
        "'Punt.'): it goes with its mark, the absolute it stresses is bounded (chat_tags.py).",
    )
    chat_spellings: dict[str, str] = Field(
        default_factory=dict,
        description="A chat spelling of a modal and its marker, written out ('wanna': 'want "
        "to'): the goal is read with it written out (chat_tags.py).",
    )
    dislike_remarks: tuple[str, ...] = Field(
        default=(),
        description="Words after the writer's subject of a sentence that tells the writer's "
        "dislike of someone else's wish, or a manner the writer wants to avoid in it ('I "
        "don't really like ...', 'ik sta niet graag ...', \"I don't want to be pushy\"): "
        "a remark kept after the credited step (voices/misgivings.py).",
    )
    asked_wishes: tuple[str, ...] = Field(
        default=(),
        description="Words of wishing that open a means the writer asks for ('Graag een "
        "training of coaching?', 'Ideally a mentor?'): they go as a hedge before the means "
        "does, and the means is committed as the writer's step (asked_means.py).",
    )
    condition_needs: tuple[str, ...] = Field(
        default=(),
        description="Words (by form or lemma) of the writer's condition for someone else's "
        "wish: what the writer needs to do it ('Leuk, maar ik heb dan wel uren nodig', 'Fine, "
        "but I'd need time off the floor'): kept after the rewrite as a sentence of its "
        "own, without the concession and contrast before it (conditions.py).",
    )
    condition_openers: tuple[str, ...] = Field(
        default=(),
        description="Words that open a condition (the pack's condition_markers: 'als', 'if', "
        "'provided that'): after the writer's offer to take a need on ('Dat kan ik wel doen "
        "*als* ik er tijd voor krijg') they tell what the writer agrees with the manager "
        "(taken_on.py).",
    )
    consequence_words: tuple[str, ...] = Field(
        default=(),
        description="Words that open the main clause after a fronted condition (the pack's "
        "consequence_words: 'Stellen studenten vragen, *dan* maak ik ...', 'If ..., *then* I "
        "...'): the clause after the comma is the goal's, no clause told apart "
        "(told_apart.py).",
    )
    stance_doubts: tuple[str, ...] = Field(
        default=(),
        description="A doubt that opens a sentence beside someone else's wish and ends at the "
        "contrast before the writer's step ('Not sure how to measure that, but I'll X'): it "
        "goes (see stance_cut.py).",
    )
    stance_disagreements: tuple[str, ...] = Field(
        default=(),
        description="Words that open the writer's disagreement with someone else's view of "
        "them ('Ik vind dat eigenlijk niet', 'I don't agree'): the sentence goes (stance_cut.py).",
    )
    stance_acceptances: tuple[str, ...] = Field(
        default=(),
        description="A whole sentence that only accepts someone else's wish, pointing back at "
        "it ('ik zal eraan werken', 'I'll work on it'): it goes (see stance_cut.py).",
    )
    reservation_remarks: tuple[str, ...] = Field(
        default=(),
        description="Words of the writer's mild reservation on someone else's wish told after "
        "it ('valt wel mee', 'lukt niet altijd', 'not always'): the wish is taken on, the "
        "reservation kept as a sentence of its own ('&' a gap; reserved.py).",
    )
    reservation_objections: tuple[str, ...] = Field(
        default=(),
        description="Words of the writer's real disagreement with someone else's wish, or "
        "wish to talk it over ('liever', 'rather', 'geen ontwikkeldoel'): the writer's step "
        "is to settle it with the other (frames.settled; voices/settled.py).",
    )
    reservation_doubts: tuple[str, ...] = Field(
        default=(),
        description="Words of the writer's doubt whether the wish (someone else's or the "
        "writer's own) happens at all ('weet & niet of', 'not sure', 'twijfel'): no yes yet, "
        "so the step is to settle it (frames.settled; settled_own.py). Followed by a question "
        "word of how or where it is a doubt of the means, of when one of the time (reserved.py).",
    )
    reservation_concessions: tuple[str, ...] = Field(
        default=(),
        description="A concession that accepts someone else's wish after the writer's "
        "reservation ('maar goed', 'but ok'): the reservation is a mild one "
        "(reserved.py).",
    )
    imposed_reasons: dict[str, str] = Field(
        default_factory=dict,
        description="The opening of a reason that only says someone else imposes the goal "
        "('want dat moet van') -> the reason told as their request ('want {who} vraagt dat'; "
        "see imposed_reason.py).",
    )
    claim_joiners: tuple[str, ...] = Field(
        default=(),
        description="Words that open the writer's claim on an aim before it ('..., en dat "
        "word ik', '... and I want that to be me'; see taken_on.py).",
    )
    claim_references: tuple[str, ...] = Field(
        default=(),
        description="Words of a claim that point back at the aim besides ``back_references`` "
        "('Ik ben *er* verantwoordelijk voor'; see taken_on.py).",
    )
    act_pointers: tuple[str, ...] = Field(
        default=(),
        description="Words of the writer's step that stand for the act someone else wants "
        "('do that', 'dat & doen': a gap '&' where the step's time stands; see "
        "pointed_step.py).",
    )
    others_wish_verbs: tuple[str, ...] = Field(
        default=(),
        description="Lemmas of verbs of wanting said of others ('wants', 'would like', 'zou "
        "graag zien': words before the lemma must stand in the verb group; see taken_on.py).",
    )
    taken_subjects: tuple[str, ...] = Field(
        default=(),
        description="Impersonal subjects of a need the writer can take on ('someone', "
        "'iemand'; see taken_on.py).",
    )
    agent_prepositions: tuple[str, ...] = Field(
        default=(),
        description="Prepositions of a passive's agent ('by someone', 'door iemand'; see "
        "taken_on.py).",
    )
    taken_relatives: tuple[str, ...] = Field(
        default=(),
        description="Relative pronouns of a person ('who', 'die'): a need laid on 'someone "
        "who ...' is not told with the writer in its place (see taken_on.py).",
    )
    taken_ability: str | None = Field(
        default=None,
        description="The writer's wish to become the one who can do what a need asks of "
        "'someone who can ...' ('ik wil {before} leren {verb}', 'I want to learn to {verb}"
        "{after}'; the act's verb and the words before and after it; see taken_relative.py).",
    )
    ability_modals: frozenset[str] = Field(
        default=frozenset(),
        description="Modals of ability ('can', 'kan'; the pack's ``ability_modals``).",
    )
    duty_modals: tuple[str, ...] = Field(
        default=(), description="Modals of obligation (the pack's ``obligation_modals``)."
    )
    common_others: frozenset[str] = Field(
        default=frozenset(),
        description="Others named with a common noun or a possessive, written in lower case "
        "inside a sentence ('management', 'my manager'; the pack's ``impersonal_subject`` "
        "and ``first_person_possessive``).",
    )
    aim_step_wish: str = Field(
        default="{step}",
        description="The writer's wish put before a step told without its subject: "
        "'ik wil {step}' (see aims.py).",
    )
    aim_modal: str = Field(
        default="",
        description="The modal of ability the aim takes as the step's purpose: 'kan' "
        "('zodat ik meer omzet kan draaien'; see aims.py).",
    )
    means_examples: tuple[str, ...] = Field(
        default=(),
        description="Words after a comma that give the writer's means as an example "
        "('bijvoorbeeld door', 'for example by'); the means is the behaviour.",
    )
    suggestion_openers: frozenset[str] = Field(
        default=frozenset(),
        description="Words that open a means suggested as a question after the goal "
        "('- misschien een nieuwsbrief?', '- maybe a newsletter?'); the means is kept as an "
        "example (``frames.as_example``).",
    )
    example_preposition: str = Field(
        default="",
        description="The preposition a suggested means that is a noun phrase takes in "
        "``frames.as_example`` ('met', 'with').",
    )
    alternative_asks: tuple[str, ...] = Field(
        default=(),
        description="Words that open a means the writer weighs in a question after the goal "
        "('- of zal ik ...?', '- or should I ...?'); its verb phrase is the behaviour.",
    )
    open_asks: tuple[str, ...] = Field(
        default=(),
        description="A question after the goal that asks others for the how ('(hoe?)', "
        "'- any ideas?'): no part of the goal, it goes.",
    )
    reason_prepositions: frozenset[str] = Field(
        default=frozenset(),
        description="Prepositions that open a reason phrase ('ivm', 'vanwege'): after a "
        "comparative a duty leaves ('moet beter ivm mollen'), the phrase goes before it as a "
        "phrase of place does ('dat X ivm mollen beter wordt'; compared_duties.py).",
    )
    reason_openers: frozenset[str] = Field(
        default=frozenset(),
        description="Words that open a reason told before the goal ('Omdat ik ..., wil ik ...', "
        "'Because I ..., I want ...'); the reason goes after the goal.",
    )
    question_frames: dict[str, str] = Field(
        default_factory=dict,
        description="Openings of a goal asked as a question, with the statement that takes "
        "their place ('hoe kan ik' -> 'ik wil', 'how can i' -> 'i want to').",
    )
    wish_frames: tuple[str, ...] = Field(
        default=(),
        description="Openings that wish for the writer's clause instead of committing to it "
        "('het zou mooi zijn als', 'it would be great if').",
    )
    wish_modals: tuple[str, ...] = Field(
        default=(),
        description="Modals of possibility in a wished clause that the commitment replaces "
        "('kan', 'mocht', 'could').",
    )
    whether_words: tuple[str, ...] = Field(
        default=(),
        description="Words that open the writer's clause in another person's question ('vraagt "
        "of ik ...', 'asked if I ...'): the question offers the writer a task.",
    )
    asking_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs of asking whose question offers the writer a task ('vragen', "
        "'vroeg', 'ask'), by lemma or form: the tagger may miss a past form's lemma.",
    )
    request_nouns: frozenset[str] = Field(
        default=frozenset(),
        description="Nouns of a request, question or proposal put to the writer ('vraag', "
        "'verzoek', 'request', 'suggestion'): 'Vanuit X kwam de vraag of ik ...' offers the "
        "writer a task, credited to who asked (voices/request_nouns.py).",
    )
    request_sources: tuple[str, ...] = Field(
        default=(),
        description="Prepositions that name who put a request to the writer ('van', "
        "'vanuit', 'from').",
    )
    offered_leads: tuple[str, ...] = Field(
        default=(),
        description="Modals of wish or ability that open the writer's clause in another "
        "person's question ('wil', 'would like to', 'could'): the commitment replaces them.",
    )
    voice_tails: tuple[str, ...] = Field(
        default=(),
        description="Words that open a second clause after the writer's own one ('dus', "
        "'so'): it says what the writer concludes and goes with the other person's frame.",
    )
    goal_frames: tuple[str, ...] = Field(
        default=(),
        description="Words that name the goal before it ('mijn doel is', 'my goal is'): the "
        "rewrite drops them with their 'om ... te' / 'to'.",
    )
    effort_hedges: tuple[str, ...] = Field(
        default=(),
        description="Entries of the ``hedges`` lexicon that promise effort instead of the "
        "result ('best & doen', 'do my best'): the rewrite drops them with their 'om ... te'.",
    )
    effort_lead: frozenset[str] = Field(
        default=frozenset(),
        description="Words bound to an effort phrase before it ('er', 'mijn', 'uiterste').",
    )
    role_fronts: tuple[str, ...] = Field(
        default=(),
        description="Words that front a role before the finite verb in a verb-second "
        "language ('Als teamleider wil ik ...'): the writer stays the subject.",
    )
    means_asides: tuple[str, ...] = Field(
        default=(),
        description="The writer's guess at a means set off after the goal ('i think … might "
        "help'; '…' is the means): it becomes the frame's ``means`` (see asides.py).",
    )
    goal_wishes: tuple[str, ...] = Field(
        default=(),
        description="The writer's wish that opens a goal sentence ('ik wil graag', \"i'd like "
        'to"): a means told after it serves the direction left (see means.py).',
    )
    trial_wishes: tuple[str, ...] = Field(
        default=(),
        description="The writer's wish with an attempt that opens a goal sentence ('ik wil "
        "proberen', 'i want to try to'): a means told after it serves the direction left, "
        "committed (the attempt goes, and a Dutch te-infinitive's 'te'; see means.py).",
    )
    means_labels: tuple[str, ...] = Field(
        default=(),
        description="Labels before a colon that open a sentence of the writer's means after "
        "the goal ('Plan:', 'Aanpak:'): the means becomes the behaviour (see means.py).",
    )
    means_openers: tuple[str, ...] = Field(
        default=(),
        description="Words that open a sentence of means pointing back to the goal "
        "('Hiervoor', 'To do this'), before the writer and a modal (see means.py).",
    )
    means_commitments: tuple[str, ...] = Field(
        default=(),
        description="The writer's commitment that opens a sentence of means after the goal "
        "('ik ga', \"i'll\"): what follows is the means (see means.py).",
    )
    noun_complements: frozenset[str] = Field(
        default=frozenset(),
        description="English: the preposition that joins a noun to its complement ('knowledge "
        "*of* X'): a noun of the goal with it after 'will' is a seam (seams/committed_noun.py).",
    )
    means_fillers: frozenset[str] = Field(
        default=frozenset(),
        description="Words between the modal and the means that the bare verb phrase leaves "
        "out ('to' of 'want to', 'graag').",
    )
    means_additions: frozenset[str] = Field(
        default=frozenset(),
        description="Words that add a second goal instead of a means ('ook', 'also').",
    )
    situation_amounts: tuple[str, ...] = Field(
        default=(),
        description="Words of an amount the work brings ('a lot of', 'veel'): a piece after "
        "the goal with the writer first and one of them tells the situation ('..., we have a "
        "lot of temporary workers'), a remark (remarks.py).",
    )
    ongoing_spans: tuple[str, ...] = Field(
        default=(),
        description="Spans of time up to now ('for months', 'al maanden'): a piece after the "
        "goal with the writer first and one of them tells how it has been, the situation ('..., "
        "ik heb al maanden last van mijn schouder'), a remark (remarks.py).",
    )
    named_act_preposition: str = Field(
        default="",
        description="The preposition that joins an act named as a thing to its object ('het "
        "opspannen *van* borduurwerk'): 'te X van Y' reads broken (seams/nominal_purpose.py).",
    )
    own_state_signs: tuple[str, ...] = Field(
        default=(),
        description="Words of a shortfall or a persistence ('still', 'only', 'some days'; "
        "'nog', 'maar'): a sentence in which the writer tells the present with one is "
        "context beside the goal, kept as written (own_state.py).",
    )
    shortfall_words: tuple[str, ...] = Field(
        default=(),
        description="Words of a shortfall before a count ('only 40 calls', 'maar 30 orders'): "
        "told beside the goal, the count is its baseline (state_baseline.py).",
    )
    trend_words: tuple[str, ...] = Field(
        default=(),
        description="Phrases of a trend ('steeds meer', 'more and more'): a comparative in one "
        "tells how the work goes, no change to reach (trends.py).",
    )
    distributive_determiners: frozenset[str] = Field(
        default=frozenset(),
        description="Determiners that count the noun right after them ('elke', 'every'): "
        "one before another determiner or a mark lost its noun, a seam "
        "(seams/distributive.py).",
    )
    judging_pointers: frozenset[str] = Field(
        default=frozenset(),
        description="Words that point back at the goal to judge it ('dat', 'that', 'het'): "
        "with a verb of being or seeming after them, a sentence that is a remark on the "
        "goal (remarks.py).",
    )
    judging_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs of being and seeming ('zijn', 'lijken', 'be', 'sound'): a sentence "
        "they open, or that opens with a pointer and one, judges the goal (remarks.py).",
    )
    cause_links: tuple[str, ...] = Field(
        default=(),
        description="A verb's lemma and the preposition that tell a cause ('komen door', "
        "'liggen aan', 'come from'): a sentence with a pointer as its subject and one tells "
        "why the situation before it is so, a remark on it (remarks.py).",
    )
    asked_step: str = Field(
        default="",
        description="The writer's commitment to a means asked or hedged after the aim ('ik ga "
        "{means}', 'I will {means}'; asked_means.py).",
    )
    asked_course: str = Field(
        default="",
        description="A course asked as a thing, as the act of taking it ('{thing} volgen', "
        "'take {thing}'; asked_means.py).",
    )
    asked_route: str = Field(
        default="",
        description="Another learning route asked as a thing (a rotation, a placement), as "
        "the act of doing it ('{thing} doen', 'do {thing}'; asked_means.py).",
    )
    asked_role: str = Field(
        default="",
        description="A role asked without an article, as being it ('{thing} zijn', 'be a "
        "{thing}'; asked_roles.py).",
    )
    asked_roles: frozenset[str] = Field(
        default=frozenset(),
        description="Routes that are a person the writer can be for others (buddy, mentor).",
    )
    bare_routes: frozenset[str] = Field(
        default=frozenset(),
        description="Learning routes a line may ask for as a bare noun, with no article "
        "('rotatie naar X?', 'secondment to X?'): the step the writer takes (asked_bare.py).",
    )
    bare_route_articles: dict[str, str] = Field(
        default_factory=dict,
        description="The article a bare route takes: 'default', and 'vowel' before a vowel "
        "letter where the language has one ('an internship').",
    )
    asked_purpose: str = Field(
        default="",
        description="The aim after a committed means, as its purpose (', zodat ik {aim}', "
        "', so that I can {aim}'; asked_means.py).",
    )
    purpose_sentences: tuple[str, ...] = Field(
        default=(),
        description="Openers of a sentence that is only a purpose, after a step asked "
        "('om & te': 'Om te zien hoe ...'; 'to', 'so that'), kept as written after the "
        "committed step (asked_wishes.py); '&' joins the marker that must follow.",
    )
    asked_aim_modal: str = Field(
        default="",
        description="Dutch: the finite modal the aim's purpose clause puts before its "
        "infinitive ('kan': 'zodat ik ploegleider *kan* worden'; asked_means.py).",
    )
    alternative_openers: frozenset[str] = Field(
        default=frozenset(),
        description="Words that open a second means offered after an asked one ('Of', 'Or': "
        "'Misschien een cursus? Of een paar weken meelopen ...'; asked_means.py).",
    )
    hedged_steps: dict[str, str] = Field(
        default_factory=dict,
        description="The writer's step of agreeing on a next step or a role hedged or asked "
        "beside the goal (hedged_steps.py): ``discussed`` for an act ('I will discuss with "
        "{who} whether I {clause}.'), ``modal`` put before the act's verb ('can', 'kan'), "
        "``role`` for the clause of a role inside ``frames.settled`` ('I become {role}').",
    )
    asking_plans: tuple[str, ...] = Field(
        default=(),
        description="Openers of the writer's plan to ask for a means after the goal ('will "
        "ask if', 'ik ga vragen of'; hedged_steps.py): the means is the goal's way, agreed "
        "with the one it names. Lower case, the writer's subject after them.",
    )
    partner_openers: tuple[str, ...] = Field(
        default=(),
        description="Words that open a partner the writer hedges after the goal ('together "
        "with', 'samen met': '..., so maybe together with HR?'; hedged_steps.py): the "
        "partner supports the goal. Lower case.",
    )
    asking_modals: tuple[str, ...] = Field(
        default=(),
        description="Lemmas of the modal of a means asked ('can', 'mogen'; hedged_steps.py).",
    )
    hedged_role_openers: tuple[str, ...] = Field(
        default=(),
        description="Words that open a role after a hedge beside the goal ('as', 'als': "
        "'..., maybe as a team lead'; hedged_steps.py). Lower case.",
    )
    choice_steps: dict[str, str] = Field(
        default_factory=dict,
        description="The writer's step of choosing between two options asked ('Learn Go? or "
        "stay with Java'; asked_choices.py): ``acts`` for two acts, ``things`` for two things, "
        "``first_acts``, ``first_things`` when the second is to be done first ({first}, {second}: "
        "the options).",
    )
    weighing_askers: frozenset[str] = Field(
        default=frozenset(),
        description="Modals that open a question weighing one step of the writer's own "
        "('*Should* I specialise in X?', '*Moet* ik me ... specialiseren?'): the step is "
        "decided with the one who decides (``choice_steps.one``, {first}: the step as "
        "written, {who}: ``asked_decider``; asked_choices.py).",
    )
    choice_weighers: frozenset[str] = Field(
        default=frozenset(),
        description="Words that weigh the options right after the asking verb and the writer "
        "('Kan ik *beter* X of Y?', 'Should I *rather* X or Y?'): no part of the first option "
        "(asked_choices.py).",
    )
    option_remark: str = Field(
        default="",
        description="The second means offered after the committed one, kept as an option "
        "('Een andere mogelijkheid: {option}.', 'Another option: {option}.'; asked_means.py).",
    )
    first_step_openers: tuple[str, ...] = Field(
        default=(),
        description="Words that open the step the writer takes now after a far aim ('For "
        "now', 'Voorlopig'): the step is committed with the far aim as its purpose "
        "(first_steps.py).",
    )
    time_approximators: tuple[str, ...] = Field(
        default=(),
        description="Single words that make a hedged time indefinite ('maybe *sometime* next "
        "year?', 'misschien *ergens* volgend jaar?'): the step is committed at the time itself "
        "(asked_times.py). One word each: a word of a phrase ('some *time*') would be dropped "
        "anywhere.",
    )
    asked_possibilities: tuple[str, ...] = Field(
        default=(),
        description="Openers that ask whether a step is possible ('is het mogelijk om', "
        "'would it be possible to'): the step after them is asked, as after an asking modal "
        "(asked_possible.py). Lower case, whole words.",
    )
    asked_possible_things: tuple[str, ...] = Field(
        default=(),
        description="A thing asked whether it is possible, as the opener and the closer of "
        "the question parted by ' & ' ('is & possible' of 'Is a rotation to planning "
        "possible?', 'is & mogelijk'): the thing between them is the step asked "
        "(asked_possible.py). Lower case, whole words.",
    )
    enabling_openers: tuple[str, ...] = Field(
        default=(),
        description="Openers of a sentence that tells what the step before it makes possible "
        "('dan kan ik', 'then I can'): the rest is the step's purpose (consequences.py). "
        "Lower case, whole words.",
    )
    perception_openers: tuple[str, ...] = Field(
        default=(),
        description="The writer's words of noticing before a difficulty ('ik merk dat', 'I "
        "notice that'): the difficulty after them is read as told alone (difficulties.py). "
        "Lower case, whole words.",
    )
    gaining_openers: tuple[str, ...] = Field(
        default=(),
        description="Adverbs of consequence that open a sentence telling what the writer "
        "gets from the step before it in the writer's own verb ('Dan krijg ik meer ervaring "
        "met X', 'That way I learn how X works'): the rest is the step's purpose "
        "(consequences.py). Lower case, whole words.",
    )
    asked_infinitives: frozenset[str] = Field(
        default=frozenset(),
        description="Infinitives of permission or ability that an asked step holds before its "
        "own verb ('Zou ik een dag *mogen* meelopen?'): the committed step drops them, as it "
        "drops the asking modal (asked_means.py).",
    )
    arrangement_asks: tuple[str, ...] = Field(
        default=(),
        description="A last question that only asks whether the goal can be arranged or is "
        "allowed ('Kan dat geregeld worden?', 'Would that be possible?'): it asks the one who "
        "decides to agree, so it goes and the goal asks whom it is agreed with "
        "(asked_arrangements.py). Whole questions, lower case, without the hedge or mark.",
    )
    step_asks: tuple[str, ...] = Field(
        default=(),
        description="Openers of a question that asks the one who decides for a step of the "
        "writer's, by means or a talk ('is there budget for me to', 'can we talk about me', "
        "'kunnen we het hebben over'): the step after them is the goal, agreed with the "
        "manager (asked_steps.py). Lower case, whole words.",
    )
    asked_decider: str = Field(
        default="",
        description="Whom a step asked as the goal is agreed with ('my manager', 'mijn "
        "leidinggevende'; asked_steps.py).",
    )
    tried_steps: tuple[str, ...] = Field(
        default=(),
        description="A last clause after a step asked that only says the writer would like to "
        "try it ('but I'd like to try it', 'maar ik wil het wel proberen'): the committed step "
        "does that, so it goes (asked_steps.py). Lower case, whole words, without the "
        "contrast.",
    )
    arrangement_extras: tuple[str, ...] = Field(
        default=(),
        description="Words that may close such a question without changing it ('..., please?', "
        "'..., eventueel?'; asked_arrangements.py).",
    )
    report_remark_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Lemmas of another person's verbs of reporting on the writer's work, in a "
        "remark after a dash ('... - my team lead pointed out I ...', '... - mijn "
        "leidinggevende gaf aan dat ...'; a Dutch separable particle joined before): the "
        "report is kept after the rewrite (remarks.py).",
    )
    timed_wish: str = Field(
        default="",
        description="The writer's wish of a step at a time, {time} and {means} ('{time}, I "
        "want to {means}', '{time} wil ik {means}'): a step hedged at a time that, "
        "committed, is still no act of the writer's own (tail_times.py).",
    )
    how_doubts: tuple[str, ...] = Field(
        default=(),
        description="The writer's doubt of how that opens the last sentence before a hedged "
        "step ('Not sure how, visiting some nurseries maybe?', 'Weet niet goed hoe, "
        "misschien ...?'): the step is asked alone and committed (how_means.py). Lower "
        "case.",
    )
    comment_openers: tuple[str, ...] = Field(
        default=(),
        description="Words that open the writer's short comment after the last comma of "
        "another person's wish ('..., I guess both are useful', '..., lijkt me wel nuttig'): "
        "told as a sentence of its own, kept after the rewrite (WholeTextRewrites."
        "_comment_cut). Lower case, whole words.",
    )
    arrangement_fillers: tuple[str, ...] = Field(
        default=(),
        description="Words that may stand anywhere in such a question without changing what "
        "it asks ('Kunnen we daar *eens* over praten?', 'Can we talk about that *sometime*?'"
        "; asked_arrangements.py).",
    )
    undecided_remarks: tuple[str, ...] = Field(
        default=(),
        description="Phrases of a short sentence after an asked means that only says the "
        "writer has not decided yet ('Moet er nog over nadenken.', 'Need to think about it.'):"
        " the step committed decides it, so the sentence goes (asked_means.py).",
    )
    offered_openers: dict[str, str] = Field(
        default_factory=dict,
        description="The writer's offer opening a goal, with the wish it is read as ('i "
        "could': 'i want to'; see offered_alone.py).",
    )
    offering_modals: tuple[str, ...] = Field(
        default=(),
        description="Modals of the writer's offer ('could', 'might'): never the verb of a "
        "dated commitment (seams/offering_dated.py).",
    )
    advice_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Lemmas of another person's verbs of advising a thing ('suggest', "
        "'recommend'; 'aanraden', with a separable particle joined; see suggested_courses.py).",
    )
    offer_pointers: tuple[str, ...] = Field(
        default=(),
        description="Words of the writer's offer that point back at a need, with their "
        "preposition ('daarvoor', 'for that', 'with it'; see offered_acts.py).",
    )
    stranding_pointers: tuple[str, ...] = Field(
        default=(),
        description="Pointers whose preposition stands later in the offer ('daar ... voor', "
        "'hier ... in'; see offered_acts.py).",
    )
    offer_drops: tuple[str, ...] = Field(
        default=(),
        description="Words of offering that go when the offered act is committed ('graag', "
        "'kunnen'; 'like', 'happy'; see offered_acts.py).",
    )
    contribution_verbs: tuple[str, ...] = Field(
        default=(),
        description="Verbs of contributing that are an act on their own beside a need "
        "('meedenken', 'helpen'; 'help', 'contribute'; see offered_acts.py).",
    )
    need_haves: dict[str, str] = Field(
        default_factory=dict,
        description="A need of a group or a place, as written -> what the writer sees to it "
        "has ('needs' -> 'has', 'nodig heeft' -> 'heeft'): 'make sure that the team has a "
        "protocol', never 'that the team needs' (needed_haves.py).",
    )
    reservation_contrasts: tuple[str, ...] = Field(
        default=(),
        description="Contrast words that join the writer's reservation to the goal inside its "
        "sentence ('... doen maar weet niet of de zaak dat betaalt', '... but not sure the "
        "company will pay'): the reservation is cut there and kept as a sentence of its own "
        "after the rewrite, without the contrast (remarks.py, reservations.py).",
    )
    habit_stops: tuple[str, ...] = Field(
        default=(),
        description="Words after a habit the writer tells that ask it to end ('en dat moet "
        "stoppen', 'and that has to stop'; stopped_habits.py).",
    )
    habit_bound: str = Field(
        default="",
        description="The bound of such a habit ('hooguit {number} keer per maand', 'no more "
        "than {number} times a month'; stopped_habits.py).",
    )
    far_role_step: str = Field(
        default="",
        description="The step that explores a role hedged far ahead ('Ik ga uitzoeken of "
        "{role} {when} iets voor mij is'; far_roles.py).",
    )
    far_role_act: str = Field(
        default="",
        description="The same step for a role told with the writer's verb of becoming ('I "
        "will find out whether I want to {role} {when}'; far_roles.py).",
    )
    far_times: tuple[str, ...] = Field(
        default=(), description="Times far ahead ('later', 'ooit', 'someday'; far_roles.py)."
    )
    become_verbs: tuple[str, ...] = Field(
        default=(), description="Verbs of becoming a role ('worden', 'become'; far_roles.py)."
    )
    post_nouns: tuple[str, ...] = Field(
        default=(), description="Nouns of a post ('rol', 'functie', 'role'; far_roles.py)."
    )
    agent_endings: tuple[str, ...] = Field(
        default=(),
        description="Endings of a noun of a person by what they do ('planner', "
        "'werkvoorbereider'; far_roles.py).",
    )
    person_routes: frozenset[str] = Field(
        default=frozenset(),
        description="Persons a writer learns from, asked alone as a line ('Coach?', "
        "'Mentor?'): the step is working with one (asked_people.py).",
    )
    person_route: str = Field(
        default="",
        description="Frame of that step, the person with its article ('work with {thing}').",
    )
    tried_thing_verb: str = Field(
        default="",
        description="The verb of taking up an activity whose trial the writer hedges ('Maybe "
        "try stenography again?' -> 'I will take up stenography again'; tried_things.py).",
    )
    tried_out_verb: str = Field(
        default="",
        description="The verb of trying out a thing named with more than a bare noun: an "
        "article, a method with its use ('Maybe try the crane signaller course?', 'Try 3D "
        "body scanning for fittings?' -> 'I will try out ...'; tried_things.py). Verb-final "
        "languages keep their infinitive of trying ('... proberen') and need none.",
    )
    tried_infinitives: frozenset[str] = Field(
        default=frozenset(),
        description="Verb-final languages: infinitives of trying that close such a clause "
        "('weer eens steno *proberen*'), replaced by ``tried_thing_verb``.",
    )
    hedged_aim: str = Field(
        default="",
        description="Frame of a later aim the writer hedges after a firm step ('..., I might "
        "want to move to that side later'): what the step finds out ('to find out whether I "
        "want to {clause}'; later_aims.py).",
    )
    hedged_aim_openers: tuple[str, ...] = Field(
        default=(),
        description="Openers of such a hedged later aim after a comma ('I might want to', "
        "'misschien wil ik'), lower case; the words after them are the clause.",
    )
    hedged_aim_modal: str = Field(
        default="",
        description="Verb-final languages: the wish's modal that closes the clause in the "
        "frame ('om te ontdekken of ik later die kant op *wil*').",
    )
    asked_future: str = Field(
        default="",
        description="A wish about the future asked after a firm step, as what the step finds "
        "out ('om te ontdekken of ik {clause}', 'to find out whether I can {clause}'; "
        "exploring.py).",
    )
    topic_course: str = Field(
        default="",
        description="A bare course word asked after topic fragments, with the topics as its "
        "content ('een {course} over {topic}', 'a {course} on {topic}'; asked_means.py).",
    )
    asked_modals: frozenset[str] = Field(
        default=frozenset(),
        description="Modals of asking whether the writer may take a step ('kan', 'can'), "
        "before or after the writer: 'Kan ik een cursus doen?' (asked_means.py).",
    )
    first_adverbs: frozenset[str] = Field(
        default=frozenset(),
        description="One-word markers of a first step ('eerst', 'first'; the pack's "
        "``step_markers``): 'maybe first a course?' is the step, done first.",
    )
    sequence_adverbs: frozenset[str] = Field(
        default=frozenset(),
        description="Adverbs of sequence or time that stand between the modal and its verb "
        "('will *finally* present', 'ga ik *eindelijk* presenteren'): a verb after one, as "
        "after a first step's 'first' (``first_adverbs``).",
    )

    @property
    def adverbs_before_verb(self) -> frozenset[str]:
        """The first-step and sequence adverbs that may stand before the committed verb."""
        return self.first_adverbs | self.sequence_adverbs

    means_by: frozenset[str] = Field(
        default=frozenset(),
        description="The preposition of a means told as an act ('door', 'by': 'maybe by "
        "doing a rotation'; asked_means.py).",
    )
    companions: frozenset[str] = Field(
        default=frozenset(),
        description="The preposition of going along with someone ('met', 'with': 'met Kees "
        "mee naar een installatie'): a step of learning beside a colleague (asked_means.py).",
    )
    thing_wish: str = Field(
        default="",
        description="The writer's wish put before a thing asked with a hedge and no verb "
        "('Misschien een rotatie in Taiwan?' -> 'Ik wil een rotatie in Taiwan.'; "
        "exploring.py).",
    )
    thing_state_duty: dict[str, str] = Field(
        default_factory=dict,
        description="The duty put after a thing told with its state and no verb, by the "
        "thing's number ('Het magazijn op orde' -> 'Het magazijn moet op orde'; "
        "thing_states.py).",
    )
    filled_needs: tuple[str, ...] = Field(
        default=(),
        description="Clauses that tell the writer is already the one a need asked for ('en "
        "dat ben ik', 'and that's me'): the sentence is the situation (filled_needs.py).",
    )
    thing_modifiers: frozenset[str] = Field(
        default_factory=frozenset,
        description="Prepositions whose phrase qualifies the thing before it ('a new variety "
        "*with* full resistance on the market', 'een app *met* offline-modus live'): the duty "
        "goes after that phrase, before the state (thing_states.py).",
    )
    lacking_state_wish: str = Field(
        default="",
        description="The writer's wish of the state a line denies, with {state} (the thing, "
        "the state and the copula in subordinate order): 'Ik wil dat {state}.', 'I want to "
        "make sure that {state}.' (lacking_states.py).",
    )
    untried_markers: tuple[str, ...] = Field(
        default=(),
        description="Words that deny a perfect as never done yet ('nog nooit', 'never'): "
        "'Ik heb nog nooit X gedaan en dat wil ik leren' (untried_acts.py).",
    )
    untried_pointers: tuple[str, ...] = Field(
        default=(),
        description="Pronouns a wish points back to an untried act with ('dat', 'that').",
    )
    untried_learn: str = Field(
        default="",
        description="The wish to learn an untried act, with {act}: 'Ik wil leren om {act}.', "
        "'I want to learn to {act}.'",
    )
    untried_wish: str = Field(
        default="",
        description="The wish of an untried act without a verb of learning, with {act}: 'Ik "
        "wil {act}.', 'I want to {act}.'",
    )
    routine_line: str = Field(
        default="",
        description="The writer's sentence of scheduling a routine told without a verb, "
        "with {when} (the routine) and {what} (the thing): 'Ik plan {when} {what} in.', "
        "'I will schedule {what} {when}.' (routine_lines.py).",
    )
    state_opening: str = Field(
        default="",
        description="The writer's wish of becoming put before a state told without a verb "
        "('I want to become' before 'More confident presenting ...', 'Ik word' before "
        "'Zekerder in ...'): the goal read as told in the first person (verbless_states.py).",
    )
    dated_states: frozenset[str] = Field(
        default=frozenset(),
        description="Lemmas of verbs whose plain present tells a state at a date, no habit "
        "('By [date], I am certified', 'I have finished ...'): the dated-present seam "
        "leaves them (seams/present_commitment.py).",
    )
    going_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Lemmas of the verb of going that makes a plan of the present with a "
        "verb after it ('we gaan ... tellen', 'going to count'): no situation told "
        "(present_context.py).",
    )
    present_openers: tuple[str, ...] = Field(
        default=(),
        description="Words that open a statement of how things are now ('now', 'at the "
        "moment', 'nu', 'op dit moment'): a clause after the goal opened by one, with a "
        "subject and a finite verb and no wish, tells the situation the goal changes, a "
        "remark kept after it (remarks.py), not a goal or an absolute to bound.",
    )
    relative_subjects: dict[str, tuple[str, str]] = Field(
        default_factory=dict,
        description="Relative pronouns that open a problem told after the goal's thing, with "
        "the pronoun that tells it as a sentence of its own, singular and plural ('..., which "
        "keep cracking' -> 'They keep cracking.'; 'die' -> 'die'): a remark kept after the "
        "goal (relative_problems.py).",
    )
    owned_subjects: tuple[str, ...] = Field(
        default=(),
        description="The writer's own things told without their noun, as a subject ('mine', "
        "'ours', 'die van mij', 'de mijne'): a problem told with one after the goal is the "
        "writer's situation, a remark kept after the goal (relative_problems.py).",
    )
    guess_helps: frozenset[str] = Field(
        default=frozenset(),
        description="The verbs of a guess that a thing would help ('Misschien helpt een "
        "maatjessysteem', 'Maybe a buddy system would help'): they go, and the thing is the "
        "means (means.py).",
    )
    trial_verbs: dict[str, str] = Field(
        default_factory=dict,
        description="A verb that promises to try a thing out -> the verb of its use "
        "('try' -> 'use'): a means committed to (see means.py).",
    )
    routine_starts: tuple[str, ...] = Field(
        default=(),
        description="Phrases that start a new habit ('vanaf nu', 'from now on'): the rewrite "
        "asks until when, never for a deadline beside the start.",
    )
    negations: frozenset[str] = Field(
        default=frozenset(), description="Negation words after a modal ('not')."
    )
    negation_verb: str = Field(
        default="",
        description="The auxiliary a negated present takes when its modal goes ('do': 'staff "
        "do not skip').",
    )
    direction_words: tuple[str, ...] = Field(
        default=(),
        description="Direction words a modal takes without a verb ('moet omlaag'): in the "
        "own part they go with ``direction_verb`` ('dat het verzuim omlaag gaat').",
    )
    direction_verb: str = Field(default="", description="The verb a direction takes ('gaan').")
    motion_ends: frozenset[str] = Field(
        default=frozenset(),
        description="Particles that end a verbless phrase of going ('Nooit meer van de klus "
        "*weg* zonder ...', 'zonder lijst de les *in*').",
    )
    motion_starts: frozenset[str] = Field(
        default=frozenset(),
        description="Words that open a verbless phrase of going ('Never again *into* class "
        "without ...', 'nooit meer *naar* huis zonder ...').",
    )
    without_words: frozenset[str] = Field(
        default=frozenset(),
        description="The preposition of what the writer goes without ('zonder', 'without').",
    )
    negated_openers: tuple[str, ...] = Field(
        default=(),
        description="Absolutes of never that open a verbless rule ('nooit meer', 'never "
        "again'), longest first.",
    )
    always_openers: tuple[str, ...] = Field(
        default=(),
        description="Absolutes of always that open the routine beside such a rule ('altijd', "
        "'always').",
    )
    going_rule: str = Field(
        default="",
        description="The routine with the rule of going as its purpose: '{routine}' and "
        "'{phrase}', the rule with its ``going_verb`` ('{routine}, zodat ik niet {phrase}.'); "
        "empty: not read.",
    )
    worn_particles: dict[str, str] = Field(
        default_factory=dict,
        description="Particles that tell a rule of wearing gear without its verb, each with "
        "the verb of wearing it stands for ('op': 'dragen', 'on': 'wear'; worn_rules.py).",
    )
    going_verb: str = Field(
        default="", description="The writer's verb of going in that purpose ('ga', 'go')."
    )
    state_verb: str = Field(
        default="", description="The verb a modal's bare adjective takes ('korter' -> 'worden')."
    )
    state_predicates: frozenset[str] = Field(
        default=frozenset(),
        description="Words of a finished state a modal takes as its whole predicate ('moet "
        "af', 'moet klaar'): in the own part they take ``state_predicate_verb`` ('af is').",
    )
    state_predicate_verb: str = Field(
        default="", description="The verb a finished state takes ('zijn': 'dat het af is')."
    )
    copula: str = Field(
        default="",
        description="The verb of being, which takes a negation itself ('there is not'), never "
        "with the negation's support verb ('there does not be').",
    )
    kept_modals: frozenset[str] = Field(
        default=frozenset(),
        description="Modals that carry meaning (will, kunnen): a rewrite must keep them.",
    )
    abbreviations: frozenset[str] = Field(
        default=frozenset(),
        description="Abbreviations written with one final period ('etc', 'bijv'): a period "
        "after one may stand inside a sentence; after any other word it ends the sentence.",
    )
    abbreviation_words: frozenset[str] = Field(
        default=frozenset(),
        description="The abbreviations that are also plain words ('no', 'min'): at the "
        "goal's end their period is the sentence's ('Get better at saying no.').",
    )
    abbreviation_openers: frozenset[str] = Field(
        default=frozenset(),
        description="Abbreviations that open what follows, without their final period "
        "('bijv', 'e.g'; the lexicon's ``opening_abbreviations``): a capital after one is no "
        "new sentence. ``abbreviations`` carries them to every split (stops.Abbreviations). "
        "Holds the ``bound_abbreviations`` too.",
    )
    bound_abbreviations: frozenset[str] = Field(
        default=frozenset(),
        description="Abbreviations bound to the word after them, without their final period: "
        "a title before a name ('dr', 'dhr', 'Mr'), one before its number ('art', 'nr'; the "
        "lexicon's ``bound_abbreviations``). Openers of no sentence, as "
        "``abbreviation_openers`` (which holds them), but of no example either.",
    )
    zero_targets: tuple[str, ...] = Field(
        default=(),
        description="Absolute zero targets ('geen enkele', 'geen & meer', 'not a single'; '&' "
        "skips up to four words): nothing for a from-to comparison to count.",
    )
    count_openers: tuple[str, ...] = Field(
        default=(),
        description="Phrases that open a count of things ('het aantal', 'the number of'): "
        "with a direction and no numbers it becomes the writer's from-to target (counts.py).",
    )
    count_directions: tuple[str, ...] = Field(
        default=(),
        description="Direction words a count's modal takes ('moet omlaag'): the writer "
        "moves the count with ``count_verbs['direction']`` ('omlaag brengen').",
    )
    count_targets: tuple[str, ...] = Field(
        default=(),
        description="Prepositions that give a count's direction its target ('omhoog *naar* "
        "70%', 'down *to* 2%'): the target stays with the direction the writer brings the "
        "count, and the goal has its numbers (counts.py).",
    )
    filler_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="Verbs a frame ends a clause on to make an act of a thing ('een cursus "
        "*doen*'): after the clause's own infinitive, one verb too many (seams/filler_verb.py).",
    )
    count_article: str = Field(
        default="",
        description="The article a bare count takes after the writer's verb ('bring *the* "
        "reject rate down'); empty where a bare noun reads whole ('afkeur omlaag brengen').",
    )
    count_changes: tuple[str, ...] = Field(
        default=(),
        description="Verbs of change a count takes: intransitive after a modal ('moet "
        "dalen': ``count_verbs['change']``, 'laten dalen') or the writer's imperative "
        "('Reduce the number of ...').",
    )
    spent_time: dict[str, str] = Field(
        default_factory=dict,
        description="A verbless goal of more or less time on something ('more time on site, "
        "less on the saw'): 'nouns' of time (space-separated) and the 'verb' the writer "
        "spends it with (spent_time.py).",
    )
    count_moves: tuple[str, ...] = Field(
        default=(),
        description="Verb-final language: the writer's verbs that move a count, after it "
        "('het aantal klachten verminderen'): the verb stays and a from-to target is asked "
        "for (counts.py).",
    )
    count_verbs: dict[str, str] = Field(
        default_factory=dict,
        description="The verb the writer moves a count with: after a direction word "
        "('direction': 'brengen') and before a verb of change ('change': 'laten').",
    )
    collective_nouns: frozenset[str] = Field(
        default=frozenset(),
        description="Singular nouns that may take a plural verb ('the staff complete').",
    )
    own_objects: frozenset[str] = Field(
        default=frozenset(),
        description="The writer as an object ('me', 'mij'): 'expects me to ...' opens the "
        "writer's clause.",
    )
    probe_subject: str = Field(
        default="",
        description="A third-person subject ('it', 'het'): a word after it that the tagger "
        "reads as a verb is a verb, also where the tagger called it a noun in the rewrite.",
    )
    nominal_verbs: dict[str, str] = Field(
        default_factory=dict,
        description="The verb a goal with no verb of its own takes as a purpose, by the class "
        "of its head ('noun': 'hebben' -> 'om meer klantcontact te hebben'; 'state': 'zijn' "
        "-> 'om zelfverzekerder te zijn'; see nominal.py).",
    )
    adjective_suffixes: tuple[str, ...] = Field(
        default=(),
        description="Endings that make an adjective ('-ive', '-baar'): a word with one and no "
        "plural in the dictionary is a state, whatever the tagger says (see wordclass.py).",
    )
    adverb_endings: tuple[str, ...] = Field(
        default=(),
        description="Endings that make an adverb of an adjective ('-ly': 'patiently'): a word "
        "with an adjective ending whose adverb the dictionary knows is an adjective, even when "
        "it is a noun too ('patient'; see wordclass.py).",
    )
    comparative_ending: str = Field(
        default="", description="The ending of a comparative adjective ('er': 'calmer')."
    )
    pointing_pronouns: frozenset[str] = Field(
        default=frozenset(),
        description="Pronouns that only point back to something told before ('that', 'it', "
        "'dat'): as the topic of the behaviour asked for they leave it empty "
        "(seams/pointer_topic.py).",
    )
    thing_pronouns: frozenset[str] = Field(
        default=frozenset(),
        description="Pronouns that stand for a thing named before ('die', 'het', 'it', "
        "'one'): in an offer after a need, the need's thing (offered_things.py).",
    )
    comparison_words: frozenset[str] = Field(
        default=frozenset(),
        description="Words that close a comparison after a comparative ('dan', 'than'): the "
        "tagger may call them subordinators, but no clause opens ('korter dan twee weken').",
    )
    attributive_ending: str = Field(
        default="",
        description="The ending an adjective takes before a noun ('e': 'betere afstemming').",
    )
    present_ending: str = Field(
        default="",
        description="The ending of the third-person present ('t': 'piekert'), which shows "
        "that a form with the infinitive ending is a verb (see wordclass.py).",
    )
    plural_endings: tuple[str, ...] = Field(
        default=(),
        description="Endings of a plural noun or a third-person verb ('s', 'es'): a word with "
        "one in the dictionary is no adjective.",
    )
    stem_devoicing: dict[str, str] = Field(
        default_factory=dict,
        description="A verb stem's voiced final letter as it is written at the end of a "
        "word ('v': 'f', 'leven' -> 'leef').",
    )
    pace_remarks: tuple[str, ...] = Field(
        default=(),
        description="A remark that the goal is no hurry, told as a piece of its own ('not "
        "urgent', 'geen haast'; see pace_remarks.py).",
    )
    added_tail_markers: frozenset[str] = Field(
        default=frozenset(),
        description="Words that add a thing told short after the goal to what the goal "
        "does ('And maybe X too.', 'En misschien ook X.'; see added_tails.py).",
    )
    followup_openers: frozenset[str] = Field(
        default=frozenset(),
        description="Words of sequence that open a follow-up step after the goal ('daarna', "
        "'after that'; see followups.py).",
    )
    followup_hedges: frozenset[str] = Field(
        default=frozenset(),
        description="Hedges around such an opener ('evt.', 'misschien', 'maybe'): they go "
        "when the step is committed.",
    )
    floated_openers: frozenset[str] = Field(
        default=frozenset(),
        description="Possibility hedges that open a step the writer only floats ('evt.', "
        "'misschien', 'ooit', 'maybe'): the step is settled with the manager, not committed "
        "(floated_steps.py).",
    )
    followup_steps: dict[str, str] = Field(
        default_factory=dict,
        description="The follow-up step committed in its own sentence, by what it names "
        "('course': '{opener} volg ik {step}', 'credential', 'act').",
    )

    @model_validator(mode="after")
    def _openers_carried(self) -> RewriteStyle:
        """``abbreviations`` carry the openers, so a split given them reads both lists."""
        if openers_of(self.abbreviations) != self.abbreviation_openers:
            carried = Abbreviations(self.abbreviations, self.abbreviation_openers)
            object.__setattr__(self, "abbreviations", carried)
        return self

    @model_validator(mode="after")
    def _fillers_intensify(self) -> RewriteStyle:
        """A filler also goes where an intensifier goes (with the wish, before the vague
        words), so it is one of them."""
        if not self.fillers <= self.intensifiers:
            object.__setattr__(self, "intensifiers", self.intensifiers | self.fillers)
        return self


def _validate(pack: RulePack) -> RewriteStyle | None:
    if not pack.rewrite:
        return None
    fields = dict(pack.rewrite)
    fields.setdefault("duty_sources", pack.words("duty_sources"))  # who set a duty: judged too
    fields.setdefault("distributive_words", pack.words("distributive_words"))
    fields.setdefault("duty_modals", pack.words("obligation_modals"))
    fields.setdefault("condition_openers", pack.words("condition_markers"))
    fields.setdefault("consequence_words", pack.words("consequence_words"))
    ability = (w.lower() for w in pack.words("ability_modals") if " " not in w)
    fields.setdefault("ability_modals", frozenset(ability))
    firsts = (w.lower() for w in pack.words("step_markers") if w.isalpha())
    fields.setdefault("first_adverbs", frozenset(firsts))
    others = [*pack.words("impersonal_subject"), *pack.words("first_person_possessive")]
    fields.setdefault("common_others", frozenset(w.lower() for w in others))
    learning = (v.lower() for v in pack.words("learning_verbs") if v.isalpha())
    fields.setdefault("learning_verbs", frozenset(learning))
    starting = (w.lower() for w in pack.words("starting_roles") if " " not in w)
    fields.setdefault("starting_roles", frozenset(starting))
    aimed = (w.lower() for k in ("senior_roles", "senior_titles") for w in pack.words(k))
    fields.setdefault("aimed_roles", frozenset(w for w in aimed if "&" not in w))
    fields.setdefault("question_words", tuple(w.lower() for w in pack.words("question_words")))
    asked: tuple[LexiconKey, ...] = ("question_words", "place_question_words")
    yes_no = {w.lower() for w in pack.words("yes_no_question_words")}
    how = {w.lower() for key in asked for w in pack.words(key)} - yes_no
    fields.setdefault("how_doubt_words", frozenset(how))
    when = frozenset(w.lower() for w in pack.words("time_question_words"))
    fields.setdefault("time_doubt_words", when)
    bound = opener_forms(pack.words("bound_abbreviations"))  # 'dr.', 'art.': titles, numbers
    fields.setdefault("bound_abbreviations", bound)
    openers = opener_forms(pack.words("opening_abbreviations"))
    fields.setdefault("abbreviation_openers", openers | bound)
    # a name of one word ('Python', 'Photoshop') is written with its capital wherever it
    # stands, as a language's name is; a name that is also a word ('Excel') is not
    names = [n.lower() for n in pack.words("known_names") if " " not in n.strip()]
    fields["capitalised"] = [*fields.get("capitalised", ()), *names]
    try:
        return RewriteStyle.model_validate(fields)
    except ValidationError as exc:
        problems = "; ".join(
            f"rewrite.{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise RulePackError(f"rule pack {pack.lang!r}: {problems}") from None


def style_for(source: RuleContext | RulePack) -> RewriteStyle | None:
    """The validated rewrite style of a pack (None when it has no ``rewrite:``); given a
    context, validated once per context (per checker and language)."""
    if isinstance(source, RuleContext):
        return source.derived(_validate)
    return _validate(source)
