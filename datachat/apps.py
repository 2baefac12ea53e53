from django.apps import AppConfig
from django.core import checks


class DatachatConfig(AppConfig):
    name = "datachat"
    verbose_name = "Datachat"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import (
            cors,  # noqa: F401  (connects the CORS signal receiver)
            hooks,
        )
        from .checks import check_embeds, check_settings
        from .llm import plugin as llm_plugin
        from .services.saved_queries import run_saved_query

        checks.register(check_settings, checks.Tags.security)
        checks.register(check_embeds, checks.Tags.security, checks.Tags.database)
        # Where a lower layer needs a higher one, the higher one registers itself (ARCHITECTURE.md, "Layers").
        llm_plugin.register()
        hooks.set_saved_query_runner(run_saved_query)
