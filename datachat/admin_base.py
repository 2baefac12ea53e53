"""Admin building blocks shared by Datachat's admin modules."""

from django.contrib import admin


class ReadOnlyMixin:
    """Logs and records are written by the app, never by hand: no add, no change."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ReadOnlyAdmin(ReadOnlyMixin, admin.ModelAdmin):
    pass


class ReadOnlyInlineMixin:
    """An inline that shows related rows without letting anyone add or delete them."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False
