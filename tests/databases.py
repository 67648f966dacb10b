"""Throwaway databases of the engine the suite runs on, for tests that start other processes
(a served site for the browser, backup and restore)."""

import os
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit


def _postgres_url():
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


@contextmanager
def throwaway_database(workdir, purpose="browser"):
    """A fresh database: a SQLite file in `workdir`, or, when DATABASE_URL points at PostgreSQL,
    a new database on that server, dropped afterwards."""
    url = _postgres_url()
    if url is None:
        yield f"sqlite:///{Path(workdir) / 'site.sqlite3'}"
        return
    parts = urlsplit(url)
    name = f"smartcity_{purpose}_{os.getpid()}"
    _recreate(parts, name)
    try:
        yield parts._replace(path=f"/{name}").geturl()
    finally:
        _drop(parts, name)


def empty_database(database_url):
    """Drops everything in the database and leaves it empty, as after `createdb`."""
    if database_url.startswith("sqlite:///"):
        Path(database_url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        return
    parts = urlsplit(database_url)
    _recreate(parts, parts.path.lstrip("/"))


def _maintenance(parts):
    import psycopg

    return psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True)


def _recreate(parts, name):
    with _maintenance(parts) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def _drop(parts, name):
    with _maintenance(parts) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
