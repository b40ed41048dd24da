"""Helpers for the admin tests: accounts with real permissions, and change-form payloads."""

import json

from django.contrib.auth.models import Group, Permission, User
from django.test import Client

from stories.models import Event, Place


def make_editor(username: str = "editor") -> User:
    """A staff account in the Editors group the data migration created — nothing more."""
    user = User.objects.create_user(username, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def staff_without_editing(username: str = "staff") -> User:
    """Staff who may look at events but not change them (not an editor)."""
    user = User.objects.create_user(username, password="pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_event"))
    return user


def event_form_data(event: Event, **changes) -> dict:
    """What the event change form posts, with `changes` applied."""
    data = {
        "title": event.title,
        "summary": event.summary,
        "date_start": event.date_start.isoformat() if event.date_start else "",
        "date_end": event.date_end.isoformat() if event.date_end else "",
        "date_precision": event.date_precision,
        "certainty": event.certainty,
        "place": event.place_id or "",
        "people": [p.pk for p in event.people.all()],
        "reviewed": "on" if event.reviewed else "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def place_form_data(place: Place, **changes) -> dict:
    """What the place change form posts, with `changes` applied."""
    data = {
        "name": place.name,
        "aliases": json.dumps(place.aliases),
        "kind": place.kind,
        "country_code": place.country_code,
        "latitude": "" if place.latitude is None else place.latitude,
        "longitude": "" if place.longitude is None else place.longitude,
        "radius_km": "" if place.radius_km is None else place.radius_km,
        "status": place.status,
        "geonames_id": place.geonames_id or "",
    }
    data.update(changes)
    return data
