"""argon2id password hashes and sign-in throttling that survives restarts."""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2-cffi's defaults (RFC 9106 low-memory: t=3, m=64 MiB, p=4) exceed OWASP's
# minimum for argon2id (m=19 MiB, t=2, p=1).
HASHER = PasswordHasher()
FREE_ATTEMPTS = 3
MAX_DELAY = timedelta(minutes=5)


def hash_password(password: str) -> str:
    """Return an argon2id hash of the password."""
    return HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """Say whether the password matches the stored hash."""
    try:
        return HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """Say whether the hash was made with older parameters than today's."""
    return HASHER.check_needs_rehash(stored_hash)


def retry_delay(failed_logins: int) -> timedelta:
    """Return how long to wait after this many failures: doubling, capped at five minutes.

    The cap means nobody, the owner included, is ever locked out for good.
    """
    if failed_logins < FREE_ATTEMPTS:
        return timedelta(0)
    # The exponent is capped too: 2**49 s overflowed timedelta and locked the account for good.
    steps = min(failed_logins - FREE_ATTEMPTS + 1, 16)
    return min(timedelta(seconds=2**steps), MAX_DELAY)


def wait_remaining(failed_logins: int, last_failed_at: datetime | None, now: datetime) -> timedelta:
    """Return how much longer sign-in is refused, zero when it is allowed."""
    if last_failed_at is None:
        return timedelta(0)
    return max(last_failed_at + retry_delay(failed_logins) - now, timedelta(0))


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """Return a PostgreSQL SCRAM-SHA-256 verifier, so the plain password never reaches the server.

    The format is the one PostgreSQL stores (RFC 5802/7677): the server can check a
    sign-in against it but cannot recover the password from it.
    """
    import base64
    import hashlib
    import hmac
    import os
    import unicodedata

    # PostgreSQL runs SASLprep over the password; NFKC is its normalisation step.
    secret = unicodedata.normalize("NFKC", password).encode("utf-8")
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", secret, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"
