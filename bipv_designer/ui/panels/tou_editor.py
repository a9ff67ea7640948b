"""The time-of-use grid of a tariff, typed: periods with prices, and bands of hours per
months and day type (e.g. ``valley 0-8, flat 8-10, peak 10-12, ...``)."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipv_designer.economics.tariff import check_tariff
from bipv_designer.errors import BipvError
from bipv_designer.project.money_model import Tariff, TouBands, TouPeriod
from bipv_designer.ui.i18n import core_words, translated, translated_headers
from bipv_designer.ui.qt_util import signals_blocked


class TouEditor(QWidget):
    """Edits periods and bands; emits a checked Tariff or says what is wrong.

    Signals:
        tariff_edited(object): the Tariff after a change that passed the checks.
    """

    tariff_edited = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._tariff: Tariff | None = None
        self.periods = QTableWidget(0, 3)
        translated_headers(
            self.periods,
            "TouEditor",
            [
                QT_TRANSLATE_NOOP("TouEditor", "Period"),
                QT_TRANSLATE_NOOP("TouEditor", "Price /kWh"),
                QT_TRANSLATE_NOOP("TouEditor", "Export /kWh"),
            ],
        )
        self.bands = QTableWidget(0, 3)
        translated_headers(
            self.bands,
            "TouEditor",
            [
                QT_TRANSLATE_NOOP("TouEditor", "Months"),
                QT_TRANSLATE_NOOP("TouEditor", "Days"),
                QT_TRANSLATE_NOOP("TouEditor", "Hours"),
            ],
        )
        for table in (self.periods, self.bands):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().hide()
        self.add_period = QPushButton()
        translated(self.add_period, "TouEditor", QT_TRANSLATE_NOOP("TouEditor", "Add period"))
        self.add_band = QPushButton()
        translated(self.add_band, "TouEditor", QT_TRANSLATE_NOOP("TouEditor", "Add band"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.periods, self.add_period, self.bands, self.add_band, self.problem):
            layout.addWidget(widget)
        self.periods.itemChanged.connect(self._edited)
        self.bands.itemChanged.connect(self._edited)
        self.add_period.clicked.connect(self._add_period)
        self.add_band.clicked.connect(self._add_band)

    def set_tariff(self, tariff: Tariff) -> None:
        """Show ``tariff``."""
        self._tariff = tariff
        self.problem.clear()
        with signals_blocked(self.periods, self.bands):
            self.periods.setRowCount(len(tariff.periods))
            for row, period in enumerate(tariff.periods):
                export = (
                    ""
                    if period.export_price_per_kwh is None
                    else f"{period.export_price_per_kwh:g}"
                )
                for column, text in enumerate((period.name, f"{period.price_per_kwh:g}", export)):
                    self.periods.setItem(row, column, QTableWidgetItem(text))
            self.bands.setRowCount(len(tariff.bands))
            for row, bands in enumerate(tariff.bands):
                months = ",".join(str(m) for m in bands.months)
                hours = ", ".join(f"{name} {start}-{end}" for name, start, end in bands.hours)
                for column, text in enumerate((months, bands.day_type, hours)):
                    self.bands.setItem(row, column, QTableWidgetItem(text))

    def _add_period(self) -> None:
        if self._tariff is not None:
            name = f"period_{len(self._tariff.periods) + 1}"
            self._try(
                replace(self._tariff, periods=(*self._tariff.periods, TouPeriod(name, 0.0))),
                refresh=True,
            )

    def _add_band(self) -> None:
        if self._tariff is not None:
            first = self._tariff.periods[0].name
            band = TouBands((1,), "holiday", ((first, 0, 24),))
            self._try(replace(self._tariff, bands=(band, *self._tariff.bands)), refresh=True)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._tariff is None:
            return
        try:
            periods = tuple(self._period(row) for row in range(self.periods.rowCount()))
            bands = tuple(self._band(row) for row in range(self.bands.rowCount()))
        except ValueError as error:
            self.problem.setText(f"⚠ {core_words()(str(error))}")
            return
        self._try(replace(self._tariff, periods=periods, bands=bands, source="edited by the user"))

    def _try(self, tariff: Tariff, refresh: bool = False) -> None:
        try:
            check_tariff(tariff)
        except BipvError as error:
            self.problem.setText(f"⚠ {core_words()(str(error))}")
            return
        self.problem.clear()
        self._tariff = tariff
        if refresh:
            self.set_tariff(tariff)
        self.tariff_edited.emit(tariff)

    def _period(self, row: int) -> TouPeriod:
        name, price, export = (self._text(self.periods, row, c) for c in range(3))
        return TouPeriod(
            name,
            _number(price, f"period {name!r} price"),
            _number(export, f"period {name!r} export price") if export else None,
        )

    def _band(self, row: int) -> TouBands:
        months, day_type, hours = (self._text(self.bands, row, c) for c in range(3))
        try:
            month_numbers = tuple(int(m) for m in months.replace(" ", "").split(",") if m)
        except ValueError:
            raise ValueError(f"band {row + 1}: months {months!r}; expected e.g. 1,2,3") from None
        ranges = []
        for part in hours.split(","):
            try:
                name, span = part.strip().rsplit(" ", 1)
                start, end = (int(x) for x in span.split("-"))
            except ValueError:
                raise ValueError(
                    f"band {row + 1}: {part.strip()!r}; expected 'period start-end'"
                ) from None
            ranges.append((name.strip(), start, end))
        return TouBands(month_numbers, day_type, tuple(ranges))

    @staticmethod
    def _text(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""


def _number(text: str, what: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{what}: expected a number, got {text!r}") from None
