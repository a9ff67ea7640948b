"""Write ``resources/defaults/diffuse_iam.json``: Marion's diffuse incidence-angle
modifiers of the default cover (``optics.json``) for every whole-degree tilt.

Run after changing ``optics.json``: .venv/bin/python tools/diffuse_iam_table.py
(about 5 s; a test fails while the table's optics differ from ``optics.json``).
"""

from __future__ import annotations

import json
import sys

import numpy as np
import pvlib
from msgspec.structs import asdict

from bipv_designer.paths import resource
from bipv_designer.simulation.optics import (
    DIFFUSE_REGIONS,
    INTEGRATION_CHUNK,
    TABLE_FILE,
    TABLE_TILT_STEP_DEG,
)
from bipv_designer.simulation.parameters import cover_optics


def main() -> None:
    optics = cover_optics()
    tilts = np.arange(0.0, 180.0 + TABLE_TILT_STEP_DEG, TABLE_TILT_STEP_DEG)
    values = {region: [] for region in DIFFUSE_REGIONS}
    for start in range(0, len(tilts), INTEGRATION_CHUNK):
        computed = pvlib.iam.marion_diffuse(
            "physical", tilts[start : start + INTEGRATION_CHUNK], **asdict(optics)
        )
        for region in DIFFUSE_REGIONS:
            values[region].extend(round(float(v), 7) for v in computed[region])
    table = {
        "description": "Diffuse incidence-angle modifiers of the default module cover by "
        "tilt: sky, horizon band and ground (Marion 2017, Solar Energy 147, 344-348), "
        "computed by tools/diffuse_iam_table.py with pvlib.iam.marion_diffuse "
        f"(pvlib {pvlib.__version__}) for the optics below",
        "optics": asdict(optics),
        "tilt_step_deg": TABLE_TILT_STEP_DEG,
        **values,
    }
    path = resource("defaults", TABLE_FILE)
    path.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {path}: {len(tilts)} tilts\n")


if __name__ == "__main__":
    main()
