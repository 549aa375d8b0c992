"""Qt asks the same translation files as the rest of PartsDesk.

Designer forms call ``QCoreApplication.translate(form, text)``; this translator answers from
``partsdesk.i18n``, so a form and the code around it share one ``.ts`` catalogue. Qt's own texts
(OK, Cancel, Yes, No in standard dialogs) come from Qt's ``qtbase`` translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from partsdesk import i18n


class PartsDeskTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        text = i18n.translate(context, source)
        # None (a null QString) lets Qt ask the next translator (Qt's own texts) or keep the
        # source; an empty string would be taken as the translation.
        return None if text == source else text

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []


def install(language: str) -> None:
    """Switch the running application to ``language`` ("en" or "zh_CN")."""
    app = QCoreApplication.instance()
    i18n.set_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if i18n.language() != "en":
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
        if qt_own.load(QLocale(i18n.language()), "qtbase", "_", folder):
            _installed.append(qt_own)
    _installed.append(PartsDeskTranslator(app))
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(i18n.language() if i18n.language() != "en" else "en_GB"))
