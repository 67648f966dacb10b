from .images import SiteImage, SiteImageRendition
from .pages import BilingualPreviewMixin
from .settings import SiteSettings
from .standard import AccessibilityFormField, AccessibilityStatementPage, StandardPage

__all__ = [
    "SiteImage",
    "SiteImageRendition",
    "BilingualPreviewMixin",
    "SiteSettings",
    "StandardPage",
    "AccessibilityStatementPage",
    "AccessibilityFormField",
]
