"""Settings → Mail server: the organisation's own SMTP server (managers).

The password field never shows the stored password: left empty it keeps it, and "Forget the
password" removes it. The service seals it before it reaches the database.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.errors import CaseworkerError
from caseworker.domain.mail import Security, ServerSettings
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import error_text, tr
from caseworker.ui.widgets.form import Form


class MailServerPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.form = Form(self)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("smtp.example.org")
        self.form.add("host", tr("Mail &server:"), self.host)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.form.add("port", tr("&Port:"), self.port)
        self.security = QComboBox(self)
        self.security.setAccessibleName(tr("Connection security"))
        self.security.addItem(tr("STARTTLS (usually port 587)"), Security.STARTTLS.value)
        self.security.addItem(tr("TLS from the start (usually port 465)"), Security.TLS.value)
        self.security.addItem(tr("None (only inside the office network)"), Security.NONE.value)
        self.form.add("security", tr("Se&curity:"), self.security)
        self.user = QLineEdit(self)
        self.form.add("user", tr("&User name:"), self.user)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password"))
        self.forget = QCheckBox(tr("Forget the stored password"), self)
        self.forget.setAccessibleName(tr("Forget the stored password"))
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.password, 1)
        row.addWidget(self.forget)
        self.form.add("password", tr("Pass&word:"), holder)
        self.from_address = QLineEdit(self)
        self.form.add("from_address", tr("Send &from:"), self.from_address)
        self.from_name = QLineEdit(self)
        self.form.add("from_name", tr("Sender &name:"), self.from_name)
        self.reply_to = QLineEdit(self)
        self.form.add("reply_to", tr("&Replies to:"), self.reply_to)
        self.unsubscribe = QLineEdit(self)
        self.unsubscribe.setPlaceholderText(tr("where appeals' unsubscribe requests go (the sender when empty)"))
        self.form.add("unsubscribe_address", tr("Unsu&bscribe to:"), self.unsubscribe)
        self.target = QSpinBox(self)
        self.target.setRange(1, 24 * 60)
        self.target.setSuffix(tr(" hours"))
        self.form.add("thank_target_hours", tr("Thank gifts &within:"), self.target)
        self.save_button = QPushButton(icons.icon("save"), tr("Save"), self)
        self.save_button.setAccessibleName(tr("Save the mail server settings"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Letters and e-mail go out through the organisation's own mail server. "
                          "The password is kept encrypted in the database."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.ctx.read(lambda s: (s.mail.server_settings(), s.mail.has_server_password()), self._loaded,
                      self._error)

    def _loaded(self, result: tuple[ServerSettings, bool]) -> None:
        self.loaded = True
        settings, has_password = result
        self.host.setText(settings.host)
        self.port.setValue(settings.port)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security.value)))
        self.user.setText(settings.user)
        self.password.clear()
        self.password.setPlaceholderText(tr("stored — leave empty to keep it") if has_password else tr("none stored"))
        self.forget.setChecked(False)
        self.from_address.setText(settings.from_address)
        self.from_name.setText(settings.from_name)
        self.reply_to.setText(settings.reply_to)
        self.unsubscribe.setText(settings.unsubscribe_address)
        self.target.setValue(settings.thank_target_hours)

    def settings(self) -> ServerSettings:
        return ServerSettings(self.host.text().strip(), self.port.value(), Security(self.security.currentData()),
                              self.user.text().strip(), self.from_address.text().strip(), self.from_name.text(),
                              self.reply_to.text().strip(), self.unsubscribe.text().strip(), self.target.value())

    def save(self) -> None:
        settings = self.settings()
        password = "" if self.forget.isChecked() else (self.password.text() or None)
        self.form.clear_errors()

        def done(_changes: object) -> None:
            self.status.setText(tr("Mail server settings saved."))
            self.reload()

        self.ctx.write(lambda s: s.mail.save_server_settings(settings, password), done, self._error)

    def _error(self, error: CaseworkerError) -> None:
        self.form.show_error(error)
        self.status.setText(error_text(error))
