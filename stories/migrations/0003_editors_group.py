"""The "Editors" group: exactly what the people who correct stories need, and nothing else.

Editors correct stories, articles' metadata, events, places and people, add articles through the
admin's "add articles" page, merge and delete events (deletions leave tombstones) and merge
places (the merged-away places are deleted). They do not delete stories or articles, do not edit
the tombstones (they may remove one, to let re-extraction bring an event back), and never touch
users, groups or the pipeline's own bookkeeping (mentions, LSH buckets, geocoder caches).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"

EDITOR_PERMISSIONS = {
    "story": ["view", "change"],
    "article": ["view", "add", "change"],
    "event": ["view", "add", "change", "delete"],
    "place": ["view", "add", "change", "delete"],
    "person": ["view", "add", "change"],
    "deletedevent": ["view", "delete"],
}


def create_editors_group(apps, schema_editor):
    # Permissions are normally created after all migrations ran (post_migrate); a fresh
    # database needs them now, so create the stories app's permissions first.
    stories = apps.get_app_config("stories")
    stories.models_module = True
    create_permissions(stories, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    stories.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS)
    codenames = [
        f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions
    ]
    permissions = Permission.objects.filter(
        content_type__app_label="stories", codename__in=codenames
    )
    group.permissions.set(permissions)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("stories", "0002_deletedevent_merged_into"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
