"""The automation settings live in ``datachat.conf`` with every other ``DATACHAT_*`` setting; this name stays
for the automation modules that read them (``WEBHOOK_*``, ``STEP_LEASE``, ``SCHEDULER_INTERVAL``, ``INTENT_ENGINE``,
``AUTOMATION_MODULES``, ``WEBHOOKS_ALLOW_PRIVATE``).
"""

from datachat.conf import conf as automation_settings

__all__ = ["automation_settings"]
