"""What an edit changed, by entity id, so that views update only what changed."""

from __future__ import annotations

from msgspec import Struct, field
from msgspec.structs import fields

from bipv_designer.project.model import Project

SECTIONS = (
    "name",
    "site",
    "weather",
    "load",
    "tariff",
    "carbon",
    "background",
    "string_plan",
    "modules",
    "inverters",
    "losses",
    "roof_capacities",
    "shading",
    "obstacles",
    "report",
)
"""Project fields compared as a whole; a view of one of them redraws when it changed."""


class IdChanges(Struct, frozen=True):
    """Ids of one kind of entity that were added, changed or removed."""

    added: frozenset[str] = frozenset()
    changed: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()

    @property
    def any(self) -> frozenset[str]:
        """Every id touched."""
        return self.added | self.changed | self.removed

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


class ProjectChanges(Struct, frozen=True):
    """The difference between two projects.

    Attributes
    ----------
    buildings, surfaces, arrays : IdChanges
        By id. A surface whose layout settings (setbacks, keep-outs, openings) changed
        counts as changed; an array whose layout settings changed too.
    keep_outs : IdChanges
        By ``surface_id/keep_out_id``.
    sections : frozenset of str
        Names of the project fields of ``SECTIONS`` that changed.
    everything : bool
        A different project altogether (opened or created): every view starts anew.
    """

    buildings: IdChanges = field(default_factory=IdChanges)
    surfaces: IdChanges = field(default_factory=IdChanges)
    arrays: IdChanges = field(default_factory=IdChanges)
    keep_outs: IdChanges = field(default_factory=IdChanges)
    sections: frozenset[str] = frozenset()
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or any(
            getattr(self, f.name) for f in fields(self) if f.name != "everything"
        )


EVERYTHING = ProjectChanges(everything=True)
"""The changes of a project replaced by another."""


def project_changes(before: Project, after: Project) -> ProjectChanges:
    """What differs between ``before`` and ``after``.

    A building counts as changed when it, its surfaces or their keep-outs changed, so a
    view of the building and what lies on it can redraw that one building.
    """
    surface_layouts_before = {s.surface_id: s for s in before.surface_layouts}
    surface_layouts_after = {s.surface_id: s for s in after.surface_layouts}
    surfaces = _id_changes(
        {s.id: (s, surface_layouts_before.get(s.id)) for s in before.surfaces},
        {s.id: (s, surface_layouts_after.get(s.id)) for s in after.surfaces},
    )
    array_layouts_before = {a.array_id: a for a in before.array_layouts}
    array_layouts_after = {a.array_id: a for a in after.array_layouts}
    arrays = _id_changes(
        {a.id: (a, array_layouts_before.get(a.id)) for a in before.arrays},
        {a.id: (a, array_layouts_after.get(a.id)) for a in after.arrays},
    )
    keep_outs = _id_changes(_keep_outs(before), _keep_outs(after))
    buildings = _id_changes(
        {b.id: b for b in before.buildings}, {b.id: b for b in after.buildings}
    )
    owners = {s.id: s.building_id for s in (*before.surfaces, *after.surfaces)}
    moved_inside = {
        owners.get(surface_id)
        for surface_id in surfaces.any | {keep_out_ids(k)[0] for k in keep_outs.any}
    } - {None}
    buildings = IdChanges(
        buildings.added,
        frozenset((buildings.changed | moved_inside) - buildings.added - buildings.removed),
        buildings.removed,
    )
    sections = frozenset(
        name for name in SECTIONS if getattr(before, name) != getattr(after, name)
    )
    return ProjectChanges(buildings, surfaces, arrays, keep_outs, sections)


KEEP_OUT_SEPARATOR = "/keep-out:"


def keep_out_key(surface_id: str, keep_out_id: str) -> str:
    """The key of a keep-out in ``ProjectChanges.keep_outs``."""
    return f"{surface_id}{KEEP_OUT_SEPARATOR}{keep_out_id}"


def keep_out_ids(key: str) -> tuple[str, str]:
    """(surface id, keep-out id) of a key of ``ProjectChanges.keep_outs``."""
    surface_id, _, keep_out_id = key.rpartition(KEEP_OUT_SEPARATOR)
    return surface_id, keep_out_id


def _keep_outs(project: Project) -> dict[str, object]:
    return {
        keep_out_key(layout.surface_id, keep_out.id): keep_out
        for layout in project.surface_layouts
        for keep_out in layout.keep_outs
    }


def _id_changes(before: dict[str, object], after: dict[str, object]) -> IdChanges:
    return IdChanges(
        added=frozenset(after.keys() - before.keys()),
        changed=frozenset(k for k in after.keys() & before.keys() if after[k] != before[k]),
        removed=frozenset(before.keys() - after.keys()),
    )
