"""Another person's judgement, wish or report framing the writer's goal, and the writer's goal
told in another shape; one module per kind of voice.

"Mijn leidinggevende vindt dat ik assertiever moet worden", "Volgens mijn coach moet ik ...",
"Mijn rapportages moeten beter, zegt de teamchef", "My manager thinks I should ...": the goal
is the writer's clause inside the frame. The frame is someone else's voice, so a deadline or a
behaviour put into it lands in the other person's words ("Mijn leidinggevende vindt dat ik
vóór [datum] ..."). Here the frame is taken apart: the writer's own clause, as a goal of its
own in main-clause order (the checker judges and rewrites it), and the other person's words,
kept whole as its reason ("..., zoals mijn leidinggevende vindt").

- ``clause``: the readers all kinds share, and :class:`Voice`;
- ``opinions``: a judgement or wish before the writer's clause;
- ``sources``: who gave the advice, named before or after it, as a label, or quoted;
- ``frames``: a wish, request, agreement or question framing the writer's clause;
- ``shapes``: the writer's own goal told in another shape (a reason first, a means, a
  difficulty);
- ``questions``: the goal before a question about its means (a means suggested or weighed,
  or the how asked of others);
- ``reading``: which voice frames the goal, and the credited rewrite.
"""

from smartcheck.fixing.rewrite.voices.clause import Voice
from smartcheck.fixing.rewrite.voices.reading import credited, other_voice, with_credit

__all__ = ["Voice", "credited", "other_voice", "with_credit"]
