"""A case for every feedback message the moment it is stored.

A receiver rather than an override of AccessibilityStatementPage.process_form_submission: the
page lives in smartcity/, which must not know about this app, and the receiver also catches
submissions stored some other way (a shell, a script)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.contrib.forms.models import FormSubmission

from .models import FeedbackCase


@receiver(post_save, sender=FormSubmission, dispatch_uid="feedback_case_for_submission")
def create_feedback_case(sender, instance, created, raw=False, **kwargs):
    if not created or raw:  # fixtures bring their own cases; create_missing() fills gaps
        return
    from smartcity.models import AccessibilityStatementPage

    statement_type = ContentType.objects.get_for_model(AccessibilityStatementPage)
    if instance.page.content_type_id == statement_type.id:
        FeedbackCase.for_submission(instance).save()
