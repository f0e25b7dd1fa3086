"""``python -m eventcoder``."""

from eventcoder.cli import main

main()
