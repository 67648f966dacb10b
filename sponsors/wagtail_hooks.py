from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Sponsor


class SponsorViewSet(SnippetViewSet):
    model = Sponsor
    icon = "pick"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "url", "sort_order"]
    ordering = ["sort_order"]


register_snippet(SponsorViewSet)
