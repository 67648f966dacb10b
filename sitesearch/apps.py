from django.apps import AppConfig


class SiteSearchConfig(AppConfig):
    name = "sitesearch"
    verbose_name = "Site search"

    def ready(self):
        from . import signals

        signals.connect()
