"""A frontend-cache backend that only writes down what it was asked to purge, standing in for
Varnish or a CDN (the real proxy is tested with the production topology)."""

from wagtail.contrib.frontend_cache.backends import BaseBackend

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)
