"""The settings shared by every PC: organisation and dealer on the documents, claim rates and
approval limits, the retention time of defective parts and the stock-count threshold.

Only an administrator changes them; supervisors and managers see them read-only. The page
checks nothing itself: ``services.shared_settings`` hands the values to each workflow's service
and a refusal is shown under the field it names.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLineEdit, QPushButton,
                               QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from partsdesk.i18n import Translator
from partsdesk.services import shared_settings
from partsdesk.services.shared_settings import SharedSettings
from partsdesk.services.errors import PartsDeskError, ValidationError
from partsdesk.services.permissions import can
from partsdesk.services.setting_values import MOST_DAYS
from partsdesk.ui import messages
from partsdesk.ui.claims.form_fields import FieldMessages
from partsdesk.ui.pages import Page
from partsdesk.ui.part_dialog import FORM_STYLE, form_label
from partsdesk.ui.style import NO_ARROWS

tr = Translator("SharedSettings")

SECTION_NAMES = {"documents": tr.mark("Organisation and dealer"), "claims": tr.mark("Claims"),
                 "returns": tr.mark("Returns"), "counting": tr.mark("Stock count")}
# field -> (label, hint under it or "")
FIELDS = {
    "organisation": (tr.mark("Organisation"),
                     tr.mark("The manufacturer's service network or region, first line of every "
                             "voucher, claim package and statement.")),
    "dealer_name": (tr.mark("Dealer name"), ""),
    "dealer_code": (tr.mark("Dealer code"), tr.mark("The code the manufacturer gave this dealer.")),
    "dealer_address": (tr.mark("Address"), ""),
    "dealer_phone": (tr.mark("Phone"), ""),
    "labour_rate": (tr.mark("Labour rate per hour"),
                    tr.mark("New claims price their labour at this rate; saved claims keep "
                            "theirs.")),
    "approval_limit_1": (tr.mark("Warranty administrator approves up to"), ""),
    "approval_limit_2": (tr.mark("Supervisor approves up to"),
                         tr.mark("A claim above this total needs a manager. Claims already "
                                 "submitted keep their approval level.")),
    "repeat_days": (tr.mark("Repeat-claim window"),
                    tr.mark("A claim for the same vehicle and fault within this many days of "
                            "another one gets a warning.")),
    "retention_days": (tr.mark("Keep defective parts for"),
                       tr.mark("Days after the repair before a tagged part is overdue for its "
                               "return.")),
    "threshold": (tr.mark("Variance value needing a supervisor"),
                  tr.mark("A count whose variance of one part is worth more than this can only "
                          "be posted by a supervisor.")),
}
DAY_FIELDS = ("repeat_days", "retention_days")
MAX_LENGTH = 300        # what settlement keeps of a document line
BODY_WIDTH = 820
# A read-only spin box looks like a read-only line (style.qss greys only the line).
READ_ONLY_STYLE = "QSpinBox[readOnly=\"true\"] { background: #f1f5f9; color: #475569; }"


class SharedSettingsPage(Page):
    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("sharedSettingsPage")
        self.setStyleSheet(FORM_STYLE + READ_ONLY_STYLE)
        self.may_edit = can(user, "settings.edit")
        general = form_label("", "error")
        general.hide()
        self.errors = FieldMessages(general)
        self.inputs: dict[str, QLineEdit | QSpinBox] = {}
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(form_label(self._intro(), "hint"))
        for section, names in shared_settings.SECTIONS.items():
            column.addWidget(self._card(section, names))
        column.addWidget(general)
        column.addStretch(1)
        body = QWidget()
        body.setObjectName("sharedSettingsBody")
        body.setMaximumWidth(BODY_WIDTH)
        body.setLayout(column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(scroll)
        buttons = QWidget()                     # outside the scroll: always in reach
        buttons.setMaximumWidth(BODY_WIDTH)
        buttons.setLayout(self._buttons())
        layout.addWidget(buttons)
        self._align_labels()
        self.load()

    def _intro(self) -> str:
        if self.may_edit:
            return tr("These settings are kept in the database and apply on every PC at once.")
        return tr("These settings are kept in the database and apply on every PC at once. Only "
                  "an administrator can change them.")

    def _card(self, section: str, names: tuple[str, ...]) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        for name in names:
            label, hint = FIELDS[name]
            widget = self._input(name)
            box = self.errors.wrap(name, widget)
            if hint:
                box.layout().addWidget(form_label(tr(hint), "hint"))
            form.addRow(tr(label), box)
        layout = QVBoxLayout(card)
        layout.addWidget(form_label(tr(SECTION_NAMES[section]), "section"))
        layout.addLayout(form)
        return card

    def _input(self, name: str) -> QLineEdit | QSpinBox:
        if name in DAY_FIELDS:
            widget = QSpinBox()
            widget.setRange(1, MOST_DAYS)
            widget.setSuffix(tr(" days"))
            widget.setReadOnly(not self.may_edit)
            widget.setStyleSheet(NO_ARROWS)
            widget.setAlignment(Qt.AlignRight)
            widget.setMaximumWidth(160)
        else:
            widget = QLineEdit()
            widget.setMaxLength(MAX_LENGTH)
            widget.setReadOnly(not self.may_edit)
            if name not in shared_settings.DOCUMENT_FIELDS:      # amounts
                widget.setAlignment(Qt.AlignRight)
                widget.setMaximumWidth(160)
        widget.setObjectName(name)
        self.inputs[name] = widget
        return widget

    def _align_labels(self) -> None:
        # One label column for all cards, so the sections read as one form.
        labels = [form.labelForField(field) for form in self.findChildren(QFormLayout)
                  for field in (form.itemAt(row, QFormLayout.FieldRole).widget()
                                for row in range(form.rowCount()))]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)

    def _buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(tr("Undo changes"))
        self.undo_button.clicked.connect(self.load)
        row = QHBoxLayout()
        row.setContentsMargins(0, 8, 10, 0)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        row.addWidget(self.save_button)
        self.save_button.setVisible(self.may_edit)
        self.undo_button.setVisible(self.may_edit)
        return row

    # --- values -----------------------------------------------------------------------------
    def activated(self) -> None:
        # Another PC may have changed them; an edit in progress here is kept.
        if not self.changed():
            self.load()

    def load(self) -> None:
        self.errors.clear()
        values = shared_settings.current()
        for name, widget in self.inputs.items():
            value = getattr(values, name)
            if isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            else:
                widget.setText(value)
                widget.setCursorPosition(0)

    def values(self) -> SharedSettings:
        return SharedSettings(**{
            name: str(widget.value()) if isinstance(widget, QSpinBox) else widget.text()
            for name, widget in self.inputs.items()})

    def changed(self) -> list[str]:
        return shared_settings.changed_sections(self.values())

    def save(self) -> None:
        self.errors.clear()
        try:
            sections = shared_settings.save(self.user, self.values())
        except ValidationError as exc:
            self.errors.show(exc.field, str(exc))
            return
        except PartsDeskError as exc:
            messages.warning(self, str(exc))
            return
        self.load()
        if sections:
            messages.info(self, tr("Saved: {sections}. Every PC uses the new settings from now "
                                   "on.", sections=tr(", ").join(tr(SECTION_NAMES[s])
                                                                 for s in sections)))
        else:
            messages.info(self, tr("Nothing was changed."))
