"""One archive with everything the site cannot get back otherwise: the database and the media
files (uploaded images, documents, renditions). Code, static files and caches are rebuilt.

Layout of the archive (a .tar.gz):
    manifest.json        format, engine, time, SHA-256 of every media file
    database.pgdump      PostgreSQL: pg_dump --format=custom (restored with pg_restore)
    database.sqlite3     SQLite: an online backup through sqlite3's backup API
    media/...            MEDIA_ROOT as it was
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from django.conf import settings
from django.db import connection, connections

FORMAT = 1


class BackupError(Exception):
    pass


def engine():
    vendor = connection.vendor
    if vendor not in ("postgresql", "sqlite"):
        raise BackupError(f"Backups know PostgreSQL and SQLite, not {vendor}.")
    return vendor


def _pg_environment():
    db = settings.DATABASES["default"]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    args = []
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            args += [flag, str(db[key])]
    return env, args + ["--dbname", db["NAME"]]


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def media_files(root=None):
    root = Path(root or settings.MEDIA_ROOT)
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): _sha256(path)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def create(target):
    """Writes the archive to `target` (a file, or a folder to put a dated file in); returns
    its path. Written under a temporary name first: a half-written backup never looks whole."""
    kind = engine()
    target = Path(target)
    if target.is_dir():
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
        target = target / f"smartcity-{stamp}.tar.gz"
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        if kind == "postgresql":
            dump = work / "database.pgdump"
            env, args = _pg_environment()
            result = subprocess.run(
                ["pg_dump", "--format=custom", "--no-owner", "--no-acl", "--file", str(dump), *args],
                env=env, capture_output=True, text=True,
            )
            if result.returncode != 0:
                raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
        else:
            dump = work / "database.sqlite3"
            source = sqlite3.connect(settings.DATABASES["default"]["NAME"])
            copy = sqlite3.connect(dump)
            with copy:
                source.backup(copy)  # consistent even while the site is writing
            copy.close()
            source.close()
        manifest = {
            "format": FORMAT,
            "engine": kind,
            "created": datetime.now(timezone.utc).isoformat(),
            "media": media_files(media_root),
        }
        partial = target.with_name(target.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            data = json.dumps(manifest, indent=1).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            archive.add(dump, arcname=dump.name)
            if media_root.exists():
                archive.add(media_root, arcname="media")
        partial.replace(target)
    return target


def _database_is_empty(kind):
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
    return not tables


def restore(source, force=False):
    """Restores an archive into an empty database and an empty media folder; returns the
    number of media files. Refuses to mix a backup into existing data unless `force`."""
    kind = engine()
    media_root = Path(settings.MEDIA_ROOT)
    if not force:
        if not _database_is_empty(kind):
            raise BackupError("The database is not empty: restore only into an empty one.")
        if media_root.exists() and any(media_root.iterdir()):
            raise BackupError(f"{media_root} is not empty: restore only into an empty folder.")
    with tempfile.TemporaryDirectory() as work, tarfile.open(source, "r:gz") as archive:
        work = Path(work)
        archive.extractall(work, filter="data")  # no absolute paths, no ../ tricks
        manifest = json.loads((work / "manifest.json").read_text())
        if manifest.get("format") != FORMAT:
            raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
        if manifest["engine"] != kind:
            raise BackupError(f"This is a {manifest['engine']} backup; the database is {kind}.")
        if kind == "postgresql":
            env, args = _pg_environment()
            result = subprocess.run(
                ["pg_restore", "--no-owner", "--no-acl", "--exit-on-error", *args,
                 str(work / "database.pgdump")],
                env=env, capture_output=True, text=True,
            )
            if result.returncode != 0:
                raise BackupError(f"pg_restore failed: {result.stderr.strip()}")
        else:
            connections.close_all()
            shutil.copyfile(work / "database.sqlite3", settings.DATABASES["default"]["NAME"])
        media_root.mkdir(parents=True, exist_ok=True)
        if (work / "media").exists():
            shutil.copytree(work / "media", media_root, dirs_exist_ok=True)
    restored = media_files(media_root)
    missing = {name for name, digest in manifest["media"].items() if restored.get(name) != digest}
    if missing:
        raise BackupError(f"{len(missing)} media files differ after the restore, e.g. {sorted(missing)[:3]}")
    return len(manifest["media"])
