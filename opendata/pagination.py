"""limit/offset paging with count, next and previous, as DRF's LimitOffsetPagination, but a
limit over 100 or a value that is not a number is a 400 instead of being quietly replaced."""

from rest_framework.pagination import LimitOffsetPagination

from .params import parse_number, value


class StrictLimitOffsetPagination(LimitOffsetPagination):
    default_limit = 20
    max_limit = 100
    template = None  # no browsable API

    @classmethod
    def parameters(cls):
        return (cls.limit_query_param, cls.offset_query_param)

    def get_limit(self, request):
        raw = value(request.query_params, self.limit_query_param)
        if raw is None:
            return self.default_limit
        return parse_number(raw, self.limit_query_param, minimum=1, maximum=self.max_limit)

    def get_offset(self, request):
        raw = value(request.query_params, self.offset_query_param)
        return 0 if raw is None else parse_number(raw, self.offset_query_param)

    def validate(self, request):
        """Checks both values before anything is read from the database."""
        self.get_limit(request)
        self.get_offset(request)

    @property
    def beyond_the_end(self):
        return self.offset > 0 and self.offset >= self.count

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.limit_query_param,
                "required": False,
                "in": "query",
                "description": f"How many items to return (default {self.default_limit}).",
                "schema": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": self.max_limit,
                    "default": self.default_limit,
                },
            },
            {
                "name": self.offset_query_param,
                "required": False,
                "in": "query",
                "description": "How many items to skip (default 0).",
                "schema": {"type": "integer", "minimum": 0, "default": 0},
            },
        ]
