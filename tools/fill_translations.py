"""Fill the Chinese .ts file from a table of translations (English source -> Chinese),
leaving entries the table lacks unfinished; then ``python -m bipv_designer.ui.i18n``
compiles it. Used while translating; the .ts file is the source of truth.

Run: .venv/bin/python tools/fill_translations.py TABLE.py
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET

from bipv_designer.ui.i18n import TS_FILE


def fill(table: dict[str, str]) -> tuple[int, int]:
    """Write the table's translations into the .ts file; (filled, still unfinished)."""
    tree = ET.parse(TS_FILE)
    filled = missing = 0
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
            filled += 1
        elif translation.get("type") == "unfinished":
            missing += 1
    tree.write(TS_FILE, encoding="utf-8", xml_declaration=True)
    return filled, missing


if __name__ == "__main__":
    filled, missing = fill(runpy.run_path(sys.argv[1])["ZH"])
    sys.stdout.write(f"{filled} filled, {missing} still unfinished\n")
