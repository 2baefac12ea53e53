"""The error envelope of CONTRACT.md: ``{"error": {"code": "...", "message": "..."}}``.

Every error leaving the API goes through ``install(api)``'s handlers, ninja's own included, so clients
never see another shape (or a traceback).
"""

import logging

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError

from datachat import errors
from datachat.errors import DatachatError, envelope
from datachat.services.exports import NoChartToExport, RendererMissing, UnknownFormat

logger = logging.getLogger("datachat.api")

try:  # an unreachable Redis cache is a 503, on every route group
    from redis.exceptions import ConnectionError as _RedisDown
    from redis.exceptions import TimeoutError as _RedisSlow

    CACHE_UNAVAILABLE: tuple[type[Exception], ...] = (_RedisDown, _RedisSlow)
except ImportError:  # pragma: no cover - Redis is an optional extra
    CACHE_UNAVAILABLE = ()

__all__ = ["STATUS", "envelope", "error_response", "install", "status_of"]

#: The one table from Datachat's errors to HTTP statuses; the most specific class of an error wins.
#: Each error keeps its own ``code`` (``datachat.errors``); an error of no class listed here is a 400.
STATUS: dict[type[DatachatError], int] = {
    errors.InvalidRequest: 422,
    errors.Unauthorized: 401,
    errors.Forbidden: 403,
    errors.NotFound: 404,
    errors.RateLimited: 429,
    errors.TemporarilyUnavailable: 503,
    NoChartToExport: 409,
    UnknownFormat: 404,
    RendererMissing: 501,
}


def status_of(error: DatachatError) -> int:
    """The HTTP status of ``error``: its most specific class in ``STATUS``."""
    return next((STATUS[cls] for cls in type(error).__mro__ if cls in STATUS), 400)


def error_response(request: HttpRequest, status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> HttpResponse:
    from django.http import JsonResponse

    request.datachat_cors = True  # let the widget read why it was refused (datachat.cors)
    response = JsonResponse(envelope(code, message), status=status)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def _validation_message(errors: list[dict]) -> str:
    parts = []
    for error in errors[:5]:
        where = ".".join(str(p) for p in error.get("loc", []) if p not in ("body", "payload"))
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg", "invalid"))
    return "; ".join(parts) or "invalid request"


def install(api: NinjaAPI) -> None:
    """Register the envelope handlers on ``api``."""

    @api.exception_handler(DatachatError)
    def _datachat_error(request, exc: DatachatError):
        return error_response(request, status_of(exc), exc.code, str(exc), exc.headers)

    @api.exception_handler(ValidationError)
    def _validation(request, exc: ValidationError):
        return error_response(request, 422, "invalid_request", _validation_message(exc.errors))

    @api.exception_handler(AuthenticationError)
    def _unauthenticated(request, exc):
        return error_response(request, 401, "unauthorized", "Missing, unknown or revoked key.")

    @api.exception_handler(AuthorizationError)
    def _forbidden(request, exc):
        return error_response(request, 403, "forbidden", str(exc) or "Forbidden.")

    @api.exception_handler(Http404)
    def _not_found(request, exc):
        return error_response(request, 404, "not_found", "Not found.")

    @api.exception_handler(HttpError)
    def _http_error(request, exc: HttpError):
        code = {400: "bad_request", 405: "method_not_allowed", 413: "too_large"}.get(exc.status_code, "error")
        status = 422 if exc.status_code == 400 else exc.status_code  # unparsable bodies are invalid bodies
        return error_response(request, status, "invalid_request" if status == 422 else code, str(exc))

    def _cache_down(request, exc):
        logger.error("cache unavailable on %s %s: %s", request.method, request.path, exc)
        return error_response(request, 503, "temporarily_unavailable",
                              "The service is briefly unavailable; please try again.", {"Retry-After": "10"})

    for error in CACHE_UNAVAILABLE:
        api.add_exception_handler(error, _cache_down)

    @api.exception_handler(Exception)
    def _unexpected(request, exc):
        logger.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(request, 500, "internal_error", "Something went wrong on our side.")
