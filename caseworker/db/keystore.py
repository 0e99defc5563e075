"""The key store: random database keys, sealed once for each user's password.

An encrypted SQLite database (SQLCipher) is unlocked by a random 256-bit key that nobody types.
That key is kept in ``<database>.keys`` beside the file (it cannot live inside the file it
unlocks). Each entry of a user (a "wrap") holds an X25519 key pair: its private half is encrypted
with AES-256-GCM under a key derived from the user's password by argon2id, its public half is in
the clear, and the database key is sealed to that public half (an ephemeral X25519 exchange,
HKDF-SHA256, AES-256-GCM). Signing in derives the wrapping key once, opens the private key, then
the sealed database key; every new connection is handed the raw key (``PRAGMA key = "x'…'"``),
which SQLCipher uses without deriving anything again.

The public halves are what make rotation possible: an administrator can seal a *new* database
key to every remaining user without knowing their passwords, re-encrypt the file with it
(``PRAGMA rekey``) and drop a leaver's entries, so the leaver's old key file and password reveal
only the old key, which opens nothing any more. During a rotation each entry carries the new key
sealed beside the old one; whichever opens the file is kept (see :meth:`KeyStore.unlock`), so a
crash in the middle leaves a file that still opens. Version-1 files (the database key wrapped
directly by each password) are still read; such an entry cannot be re-sealed, so a rotation lists
those users for a password reset.

A database kept in one file per trust domain (``db.layout``, key file version 3) has a key per
file: each entry seals the main file's key and the keys of the domains its user's roles read,
all to the same public half, so a fundraiser's password reaches no key of the clients' file.
Changing someone's roles reseals their entry without their password; rotation and its crash
settlement work per file.

So an administrator can give a colleague a new password by wrapping the same database key again,
without re-encrypting the file; a wrong password fails the GCM tag and is told apart from a damaged
database file (the right key, but pages that do not decrypt) and from a missing key store.

Changing a password is two-step, so a crash never leaves a user without a working entry: the new
wrap is added beside the old one while the database transaction is open, and the old one is pruned
after the commit (or the new one removed after a rollback). A brand-new database, before its first
administrator exists, keeps its key "unclaimed" in the store; the first password set claims it.

Every change reads the file, changes it and writes it back under an exclusive lock on
``<database>.keys.lock``, so two people changing passwords at the same moment (two windows, or
the window and the command line) each keep their change instead of the later write dropping the
earlier one.

The file holds user names, never display names or anything about clients or donors.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from filelock import FileLock, Timeout

from caseworker.db.layout import PART_DOMAINS, FileKeys, part_path
from caseworker.db.trust_domains import TrustDomain
from caseworker.domain.errors import AuthenticationError, StorageError
from caseworker.domain.i18n import N_

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
FORMAT = "caseworker-keystore"
VERSION = 3
READABLE_VERSIONS = (1, 2, 3)
SUFFIX = ".keys"
LOCK_SUFFIX = ".lock"
MAX_FILE_BYTES = 4 * 1024 * 1024  # thousands of users' wraps fit in a few hundred KB
LOCK_TIMEOUT_S = 15.0  # a change holds the lock for milliseconds; this is a stuck or crashed peer
# Binds a wrap to its purpose; the user name is not part of it so a renamed account keeps its entry.
_AAD = b"caseworker database key v1"
_AAD_PRIVATE = b"caseworker private key v2"
_AAD_SEALED = b"caseworker sealed database key v2"
PUBLIC_BYTES = 32
PART_NAMES = tuple(d.value for d in PART_DOMAINS)


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost: RFC 9106's low-memory profile by default (t=3, 64 MiB, 4 lanes)."""

    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4

    def derive(self, password: str, salt: bytes) -> bytes:
        return hash_secret_raw(password.encode("utf-8"), salt, time_cost=self.time_cost,
                               memory_cost=self.memory_cost, parallelism=self.parallelism,
                               hash_len=KEY_BYTES, type=Type.ID)


_default_params = KdfParams()


def set_default_params(params: KdfParams) -> KdfParams:
    """Change the cost used for new wraps (tests use a cheap one); returns the previous value."""
    global _default_params
    previous, _default_params = _default_params, params
    return previous


