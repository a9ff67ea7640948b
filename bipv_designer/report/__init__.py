"""Figures (matplotlib, Agg), PDF report, CSV/XLSX exports; no Qt."""
