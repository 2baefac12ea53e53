# Datachat's production server: `datachat serve` on PostgreSQL and Redis (see compose.yaml and the README).
FROM python:3.12-slim
WORKDIR /app
COPY . .
# editable: the settings find widget_dist/ (the built widget) beside backend/
RUN pip install --no-cache-dir -e ".[postgres,redis]"
ENV DJANGO_DEBUG=0 DJANGO_SETTINGS_MODULE=backend.settings
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
# listens on all interfaces inside the container; publish the port only to the reverse proxy
CMD ["datachat", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
