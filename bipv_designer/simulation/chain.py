"""The yield chain, vectorised over time and arrays: weather -> POA -> cell -> DC -> AC.

Every step is a pvlib function applied to (hours x surfaces) arrays; only daylight
records are computed. See ``docs/physics.md`` for the chain and how it differs from
NREL SAM PVWatts v8.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pvlib
from msgspec import Struct

from bipv_designer.errors import Cancelled
from bipv_designer.geometry.horizon import sky_diffuse_kept, sun_above_horizon
from bipv_designer.project.model import Losses
from bipv_designer.project.single_diode import STC_TEMPERATURE
from bipv_designer.shading.electrical import string_output
from bipv_designer.simulation.dc import array_dc_power
from bipv_designer.simulation.inverters import inverter_output
from bipv_designer.simulation.optics import beam_iam, diffuse_iam
from bipv_designer.simulation.parameters import (
    DEFAULT_OPTIONS,
    ChainOptions,
    TemperatureModel,
    cover_optics,
    thermal_parameters,
)
from bipv_designer.simulation.sun import sun_positions
from bipv_designer.simulation.systems import SystemTable
from bipv_designer.weather.data import WeatherData

if TYPE_CHECKING:
    from bipv_designer.shading.near_shade import NearShade

Progress = Callable[[float, str], None]
"""``progress(fraction, message)``: fraction in 0..1 of the work done."""

CancelCheck = Callable[[], bool]
"""Returns True when the user has asked to stop."""

BLOCK_ARRAYS = 64
"""Arrays computed together: bounds memory and lets a run be cancelled between blocks."""
INVERTER_HOURS = 1024
"""Hours the inverter step takes at once (its temporaries are hours x arrays)."""


class ChainOutput(Struct, frozen=True):
    """Hourly results per array, on the full weather index (zeros at night).

    Attributes
    ----------
    poa_global : ndarray (T, N)  plane-of-array irradiance without near shading [W/m2]
    poa_diffuse_shaded : ndarray (T, N)  the same after near shading of the sky diffuse
    poa_beam_shaded : ndarray (T, N)  ... and of the beam on the shaded cells [W/m2]
    poa_shaded : ndarray (T, N)  ... and the beam of bypassed substrings: the irradiance
        the electronics turn into power, before cover losses [W/m2]
    poa_effective : ndarray (T, N)  irradiance reaching the cells after near shading and
        cover losses [W/m2]
    temp_cell : ndarray (T, N)  cell temperature [C]
    dc_stc_temperature : ndarray (T, N)  DC power at 25 C cell temperature [W]
    dc_module : ndarray (T, N)  DC power of the modules, before system losses [W]
    dc_power : ndarray (T, N)  DC power after system losses [W]
    dc_inverter_input : ndarray (T, N)  DC power after clipping at the inverter's limit [W]
    ac_power : ndarray (T, N)  AC power [W]
    loss_factor : float  product of the system loss factors (1 - loss) [-]
    """

    poa_global: np.ndarray
    poa_diffuse_shaded: np.ndarray
    poa_beam_shaded: np.ndarray
    poa_shaded: np.ndarray
    poa_effective: np.ndarray
    temp_cell: np.ndarray
    dc_stc_temperature: np.ndarray
    dc_module: np.ndarray
    dc_power: np.ndarray
    dc_inverter_input: np.ndarray
    ac_power: np.ndarray
    loss_factor: float


def system_loss_factors(losses: Losses) -> dict[str, float]:
    """Each system loss as a factor (1 - pct/100), by name without ``_pct``."""
    return {
        name.removesuffix("_pct"): 1.0 - getattr(losses, name) / 100.0
        for name in Losses.__struct_fields__
    }


def run_chain(
    weather: WeatherData,
    latitude: float,
    longitude: float,
    altitude: float,
    albedo: float,
    systems: SystemTable,
    losses: Losses,
    options: ChainOptions = DEFAULT_OPTIONS,
    *,
    horizon: Sequence[tuple[float, float]] = (),
    near_shade: NearShade | None = None,
    sun: pd.DataFrame | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ChainOutput:
    """Run the chain for every array at once.

    Parameters
    ----------
    weather : WeatherData
    latitude, longitude : float  site [degrees]
    altitude : float  site [m]
    albedo : float  ground reflectance [-]
    systems : SystemTable
    losses : Losses
    options : ChainOptions
    horizon : sequence of (azimuth, elevation)
        The far horizon [degrees] (:mod:`bipv_designer.geometry.horizon`): no beam or
        circumsolar light while the sun is below it; isotropic and horizon-band diffuse
        reduced by the share of the sky it hides from each surface.
    near_shade : NearShade, optional
        Shares of beam, circumsolar and sky diffuse light each array keeps after near
        shading (:mod:`bipv_designer.shading.near_shade`); none shaded when not given.
    sun : pandas.DataFrame, optional
        The records' sun positions (``sun_positions`` with ``options``), when the
        caller has them already.
    progress, cancel : callables, optional
        Progress reports and a cancel check, called between blocks of arrays.

    Raises
    ------
    Cancelled
        If ``cancel()`` returned True.
    """
    report = progress or (lambda fraction, message: None)
    report(0.0, "Sun positions")
    if sun is None:
        sun = sun_positions(
            weather, latitude, longitude, altitude, sunrise_sunset_sun=options.sunrise_sunset_sun
        )
    day = (sun["apparent_zenith"].to_numpy() < 90.0) & (weather.data["ghi"].to_numpy() > 0.0)
    sky = _sky_conditions(weather, sun, day, horizon)
    n_hours, n_arrays = len(weather.data), len(systems.array_ids)
    loss_factor = float(np.prod(list(system_loss_factors(losses).values())))
    names = (
        "poa_global",
        "poa_diffuse_shaded",
        "poa_beam_shaded",
        "poa_shaded",
        "poa_effective",
        "temp_cell",
        "dc_stc_temperature",
        "dc_module",
        "dc_power",
        "dc_inverter_input",
        "ac_power",
    )
    full = {name: np.zeros((n_hours, n_arrays)) for name in names}
    night_temp = weather.data["temp_air"].to_numpy()[~day]
    full["temp_cell"][~day] = night_temp[:, None]
    for start in range(0, n_arrays, BLOCK_ARRAYS):
        if cancel is not None and cancel():
            raise Cancelled("simulation cancelled")
        block = slice(start, min(start + BLOCK_ARRAYS, n_arrays))
        report(start / n_arrays, f"Arrays {block.start + 1}-{block.stop} of {n_arrays}")
        kept = None if near_shade is None else _Kept.of(near_shade, day, block)
        hourly = _block(sky, systems, block, albedo, loss_factor, options, horizon, kept)
        for name, values in hourly.items():
            full[name][day, block] = values
    for hours in np.array_split(np.flatnonzero(day), max(1, day.sum() // INVERTER_HOURS)):
        full["dc_inverter_input"][hours], full["ac_power"][hours] = inverter_output(
            full["dc_power"][hours], systems.banks
        )
    report(1.0, "Done")
    return ChainOutput(**full, loss_factor=loss_factor)


class _Sky(Struct, frozen=True):
    """Time-only inputs on daylight records, as (D, 1) columns."""

    apparent_zenith: np.ndarray
    azimuth: np.ndarray
    ghi: np.ndarray
    dni: np.ndarray
    dhi: np.ndarray
    dni_extra: np.ndarray
    airmass: np.ndarray
    temp_air: np.ndarray
    wind_speed: np.ndarray
    sun_visible: np.ndarray


def _sky_conditions(weather: WeatherData, sun, day: np.ndarray, horizon) -> _Sky:
    data = weather.data[day]
    zenith = sun["apparent_zenith"].to_numpy()[day]
    dni_extra = pvlib.irradiance.get_extra_radiation(pd.DatetimeIndex(sun["solar_time"])[day])

    def column(values) -> np.ndarray:
        return np.asarray(values, dtype=float)[:, None]

    return _Sky(
        apparent_zenith=column(zenith),
        azimuth=column(sun["azimuth"].to_numpy()[day]),
        ghi=column(data["ghi"]),
        dni=column(data["dni"]),
        dhi=column(data["dhi"]),
        dni_extra=column(dni_extra),
        airmass=column(pvlib.atmosphere.get_relative_airmass(zenith)),
        temp_air=column(data["temp_air"]),
        wind_speed=column(data["wind_speed"]),
        sun_visible=column(
            sun_above_horizon(horizon, 90.0 - zenith, sun["azimuth"].to_numpy()[day])
        ),
    )


def _block(
    sky: _Sky,
    systems: SystemTable,
    block: slice,
    albedo: float,
    loss_factor: float,
    options: ChainOptions,
    horizon,
    kept: _Kept | None = None,
) -> dict[str, np.ndarray]:
    """Irradiance, cell temperature and DC power of the arrays in ``block``.

    The two halves of each array (east and west faces of tents; the same plane
    otherwise) are computed apart; irradiance and temperature are their means, DC
    power their sum. ``kept`` is the light each array keeps after near shading.
    """
    faces = systems.planes_of_array[block]
    planes, columns = np.unique(faces, return_inverse=True)
    columns = columns.reshape(faces.shape)
    tilt = systems.plane_tilt[planes][None, :]
    azimuth = systems.plane_azimuth[planes][None, :]
    poa = _plane_of_array(sky, tilt, azimuth, albedo, options, horizon)
    kept = kept or _Kept(1.0, 1.0, 1.0, 1.0)
    halves = []
    for half in (0, 1):
        if half == 1 and (faces[:, 0] == faces[:, 1]).all():
            halves.append(halves[0])
            continue
        plane = columns[:, half]
        unshaded = poa.global_[:, plane]
        diffuse_shaded = (
            unshaded
            - (1.0 - kept.sky_diffuse) * poa.sky_global[:, plane]
            - (1.0 - kept.horizon_band) * poa.band_global[:, plane]
            - (1.0 - kept.ground_reflected) * poa.ground_global[:, plane]
        )
        beam = poa.beam_global[:, plane]
        beam_shaded = diffuse_shaded - (1.0 - kept.beam_area) * beam
        shaded = kept.electrical(beam_shaded, beam, diffuse_shaded - beam)
        effective_area = (
            poa.effective[:, plane]
            - (1.0 - kept.sky_diffuse) * poa.sky_effective[:, plane]
            - (1.0 - kept.horizon_band) * poa.band_effective[:, plane]
            - (1.0 - kept.ground_reflected) * poa.ground_effective[:, plane]
            - (1.0 - kept.beam_area) * poa.beam_effective[:, plane]
        )
        with np.errstate(invalid="ignore", divide="ignore"):
            electrical = np.where(beam_shaded > 0.0, shaded / beam_shaded, 1.0)
        effective = effective_area * electrical
        temp_cell = _cell_temperature(sky, beam_shaded, effective, systems, block, options)
        halves.append(
            {
                "poa_global": unshaded,
                "poa_diffuse_shaded": diffuse_shaded,
                "poa_beam_shaded": beam_shaded,
                "poa_shaded": shaded,
                "poa_effective": effective,
                "temp_cell": temp_cell,
                "dc_stc_temperature": array_dc_power(
                    effective, np.full_like(temp_cell, STC_TEMPERATURE), systems, block
                ),
                "dc_module": array_dc_power(effective, temp_cell, systems, block),
            }
        )
    hourly = {name: (halves[0][name] + halves[1][name]) / 2.0 for name in halves[0]}
    hourly["dc_power"] = hourly["dc_module"] * loss_factor
    return hourly


class _Kept(Struct, frozen=True):
    """Shares of light the arrays of a block keep after near shading [-], as (D, n)
    (beam) and (1, n) (diffuse) columns, or 1 for none shaded, and each array's strings'
    unshaded substring shares (D, U) and how many strings follow each column (U,)
    (:class:`StringShares`; None: no bypass loss) (:class:`NearShade`)."""

    beam_area: np.ndarray | float
    sky_diffuse: np.ndarray | float
    horizon_band: np.ndarray | float
    ground_reflected: np.ndarray | float
    strings: tuple[tuple[np.ndarray, np.ndarray] | None, ...] = ()

    @classmethod
    def of(cls, shade: NearShade, day: np.ndarray, block: slice) -> _Kept:
        return cls(
            shade.beam_area[day, block],
            shade.sky_diffuse[None, block],
            shade.horizon_band[None, block],
            shade.ground_reflected[None, block],
            tuple(None if u is None else (u.at(day), u.counts) for u in shade.strings[block]),
        )

    def electrical(
        self, beam_shaded: np.ndarray, beam: np.ndarray, diffuse: np.ndarray
    ) -> np.ndarray:
        """The irradiance (D, n) the electronics turn into power: the strings' output
        (:func:`string_output`) where an array has strings, ``beam_shaded`` elsewhere;
        ``beam`` and ``diffuse`` (D, n) are the light before the beam's shade."""
        shaded = beam_shaded.copy()
        for column, strings in enumerate(self.strings):
            if strings is not None:
                shares, counts = strings
                shaded[:, column] = string_output(
                    shares, counts, beam[:, column], diffuse[:, column]
                )
        return shaded


