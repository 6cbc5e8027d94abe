"""An aim of more knowledge about a topic keeps its verb: 'Meer weten over de nieuwe cao',
'Know more about the tax rules for freelancers', 'Meer leren over flight dynamics'.

The pack's ``vague_outcome`` holds 'meer weten', 'meer leren', 'know more': a direction
without content, whose verb the frames replace by the behaviour placeholder. With a topic
after it ('over', 'about') the placeholder then stood before the topic alone ('ga ik
[concreet gedrag] over de nieuwe cao'): the writer's verb was lost and the filled behaviour
no longer says that knowing is the point. Knowledge is a state the behaviour serves, so the
aim stays whole, verb and topic, as the purpose (purpose.py: 'ga ik [concreet gedrag], ...,
om meer te weten over de nieuwe cao') or under the learning frame that keeps the learning verb
(learning.py). Narrow on purpose: an amount word ('meer', 'more'), a verb of knowing or
learning (``rewrite.knowing_verbs``) and the topic's preposition right after the phrase
(``rewrite.knowing_prepositions``), no verb in the topic (the purpose frame would put its
'te' there: 'om meer weten over traumasensitief les te geven'); other vague verbs keep the
placeholder.
"""

from __future__ import annotations

from collections.abc import Sequence

from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import Word, is_verbal


def knows_about(words: Sequence[Word], inside: Sequence[int], style: RewriteStyle) -> bool:
    """The vague phrase at ``inside`` is more knowing or learning, its topic after it."""
    if not inside or inside[-1] + 1 >= len(words):
        return False
    said = {words[i].lower for i in inside} | {words[i].lemma for i in inside}
    after = words[inside[-1] + 1].lower
    if not (said & style.knowing_verbs and said & style.amount_words):
        return False
    if after not in style.knowing_prepositions:
        return False
    topic = words[inside[-1] + 2 :]
    v2 = style.word_order == "v2"
    return not any(is_verbal(w, v2) and w.pos != "NOUN" for w in topic)  # a verb in the
    # topic ('over traumasensitief lesgeven') would take the purpose's 'te' from the aim's
