"""PV energy from hourly simulation records to the load's intervals, conserving energy."""

from __future__ import annotations

import numpy as np
import pandas as pd

from bipv_designer.errors import LoadFileError
from bipv_designer.words import N_

HOUR = pd.Timedelta(hours=1)


def pv_to_intervals(hourly_kwh: pd.DataFrame, interval: pd.Timedelta) -> pd.DataFrame:
    """Hourly energies [kWh per hour] split into ``interval`` records [kWh per interval].

    The mean power is interpolated linearly between the middles of the hours, clipped
    at zero, and each hour's parts are scaled back to the hour's energy, so every hour
    keeps its energy exactly and a sunrise does not start as a step.
    """
    parts = round(HOUR / interval)
    if parts < 1 or HOUR % interval != pd.Timedelta(0):
        raise LoadFileError(
            N_(
                "Errors",
                "load interval {interval}: expected 5, 15, 30 or 60 minutes (dividing an hour)",
            ).format(interval=str(interval))
        )
    if parts == 1:
        return hourly_kwh
    values = hourly_kwh.to_numpy(dtype=float)
    hours = np.arange(len(values)) + 0.5
    fine = (np.arange(len(values) * parts) + 0.5) / parts
    shape = np.column_stack([np.interp(fine, hours, column) for column in values.T])
    shape = np.clip(shape, 0.0, None).reshape(len(values), parts, -1)
    sums = shape.sum(axis=1, keepdims=True)
    even = np.full_like(shape, 1.0 / parts)
    weights = np.divide(shape, sums, out=even, where=sums > 0)
    fine_kwh = (weights * values[:, None, :]).reshape(len(values) * parts, -1)
    index = pd.DatetimeIndex(
        hourly_kwh.index.repeat(parts) + np.tile(np.arange(parts), len(values)) * interval
    )
    return pd.DataFrame(fine_kwh, index=index, columns=hourly_kwh.columns)
