"""Money and carbon settings: tariff (flat or a preset), the main costs, the grid factor
and the park's other energy. Each change is one undoable step."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from bipv_designer.carbon.factors import grid_factor, grid_factor_keys
from bipv_designer.economics.tariff import flat_tariff, tariff_preset
from bipv_designer.project.money_model import CarbonSettings, Costs, Economics
from bipv_designer.ui.i18n import core_words, translated, translated_items, translated_label
from bipv_designer.ui.panels.fields import number_field
from bipv_designer.ui.panels.tou_editor import TouEditor
from bipv_designer.ui.qt_util import signals_blocked

PRESETS = (
    ("flat", QT_TRANSLATE_NOOP("MoneyPanel", "Flat price")),
    ("guangdong", QT_TRANSLATE_NOOP("MoneyPanel", "Guangdong time of use (example prices)")),
)
CAPEX_LABELS = {
    "roof_bapv": QT_TRANSLATE_NOOP("MoneyPanel", "Cost of roof BAPV"),
    "roof_bipv": QT_TRANSLATE_NOOP("MoneyPanel", "Cost of roof BIPV"),
    "facade_bipv": QT_TRANSLATE_NOOP("MoneyPanel", "Cost of facade BIPV"),
}
CARRIER_LABELS = {
    "natural_gas_m3": QT_TRANSLATE_NOOP("MoneyPanel", "Park's natural gas"),
    "raw_coal_kg": QT_TRANSLATE_NOOP("MoneyPanel", "Park's coal"),
    "diesel_kg": QT_TRANSLATE_NOOP("MoneyPanel", "Park's diesel"),
    "heat_gj": QT_TRANSLATE_NOOP("MoneyPanel", "Park's purchased heat"),
    "steam_gj": QT_TRANSLATE_NOOP("MoneyPanel", "Park's steam"),
}
CARRIER_UNITS = {
    "natural_gas_m3": QT_TRANSLATE_NOOP("Units", " m³/yr"),
    "raw_coal_kg": QT_TRANSLATE_NOOP("Units", " kg/yr"),
    "diesel_kg": QT_TRANSLATE_NOOP("Units", " kg/yr"),
    "heat_gj": QT_TRANSLATE_NOOP("Units", " GJ/yr"),
    "steam_gj": QT_TRANSLATE_NOOP("Units", " GJ/yr"),
}
FLAT_DEFAULT_PRICE = 0.7
"""Price of a new flat tariff until the user types the bill's [CNY/kWh] (example)."""


PRICE_DECIMALS = 4
"""Decimals of prices: Chinese tariffs and coal benchmarks are quoted to 0.0001 CNY/kWh
(e.g. 0.3910), cost quotes to 0.001 CNY/Wp."""


