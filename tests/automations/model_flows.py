"""A ``ModelForm`` flow on the test app's ``Page`` model (only where the test app is installed)."""

from django import forms

from datachat.automations import flow
from tests.testapp.models import Page


class PageForm(forms.ModelForm):
    class Meta:
        model = Page
        fields = ["title"]


class PageDraft(flow.Automation):
    """A ``ModelForm`` step for one user with a permission; the saved page's key lands in ``data["page"]``."""

    write = flow.ModelForm(PageForm, "page").User(username="writer").Permission("testapp.add_page")
    end = flow.End()
