"""Module placement on surfaces (fill, setbacks, keep-outs, rows, strings)."""
