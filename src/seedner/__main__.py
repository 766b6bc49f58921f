"""``python -m seedner``: the same as the ``seedner`` command."""

from seedner.cli.app import main

if __name__ == "__main__":
    main()
