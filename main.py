"""Start BIPV Designer: the window, or a headless subcommand (``python main.py --help``)."""

from bipv_designer.app import main

if __name__ == "__main__":
    raise SystemExit(main())
