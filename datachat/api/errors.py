"""The error envelope of CONTRACT.md: ``{"error": {"code": "...", "message": "..."}}``.

Every error leaving the API goes through ``install(api)``'s handlers, ninja's own included, so clients
never see another shape (or a traceback).
"""

import logging

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError

logger = logging.getLogger("datachat.api")

try:  # an unreachable Redis cache is a 503, on every route group
    from redis.exceptions import ConnectionError as _RedisDown
    from redis.exceptions import TimeoutError as _RedisSlow

    CACHE_UNAVAILABLE: tuple[type[Exception], ...] = (_RedisDown, _RedisSlow)
except ImportError:  # pragma: no cover - Redis is an optional extra
    CACHE_UNAVAILABLE = ()


class ApiError(Exception):
    """An error with a stable ``code`` for clients, an HTTP status and optional headers."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


def envelope(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message}}


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

    @api.exception_handler(ApiError)
    def _api_error(request, exc: ApiError):
        return error_response(request, exc.status, exc.code, exc.message, exc.headers)

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
