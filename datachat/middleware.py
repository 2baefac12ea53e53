"""Keep every API error in the contract's JSON envelope, including Django's own 404/405/500 pages."""

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
