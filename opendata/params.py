"""Reading the query parameters of the open data API, strictly.

Data users build URLs by hand or in scripts; a filter that is silently ignored gives them wrong
numbers without their noticing. So every parameter a path does not know, every value it cannot
use and every parameter given twice is answered with 400 and a JSON body that names the
parameter, in English and in German. An empty value (`?field=`) counts as not given, as on the
site's own filters and in the page cache (caching/variants.py).

Numbers and dates are accepted in one spelling each (`7`, not `07` or `+7`): each valid value is
a separate entry in the page cache, so the same answer must not be stored under many spellings.
"""

import re
from datetime import UTC

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from rest_framework.exceptions import APIException

NUMBER = re.compile(r"0|[1-9][0-9]{0,9}")


class BadParameter(APIException):
    status_code = 400
    default_code = "bad_parameter"

    def __init__(self, parameter, en, de):
        super().__init__(en)
        self.parameter, self.en, self.de = parameter, en, de

    def body(self):
        return error_body(self.en, self.de, self.parameter)


def error_body(en, de, parameter=None):
    """What every error of the API looks like."""
    return {"error": en, "error_de": de, "parameter": parameter}


def check_names(query, allowed):
    """400 for a parameter the path does not read, or one given more than once."""
    for name in query:
        if name not in allowed:
            known = ", ".join(allowed) or "none"
            known_de = ", ".join(allowed) or "keine"
            raise BadParameter(
                name,
                f"Unknown parameter '{name}'. This address accepts: {known}.",
                f"Unbekannter Parameter „{name}“. Diese Adresse kennt: {known_de}.",
            )
        if len(query.getlist(name)) > 1:
            raise BadParameter(
                name,
                f"The parameter '{name}' is given more than once.",
                f"Der Parameter „{name}“ ist mehrfach angegeben.",
            )


def value(query, name):
    """The parameter's value, or None when it is missing or empty."""
    return query.get(name) or None


def parse_number(raw, name, minimum=0, maximum=None):
    number = int(raw) if NUMBER.fullmatch(raw) else None
    if number is None or number < minimum or (maximum is not None and number > maximum):
        upper = f" and {maximum}" if maximum is not None else ""
        upper_de = f" und {maximum}" if maximum is not None else ""
        between = f"between {minimum}{upper}" if upper else f"{minimum} or more"
        between_de = f"zwischen {minimum}{upper_de}" if upper_de else f"ab {minimum}"
        raise BadParameter(
            name,
            f"'{name}' must be a whole number {between}, written without signs or leading zeros.",
            f"„{name}“ muss eine ganze Zahl {between_de} sein, ohne Vorzeichen und führende Nullen.",
        )
    return number


def parse_moment(raw, name):
    """An ISO 8601 date (midnight in Halle) or date and time; without an offset the time is
    Halle's (Europe/Berlin). A '+' of an offset arrives as a space when the URL did not encode
    it as %2B: that is read as the '+' it was meant to be."""
    text = raw.replace(" ", "+") if "T" in raw else raw
    try:
        moment = parse_datetime(text)
        if moment is None:
            raise ValueError(text)
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment, timezone.get_default_timezone())
        moment.astimezone(UTC)  # year 1 or 9999 at the edge of a day: OverflowError
    except (ValueError, OverflowError):
        raise BadParameter(
            name,
            f"'{name}' must be an ISO 8601 date or date and time, e.g. 2026-01-31 or "
            "2026-01-31T09:00:00+01:00 (write + as %2B).",
            f"„{name}“ muss ein Datum oder Zeitpunkt nach ISO 8601 sein, z. B. 2026-01-31 oder "
            "2026-01-31T09:00:00+01:00 (+ als %2B schreiben).",
        ) from None
    return moment