class MoneyPanel(QWidget):
    """Edits the project's tariff, costs and carbon settings.

    Signals:
        economics_edited(object): the new Economics (tariff and costs).
        carbon_edited(object): the new CarbonSettings.
        invalid(str): a typed value that cannot be taken.
    """

    economics_edited = Signal(object)
    carbon_edited = Signal(object)
    invalid = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._economics: Economics | None = None
        self._carbon = CarbonSettings()
        self.tariff = QComboBox()
        translated_items(self.tariff, "MoneyPanel", [(label, key) for key, label in PRESETS])
        self.price = number_field(0.0, 10.0, " /kWh", PRICE_DECIMALS)
        self.export_price = number_field(0.0, 10.0, " /kWh", PRICE_DECIMALS)
        self.demand = number_field(0.0, 1000.0, "", 2)
        translated(self.demand, "Units", QT_TRANSLATE_NOOP("Units", " /kW/month"), "setSuffix")
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.tou = TouEditor()
        self.capex = {
            kind: number_field(0.0, 100.0, " /Wp", PRICE_DECIMALS)
            for kind in ("roof_bapv", "roof_bipv", "facade_bipv")
        }
        self.om = number_field(0.0, 1000.0, "", 1)
        translated(self.om, "Units", QT_TRANSLATE_NOOP("Units", " /kWp/yr"), "setSuffix")
        self.discount = number_field(-99.0, 100.0, " %", 2)
        self.lifetime = number_field(1.0, 60.0, "", 0)
        translated(self.lifetime, "Units", QT_TRANSLATE_NOOP("Units", " years"), "setSuffix")
        self.factor = QComboBox()
        for key in grid_factor_keys():
            self.factor.addItem("", key)
        self._name_factors()
        self.count_exports = QCheckBox()
        translated(
            self.count_exports,
            "MoneyPanel",
            QT_TRANSLATE_NOOP("MoneyPanel", "Exports avoid grid CO₂"),
        )
        translated(
            self.count_exports,
            "MoneyPanel",
            QT_TRANSLATE_NOOP(
                "MoneyPanel", "Exported PV counts as avoided grid electricity in the CO₂ avoided"
            ),
            "setToolTip",
        )
        self.method = QComboBox()
        translated_items(
            self.method,
            "MoneyPanel",
            [
                (QT_TRANSLATE_NOOP("MoneyPanel", "calorific value, 0.1229 kgce/kWh"), "calorific"),
                (
                    QT_TRANSLATE_NOOP("MoneyPanel", "coal consumption, 0.3055 kgce/kWh"),
                    "coal_consumption",
                ),
            ],
        )
        self.carriers = {key: number_field(0.0, 1e12, "", 0) for key in CARRIER_LABELS}
        for key, spin in self.carriers.items():
            translated(spin, "Units", CARRIER_UNITS[key], "setSuffix")
        self.gas = self.carriers["natural_gas_m3"]
        self.park_electricity = number_field(0.0, 1e13, "", 0)
        translated(
            self.park_electricity, "Units", QT_TRANSLATE_NOOP("Units", " kWh/yr"), "setSuffix"
        )
        translated(
            self.park_electricity,
            "MoneyPanel",
            QT_TRANSLATE_NOOP("MoneyPanel", "the load of the balance"),
            "setSpecialValueText",
        )
        self.hourly = QLineEdit()
        translated(
            self.hourly,
            "MoneyPanel",
            QT_TRANSLATE_NOOP("MoneyPanel", "optional: 24 factors by hour, comma-separated"),
            "setPlaceholderText",
        )
        form = QFormLayout(self)
        form.addRow(
            translated_label("MoneyPanel", QT_TRANSLATE_NOOP("MoneyPanel", "Tariff")), self.tariff
        )
        form.addRow(
            translated_label("MoneyPanel", QT_TRANSLATE_NOOP("MoneyPanel", "Flat price")),
            self.price,
        )
        form.addRow(
            translated_label("MoneyPanel", QT_TRANSLATE_NOOP("MoneyPanel", "Export price")),
            self.export_price,
        )
        form.addRow(
            translated_label("MoneyPanel", QT_TRANSLATE_NOOP("MoneyPanel", "Demand charge")),
            self.demand,
        )
        form.addRow("", self.source)
        form.addRow(
            translated_label("MoneyPanel", QT_TRANSLATE_NOOP("MoneyPanel", "Time of use")),
            self.tou,
        )
        for kind, spin in self.capex.items():
            form.addRow(translated_label("MoneyPanel", CAPEX_LABELS[kind]), spin)
        form.addRow(
            translated_label("MoneyPanel", QT_TRANSLATE_NOOP("MoneyPanel", "O&&M")), self.om
        )
        form.addRow(
            translated_label("MoneyPanel", QT_TRANSLATE_NOOP("MoneyPanel", "Discount rate")),
            self.discount,
        )
        form.addRow(
            translated_label("MoneyPanel", QT_TRANSLATE_NOOP("MoneyPanel", "Lifetime")),
            self.lifetime,
        )
        form.addRow(
            translated_label("MoneyPanel", QT_TRANSLATE_NOOP("MoneyPanel", "Grid factor")),
            self.factor,
        )
        form.addRow("", self.count_exports)
        form.addRow(
            translated_label("MoneyPanel", QT_TRANSLATE_NOOP("MoneyPanel", "Electricity in tce")),
            self.method,
        )
        for key, spin in self.carriers.items():
            form.addRow(translated_label("MoneyPanel", CARRIER_LABELS[key]), spin)
        form.addRow(
            translated_label("MoneyPanel", QT_TRANSLATE_NOOP("MoneyPanel", "Park's electricity")),
            self.park_electricity,
        )
        form.addRow(
            translated_label("MoneyPanel", QT_TRANSLATE_NOOP("MoneyPanel", "Hourly grid factors")),
            self.hourly,
        )
        self.tariff.activated.connect(self._economics_edited)
        for spin in (
            self.price,
            self.export_price,
            self.demand,
            *self.capex.values(),
            self.om,
            self.discount,
            self.lifetime,
        ):
            spin.editingFinished.connect(self._economics_edited)
        self.factor.activated.connect(self._carbon_edited)
        self.method.activated.connect(self._carbon_edited)
        self.count_exports.clicked.connect(self._carbon_edited)
        for spin in (*self.carriers.values(), self.park_electricity):
            spin.editingFinished.connect(self._carbon_edited)
        self.hourly.editingFinished.connect(self._carbon_edited)
        self.tou.tariff_edited.connect(self._tou_edited)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_factors()
        super().changeEvent(event)

    def _name_factors(self) -> None:
        """The grid factors' names (from the factor table) in the window's language."""
        words = core_words()
        for index in range(self.factor.count()):
            factor = grid_factor(self.factor.itemData(index))
            self.factor.setItemText(index, f"{words(factor.label)} ({factor.kg_per_kwh})")

    def set_settings(self, economics: Economics | None, carbon: CarbonSettings | None) -> None:
        """Show the project's settings (defaults where it has none)."""
        self._economics = economics
        self._carbon = carbon or CarbonSettings()
        widgets = (
            self.tariff,
            self.price,
            self.export_price,
            *self.capex.values(),
            self.om,
            self.discount,
            self.lifetime,
            self.factor,
            self.count_exports,
            self.method,
            *self.carriers.values(),
            self.park_electricity,
            self.hourly,
        )
        with signals_blocked(*widgets):
            costs = economics.costs if economics else Costs()
            tariff = economics.tariff if economics else flat_tariff(FLAT_DEFAULT_PRICE)
            preset = (
                "flat"
                if tariff.name.startswith("flat") or len(tariff.periods) == 1
                else "guangdong"
            )
            self.tariff.setCurrentIndex(self.tariff.findData(preset))
            self.price.setValue(tariff.periods[0].price_per_kwh)
            self.price.setEnabled(preset == "flat")
            self.export_price.setValue(tariff.export_price_per_kwh)
            self.demand.setValue(tariff.demand_charge_per_kw_month)
            self.tou.set_tariff(tariff)
            self.source.setText(
                tariff.source if economics else "No tariff yet: set one to see money."
            )
            prices = dict(costs.capex_per_wp)
            for kind, spin in self.capex.items():
                spin.setValue(prices.get(kind, 0.0))
            self.om.setValue(costs.om_per_kwp_year)
            self.discount.setValue(100.0 * costs.discount_rate)
            self.lifetime.setValue(costs.lifetime_years)
            self.factor.setCurrentIndex(self.factor.findData(self._carbon.grid_factor))
            self.count_exports.setChecked(self._carbon.count_exports)
            self.method.setCurrentIndex(self.method.findData(self._carbon.electricity_method))
            amounts = dict(self._carbon.other_carriers)
            for key, spin in self.carriers.items():
                spin.setValue(amounts.get(key, 0.0))
            self.park_electricity.setValue(self._carbon.park_electricity_kwh or 0.0)
            self.hourly.setText(", ".join(f"{v:g}" for v in self._carbon.hourly_factors))

    def _economics_edited(self) -> None:
        key = self.tariff.currentData()
        if key == "flat":
            tariff = flat_tariff(self.price.value(), self.export_price.value())
        else:
            tariff = replace(tariff_preset(key), export_price_per_kwh=self.export_price.value())
        tariff = replace(tariff, demand_charge_per_kw_month=self.demand.value())
        self._emit_economics(tariff)

    def _tou_edited(self, tariff) -> None:
        self._emit_economics(
            replace(
                tariff,
                export_price_per_kwh=self.export_price.value(),
                demand_charge_per_kw_month=self.demand.value(),
            )
        )

    def _emit_economics(self, tariff) -> None:
        costs = self._economics.costs if self._economics else Costs()
        costs = replace(
            costs,
            capex_per_wp=tuple((kind, spin.value()) for kind, spin in self.capex.items()),
            om_per_kwp_year=self.om.value(),
            discount_rate=self.discount.value() / 100.0,
            lifetime_years=int(self.lifetime.value()),
        )
        edited = Economics(tariff, costs)
        if edited != self._economics:
            self._economics = edited
            self.economics_edited.emit(edited)

    def _carbon_edited(self) -> None:
        try:
            hourly = tuple(float(v) for v in self.hourly.text().split(",") if v.strip())
        except ValueError:
            hourly = (float("nan"),)
        if hourly and (len(hourly) != 24 or not all(0 <= v <= 2 for v in hourly)):
            self.invalid.emit(
                f"hourly grid factors: expected 24 numbers in 0..2 kgCO2/kWh, "
                f"got {self.hourly.text()!r}"
            )
            self.hourly.setText(", ".join(f"{v:g}" for v in self._carbon.hourly_factors))
            return
        electricity = self.park_electricity.value()
        edited = replace(
            self._carbon,
            grid_factor=self.factor.currentData(),
            count_exports=self.count_exports.isChecked(),
            electricity_method=self.method.currentData(),
            other_carriers=tuple(
                (key, spin.value()) for key, spin in self.carriers.items() if spin.value() > 0
            ),
            park_electricity_kwh=electricity if electricity > 0 else None,
            hourly_factors=hourly,
        )
        if edited != self._carbon:
            self._carbon = edited
            self.carbon_edited.emit(edited)
