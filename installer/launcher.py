"""The frozen program's entry script: the ``creditdesk`` command, and the window without one."""

import sys

from creditdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
