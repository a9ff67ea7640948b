"""The park's load: meters (synthetic or imported), surplus sharing, export limit and
battery. Every change is emitted as a whole new ParkLoad (one undoable step)."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipv_designer.project.energy_model import (
    Battery,
    Dispatch,
    FactoryPattern,
    Meter,
    ParkLoad,
    SyntheticLoad,
    WorkingWeek,
)
from bipv_designer.project.ids import free_id
from bipv_designer.project.model import Building
from bipv_designer.ui.i18n import (
    translated,
    translated_headers,
    translated_items,
    translated_label,
)
from bipv_designer.ui.panels.fields import number_field
from bipv_designer.ui.qt_util import signals_blocked

NEW_METER_KWH = 1_000_000.0
"""Annual consumption of a new synthetic meter until the user types the bills' [kWh]."""
WEEK_LABELS = {
    WorkingWeek.MONDAY_TO_FRIDAY: QT_TRANSLATE_NOOP("LoadPanel", "Monday to Friday"),
    WorkingWeek.MONDAY_TO_SATURDAY: QT_TRANSLATE_NOOP("LoadPanel", "Monday to Saturday"),
    WorkingWeek.EVERY_DAY: QT_TRANSLATE_NOOP("LoadPanel", "Every day"),
}
SHIFT_LABELS = {
    1: QT_TRANSLATE_NOOP("LoadPanel", "1 shift"),
    2: QT_TRANSLATE_NOOP("LoadPanel", "2 shifts"),
    3: QT_TRANSLATE_NOOP("LoadPanel", "3 shifts"),
}


