from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("datachat", "0007_datasource_max_scan_rows"),
    ]

    operations = [
        migrations.AddField(
            model_name="datachatmessage",
            name="idempotency_key",
            field=models.CharField(
                blank=True, default="", max_length=128, verbose_name="idempotency key",
                help_text="The client's Idempotency-Key of the post that stored this answer; a retry returns it.",
            ),
        ),
        migrations.AddConstraint(
            model_name="datachatmessage",
            constraint=models.UniqueConstraint(
                condition=models.Q(("idempotency_key", ""), _negated=True),
                fields=("session", "idempotency_key"),
                name="datachat_message_idempotency_key_unique",
            ),
        ),
    ]
