"""Tariffs, cash flows, payback, NPV, IRR, LCOE, quote."""
