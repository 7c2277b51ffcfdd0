"""Start-up checks: is the file whole, and is it somewhere SQLite can safely live?

``startup_check`` runs ``quick_check`` and ``foreign_key_check`` on a read-only
connection, so a damaged file is left byte-identical and the user is pointed at the
newest backup that itself passes the check. That scan reads every page (11 s on a
2.7 GB file), so it no longer runs at every open: ``OpenState`` keeps a small
``<file>.state`` beside the database that says when the scan is due. It is due when
the last FunnelDesk process to close the file did not close it cleanly (the state
still says "in use" and nobody holds its lock), when the file changed since that
clean close (size, modification time or inode differ: another program wrote it, or
it was copied or restored) unless a backup's check verified exactly the content it
has now, when SQLite reported corruption on any statement, or
when a scan found damage and the file was not replaced since. ``path_warning`` spots
network file systems and cloud-sync folders, where WAL's shared memory does not work
and sync clients copy half-written files.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from pathlib import Path, PurePath

from funneldesk.domain.errors import DatabaseDamaged
from funneldesk.storage.backup import BackupFile, file_fingerprint, list_backup_files, quick_check
from funneldesk.storage.lock import StateShare, state_share

NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "lustre", "gpfs", "davfs", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.s3fs",
    "fuse.gcsfuse", "fuse.davfs2", "fuse.glusterfs", "fuse.cephfs",
})
CLOUD_FOLDERS = ("dropbox", "onedrive", "google drive", "googledrive", "my drive", "icloud drive",
                 "com~apple~clouddocs", "mobile documents", "nextcloud", "owncloud", "pcloud",
                 "pcloud drive", "box sync", "megasync", "syncthing",
                 "yandex.disk", "tresorit")


class DamagedFile(DatabaseDamaged):
    """A damaged file, with the newest verified backup (or None) for the GUI to offer."""

    def __init__(self, message: str, backup: BackupFile | None) -> None:
        self.backup = backup
        super().__init__(message)


def _damage(path: Path) -> list[str]:
    """Return what is wrong with the file, empty when it is fine (never writes)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if problems == ["ok"]:
                problems = []
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    tables = sorted({str(row[0]) for row in broken})
    if broken:
        problems.append(f"{len(broken)} broken references in {', '.join(tables)}")
    return problems


def damage_found(db_path: Path) -> list[str]:
    """Return what the full scan finds wrong with the file (reads every page, never writes)."""
    return _damage(db_path)


