"""Admin for semantic models: edit, import (OSI YAML or dbt manifest), export, infer, make live, and accept
helpful answers as verified questions in one click."""

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from datachat.models import DataChatMessage, SemanticModelVersion
from datachat.semantic import write_osi
from datachat.services import semantic as semantic_service


class SemanticModelVersionForm(forms.ModelForm):
    upload = forms.FileField(label=_("import a file"), required=False,
                             help_text=_("OSI YAML, or dbt's semantic_manifest.json; replaces the text above."))

    class Meta:
        model = SemanticModelVersion
        fields = ["data_source", "yaml", "upload", "note", "is_live"]
        widgets = {"yaml": forms.Textarea(attrs={"rows": 30, "cols": 110, "style": "font-family: monospace"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["yaml"].required = False  # an upload may take its place

    def clean(self):
        data = super().clean()
        source, upload = data.get("data_source"), data.get("upload")
        text = data.get("yaml") or ""
        dbt = False
        if upload is not None:
            try:
                text = upload.read().decode("utf-8")
            except UnicodeDecodeError as exc:
                raise forms.ValidationError(_("The file is not UTF-8 text.")) from exc
            dbt = upload.name.endswith(".json")
        if source is None or not text.strip():
            if not text.strip():
                self.add_error("yaml", _("Paste a model or import a file."))
            return data
        model, problems = semantic_service.check_text(source, text, dbt=dbt)
        if problems:
            raise forms.ValidationError([f"{'upload' if upload else 'yaml'}: {p}" for p in problems])
        data["yaml"] = write_osi(model) if dbt else text
        self.instance.yaml = data["yaml"]
        return data


@admin.register(SemanticModelVersion)
class SemanticModelVersionAdmin(admin.ModelAdmin):
    form = SemanticModelVersionForm
    list_display = ["data_source", "version", "is_live", "note", "created_at"]
    list_filter = ["data_source", "is_live"]
    actions = ["make_live", "export_yaml"]

    @admin.action(description=_("Make the selected version live"))
    def make_live(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, _("Select exactly one version."), messages.ERROR)
            return
        version = queryset.get()
        version.make_live()
        self.message_user(request, _("%s is live.") % version)

    @admin.action(description=_("Export the selected version as OSI YAML"))
    def export_yaml(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, _("Select exactly one version."), messages.ERROR)
            return None
        version = queryset.get()
        response = HttpResponse(version.yaml, content_type="application/yaml; charset=utf-8")
        name = f"{version.data_source.slug or 'model'}-v{version.version}.yaml"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


class InferSemanticModelMixin:
    """A data source action: profile the database into a draft semantic model (a new version, not live)."""

    @admin.action(description=_("Infer a draft semantic model"))
    def infer_semantic_model(self, request, queryset):
        import sqlalchemy as sa

        for source in queryset:
            try:
                version = semantic_service.infer_version(source)
            except sa.exc.SQLAlchemyError as exc:
                self.message_user(request, f"{source}: {exc.__class__.__name__}", messages.ERROR)
                continue
            self.message_user(request, _("Draft %s stored; review it, then make it live.") % version)


class AcceptVerifiedMixin:
    """A message action: helpful answers become verified questions of their data source's live model, and a
    word the engine missed before the visitor rephrased it becomes a synonym (``candidate_synonyms``)."""

    @admin.action(description=_("Accept helpful answers as verified questions (and rephrasings as synonyms)"))
    def accept_as_verified(self, request, queryset):
        sources = {m.session.data_source for m in queryset.select_related("session__data_source")}
        chosen = {m.pk for m in queryset}
        actor = request.user.get_username()
        for source in sources:
            synonyms = [(ds, f, phrase) for answer, ds, f, phrase in semantic_service.candidate_synonyms(source)
                        if answer.pk in chosen]
            candidates = [vq for answer, vq in semantic_service.candidate_questions(source) if answer.pk in chosen]
            versions = [v for v in (semantic_service.accept_synonyms(source, synonyms, actor=actor),
                                    semantic_service.accept_candidates(source, candidates, actor=actor)) if v]
            if not versions:
                self.message_user(request, _("%s: nothing new to accept.") % source, messages.WARNING)
            for version in versions:
                self.message_user(request, _("%(source)s: %(note)s (version %(n)s).") % {
                    "source": source, "note": version.note, "n": version.version})


__all__ = ["AcceptVerifiedMixin", "DataChatMessage", "InferSemanticModelMixin", "SemanticModelVersionAdmin"]
