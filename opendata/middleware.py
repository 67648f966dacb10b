"""The edges of the open data API under /api/: CORS, unknown query parameters, JSON 404s.

It runs before the page cache (smartcity/settings/base.py). The cache answers a request from
the entry of its path and ignores every parameter the view did not declare, which is right for
`?utm_source=` on a page but would quietly give a data user the unfiltered list for a mistyped
`?feild=3`. So the parameters each API view accepts (its `allowed_parameters()`) are checked
here, before the cache is asked, and anything else is a 400 naming the parameter.

Every answer may be read by scripts on other sites (`Access-Control-Allow-Origin: *`): the
data are public, and no cookie or credential is involved, so none is allowed.
"""

from django.http import HttpResponse, JsonResponse
from django.urls import Resolver404, resolve

from .params import BadParameter, check_names, error_body

PREFIX = "/api/"
READ_METHODS = ("GET", "HEAD", "OPTIONS")
ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match, If-Modified-Since"


class OpenDataMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            response = preflight()
        else:
            view = view_for(request.path_info)
            if view is None and view_for(request.path_info + "/") is None:
                # Not handed on: the language middleware would redirect it to /de/api/….
                response = json_response(error_body("Not found.", "Nicht gefunden."), 404)
            else:  # an address of the API, or one missing its final slash (CommonMiddleware)
                response = unknown_parameters(request, view) or self.get_response(request)
        if request.method in READ_METHODS:
            response["Access-Control-Allow-Origin"] = "*"
        return response


def view_for(path):
    try:
        return resolve(path).func
    except Resolver404:
        return None


def unknown_parameters(request, view):
    """A 400 answer when the request names a parameter its view does not read (or one twice)."""
    if not request.GET:
        return None
    allowed = getattr(getattr(view, "cls", None), "allowed_parameters", None)
    if allowed is None:
        return None
    try:
        check_names(request.GET, allowed())
    except BadParameter as error:
        return json_response(error.body(), error.status_code)
    return None


def preflight():
    """What a browser asks before a cross-origin request with extra headers."""
    response = HttpResponse(status=204)
    del response["Content-Type"]  # no body
    response["Access-Control-Allow-Methods"] = ", ".join(READ_METHODS)
    response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
    response["Access-Control-Max-Age"] = "86400"
    return response


def json_response(data, status):
    # Written as DRF's JSONRenderer writes it: compact, umlauts as they are.
    dumps = {"ensure_ascii": False, "separators": (",", ":")}
    response = JsonResponse(data, status=status, json_dumps_params=dumps)
    response["Cache-Control"] = "private, no-cache"
    return response

