"""News (Aktuelles) and events (Veranstaltungen), edited by the communications team."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from caching.variants import mark_corrected, vary_on_query
from fields.filters import field_of_action_filter
from smartcity.blocks import BodyBlock
from smartcity.models import BilingualPreviewMixin
from smartcity.search import page_search_fields

PAGE_SIZE = 12


def paginate(request, queryset):
    """One page of a listing; "abc", "-1" or "9999" give the first or last page, never a 500.

    Each valid page number is cached on its own; a corrected one is answered but not kept, so
    `?page=<anything>` cannot fill the page cache."""
    vary_on_query(request, "page")
    raw = request.GET.get("page")
    page_obj = Paginator(queryset, PAGE_SIZE).get_page(raw)
    if raw and raw != str(page_obj.number):
        mark_corrected(request)
    return page_obj


class UpdateIndexPage(BilingualPreviewMixin, RoutablePageMixin, Page):
    """Aktuelles / News, edited by the communications team: an introduction above the newest
    updates, 12 per page, filterable by field of action with plain links (?field=<id>). Also
    serves the RSS feed of its updates in the visitor's language (…/feed/). Appears in the main
    menu; its feed is linked from the home page and every update."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences above the list of updates."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = page_search_fields("intro")
    parent_page_types = ["strategy.HomePage"]
    subpage_types = ["updates.UpdatePage"]
    max_count = 1

    class Meta:
        verbose_name = _("news overview")

    def updates(self):
        return (
            UpdatePage.objects.child_of(self)
            .live()
            .public()
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("-date", "-pk")
        )

    @path("")
    def index(self, request):
        fields_of_action, selected = field_of_action_filter(request)
        updates = self.updates()
        if selected is not None:
            updates = updates.filter(fields_of_action=selected)
        return self.render(
            request,
            context_overrides={
                "fields_of_action": fields_of_action,
                "selected_field": selected,
                "page_obj": paginate(request, updates),
                "feed_url": request.build_absolute_uri(self.feed_url(request)),
            },
        )

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import UpdatesFeed

        return UpdatesFeed(self)(request)

    def feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")

    def get_cached_paths(self):
        # What a caching proxy must drop when the news change (caching/urls.py).
        return ["/", "feed/"]


class UpdatePage(BilingualPreviewMixin, Page):
    """One update (news item), edited by the communications team; city staff (Redaktion) may write
    one and submit it for approval. Appears on the news overview, in the feed, on the home page and on the pages of the fields of
    action and projects it is related to."""

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("Shown above the update and used to sort the news, newest first."),
    )
    teaser = models.TextField(
        _("teaser"),
        blank=True,
        help_text=_("Two or three sentences; shown on the cards and in the feed."),
    )
    image = models.ForeignKey(
        "smartcity.SiteImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    author_line = models.CharField(
        _("author"),
        max_length=255,
        blank=True,
        help_text=_('Optional, e.g. "Stabsstelle Digitalisierung"; a name, not a user account.'),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("text"))
    fields_of_action = ParentalManyToManyField(
        "fields.FieldOfActionPage",
        verbose_name=_("fields of action"),
        related_name="updates",
        blank=True,
        help_text=_("The update also appears on the pages of the fields of action ticked here."),
    )
    projects = ParentalManyToManyField(
        "strategy.ProjectPage",
        verbose_name=_("projects"),
        related_name="updates",
        blank=True,
        help_text=_("The update also appears on the pages of these projects."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("author_line")]),
                FieldPanel("teaser"),
                FieldPanel("image"),
            ],
            heading=_("Overview"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("fields_of_action", widget=forms.CheckboxSelectMultiple),
                FieldPanel("projects", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Related"),
        ),
    ]
    search_fields = page_search_fields("teaser", "body", "author_line")
    parent_page_types = ["updates.UpdateIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("update")
        verbose_name_plural = _("updates")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_fields"] = self.fields_of_action.live().public().order_by("path")
        context["related_projects"] = self.projects.live().public().order_by("path")
        index = UpdateIndexPage.objects.ancestor_of(self).live().first()
        context["feed_url"] = (
            request.build_absolute_uri(index.feed_url(request)) if index else ""
        )
        return context


def upcoming_filter(now=None):
    """Events that have not ended yet (an event without an end counts until its start)."""
    now = now or timezone.now()
    return Q(end__gte=now) | Q(end__isnull=True, start__gte=now)


class EventIndexPage(BilingualPreviewMixin, RoutablePageMixin, Page):
    """Veranstaltungen / Events, edited by the communications team: upcoming events first (soonest
    at the top), past events in the archive (…/archive/), all upcoming events as one calendar file
    (…/calendar/) to subscribe to. Appears in the main menu."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences above the list of events."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = page_search_fields("intro")
    parent_page_types = ["strategy.HomePage"]
    subpage_types = ["updates.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("events overview")

    def events(self):
        return (
            EventPage.objects.child_of(self)
            .live()
            .public()
            .select_related("image")
            .prefetch_related("image__renditions")
        )

    def upcoming(self):
        return self.events().filter(upcoming_filter()).order_by("start", "pk")

    def past(self):
        return self.events().exclude(upcoming_filter()).order_by("-start", "-pk")

    @path("")
    def index(self, request):
        return self.render(
            request,
            context_overrides={"page_obj": paginate(request, self.upcoming()), "archive": False},
        )

    @path("archive/", name="archive")
    def archive(self, request):
        return self.render(
            request,
            context_overrides={"page_obj": paginate(request, self.past()), "archive": True},
        )

    @path("calendar/", name="ical")
    def ical(self, request):
        from .ical import calendar_response

        return calendar_response(request, list(self.upcoming()), "veranstaltungen.ics")

    def get_cached_paths(self):
        return ["/", "archive/", "calendar/"]


class EventPage(BilingualPreviewMixin, RoutablePageMixin, Page):
    """One event where citizens can take part, edited by the communications team. Appears in the
    events overview (upcoming or archive), on the home page while it is upcoming, and can be
    downloaded as a calendar entry (…/calendar/)."""

    start = models.DateTimeField(
        _("start"), help_text=_("Date and time in Halle (Europe/Berlin); summer time is handled.")
    )
    end = models.DateTimeField(
        _("end"), null=True, blank=True, help_text=_("Leave empty if the end is open.")
    )
    place = models.CharField(
        _("place"), max_length=255, blank=True, help_text=_("Address or name of the venue.")
    )
    teaser = models.TextField(
        _("teaser"), blank=True, help_text=_("Two or three sentences; shown on the cards.")
    )
    image = models.ForeignKey(
        "smartcity.SiteImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    registration_url = models.URLField(
        _("registration link"), blank=True, help_text=_("Where visitors sign up, if needed.")
    )
    registration_note = models.CharField(
        _("registration note"),
        max_length=255,
        blank=True,
        help_text=_('E.g. "Registration not required" or "Please register by e-mail".'),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("place"),
                FieldPanel("teaser"),
                FieldPanel("image"),
            ],
            heading=_("When and where"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_note")],
            heading=_("Registration"),
        ),
        FieldPanel("body"),
    ]
    search_fields = page_search_fields("teaser", "place", "body")
    parent_page_types = ["updates.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end must not be before the start.")})

    @property
    def is_past(self):
        return (self.end or self.start) < timezone.now()

    @path("")
    def detail(self, request):
        return self.render(request)

    @path("calendar/", name="ical")
    def ical(self, request):
        from .ical import calendar_response

        return calendar_response(request, [self], f"{self.slug}.ics")

    def ical_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("ical")

    def get_cached_paths(self):
        return ["/", "calendar/"]