class _PlaneOfArray(Struct, frozen=True):
    """Irradiance on each plane (D, S) [W/m2]: global, effective (after cover losses),
    and of each the beam and circumsolar part, the isotropic sky part, the horizon band
    and the ground-reflected part (what near shading takes away)."""

    global_: np.ndarray
    effective: np.ndarray
    beam_global: np.ndarray
    beam_effective: np.ndarray
    sky_global: np.ndarray
    sky_effective: np.ndarray
    band_global: np.ndarray
    band_effective: np.ndarray
    ground_global: np.ndarray
    ground_effective: np.ndarray


def _plane_of_array(
    sky: _Sky,
    tilt: np.ndarray,
    azimuth: np.ndarray,
    albedo: float,
    options: ChainOptions,
    horizon=(),
) -> _PlaneOfArray:
    """POA global and effective irradiance (D, S) [W/m2], with their beam parts.

    Perez 1990 sky diffuse with its circumsolar part treated as beam; ground
    reflection isotropic; cover losses by the physical IAM (beam, circumsolar) and
    Marion's diffuse integration (sky, horizon band, ground); a far horizon removes
    beam and circumsolar light while the sun is behind it and the hidden share of the
    isotropic and horizon-band diffuse.
    """
    aoi = pvlib.irradiance.aoi(tilt, azimuth, sky.apparent_zenith, sky.azimuth)
    beam = np.maximum(sky.dni * np.cos(np.radians(aoi)), 0.0) * sky.sun_visible
    diffuse = pvlib.irradiance.perez(
        tilt,
        azimuth,
        sky.dhi,
        sky.dni,
        sky.dni_extra,
        sky.apparent_zenith,
        sky.azimuth,
        sky.airmass,
        return_components=True,
    )
    ground = pvlib.irradiance.get_ground_diffuse(tilt, sky.ghi, albedo)
    kept = sky_diffuse_kept(horizon, tilt[0], azimuth[0])[None, :]
    circumsolar = np.nan_to_num(diffuse["poa_circumsolar"]) * sky.sun_visible
    isotropic = np.nan_to_num(diffuse["poa_isotropic"]) * kept
    band = np.nan_to_num(diffuse["poa_horizon"]) * kept
    poa_global = beam + circumsolar + isotropic + band + ground
    optics = cover_optics()
    iam = (
        diffuse_iam(tilt[0], optics)
        if options.diffuse_iam
        else {"sky": 1.0, "horizon": 1.0, "ground": 1.0}
    )
    sky_effective, band_effective = isotropic * iam["sky"], band * iam["horizon"]
    ground_effective = ground * iam["ground"]
    diffuse_effective = sky_effective + band_effective + ground_effective
    beam_effective = (beam + circumsolar) * beam_iam(aoi, optics)
    return _PlaneOfArray(
        poa_global,
        beam_effective + diffuse_effective,
        beam + circumsolar,
        beam_effective,
        isotropic,
        sky_effective,
        band,
        band_effective,
        ground,
        ground_effective,
    )


