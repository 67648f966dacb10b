"""Newsletter in the admin menu, for Kommunikation only (editorial/roles.py gives the
permissions): Issues (write, compose, preview, send) and Subscribers (read, export, delete)."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.admin.widgets.button import MenuItem as ListingMenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import NewsletterIssue, Subscriber


class IssueIndexView(SnippetIndexView):
    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm("newsletter.add_newsletterissue"):
            buttons.append(
                HeaderButton(
                    _("Compose from recent updates"),
                    url=reverse("newsletter_compose"),
                    icon_name="doc-full",
                )
            )
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == NewsletterIssue.DRAFT and self.request.user.has_perm(
            admin_views.SEND_PERMISSION
        ):
            buttons.append(
                ListingMenuItem(
                    _("Send…"),
                    url=reverse("newsletter_send", args=[instance.pk]),
                    icon_name="mail",
                    priority=15,
                )
            )
        return buttons


class IssueViewSet(SnippetViewSet):
    model = NewsletterIssue
    icon = "mail"
    menu_label = _("Issues")
    index_view_class = IssueIndexView
    list_display = [
        "subject",
        Column("status", label=_("status"), accessor="get_status_display"),
        DateColumn("sent_at", label=_("sent")),
        Column("deliveries", label=_("delivered"), accessor="delivery_summary"),
    ]
    list_filter = ["status"]
    search_fields = ["subject_de", "subject_en"]
    search_backend_name = None  # a plain database filter; issues are few


class NoAddOrChangePolicy(ModelPermissionPolicy):
    """Subscribers come only from the sign-up form with its double opt-in: nobody, not even a
    superuser, adds one or changes what they agreed to in the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class SubscriberFilterSet(WagtailFilterSet):
    confirmed = django_filters.BooleanFilter(
        label=_("confirmed"), field_name="confirmed_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Subscriber
        fields = ["language", "confirmed"]


class SubscriberIndexView(IndexView):
    def get_base_queryset(self):
        # The export lists every subscriber's topics: one query for all, not one each.
        return super().get_base_queryset().prefetch_related("topics")


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    name = "newsletter_subscribers"
    url_prefix = "newsletter/subscribers"
    icon = "user"
    menu_label = _("Subscribers")
    form_fields = ["language", "topics"]  # required by ModelViewSet; the policy forbids editing
    inspect_view_enabled = True
    inspect_view_fields = [
        "email", "language", "topics", "signed_up_at", "confirmed_at", "consent_text",
    ]
    list_display = [
        "email",
        Column("language", label=_("language"), accessor="get_language_display"),
        BooleanColumn("is_confirmed", label=_("confirmed")),
        DateColumn("signed_up_at", label=_("signed up")),
        DateColumn("confirmed_at", label=_("confirmed")),
    ]
    filterset_class = SubscriberFilterSet
    search_fields = ["email"]
    search_backend_name = None
    # CSV (and XLSX) of everyone listed, for the communications team's own records or a request
    # for access under Art. 15 GDPR.
    list_export = ["email", "language", "topic_names", "signed_up_at", "confirmed_at", "consent_text"]
    export_filename = "newsletter-subscribers"
    copy_view_enabled = False

    index_view_class = SubscriberIndexView

    @property
    def permission_policy(self):
        return NoAddOrChangePolicy(self.model)


class NewsletterGroup(SnippetViewSetGroup):
    menu_label = _("Newsletter")
    menu_icon = "mail"
    menu_order = 310
    items = (IssueViewSet, SubscriberViewSet)


register_snippet(NewsletterGroup)


@hooks.register("register_admin_urls")
def register_newsletter_urls():
    return [
        path("newsletter/compose/", admin_views.compose, name="newsletter_compose"),
        path("newsletter/issues/<int:pk>/send/", admin_views.send, name="newsletter_send"),
    ]
