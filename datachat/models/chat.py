"""Embeds, their keys, chat sessions and messages (the seed's ``automate_datachat``)."""

from datetime import timedelta

from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from datachat import keys
from datachat.conf import conf
from datachat.origins import origin_allowed

from .base import TenantScopedModel, TimeStampedModel, UUIDModel
from .sources import DataSource

DEFAULT_THEME = {
    "primary": "#4f46e5",
    "position": "right",
    "title": "Ask our data",
    "greeting": "Hi! Ask me a question about the data.",
    "launcher_icon": "chat",
    "dark": "auto",
}


def default_rate_limit() -> int:
    return conf.DEFAULT_RATE_LIMIT


class ChatEmbed(UUIDModel, TimeStampedModel, TenantScopedModel):
    """A chat that may be embedded on the listed origins, answering from one data source.

    ``exposed`` narrows the data source's own exposure (same shape, empty = all of it) and ``row_filters``
    scopes tables to one tenant: ``{"orders": {"column": "customer_id", "value": 42}}``, or to the visitor
    named by a signed identity token: ``{"orders": {"column": "customer_id", "claim": "customer_id"}}``
    (see ``datachat.identity``).
    """

    name = models.CharField(_("name"), max_length=200)
    data_source = models.ForeignKey(DataSource, on_delete=models.PROTECT, related_name="embeds")
    allowed_domains = models.JSONField(
        _("allowed origins"), default=list, blank=True,
        help_text=_('Origins such as "https://shop.example.com", "http://localhost:3000", "https://*.example.com".'),
    )
    theme = models.JSONField(_("theme"), default=dict, blank=True)
    rate_limit = models.PositiveIntegerField(_("rate limit (calls per minute)"), default=default_rate_limit,
                                             validators=[MinValueValidator(1)])
    exposed = models.JSONField(_("exposed tables and columns"), default=dict, blank=True)
    row_filters = models.JSONField(_("tenant row filters"), default=dict, blank=True)
    engine = models.CharField(_("engine"), max_length=20, blank=True, default="",
                              help_text=_("Empty: the data source's engine."))
    monthly_token_budget = models.PositiveIntegerField(_("monthly LLM token budget"), null=True, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    require_identity = models.BooleanField(
        _("require visitor identity"), default=False,
        help_text=_("Refuse widget calls without a valid X-Datachat-Identity token signed by your server."))
    identity_secret = models.TextField(_("identity secret (encrypted)"), blank=True, default="", editable=False)
    identity_public_key = models.TextField(
        _("identity public key"), blank=True, default="",
        help_text=_("Optional PEM public key (Ed25519 for EdDSA, or RSA for RS256) that also verifies identity "
                    "tokens; the secret stays on your server."))

    class Meta:
        ordering = ["name"]
        verbose_name = _("chat embed")

    def __str__(self) -> str:
        return self.name

    def validate_origin(self, origin: str | None) -> bool:
        """True when ``origin`` (scheme://host[:port]) is one of ``allowed_domains``."""
        return origin_allowed(origin, self.allowed_domains)

    @property
    def claim_filters(self) -> dict:
        """The row filters filled from identity claims: ``{table: claim}``."""
        return {table: spec["claim"] for table, spec in (self.row_filters or {}).items()
                if isinstance(spec, dict) and spec.get("claim")}

    @property
    def needs_identity(self) -> bool:
        """Anonymous calls are refused: identity is required, or a row filter waits for a claim."""
        return self.require_identity or bool(self.claim_filters)

    @property
    def resolved_theme(self) -> dict:
        return {**DEFAULT_THEME, **(self.theme or {})}

    def issue_keys(self) -> dict[str, str]:
        """Create a fresh publishable and secret key; returns their values (shown once)."""
        return {kind: EmbedKey.issue(self, kind) for kind in (keys.PUBLISHABLE, keys.SECRET)}


class EmbedKeyQuerySet(models.QuerySet):
    def usable(self) -> "EmbedKeyQuerySet":
        now = timezone.now()
        not_expired = models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        return self.filter(not_expired, revoked_at__isnull=True)


class EmbedKey(TimeStampedModel):
    """One key of an embed, stored as lookup id + SHA-256 digest. Rotation sets ``expires_at`` on the old one."""

    KIND_CHOICES = [(keys.PUBLISHABLE, _("publishable")), (keys.SECRET, _("secret"))]

    embed = models.ForeignKey(ChatEmbed, on_delete=models.CASCADE, related_name="keys")
    kind = models.CharField(_("kind"), max_length=2, choices=KIND_CHOICES)
    lookup = models.CharField(_("lookup id"), max_length=16, unique=True)
    digest = models.CharField(_("SHA-256 digest"), max_length=64)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)

    objects = EmbedKeyQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("embed key")

    def __str__(self) -> str:
        return f"{self.kind}_{self.lookup}_…"

    @property
    def display(self) -> str:
        return str(self)

    @classmethod
    def issue(cls, embed: ChatEmbed, kind: str) -> str:
        new = keys.make_key(kind)
        cls.objects.create(embed=embed, kind=kind, lookup=new.lookup, digest=new.digest)
        return new.value

    @classmethod
    def resolve(cls, value: str, kind: str) -> "EmbedKey | None":
        """The usable key matching ``value`` (constant-time digest check), or None."""
        lookup = keys.lookup_of(value or "")
        if lookup is None or keys.kind_of(value) != kind:
            return None
        key = (cls.objects.usable().select_related("embed", "embed__data_source")
               .filter(lookup=lookup, kind=kind).first())
        if key is None or not keys.matches(value, key.digest) or not key.embed.is_active:
            return None
        return key


