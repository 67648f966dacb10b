import mimetypes

from django.apps import AppConfig


class SignLanguageConfig(AppConfig):
    name = "signlanguage"
    verbose_name = "Deutsche Gebärdensprache (DGS)"

    def ready(self):
        # Wagtail serves documents with the type guessed from the file name; a caption file
        # must arrive as text/vtt or browsers ignore the <track> (not every system's
        # mime.types knows .vtt).
        mimetypes.add_type("text/vtt", ".vtt")
        mimetypes.add_type("video/mp4", ".mp4")
        mimetypes.add_type("video/webm", ".webm")