def default_params() -> KdfParams:
    return _default_params


def keystore_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + SUFFIX)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


class KeyStoreMissing(StorageError):
    default_message = N_(
        "The database is encrypted but its key file {path} is missing. Restore the key file "
        "from the same backup as the database (it is kept beside each backup).")


class KeyStoreDamaged(StorageError):
    default_message = N_("The key file {path} is damaged. Restore it from the newest backup.")


class KeyStoreForAnotherDatabase(StorageError):
    default_message = N_(
        "The key file {path} belongs to another database, not to {database}. Put the key file that "
        "was saved with this database beside it (a backup's key file is named after the backup).")


class KeyStoreUnsafe(KeyStoreDamaged):
    default_message = N_(
        "The key file {path} asks for key derivation settings outside safe limits ({detail}); it "
        "may have been tampered with. Restore it from the newest backup.")


class WrongPassword(AuthenticationError):
    default_message = N_("The user name or password is not correct.")


# What a key file may ask of argon2id. Every wrap is derived on each sign-in, so a file that asked
# for a terabyte of memory or a million passes would crash or hang the app for anyone signing in:
# values outside these limits are refused as tampering. The ceiling is 16x the default's work
# (about 2-3 s here) and 1 GiB of memory; the floor admits the cheap settings tests use.
MAX_TIME_COST = 16
MAX_MEMORY_KIB = 1024 * 1024
MAX_WORK = 16 * 3 * 65536  # time_cost x memory_cost (KiB), i.e. memory passes
MAX_PARALLELISM = 16
MIN_SALT, MAX_SALT = 8, 64
TAG_BYTES = 16


def bounded_params(time_cost: Any, memory_cost: Any, parallelism: Any) -> KdfParams:
    """argon2id settings read from a file, refused (:class:`UnsafeKdf`) outside safe limits."""
    values = (time_cost, memory_cost, parallelism)
    if not all(type(v) is int for v in values):  # bool and float are not settings
        raise UnsafeKdf("settings that are not whole numbers")
    if not 1 <= time_cost <= MAX_TIME_COST:
        raise UnsafeKdf(f"time cost {time_cost}, at most {MAX_TIME_COST}")
    if not 1 <= parallelism <= MAX_PARALLELISM:
        raise UnsafeKdf(f"parallelism {parallelism}, at most {MAX_PARALLELISM}")
    if not 8 * parallelism <= memory_cost <= MAX_MEMORY_KIB:
        raise UnsafeKdf(f"memory {memory_cost} KiB, at most {MAX_MEMORY_KIB}")
    if time_cost * memory_cost > MAX_WORK:
        raise UnsafeKdf(f"work {time_cost} x {memory_cost} KiB, at most {MAX_WORK}")
    return KdfParams(time_cost, memory_cost, parallelism)


class UnsafeKdf(ValueError):
    """argon2 settings a key file may not ask for."""


@dataclass
class Sealed:
    """A database key sealed to one X25519 public key (an ephemeral-static exchange)."""

    ephemeral: bytes
    nonce: bytes
    box: bytes

    @classmethod
    def seal(cls, key: bytes, public: bytes) -> Sealed:
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
        nonce = secrets.token_bytes(NONCE_BYTES)
        box = AESGCM(_seal_key(shared, ephemeral_public, public)).encrypt(nonce, key, _AAD_SEALED)
        return cls(ephemeral_public, nonce, box)

    def open(self, private: X25519PrivateKey, public: bytes) -> bytes | None:
        shared = private.exchange(X25519PublicKey.from_public_bytes(self.ephemeral))
        try:
            return AESGCM(_seal_key(shared, self.ephemeral, public)).decrypt(self.nonce, self.box, _AAD_SEALED)
        except InvalidTag:
            return None

    def to_json(self) -> dict[str, str]:
        return {"ephemeral": _b64(self.ephemeral), "nonce": _b64(self.nonce), "box": _b64(self.box)}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Sealed:
        sealed = cls(_unb64(raw["ephemeral"]), _unb64(raw["nonce"]), _unb64(raw["box"]))
        if len(sealed.ephemeral) != PUBLIC_BYTES or len(sealed.nonce) != NONCE_BYTES \
                or len(sealed.box) != KEY_BYTES + TAG_BYTES:
            raise ValueError("a sealed key of the wrong size")
        return sealed


