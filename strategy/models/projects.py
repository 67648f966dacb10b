"""The Projektraum Halle-Neustadt and its projects, with their status and milestones."""

from django.db import models
from django.db.models import Count
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from caching.variants import vary_on_query
from fields.filters import field_of_action_filter
from smartcity.blocks import BodyBlock
from smartcity.models import BilingualPreviewMixin, DatedEntry
from smartcity.search import page_search_fields

STATUS_PARAMETER = "status"


class ProjectSpacePage(BilingualPreviewMixin, Page):
    """Projektraum Halle-Neustadt, edited by city staff: where the projects of all fields of
    action are bundled. Lists its projects and filters them by field of action and by status,
    together, with plain links (?field=<id>&status=<status>) that show how many projects each
    choice has, so the filter works without JavaScript."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("further content"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = page_search_fields("intro", "body")
    parent_page_types = ["strategy.HomePage"]
    subpage_types = ["strategy.ProjectPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Projektraum")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        fields_of_action, selected_field = field_of_action_filter(request)
        selected_status = status_filter(request)
        projects = ProjectPage.objects.child_of(self).live().public()
        in_field = projects.filter(field_of_action=selected_field) if selected_field else projects
        in_status = projects.filter(status=selected_status) if selected_status else projects
        # How many projects each choice would show, given the other choice: 2 queries.
        per_field = {
            row["field_of_action"]: row["n"]
            for row in in_status.order_by().values("field_of_action").annotate(n=Count("pk"))
        }
        per_status = {
            row["status"]: row["n"]
            for row in in_field.order_by().values("status").annotate(n=Count("pk"))
        }
        shown = in_field.filter(status=selected_status) if selected_status else in_field
        context.update(
            fields_of_action=[
                {"page": field, "count": per_field.get(field.pk, 0)} for field in fields_of_action
            ],
            all_fields_count=sum(per_field.values()),
            statuses=[
                {"code": code, "label": label, "count": per_status.get(code, 0)}
                for code, label in ProjectPage.STATUS_CHOICES
            ],
            all_statuses_count=sum(per_status.values()),
            selected_field=selected_field,
            selected_status=selected_status,
            projects=shown.select_related("field_of_action").order_by("path"),
        )
        return context


def status_filter(request):
    """The status chosen with ?status=<code>, or None; an unknown one is a 404, as for the field
    filter: a mistyped link must not quietly show everything."""
    vary_on_query(request, STATUS_PARAMETER)
    raw = request.GET.get(STATUS_PARAMETER, "")
    if not raw:
        return None
    if raw not in dict(ProjectPage.STATUS_CHOICES):
        raise Http404("Unknown project status")
    return raw


class ProjectPage(BilingualPreviewMixin, Page):
    """A project in the Projektraum Halle-Neustadt, edited by city staff: its field of action,
    partners, status, a short summary and its milestones. Appears in the Projektraum, on its
    field of action and on its partners' pages."""

    STATUS_CHOICES = [
        ("planned", _("Planned")),
        ("preparation", _("In preparation")),
        ("running", _("Running")),
        ("completed", _("Completed")),
    ]

    summary = models.TextField(
        _("summary"), blank=True, help_text=_("Two or three sentences; shown on the cards.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=STATUS_CHOICES, default="planned"
    )
    field_of_action = models.ForeignKey(
        "fields.FieldOfActionPage",
        verbose_name=_("field of action"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    partners = ParentalManyToManyField(
        "fields.PartnerPage", verbose_name=_("partners"), related_name="projects", blank=True
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("summary"),
                FieldPanel("status"),
                FieldPanel("field_of_action"),
                FieldPanel("partners"),
            ],
            heading=_("Overview"),
        ),
        FieldPanel("body"),
        InlinePanel("milestones", label=_("Milestones"), heading=_("Milestones")),
    ]
    search_fields = page_search_fields("summary", "body") + [
        index.RelatedFields("milestones", [index.SearchField("title_de"), index.SearchField("title_en")]),
    ]
    parent_page_types = ["strategy.ProjectSpacePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["project_partners"] = self.partners.live().public().order_by("path")
        context["milestones"] = timeline(self.milestones.all())
        return context


def timeline(entries):
    """Milestones in time order, each marked done (past) or next (the first one still ahead);
    those without a date yet come last."""
    dated = sorted((e for e in entries if e.date), key=lambda e: (e.date, e.end or e.date))
    undated = [e for e in entries if not e.date]
    upcoming = next((e for e in dated if not e.is_past), None)
    return [
        {"entry": e, "state": "done" if e.is_past else ("next" if e is upcoming else "later")}
        for e in dated + undated
    ]


class ProjectMilestone(Orderable, DatedEntry):
    """One step of a project (a kick-off, an opening, a go-live), edited with the project."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="milestones")

    panels = [
        FieldPanel("date"),
        FieldPanel("precision"),
        FieldPanel("end"),
        FieldPanel("title"),
        FieldPanel("text"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
