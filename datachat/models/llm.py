"""Model providers, prompts, few-shot examples and the records of every model call (the seed's
``automate`` LLM models and ``automate_llm``'s LLMUsage and LLMRequest).

API keys live in an encrypted ``StoredSecret``, never in ``config``; ``repr()`` and ``str()`` never show them.
"""

import uuid

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from .base import SluggedModel, TenantScopedModel, TimeStampedModel, VersionedModel
from .chat import ChatEmbed, DataChatMessage
from .secrets import StoredSecret
from .sources import DataSource

PROVIDER_CHOICES = [("openai", _("OpenAI-compatible (OpenAI, Ollama, vLLM, llama.cpp)")),
                    ("anthropic", _("Anthropic"))]
#: config keys a provider understands; anything that looks like a credential is refused (use the key field).
CONFIG_KEYS = {"base_url", "timeout", "max_retries", "backoff", "max_backoff"}
SECRET_WORDS = ("key", "token", "secret", "password", "authorization")


class LLMProvider(TimeStampedModel):
    """A model provider: ``openai`` (any OpenAI-compatible chat-completions server) or ``anthropic``.

    ``config``: ``{"base_url": "http://127.0.0.1:11434/v1", "timeout": 30, "max_retries": 2, "backoff": 0.5}``.
    """

    name = models.CharField(_("name"), max_length=200, unique=True)
    provider_type = models.CharField(_("type"), max_length=20, choices=PROVIDER_CHOICES, default="openai")
    config = models.JSONField(_("config"), default=dict, blank=True,
                              help_text=_('e.g. {"base_url": "http://127.0.0.1:11434/v1", "timeout": 30}. '
                                          "Never put the API key here."))
    api_key_secret = models.ForeignKey(StoredSecret, on_delete=models.SET_NULL, null=True, blank=True,
                                       related_name="+", editable=False)
    is_default = models.BooleanField(_("default"), default=False)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["-is_default", "name"]
        verbose_name = _("LLM provider")

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        key = "***" if self.api_key_secret_id else ""
        return f"<LLMProvider {self.name!r} type={self.provider_type} base_url={self.base_url!r} key={key!r}>"

    @property
    def base_url(self) -> str:
        return str((self.config or {}).get("base_url") or "")

    @property
    def has_api_key(self) -> bool:
        return self.api_key_secret_id is not None

    @property
    def api_key(self) -> str:
        return self.api_key_secret.get_value() if self.api_key_secret_id else ""

    @api_key.setter
    def api_key(self, value: str) -> None:
        """Encrypt ``value`` into the provider's StoredSecret (saved with the provider)."""
        if not value:
            self._pending_key = False
            self.api_key_secret = None
            return
        secret = self.api_key_secret if self.api_key_secret_id else StoredSecret(key=f"llm-provider:{uuid.uuid4()}")
        secret.set_value(value)
        self._pending_key = secret

    def validate_config(self) -> None:
        """Raise ValidationError when the type or config is unusable (unknown keys, a key in config, bad URL)."""
        from datachat.llm.clients import PROVIDER_TYPES

        errors = {}
        if self.provider_type not in PROVIDER_TYPES:
            errors["provider_type"] = _("Use one of: %(types)s.") % {"types": ", ".join(PROVIDER_TYPES)}
        config = self.config or {}
        if not isinstance(config, dict):
            errors["config"] = _("A JSON object.")
        else:
            secrets = [k for k in config if any(word in k.lower() for word in SECRET_WORDS)]
            unknown = [k for k in config if k not in CONFIG_KEYS and k not in secrets]
            if secrets:
                errors["config"] = _("Credentials do not belong in config (%(keys)s); use the API key field.") % {
                    "keys": ", ".join(secrets)}
            elif unknown:
                errors["config"] = _("Unknown keys: %(keys)s. Known: %(known)s.") % {
                    "keys": ", ".join(unknown), "known": ", ".join(sorted(CONFIG_KEYS))}
            elif self.base_url and not self.base_url.startswith(("http://", "https://")):
                errors["config"] = _("base_url must start with http:// or https://.")
            else:
                for name in ("timeout", "backoff", "max_backoff", "max_retries"):
                    if name in config and (not isinstance(config[name], int | float) or config[name] < 0):
                        errors["config"] = _("%(name)s must be a number ≥ 0.") % {"name": name}
        if errors:
            raise ValidationError(errors)

    def clean(self) -> None:
        self.validate_config()

    def settings_for(self, model: "LLMModelConfig | None" = None):
        """The ``ProviderSettings`` to call ``model`` (default: this provider's default model)."""
        from datachat.llm.clients import ProviderSettings

        model = model or self.default_model()
        config = self.config or {}
        options = {k: config[k] for k in ("timeout", "max_retries", "backoff", "max_backoff") if k in config}
        return ProviderSettings(
            provider_type=self.provider_type, base_url=self.base_url, api_key=self.api_key, name=self.name,
            model=model.model_id if model else "", max_tokens=model.max_tokens if model else 512,
            temperature=model.temperature if model else 0.0,
            params={k: v for k, v in ((model.params or {}) if model else {}).items()
                    if k not in ("price_in", "price_out")},
            **options,
        )

    def default_model(self) -> "LLMModelConfig | None":
        return self.models.order_by("-is_default", "pk").first()

    def get_client(self, model: "LLMModelConfig | None" = None, *, transport=None):
        """An httpx-based chat client for this provider and ``model``."""
        from datachat.llm.clients import make_client

        return make_client(self.settings_for(model), transport=transport)

    def save(self, *args, **kwargs) -> None:
        pending = getattr(self, "_pending_key", False)
        with transaction.atomic():
            if pending:
                pending.save()
                self.api_key_secret = pending
            if self.is_default:
                LLMProvider.objects.filter(is_default=True).exclude(pk=self.pk).update(is_default=False)
            super().save(*args, **kwargs)
        self._pending_key = False

    @classmethod
    def get_default(cls) -> "LLMProvider | None":
        return cls.objects.filter(is_active=True).order_by("-is_default", "name").first()


