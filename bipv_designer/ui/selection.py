"""What the user selected: a typed value shared by the plan, the tree and Properties."""

from __future__ import annotations

from enum import StrEnum

from msgspec import Struct

from bipv_designer.edits.changes import ProjectChanges, keep_out_key
from bipv_designer.project.model import Project


class SelectionKind(StrEnum):
    """Kinds of things that have a Properties page."""

    NOTHING = "nothing"
    SITE = "site"
    BUILDING = "building"
    SURFACE = "surface"
    KEEP_OUT = "keep_out"
    OBSTACLE = "obstacle"
    ARRAY = "array"
    STRINGS = "strings"
    MONEY = "money"
    LOAD = "load"
    BACKGROUND = "background"
    REPORT = "report"


class Selection(Struct, frozen=True):
    """One selected thing.

    Attributes
    ----------
    kind : SelectionKind
    item_id : str  building, surface, array or keep-out id ("" for project-wide pages)
    surface_id : str  the surface a keep-out lies on ("" otherwise)
    """

    kind: SelectionKind = SelectionKind.NOTHING
    item_id: str = ""
    surface_id: str = ""

    def exists_in(self, project: Project) -> bool:
        """True when the selected thing is still in the project."""
        kind = self.kind
        if kind is SelectionKind.BUILDING:
            return self.item_id in {b.id for b in project.buildings}
        if kind is SelectionKind.SURFACE:
            return self.item_id in {s.id for s in project.surfaces}
        if kind is SelectionKind.ARRAY:
            return self.item_id in {a.id for a in project.arrays}
        if kind is SelectionKind.KEEP_OUT:
            return any(
                layout.surface_id == self.surface_id
                and any(k.id == self.item_id for k in layout.keep_outs)
                for layout in project.surface_layouts
            )
        if kind is SelectionKind.OBSTACLE:
            return self.item_id in {o.id for o in project.obstacles}
        if kind is SelectionKind.BACKGROUND:
            return project.background is not None
        return True

    def touched_by(self, changes: ProjectChanges) -> bool:
        """True when ``changes`` may change what the selected thing's page shows."""
        if changes.everything:
            return True
        kind = self.kind
        if kind is SelectionKind.BUILDING:
            return self.item_id in changes.buildings.any or "roof_capacities" in changes.sections
        if kind is SelectionKind.SURFACE:
            return self.item_id in changes.surfaces.any or bool(changes.arrays)
        if kind is SelectionKind.KEEP_OUT:
            return keep_out_key(self.surface_id, self.item_id) in changes.keep_outs.any
        if kind is SelectionKind.ARRAY:
            return bool(
                changes.arrays
                or changes.surfaces
                or changes.sections & {"modules", "inverters", "string_plan", "weather", "site"}
            )
        if kind is SelectionKind.STRINGS and changes.arrays:
            return True
        if kind is SelectionKind.LOAD and (changes.buildings.added or changes.buildings.removed):
            return True
        return bool(changes.sections & PAGE_SECTIONS.get(kind, frozenset()))


NOTHING = Selection()

PAGE_SECTIONS = {
    SelectionKind.SITE: frozenset({"site", "weather", "name", "shading"}),
    SelectionKind.STRINGS: frozenset({"string_plan", "inverters", "modules", "weather", "site"}),
    SelectionKind.MONEY: frozenset({"tariff", "carbon"}),
    SelectionKind.LOAD: frozenset({"load"}),
    SelectionKind.BACKGROUND: frozenset({"background"}),
    SelectionKind.OBSTACLE: frozenset({"obstacles"}),
    SelectionKind.REPORT: frozenset({"report"}),
}
"""Project-wide values each project-wide page shows."""
