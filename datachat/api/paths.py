"""Path parameters shared by the routers."""

import uuid


def path_uuid(value: str) -> uuid.UUID | None:
    """The UUID in a path segment, or None when it is not one (the caller answers 404, never a 500 or 422).

    >>> path_uuid("00000000-0000-0000-0000-000000000001").int, path_uuid("not-a-uuid")
    (1, None)
    """
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None
