"""What a catalogue file would change, shown before anything is written.

The clerk sees how many parts are new, changed and unchanged, every change field by field (now →
after the import), and a warning when empty cells would clear values; "Import" writes it, Cancel
(or Esc) leaves the catalogue as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from partsdesk.i18n import Translator
from partsdesk.services.catalog_import import Plan, label, shown
from partsdesk.ui import style
from partsdesk.ui.widgets import fill, small_table

tr = Translator("ImportDialog")

SHOWN = 2000        # changes listed; the rest are counted


class ImportPreviewDialog(QDialog):
    """New, changed and unchanged parts of a checked file; Import or Cancel."""

    def __init__(self, file_name: str, plan: Plan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(tr("Import {file}?", file=file_name))
        self.plan = plan
        self.heading = QLabel(tr("<b>{file}</b> would change the catalogue like this:",
                                 file=file_name))
        self.summary = QLabel(plan.summary())
        self.summary.setWordWrap(True)
        self.cleared = QLabel(self._cleared_text())
        self.cleared.setWordWrap(True)
        self.cleared.setStyleSheet(f"color: {style.STATUS_COLOURS['warning']};")
        self.cleared.setVisible(bool(plan.cleared()))
        self.table = small_table([tr("Part No."), tr("Field"), tr("Now"), tr("After the import")],
                                 stretch=(2, 3), takes_focus=False)
        changes = [change for changes in plan.changes.values() for change in changes]
        fill(self.table, [(c.part_no, c.label, shown(c.before), shown(c.after))
                          for c in changes[:SHOWN]])
        self.table.setVisible(bool(changes))
        self.more = QLabel(tr("… and {n} more changes.", n=len(changes) - SHOWN))
        self.more.setVisible(len(changes) > SHOWN)
        self.nothing = QLabel(tr("Every part in the file is already as the file says."))
        self.nothing.setVisible(not plan.new and not plan.changes)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.import_button = buttons.addButton(tr("Import"), QDialogButtonBox.AcceptRole)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(bool(plan.new or plan.changes))
        self.cancel_button = buttons.button(QDialogButtonBox.Cancel)
        self.cancel_button.setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (self.heading, self.summary, self.cleared, self.nothing, self.table,
                       self.more, buttons):
            layout.addWidget(widget)
        if not changes:
            layout.addStretch(1)
        self.resize(760, 480 if changes else 220)

    def _cleared_text(self) -> str:
        said = tr(", ").join(tr.plural(count, "{field} of {n} part", "{field} of {n} parts",
                                   field=label(name))
                         for name, count in self.plan.cleared().items())
        return tr("Empty cells clear values: {fields}. Fill the cells in the file to keep them.",
                  fields=said)
