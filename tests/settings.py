"""Test settings: the project's settings plus a test app holding concrete models of the abstract bases."""

import os
import tempfile

os.environ.setdefault("DATACHAT_VAR_DIR", tempfile.mkdtemp(prefix="datachat-test-var-"))

from backend.settings import *  # noqa: E402,F403

INSTALLED_APPS = [*INSTALLED_APPS, "tests.testapp"]  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DEBUG = False
SECRET_KEY = "test-secret-key-not-for-production-0123456789abcdef"
os.makedirs(STATIC_ROOT, exist_ok=True)  # noqa: F405  (WhiteNoise warns about a missing STATIC_ROOT)
