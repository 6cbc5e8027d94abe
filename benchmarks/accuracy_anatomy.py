"""Accuracy of smartcheck's anatomy reading: `python benchmarks/accuracy_anatomy.py --help`.

The matching logic lives in ``tests/support/anatomy_match.py`` so the tests and this script agree.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.anatomy_match import main

if __name__ == "__main__":
    sys.exit(main())
