"""One JSON object per log line (LOG_FORMAT=json), for log collectors such as Loki or
Graylog; plain text otherwise. Errors carry the path of the request they happened in."""

import json
import logging
from datetime import datetime, timezone


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            entry["path"] = request.path
            entry["method"] = getattr(request, "method", "")
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """Plain lines for journald and terminals, with the request's path where there is one."""

    def format(self, record):
        line = super().format(record)
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path") and request.path not in line:
            line += f" [{getattr(request, 'method', '')} {request.path}]"
        return line
