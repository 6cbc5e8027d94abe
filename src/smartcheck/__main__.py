"""``python -m smartcheck``: the command line."""

import sys

from smartcheck.cli import main

sys.exit(main())
