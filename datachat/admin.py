"""Django admin for data sources, embeds (keys shown once on creation), sessions and the audit log."""

import contextvars

from django import forms
from django.contrib import admin, messages
from django.template import engines
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from datachat import keys
from datachat.admin_base import ReadOnlyAdmin, ReadOnlyInlineMixin
from datachat.admin_forms import ChatEmbedForm
from datachat.admin_semantic import AcceptVerifiedMixin, InferSemanticModelMixin
from datachat.models import AuditLog, ChatEmbed, DataChatMessage, DataChatSession, DataSource, EmbedKey
from datachat.models.sources import dialect_of
from datachat.services import catalog
from datachat.services import embeds as embed_service


class DataSourceForm(forms.ModelForm):
    """The URL is written into an encrypted StoredSecret and never shown again in full."""

    url = forms.CharField(label=_("database URL"), required=False, widget=forms.PasswordInput(render_value=False),
                          help_text=_("SQLAlchemy URL, e.g. postgresql://reader:pw@db/sales. Leave empty to keep."))

    class Meta:
        model = DataSource
        fields = ["name", "slug", "url", "exposed", "engine", "max_rows", "max_scan_rows", "is_active"]

    def clean_url(self):
        url = self.cleaned_data.get("url", "").strip()
        if not url and not self.instance.url_secret_id:
            raise forms.ValidationError(_("A data source needs a URL."))
        if url:
            dialect_of(url)
        return url

    def save(self, commit=True):
        if self.cleaned_data.get("url"):
            self.instance.url = self.cleaned_data["url"]
        return super().save(commit=commit)


@admin.register(DataSource)
class DataSourceAdmin(InferSemanticModelMixin, admin.ModelAdmin):
    form = DataSourceForm
    actions = ["infer_semantic_model", "refresh_catalog"]
    list_display = ["name", "dialect", "engine", "is_active", "created_at"]
    list_filter = ["dialect", "engine", "is_active"]
    search_fields = ["name", "slug"]
    readonly_fields = ["dialect", "masked_url"]

    @admin.display(description=_("URL"))
    def masked_url(self, obj):
        return obj.display_url if obj.url_secret_id else "—"

    @admin.action(description=_("Refresh the catalog (tables were added, dropped or changed)"))
    def refresh_catalog(self, request, queryset):
        for source in queryset:
            catalog.refresh(source.url)
        self.message_user(request, _("The next question reflects the selected data sources again."), messages.SUCCESS)


class EmbedKeyInline(ReadOnlyInlineMixin, admin.TabularInline):
    model = EmbedKey
    fields = ["display", "kind", "created_at", "expires_at", "revoked_at", "last_used_at"]
    readonly_fields = fields


KEYS_ISSUED_PAGE = """{% extends "admin/base_site.html" %}
{% block content %}<p>{{ notice }}</p>
{% for name, snippet in snippets %}<p>{{ name }}: {{ snippet_notice }}</p>
<pre style="white-space:pre-wrap;overflow-wrap:anywhere">{{ snippet }}</pre>{% endfor %}
<p><a class="button" href="{{ back }}">Done</a></p>{% endblock %}"""


_current_request: contextvars.ContextVar = contextvars.ContextVar("datachat_admin_request")


def snippet_for(request, key: str) -> str:
    """The ready-to-paste script tag (CONTRACT.md section 5) for this server and ``key``."""
    from django.templatetags.static import static

    return (f'<script src="{request.build_absolute_uri(static("datachat/widget.js"))}" data-key="{key}" async>'
            "</script>")


