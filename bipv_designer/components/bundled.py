"""The bundled module library of ``resources/modules/library.json``.

Modern roof modules (PERC, TOPCon, HJT, back contact; glass-glass and lightweight) and
BIPV products (coloured and semi-transparent glass-glass, CdTe power glass). Each
entry's ``source`` says whether it is a cited product or generic typical values.
"""

from __future__ import annotations

import json
from functools import cache

from msgspec.structs import replace

from bipv_designer.components.datasheets import fit_single_diode
from bipv_designer.components.panond import ModuleRecord
from bipv_designer.errors import ComponentError
from bipv_designer.paths import resource
from bipv_designer.project.codec import decode
from bipv_designer.project.layout_model import ModuleDatasheet
from bipv_designer.project.model import DcModel, Module
from bipv_designer.words import N_

LIBRARY_FILE = ("modules", "library.json")


@cache
def bundled_library() -> tuple[ModuleRecord, ...]:
    """Every entry of the bundled library; ``cec`` modules carry fitted parameters."""
    where = "resources/modules/library.json"
    data = json.loads(resource(*LIBRARY_FILE).read_text(encoding="utf-8"))
    records = []
    for i, entry in enumerate(data["entries"]):
        module = decode(Module, entry["module"], f"{where}:$.entries[{i}].module")
        datasheet = decode(
            ModuleDatasheet, entry["datasheet"], f"{where}:$.entries[{i}].datasheet"
        )
        if datasheet.module_id != module.id:
            raise ComponentError(
                N_("Errors", "{path}: datasheet of {datasheet} given for module {module}").format(
                    path=f"{where}:$.entries[{i}]",
                    datasheet=repr(datasheet.module_id),
                    module=repr(module.id),
                )
            )
        if module.dc_model is DcModel.CEC:
            module = replace(module, cec=fit_single_diode(datasheet))
        records.append(ModuleRecord(module, datasheet))
    return tuple(records)


def library_record(module_id: str) -> ModuleRecord:
    """One entry of the bundled library by module id."""
    for record in bundled_library():
        if record.module.id == module_id:
            return record
    known = ", ".join(r.module.id for r in bundled_library())
    raise ComponentError(
        N_("Errors", "no module {module} in the bundled library; known: {known}").format(
            module=repr(module_id), known=known
        )
    )
