"""The lexicon keys a rule pack may have: a closed set, typed, so a misspelling fails loudly.

A key names a category of words ("hedges", "deliverables"); rules and the reading stage look
words up by key. Because the set is a ``Literal`` type, mypy rejects a misspelled key in code,
and :func:`unknown_keys` rejects one in a pack file (naming the file, the key and the nearest
known key) instead of letting it match nothing, silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches
from typing import Literal, get_args

LexiconKey = Literal[
    # --- what the rules look for
    "vague_outcome",
    "general_outcome",
    "abstract_competence",
    "generic_modifiers",
    "named_kinds",
    "naming_prepositions",
    "learning_verbs",
    "usage_verbs",
    "definite_determiners",
    "generic_nouns",
    "deliverables",
    "units",
    "levels",
    "checkable_actions",
    "performances",
    "independence_markers",
    "end_states",
    "comparatives",
    "difficulties",
    "bounds",
    "baseline_markers",
    "inner_states",
    "verification_methods",
    "sign_offs",
    "situational_behaviours",
    "situation_prepositions",
    "hedges",
    "agreement",
    "impersonal_subject",
    "obligation_from_outside",
    "judgement_sources",
    "duty_sources",
    "obligation_modals",
    "remaining_work",
    "others_decide",
    "receiving_verbs",
    "becoming_verbs",
    "role_steps",
    "granted_outcomes",
    "wish_verbs",
    "complement_markers",
    "agreement_markers",
    "absolutes",
    "zero_counts",
    "past_experience",
    "approximators",
    "quitting",
    "superlatives",
    "long_achievements",
    "competing_commitments",
    "growth_multipliers",
    "change_starts",
    "change_targets",
    "weight_change",
    "body_weight_units",
    "pound_units",
    "starting_roles",
    "totals",
    "senior_roles",
    "senior_titles",
    "support",
    # --- POP guidance (never scored): how the employee develops
    "formal_training",
    "development_routes",
    "credentials",
    "credential_verbs",
    "basic_courses",
    # --- grammar words the reading stage uses to read the goal's anatomy
    "first_person_subject",
    "first_person_possessive",
    "modal_verbs",
    "purpose_markers",
    "reason_markers",
    "reason_phrases",
    "comma_reason_markers",
    "knowledge_nouns",
    "infinitive_article",
    "reason_labels",
    "remark_feelings",
    "uncertain_remarks",
    "lacking_remarks",
    "assent_remarks",
    "doubt_remarks",
    "agreement_remarks",
    "negations",
    "passive_auxiliaries",
    "coordinators",
    "additive_markers",
    "distributive_words",
    "narrowing_markers",
    "step_markers",
    "opinion_verbs",
    "disagreements",
    "benefit_verbs",
    "overreach_words",
    "feasibility_words",
    "teaching_verbs",
    "range_openers",
    "means_guesses",
    "present_problems",
    "acknowledged_reasons",
    "past_event_leads",
    "example_event_leads",
    "situation_subjects",
    "situation_markers",
    "consequence_openers",
    "amount_estimates",
    "situation_openers",
    "negative_subjects",
    "need_words",
    "event_deadline_leads",
    "perception_verbs",
    "habit_markers",
    "anaphoric_openers",
    "back_pronouns",
    "ability_modals",
    "auxiliary_verbs",
    "control_verbs",
    "complement_verbs",
    "copular_verbs",
    "subject_pronouns",
    "nominative_pronouns",
    "reflexive_pronouns",
    "determiners",
    "prepositions",
    "predicative_markers",
    "infinitive_markers",
    "subordinators",
    "relative_words",
    "question_words",
    "open_question_words",
    "condition_markers",
    "consequence_words",
    "separable_particles",
    "double_particles",
    "word_particles",
    "van_object_verbs",
    "not_yet_states",
    "negation_particles",
    "conjunctions",
    "indefinite_articles",
    "role_phrase_ends",
    # --- how often: "3 keer per week", "every day" (sessions per week)
    "daily_words",
    "session_words",
    "rate_words",
    "clock_markers",
    # --- the surface normaliser (reading.surface): what is not part of the goal's words
    "goal_labels",
    "conclusion_labels",
    "role_verbs",
    "fixed_case",
    # --- names with one spelling (software, systems, standards, languages): re-cased by the
    # normaliser in a goal without case, and names for S whatever the case
    "known_names",
    "ambiguous_names",
    # --- the rewrite's seams: a noun of wanting told after the act ('interesse in een cursus')
    "interest_nouns",
]

LEXICON_KEYS: frozenset[str] = frozenset(get_args(LexiconKey))


def unknown_keys(keys: Iterable[object]) -> list[str]:
    """A sentence per key that is not a lexicon key, with the nearest known key if any."""
    problems = []
    for key in keys:
        if key in LEXICON_KEYS:
            continue
        near = get_close_matches(str(key), sorted(LEXICON_KEYS), n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        problems.append(f"unknown lexicon key {key!r}{hint}")
    return problems