class LoadPanel(QWidget):
    """Edits the park's load.

    Signals:
        load_edited(object): the new ParkLoad (or None when the last meter goes).
        import_requested(): the user wants to import a meter file.
        invalid(str): a typed value that cannot be taken.
    """

    load_edited = Signal(object)
    import_requested = Signal()
    invalid = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._load = ParkLoad()
        self._buildings: tuple[Building, ...] = ()
        self.meters = QTableWidget(0, 2)
        translated_headers(
            self.meters,
            "LoadPanel",
            [QT_TRANSLATE_NOOP("LoadPanel", "Meter"), QT_TRANSLATE_NOOP("LoadPanel", "Load")],
        )
        self.meters.horizontalHeader().setStretchLastSection(True)
        self.meters.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.meters.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.add_synthetic = QPushButton()
        translated(
            self.add_synthetic, "LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Add synthetic meter")
        )
        self.add_file = QPushButton()
        translated(
            self.add_file, "LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Import meter file…")
        )
        self.remove = QPushButton()
        translated(self.remove, "LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Remove"))
        buttons = QVBoxLayout()
        for button in (self.add_synthetic, self.add_file, self.remove):
            buttons.addWidget(button)
        self.buildings = QListWidget()
        self.annual_kwh = number_field(0.0, 1e10, "", 0)
        translated(self.annual_kwh, "Units", QT_TRANSLATE_NOOP("Units", " kWh/yr"), "setSuffix")
        self.shifts = QComboBox()
        translated_items(
            self.shifts, "LoadPanel", [(label, n) for n, label in SHIFT_LABELS.items()]
        )
        self.week = QComboBox()
        translated_items(
            self.week, "LoadPanel", [(label, week) for week, label in WEEK_LABELS.items()]
        )
        self.monthly = QLineEdit()
        translated(
            self.monthly,
            "LoadPanel",
            QT_TRANSLATE_NOOP("LoadPanel", "or 12 monthly bills in kWh, comma-separated"),
            "setPlaceholderText",
        )
        self.shutdown_days = QSpinBox()
        self.shutdown_days.setRange(0, 30)
        translated(
            self.shutdown_days,
            "LoadPanel",
            QT_TRANSLATE_NOOP("LoadPanel", " days after the holiday"),
            "setSuffix",
        )
        self.base_load = number_field(0.0, 1.0, "", 2)
        self.cooling = number_field(0.0, 1.0, "", 2)
        self.share = QCheckBox()
        translated(
            self.share,
            "LoadPanel",
            QT_TRANSLATE_NOOP("LoadPanel", "A meter's surplus serves the others"),
        )
        self.export_limit = number_field(-1.0, 1e7, " kW", 0)
        translated(
            self.export_limit,
            "LoadPanel",
            QT_TRANSLATE_NOOP("LoadPanel", "no limit"),
            "setSpecialValueText",
        )
        self.battery_kwh = number_field(0.0, 1e7, " kWh", 0)
        translated(
            self.battery_kwh,
            "LoadPanel",
            QT_TRANSLATE_NOOP("LoadPanel", "no battery"),
            "setSpecialValueText",
        )
        self.battery_kw = number_field(0.0, 1e7, " kW", 0)
        self.dispatch = QComboBox()
        translated_items(
            self.dispatch,
            "LoadPanel",
            [
                (
                    QT_TRANSLATE_NOOP("LoadPanel", "Most self-consumption"),
                    Dispatch.SELF_CONSUMPTION,
                ),
                (
                    QT_TRANSLATE_NOOP("LoadPanel", "Discharge in peak-tariff hours"),
                    Dispatch.PEAK_SHAVING,
                ),
            ],
        )
        form = QFormLayout(self)
        form.addRow(self.meters)
        form.addRow(buttons)
        form.addRow(
            translated_label(
                "LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Buildings of the meter")
            ),
            self.buildings,
        )
        form.addRow(
            translated_label("LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Consumption")),
            self.annual_kwh,
        )
        form.addRow(
            translated_label("LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Monthly bills")),
            self.monthly,
        )
        form.addRow(
            translated_label("LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Shifts")), self.shifts
        )
        form.addRow(
            translated_label("LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Working week")),
            self.week,
        )
        form.addRow(
            translated_label("LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Base load (share)")),
            self.base_load,
        )
        form.addRow(
            translated_label("LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Cooling (share)")),
            self.cooling,
        )
        form.addRow(
            translated_label(
                "LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Spring Festival shutdown")
            ),
            self.shutdown_days,
        )
        form.addRow("", self.share)
        form.addRow(
            translated_label("LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Export limit")),
            self.export_limit,
        )
        form.addRow(
            translated_label("LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Battery")),
            self.battery_kwh,
        )
        form.addRow(
            translated_label("LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Battery power")),
            self.battery_kw,
        )
        form.addRow(
            translated_label("LoadPanel", QT_TRANSLATE_NOOP("LoadPanel", "Dispatch")),
            self.dispatch,
        )
        self.form = form
        self.add_synthetic.clicked.connect(self._add_synthetic)
        self.add_file.clicked.connect(self.import_requested)
        self.remove.clicked.connect(self._remove)
        self.meters.itemSelectionChanged.connect(self._show_meter)
        self.buildings.itemChanged.connect(self._meter_edited)
        for spin in (self.annual_kwh, self.base_load, self.cooling, self.shutdown_days):
            spin.editingFinished.connect(self._meter_edited)
        self.monthly.editingFinished.connect(self._meter_edited)
        for combo in (self.shifts, self.week):
            combo.activated.connect(self._meter_edited)
        self.share.clicked.connect(self._park_edited)
        for spin in (self.export_limit, self.battery_kwh, self.battery_kw):
            spin.editingFinished.connect(self._park_edited)
        self.dispatch.activated.connect(self._park_edited)

    def set_load(self, load: ParkLoad | None, buildings: tuple[Building, ...]) -> None:
        """Show the park's load (None: no meter yet)."""
        self._load = load or ParkLoad()
        self._buildings = buildings
        row = max(self.meters.currentRow(), 0)
        widgets = (self.share, self.export_limit, self.battery_kwh, self.battery_kw, self.dispatch)
        with signals_blocked(*widgets, self.meters):
            self.meters.setRowCount(len(self._load.meters))
            for k, meter in enumerate(self._load.meters):
                self.meters.setItem(k, 0, QTableWidgetItem(meter.name))
                self.meters.setItem(k, 1, QTableWidgetItem(_source(meter)))
            self.share.setChecked(self._load.share_surplus)
            limit = self._load.export_limit_kw
            self.export_limit.setValue(-1.0 if limit is None else limit)
            battery = self._load.battery
            self.battery_kwh.setValue(battery.capacity_kwh if battery else 0.0)
            self.battery_kw.setValue(battery.charge_kw if battery else 0.0)
            self.dispatch.setCurrentIndex(
                self.dispatch.findData(battery.dispatch if battery else Dispatch.SELF_CONSUMPTION)
            )
            if self._load.meters:
                self.meters.selectRow(min(row, len(self._load.meters) - 1))
        self._show_meter()

    def _selected(self) -> int:
        row = self.meters.currentRow()
        return row if 0 <= row < len(self._load.meters) else -1

    def _show_meter(self) -> None:
        row = self._selected()
        meter = self._load.meters[row] if row >= 0 else None
        synthetic = meter.synthetic if meter else None
        for widget in self._synthetic_fields():
            widget.setEnabled(synthetic is not None)
        with signals_blocked(*self._synthetic_fields(), self.buildings):
            self.buildings.clear()
            for building in self._buildings:
                item = QListWidgetItem(building.name)
                item.setData(Qt.ItemDataRole.UserRole, building.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = meter is not None and building.id in meter.building_ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.buildings.addItem(item)
            self.buildings.setEnabled(meter is not None)
            if synthetic is not None:
                self.annual_kwh.setValue(synthetic.annual_kwh or sum(synthetic.monthly_kwh))
                self.shifts.setCurrentIndex(self.shifts.findData(synthetic.pattern.shifts))
                self.week.setCurrentIndex(self.week.findData(synthetic.pattern.working_week))
                self.base_load.setValue(synthetic.pattern.base_load_fraction)
                self.cooling.setValue(synthetic.pattern.cooling_share)
                self.shutdown_days.setValue(synthetic.pattern.spring_festival_extra_days)
                self.monthly.setText(", ".join(f"{v:g}" for v in synthetic.monthly_kwh))

    def _synthetic_fields(self) -> tuple[QWidget, ...]:
        return (
            self.annual_kwh,
            self.monthly,
            self.shifts,
            self.week,
            self.base_load,
            self.cooling,
            self.shutdown_days,
        )

    def _add_synthetic(self) -> None:
        taken = {m.id for m in self._load.meters}
        meter_id, number = free_id("meter", taken)
        meter = Meter(
            meter_id,
            f"Meter {number}",
            synthetic=SyntheticLoad(FactoryPattern(), annual_kwh=NEW_METER_KWH),
        )
        self._emit(replace(self._load, meters=(*self._load.meters, meter)))
        self.meters.selectRow(len(self._load.meters) - 1)

    def _remove(self) -> None:
        row = self._selected()
        if row >= 0:
            meters = tuple(m for k, m in enumerate(self._load.meters) if k != row)
            self._emit(replace(self._load, meters=meters))

    def _meter_edited(self, *args) -> None:
        row = self._selected()
        if row < 0:
            return
        meter = self._load.meters[row]
        buildings = tuple(
            self.buildings.item(k).data(Qt.ItemDataRole.UserRole)
            for k in range(self.buildings.count())
            if self.buildings.item(k).checkState() == Qt.CheckState.Checked
        )
        edited = replace(meter, building_ids=buildings)
        if meter.synthetic is not None:
            pattern = replace(
                meter.synthetic.pattern,
                shifts=self.shifts.currentData(),
                working_week=WorkingWeek(self.week.currentData()),
                base_load_fraction=self.base_load.value(),
                cooling_share=self.cooling.value(),
                spring_festival_extra_days=self.shutdown_days.value(),
            )
            monthly = _monthly_bills(self.monthly.text())
            if monthly is None:
                self.invalid.emit(
                    f"monthly bills: expected 12 numbers in kWh, got {self.monthly.text()!r}"
                )
                self._show_meter()
                return
            synthetic = (
                SyntheticLoad(pattern, monthly_kwh=monthly)
                if monthly
                else SyntheticLoad(pattern, annual_kwh=self.annual_kwh.value())
            )
            edited = replace(edited, synthetic=synthetic)
        if edited != meter:
            meters = tuple(edited if k == row else m for k, m in enumerate(self._load.meters))
            self._emit(replace(self._load, meters=meters))

    def _park_edited(self) -> None:
        limit = self.export_limit.value()
        capacity = self.battery_kwh.value()
        power = self.battery_kw.value()
        battery = None
        if capacity > 0:
            base = self._load.battery or Battery(capacity, power, power)
            battery = replace(
                base,
                capacity_kwh=capacity,
                charge_kw=power,
                discharge_kw=power,
                dispatch=Dispatch(self.dispatch.currentData()),
            )
        edited = replace(
            self._load,
            share_surplus=self.share.isChecked(),
            export_limit_kw=None if limit < 0 else limit,
            battery=battery,
        )
        if edited != self._load:
            self._emit(edited)

    def _emit(self, load: ParkLoad) -> None:
        self._load = load
        self.load_edited.emit(load if load.meters else None)


def _source(meter: Meter) -> str:
    if meter.file is not None:
        return QCoreApplication.translate("LoadPanel", "file {0}").format(meter.file.path)
    synthetic = meter.synthetic
    total = synthetic.annual_kwh or sum(synthetic.monthly_kwh)
    shifts = QCoreApplication.translate("LoadPanel", SHIFT_LABELS[synthetic.pattern.shifts])
    return QCoreApplication.translate("LoadPanel", "synthetic, {0}, {1} kWh/yr").format(
        shifts, f"{total:,.0f}"
    )


def _monthly_bills(text: str) -> tuple[float, ...] | None:
    """Twelve kWh values from the field; () when empty; None when not 12 numbers >= 0."""
    if not text.strip():
        return ()
    try:
        values = tuple(float(v) for v in text.replace(";", ",").split(",") if v.strip())
    except ValueError:
        return None
    return values if len(values) == 12 and min(values) >= 0 else None
