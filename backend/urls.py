from django.contrib import admin
from django.urls import include, path

from datachat.observability import metrics_view, readyz

from .api import api
from .views import demo_page

urlpatterns = [
    path("", demo_page, name="demo"),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("automations/", include("datachat.automations.urls")),
    path("readyz", readyz, name="readyz"),
    path("metrics", metrics_view, name="metrics"),
]