def _seal_key(shared: bytes, ephemeral_public: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=SHA256(), length=KEY_BYTES, salt=None,
                info=b"caseworker seal v2" + ephemeral_public + public).derive(shared)


@dataclass
class Wrap:
    """One way for one user's password to reach the database key.

    With *public* set (version 2), *wrapped* is the entry's X25519 private key and the database
    key is *sealed* to *public* (and, during a rotation, the next key is *sealed_next*). Without
    it (version 1), *wrapped* is the database key itself.
    """

    salt: bytes
    nonce: bytes
    wrapped: bytes
    params: KdfParams
    public: bytes | None = None
    sealed: Sealed | None = None
    sealed_next: Sealed | None = None
    #: Version 3, a database kept in one file per trust domain: the keys of the domains' files
    #: this user may read (by domain name), sealed to *public* like the main key.
    domains: dict[str, Sealed] = field(default_factory=dict)
    domains_next: dict[str, Sealed] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        raw: dict[str, Any] = {"kdf": "argon2id", "salt": _b64(self.salt), "time_cost": self.params.time_cost,
                               "memory_cost": self.params.memory_cost, "parallelism": self.params.parallelism,
                               "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}
        if self.public is not None:
            raw["public"] = _b64(self.public)
        if self.sealed is not None:
            raw["sealed"] = self.sealed.to_json()
        if self.sealed_next is not None:
            raw["sealed_next"] = self.sealed_next.to_json()
        if self.domains:
            raw["domains"] = {d: s.to_json() for d, s in sorted(self.domains.items())}
        if self.domains_next:
            raw["domains_next"] = {d: s.to_json() for d, s in sorted(self.domains_next.items())}
        return raw

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Wrap:
        if raw.get("kdf") != "argon2id":
            raise ValueError("unknown key derivation")
        params = bounded_params(raw["time_cost"], raw["memory_cost"], raw["parallelism"])
        wrap = cls(_unb64(raw["salt"]), _unb64(raw["nonce"]), _unb64(raw["wrapped"]), params)
        if not MIN_SALT <= len(wrap.salt) <= MAX_SALT or len(wrap.nonce) != NONCE_BYTES \
                or len(wrap.wrapped) != KEY_BYTES + TAG_BYTES:
            raise ValueError("a wrap of the wrong size")
        if "public" in raw:
            wrap.public = _unb64(raw["public"])
            if len(wrap.public) != PUBLIC_BYTES:
                raise ValueError("a public key of the wrong size")
            wrap.sealed = Sealed.from_json(raw["sealed"]) if raw.get("sealed") else None
            wrap.sealed_next = Sealed.from_json(raw["sealed_next"]) if raw.get("sealed_next") else None
            for name, target in (("domains", wrap.domains), ("domains_next", wrap.domains_next)):
                for domain, sealed in (raw.get(name) or {}).items():
                    if domain not in PART_NAMES:
                        raise ValueError("an unknown domain")
                    target[domain] = Sealed.from_json(sealed)
        return wrap

    @classmethod
    def seal(cls, key: bytes, wrapping_key: bytes, salt: bytes, params: KdfParams,
             domains: Mapping[str, bytes] | None = None) -> Wrap:
        """A version-2 entry: a new key pair, its private half wrapped, *key* sealed to it (and,
        version 3, each of *domains*' keys)."""
        private = X25519PrivateKey.generate()
        public = private.public_key().public_bytes_raw()
        nonce = secrets.token_bytes(NONCE_BYTES)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, private.private_bytes_raw(), _AAD_PRIVATE)
        return cls(salt, nonce, wrapped, params, public, Sealed.seal(key, public),
                   domains={d: Sealed.seal(k, public) for d, k in (domains or {}).items()})

    def private(self, password: str) -> X25519PrivateKey | bytes | None:
        """This entry's private key if *password* opens it (a version-1 entry: the key itself)."""
        wrapping_key = self.params.derive(password, self.salt)
        if self.public is None:
            try:
                return AESGCM(wrapping_key).decrypt(self.nonce, self.wrapped, _AAD)
            except InvalidTag:
                return None
        try:
            return X25519PrivateKey.from_private_bytes(
                AESGCM(wrapping_key).decrypt(self.nonce, self.wrapped, _AAD_PRIVATE))
        except InvalidTag:
            return None

    def keys(self, password: str) -> list[tuple[bytes, bool]]:
        """The database keys *password* reaches through this entry, each with "is the next key"."""
        private = self.private(password)
        if private is None:
            return []
        if isinstance(private, bytes):
            return [(private, False)]
        return self.main_keys(private)

    def main_keys(self, private: X25519PrivateKey) -> list[tuple[bytes, bool]]:
        """The main file's keys this entry reaches, each with "is the next key"."""
        return self._opened(private, self.sealed, self.sealed_next)

    def open(self, password: str) -> bytes | None:
        found = self.keys(password)
        return found[0][0] if found else None

    def domain_keys(self, private: X25519PrivateKey, domain: str) -> list[tuple[bytes, bool]]:
        """*domain*'s file keys this entry reaches, each with "is the next key"."""
        return self._opened(private, self.domains.get(domain), self.domains_next.get(domain))

    def _opened(self, private: X25519PrivateKey, current: Sealed | None,
                following: Sealed | None) -> list[tuple[bytes, bool]]:
        assert self.public is not None
        found = []
        for sealed, is_next in ((current, False), (following, True)):
            key = sealed.open(private, self.public) if sealed is not None else None
            if key is not None:
                found.append((key, is_next))
        return found


