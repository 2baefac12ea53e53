"""The docstring examples of the answer modules run."""

import doctest

import pytest

import datachat.services.answers
import datachat.services.charts
import datachat.services.exports
import datachat.services.results
import datachat.services.summary


@pytest.mark.parametrize(
    "module",
    [
        datachat.services.answers,
        datachat.services.charts,
        datachat.services.exports,
        datachat.services.results,
        datachat.services.summary,
    ],
)
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_answer_modules_do_not_import_django():
    import subprocess
    import sys

    code = (
        "import sys, datachat.services.answers, datachat.services.exports, datachat.demo; "
        "sys.exit(1 if 'django' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
