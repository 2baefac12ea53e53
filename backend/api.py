"""The project's single NinjaAPI, served under /api/v1/ (docs at /api/v1/docs)."""

from ninja import NinjaAPI

from datachat.api import errors, router

api = NinjaAPI(
    title="Datachat API",
    version="1",
    description="Ask questions of your data from an embedded chat. See CONTRACT.md.",
    urls_namespace="datachat-api",
)
errors.install(api)
api.add_router("", router)
