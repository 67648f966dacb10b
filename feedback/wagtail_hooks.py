from wagtail import hooks

from .views import FeedbackCaseViewSet, permission_policy


@hooks.register("register_admin_viewset")
def register_feedback_report():
    return FeedbackCaseViewSet()


@hooks.register("filter_form_submissions_for_user")
def feedback_submissions_only_for_those_who_handle_them(user, editable_forms):
    """Under Forms, Wagtail shows a form's submissions to everyone who may edit the page, i.e.
    all city staff (Redaktion). Accessibility feedback holds names, addresses and sometimes
    health details: only those who may see the feedback report see its submissions."""
    if permission_policy.user_has_any_permission(user, ["view", "change"]):
        return editable_forms
    from smartcity.models import AccessibilityStatementPage

    return editable_forms.not_type(AccessibilityStatementPage)
