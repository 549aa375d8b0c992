"""The pieces the claim form is built from: field messages that show every problem beside its
field, a grey hint line, a box for a code from a code table and a plain line edit. The code-table
and settings pages show their field errors with the same ``FieldMessages``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from partsdesk.services import codes
from partsdesk.services.claims import Problem
from partsdesk.ui.part_dialog import FieldErrors, form_label

# Where each field stands in the form: several problems are listed in this order and the first
# gets the focus. Entry fields of a part line share the line's message under the parts table.
FIELD_ORDER = ("vin", "model", "production_date", "warranty_start", "repair_date", "mileage",
               "fault_code", "cause_code", "labour", "price_reason", "replacement_reason",
               "failed_batch", "parts", "other_amount")


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldMessages(FieldErrors):
    """FieldErrors whose fields are added as the form is built (``wrap``, ``share``), and
    which shows every problem at once, each beside its field."""

    def __init__(self, general: QLabel):
        super().__init__(general, {})

    def share(self, name: str, widget: QWidget, under: str) -> None:
        """``widget``'s problems are told in the message of field ``under``."""
        self.fields[name] = (widget, self.fields[under][1])

    def show_all(self, problems: list[Problem]) -> None:
        """Each problem beside its field (several at one field one under the other), the rest
        in the form's general line; the first field in the form gets the focus."""
        self.clear()
        ordered = sorted(problems, key=lambda p: FIELD_ORDER.index(p.field)
                         if p.field in FIELD_ORDER else len(FIELD_ORDER))
        texts: dict[int, tuple[QLabel, list[str]]] = {}
        general = []
        for problem in ordered:
            if problem.field not in self.fields:
                general.append(problem.text)
                continue
            widget, error = self.fields[problem.field]
            texts.setdefault(id(error), (error, []))[1].append(problem.text)
            _mark(widget, True)
        for error, lines in texts.values():
            error.setText("\n".join(lines))
            error.show()
        if general:
            self.general.setText("\n".join(general))
            self.general.show()
        first = next((p.field for p in ordered if p.field in self.fields), None)
        if first is not None:
            self.fields[first][0].setFocus(Qt.OtherFocusReason)

    def wrap(self, name: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = form_label("", "error")
        error.hide()
        layout.addWidget(error)
        self.fields[name] = (widget, error)
        return box


class HintLine(QLabel):
    """A grey line of help that takes no room while it has nothing to say."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTextFormat(Qt.PlainText)    # names codes and models from the database
        self.setProperty("role", "hint")
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


class CodeBox(QComboBox):
    """A code from a code table, shown as "CODE · description"."""

    def __init__(self, table: str, placeholder: str, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMaxVisibleItems(14)
        self.addItem("", "")
        for row in codes.list_codes(table):
            self.addItem(codes.code_text(row), row.code)    # in the reader's language
        # Typing a code completes it in place (no popup to steal the keys of fast typists);
        # the drop-down lists every code with its description to choose by words.
        completer = self.completer()
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setCompletionMode(QCompleter.InlineCompletion)
        self.lineEdit().setPlaceholderText(placeholder)

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            return self.itemData(index) or ""
        return codes.normalise_code(text.split("·")[0])

    def set_code(self, code: str) -> None:
        index = self.findData(code or "")
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")


def line_edit(placeholder: str = "", width: int | None = None, limit: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(limit)
    if width:
        edit.setFixedWidth(width)
    return edit
