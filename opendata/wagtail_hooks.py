from django.urls import reverse
from wagtail import hooks


@hooks.register("smartcity_site_wide_cached_paths")
def open_data_paths():
    """Every address of the API shows published pages: a publish purges them from the proxy
    like the pages themselves (caching/urls.py), with all their query strings."""
    from .urls import urlpatterns

    return [reverse(f"opendata:{pattern.name}").lstrip("/") for pattern in urlpatterns]
