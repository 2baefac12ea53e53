"""Create the built-in prompts (text-to-sql and its repair turn) with a live version 1."""

from django.db import migrations


def seed(apps, schema_editor):
    from datachat.llm.prompts import ensure_default_prompts

    ensure_default_prompts(apps.get_model("datachat", "Prompt"), apps.get_model("datachat", "PromptVersion"))


class Migration(migrations.Migration):
    dependencies = [("datachat", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
