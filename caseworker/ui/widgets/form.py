"""Forms with labels aligned and each validation message shown beside its field."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from caseworker.domain.errors import CaseworkerError, ValidationError, ValidationErrors
from caseworker.ui.colours import colour
from caseworker.ui.i18n import error_text


class Form(QWidget):
    """A QFormLayout whose fields each have a hidden error line beneath them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.general_error = QLabel(self)
        self.general_error.setObjectName("form-error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(f"color: {colour('error')};")
        self.general_error.hide()
        self.layout_.addRow(self.general_error)

    def add(self, key: str, label: str, field: QWidget) -> QWidget:
        host = QWidget(self)
        box = QVBoxLayout(host)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        error = QLabel(host)
        error.setObjectName(f"{key}-error")
        error.setStyleSheet(f"color: {colour('error')}; font-size: 11px;")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(field)
        if not field.accessibleName():
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        field.setObjectName(key)
        self.layout_.addRow(caption, host)
        self._errors[key] = error
        self._fields[key] = field
        return field

    def add_row(self, widget: QWidget) -> None:
        self.layout_.addRow(widget)

    def field(self, key: str) -> QWidget:
        return self._fields[key]

    def set_error(self, key: str, message: str) -> None:
        label = self._errors.get(key)
        if label is None:
            self.general_error.setText(message)
            self.general_error.show()
            return
        label.setText(message)
        label.setVisible(bool(message))

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def show_error(self, error: CaseworkerError) -> None:
        """Put each message beside its field; one that names no field goes on top."""
        self.clear_errors()
        if isinstance(error, ValidationErrors):
            for e in error.errors:
                self.set_error(e.field, error_text(e))
            first = next((self._fields[e.field] for e in error.errors if e.field in self._fields), None)
        elif isinstance(error, ValidationError):
            self.set_error(error.field, error_text(error))
            first = self._fields.get(error.field)
        else:
            self.set_error("", error_text(error))
            first = None
        if first is not None:
            first.setFocus()

    def error_of(self, key: str) -> str:
        label = self._errors.get(key)
        return label.text() if label is not None else self.general_error.text()
