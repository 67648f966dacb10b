"""The renditions the public templates ask for, prepared when an image is uploaded.

Keep these in step with the {% picture %} tags: components/card.html and the update and event
cards use CARD; the home page hero and the update and event pages use HERO; link previews
(og:image, components/seo.html) use SHARE_IMAGE_FILTER.
"""

import logging

from smartcity.models import SHARE_IMAGE_FILTER, SiteImage

logger = logging.getLogger(__name__)

CARD_SIZES = ["height-80"]
CARD_FORMATS = ["avif", "webp", "png"]
HERO_SIZES = ["fill-480x270", "fill-960x540", "fill-1440x810"]
HERO_FORMATS = ["avif", "webp", "jpeg"]


def filter_specs():
    specs = []
    for sizes, formats in ((CARD_SIZES, CARD_FORMATS), (HERO_SIZES, HERO_FORMATS)):
        specs += [f"format-{fmt}|{size}" for size in sizes for fmt in formats]
    return specs + [SHARE_IMAGE_FILTER]


def prepare_renditions(image_id):
    image = SiteImage.objects.filter(pk=image_id).first()
    if image is None:
        return []
    try:
        return list(image.get_renditions(*filter_specs()).values())
    except Exception:  # a broken upload must not break saving; the page renders it lazily
        logger.exception("Could not prepare renditions for image %s", image_id)
        return []
