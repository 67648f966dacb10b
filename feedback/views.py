"""The admin report of accessibility feedback (Reports → Accessibility feedback) and its edit
view, where the office sets status, handler and the date of the answer."""

import django_filters
from django import forms
from django.contrib.auth.models import Permission
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from . import deadlines
from .models import FeedbackCase, message_field_names


class FeedbackCasePermissionPolicy(ModelPermissionPolicy):
    """Cases come and go with the messages: nobody adds one by hand, and a message is deleted
    under Forms (which deletes its case), so "add" and "delete" are refused even to superusers."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)


permission_policy = FeedbackCasePermissionPolicy(FeedbackCase)


def handlers():
    """Who may be named as handler: whoever may change cases (Kommunikation, superusers)."""
    return permission_policy.users_with_any_permission(["change"]).order_by("username")


def display_name(user):
    if user is None:
        return ""
    return user.get_full_name().strip() or user.get_username()


def readable(value):
    # Checkbox answers are stored as lists.
    return ", ".join(map(str, value)) if isinstance(value, list) else value


def short_date(day):
    return date_format(day, "SHORT_DATE_FORMAT") if day else ""


class FeedbackCaseFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=FeedbackCase.STATUS_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Without a choice, the open messages (new and in progress) are listed."),
    )
    deadline = django_filters.ChoiceFilter(
        label=_("Deadline"),
        choices=[(deadlines.DUE, _("due")), (deadlines.OVERDUE, _("overdue"))],
        method="filter_deadline",
    )
    handler = django_filters.ModelChoiceFilter(
        label=_("Handled by"),
        queryset=lambda request: handlers(),
    )

    class Meta:
        model = FeedbackCase
        fields = []

    def filter_deadline(self, queryset, name, value):
        day = deadlines.today()
        if value == deadlines.DUE:
            return queryset.due(day)
        if value == deadlines.OVERDUE:
            return queryset.overdue(day)
        return queryset


class FeedbackIndexView(IndexView):
    """Open messages, the most urgent first; the number of queries does not grow with them."""

    page_title = _("Accessibility feedback")
    filterset_class = FeedbackCaseFilterSet
    default_ordering = "due_date"

    @cached_property
    def today(self):
        return deadlines.today()

    @cached_property
    def field_names(self):
        return message_field_names()

    @cached_property
    def status_chosen(self):
        filters = self.filters
        return bool(filters and filters.is_valid() and filters.form.cleaned_data.get("status"))

    def get_base_queryset(self):
        # The signal and the data migration leave nothing missing; this keeps the report
        # complete even for submissions loaded from a fixture or a restored dump.
        FeedbackCase.objects.create_missing()
        queryset = FeedbackCase.objects.select_related("submission", "handler")
        if not self.status_chosen:
            queryset = queryset.open()
        return queryset

    def is_urgent(self, case):
        return case.state(self.today) in (deadlines.DUE, deadlines.OVERDUE)

    @cached_property
    def columns(self):
        title_column_class = self._get_title_column_class(TitleColumn)
        return [
            title_column_class(
                "message",
                label=_("Message"),
                accessor=lambda case: case.excerpt(self.field_names),
                get_url=self.get_edit_url,
            ),
            Column(
                "received",
                label=_("Received"),
                accessor=lambda case: short_date(case.received_on),
                sort_key="submission__submit_time",
            ),
            Column(
                "due_date",
                label=_("Answer due by"),
                accessor=lambda case: short_date(case.due_date),
                sort_key="due_date",
            ),
            StatusTagColumn(
                "deadline",
                label=_("Deadline"),
                accessor=self.deadline_text,
                primary=self.is_urgent,
            ),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            Column("handler", label=_("Handled by"), accessor=lambda case: display_name(case.handler)),
        ]

    def deadline_text(self, case):
        if case.status == FeedbackCase.ANSWERED:
            return gettext("answered on %(date)s") % {"date": short_date(case.answered_on)}
        return case.deadline_text(self.today)


class MessagePanel(Panel):
    """The message itself, read-only: the office needs all of it (and the citizen's address, if
    given) to answer. Only this edit view shows the whole message."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "feedback/panels/message.html"

        def get_context_data(self, parent_context=None):
            from smartcity.models import AccessibilityFormField

            context = super().get_context_data(parent_context)
            case = self.instance
            data = dict(case.submission.form_data or {})
            fields = []
            for field in AccessibilityFormField.objects.filter(page_id=case.submission.page_id):
                if field.clean_name in data:
                    fields.append((field.label, data.pop(field.clean_name)))
            # Answers to fields an editor has since removed from the form are still shown.
            fields += [(name, value) for name, value in data.items()]
            context.update(
                case=case,
                received=short_date(case.received_on),
                due=short_date(case.due_date),
                deadline=case.deadline_text(deadlines.today()),
                reminded=case.reminded_at,
                fields=[(label, readable(value)) for label, value in fields if value not in ("", None, [])],
            )
            return context


class FeedbackCaseForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        handler = self.fields["handler"]
        handler.queryset = handlers()
        handler.label_from_instance = display_name

    def clean(self):
        cleaned = super().clean()
        answered_on = cleaned.get("answered_on")
        if answered_on and cleaned.get("status") != FeedbackCase.ANSWERED:
            self.add_error(
                "answered_on",
                _("Set the status to answered as well, or leave the date empty."),
            )
        if answered_on and answered_on > deadlines.today():
            self.add_error("answered_on", _("The date of the answer cannot be in the future."))
        if answered_on and answered_on < self.instance.received_on:
            self.add_error(
                "answered_on", _("The date of the answer cannot be before the message arrived.")
            )
        return cleaned


class FeedbackCaseViewSet(ModelViewSet):
    model = FeedbackCase
    icon = "mail"
    name = "accessibility_feedback"
    url_prefix = "reports/accessibility-feedback"
    menu_label = _("Accessibility feedback")
    menu_name = "accessibility-feedback"
    menu_order = 760
    menu_hook = "register_reports_menu_item"
    index_view_class = FeedbackIndexView
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    edit_handler = ObjectList(
        [
            MessagePanel(heading=_("Message")),
            FieldPanel("status"),
            FieldPanel("handler"),
            FieldPanel("answered_on"),
        ],
        base_form_class=FeedbackCaseForm,
    )

    @property
    def permission_policy(self):
        return permission_policy

    def get_permissions_to_register(self):
        # Only what means something here: see the report ("view") and handle cases ("change").
        return Permission.objects.filter(
            content_type__app_label="feedback",
            codename__in=["view_feedbackcase", "change_feedbackcase"],
        )
