from .dated import DatedEntry
from .images import SHARE_IMAGE_FILTER, SiteImage, SiteImageRendition
from .pages import BilingualPreviewMixin
from .settings import SiteSettings
from .standard import AccessibilityFormField, AccessibilityStatementPage, StandardPage

__all__ = [
    "DatedEntry",
    "SHARE_IMAGE_FILTER",
    "SiteImage",
    "SiteImageRendition",
    "BilingualPreviewMixin",
    "SiteSettings",
    "StandardPage",
    "AccessibilityStatementPage",
    "AccessibilityFormField",
]
