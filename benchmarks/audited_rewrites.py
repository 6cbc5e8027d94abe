"""Reader audits of rewrites under the current code: `python benchmarks/audited_rewrites.py --help`.

The logic lives in ``tests/support/rewrite_audit.py``; the audits in ``benchmarks/audits/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.rewrite_audit import main

if __name__ == "__main__":
    sys.exit(main())
