"""The Datachat API: one Router per concern, mounted under ``/api/v1/`` by the project's NinjaAPI.

``router`` bundles them; ``errors.install(api)`` gives the API the contract's error envelope.
"""

from ninja import Router

from . import errors
from .widget import router as widget_router

router = Router()
router.add_router("", widget_router)

__all__ = ["errors", "router"]
