"""Emission factors, CO2 avoided, zero-carbon park indicators."""
