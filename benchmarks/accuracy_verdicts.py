"""Accuracy of smartcheck's verdicts reading: `python benchmarks/accuracy_verdicts.py --help`.

The matching logic lives in ``tests/support/verdicts.py`` so the tests and this script agree.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.verdicts import main

if __name__ == "__main__":
    sys.exit(main())
