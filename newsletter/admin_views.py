"""The communications team's two newsletter actions in the admin: compose an issue from the
recent updates and events, and queue an issue for sending (the timer sends it)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import compose as composing
from . import sending
from .models import NewsletterIssue, Subscriber

SEND_PERMISSION = "newsletter.send_newsletterissue"


def edit_url(issue):
    return reverse(NewsletterIssue.snippet_viewset.get_url_name("edit"), args=[issue.pk])


@require_http_methods(["GET", "POST"])
def compose(request):
    if not request.user.has_perm("newsletter.add_newsletterissue"):
        raise PermissionDenied
    moment = composing.since()
    if request.method == "POST":
        issue, _moment = composing.compose()
        messages.success(
            request,
            _("Draft composed with %(count)d updates and events. Add an introduction, check the preview, then send it.")
            % {"count": len(issue.items.all())},
        )
        return redirect(edit_url(issue))
    updates, events = composing.recent_pages(moment)
    return TemplateResponse(
        request,
        "newsletter/admin/compose.html",
        {"since": moment, "updates": updates, "events": events},
    )


@require_http_methods(["GET", "POST"])
def send(request, pk):
    if not request.user.has_perm(SEND_PERMISSION):
        raise PermissionDenied
    issue = get_object_or_404(NewsletterIssue, pk=pk)
    index = NewsletterIssue.snippet_viewset.get_url_name("list")
    if issue.status != NewsletterIssue.DRAFT:
        messages.warning(request, _("This issue has already been queued or sent."))
        return redirect(index)
    if request.method == "POST":
        if sending.queue(issue, request.user):
            messages.success(
                request,
                _("“%(subject)s” is queued. It goes out with the next run of send_newsletter (every few minutes).")
                % {"subject": issue.subject_de},
            )
        return redirect(index)
    by_language = dict(
        Subscriber.objects.confirmed().values_list("language").annotate(n=Count("pk")).order_by()
    )
    return TemplateResponse(
        request,
        "newsletter/admin/send.html",
        {
            "issue": issue,
            "german": by_language.get("de", 0),
            "english": by_language.get("en", 0),
            "edit_url": edit_url(issue),
        },
    )
