"""Fixtures of the energy tests: the clear-sky year of the simulation tests."""

from tests.simulation.conftest import nanjing_clear_sky

__all__ = ["nanjing_clear_sky"]
