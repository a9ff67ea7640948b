"""Find a place by its Chinese, pinyin or English name: a field, Enter, a list to pick
from, and "no match" when nothing is found."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from bipv_designer.ui.i18n import translated
from bipv_designer.ui.qt_util import signals_blocked
from bipv_designer.weather.gazetteer import Place, search_places

PLACES_SHOWN = 12
LIST_HEIGHT_PX = 140


class PlaceSearch(QWidget):
    """Searches the gazetteer when Enter is pressed.

    Signals:
        place_chosen(Place): the place picked in the list (the first one at once).
    """

    place_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        translated(
            self.field,
            "PlaceSearch",
            QT_TRANSLATE_NOOP("PlaceSearch", "City or county, e.g. Ordos, 鄂尔多斯, Erdos"),
            "setPlaceholderText",
        )
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.found.hide()
        self.places = QListWidget()
        self.places.setMaximumHeight(LIST_HEIGHT_PX)
        self.places.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.found)
        layout.addWidget(self.places)
        self.field.returnPressed.connect(self.search)
        self.field.textEdited.connect(lambda: self.found.hide())
        self.places.currentItemChanged.connect(self._picked)

    def search(self) -> None:
        """List the places matching the typed name; say so when none does."""
        text = self.field.text().strip()
        with signals_blocked(self.places):
            self.places.clear()
        matches = search_places(text, PLACES_SHOWN) if text else []
        self.places.setVisible(bool(matches))
        self.found.show()
        if not matches:
            self.found.setText(
                self.tr(
                    "No match for '{0}': try another spelling, or type the latitude and longitude."
                ).format(text)
            )
            return
        self.found.setText(self.tr("{0} found: pick one").format(len(matches)))
        for place in matches:
            item = QListWidgetItem(f"{place.label}  {place.latitude:.3f}, {place.longitude:.3f}")
            item.setData(Qt.ItemDataRole.UserRole, place)
            self.places.addItem(item)
        self.places.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            place: Place = item.data(Qt.ItemDataRole.UserRole)
            self.place_chosen.emit(place)
