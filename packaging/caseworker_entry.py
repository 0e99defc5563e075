"""The bundle's entry point: the same ``main`` as the ``caseworker`` command of a source install."""

import sys

from caseworker.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
