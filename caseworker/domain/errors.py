"""Errors by whose fault they are.

Every ``CaseworkerError`` is something a user can understand and act on: its ``message`` is a
translatable template (marked with ``N_``) and ``params`` fill it. Anything else that escapes a
service is a bug and is shown as one (with the log's path), never dressed up as advice.
"""

from __future__ import annotations

from typing import Any

from caseworker.domain.i18n import N_


class CaseworkerError(Exception):
    """A problem the user can understand and act on."""

    code: str = "error"
    default_message: str = N_("The action could not be completed.")

    def __init__(self, message: str | None = None, /, **params: Any) -> None:
        self.message = message or self.default_message
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        """The message in English with its values filled in (the UI translates first)."""
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message


class ValidationError(CaseworkerError):
    """Input that cannot be accepted; ``field`` names the form field it belongs beside."""

    code = "invalid"
    default_message = N_("This value is not valid.")

    def __init__(self, field: str, message: str | None = None, /, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)


class ValidationErrors(CaseworkerError):
    """Several field errors found at once, so a form can show each beside its field."""

    code = "invalid"
    default_message = N_("Some values need correcting.")

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        super().__init__(self.default_message)

    def by_field(self) -> dict[str, str]:
        return {e.field: e.text() for e in self.errors}


class NotPermitted(CaseworkerError):
    code = "not_permitted"
    default_message = N_("You are not permitted to {action}.")


class NotFound(CaseworkerError):
    code = "not_found"
    default_message = N_("{what} {ident} was not found.")


class RuleViolation(CaseworkerError):
    """A business rule refused the action (a cap, a workflow step, a budget)."""

    code = "rule"


class ConflictError(CaseworkerError):
    """Someone else saved the same record meanwhile: reload and try again."""

    code = "conflict"
    default_message = N_(
        "This {what} was changed by {name} at {when} meanwhile — reload it and try again."
    )


class StorageError(CaseworkerError):
    """The database could not do what was asked (full disk, damaged file, busy, unreachable)."""

    code = "storage"
    default_message = N_("The database could not complete the action.")


class AuthenticationError(CaseworkerError):
    code = "auth"
    default_message = N_("The user name or password is not correct.")
