"""The window's language: Chinese or English, chosen in View ▸ Language, remembered in
the settings, the system's language at the first start.

Translations are Qt's: ``resources/i18n/bipv_designer_zh_CN.ts`` (made by
``pyside6-lupdate`` from the ``tr()``, ``QCoreApplication.translate`` and
``QT_TRANSLATE_NOOP`` calls of ``bipv_designer/ui`` and the core's ``N_`` marks, see
``bipv_designer.words``), compiled to ``.qm`` by
``pyside6-lrelease`` (``python -m bipv_designer.ui.i18n``), and loaded with
``QTranslator`` together with Qt's own ``qtbase_zh_CN.qm`` (standard dialogs and
buttons). Texts set once are registered with :func:`translated`; switching the language
sets them again in the new language (:func:`retranslate`), without a restart.
"""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget

from bipv_designer import words
from bipv_designer.paths import resource
from bipv_designer.report.fonts import CJK_FONT
from bipv_designer.ui import settings

ENGLISH, CHINESE = words.ENGLISH, words.CHINESE
LANGUAGES = {CHINESE: "中文", ENGLISH: "English"}
"""Language codes and their names, each in its own language."""
LANGUAGE_KEY = "view/language"
TS_FILE = words.ts_file(CHINESE)
QM_FILE = resource("i18n", "bipv_designer_zh_CN.qm")
SOURCE_PROPERTY = "i18n_sources"
"""Dynamic property holding ``{setter name: (context, source text)}`` of an object's
translated texts."""
ITEMS_PROPERTY = "i18n_items"
"""Dynamic property holding (context, source texts) of a combo box's items."""
HEADERS_PROPERTY = "i18n_headers"
"""Dynamic property holding (context, source texts) of a table's column headings."""

_translators: list[QTranslator] = []


def initial_language() -> str:
    """The remembered language, else Chinese when the system speaks Chinese."""
    stored = settings.settings().value(LANGUAGE_KEY, "")
    if stored in LANGUAGES:
        return stored
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else ENGLISH


def install_language(code: str) -> None:
    """Use ``code`` for every text translated from now on; remembered in the settings.
    Either language gets the shipped CJK font, for machines without one: Chinese names
    and places show in the English window too."""
    settings.settings().setValue(LANGUAGE_KEY, code)  # first: LanguageChange reads it
    app = QCoreApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    use_cjk_font()
    if code == CHINESE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for folder, name in ((str(QM_FILE.parent), QM_FILE.stem), (qt_folder, "qtbase_zh_CN")):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _translators.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@cache
def use_cjk_font() -> None:
    """Register the shipped CJK font and let every family fall back to it."""
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        default = QFont().family()
        QFont.insertSubstitution(default, families[0])


def translated(target: QObject, context: str, source: str, setter: str = "setText") -> None:
    """Give ``target`` the translation of ``source`` now and after every language switch;
    ``source`` must be a literal marked with ``QT_TRANSLATE_NOOP(context, ...)`` (or
    ``tr`` in ``context``) so that lupdate finds it."""
    sources = dict(target.property(SOURCE_PROPERTY) or {})
    sources[setter] = (context, source)
    target.setProperty(SOURCE_PROPERTY, sources)
    getattr(target, setter)(QCoreApplication.translate(context, source))


def current_language() -> str:
    """The language the window speaks now (its code)."""
    stored = settings.settings().value(LANGUAGE_KEY, ENGLISH)
    return stored if stored in LANGUAGES else ENGLISH


def core_words() -> words.Words:
    """The core's texts (charts, summary figures, warnings) in the window's language."""
    return words.Words(current_language())


def translated_items(combo: QComboBox, context: str, items: list[tuple[str, object]]) -> None:
    """Fill ``combo`` with the translations of the item texts (marked with
    QT_TRANSLATE_NOOP) and their data, now and after every language switch."""
    combo.setProperty(ITEMS_PROPERTY, (context, [source for source, _ in items]))
    for source, data in items:
        combo.addItem(QCoreApplication.translate(context, source), data)


def translated_headers(table: QTableWidget, context: str, sources: list[str]) -> None:
    """Give ``table`` the translations of the column headings (marked with
    QT_TRANSLATE_NOOP), now and after every language switch."""
    table.setProperty(HEADERS_PROPERTY, (context, list(sources)))
    table.setHorizontalHeaderLabels([QCoreApplication.translate(context, s) for s in sources])


def translated_label(context: str, source: str) -> QLabel:
    """A label showing the translation of ``source`` (marked with QT_TRANSLATE_NOOP),
    now and after every language switch (for form rows)."""
    label = QLabel()
    translated(label, context, source)
    return label


def retranslate(root: QObject) -> None:
    """Set every registered text under ``root`` (and root itself) again."""
    for target in [root, *root.findChildren(QObject)]:
        for setter, (context, source) in (target.property(SOURCE_PROPERTY) or {}).items():
            getattr(target, setter)(QCoreApplication.translate(context, source))
        items = target.property(ITEMS_PROPERTY)
        if items:
            context, sources = items
            for index, source in enumerate(sources):
                target.setItemText(index, QCoreApplication.translate(context, source))
        headers = target.property(HEADERS_PROPERTY)
        if headers:
            context, sources = headers
            target.setHorizontalHeaderLabels(
                [QCoreApplication.translate(context, s) for s in sources]
            )


def lupdate_command(ts_file: Path, *options: str) -> list[str]:
    """pyside6-lupdate over every source of the package (the core's ``N_`` marks read as
    QT_TRANSLATE_NOOP) into ``ts_file``."""
    package = Path(__file__).resolve().parent.parent
    sources = sorted(str(p) for p in package.rglob("*.py"))
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    alias = f"QT_TRANSLATE_NOOP+={words.MARKER}"
    return [str(tool), *sources, "-tr-function-alias", alias, *options, "-ts", str(ts_file)]


def build_translations() -> None:
    """Update the .ts file from the sources and compile it (lupdate, lrelease)."""
    subprocess.run(lupdate_command(TS_FILE, "-no-obsolete"), check=True)
    tools = Path(sys.executable).parent
    subprocess.run(
        [str(tools / "pyside6-lrelease"), str(TS_FILE), "-qm", str(QM_FILE)], check=True
    )


if __name__ == "__main__":
    build_translations()
