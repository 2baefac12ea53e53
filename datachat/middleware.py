"""Keep every API error in the contract's JSON envelope, including Django's own 404/405/500 pages."""

import json
import logging

from django.http import JsonResponse

from datachat.errors import envelope

logger = logging.getLogger("datachat.api")

CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "too_large", 500: "internal_error"}


class ApiErrorEnvelopeMiddleware:
    """Under ``prefix``, turn non-JSON error responses (and uncaught exceptions) into ``{"error": {...}}``."""

    prefix = "/api/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path_info.startswith(self.prefix) or response.status_code < 400:
            return response
        if response.get("Content-Type", "").startswith("application/json"):
            return response
        status = response.status_code
        replaced = JsonResponse(envelope(CODES.get(status, "error"), response.reason_phrase or "Error"),
                                status=status)
        for header in ("Allow", "Retry-After"):
            if response.has_header(header):
                replaced[header] = response[header]
        request.datachat_cors = True
        return replaced

    def process_exception(self, request, exception):
        if not request.path_info.startswith(self.prefix):
            return None
        logger.exception("unhandled error on %s %s", request.method, request.path)
        request.datachat_cors = True
        return JsonResponse(envelope("internal_error", "Something went wrong on our side."), status=500)


class StrictBodyMiddleware:
    """Under ``prefix``, refuse request bodies the API never accepts, before any view runs.

    - larger than ``DATA_UPLOAD_MAX_MEMORY_SIZE`` -> 413 ``too_large``;
    - JSON that is not an object (an array, a string, a number, null) -> 422 ``invalid_request``;
    - any string in it (keys too) holding NUL or another control character except tab, newline and carriage
      return -> 422 ``invalid_characters`` (PostgreSQL text cannot hold NUL; the others are never meant).
    Bodies that are not JSON at all are left to the API, which answers 422.
    """

    prefix = "/api/"
    methods = {"POST", "PUT", "PATCH"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in self.methods and request.path_info.startswith(self.prefix):
            refusal = self.refusal(request)
            if refusal is not None:
                request.datachat_cors = True
                status, code, message = refusal
                return JsonResponse(envelope(code, message), status=status)
        return self.get_response(request)

    def refusal(self, request) -> tuple[int, str, str] | None:
        from django.conf import settings
        from django.core.exceptions import RequestDataTooBig

        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if limit is not None and declared > limit:
            return 413, "too_large", f"The request body is larger than {limit} bytes."
        try:
            body = request.body
        except RequestDataTooBig:
            return 413, "too_large", f"The request body is larger than {limit} bytes."
        if not body.strip() or "json" not in request.content_type:
            return None
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return None  # the API's own parser answers 422 with the reason
        if not isinstance(data, dict):
            return 422, "invalid_request", "The request body must be a JSON object."
        if has_control_characters(data):
            return 422, "invalid_characters", "Text must not contain NUL or other control characters."
        return None


_ALLOWED_CONTROLS = {"\t", "\n", "\r"}


def has_control_characters(value) -> bool:
    """True when a string anywhere in ``value`` (dict keys included) holds a control character."""
    if isinstance(value, str):
        return any((ch < " " or "\x7f" <= ch <= "\x9f") and ch not in _ALLOWED_CONTROLS for ch in value)
    if isinstance(value, dict):
        return any(has_control_characters(k) or has_control_characters(v) for k, v in value.items())
    if isinstance(value, list):
        return any(has_control_characters(item) for item in value)
    return False
