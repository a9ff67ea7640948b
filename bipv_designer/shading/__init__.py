"""Shading: 3-D scene, sun-position tables, horizon."""
