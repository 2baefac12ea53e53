"""One error root for Datachat: every error a caller may see is a ``DatachatError`` whose subclass fixes its
stable ``code``. ``datachat.api.errors.STATUS`` maps the classes to HTTP statuses (the one table); the pipeline
puts ``code`` in a refused answer's ``error``. The guard (``sql_safety``) is a pure package with its own root,
``SqlSafetyError``, whose codes the pipeline keeps as they are.

    DatachatError                       error
    ├── InvalidRequest                  invalid_request
    │   ├── TargetNotAllowed            target_not_allowed      (automations.webhooks)
    │   └── InvalidStatus               invalid_status
    ├── Unauthorized                    unauthorized
    │   └── IdentityError               identity_expired | identity_invalid | identity_required  (identity)
    ├── Forbidden                       forbidden
    │   └── OriginNotAllowed            origin_not_allowed
    ├── NotFound                        not_found
    │   ├── SessionNotFound             session_not_found
    │   ├── SessionExpired              session_expired
    │   ├── MessageNotFound             message_not_found
    │   ├── EmbedNotFound               embed_not_found
    │   ├── HookNotFound                hook_not_found
    │   └── TaskNotFound                task_not_found
    ├── RateLimited                     rate_limited            (carries Retry-After headers)
    ├── TemporarilyUnavailable          temporarily_unavailable
    ├── ExportError                     export_failed           (services.exports, with its subclasses)
    ├── QueryFailed                     query_failed            (services.execute)
    │   └── QueryTimeout                query_timeout
    └── LLMError                        llm_error               (llm.errors, with its subclasses)

``str(error)`` is one sentence that is safe to show to a caller.
"""

__all__ = [
    "DatachatError", "EmbedNotFound", "Forbidden", "HookNotFound", "InvalidRequest", "InvalidStatus",
    "MessageNotFound", "NotFound", "OriginNotAllowed", "RateLimited", "SessionExpired", "SessionNotFound",
    "TaskNotFound", "TemporarilyUnavailable", "Unauthorized", "envelope",
]


class DatachatError(Exception):
    """Root of Datachat's errors. ``headers`` are HTTP headers to send with the refusal (e.g. Retry-After)."""

    code = "error"

    def __init__(self, message: str = "", *, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        self.headers = dict(headers or {})


def envelope(code: str, message: str) -> dict:
    """The contract's error body: ``{"error": {"code", "message"}}``."""
    return {"error": {"code": code, "message": message}}


class InvalidRequest(DatachatError):
    code = "invalid_request"


class InvalidStatus(InvalidRequest):
    code = "invalid_status"


class Unauthorized(DatachatError):
    code = "unauthorized"


class Forbidden(DatachatError):
    code = "forbidden"


class OriginNotAllowed(Forbidden):
    code = "origin_not_allowed"


class NotFound(DatachatError):
    code = "not_found"


class SessionNotFound(NotFound):
    code = "session_not_found"


class SessionExpired(NotFound):
    code = "session_expired"


class MessageNotFound(NotFound):
    code = "message_not_found"


class EmbedNotFound(NotFound):
    code = "embed_not_found"


class HookNotFound(NotFound):
    code = "hook_not_found"


class TaskNotFound(NotFound):
    code = "task_not_found"


class RateLimited(DatachatError):
    code = "rate_limited"


class TemporarilyUnavailable(DatachatError):
    code = "temporarily_unavailable"
