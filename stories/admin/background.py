"""Admin actions that hand their work to a background job, and a page showing its progress.

spaCy, URL fetches and online geocoders never run inside an admin request: the action enqueues a
task (stories/tasks.py) and redirects. With the immediate backend (`make run`, tests) the job
has already run, and its report shows at once; with workers (`TASKS_BACKEND=database`) the
editor lands on a page that reloads itself until the job is done.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.tasks import Task, TaskResult, TaskResultStatus
from django.tasks.exceptions import TaskResultDoesNotExist
from django.template.response import TemplateResponse
from django.urls import URLPattern, path


class BackgroundJobsAdmin:
    """Mixin for a ModelAdmin: `jobs` names its tasks; `describe_job` turns a result into words."""

    #: kind (in the progress page's URL) → (task, what the progress page calls it)
    jobs: dict[str, tuple[Task, str]] = {}

    def describe_job(self, kind: str, value: dict) -> list[tuple[int, str]]:
        """(message level, text) for each line of a finished job's report."""
        raise NotImplementedError

    def job_urls(self) -> list[URLPattern]:
        view = self.admin_site.admin_view(self.job_view)
        return [path("jobs/<str:kind>/<str:job_id>/", view, name=self._url_name("job"))]

    def follow_job(self, request: HttpRequest, kind: str, job: TaskResult) -> HttpResponse:
        """A finished job reports at once; a queued one sends the editor to its progress page."""
        if job.is_finished:
            self._report(request, kind, job)
            return redirect(f"admin:{self._url_name('changelist')}")
        return redirect(f"admin:{self._url_name('job')}", kind=kind, job_id=job.id)

    def job_view(self, request: HttpRequest, kind: str, job_id: str) -> HttpResponse:
        """Where a queued job stands; the page reloads itself until the job is done."""
        if kind not in self.jobs or not self.has_view_permission(request):
            return redirect("admin:index")
        task, title = self.jobs[kind]
        try:
            job = task.get_result(job_id)
        except TaskResultDoesNotExist:
            return redirect(f"admin:{self._url_name('changelist')}")
        if job.is_finished:
            return self.follow_job(request, kind, job)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "job": job,
            "title": title,
        }
        return TemplateResponse(request, "admin/stories/job_progress.html", context)

    def _report(self, request: HttpRequest, kind: str, job: TaskResult) -> None:
        if job.status != TaskResultStatus.SUCCESSFUL:
            self.message_user(request, "The job failed; see the worker's log.", messages.ERROR)
            return
        for level, text in self.describe_job(kind, job.return_value):
            self.message_user(request, text, level)

    def _url_name(self, view: str) -> str:
        return f"{self.model._meta.app_label}_{self.model._meta.model_name}_{view}"
