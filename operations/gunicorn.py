"""gunicorn's access log as one JSON object per request (LOG_FORMAT=json, deploy/gunicorn.conf.py).
gunicorn's own format strings cannot escape quotes in a path, so the line is built with json."""

import json
import traceback
from datetime import datetime, timezone

from gunicorn.glogging import Logger


class JsonAccessLogger(Logger):
    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        try:
            entry = {
                "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
                "method": environ.get("REQUEST_METHOD"),
                "path": environ.get("PATH_INFO"),
                "query": environ.get("QUERY_STRING") or None,
                "status": resp.status_code,
                "bytes": getattr(resp, "sent", None),
                "duration_ms": round(request_time.total_seconds() * 1000, 1),
                "cache": next((v for k, v in resp.headers if k.lower() == "x-page-cache"), None),
                "forwarded_for": environ.get("HTTP_X_FORWARDED_FOR"),
                "user_agent": environ.get("HTTP_USER_AGENT"),
            }
            self.access_log.info(json.dumps(entry, ensure_ascii=False))
        except Exception:
            self.error(traceback.format_exc())
