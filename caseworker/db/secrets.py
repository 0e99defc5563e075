"""Small secrets kept inside the database, encrypted (the mail server's password).

A secret is sealed with AES-256-GCM. On an encrypted SQLite file the key is derived (HKDF-SHA256)
from the database key that signing in unwrapped, so the secret opens wherever the database does
and nowhere else. A database server has no key the app holds, so the key is a random one kept in
this computer's configuration folder (``secrets.key``, readable by its owner only): a dump of the
server never reveals the password, and another laptop asks for it once again.

The sealed form names which kind of key sealed it, so the other kind is told apart from damage.
"""

from __future__ import annotations

import base64
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from caseworker.db.database import Database
from caseworker.domain.errors import RuleViolation
from caseworker.domain.i18n import N_

_INFO = b"caseworker stored secret v1"
_NONCE = 12


class SecretUnavailable(RuleViolation):
    default_message = N_("The mail server's password was saved on another computer or under another key: "
                         "enter it again in Settings.")


def _key_file() -> Path:
    from caseworker.settings import config_dir

    return config_dir() / "secrets.key"


def _local_key() -> bytes:
    path = _key_file()
    try:
        key = path.read_bytes()
        if len(key) == 32:
            return key
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def _key(db: Database) -> tuple[str, bytes]:
    if db.key is not None:
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(db.key)
        return "db", derived
    return "local", _local_key()


def seal(db: Database, plaintext: str, *, aad: bytes) -> str:
    kind, key = _key(db)
    nonce = secrets.token_bytes(_NONCE)
    sealed = AESGCM(key).encrypt(nonce, plaintext.encode("utf-8"), aad)
    return f"{kind}:{base64.b64encode(nonce + sealed).decode('ascii')}"


def unseal(db: Database, token: str, *, aad: bytes) -> str:
    kind, _, payload = token.partition(":")
    own_kind, key = _key(db)
    if kind != own_kind or not payload:
        raise SecretUnavailable()
    raw = base64.b64decode(payload)
    try:
        return AESGCM(key).decrypt(raw[:_NONCE], raw[_NONCE:], aad).decode("utf-8")
    except InvalidTag:
        raise SecretUnavailable() from None
