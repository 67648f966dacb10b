"""RSS 2.0 feed of the updates, one per language: /de/aktuelles/feed/ and /en/news/feed/.

The page tree serves the feed (see UpdateIndexPage.feed), so the language prefix of the address
decides the language of the feed, exactly as for the pages themselves.
"""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.translation import gettext as _

FEED_LENGTH = 20


class UpdatesFeed(Feed):
    def __init__(self, index):
        super().__init__()
        self.index = index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, obj):
        return f"{obj.title} – {_('Smart City Halle (Saale)')}"

    def link(self, obj):
        return obj.get_url(self.request)

    def description(self, obj):
        return obj.intro or _("News from the Smart City programme of Halle (Saale).")

    def feed_url(self, obj):
        return obj.feed_url(self.request)

    def items(self, obj):
        return obj.updates()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author_line or None
