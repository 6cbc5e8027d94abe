"""A frame phrase run into the clause after it: '..., with [how measured] as evidence so I can
phone clients', '..., met als bewijs [hoe gemeten] zodat er ...'.

The rewriter's measure, support and agreement phrases are set off by commas; put before the
writer's reason or purpose clause they need their closing comma too, or the clause reads as
part of the evidence ('evidence so I can ...'). Judged on the text: one of those phrases, as
the pack renders it with its placeholder, followed by a space and a word.
"""

from __future__ import annotations

import re

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle


def frame_run_on(candidate: str, style: RewriteStyle) -> list[Seam]:
    """A measure, support or agreement phrase followed by a word with no comma between."""
    holes = {"measure": style.placeholders.measure, "support": style.placeholders.support}
    frames = (style.frames.measure, style.frames.support, style.frames.agreement)
    seams: list[Seam] = []
    for frame in frames:
        phrase = frame.format(**holes).strip(" ,")
        if not phrase:
            continue
        found = re.search(rf"{re.escape(phrase)} (\w+)", candidate)
        if found is not None:
            detail = f"{found.group(1)!r} run into {phrase!r}"
            seams.append(Seam("dangling", detail, (found.group(1).lower(), "open-frame")))
    return seams
