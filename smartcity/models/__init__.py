from .images import SiteImage, SiteImageRendition
from .pages import BilingualPreviewMixin
from .settings import SiteSettings

__all__ = ["SiteImage", "SiteImageRendition", "BilingualPreviewMixin", "SiteSettings"]
