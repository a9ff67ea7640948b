"""Daily clearness indices with a realistic distribution and day-to-day persistence.

Each month's daily clearness index Kt (daily GHI over daily extraterrestrial horizontal
irradiation) follows the distribution of Bendt, Collares-Pereira & Rabl (1981), "The
frequency distribution of daily insolation values", Solar Energy 27(1) 1-5: a density
``C exp(gamma Kt)`` on [Kt_min, Kt_max] with Kt_min = 0.05 and
``Kt_max = 0.6313 + 0.267 K - 11.9 (K - 0.75)^8`` for the monthly mean K; gamma makes the
mean equal K. Days are linked as Graham, Hollands & Unny (1988), "A time series model for
Kt with application to global synthetic weather generation", Solar Energy 40(2) 83-92,
describe: a Gaussian AR(1) sequence with lag-one autocorrelation :data:`DAILY_LAG1`,
mapped through the normal CDF and the month's inverse Kt distribution.
"""

from __future__ import annotations

import numpy as np
from scipy import optimize, special

KT_MIN = 0.05
"""Lowest daily clearness index (Bendt et al. 1981)."""
DAILY_LAG1 = 0.3
"""Lag-one autocorrelation of the Gaussian daily sequence (Graham et al. 1988 found
about 0.3 across climates)."""


def kt_max(mean_kt: np.ndarray) -> np.ndarray:
    """Highest daily clearness index of a month with mean ``mean_kt`` (Bendt et al. 1981)."""
    return 0.6313 + 0.267 * mean_kt - 11.9 * (mean_kt - 0.75) ** 8


def bendt_gamma(mean_kt: float) -> float:
    """The exponent gamma of the Bendt distribution whose mean is ``mean_kt``.

    The mean of ``C exp(g k)`` on [a, b] is ``(b e^{gb} - a e^{ga}) / (e^{gb} - e^{ga}) - 1/g``;
    it rises monotonically from a to b as g runs over the reals, so one root exists for
    a < mean < b.
    """
    low, high = KT_MIN, float(kt_max(mean_kt))
    mean = float(np.clip(mean_kt, low + 1e-4, high - 1e-4))

    def mean_of(gamma: float) -> float:
        if abs(gamma) < 1e-8:
            return 0.5 * (low + high)
        span = high - low
        return low + span / -np.expm1(-gamma * span) - 1.0 / gamma

    return float(optimize.brentq(lambda g: mean_of(g) - mean, -400.0, 400.0, xtol=1e-10))


def inverse_bendt(u: np.ndarray, mean_kt: np.ndarray) -> np.ndarray:
    """Daily Kt at cumulative probabilities ``u`` for each day's monthly mean ``mean_kt``."""
    gammas = {m: bendt_gamma(m) for m in np.unique(mean_kt)}
    gamma = np.array([gammas[m] for m in mean_kt])
    low, high = KT_MIN, kt_max(mean_kt)
    span = high - low
    with np.errstate(divide="ignore", invalid="ignore"):
        # k = low + ln(1 + u (e^{g span} - 1)) / g, written to stay finite for large |g|
        shifted = np.where(
            gamma > 0,
            span + np.log(u + (1.0 - u) * np.exp(-gamma * span)) / gamma,
            np.log1p(u * np.expm1(gamma * span)) / gamma,
        )
    return low + np.where(np.abs(gamma) < 1e-8, u * span, shifted)


def daily_clearness(mean_kt_per_day: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A persistent sequence of daily Kt with each day's monthly distribution."""
    z = ar1(len(mean_kt_per_day), DAILY_LAG1, rng)
    u = np.clip(special.ndtr(z), 1e-9, 1.0 - 1e-9)
    return inverse_bendt(u, mean_kt_per_day)


def ar1(length: int, lag1: float, rng: np.random.Generator) -> np.ndarray:
    """A stationary Gaussian AR(1) sequence with unit variance:
    ``z[n] = lag1 z[n-1] + sqrt(1 - lag1^2) e[n]``, started from the stationary law."""
    draws = rng.standard_normal(length + 1)
    innovation = np.sqrt(1.0 - lag1**2)
    shocks = (innovation * draws[1:]).tolist()
    values = np.empty(length)
    previous = float(draws[0])
    for n, shock in enumerate(shocks):  # a year of days or hours: a plain loop is quick
        previous = shock + lag1 * previous
        values[n] = previous
    return values
