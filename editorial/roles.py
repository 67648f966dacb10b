"""The two editorial roles and the approval workflow, created in code so every installation
(development, staging, production, each test database) has the same ones.

- Redaktion (city staff): create and edit pages of every type and submit them for approval;
  no publish permission, so nothing they write goes live unreviewed.
- Kommunikation (communications team): edit, publish, approve or reject submissions; manage
  images, documents, the sponsors snippet and the footer sponsor set; handle accessibility
  feedback (Reports → Accessibility feedback); write and send the newsletter and see its
  subscribers (Newsletter).
- Workflow "Freigabe" on the root page (so on the whole tree): one group approval task that
  Kommunikation approves.

`ensure_roles()` only creates what is missing and never takes away a permission an administrator
has added; run it with `manage.py setup_roles` (the seed command runs it too).
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

REDAKTION = "Redaktion"
KOMMUNIKATION = "Kommunikation"
WORKFLOW = "Freigabe"
TASK = "Freigabe durch Kommunikation"
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

PAGE_PERMISSIONS = {
    REDAKTION: ["add_page", "change_page"],
    KOMMUNIKATION: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    # Redaktion may upload and choose images and documents for their pages.
    REDAKTION: {
        "wagtailimages.image": ["add", "choose"],
        "wagtaildocs.document": ["add", "choose"],
    },
    KOMMUNIKATION: {
        "wagtailimages.image": ["add", "change", "delete", "choose"],
        "wagtaildocs.document": ["add", "change", "delete", "choose"],
    },
}
MODEL_PERMISSIONS = {
    REDAKTION: [],
    KOMMUNIKATION: [
        ("sponsors", "sponsor", ["add", "change", "delete", "view"]),
        ("sponsors", "fundingsettings", ["change"]),
        # The newsletter (docs/newsletter.md): only Kommunikation writes and sends issues and sees
        # the subscribers (personal data); nobody adds or edits subscribers by hand.
        ("newsletter", "newsletterissue", ["add", "change", "delete", "view", "send"]),
        ("newsletter", "subscriber", ["view", "delete"]),
        # Accessibility feedback (docs/feedback.md): the messages hold personal data, so only
        # the team that answers them sees the report, not all city staff.
        ("feedback", "feedbackcase", ["view", "change"]),
    ],
}


def _permission(app_label, model_name, action):
    """Get (or, on a fresh database before post_migrate has run, create) a permission."""
    from django.apps import apps

    model = apps.get_model(app_label, model_name)
    content_type = ContentType.objects.get_for_model(model)
    codename = f"{action}_{model._meta.model_name}"
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {action} {model._meta.verbose_name_raw}"},
    )
    return permission


def _second_factor_permission():
    from django.apps import apps

    content_type = ContentType.objects.get_for_model(apps.get_model("wagtailadmin", "admin"))
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename="enable_2fa", defaults={"name": "Enable 2FA"}
    )
    return permission


def ensure_roles():
    root = Page.get_first_root_node()
    collection = Collection.get_first_root_node()
    groups = {}
    for name in (REDAKTION, KOMMUNIKATION):
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(_permission("wagtailadmin", "admin", "access"))
        for codename in PAGE_PERMISSIONS[name]:
            action = codename.split("_")[0]
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=_permission("wagtailcore", "page", action)
            )
        for label, actions in COLLECTION_PERMISSIONS[name].items():
            # Wagtail checks image and document permissions against its own models
            # (wagtailimages.image, wagtaildocs.document), also for a custom image model.
            app_label, model_name = label.split(".")
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=collection,
                    permission=_permission(app_label, model_name, action),
                )
        for app_label, model_name, actions in MODEL_PERMISSIONS[name]:
            group.permissions.add(*[_permission(app_label, model_name, a) for a in actions])
    # Kommunikation approves and publishes: its members must use a second factor (wagtail-2fa
    # requires it of whoever holds this permission; superusers hold every permission).
    groups[KOMMUNIKATION].permissions.add(_second_factor_permission())

    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK)
        task.groups.set([groups[KOMMUNIKATION]])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW)
    if not workflow.workflow_tasks.exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    assignment = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if assignment is None:
        WorkflowPage.objects.create(page=root, workflow=workflow)
    elif assignment.workflow.name == WAGTAIL_DEFAULT_WORKFLOW:
        # Wagtail's own "Moderators approval" is replaced; a workflow an administrator chose
        # for the root page is left alone.
        assignment.workflow = workflow
        assignment.save()
    return groups, workflow
