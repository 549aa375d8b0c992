"""The one look of PartsDesk: Fusion style, a calm palette, the bundled CJK font, icons.

Colours live here and in ``resources/style.qss``; widgets get an object name or a ``role``
property and the style sheet does the rest, so no page paints its own colours.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QDir, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel

from partsdesk import resources
from partsdesk.services import claim_states  # the claim states a badge is coloured for

ACCENT = "#2563eb"
TEXT = "#1f2937"
MUTED = "#64748b"
NAV_TEXT = "#cbd5e1"
ICON_INK = "#334155"          # the stroke colour the SVG files are drawn with
# A status line's text after a scan or a change: good, needs a look, refused, plain.
STATUS_COLOURS = {"ok": "#1b6e3a", "warning": "#8a5a00", "error": "#b3261e", "": "#4b5563"}
# A spin box without arrows: typed or changed with the arrow keys. (NoButtons loses the text
# under the application style sheet.)
NO_ARROWS = "QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }"

_cjk_family: str | None = None

# text and background of the state badge, by state; anything later in the loop is green-grey
STATE_COLOURS = {
    claim_states.DRAFT: ("#334155", "#e2e8f0"),
    claim_states.SUBMITTED: ("#1e3a8a", "#dbeafe"),
    claim_states.APPROVED: ("#166534", "#dcfce7"),
    claim_states.PARTS_ISSUED: ("#115e59", "#ccfbf1"),
    claim_states.REPAIRED: ("#3f6212", "#ecfccb"),
    claim_states.REJECTED: ("#991b1b", "#fee2e2"),
    claim_states.CANCELLED: ("#6b7280", "#f3f4f6"),
}


def state_colours(state: str) -> tuple[str, str]:
    """(text, background) of a claim state's badge; the state's text colour in lists."""
    return STATE_COLOURS.get(state, ("#14532d", "#f0fdf4"))


def badge_style(state: str) -> str:
    """The style sheet of a claim's state badge (claim view, settlement panel)."""
    ink, paper = state_colours(state)
    return (f"background: {paper}; color: {ink}; border-radius: 9px; padding: 2px 10px; "
            "font-weight: 600;")


def person(user) -> str:
    """How a user is named on screen: the full name, else the user name."""
    return (user.full_name or user.username) if user is not None else ""


def caption(text: str, role: str = "hint") -> QLabel:
    """A label in one of the style's roles (hint, section, error …). Plain text: captions also
    show database text (a sender, a note), which must never be read as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    label.setProperty("role", role)
    return label


def error_line() -> QLabel:
    """A dialog's red line for a refusal, hidden until there is one. Plain text: the message
    quotes names and codes as users typed them."""
    label = caption("", "error")
    label.setWordWrap(True)
    label.hide()
    return label

def load_cjk_font() -> str | None:
    """Register the bundled Chinese font once, so Chinese never shows as boxes on any PC."""
    global _cjk_family
    if _cjk_family is None:
        font_id = QFontDatabase.addApplicationFont(str(resources.path(*resources.CJK_FONT)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _cjk_family = families[0] if families else ""
    return _cjk_family or None


def ui_font() -> QFont:
    """The system's UI font, with the bundled CJK font behind it for Chinese characters."""
    font = QFont(QApplication.font())
    base = font.family()
    cjk = load_cjk_font()
    if cjk:
        font.setFamilies([base, cjk])
        QFont.insertSubstitution(base, cjk)
    font.setPointSizeF(max(font.pointSizeF(), 9.5))
    return font


def palette() -> QPalette:
    pal = QPalette()
    colours = {
        QPalette.Window: "#f4f6f9", QPalette.WindowText: TEXT,
        QPalette.Base: "#ffffff", QPalette.AlternateBase: "#f8fafc",
        QPalette.Text: TEXT, QPalette.Button: "#ffffff", QPalette.ButtonText: TEXT,
        QPalette.Highlight: ACCENT, QPalette.HighlightedText: "#ffffff",
        QPalette.ToolTipBase: "#1f2937", QPalette.ToolTipText: "#ffffff",
        QPalette.PlaceholderText: "#94a3b8", QPalette.Link: ACCENT,
        QPalette.Mid: "#cbd5e1", QPalette.Midlight: "#e2e8f0", QPalette.Dark: "#94a3b8",
    }
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        pal.setColor(QPalette.Disabled, role, QColor("#94a3b8"))
    return pal


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(palette())
    app.setFont(ui_font())
    QDir.setSearchPaths("icons", [str(resources.path("icons"))])    # url(icons:…) in the QSS
    app.setStyleSheet(resources.path("style.qss").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _svg(name: str) -> str:
    return resources.path("icons", name).read_text(encoding="utf-8")


def icon(name: str, colour: str | None = None, selected_colour: str | None = None) -> QIcon:
    """An icon from resources/icons, optionally redrawn in another ink (light on the dark
    navigation bar), with a second ink for the selected state."""
    if colour is None:
        return QIcon(str(resources.path("icons", name)))
    result = QIcon()
    result.addPixmap(_render(name, colour), QIcon.Normal, QIcon.Off)
    result.addPixmap(_render(name, selected_colour or colour), QIcon.Selected, QIcon.Off)
    return result


def _render(name: str, colour: str, size: int = 48) -> QPixmap:
    svg = _svg(name).replace(ICON_INK, colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    try:
        renderer.render(painter)
    finally:
        painter.end()
    return pixmap


def app_icon() -> QIcon:
    return icon("partsdesk.svg")


# the symbol and ink of a message box, drawn like every other icon (not the platform's)
MESSAGE_ICONS = {"info": ("message-info.svg", ACCENT),
                 "warning": ("message-warning.svg", STATUS_COLOURS["warning"]),
                 "error": ("message-error.svg", STATUS_COLOURS["error"]),
                 "question": ("message-question.svg", ACCENT)}


def message_pixmap(level: str, size: int = 40) -> QPixmap:
    """A message box's symbol, sharp on a scaled screen too."""
    name, colour = MESSAGE_ICONS[level]
    ratio = QApplication.instance().devicePixelRatio() if QApplication.instance() else 1.0
    pixmap = _render(name, colour, round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
