"""A case for every feedback message stored before this app existed, so none is forgotten.

They start as "new" with their real due date (one month after receipt) and unreminded: the
office is told of them once by the first reminder run, unless someone has set them to answered
in the report before (docs/feedback.md). Only wagtailforms' and the page's primary keys are read:
no translated page columns, which do not exist yet while migrations run (DESIGN.md)."""

from dateutil.relativedelta import relativedelta
from django.db import migrations
from django.utils import timezone


def create_cases(apps, schema_editor):
    FormSubmission = apps.get_model("wagtailforms", "FormSubmission")
    Statement = apps.get_model("smartcity", "AccessibilityStatementPage")
    FeedbackCase = apps.get_model("feedback", "FeedbackCase")
    submissions = FormSubmission.objects.filter(
        page_id__in=Statement.objects.values("pk"), feedback_case__isnull=True
    ).only("pk", "submit_time")
    FeedbackCase.objects.bulk_create(
        [
            # A copy of deadlines.due_date(): migrations must not depend on code that may change.
            FeedbackCase(
                submission_id=submission.pk,
                due_date=timezone.localdate(submission.submit_time) + relativedelta(months=1),
            )
            for submission in submissions.iterator()
        ],
        batch_size=500,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("smartcity", "0002_accessibilitystatementpage_standardpage_and_more"),
    ]

    operations = [migrations.RunPython(create_cases, migrations.RunPython.noop)]