class KeyStore:
    """The wraps of one database's key, read from and written back to ``<database>.keys``."""

    def __init__(self, path: Path, users: dict[str, list[Wrap]], unclaimed: bytes | None,
                 database_salt: bytes | None = None, *, split: bool = False,
                 unclaimed_domains: dict[str, bytes] | None = None) -> None:
        self.path = path
        self.users = users
        self.unclaimed = unclaimed
        #: The database is kept in one file per trust domain (see ``db.layout``).
        self.split = split
        self.unclaimed_domains = unclaimed_domains or {}
        # The first 16 bytes of the encrypted file (SQLCipher's salt, random per file and kept by
        # rekey): how a key file put beside the wrong database is recognised before any password.
        self.database_salt = database_salt

    # -- reading and writing the file ---------------------------------------------------------
    @classmethod
    def for_database(cls, database_path: Path) -> KeyStore:
        return cls.load(keystore_path(database_path))

    @classmethod
    def load(cls, path: Path) -> KeyStore:
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                raise ValueError("far larger than any key file")
            raw = json.loads(data.decode("utf-8"))
        except FileNotFoundError:
            raise KeyStoreMissing(None, path=str(path)) from None
        except (OSError, UnicodeDecodeError, ValueError, RecursionError):
            raise KeyStoreDamaged(None, path=str(path)) from None
        try:
            if raw.get("format") != FORMAT or raw.get("version") not in READABLE_VERSIONS:
                raise ValueError("not a key store of this version")
            users = {name: [Wrap.from_json(w) for w in wraps] for name, wraps in raw["users"].items()}
            unclaimed = bytes.fromhex(raw["unclaimed_key"]) if raw.get("unclaimed_key") else None
            salt = bytes.fromhex(raw["database_salt"]) if raw.get("database_salt") else None
            if unclaimed is not None and len(unclaimed) != KEY_BYTES:
                raise ValueError("a key of the wrong size")
            split = raw.get("layout") == "split"
            if raw.get("layout") not in (None, "single", "split"):
                raise ValueError("an unknown layout")
            unclaimed_domains = {d: bytes.fromhex(k) for d, k in (raw.get("unclaimed_domain_keys") or {}).items()}
            if any(d not in PART_NAMES or len(k) != KEY_BYTES for d, k in unclaimed_domains.items()):
                raise ValueError("an unknown domain's key")
        except UnsafeKdf as exc:
            raise KeyStoreUnsafe(None, path=str(path), detail=str(exc)) from None
        except (AttributeError, KeyError, TypeError, ValueError, RecursionError):
            raise KeyStoreDamaged(None, path=str(path)) from None
        return cls(path, users, unclaimed, salt, split=split, unclaimed_domains=unclaimed_domains)

    @classmethod
    def create(cls, path: Path, key: bytes | FileKeys) -> KeyStore:
        """A store for a new database whose keys no user has claimed yet."""
        keys = key if isinstance(key, FileKeys) else FileKeys(key)
        store = cls(path, {}, keys.main, split=keys.split,
                    unclaimed_domains={d.value: k for d, k in keys.domains.items()})
        store.save()
        return store

    def unclaimed_keys(self) -> FileKeys | None:
        if self.unclaimed is None:
            return None
        return FileKeys(self.unclaimed, {TrustDomain(d): k for d, k in self.unclaimed_domains.items()},
                        split=self.split)

    def reload(self) -> KeyStore:
        """The store as it is on disk now (another laptop may have changed it)."""
        try:
            return KeyStore.load(self.path)
        except KeyStoreMissing:
            return KeyStore(self.path, {}, None)

    def save(self) -> None:
        """Write atomically: a crash leaves either the old file or the new one, never half."""
        data = {"format": FORMAT, "version": VERSION, "cipher": "sqlcipher4",
                "users": {name: [w.to_json() for w in wraps] for name, wraps in sorted(self.users.items())}}
        data["layout"] = "split" if self.split else "single"
        if self.unclaimed is not None:
            data["unclaimed_key"] = self.unclaimed.hex()
            if self.unclaimed_domains:
                data["unclaimed_domain_keys"] = {d: k.hex() for d, k in sorted(self.unclaimed_domains.items())}
        if self.database_salt is not None:
            data["database_salt"] = self.database_salt.hex()
        write_private_file(self.path, json.dumps(data, indent=1).encode("utf-8"))

    def bind_to(self, database_file: Path) -> None:
        """Record which encrypted file this store's key belongs to (see ``database_salt``)."""
        self.database_salt = file_salt(database_file)

    def check_belongs_to(self, database_file: Path, *, shown_as: Path | None = None) -> None:
        """Refuse (:class:`KeyStoreForAnotherDatabase`) a store recorded for a different file."""
        salt = file_salt(database_file)
        if self.database_salt is not None and salt is not None and salt != self.database_salt:
            raise KeyStoreForAnotherDatabase(None, path=str(self.path), database=str(shown_as or database_file))

    # -- using it -------------------------------------------------------------------------
    def unlock(self, username: str, password: str) -> bytes:
        """The main file's key, if *password* is *username*'s; otherwise :class:`WrongPassword`."""
        return self.unlock_keys(username, password).main

    def unlock_keys(self, username: str, password: str) -> FileKeys:
        """Every key *username*'s *password* reaches: the main file's and, for a database kept in
        one file per trust domain, those of the domains their roles may read.

        In the middle of a rotation an entry reaches two keys for a file; the one that opens the
        file is returned and the store is settled on it (see :func:`settle`).
        """
        wraps = self.users.get(username.strip().lower())
        if not wraps:
            # Spend the same effort so the time taken does not tell which user names exist.
            default_params().derive(password, b"\0" * SALT_BYTES)
            raise WrongPassword()
        for wrap in reversed(wraps):  # the newest wrap is the likeliest to match
            private = wrap.private(password)
            if private is None:
                continue
            if isinstance(private, bytes):
                _upgrade(self.path, username.strip().lower(), wrap, password, private)
                return FileKeys(private, split=self.split)
            main = self._settled(wrap.main_keys(private), self.database_path, "")
            if main is None:
                continue
            domains = {}
            if self.split:
                for domain in PART_NAMES:
                    key = self._settled(wrap.domain_keys(private, domain),
                                        part_path(self.database_path, TrustDomain(domain)), domain)
                    if key is not None:
                        domains[TrustDomain(domain)] = key
            return FileKeys(main, domains, split=self.split)
        raise WrongPassword()

    def _settled(self, found: list[tuple[bytes, bool]], file: Path, domain: str) -> bytes | None:
        if not found:
            return None
        if len(found) == 1 and not found[0][1]:
            return found[0][0]
        for key, is_next in found:
            if _opens(file, key):
                settle(self.path, rotated=is_next, domain=domain)
                return key
        return found[0][0]

    @property
    def database_path(self) -> Path:
        return self.path.with_name(self.path.name[: -len(SUFFIX)]) if self.path.name.endswith(SUFFIX) \
            else self.path

    def legacy_users(self) -> list[str]:
        """Users with only version-1 entries: a rotation cannot seal a new key to them."""
        return sorted(name for name, wraps in self.users.items() if all(w.public is None for w in wraps))

    def has_user(self, username: str) -> bool:
        return bool(self.users.get(username.strip().lower()))

    def keep_only(self, username: str, wrap: Wrap) -> None:
        """Step two after the commit: the user's other (older) wraps go; the key is claimed."""
        name = username.strip().lower()
        self.users[name] = [w for w in self.users.get(name, []) if _same(w, wrap)]
        if not self.users[name]:
            del self.users[name]
        self.unclaimed = None

    def drop_wrap(self, username: str, wrap: Wrap) -> None:
        """Undo step one after a rollback."""
        name = username.strip().lower()
        remaining = [w for w in self.users.get(name, []) if not _same(w, wrap)]
        if remaining:
            self.users[name] = remaining
        else:
            self.users.pop(name, None)

    def rename(self, old: str, new: str) -> None:
        old, new = old.strip().lower(), new.strip().lower()
        if old != new and old in self.users:
            self.users[new] = self.users.pop(old)