def header_problem(db_path: Path) -> str | None:
    """Return why the file cannot be an SQLite database from its 100-byte header, else None.

    Reads 100 bytes whatever the file's size: the cheap check every open makes.
    """
    try:
        with db_path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return str(exc)
    if not header:
        return None  # an empty file becomes a new database
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return "file is not a database"
    page = int.from_bytes(header[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512 or page & (page - 1):
        return "the file header is damaged"
    return None


def damaged_error(db_path: Path, problems: list[str]) -> DamagedFile:
    """Return the DamagedFile error for a file, naming the newest good backup."""
    backup = newest_verified_backup(db_path)
    offer = (f"the newest good backup is {backup.path} from {backup.taken_at:%Y-%m-%d %H:%M}; "
             f"restore it with: funneldesk --db {db_path} restore {backup.path}"
             if backup else "no good backup was found next to it")
    return DamagedFile(f"{db_path.name} is damaged ({problems[0]}); it was left exactly "
                       f"as it was and nothing was written to it — {offer}", backup=backup)


def newest_verified_backup(db_path: Path) -> BackupFile | None:
    """Return the newest backup of the file that passes quick_check."""
    return next((b for b in list_backup_files(db_path) if quick_check(b.path)), None)


def startup_check(db_path: Path) -> None:
    """Raise DatabaseDamaged (naming the newest good backup) unless the file is whole."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return
    problems = _damage(db_path)
    if problems:
        raise damaged_error(db_path, problems)


def state_path(db_path: Path) -> Path:
    """Return the file that records whether the database was closed cleanly."""
    return db_path.with_name(db_path.name + ".state")


def _fingerprint(db_path: Path) -> list[int]:
    return file_fingerprint(db_path)


class OpenState:
    """This process's share of ``<file>.state``, held while the file is open.

    Every FunnelDesk process with the file open holds a share of the state file (see
    ``lock.state_share``), so "nobody else holds one" means every other opener has gone.
    The first opener reads the verdict the last closer left: ``clean`` with the file's
    fingerprint, or ``verified`` with the fingerprint a full check saw during a session
    (a backup's check of its copy), ``unverified`` (a scan is due and has not passed),
    ``damaged``, or nothing (in use: its holder died). Either fingerprint still matching
    means the content is the one that was found whole, so the scan is not due. The last
    closer stamps ``clean``. Where no share can be taken the scan is always due and
    nothing is stamped: slow but safe.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.handle: StateShare | None = None
        self.due = True
        self.known_damaged = False
        share = state_share(state_path(db_path))
        first = share.join()
        try:
            state = share.read()
            self.known_damaged = bool(state.get("damaged"))
            if first is None:  # no share to be had: decide nothing, stamp nothing
                share.close()
                return
            if first:
                self.due = not (db_path.exists() and _fingerprint(db_path) in (
                    state.get("clean"), state.get("verified")))
                verdict = {"unverified": True} if self.due else {}
                share.write({**verdict, **({"damaged": state["damaged"]} if self.known_damaged else {})})
            else:
                self.due = bool(state.get("unverified") or self.known_damaged)
            share.settle()  # others may now open it too
        except BaseException:
            share.close()
            raise
        self.handle = share

    def verified(self, seen: list[int] | None = None) -> None:
        """Record that a full check passed; ``seen`` is the fingerprint of the content it checked.

        Without ``seen`` the file is trusted until it is next closed uncleanly; with it, an
        unclean close that leaves exactly that content needs no scan either.
        """
        self.due = self.known_damaged = False
        if self.handle is not None:
            self.handle.write({"verified": seen} if seen is not None else {})

    def damaged(self, reason: str) -> None:
        """Record that the file is damaged: every later open scans it again."""
        self.due = True
        if self.handle is not None:
            self.handle.write({"unverified": True, "damaged": reason})
        else:
            with contextlib.suppress(OSError):
                state_path(self.db_path).write_text(json.dumps({"damaged": reason}), encoding="utf-8")

    def release(self) -> None:
        """Let go of the file after its connections closed; the last one out stamps it clean."""
        share, self.handle = self.handle, None
        if share is None:
            return
        try:
            # Read once alone (the gate shut on Windows): nobody can change the verdict meanwhile.
            if share.leave() and not share.read().get("unverified"):
                with contextlib.suppress(OSError):
                    share.write({"clean": _fingerprint(self.db_path)})
        finally:
            share.close()  # closing drops the share


def _mount_types() -> list[tuple[str, str]]:
    try:
        lines = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    mounts = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((parts[1].replace("\\040", " "), parts[2].lower()))
    return mounts


def filesystem_type(path: Path) -> str | None:
    """Return the file-system type the path lives on (Linux), or None when unknown."""
    text = os.fspath(path)
    best: tuple[str, str] | None = None
    for mount, kind in _mount_types():
        inside = text == mount or text.startswith(mount.rstrip("/") + "/")
        if inside and (best is None or len(mount) > len(best[0])):
            best = (mount, kind)
    return best[1] if best else None


def _in_cloud_folder(path: PurePath) -> str | None:
    for part in path.parts:
        lowered = part.lower()
        if lowered in CLOUD_FOLDERS or lowered.startswith(("dropbox (", "onedrive -", "onedrive-")):
            return part
    return None


def path_warning(path: Path | str) -> str | None:
    """Return a warning when the file sits on a network or cloud-synced folder, else None."""
    raw = os.fspath(path)
    advice = ("SQLite's write-ahead log does not work reliably there and the file can be "
              "damaged; keep it on a local disk, or use the PostgreSQL team mode "
              "(--db postgresql://…) to share leads")
    if raw.startswith(("\\\\", "//")):
        return f"{raw} is on a network share. {advice}."
    resolved = Path(raw).expanduser().resolve()
    kind = filesystem_type(resolved)
    if kind in NETWORK_FS:
        return f"{resolved} is on a network file system ({kind}). {advice}."
    folder = _in_cloud_folder(resolved)
    if folder is not None:
        return f"{resolved} is inside a cloud-sync folder ({folder}). {advice}."
    return None
