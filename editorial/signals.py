import logging

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Revision

from smartcity.models import SiteImage

from .renditions import prepare_renditions
from .tracking import track_revision

logger = logging.getLogger(__name__)


@receiver(post_save, sender=Revision, dispatch_uid="editorial_track_translation")
def track_translation(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        try:
            with transaction.atomic():  # a savepoint, so a failure leaves the save intact
                track_revision(instance)
        except Exception:  # bookkeeping must never stop an editor from saving
            logger.exception("Could not record the translation status of revision %s", instance.pk)


@receiver(post_save, sender=SiteImage, dispatch_uid="editorial_prepare_renditions")
def prepare_image_renditions(sender, instance, raw=False, **kwargs):
    """Create the card and hero renditions right after upload, once the upload is committed,
    so the first visitor of a page does not wait for a dozen image conversions."""
    if raw or not instance.file:
        return
    pk = instance.pk
    transaction.on_commit(lambda: prepare_renditions(pk))
