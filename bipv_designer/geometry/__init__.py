"""Geometry in site metres: surface frames, polygons, roof planes and facades from footprints."""
