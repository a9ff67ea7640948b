"""The site plan's tools and what each expects next."""

from __future__ import annotations

from enum import StrEnum


class Tool(StrEnum):
    """What a left click does on the site plan."""

    SELECT = "select"
    RECTANGLE = "rectangle"
    POLYGON = "polygon"
    KEEP_OUT_RECTANGLE = "keep_out_rectangle"
    KEEP_OUT_CIRCLE = "keep_out_circle"
    KEEP_OUT_POLYGON = "keep_out_polygon"
    TREE = "tree"
    OBSTACLE_BOX = "obstacle_box"
    OBSTACLE_ROUND = "obstacle_round"
    MEASURE = "measure"
    SCALE_BACKGROUND = "scale_background"


POLYGON_TOOLS = (Tool.POLYGON, Tool.KEEP_OUT_POLYGON)
DRAG_TOOLS = (
    Tool.RECTANGLE,
    Tool.KEEP_OUT_RECTANGLE,
    Tool.KEEP_OUT_CIRCLE,
    Tool.OBSTACLE_BOX,
    Tool.OBSTACLE_ROUND,
)
CIRCLE_TOOLS = (Tool.KEEP_OUT_CIRCLE, Tool.OBSTACLE_ROUND)


def tool_hint(tool: Tool, drawing: bool, typed: str) -> str:
    """What ``tool`` expects next, for the status bar; ``drawing`` when a polygon has
    its first corner, ``typed`` what was typed for the next one."""
    if tool is Tool.MEASURE:
        return "Click points to measure distances and the enclosed area (Esc clears)"
    if tool is Tool.SCALE_BACKGROUND:
        return "Click two points of a known distance on the background image"
    if tool is Tool.RECTANGLE:
        return "Drag a rectangle to draw a building (Esc cancels)"
    if tool is Tool.KEEP_OUT_RECTANGLE:
        return "Drag a rectangle on a roof: a skylight or another keep-out (Esc cancels)"
    if tool is Tool.KEEP_OUT_CIRCLE:
        return "Drag from the centre of a round keep-out on a roof to its edge (Esc cancels)"
    if tool is Tool.TREE:
        return "Click where a tree stands (its crown, height and leaves are in Properties)"
    if tool is Tool.OBSTACLE_BOX:
        return "Drag a rectangle: a neighbouring building or wall off the park (Esc cancels)"
    if tool is Tool.OBSTACLE_ROUND:
        return "Drag from the centre of a tank or chimney to its edge (Esc cancels)"
    if tool in POLYGON_TOOLS:
        if not drawing:
            what = "building" if tool is Tool.POLYGON else "keep-out on a roof"
            return f"Click the first corner of the {what}"
        shown = f"  typed: {typed}" if typed else ""
        return (
            "Click the next corner, click the first to close or press Enter; type a "
            f"length or length<angle and Enter; Shift locks to 90°; Esc cancels{shown}"
        )
    return (
        "Click a building, keep-out or obstacle to select it and drag it to move it; drag "
        "a corner to reshape a building, double-click an edge to add a corner, Alt+click "
        "a corner to delete it"
    )