def _cell_temperature(
    sky: _Sky,
    poa_global: np.ndarray,
    poa_effective: np.ndarray,
    systems: SystemTable,
    block: slice,
    options: ChainOptions,
) -> np.ndarray:
    """Cell temperature (D, N) [C] by the chosen model and each array's mounting."""
    parameters = [
        thermal_parameters(options.temperature_model, m) for m in systems.mountings[block]
    ]

    def row(name: str) -> np.ndarray:
        return np.array([p[name] for p in parameters])[None, :]

    efficiency = systems.module_efficiency[block][None, :]
    if options.temperature_model is TemperatureModel.NOCT_SAM:
        with np.errstate(invalid="ignore", divide="ignore"):
            temp_cell = pvlib.temperature.noct_sam(
                poa_global,
                sky.temp_air,
                sky.wind_speed,
                row("noct"),
                efficiency,
                effective_irradiance=poa_effective,
                transmittance_absorptance=row("transmittance_absorptance"),
                mount_standoff=row("mount_standoff"),
            )
        # noct_sam divides by poa_global and by the transmitted share of it; a plane that
        # receives or transmits nothing is at air temperature
        return np.where((poa_global > 0) & (poa_effective > 0), temp_cell, sky.temp_air)
    return pvlib.temperature.pvsyst_cell(
        poa_global,
        sky.temp_air,
        sky.wind_speed,
        u_c=row("u_c"),
        u_v=row("u_v"),
        module_efficiency=efficiency,
        alpha_absorption=row("alpha_absorption"),
    )
