"""BIPV Designer: photovoltaics on factory roofs and facades.

Importing this package loads no Qt, pandas or pvlib.
"""

__version__ = "0.1.0"
