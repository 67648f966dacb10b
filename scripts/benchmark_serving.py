#!/usr/bin/env python
"""Serving throughput under production settings: a benchmark, not a test.

Starts gunicorn (2 sync workers, production settings) on a free local port and loads it with
Debian's `wrk`: the static CSS file, the home page and a field page, first with the full-page
cache on, then (gunicorn restarted with PAGE_CACHE=off) without it. It prints requests/s,
latency and errors per URL and each line's requests/s as a share of the static file's. The
machine this runs on is shared and noisy, so absolute figures drift from run to run; the ratios,
measured side by side in one run, are what to compare.

Database: the SQLite file of `make run` (db.sqlite3), or whatever DATABASE_URL names (a
PostgreSQL database is migrated and seeded first, so an empty one works). Cache: Redis when
REDIS_URL is set, otherwise the site's file cache.

Usage: .venv/bin/python scripts/benchmark_serving.py [--seconds 10] [--connections 16]
       .venv/bin/python scripts/benchmark_serving.py --spike [--seconds 60] [--connections 64]
--spike loads only the cached home page and exits 1 on any non-2xx response or socket error.
Exit status 2 means nothing was measured (wrk missing, server down, a URL not answering 200).
"""

import argparse
import datetime
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parent.parent
# gunicorn from the same venv as the Python running this script (`.venv/bin/python`).
GUNICORN = Path(sys.executable).with_name("gunicorn")
WORKERS = 2
HOME = "/de/"
FIELD = "/de/handlungsfelder/integrierte-mobilitaet/"
STARTUP_TIMEOUT = 30  # seconds to wait for gunicorn to answer
LOG_TAIL = 30  # lines of gunicorn's stderr shown when something goes wrong


class BenchmarkError(Exception):
    """Something that stops the benchmark; main() prints it without a traceback."""


def database_engine(url):
    if not url:
        return "sqlite"
    scheme = url.split(":", 1)[0].split("+", 1)[0].lower()
    if scheme in {"postgres", "postgresql", "pgsql", "postgis"}:
        return "postgresql"
    return scheme


def server_environment(page_cache):
    # Start from the caller's environment so PATH, locale and PG* variables (PGPASSWORD,
    # PGSSLMODE, …) reach Django, then pin everything that shapes the figures.
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="smartcity.settings.production",
        SECRET_KEY="benchmark-only",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        # wrk speaks plain HTTP: without these every request would be a redirect to https.
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
    )
    # DATABASE_URL and REDIS_URL pass through untouched when set; unset, Django falls back to
    # db.sqlite3 and the site to its file cache.
    # A PAGE_CACHE left over in the caller's shell must not turn the cached run into an
    # uncached one, so it is only ever set here.
    env.pop("PAGE_CACHE", None)
    if not page_cache:
        env["PAGE_CACHE"] = "off"
    return env


