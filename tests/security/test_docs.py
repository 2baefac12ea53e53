"""The ``>>>`` examples in the docstrings of the key, origin and rate-limit modules run and hold."""

import doctest

import pytest

from datachat import keys, origins, ratelimit


@pytest.mark.parametrize("module", [keys, origins, ratelimit], ids=lambda m: m.__name__)
def test_docstring_examples(module, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                   "LOCATION": "doctest"}}
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
