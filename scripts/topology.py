"""The production shape on this machine: Varnish in front of two gunicorn instances with
production settings, on PostgreSQL and Redis, sharing one MEDIA_ROOT (docs/operations.md).

    scripts/topology.py up      start what is not running yet; print the URLs and a login
    scripts/topology.py down    stop exactly what `up` started (its pid files)
    scripts/topology.py status  what runs

DATABASE_URL (PostgreSQL) is required; it is created, migrated and seeded when empty.
REDIS_URL defaults to redis://127.0.0.1:6379/0, TOPOLOGY_PORT (Varnish) to 8080. State, logs
and uploads live in var/topology/. TLS is nginx's job and is not part of this: SSL redirect
and HSTS are off here, everything else is production settings.
"""

import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
STATE = ROOT / "var" / "topology"
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
APP_PORTS = (8001, 8002)


def fail(message):
    sys.exit(f"topology: {message}")


def proxy_port():
    return int(os.environ.get("TOPOLOGY_PORT", 8080))


def database_url():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        fail("DATABASE_URL must point at PostgreSQL, e.g. postgres://postgres@127.0.0.1:5432/smartcity_topology")
    return url


def redis_url():
    return os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


def secret_key():
    path = STATE / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def environment():
    """Production settings, as deploy/smartcity.env.example describes them, for this machine."""
    port = proxy_port()
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "smartcity.settings.production",
        "SECRET_KEY": secret_key(),
        "DATABASE_URL": database_url(),
        "REDIS_URL": redis_url(),
        "CACHE_KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "topology"),
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "CSRF_TRUSTED_ORIGINS": f"http://localhost:{port},http://127.0.0.1:{port}",
        "WAGTAILADMIN_BASE_URL": f"http://localhost:{port}",
        "PRODUCTION_HOST": "localhost",
        "MEDIA_ROOT": str(STATE / "media"),
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "FRONTEND_CACHE_PURGE_URLS": f"http://127.0.0.1:{port}",
        "TRUSTED_PROXY_COUNT": "1",  # Varnish appends the visitor's address
        "GUNICORN_WORKERS": os.environ.get("GUNICORN_WORKERS", "2"),
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
    }


def pid_file(name):
    return STATE / f"{name}.pid"


def running(name):
    path = pid_file(name)
    if not path.exists():
        return None
    try:
        pid = int(path.read_text().strip())
        os.kill(pid, 0)
    except (ValueError, ProcessLookupError):
        return None
    return pid


def manage(env, *args):
    result = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def create_database(url):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}")


def check_redis():
    import redis

    try:
        redis.Redis.from_url(redis_url(), socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        fail(f"Redis at {redis_url()} does not answer: {error}")


def prepare(env):
    create_database(env["DATABASE_URL"])
    manage(env, "migrate", "--noinput")
    manage(env, "update_translation_fields")
    empty = "0" == manage(env, "shell", "-v", "0", "-c",
                          "from strategy.models import HomePage; print(HomePage.objects.count())").strip()
    if empty:
        manage(env, "seed_site")
        print("seeded the site")
    manage(env, "setup_roles")
    manage(env, "collectstatic", "--noinput")
    username = os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin")
    remembered = STATE / "admin-password"
    password = os.environ.get("DJANGO_SUPERUSER_PASSWORD") or (
        remembered.read_text().strip() if remembered.exists() else secrets.token_urlsafe(12)
    )
    created = manage(env, "shell", "-v", "0", "-c", (
        "from django.contrib.auth import get_user_model\n"
        f"User = get_user_model(); name = {username!r}\n"
        "if User.objects.filter(username=name).exists(): print('exists')\n"
        f"else: User.objects.create_superuser(name, email='', password={password!r}); print('created')"
    )).strip()
    if created == "created" and not os.environ.get("DJANGO_SUPERUSER_PASSWORD"):
        remembered.write_text(password)  # printed on every `up`, readable by root only
        remembered.chmod(0o600)
    known = created == "created" or remembered.exists() or os.environ.get("DJANGO_SUPERUSER_PASSWORD")
    return username, (password if known else None)


def start_gunicorn(env, port):
    name = f"gunicorn-{port}"
    if running(name):
        return
    subprocess.run(
        [GUNICORN, "smartcity.wsgi", "--config", "deploy/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}",
         "--daemon", "--pid", str(pid_file(name)),
         "--access-logfile", str(STATE / f"{name}.log"), "--error-logfile", str(STATE / f"{name}.log")],
        cwd=ROOT, env=env, check=True,
    )


def start_varnish():
    if running("varnish"):
        return
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(varnishd).exists():
        fail("varnishd is missing: run `make topology-up` (it installs Debian's varnish) or apt-get install varnish")
    # Varnish compiles and runs its configuration as its own unprivileged user, which may not
    # read the project folder: its working folder and a copy of the VCL go to /tmp.
    workdir = Path(tempfile.gettempdir()) / f"smartcity-varnish-{proxy_port()}"
    workdir.mkdir(exist_ok=True)
    workdir.chmod(0o755)
    vcl = workdir / "smartcity.vcl"
    shutil.copyfile(ROOT / "deploy" / "varnish" / "smartcity.vcl", vcl)
    vcl.chmod(0o644)
    result = subprocess.run(
        [varnishd, "-a", f"127.0.0.1:{proxy_port()}", "-f", str(vcl), "-n", str(workdir),
         "-P", str(pid_file("varnish")), "-s", "malloc,256m", "-T", "127.0.0.1:0"],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        fail(f"varnishd did not start:\n{result.stderr or result.stdout}")


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    fail(f"{url} did not answer within {seconds} s; see the logs in {STATE}")


def up():
    STATE.mkdir(parents=True, exist_ok=True)
    (STATE / "media").mkdir(exist_ok=True)
    check_redis()
    env = environment()
    username, password = prepare(env)
    for port in APP_PORTS:
        start_gunicorn(env, port)
    for port in APP_PORTS:
        wait_for(f"http://127.0.0.1:{port}/healthz")
    start_varnish()
    port = proxy_port()
    wait_for(f"http://127.0.0.1:{port}/de/")
    print(f"""
Production shape is up (state and logs in {STATE.relative_to(ROOT)}/):
  site through Varnish   http://localhost:{port}/
  app servers            http://127.0.0.1:{APP_PORTS[0]}/  http://127.0.0.1:{APP_PORTS[1]}/
  health                 http://localhost:{port}/healthz
  admin                  http://localhost:{port}/admin/
  login                  {username} / {password or '(the password set when it was created)'}
  A second factor is required, as in production: the first login sets up an authenticator app.
Stop it with: make topology-down""")


def stop(name, timeout=20):
    pid = running(name)
    if pid is None:
        pid_file(name).unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        os.kill(pid, signal.SIGKILL)
    pid_file(name).unlink(missing_ok=True)
    return True


def down():
    names = ["varnish", *(f"gunicorn-{port}" for port in APP_PORTS)]
    stopped = [name for name in names if stop(name)]
    print("stopped: " + (", ".join(stopped) if stopped else "nothing was running"))


def status():
    for name in ["varnish", *(f"gunicorn-{port}" for port in APP_PORTS)]:
        pid = running(name)
        print(f"{name:16} {'running, pid ' + str(pid) if pid else 'stopped'}")


if __name__ == "__main__":
    commands = {"up": up, "down": down, "status": status}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        fail("usage: scripts/topology.py up|down|status")
    commands[sys.argv[1]]()