def file_salt(database_file: Path) -> bytes | None:
    """SQLCipher's per-file salt (the first 16 bytes), or None for a plain, empty or missing file."""
    try:
        with database_file.open("rb") as handle:
            head = handle.read(SALT_BYTES)
    except OSError:
        return None
    if len(head) < SALT_BYTES or head == b"SQLite format 3\x00":
        return None
    return head


def _opens(database: Path, key: bytes) -> bool:
    """Whether *key* decrypts *database*'s first page."""
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
        return False
    try:
        conn = sqlcipher3.connect(str(database))
    except Exception:
        return False
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Exception:  # sqlcipher3.DatabaseError: not this key
        return False
    finally:
        conn.close()


def _upgrade(path: Path, name: str, old: Wrap, password: str, key: bytes) -> None:
    """Replace a version-1 entry with a version-2 one, now that its password is at hand.

    Best effort: a key file that cannot be written (a read-only copy) still lets the user in.
    """
    new = make_wrap(password, key)
    try:
        with editing(path) as store:
            wraps = store.users.get(name, [])
            if any(_same(w, old) for w in wraps):
                store.users[name] = [new if _same(w, old) else w for w in wraps]
    except (OSError, StorageError):
        pass


def settle(path: Path, *, rotated: bool, domain: str = "") -> None:
    """Finish a rotation a crash interrupted: keep the new sealed keys if the file was re-keyed.

    *domain* names the domain file (none: the main file) whose rotation is settled.
    """
    with editing(path) as store:
        for name in list(store.users):
            wraps = store.users[name]
            if domain:
                for w in wraps:
                    nxt = w.domains_next.pop(domain, None)
                    if rotated:
                        if nxt is None:
                            w.domains.pop(domain, None)
                        else:
                            w.domains[domain] = nxt
            elif rotated:
                wraps = [replace(w, sealed=w.sealed_next, sealed_next=None) for w in wraps if w.sealed_next]
            else:
                wraps = [replace(w, sealed_next=None) for w in wraps]
            if wraps:
                store.users[name] = wraps
            else:
                del store.users[name]


