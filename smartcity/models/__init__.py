from .images import SHARE_IMAGE_FILTER, SiteImage, SiteImageRendition
from .pages import BilingualPreviewMixin
from .settings import SiteSettings
from .standard import AccessibilityFormField, AccessibilityStatementPage, StandardPage

__all__ = [
    "SHARE_IMAGE_FILTER",
    "SiteImage",
    "SiteImageRendition",
    "BilingualPreviewMixin",
    "SiteSettings",
    "StandardPage",
    "AccessibilityStatementPage",
    "AccessibilityFormField",
]
