from django.apps import AppConfig


class SmartCityConfig(AppConfig):
    name = "smartcity"
    verbose_name = "Smart City Halle"

    def ready(self):
        from . import checks, visibility  # noqa: F401  (checks register themselves)

        visibility.install()