def make_wrap(password: str, key: bytes | FileKeys, params: KdfParams | None = None,
              domains: Iterable[TrustDomain] = ()) -> Wrap:
    """An entry for *password* reaching the main key and those of *domains* found in *key*."""
    params = params or default_params()
    salt = secrets.token_bytes(SALT_BYTES)
    keys = key if isinstance(key, FileKeys) else FileKeys(key)
    sealed = {d.value: keys.domains[d] for d in domains if d in keys.domains}
    return Wrap.seal(keys.main, params.derive(password, salt), salt, params, sealed)


def _same(a: Wrap, b: Wrap) -> bool:
    return a.salt == b.salt and a.nonce == b.nonce and a.wrapped == b.wrapped


def write_private_file(path: Path, data: bytes) -> None:
    """Replace *path* with *data* atomically, readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; its rename is durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@contextmanager
def editing(path: Path) -> Iterator[KeyStore]:
    """The store at *path* as it is now, written back when the block ends, with nobody between.

    A block that raises writes nothing. Argon2 derivations belong before the block: the lock is
    meant to be held for a read and a write, not for a quarter of a second of hashing.
    """
    try:
        with FileLock(str(path) + LOCK_SUFFIX, timeout=LOCK_TIMEOUT_S):
            try:
                store = KeyStore.load(path)
            except KeyStoreMissing:
                store = KeyStore(path, {}, None)
            yield store
            store.save()
    except Timeout:
        raise StorageError(N_("The key file {path} stayed locked by another program; try again in a moment."),
                           path=str(path)) from None


class KeyRing:
    """An unlocked database's keys together with their store: what account changes update.

    On a database kept in one file per trust domain, each entry seals the keys of the domains its
    user's roles may read, and only those: the ring seals what it holds (an administrator holds
    every key; someone changing their own password, their own domains').
    """

    def __init__(self, path: Path, keys: bytes | FileKeys) -> None:
        self.path = path
        self.keys = keys if isinstance(keys, FileKeys) else FileKeys(keys)

    @property
    def key(self) -> bytes:
        return self.keys.main

    def stage_password(self, username: str, password: str, domains: Iterable[TrustDomain] = ()
                       ) -> tuple[Callable[[], None], Callable[[], None]]:
        """Add a wrap for *username*'s new *password* now; returns (after commit, after rollback).

        The caller runs the first after its transaction commits (older wraps are pruned) and the
        second if it rolls back (the new wrap is removed), so the store follows the database.
        """
        name = username.strip().lower()
        wrap = make_wrap(password, self.keys, domains=self._reachable(name, domains))
        with editing(self.path) as store:
            store.users.setdefault(name, []).append(wrap)

        def committed() -> None:
            with editing(self.path) as current:
                if not any(_same(w, wrap) for w in current.users.get(name, [])):
                    current.users.setdefault(name, []).append(wrap)
                current.keep_only(name, wrap)

        def rolled_back() -> None:
            with editing(self.path) as current:
                current.drop_wrap(name, wrap)

        return committed, rolled_back

    def _reachable(self, name: str, domains: Iterable[TrustDomain]) -> list[TrustDomain]:
        return [d for d in domains if d in self.keys.domains]

    def add_account(self, username: str, password: str, domains: Iterable[TrustDomain] = ()) -> None:
        """After a new account's commit: its password unwraps the keys of its domains (claiming
        unclaimed ones)."""
        name = username.strip().lower()
        try:
            wrap = make_wrap(password, self.keys, domains=self._reachable(name, domains))
            with editing(self.path) as store:
                store.users[name] = [wrap]
                store.unclaimed = None
                store.unclaimed_domains = {}
        except OSError as exc:
            raise StorageError(N_(
                "The account '{name}' was saved, but the key file {path} could not be written ({detail}): "
                "once the disk has space, an administrator resets its password."),
                name=name, path=str(self.path), detail=exc.strerror or str(exc)) from None

    def follow_domains(self, username: str, domains: Iterable[TrustDomain]) -> list[TrustDomain]:
        """*username*'s entries reach exactly *domains*' keys from now on (their roles changed).

        Returns the domains taken away: their files should be re-keyed, since the user may have
        kept the key.
        """
        name = username.strip().lower()
        wanted = {d.value for d in domains}
        removed: set[str] = set()
        with editing(self.path) as store:
            for wrap in store.users.get(name, []):
                if wrap.public is None:
                    continue
                for domain in list(wrap.domains):
                    if domain not in wanted:
                        del wrap.domains[domain]
                        wrap.domains_next.pop(domain, None)
                        removed.add(domain)
                for domain in wanted - set(wrap.domains):
                    key = self.keys.domains.get(TrustDomain(domain))
                    if key is not None:
                        wrap.domains[domain] = Sealed.seal(key, wrap.public)
        return [TrustDomain(d) for d in sorted(removed)]

    def rotate(self, new_keys: Mapping[TrustDomain, bytes], keep: Mapping[str, Iterable[TrustDomain]],
               rekey: Callable[[], None]) -> list[str]:
        """Seal the new keys of the files in *new_keys* (``SHARED``: the main file) to the entries
        of the users in *keep* who may read them, run *rekey*, then drop the rest.

        *keep* maps each user name to the domains they may read. The key file stays locked
        throughout, so no password change lands between the steps. Returns the users in *keep*
        whose entries cannot take a new key (version-1 entries): they need a password reset. A
        file that *rekey* did not re-key stays on its old key, and so does the store for it.
        """
        readers = {name.strip().lower(): {TrustDomain.SHARED, *domains} for name, domains in keep.items()}
        try:
            with FileLock(str(self.path) + LOCK_SUFFIX, timeout=LOCK_TIMEOUT_S):
                store = KeyStore.load(self.path)
                for name, wraps in store.users.items():
                    for wrap in wraps:
                        if name not in readers or wrap.public is None:
                            continue
                        for domain, key in new_keys.items():
                            if domain not in readers[name]:
                                continue
                            if domain is TrustDomain.SHARED:
                                wrap.sealed_next = Sealed.seal(key, wrap.public)
                            else:
                                wrap.domains_next[domain.value] = Sealed.seal(key, wrap.public)
                store.save()
                failure: BaseException | None = None
                try:
                    rekey()
                except BaseException as exc:
                    failure = exc
                done = {d: _opens(self._file_of(store, d), k) for d, k in new_keys.items()}
                without = sorted(name for name in readers if name in store.users
                                 and all(w.public is None for w in store.users[name]))
                users: dict[str, list[Wrap]] = {}
                for name, wraps in store.users.items():
                    kept = []
                    for w in wraps:
                        if done.get(TrustDomain.SHARED):
                            if w.sealed_next is None:
                                continue
                            w = replace(w, sealed=w.sealed_next, sealed_next=None)
                        else:
                            w = replace(w, sealed_next=None)
                        for domain in PART_DOMAINS:
                            nxt = w.domains_next.pop(domain.value, None)
                            if done.get(domain):
                                if nxt is None:
                                    w.domains.pop(domain.value, None)
                                else:
                                    w.domains[domain.value] = nxt
                        kept.append(w)
                    if kept:
                        users[name] = kept
                store.users = users
                store.unclaimed = None
                store.unclaimed_domains = {}
                store.save()
                if failure is not None:
                    raise failure
        except Timeout:
            raise StorageError(N_("The key file {path} stayed locked by another program; try again in a moment."),
                               path=str(self.path)) from None
        domains = dict(self.keys.domains)
        main = self.keys.main
        for domain, key in new_keys.items():
            if done.get(domain):
                if domain is TrustDomain.SHARED:
                    main = key
                else:
                    domains[domain] = key
        self.keys = FileKeys(main, domains, split=self.keys.split)
        return without

    @staticmethod
    def _file_of(store: KeyStore, domain: TrustDomain) -> Path:
        if domain is TrustDomain.SHARED:
            return store.database_path
        return part_path(store.database_path, domain)

    def remove_user(self, username: str) -> None:
        """*username*'s password no longer unwraps any key (their account was deactivated)."""
        with editing(self.path) as store:
            store.users.pop(username.strip().lower(), None)

    def rename(self, old: str, new: str) -> Callable[[], None]:
        """Move *old*'s wraps to *new* now; returns the undo for a rollback."""
        with editing(self.path) as store:
            store.rename(old, new)

        def undo() -> None:
            with editing(self.path) as current:
                current.rename(new, old)

        return undo
