"""What every editors' admin shares: changed fields are locked, locks are visible and undoable."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import flatten_fieldsets
from django.contrib.admin.views.main import ChangeList
from django.db import models
from django.db.models import QuerySet
from simple_history.admin import SimpleHistoryAdmin

from stories.forms import EditorLockingForm


class DateSafeChangeList(ChangeList):
    """A change list whose date drill-down survives the calendar's edges.

    Django builds the drill-down's range with plain datetime arithmetic: year 9999 has no next
    year (ValueError), and year 1 made aware in a zone east of UTC falls before year 1
    (OverflowError); both were 500s. They are invalid filters, which the admin already answers
    with its "?e=1" redirect.
    """

    def get_filters(self, request):
        try:
            return super().get_filters(request)
        except (ValueError, OverflowError) as error:
            raise IncorrectLookupParameters(error) from error

    def get_results(self, request):
        # The year-1 range only overflows when the query converts it to UTC.
        try:
            return super().get_results(request)
        except OverflowError as error:
            raise IncorrectLookupParameters(error) from error


class EditorLockingAdmin(SimpleHistoryAdmin):
    """Locks every lockable field an editor changed, so no pipeline run undoes it.

    "Changed" means changed in the form, or — for a revert from history, whose form starts from
    the old version — different from the row as it is saved now. Fields ticked under "Unlock" are
    released, which is how an editor hands a field back to the pipeline.
    """

    form = EditorLockingForm
    lock_fieldset_title = "Editor locks"

    class Media:
        css = {"all": ["css/admin-editors-desk.css"]}

    def get_changelist(self, request, **kwargs):
        return DateSafeChangeList

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        fieldsets = [
            (title, {**options, "fields": [f for f in options["fields"] if f != "unlock"]})
            for title, options in fieldsets
        ]
        if obj is not None and obj.locked_fields:
            fieldsets.append((self.lock_fieldset_title, {"fields": ["unlock"]}))
        return fieldsets

    def get_form(self, request, obj=None, change=False, **kwargs):
        # The unlock field is always part of the form, even when no fieldset shows it, so the
        # form class does not depend on whether the row happens to have locks.
        if "fields" not in kwargs:
            fields = flatten_fieldsets(self.get_fieldsets(request, obj))
            kwargs["fields"] = fields if "unlock" in fields else [*fields, "unlock"]
        return super().get_form(request, obj, change=change, **kwargs)

    def save_model(self, request, obj, form, change):
        obj.lock(*form.changed_data, *fields_differing_from_saved(obj))
        obj.unlock(*form.cleaned_data.get("unlock", []))
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Many-to-many changes (people) are only known once the form's m2m data is saved.
        m2m_changed = [f for f in form.changed_data if f in form.instance.LOCKABLE_FIELDS]
        m2m_changed = [f for f in m2m_changed if f not in form.cleaned_data.get("unlock", [])]
        if m2m_changed and set(m2m_changed) - set(form.instance.locked_fields):
            form.instance.lock(*m2m_changed)
            form.instance.save(update_fields=["locked_fields"])


def fields_differing_from_saved(obj: models.Model) -> list[str]:
    """Lockable (non-m2m) fields whose value differs from the database row — what a revert sets."""
    if obj.pk is None:
        return []
    saved = type(obj).objects.filter(pk=obj.pk).first()
    if saved is None:
        return []
    differing = []
    for name in obj.LOCKABLE_FIELDS:
        field = obj._meta.get_field(name)
        if field.many_to_many:
            continue
        if getattr(obj, field.attname) != getattr(saved, field.attname):
            differing.append(name)
    return differing


def needs_review_filter(to_review: Callable[[], QuerySet]) -> type[admin.SimpleListFilter]:
    """A "needs review" list filter showing exactly what the review queue counts."""

    class NeedsReviewFilter(admin.SimpleListFilter):
        title = "needs review"
        parameter_name = "needs_review"

        def lookups(self, request, model_admin):
            return [("yes", "Needs review"), ("no", "Settled")]

        def queryset(self, request, queryset):
            if self.value() == "yes":
                return queryset.filter(pk__in=to_review().values("pk"))
            if self.value() == "no":
                return queryset.exclude(pk__in=to_review().values("pk"))
            return queryset

    return NeedsReviewFilter


def is_web_url(url: str) -> bool:
    """Whether a stored URL may become a link: http(s) only, never `javascript:` and the like."""
    return url.lower().startswith(("http://", "https://"))
