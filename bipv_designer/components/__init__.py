"""Module and inverter components."""
