from django.apps import AppConfig
from django.core import checks


class DatachatConfig(AppConfig):
    name = "datachat"
    verbose_name = "Datachat"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import cors  # noqa: F401  (connects the CORS signal receiver)
        from .checks import check_embeds, check_settings

        checks.register(check_settings, checks.Tags.security)
        checks.register(check_embeds, checks.Tags.security, checks.Tags.database)
