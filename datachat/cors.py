"""CORS for the widget API, decided per embed through django-cors-headers' ``check_request_enabled``.

- Preflights (``OPTIONS`` with ``Access-Control-Request-Method``) are allowed from any origin: a preflight
  grants nothing, because every real call is then checked against its own embed's origins server-side.
- A real call gets CORS headers when its embed allowed the origin, or when the call was refused (401/403/429):
  a refusal holds no data, and the widget must be able to read it to show why it cannot work there.
  Everything else gets none, so the browser withholds the response.
"""

from corsheaders.signals import check_request_enabled
from django.dispatch import receiver


@receiver(check_request_enabled)
def allow_embed_origins(sender, request, **kwargs) -> bool:
    if not request.path_info.startswith("/api/v1/"):
        return False
    if request.method == "OPTIONS" and "access-control-request-method" in request.headers:
        return True
    return bool(getattr(request, "datachat_cors", False))
