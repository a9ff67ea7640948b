"""The core's words in the user's language, without Qt.

Texts that reach users from the core (report headings and tables, chart labels, summary
figures, warnings and notes) are marked with :func:`N_` and a context, e.g.
``N_("Report", "Annual energy (AC)")`` or, with parameters,
``N_("Report", "DC/AC ratio {ratio}").format(ratio="1.20")``. A marked text is an English
``str`` (:class:`Text`) that remembers its source and parameters, so it prints in
English anywhere and :class:`Words` renders it in another language.

Translations are the same Qt ``.ts`` file the window uses: ``pyside6-lupdate`` finds the
marks because ``N_`` is passed to it as an alias of ``QT_TRANSLATE_NOOP``
(``python -m bipv_designer.ui.i18n``); here the file is read with the standard library.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from typing import Any

from bipv_designer.paths import resource

ENGLISH, CHINESE = "en", "zh_CN"
LANGUAGE_CODES = {"en": ENGLISH, "zh": CHINESE, "zh_CN": CHINESE}
"""Language names accepted on the command line and in files, to the codes used here."""
LIST_SEPARATORS = {ENGLISH: ", ", CHINESE: "、"}
"""How each language separates the items of a list."""
CJK_CHARACTERS = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\uffef]")
"""CJK radicals, symbols, kana, ideographs, hangul and full-width forms."""
MARKER = "N_"
"""The name lupdate is told to read as QT_TRANSLATE_NOOP."""


def has_cjk(text: str) -> bool:
    """True when ``text`` holds CJK characters."""
    return CJK_CHARACTERS.search(text) is not None


def naming_words(name: str) -> Words:
    """The language of names the program gives to new things inside something named
    ``name`` (a project, a building, a surface): Chinese when that name holds Chinese
    characters ("1号厂房 屋面 南"), English otherwise ("Hall A roof S"). Names are data:
    they do not change when the window's language does."""
    return Words(CHINESE) if has_cjk(name) else ENGLISH_WORDS


def ts_file(language: str):
    """The Qt translation source of ``language``."""
    return resource("i18n", f"bipv_designer_{language}.ts")


class Text(str):
    """An English text that can be rendered in another language: its context, source
    (with ``{name}`` or ``{name:.1f}`` placeholders) and parameters (texts, rendered in
    the same language; tuples, listed with the language's separator; or values)."""

    context: str
    source: str
    params: dict[str, Any]
    given: dict[str, str]

    def __new__(
        cls,
        context: str,
        source: str,
        params: dict[str, Any] | None = None,
        given: dict[str, str] | None = None,
    ):
        params = params or {}
        english = {k: _listed(v, LIST_SEPARATORS[ENGLISH], str) for k, v in params.items()}
        text = super().__new__(cls, source.format(**english) if params else source)
        text.context, text.source, text.params = context, source, params
        text.given = given or {}
        return text

    def __reduce__(self):
        return Text, (self.context, self.source, self.params, self.given)

    def format(self, **params: Any) -> Text:  # type: ignore[override]
        """This text with its ``{name}`` placeholders filled."""
        return Text(self.context, self.source, params, self.given)


def data_text(source: str, given: dict[str, str]) -> Text:
    """A text from a data file with its translations ``{language code: text}`` beside it
    (e.g. a factor table's ``label_zh``)."""
    return Text("", source, given={k: v for k, v in given.items() if v})


def N_(context: str, source: str) -> Text:
    """Mark ``source`` for translation in ``context``; it stays English until rendered
    by :class:`Words`."""
    return Text(context, source)


class Words:
    """Renders texts in one language; plain strings pass unchanged."""

    def __init__(self, language: str = ENGLISH) -> None:
        self.language = LANGUAGE_CODES.get(language, language)
        self._table = _translations(self.language) if self.language != ENGLISH else {}

    @property
    def chinese(self) -> bool:
        """True when the texts come out in Chinese."""
        return self.language == CHINESE

    def __call__(self, text: object) -> str:
        """``text`` in this language (its parameters too)."""
        if not isinstance(text, Text):
            return str(text)
        source = text.given.get(self.language) or self._table.get(
            (text.context, text.source), text.source
        )
        if not text.params:
            return source
        separator = LIST_SEPARATORS.get(self.language, LIST_SEPARATORS[ENGLISH])
        return source.format(**{k: _listed(v, separator, self) for k, v in text.params.items()})

    def translate(self, context: str, source: str) -> str:
        """The translation of ``source`` in ``context`` (English when there is none)."""
        return self._table.get((context, source), source)


def _listed(value: Any, separator: str, render) -> Any:
    """A parameter as printed: a tuple's items rendered and joined, a text rendered."""
    if isinstance(value, tuple):
        return separator.join(render(item) for item in value)
    return render(value) if isinstance(value, Text) else value


@cache
def _translations(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, from the language's .ts file."""
    path = ts_file(language)
    if not path.is_file():
        raise ValueError(f"no translation for language {language!r} ({path} is missing)")
    table = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {
                "unfinished",
                "obsolete",
                "vanished",
            }:
                continue
            table[(name, message.findtext("source") or "")] = translation.text or ""
    return table


ENGLISH_WORDS = Words()
"""The texts as written (the default of functions that take a ``words``)."""