class LLMModelConfig(TimeStampedModel):
    """One model of a provider, with its sampling settings. ``params`` go into the request body as they are
    (except ``price_in``/``price_out``: USD per million tokens for the cost records)."""

    provider = models.ForeignKey(LLMProvider, on_delete=models.CASCADE, related_name="models")
    model_id = models.CharField(_("model id"), max_length=200)
    max_tokens = models.PositiveIntegerField(_("max output tokens"), default=512)
    temperature = models.FloatField(_("temperature"), default=0.0)
    params = models.JSONField(_("extra parameters"), default=dict, blank=True)
    is_default = models.BooleanField(_("default for its provider"), default=True)

    class Meta:
        ordering = ["provider", "-is_default", "model_id"]
        verbose_name = _("LLM model")
        constraints = [models.UniqueConstraint(fields=["provider", "model_id"], name="datachat_llm_model_unique")]

    def __str__(self) -> str:
        return f"{self.provider.name}: {self.model_id}"


class Prompt(TimeStampedModel, SluggedModel):
    """A prompt, identified by its slug (``text-to-sql``); its text lives in versions."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True, default="")
    category = models.CharField(_("category"), max_length=50, blank=True, default="")

    class Meta:
        ordering = ["slug"]
        verbose_name = _("prompt")

    def __str__(self) -> str:
        return self.slug

    def live_version(self) -> "PromptVersion | None":
        return self.versions.filter(is_live=True).first()


class PromptVersion(VersionedModel, TimeStampedModel):
    """One numbered text of a prompt. Exactly one version per prompt is live (used for new calls)."""

    versioned_by = "prompt"

    prompt = models.ForeignKey(Prompt, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField(_("version"))
    system_template = models.TextField(_("system template"), blank=True, default="")
    user_template = models.TextField(_("user template"))
    variables = models.JSONField(_("variables"), default=list, blank=True,
                                 help_text=_("Names the templates may use as {{ name }}."))
    is_live = models.BooleanField(_("live"), default=False)
    note = models.CharField(_("change note"), max_length=200, blank=True, default="")

    class Meta:
        ordering = ["prompt", "-version"]
        verbose_name = _("prompt version")
        constraints = [
            models.UniqueConstraint(fields=["prompt", "version"], name="datachat_prompt_version_unique"),
            models.UniqueConstraint(fields=["prompt"], condition=models.Q(is_live=True),
                                    name="datachat_prompt_one_live_version"),
        ]

    def __str__(self) -> str:
        return f"{self.prompt_id and self.prompt.slug} v{self.version}{' (live)' if self.is_live else ''}"

    def clean(self) -> None:
        from datachat.llm.templates import placeholders

        allowed = set(self.variables or [])
        used = set(placeholders(self.system_template)) | set(placeholders(self.user_template))
        if unknown := sorted(used - allowed):
            raise ValidationError({"user_template": _("Unknown variables: %(names)s (allowed: %(allowed)s).") % {
                "names": ", ".join(unknown), "allowed": ", ".join(sorted(allowed)) or "none"}})

    def render(self, variables: dict) -> tuple[str, str]:
        """(system text, user text) with ``variables`` filled into ``{{ name }}`` placeholders."""
        from datachat.llm.templates import render_template

        return render_template(self.system_template, variables), render_template(self.user_template, variables)


class QueryExample(TimeStampedModel):
    """A question with the SQL that answers it: few-shot examples for the model.

    Admins add approved pairs; an answer a user marks helpful becomes a ``candidate`` for an admin to approve.
    Only approved examples reach prompts.
    """

    CANDIDATE, APPROVED, REJECTED = "candidate", "approved", "rejected"
    STATUS_CHOICES = [(CANDIDATE, _("candidate")), (APPROVED, _("approved")), (REJECTED, _("rejected"))]

    data_source = models.ForeignKey(DataSource, on_delete=models.CASCADE, related_name="query_examples",
                                    null=True, blank=True, help_text=_("Empty: every data source."))
    question = models.TextField(_("question"))
    sql = models.TextField(_("SQL"))
    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=APPROVED,
                              db_index=True)
    message = models.ForeignKey(DataChatMessage, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="+", editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("query example")

    def __str__(self) -> str:
        return self.question[:80]


class LLMUsage(TenantScopedModel, TimeStampedModel):
    """Tokens and estimated cost of one model call, per tenant and embed (the monthly budget sums these)."""

    embed = models.ForeignKey(ChatEmbed, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    model = models.CharField(_("model"), max_length=200)
    tokens_in = models.PositiveIntegerField(_("input tokens"), default=0)
    tokens_out = models.PositiveIntegerField(_("output tokens"), default=0)
    cost = models.DecimalField(_("estimated cost (USD)"), max_digits=12, decimal_places=6, default=0)
    estimated = models.BooleanField(_("tokens estimated"), default=False,
                                    help_text=_("The provider reported no usage; counts are estimates."))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("LLM usage")
        verbose_name_plural = _("LLM usage")
        indexes = [models.Index(fields=["embed", "created_at"], name="datachat_llmusage_embed_month")]

    def __str__(self) -> str:
        return f"{self.model}: {self.tokens_in}+{self.tokens_out} tokens"


class LLMRequest(TimeStampedModel):
    """The audit record of one model call: which prompt, which model, how long, and how it ended."""

    prompt_slug = models.CharField(_("prompt"), max_length=120, blank=True, default="")
    prompt_version = models.PositiveIntegerField(_("prompt version"), null=True, blank=True)
    provider = models.CharField(_("provider"), max_length=200, blank=True, default="")
    model = models.CharField(_("model"), max_length=200)
    embed = models.ForeignKey(ChatEmbed, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    latency_ms = models.PositiveIntegerField(_("latency (ms)"), default=0)
    success = models.BooleanField(_("success"), default=False)
    error = models.TextField(_("error"), blank=True, default="")
    attempt = models.PositiveSmallIntegerField(_("repair attempt"), default=1)
    tokens_in = models.PositiveIntegerField(_("input tokens"), default=0)
    tokens_out = models.PositiveIntegerField(_("output tokens"), default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("LLM request")

    def __str__(self) -> str:
        return f"{self.prompt_slug} → {self.model} ({'ok' if self.success else 'failed'})"
