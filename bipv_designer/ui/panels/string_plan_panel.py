"""The string plan: which strings of which array go to which MPPT input of which
inverter, with the design temperatures and the warnings of the plan."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from bipv_designer.layout.string_plan import PlanRow, plan_from_rows, plan_rows
from bipv_designer.layout.warnings import LayoutWarning
from bipv_designer.project.layout_model import InverterUse
from bipv_designer.project.model import Project
from bipv_designer.ui.i18n import core_words, translated, translated_headers

COLUMNS = (
    QT_TRANSLATE_NOOP("StringPlanPanel", "Inverter"),
    "MPPT",
    QT_TRANSLATE_NOOP("StringPlanPanel", "Array"),
    QT_TRANSLATE_NOOP("StringPlanPanel", "Modules"),
    QT_TRANSLATE_NOOP("StringPlanPanel", "Strings"),
)
MAX_MPPT_INPUTS = 64
MAX_MODULES_PER_STRING = 100
MAX_STRINGS = 1000
COMBO_CHARACTERS = 6
"""Characters a name cell shows before it is cut; the full name is in its list."""


class StringPlanPanel(QWidget):
    """Edits the project's string plan; each change is one undoable step.

    Signals:
        plan_edited(object): the tuple of InverterUse after one change.
        auto_requested(): plan the strings of every array from its chosen inverters.
    """

    plan_edited = Signal(object)
    auto_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._plan: tuple[InverterUse, ...] = ()
        self._array_ids: tuple[str, ...] = ()
        self.temperatures = QLabel()
        self.temperatures.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        translated_headers(self.table, "StringPlanPanel", list(COLUMNS))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for name_column in (0, 2):
            header.setSectionResizeMode(name_column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.auto = QPushButton()
        translated(
            self.auto,
            "StringPlanPanel",
            QT_TRANSLATE_NOOP("StringPlanPanel", "Plan strings automatically"),
        )
        translated(
            self.auto,
            "StringPlanPanel",
            QT_TRANSLATE_NOOP(
                "StringPlanPanel",
                "One plan for every array with chosen inverters and a module datasheet: "
                "the string length that wires the most modules, spread evenly over the inputs",
            ),
            "setToolTip",
        )
        self.add = QPushButton()
        translated(self.add, "StringPlanPanel", QT_TRANSLATE_NOOP("StringPlanPanel", "Add a row"))
        self.remove = QPushButton()
        translated(
            self.remove, "StringPlanPanel", QT_TRANSLATE_NOOP("StringPlanPanel", "Remove the row")
        )
        self.clear = QPushButton()
        translated(
            self.clear, "StringPlanPanel", QT_TRANSLATE_NOOP("StringPlanPanel", "Clear the plan")
        )
        self.ratios = QLabel()
        self.ratios.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add, self.remove, self.clear):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.auto)
        layout.addWidget(self.temperatures)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.ratios)
        layout.addWidget(self.warnings)
        self.auto.clicked.connect(self.auto_requested)
        self.add.clicked.connect(self._add_row)
        self.remove.clicked.connect(self._remove_row)
        self.clear.clicked.connect(lambda: self.plan_edited.emit(()))

    def set_plan(
        self,
        project: Project,
        temperatures: str,
        warnings: tuple[LayoutWarning, ...],
        dc_ac_ratios: dict[str, float],
    ) -> None:
        """Show the project's plan, the design temperatures in words, the DC/AC ratio of
        each planned inverter (by id) and the warnings."""
        self._plan = project.string_plan
        self.temperatures.setText(temperatures)
        self.table.setRowCount(0)
        uses = [(use.name, use.id) for use in project.string_plan]
        arrays = [(array.name, array.id) for array in project.arrays]
        self._array_ids = tuple(array.id for array in project.arrays)
        for row in plan_rows(project.string_plan):
            self._append(row, uses, arrays)
        self.remove.setEnabled(self.table.rowCount() > 0)
        self.add.setEnabled(bool(uses) and bool(arrays))
        self.clear.setEnabled(bool(project.string_plan))
        self.ratios.setText(
            "DC/AC: "
            + ", ".join(f"{u.name} {dc_ac_ratios[u.id]:.2f}" for u in project.string_plan)
            if project.string_plan
            else ""
        )
        if not project.string_plan:
            self.warnings.setText(
                self.tr(
                    "No string plan: each array feeds its own inverters. Choose inverters for "
                    "the arrays (layout panel), then plan the strings."
                )
            )
        elif warnings:
            words = core_words()
            self.warnings.setText("\n".join(f"⚠ {words(w.message)}" for w in warnings))
        else:
            self.warnings.setText(self.tr("No warnings: every module strung once, within limits."))

    def rows(self) -> tuple[PlanRow, ...]:
        """The table as plan rows."""
        return tuple(
            PlanRow(
                use_id=self._cell(r, 0).currentData(),
                mppt=self._cell(r, 1).value(),
                array_id=self._cell(r, 2).currentData(),
                modules_per_string=self._cell(r, 3).value(),
                string_count=self._cell(r, 4).value(),
            )
            for r in range(self.table.rowCount())
        )

    def _cell(self, row: int, column: int):
        return self.table.cellWidget(row, column)

    def _append(self, row: PlanRow, uses, arrays) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        widgets = (
            _combo(uses, row.use_id),
            _spin(1, MAX_MPPT_INPUTS, row.mppt),
            _combo(arrays, row.array_id),
            _spin(1, MAX_MODULES_PER_STRING, row.modules_per_string),
            _spin(1, MAX_STRINGS, row.string_count),
        )
        for column, widget in enumerate(widgets):
            self.table.setCellWidget(index, column, widget)
            if isinstance(widget, QComboBox):
                widget.activated.connect(self._edited)
            else:
                widget.editingFinished.connect(self._edited)

    def _edited(self) -> None:
        changed = plan_from_rows(self._plan, self.rows())
        if changed != self._plan:
            self.plan_edited.emit(changed)

    def _add_row(self) -> None:
        rows = self.rows()
        current = self.table.currentRow()
        template = rows[current] if 0 <= current < len(rows) else None
        if template is None:
            if not (self._plan and self._array_ids):
                return
            template = PlanRow(self._plan[0].id, 1, self._array_ids[0], 1, 1)
        self.plan_edited.emit(plan_from_rows(self._plan, (*rows, template)))

    def _remove_row(self) -> None:
        rows = list(self.rows())
        current = self.table.currentRow()
        if rows:
            del rows[current if 0 <= current < len(rows) else -1]
            self.plan_edited.emit(plan_from_rows(self._plan, tuple(rows)))


def _combo(items, current: str) -> QComboBox:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARACTERS)
    for name, key in items:
        combo.addItem(name, key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setKeyboardTracking(False)
    return spin
