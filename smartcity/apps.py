from django.apps import AppConfig


class SmartCityConfig(AppConfig):
    name = "smartcity"
    verbose_name = "Smart City Halle"

    def ready(self):
        from . import visibility

        visibility.install()
