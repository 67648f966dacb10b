"""Admin views: the translation report and "copy German into empty English fields"."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.coreutils import get_content_type_label
from wagtail.models import Page, get_page_content_types
from wagtail.permissions import page_permission_policy

from .tracking import (
    SOURCE,
    TARGET,
    copy_german_into_empty_english,
    copying_german,
    is_empty,
    tracked_fields,
)


class TranslationReportFilterSet(WagtailFilterSet):
    content_type = ContentTypeFilter(
        label=gettext_lazy("Page type"),
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
    )
    state = django_filters.ChoiceFilter(
        label=gettext_lazy("English"),
        choices=[
            ("missing", gettext_lazy("missing")),
            ("outdated", gettext_lazy("older than German")),
        ],
        method="filter_state",
    )

    class Meta:
        model = Page
        fields = ["content_type"]

    def filter_state(self, queryset, name, value):
        if value == "missing":
            return queryset.exclude(translation_status__missing_en="")
        if value == "outdated":
            return queryset.filter(translation_status__missing_en="")
        return queryset


class TranslationReportView(PageReportView):
    """Every page whose English is missing or older than its German, for the editors."""

    page_title = gettext_lazy("Translation status")
    header_icon = "globe"
    results_template_name = "editorial/translation_report_results.html"
    filterset_class = TranslationReportFilterSet
    index_url_name = "editorial_translation_report"
    index_results_url_name = "editorial_translation_report_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "content_type", "translation_state", "de_changed_at", "en_changed_at"]
    export_headings = {
        "content_type": gettext_lazy("Type"),
        "translation_state": gettext_lazy("English"),
        "de_changed_at": gettext_lazy("German last changed"),
        "en_changed_at": gettext_lazy("English last changed"),
    }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess = self.custom_field_preprocess.copy()
        self.custom_field_preprocess["content_type"] = {
            self.FORMAT_CSV: get_content_type_label,
            self.FORMAT_XLSX: get_content_type_label,
        }

    def get_queryset(self):
        self.queryset = (
            page_permission_policy.instances_user_has_any_permission_for(
                self.request.user, ["change", "publish"]
            )
            .filter(translation_status__needs_translation=True)
            .select_related("translation_status", "content_type")
            .order_by("-translation_status__de_changed_at", "path")
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            status = page.translation_status
            page.translation_state = status.state
            page.de_changed_at = status.de_changed_at
            page.en_changed_at = status.en_changed_at
        return object_list


def _editable_page(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


@require_http_methods(["GET", "POST"])
def copy_german(request, page_id):
    """Fill the empty English fields of the latest draft from German and save a new draft.

    English text an editor has written is never overwritten, and the page stays in the
    translation report: the copied German is a starting point, not a translation.
    """
    page = _editable_page(request, page_id)
    draft = page.get_latest_revision_as_object()
    if request.method == "POST":
        copied = copy_german_into_empty_english(draft)
        if copied:
            with copying_german():
                draft.save_revision(user=request.user, log_action=True)
            messages.success(
                request,
                _("German text copied into %(count)d empty English fields. Please translate it.")
                % {"count": len(copied)},
            )
        else:
            messages.info(request, _("There were no empty English fields to fill."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    fields = [
        draft._meta.get_field(f"{name}_{TARGET}").verbose_name
        for name in tracked_fields(type(draft))
        if is_empty(draft, f"{name}_{TARGET}") and not is_empty(draft, f"{name}_{SOURCE}")
    ]
    return TemplateResponse(
        request, "editorial/confirm_copy_german.html", {"page": page, "fields": fields}
    )
