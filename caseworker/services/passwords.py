"""Password hashing with argon2id.

The parameters are argon2-cffi's RFC 9106 "low memory" profile (t=3, m=64 MiB, p=4), well above
OWASP's minimum for argon2id (m=19 MiB, t=2, p=1). Hashes made with weaker parameters are
re-hashed at the next successful sign-in.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from caseworker.domain.errors import ValidationError
from caseworker.domain.i18n import N_

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024

_hasher = PasswordHasher()


def set_hasher(hasher: PasswordHasher) -> None:
    """Swap the hasher (the test suite uses a cheap one; production never calls this)."""
    global _hasher
    _hasher = hasher


def hasher() -> PasswordHasher:
    return _hasher


def check_new_password(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(field, N_("A password needs at least {n} characters."),
                              n=MIN_PASSWORD_LENGTH)
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(field, N_("A password can have at most {n} characters."),
                              n=MAX_PASSWORD_LENGTH)
    if "\x00" in password:
        raise ValidationError(field, N_("A password cannot contain a NUL character."))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True
