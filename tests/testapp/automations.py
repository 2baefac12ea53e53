"""An ``automations.py`` module of an installed app, found by ``flow.get_automations``."""

from datachat.automations import flow


class Tidy(flow.Automation):
    class Meta:
        verbose_name = "Tidy up"

    start = flow.Execute("tests.noop")
    end = flow.End()
