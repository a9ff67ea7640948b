"""Time of the park balance: a 15-minute year (35,040 steps), 10 meters, with battery
dispatch (target: under 1 s).

Run: .venv/bin/python benchmarks/balance.py
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd

from bipv_designer.energy.balance import balance
from bipv_designer.energy.storage import Battery

TARGET_S = 1.0
METERS = 10


def main() -> None:
    index = pd.date_range("2023-01-01", periods=35_040, freq="15min", tz="Asia/Shanghai")
    rng = np.random.default_rng(0)
    hour = index.hour.to_numpy() + index.minute.to_numpy() / 60.0
    sun = np.clip(np.sin(np.pi * (hour - 6.0) / 12.0), 0.0, None)
    names = [f"meter-{k}" for k in range(METERS)]
    pv = pd.DataFrame(sun[:, None] * rng.uniform(20, 120, METERS), index=index, columns=names)
    load = pd.DataFrame(rng.gamma(4.0, 10.0, (len(index), METERS)), index=index, columns=names)
    battery = Battery(2000.0, 500.0, 500.0)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        result = balance(pv, load, share_surplus=True, export_limit_kw=300.0, battery=battery)
        times.append(time.perf_counter() - start)
    best = min(times)
    figures = result.figures()
    print(f"{len(index)} intervals x {METERS} meters with a battery: best {best:.3f} s")
    print(
        f"self-consumption {figures['self_consumption_ratio']:.3f}, "
        f"self-sufficiency {figures['self_sufficiency']:.3f}"
    )
    print(f"target {TARGET_S:.1f} s: {'met' if best < TARGET_S else 'NOT met'}")


if __name__ == "__main__":
    main()