@admin.register(ChatEmbed)
class ChatEmbedAdmin(admin.ModelAdmin):
    form = ChatEmbedForm
    list_display = ["name", "data_source", "origins", "rate_limit", "is_active", "created_at"]
    list_filter = ["is_active", "data_source"]
    search_fields = ["name", "tenant_id"]
    inlines = [EmbedKeyInline]
    actions = ["rotate_publishable", "rotate_secret", "revoke_all", "issue_identity_secret"]
    readonly_fields = ["snippet", "identity_secret_state"]

    @admin.display(description=_("snippet"))
    def snippet(self, obj):
        if obj is None or not obj.pk:
            return _("Shown with the keys once the embed is saved.")
        key = EmbedKey.objects.usable().filter(embed=obj, kind=keys.PUBLISHABLE).first()
        prefix = f"{key.kind}_{key.lookup}_…" if key else "PUBLISHABLE_KEY"
        return format_html(
            '<pre style="white-space:pre-wrap">{}</pre>{}', snippet_for(_current_request.get(), prefix),
            _("Paste it before </body> on each page; put the full publishable key (shown when it was issued or "
              "rotated) in data-key. Signed-in visitors: add data-identity-token or call Datachat.identify()."))

    @admin.display(description=_("identity secret"))
    def identity_secret_state(self, obj):
        if obj is not None and obj.identity_secret:
            return _("Set (stored encrypted). Issue a new one with the action \"Issue a new identity secret\".")
        return _("None yet: use the action \"Issue a new identity secret\" on the embed list.")

    def get_form(self, request, obj=None, change=False, **kwargs):
        _current_request.set(request)  # the snippet names this server
        return super().get_form(request, obj, change=change, **kwargs)

    @admin.display(description=_("allowed origins"))
    def origins(self, obj):
        return ", ".join(obj.allowed_domains or []) or "—"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            request._datachat_issued = embed_service.issue_first_keys(obj, actor=request.user.get_username())
        elif form.changed_data:
            AuditLog.record("embed.updated", actor=request.user.get_username(), target=f"embed:{obj.pk}",
                            fields=form.changed_data)

    def response_add(self, request, obj, post_url_continue=None):
        issued = getattr(request, "_datachat_issued", None)
        if issued:
            return self._show_once(request, [(obj, issued)])
        return super().response_add(request, obj, post_url_continue)

    def _show_once(self, request, issued: list[tuple[ChatEmbed, dict[str, str]]]):
        """Show new keys on a page rendered straight into this response (no redirect, ``no-store``).

        The keys travel as admin messages, but the page that is returned renders (and so consumes) them, so
        the message storage never writes them to its cookie or the session.
        """
        snippets = []
        for embed, values in issued:
            lines = format_html_join("", "<br><code>{}</code>: <code>{}</code>", sorted(values.items()))
            messages.warning(request, format_html("{} {}{}", embed.name, _("(shown only once):"), lines))
            if values.get(keys.PUBLISHABLE):
                snippets.append((embed.name, snippet_for(request, values[keys.PUBLISHABLE])))
        context = {
            **self.admin_site.each_context(request),
            "snippets": snippets,
            "snippet_notice": _("the snippet to paste in your pages (replace the old one)"),
            "title": _("Copy these keys now"),
            "notice": _("They are shown only once. The publishable key goes in the snippet; keep the secret key on "
                        "your servers."),
            "back": reverse("admin:datachat_chatembed_changelist"),
            "opts": self.model._meta,
        }
        response = TemplateResponse(request, engines["django"].from_string(KEYS_ISSUED_PAGE), context)
        response["Cache-Control"] = "no-store"
        return response

    @admin.action(description=_("Rotate the publishable key (old one keeps working during the grace period)"))
    def rotate_publishable(self, request, queryset):
        return self._show_once(request, [(embed, {keys.PUBLISHABLE: embed_service.rotate_key(
            embed, keys.PUBLISHABLE, actor=request.user.get_username())}) for embed in queryset])

    @admin.action(description=_("Rotate the secret key (old one keeps working during the grace period)"))
    def rotate_secret(self, request, queryset):
        return self._show_once(request, [(embed, {keys.SECRET: embed_service.rotate_key(
            embed, keys.SECRET, actor=request.user.get_username())}) for embed in queryset])

    @admin.action(description=_("Issue a new identity secret (shown once; tokens signed with the old one stop "
                                "working)"))
    def issue_identity_secret(self, request, queryset):
        return self._show_once(request, [(embed, {"identity_secret": embed_service.issue_identity_secret(
            embed, actor=request.user.get_username())}) for embed in queryset])

    @admin.action(description=_("Revoke all keys now"))
    def revoke_all(self, request, queryset):
        total = sum(embed_service.revoke_keys(embed, actor=request.user.get_username()) for embed in queryset)
        messages.success(request, _("%(n)d keys revoked.") % {"n": total})


class DataChatMessageInline(ReadOnlyInlineMixin, admin.StackedInline):
    model = DataChatMessage
    fields = ["role", "content", "sql", "error_code", "engine", "duration_ms", "intents", "created_at"]
    readonly_fields = fields


@admin.register(DataChatSession)
class DataChatSessionAdmin(ReadOnlyAdmin):
    list_display = ["id", "embed", "data_source", "user", "created_at", "expires_at"]
    list_filter = ["embed", "data_source"]
    search_fields = ["id", "user", "visitor_id"]
    date_hierarchy = "created_at"
    inlines = [DataChatMessageInline]


@admin.register(DataChatMessage)
class DataChatMessageAdmin(AcceptVerifiedMixin, ReadOnlyAdmin):
    actions = ["accept_as_verified"]
    list_display = ["created_at", "role", "short_content", "error_code", "engine", "duration_ms", "helpful"]
    list_filter = ["role", "error_code", "engine", "helpful"]
    search_fields = ["content", "sql"]
    date_hierarchy = "created_at"

    @admin.display(description=_("content"))
    def short_content(self, obj):
        return obj.content[:80]


@admin.register(AuditLog)
class AuditLogAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "action", "actor", "target", "ip", "origin"]
    list_filter = ["action"]
    search_fields = ["action", "actor", "target", "origin"]
    date_hierarchy = "created_at"
    readonly_fields = ["created_at", "action", "actor", "target", "changes", "ip", "origin"]


from datachat.automations import admin as automations_admin  # noqa: E402,F401 - registers the automation admins
from datachat.llm import admin as llm_admin  # noqa: E402,F401 - registers the model admin classes
