"""Admin for model providers (keys write-only), prompts and their versions, few-shot examples, and the
read-only records of model calls. Imported by ``datachat.admin``."""

from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from datachat.admin_base import ReadOnlyAdmin
from datachat.models import (
    LLMModelConfig,
    LLMProvider,
    LLMRequest,
    LLMUsage,
    Prompt,
    PromptVersion,
    QueryExample,
)


class LLMProviderForm(forms.ModelForm):
    """The API key is written into an encrypted StoredSecret; the form never renders it back."""

    api_key = forms.CharField(label=_("API key"), required=False, widget=forms.PasswordInput(render_value=False),
                              help_text=_("Leave empty to keep the stored key. Local servers need none."))
    clear_api_key = forms.BooleanField(label=_("remove the stored key"), required=False)

    class Meta:
        model = LLMProvider
        fields = ["name", "provider_type", "config", "api_key", "clear_api_key", "is_default", "is_active"]

    def save(self, commit=True):
        if self.cleaned_data.get("clear_api_key"):
            self.instance.api_key = ""
        elif self.cleaned_data.get("api_key"):
            self.instance.api_key = self.cleaned_data["api_key"]
        return super().save(commit=commit)


class LLMModelConfigInline(admin.TabularInline):
    model = LLMModelConfig
    extra = 1
    fields = ["model_id", "max_tokens", "temperature", "params", "is_default"]


@admin.register(LLMProvider)
class LLMProviderAdmin(admin.ModelAdmin):
    form = LLMProviderForm
    list_display = ["name", "provider_type", "base_url_display", "key_status", "is_default", "is_active"]
    list_filter = ["provider_type", "is_default", "is_active"]
    search_fields = ["name"]
    inlines = [LLMModelConfigInline]

    @admin.display(description=_("base URL"))
    def base_url_display(self, obj):
        return obj.base_url or _("hosted API")

    @admin.display(description=_("API key"))
    def key_status(self, obj):
        return _("set") if obj.has_api_key else "—"


class PromptVersionForm(forms.ModelForm):
    class Meta:
        model = PromptVersion
        fields = ["version", "is_live", "note", "variables", "system_template", "user_template"]


class PromptVersionInline(admin.StackedInline):
    model = PromptVersion
    form = PromptVersionForm
    extra = 0
    ordering = ["-version"]
    readonly_fields = ["created_at"]


@admin.register(Prompt)
class PromptAdmin(admin.ModelAdmin):
    list_display = ["slug", "name", "category", "live"]
    search_fields = ["slug", "name"]
    inlines = [PromptVersionInline]

    @admin.display(description=_("live version"))
    def live(self, obj):
        version = obj.live_version()
        return f"v{version.version}" if version else "—"


@admin.register(PromptVersion)
class PromptVersionAdmin(admin.ModelAdmin):
    """Edit a version in place, or save it as a new one; exactly one version per prompt is live."""

    list_display = ["prompt", "version", "is_live", "note", "updated_at"]
    list_filter = ["prompt", "is_live"]
    search_fields = ["prompt__slug", "note", "system_template", "user_template"]
    fields = ["prompt", "version", "is_live", "note", "variables", "system_template", "user_template"]
    save_as = True
    actions = ["make_live"]

    def get_changeform_initial_data(self, request):
        return {"variables": ["dialect", "schema", "examples", "history", "question"]}

    @admin.action(description=_("Make live (the prompt's other versions stop being live)"))
    def make_live(self, request, queryset):
        if queryset.values("prompt").distinct().count() != queryset.count():
            self.message_user(request, _("Pick one version per prompt."), messages.ERROR)
            return
        for version in queryset:
            version.make_live()
        self.message_user(request, _("%(n)d versions are live.") % {"n": queryset.count()})


@admin.register(QueryExample)
class QueryExampleAdmin(admin.ModelAdmin):
    """Question/SQL pairs for few-shot prompts. Helpful answers arrive as candidates; approve to use them."""

    list_display = ["short_question", "data_source", "status", "created_at"]
    list_filter = ["status", "data_source"]
    search_fields = ["question", "sql"]
    fields = ["data_source", "question", "sql", "status", "message"]
    readonly_fields = ["message"]
    actions = ["approve", "reject"]

    @admin.display(description=_("question"))
    def short_question(self, obj):
        return obj.question[:80]

    @admin.action(description=_("Approve (use in prompts)"))
    def approve(self, request, queryset):
        queryset.update(status=QueryExample.APPROVED)

    @admin.action(description=_("Reject"))
    def reject(self, request, queryset):
        queryset.update(status=QueryExample.REJECTED)


@admin.register(LLMRequest)
class LLMRequestAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "prompt_slug", "prompt_version", "provider", "model", "attempt", "latency_ms",
                    "success"]
    list_filter = ["success", "prompt_slug", "model", "provider"]
    search_fields = ["model", "error", "prompt_slug"]
    date_hierarchy = "created_at"
    readonly_fields = ["created_at", "prompt_slug", "prompt_version", "provider", "model", "embed", "attempt",
                       "latency_ms", "success", "error", "tokens_in", "tokens_out"]


@admin.register(LLMUsage)
class LLMUsageAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "tenant_id", "embed", "model", "tokens_in", "tokens_out", "cost", "estimated"]
    list_filter = ["model", "estimated"]
    search_fields = ["tenant_id", "model"]
    date_hierarchy = "created_at"
    readonly_fields = ["created_at", "tenant_id", "embed", "model", "tokens_in", "tokens_out", "cost", "estimated"]
