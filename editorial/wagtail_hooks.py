import json

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button, ListingButton
from wagtail.permissions import page_permission_policy

from .views import TranslationReportView, copy_german


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [
        path(
            "reports/translations/",
            TranslationReportView.as_view(),
            name="editorial_translation_report",
        ),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="editorial_translation_report_results",
        ),
        path("pages/<int:page_id>/copy-german/", copy_german, name="editorial_copy_german"),
    ]


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        _("Translation status"),
        reverse("editorial_translation_report"),
        name="translation-status",
        icon_name="globe",
        order=750,
    )


def translation_state(page):
    try:
        return page.translation_status.state
    except ObjectDoesNotExist:
        return "ok"


LABELS = {"missing": _("English missing"), "outdated": _("English outdated")}


@hooks.register("register_page_listing_buttons")
def mark_untranslated_pages(page, user, next_url=None):
    """A visible "English missing/outdated" marker next to the title in the page listing."""
    state = translation_state(page)
    if state in LABELS:
        yield ListingButton(
            LABELS[state],
            url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            icon_name="warning",
            attrs={"data-translation-state": state},
            priority=5,
        )


@hooks.register("register_page_header_buttons")
def copy_german_button(page, user, view_name=None, next_url=None):
    if view_name == "edit" and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Copy German into empty English fields"),
            url=reverse("editorial_copy_german", args=[page.pk]),
            icon_name="globe",
            priority=90,
        )


# wagtail-modeltranslation's language picker above every edit form, made usable for staff
# with a screen reader (state and names), by keyboard (focus ring) and with low vision.


@hooks.register("insert_editor_js")
def language_picker_state():
    """aria-pressed and language names for wagtail-modeltranslation's language picker."""
    names = {code: str(name) for code, name in settings.LANGUAGES}  # in the editor's language
    return format_html(
        '<script src="{}" data-language-names="{}"></script>',
        static("editorial/js/language_picker_state.js"),
        json.dumps(names, ensure_ascii=False),
    )


@hooks.register("insert_global_admin_css")
def language_picker_contrast():
    return format_html('<link rel="stylesheet" href="{}">', static("editorial/css/language_picker.css"))
