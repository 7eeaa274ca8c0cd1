"""``python -m creditdesk`` runs the command line (and with no subcommand, the window)."""

import sys

from creditdesk.cli import main

sys.exit(main())
