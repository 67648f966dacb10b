from django.utils import translation
from django.utils.translation import gettext_lazy as _


class BilingualPreviewMixin:
    """Lets editors preview a page in German and in English, whatever their admin language.

    The response is rendered inside the override because a TemplateResponse renders lazily,
    after the block would otherwise have restored the admin's language.
    """

    preview_modes = [("de", _("German")), ("en", _("English"))]
    default_preview_mode = "de"

    def serve_preview(self, request, mode_name):
        language = mode_name if mode_name in dict(self.preview_modes) else "de"
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            if hasattr(response, "render"):
                response.render()
        return response
