"""The page in German Sign Language (DGS) that BITV 2.0 § 4 with its annex 2 asks for."""

from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from smartcity.models import BilingualPreviewMixin
from smartcity.search import page_search_fields

VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm"}


class SignLanguagePage(BilingualPreviewMixin, Page):
    """Gebärdensprache / German Sign Language (/de/gebaerdensprache/, /en/sign-language/),
    edited by the accessibility officer: one video in DGS for each of the four items of
    BITV 2.0 § 4 (what the site contains, how to navigate it, the essentials of the
    accessibility statement, where more such content is), each with German captions and a
    download. Until a video is uploaded, the page says visibly what is missing. Linked from the
    header of every page with the DGS symbol, and from the footer."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("videos", label=_("Video"), heading=_("Videos in German Sign Language"), min_num=0),
    ]
    search_fields = page_search_fields("intro") + [
        index.RelatedFields("videos", [index.SearchField(f"{n}_{c}") for n in ("title", "text") for c in ("de", "en")]),
    ]
    parent_page_types = ["strategy.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("sign language page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The stills' renditions come with them: the same queries with or without stills.
        videos = list(
            self.videos.select_related("video", "captions", "poster").prefetch_related("poster__renditions")
        )
        for item in videos:
            item.poster_url = item.poster.get_rendition("width-960").url if item.poster and item.playable else None
        context["videos"] = videos
        return context


class SignLanguageVideo(Orderable):
    """One of the four explanations in DGS on the sign language page. The words of `text` say
    in writing what the video signs, for everybody who does not sign."""

    TOPICS = [
        ("content", _("What this website contains")),
        ("navigation", _("How to find your way around")),
        ("accessibility", _("Accessibility statement")),
        ("more", _("More in sign language")),
    ]

    page = ParentalKey(SignLanguagePage, on_delete=models.CASCADE, related_name="videos")
    topic = models.CharField(_("item of BITV 2.0 § 4"), max_length=20, choices=TOPICS)
    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(_("what the video says"), blank=True)
    video = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("video (MP4 or WebM)"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    captions = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("German captions (WebVTT, .vtt)"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    poster = models.ForeignKey(
        "smartcity.SiteImage", verbose_name=_("still image shown before playing"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    duration = models.DurationField(
        _("length"), null=True, blank=True,
        help_text=_("As minutes and seconds, e.g. 00:02:15; shown next to the download link."),
    )

    panels = [
        FieldPanel("topic"),
        FieldPanel("title"),
        FieldPanel("text"),
        MultiFieldPanel(
            [FieldPanel("video"), FieldPanel("captions"), FieldPanel("poster"), FieldPanel("duration")],
            heading=_("Video"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("sign language video")
        verbose_name_plural = _("sign language videos")

    @property
    def video_type(self):
        if not self.video:
            return None
        return VIDEO_TYPES.get(self.video.file_extension.lower())

    @property
    def playable(self):
        """A video the browser can play; anything else shows the placeholder."""
        return self.video_type is not None

    @property
    def file_size(self):
        try:
            return filesizeformat(self.video.get_file_size() or 0)
        except (OSError, ValueError):
            return None

    @property
    def minutes_and_seconds(self):
        if not self.duration:
            return None
        seconds = int(self.duration.total_seconds())
        return f"{seconds // 60}:{seconds % 60:02d}"
