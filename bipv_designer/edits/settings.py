"""Project-wide values: the name, site, weather, horizon, background image, load,
tariff and carbon settings."""

from __future__ import annotations

from pathlib import PurePath

from msgspec.structs import replace

from bipv_designer.edits.edit import Edit
from bipv_designer.errors import BipvError
from bipv_designer.geometry.background import moved, rescaled
from bipv_designer.project.energy_model import LoadFile, Meter, ParkLoad
from bipv_designer.project.ids import free_id
from bipv_designer.project.model import (
    BackgroundImage,
    Project,
    ReportSettings,
    Site,
    WeatherReference,
)
from bipv_designer.project.money_model import CarbonSettings, Economics
from bipv_designer.project.points import Point2
from bipv_designer.words import N_


def rename_project(project: Project, name: str) -> Edit:
    """The project called ``name`` (leading and trailing spaces dropped)."""
    name = name.strip()
    if not name:
        raise BipvError(N_("Edits", "project name: expected some text, got an empty name"))
    return Edit(
        replace(project, name=name),
        N_("Edits", "Rename the project to '{name}'").format(name=name),
    )


def change_site(project: Project, site: Site) -> Edit:
    """The site (place, altitude, time zone, albedo, plan north, horizon) replaced."""
    return Edit(replace(project, site=site), N_("Edits", "Change the site"))


def set_near_shading(project: Project, on: bool) -> Edit:
    """Near shading of every module computed (or not); turning it on also sets the flat
    shading loss to 0, so that shade is not counted twice (turning it off leaves 0)."""
    shading = replace(project.shading, near_shading=on)
    losses = replace(project.losses, shading_pct=0.0) if on else project.losses
    text = (
        N_("Edits", "Compute near shading") if on else N_("Edits", "Stop computing near shading")
    )
    return Edit(replace(project, shading=shading, losses=losses), text)


def set_report(project: Project, report: ReportSettings) -> Edit:
    """Who the report is for and from."""
    return Edit(replace(project, report=report), N_("Edits", "Change the report's details"))


def set_weather(project: Project, weather: WeatherReference) -> Edit:
    """The project simulates with ``weather``."""
    return Edit(replace(project, weather=weather), N_("Edits", "Change the weather"))


def set_horizon(project: Project, profile: tuple[Point2, ...], text: str) -> Edit:
    """The site's far horizon: (azimuth, elevation) pairs [degrees]; () for none."""
    site = replace(project.site, horizon=tuple(profile))
    return Edit(replace(project, site=site), text)


def set_background(project: Project, background: BackgroundImage, text: str) -> Edit:
    """The background image placed, scaled or styled as ``background``."""
    return Edit(replace(project, background=background), text)


def remove_background(project: Project) -> Edit:
    """The background image taken away."""
    return Edit(replace(project, background=None), N_("Edits", "Remove background image"))


def move_background(project: Project, dx: float, dy: float) -> Edit:
    """The background image moved by (dx, dy) [m]."""
    background = _background(project)
    return Edit(
        replace(project, background=moved(background, dx, dy)),
        N_("Edits", "Move background image"),
    )


def scale_background(project: Project, first: Point2, second: Point2, distance_m: float) -> Edit:
    """The background image scaled so that ``first`` and ``second`` lie ``distance_m``
    apart, ``first`` staying where it is."""
    background = rescaled(_background(project), first, second, distance_m)
    return Edit(replace(project, background=background), N_("Edits", "Scale background image"))


def change_load(project: Project, load: ParkLoad | None) -> Edit:
    """The park's meters and battery replaced."""
    return Edit(replace(project, load=load), N_("Edits", "Change the load"))


def add_meter_file(project: Project, name: str, load_file: LoadFile) -> Edit:
    """A new meter whose load is read from ``load_file``; ``name`` is the file's name."""
    load = project.load or ParkLoad()
    meter_id, _ = free_id("meter", {m.id for m in load.meters})
    meter = Meter(meter_id, PurePath(name).stem, file=load_file)
    return Edit(
        replace(project, load=replace(load, meters=(*load.meters, meter))),
        N_("Edits", "Import meter '{name}'").format(name=name),
    )


def change_economics(project: Project, economics: Economics | None) -> Edit:
    """The tariff and costs replaced."""
    return Edit(replace(project, tariff=economics), N_("Edits", "Change the tariff or costs"))


def change_carbon(project: Project, carbon: CarbonSettings | None) -> Edit:
    """The carbon settings replaced."""
    return Edit(replace(project, carbon=carbon), N_("Edits", "Change the carbon settings"))


def _background(project: Project) -> BackgroundImage:
    if project.background is None:
        raise BipvError(N_("Edits", "the project has no background image"))
    return project.background