def manage(env, *args):
    """Run a manage.py command; on failure show its output and stop."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip().splitlines()
        raise BenchmarkError(
            f"manage.py {' '.join(args)} failed (exit {result.returncode}):\n"
            + "\n".join(output[-LOG_TAIL:])
        )


def prepare(env):
    # Production settings use WhiteNoise's manifest storage: without a fresh collectstatic the
    # hashed names are unknown and every page answers 500.
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    if database_engine(os.environ.get("DATABASE_URL")) == "postgresql":
        # An empty PostgreSQL database works too; all three commands are idempotent.
        manage(env, "migrate", "--noinput")
        manage(env, "update_translation_fields")
        manage(env, "seed_site")
    elif not os.environ.get("DATABASE_URL") and not (ROOT / "db.sqlite3").exists():
        raise BenchmarkError("db.sqlite3 does not exist: run `make setup` first.")


def free_port():
    # Let the kernel pick a port that is free now; gunicorn binds it a moment later.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    # A redirect is not the page we mean to measure: let it surface as an HTTPError.
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url, timeout=10):
    """Return (status, body) of a GET; an HTTP error status is a result, not an exception."""
    try:
        with OPENER.open(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


class Server:
    """gunicorn in its own process group, stopped (with all its workers) by stop()."""

    def __init__(self, env, log_dir, label):
        self.env = env
        self.log_path = Path(log_dir) / f"gunicorn-{label}.log"
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        command = [
            str(GUNICORN), "smartcity.wsgi",
            "--workers", str(WORKERS), "--worker-class", "sync",
            "--bind", f"127.0.0.1:{self.port}",
        ]
        with open(self.log_path, "wb") as log:
            # start_new_session: gunicorn and its workers form one process group that stop()
            # can kill as a whole, and Ctrl-C in the terminal reaches this script only.
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=self.env, stdin=subprocess.DEVNULL,
                stdout=log, stderr=log, start_new_session=True,
            )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchmarkError(
                    f"gunicorn exited with status {self.process.returncode} before answering.\n"
                    + self.log_tail()
                )
            try:
                fetch(self.base + HOME, timeout=5)
                return  # any HTTP answer means it is up; statuses are checked per URL later
            except OSError:  # refused, reset or timed out: not listening yet
                time.sleep(0.25)
        raise BenchmarkError(
            f"gunicorn did not answer {self.base}{HOME} within {STARTUP_TIMEOUT} s.\n"
            + self.log_tail()
        )

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        # SIGTERM is gunicorn's graceful shutdown; its idle workers leave at once. SIGKILL the
        # group if anything lingers, so no worker outlives the benchmark.
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        except ProcessLookupError:
            pass

    def log_tail(self):
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return "(no gunicorn log)"
        if not lines:
            return "(gunicorn's stderr is empty)"
        return "Last lines of gunicorn's stderr:\n" + "\n".join(lines[-LOG_TAIL:])

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()


class StylesheetFinder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").lower().split():
            if attrs.get("href"):
                self.hrefs.append(attrs["href"])


def stylesheet_path(server):
    """The hashed CSS file the served home page links to (what a real visitor fetches)."""
    body = check_ok(server, HOME)
    finder = StylesheetFinder()
    finder.feed(body.decode("utf-8", errors="replace"))
    if not finder.hrefs:
        raise BenchmarkError(f"{HOME} links no stylesheet.")
    path = urljoin(HOME, finder.hrefs[0])
    if not path.startswith("/static/"):
        raise BenchmarkError(f"{HOME}'s stylesheet {finder.hrefs[0]} is not under /static/.")
    return path


def check_ok(server, path):
    """Request path once: the 200 check and the warm-up (it also fills the page cache)."""
    url = server.base + path
    try:
        status, body = fetch(url)
    except OSError as error:  # URLError, refused, reset, timed out
        raise BenchmarkError(f"{url} did not answer: {error}\n" + server.log_tail()) from None
    if status != 200:
        raise BenchmarkError(f"{url} answered {status}, not 200.\n" + server.log_tail())
    return body


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def parse_wrk(output):
    def find(pattern):
        return re.search(pattern, output, re.MULTILINE)

    rps = find(r"^Requests/sec:\s+([\d.]+)")
    if rps is None:
        raise BenchmarkError("wrk printed no Requests/sec:\n" + output)
    latency = {}
    for percentile in ("50", "99"):
        match = find(rf"^\s*{percentile}%\s+([\d.]+)(us|ms|s|m|h)\s*$")
        latency[percentile] = float(match[1]) * UNITS_MS[match[2]] if match else float("nan")
    non2xx = find(r"Non-2xx or 3xx responses:\s+(\d+)")
    errors = find(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
    kinds = ("connect", "read", "write", "timeout")
    socket_errors = dict(zip(kinds, map(int, errors.groups()), strict=True)) if errors else {}
    return {
        "rps": float(rps[1]),
        "p50": latency["50"],
        "p99": latency["99"],
        "non2xx": int(non2xx[1]) if non2xx else 0,
        "socket_errors": sum(socket_errors.values()),
        "socket_detail": socket_errors,
    }


def run_wrk(url, seconds, connections):
    # wrk needs at least one connection per thread.
    threads = min(2, connections)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise BenchmarkError(f"{' '.join(command)} failed (exit {result.returncode}):\n"
                             + (result.stdout + result.stderr).strip())
    return parse_wrk(result.stdout)


def measure(server, name, path, seconds, connections):
    check_ok(server, path)
    print(f"  {name}: {path} ({seconds} s, {connections} connections) …", file=sys.stderr, flush=True)
    return {"name": name, "path": path, **run_wrk(server.base + path, seconds, connections)}


def header(args, seconds, connections):
    engine = database_engine(os.environ.get("DATABASE_URL"))
    cache = "redis" if os.environ.get("REDIS_URL") else "file"
    # nproc counts the CPUs this process may use, which is what the figures depend on.
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    mode = " --spike" if args.spike else ""
    return (f"benchmark-serving{mode} {now}  nproc={cpus}  db={engine}  cache={cache}  "
            f"gunicorn sync workers={WORKERS}  wrk -t2 -c{connections} -d{seconds}s")


def print_table(rows):
    static_rps = rows[0]["rps"]
    columns = ("name", "URL", "req/s", "p50 ms", "p99 ms", "non-2xx", "sock err", "vs static")
    lines = []
    for row in rows:
        ratio = f"{100 * row['rps'] / static_rps:.1f}%" if static_rps else "n/a"
        lines.append((row["name"], row["path"], f"{row['rps']:.1f}", f"{row['p50']:.2f}",
                      f"{row['p99']:.2f}", str(row["non2xx"]), str(row["socket_errors"]), ratio))
    widths = [max(len(col), *(len(line[i]) for line in lines)) for i, col in enumerate(columns)]
    # Text columns left-aligned, figures right-aligned.
    fmt = "  ".join(f"{{:{'<' if i < 2 else '>'}{w}}}" for i, w in enumerate(widths))
    print(fmt.format(*columns))
    print(fmt.format(*("-" * w for w in widths)))
    for line in lines:
        print(fmt.format(*line))
    for row in rows:
        if row["socket_errors"]:
            detail = ", ".join(f"{k} {v}" for k, v in row["socket_detail"].items())
            print(f"socket errors for {row['name']}: {detail}")


def ratio(rows, name):
    static_rps = rows["static"]["rps"]
    return f"{100 * rows[name]['rps'] / static_rps:.1f}%" if static_rps else "n/a"


def serving(args, log_dir):
    seconds = args.seconds or 10
    connections = args.connections or 16
    print(header(args, seconds, connections))
    env = server_environment(page_cache=True)
    prepare(env)
    rows = []
    with Server(env, log_dir, "cached") as server:
        static = stylesheet_path(server)
        rows.append(measure(server, "static", static, seconds, connections))
        rows.append(measure(server, "cached_home", HOME, seconds, connections))
        rows.append(measure(server, "cached_field", FIELD, seconds, connections))
    # A fresh server, so nothing cached in the first one's memory carries over.
    with Server(server_environment(page_cache=False), log_dir, "uncached") as server:
        rows.append(measure(server, "uncached_home", HOME, seconds, connections))
        rows.append(measure(server, "uncached_field", FIELD, seconds, connections))
    print_table(rows)
    by_name = {row["name"]: row for row in rows}
    print(
        f"benchmark-serving: static_rps={by_name['static']['rps']:.1f}"
        f" cached_home_rps={by_name['cached_home']['rps']:.1f}"
        f" cached_home_ratio={ratio(by_name, 'cached_home')}"
        f" uncached_home_ratio={ratio(by_name, 'uncached_home')}"
        f" cached_field_ratio={ratio(by_name, 'cached_field')}"
        f" uncached_field_ratio={ratio(by_name, 'uncached_field')}"
    )
    return 0


def spike(args, log_dir):
    seconds = args.seconds or 60
    connections = args.connections or 64
    print(header(args, seconds, connections))
    env = server_environment(page_cache=True)
    prepare(env)
    with Server(env, log_dir, "spike") as server:
        row = measure(server, "cached_home", HOME, seconds, connections)
    print(f"URL {HOME}: {row['rps']:.1f} requests/s, p50 {row['p50']:.2f} ms, "
          f"p99 {row['p99']:.2f} ms, non-2xx {row['non2xx']}, socket errors {row['socket_errors']}"
          + (f" ({', '.join(f'{k} {v}' for k, v in row['socket_detail'].items())})"
             if row["socket_errors"] else ""))
    print(f"benchmark-serving-spike: rps={row['rps']:.1f} p50_ms={row['p50']:.2f} "
          f"p99_ms={row['p99']:.2f} non2xx={row['non2xx']} socket_errors={row['socket_errors']}")
    return 1 if row["non2xx"] or row["socket_errors"] else 0


def positive(value):
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=positive,
                        help="length of each wrk run (default 10, with --spike 60)")
    parser.add_argument("--connections", type=positive,
                        help="open connections (default 16, with --spike 64)")
    parser.add_argument("--spike", action="store_true",
                        help="traffic-spike check: cached home page only, exit 1 on any error")
    args = parser.parse_args()

    if shutil.which("wrk") is None:
        print("benchmark-serving: wrk is not installed (Debian: apt-get install wrk, "
              "or run `make benchmark-serving`).", file=sys.stderr)
        return 2
    if not GUNICORN.exists():
        print(f"benchmark-serving: {GUNICORN} not found; run `make install` and start this "
              "script with the venv's python (.venv/bin/python).", file=sys.stderr)
        return 2

    # A plain `kill` of this script must still stop gunicorn: turn SIGTERM into SystemExit so
    # the servers' `with` blocks run; Ctrl-C already arrives as KeyboardInterrupt.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        with tempfile.TemporaryDirectory(prefix="benchmark-serving-") as log_dir:
            return spike(args, log_dir) if args.spike else serving(args, log_dir)
    except BenchmarkError as error:
        print(f"benchmark-serving: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("benchmark-serving: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
