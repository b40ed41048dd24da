"""The "Editors" group, there after every `migrate` and every `flush`.

Migration 0003 creates the group on a new database, but `flush` (and every test that runs
in a transaction it cannot roll back) empties the auth tables and replays no migration: the
group would be gone, and `create_editor` and the demo editor of `load_samples` with it. So,
as Django recreates permissions and content types, the group is recreated after each
`post_migrate`, with exactly the permissions the migration gives it. A group that already
exists is left as a site's administrators may have changed it.
"""

from __future__ import annotations

from django.apps import AppConfig
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS

EDITORS = "Editors"

# What the people who correct stories need, and nothing else (see migration 0003).
EDITOR_PERMISSIONS = {
    "story": ["view", "change"],
    "article": ["view", "add", "change"],
    "event": ["view", "add", "change", "delete"],
    "place": ["view", "add", "change", "delete"],
    "person": ["view", "add", "change"],
    "deletedevent": ["view", "delete"],
}


def ensure_editors_group(sender: AppConfig, using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:
    """`post_migrate` receiver for the stories app: the group, made if missing."""
    from django.contrib.auth.models import Group, Permission

    create_permissions(sender, verbosity=0, using=using)  # auth's own receiver may come later
    group, created = Group.objects.using(using).get_or_create(name=EDITORS)
    if not created:
        return
    codenames = [f"{a}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for a in actions]
    group.permissions.set(
        Permission.objects.using(using).filter(
            content_type__app_label="stories", codename__in=codenames
        )
    )