class DataChatSession(UUIDModel, TimeStampedModel):
    """A conversation: its messages are the context for follow-up questions."""

    embed = models.ForeignKey(ChatEmbed, on_delete=models.CASCADE, related_name="sessions", null=True, blank=True)
    data_source = models.ForeignKey(DataSource, on_delete=models.CASCADE, related_name="sessions")
    user = models.CharField(_("user"), max_length=150, blank=True, default="")
    visitor_id = models.CharField(_("visitor"), max_length=64, blank=True, default="")
    identity_sub = models.CharField(_("identified visitor (sub)"), max_length=255, blank=True, default="",
                                    db_index=True)
    identity_claims = models.JSONField(_("identity claims"), default=dict, blank=True,
                                       help_text=_("The claims of the visitor's latest token (never the token)."))
    context = models.JSONField(_("context"), default=dict, blank=True)
    expires_at = models.DateTimeField(_("expires at"))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("chat session")

    def __str__(self) -> str:
        return f"session {self.pk} ({self.embed or self.data_source})"

    @staticmethod
    def new_expiry():
        return timezone.now() + timedelta(seconds=conf.SESSION_TTL)

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()


class DataChatMessage(UUIDModel, TimeStampedModel):
    """One turn. Assistant turns carry the validated SQL, the typed result, the chart and detected intents."""

    USER = "user"
    ASSISTANT = "assistant"
    ROLE_CHOICES = [(USER, _("user")), (ASSISTANT, _("assistant"))]

    session = models.ForeignKey(DataChatSession, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(_("role"), max_length=10, choices=ROLE_CHOICES)
    content = models.TextField(_("content"))
    sql = models.TextField(_("SQL"), blank=True, default="")
    data = models.JSONField(_("data"), null=True, blank=True)
    chart = models.JSONField(_("chart"), null=True, blank=True)
    intents = models.JSONField(_("intents"), default=list, blank=True)
    state = models.JSONField(_("engine state"), default=dict, blank=True,
                             help_text=_("What the engine understood; the base of follow-up questions."))
    error_code = models.CharField(_("error code"), max_length=50, blank=True, default="")
    engine = models.CharField(_("engine"), max_length=20, blank=True, default="")
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), null=True, blank=True)
    helpful = models.BooleanField(_("marked helpful"), null=True, blank=True)
    interpretation = models.TextField(_("interpretation"), blank=True, default="",
                                      help_text=_("What was computed, in plain words."))
    clarification = models.JSONField(_("clarification"), null=True, blank=True,
                                     help_text=_("The question asked back instead of a guess, with its options."))
    idempotency_key = models.CharField(
        _("idempotency key"), max_length=128, blank=True, default="",
        help_text=_("The client's Idempotency-Key of the post that stored this answer; a retry returns it."))

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("chat message")
        constraints = [
            models.UniqueConstraint(fields=["session", "idempotency_key"], condition=~models.Q(idempotency_key=""),
                                    name="datachat_message_idempotency_key_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.role}: {self.content[:60]}"
