"""Seeds the shared language list (see netzwerk.core.data.languages)."""

from django.db import migrations

from netzwerk.core.data.languages import LANGUAGES


def seed_languages(apps, schema_editor):
    Language = apps.get_model("core", "Language")
    for row in LANGUAGES:
        # The historical model carries the modeltranslation columns; `name` holds the German original.
        Language.objects.update_or_create(
            code=row.code,
            defaults={
                "name": row.name_de,
                "name_de": row.name_de,
                "name_en": row.name_en,
                "native_name": row.native_name,
                "is_rtl": row.is_rtl,
            },
        )


def remove_languages(apps, schema_editor):
    Language = apps.get_model("core", "Language")
    Language.objects.filter(code__in=[row.code for row in LANGUAGES]).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(seed_languages, remove_languages),
    ]
