"""The Datachat API: one Router per concern, mounted under ``/api/v1/`` by the project's NinjaAPI.

``router`` bundles them; ``errors.install(api)`` gives the API the contract's error envelope.
"""

from ninja import Router

from datachat.auth import rate_limit_headers

from . import errors
from .widget import router as widget_router

router = Router()
router.add_router("", widget_router)
router.add_router("", "datachat.api.admin.router")  # /admin/embeds: keys, origins, limits
router.add_router("", "datachat.api.hooks.router")  # /hooks: REST Hooks webhook subscriptions
router.add_router("", "datachat.api.tasks.router")  # /tasks: the embed's human tasks (read-only)
router.add_decorator(rate_limit_headers, mode="view")  # X-RateLimit-* on every accepted widget call (datachat.auth)

__all__ = ["errors", "router"]
