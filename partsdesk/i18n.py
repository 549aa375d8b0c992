"""Translations without Qt, so services, documents and the CLI speak the user's language too.

Sources are Qt Linguist ``.ts`` files in ``resources/translations/zh_CN/`` (one per module); they are read directly, no compile step.  Every module marks its strings
with a :class:`Translator` named for its context::

    tr = Translator("Catalog")
    raise NotFound(tr("Part {part_no} does not exist.", part_no=part_no))

A text that is kept to be said later, perhaps in another language (a history event), is made with
``tr.message("Part {part_no} created", part_no=...)``: a :class:`Message` that says itself in the
reader's language whenever it is read.

The UI installs a QTranslator that asks this module, so Qt Designer forms use the same files.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from partsdesk import resources

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}

_language = "en"
_catalog: dict[tuple[str, str], str] | None = None


def system_language() -> str:
    """The PC's language, as one of LANGUAGES (Chinese if the system speaks any Chinese)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(var):
            code = os.environ[var]
            break
    else:
        code = locale.getlocale()[0] or ""
    return "zh_CN" if code.lower().startswith(("zh", "chinese")) else "en"


def set_language(code: str) -> None:
    global _language
    _language = code if code in LANGUAGES else "en"


def language() -> str:
    return _language


def load_catalog(directory: Path | None = None) -> dict[tuple[str, str], str]:
    """All finished translations: (context, source) -> Chinese text."""
    directory = directory or resources.path("translations", "zh_CN")
    catalog: dict[tuple[str, str], str] = {}
    for ts in sorted(directory.rglob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None or not node.text:
                    continue
                if node.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                catalog[(name, source)] = node.text
    return catalog


def translate(context: str, text: str, lang: str | None = None) -> str:
    global _catalog
    if (lang or _language) == "en":
        return text
    if _catalog is None:
        _catalog = load_catalog()
    return _catalog.get((context, text), text)


@dataclass(frozen=True)
class Message:
    """A text kept to be said later: its context, its English template and its parameters.

    ``str()`` is the text in the current language, ``text(lang)`` in a given one. A parameter
    may itself be a Message (a state, a role, a kind: said in the same language as the text) or a
    list of values, said one after the other with "; ". ``data()`` / ``from_data()`` keep it as
    JSON-ready data (``key`` is "context|template").
    """
    context: str
    template: str
    params: dict = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        translated = translate(self.context, self.template, lang)
        if not self.params:
            return translated
        return translated.format(**{k: _said(v, lang) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.text()

    @property
    def key(self) -> str:
        return f"{self.context}|{self.template}"

    def data(self) -> dict:
        """JSON-ready parameters: a nested Message as {"message": key, "params": {...}}."""
        return {k: _data(v) for k, v in self.params.items()}

    @classmethod
    def from_data(cls, key: str, params: dict | None = None) -> "Message":
        context, _, template = key.partition("|")
        return cls(context, template, {k: _value(v) for k, v in (params or {}).items()})


def _said(value, lang: str | None):
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_said(v, lang)) for v in value)
    return value


def _data(value):
    if isinstance(value, Message):
        return {"message": value.key, "params": value.data()}
    if isinstance(value, (list, tuple)):
        return [_data(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)           # Decimal, date: kept as they are written


def _value(data):
    if isinstance(data, dict) and "message" in data:
        return Message.from_data(data["message"], data.get("params"))
    if isinstance(data, list):
        return [_value(v) for v in data]
    return data


class Translator:
    """``tr("text {name}", name=...)`` for one translation context.

    ``tr.mark("text")`` only marks a string for extraction (for tables of labels defined at import
    time); translate it later with ``tr(label)``. ``tr.plural(n, "{n} line", "{n} lines")`` says a
    count with the right word (Chinese has no plural: both forms get the same translation).
    ``tr.message(...)`` and ``tr.plural_message(...)`` make the same texts as a :class:`Message`
    to be said later in the reader's language.
    """

    def __init__(self, context: str):
        self.context = context

    def __call__(self, text: str, /, **params) -> str:
        translated = translate(self.context, text)
        return translated.format(**params) if params else translated

    def lang(self, lang: str, text: str, /, **params) -> str:
        """Translate into a given language (documents print in the customer's language)."""
        translated = translate(self.context, text, lang)
        return translated.format(**params) if params else translated

    def plural(self, n, one: str, many: str, /, *, lang: str | None = None, **params) -> str:
        """``one`` when ``n`` is 1, else ``many``; ``{n}`` is the count (with thousands
        separators) unless the caller passes its own ``n``; ``lang`` as in :meth:`lang`."""
        params.setdefault("n", f"{n:,}" if isinstance(n, int) else n)
        text = one if n == 1 else many
        return self.lang(lang, text, **params) if lang else self(text, **params)

    def message(self, text: str, /, **params) -> Message:
        """``text`` with ``params`` kept to be said later, in whatever language it is read."""
        return Message(self.context, text, params)

    def plural_message(self, n, one: str, many: str, /, **params) -> Message:
        """:meth:`plural` as a :class:`Message`."""
        params.setdefault("n", f"{n:,}" if isinstance(n, int) else n)
        return self.message(one if n == 1 else many, **params)

    @staticmethod
    def mark(text: str) -> str:
        return text
