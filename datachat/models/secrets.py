"""StoredSecret: values encrypted at rest (Fernet, key derived from ``DATACHAT_SECRET_KEY``)."""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken
from django.db import models
from django.utils.translation import gettext_lazy as _

from datachat.conf import conf

from .base import TimeStampedModel


def _fernet() -> Fernet:
    digest = hashlib.sha256(b"datachat.stored-secret:" + conf.SECRET_KEY.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


class SecretUnreadable(Exception):
    """The stored value cannot be decrypted (the secret key changed)."""


def encrypt(value: str) -> str:
    """``value`` encrypted with the stored-secret key (for secrets kept in a field of their owner)."""
    return _fernet().encrypt(value.encode()).decode()


def decrypt(token: str, what: str = "value") -> str:
    """The plain text of an ``encrypt``-ed value; ``SecretUnreadable`` when the key changed."""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise SecretUnreadable(f"{what} cannot be decrypted with the current key") from exc


class StoredSecret(TimeStampedModel):
    """One encrypted value, e.g. a data-source URL with its password or an LLM API key."""

    key = models.CharField(_("key"), max_length=200, unique=True)
    encrypted_value = models.TextField(_("encrypted value"), editable=False)

    class Meta:
        ordering = ["key"]
        verbose_name = _("stored secret")

    def __str__(self) -> str:
        return self.key

    def set_value(self, value: str) -> None:
        self.encrypted_value = _fernet().encrypt(value.encode()).decode()

    def get_value(self) -> str:
        try:
            return _fernet().decrypt(self.encrypted_value.encode()).decode()
        except InvalidToken as exc:
            raise SecretUnreadable(f"secret {self.key!r} cannot be decrypted with the current key") from exc

    @classmethod
    def store(cls, key: str, value: str) -> "StoredSecret":
        secret = cls.objects.filter(key=key).first() or cls(key=key)
        secret.set_value(value)
        secret.save()
        return secret
