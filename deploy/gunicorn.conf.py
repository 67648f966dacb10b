# gunicorn settings for one app server instance (deploy/systemd/smartcity@.service starts one per
# port). Everything comes from the environment file, so both servers share this file.
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# Two or three per core; each sync worker renders one page at a time, the caches do the rest.
workers = int(os.environ.get("GUNICORN_WORKERS", 3))
# A page that takes longer than this is stuck: the worker is replaced, the visitor gets a 502
# from the proxy (which then asks the other server).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
# Recycling workers now and then keeps a slow memory leak in any library from growing for weeks.
max_requests = 5000
max_requests_jitter = 500

# One line per request on stdout (journald), errors on stderr.
accesslog = "-"
errorlog = "-"
if os.environ.get("LOG_FORMAT", "text") == "json":
    logger_class = "operations.gunicorn.JsonAccessLogger"
else:
    # address, request line, status, bytes, duration in ms, page cache hit/miss
    access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms cache=%({x-page-cache}o)s'
