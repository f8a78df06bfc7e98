"""``python -m pe_desktop``: the same as the ``pe-desktop`` command."""

import sys

from pe_desktop.cli import main

sys.exit(main())
