"""``python -m bipv_designer``: the same as ``python main.py``."""

from bipv_designer.app import main

raise SystemExit(main())
