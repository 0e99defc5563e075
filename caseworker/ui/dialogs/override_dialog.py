"""A manager overrides a blocked contact: the reasons it was blocked, and why it goes ahead anyway.

The reason is required; it is kept on the touchpoint and written to the audit log.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from caseworker.domain.guard import Verdict
from caseworker.ui.i18n import tr, tr_domain


class OverrideDialog(QDialog):
    def __init__(self, verdict: Verdict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Override the contact guard"))
        self.setMinimumWidth(460)
        intro = QLabel(tr("The guard blocked this contact because:"), self)
        reasons = QLabel("<ul style='margin-left: -20px'>" + "".join(
            f"<li>{tr_domain(r.message, **r.params)}</li>" for r in verdict.reasons) + "</ul>", self)
        reasons.setWordWrap(True)
        reasons.setAccessibleName(tr("Why the contact was blocked"))
        ask = QLabel(tr("Say why it should go ahead anyway. Your name and this reason are kept on the "
                        "contact and in the audit log."), self)
        ask.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(tr("Reason for the override"))
        self.reason.setPlaceholderText(tr("e.g. The supporter rang and asked us to call back today."))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        ask.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Override and save"))
        self.ok.setAccessibleName(tr("Override and save"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip())))
        layout = QVBoxLayout(self)
        for widget in (intro, reasons, ask, self.reason, self.buttons):
            layout.addWidget(widget)
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    @classmethod
    def ask(cls, verdict: Verdict, parent: QWidget | None = None) -> str | None:
        """The manager's reason, or None if they cancelled."""
        dialog = cls(verdict, parent)
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
