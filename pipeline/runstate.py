"""What an output folder says about the run that wrote it: the lock, the input's fingerprint and
the manifest.

- **The lock** (:func:`output_lock`): ``OUT/.lock`` is held (``flock``) for the whole run, so a
  second run on the same folder stops at once with :class:`OutputLocked` instead of deleting the
  first one's parts. The file names the holder (pid, host, start); a lock left by a run that no
  longer exists is taken over with a note.
- **The input's fingerprint** (:func:`describe_input`): the resolved path of the input and a
  hash of the names, sizes and modification times of its files (no content is read), so a
  ``--resume`` can refuse the parts of another input.
- **The manifest** (:func:`write_manifest`): ``OUT/manifest.json``, written last, once every
  table is in place: the project's version, the model and its version, the input and its
  fingerprint, the rows of each table, the status, the start and end times and the options.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

try:  # POSIX: the lock is released by the system when its process dies
    import fcntl
except ImportError:  # pragma: no cover - Windows: the holder's pid is checked instead
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".lock"
MANIFEST_NAME = "manifest.json"


#: The lock files this process holds open: a forked child closes its copies at once, so the
#: lock goes with the run that took it (a worker that outlives it for a moment does not hold it).
_HELD: set[int] = set()


def _close_held_in_child() -> None:
    for fd in _HELD:
        with suppress(OSError):
            os.close(fd)
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_held_in_child)


class OutputLocked(Exception):
    """Another run is writing to the same output folder."""


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` exists on this machine."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, owned by someone else
        return True
    return True


def _holder(text: str) -> dict[str, Any]:
    try:
        holder = json.loads(text)
    except ValueError:
        return {}
    return holder if isinstance(holder, dict) else {}


def _refuse(out_dir: Path, holder: dict[str, Any]) -> OutputLocked:
    who = f"pid {holder.get('pid', '?')} on {holder.get('host', '?')}"
    since = f", started {holder['started']}" if holder.get("started") else ""
    return OutputLocked(
        f"output folder {out_dir} is in use by another run ({who}{since}): wait for it to "
        "finish or choose another folder"
    )


def _stale_note(holder: dict[str, Any]) -> str | None:
    if not holder.get("pid"):
        return None
    return (
        f"took over a stale lock left by pid {holder['pid']} on {holder.get('host', '?')} "
        "(that run no longer exists)"
    )


@contextmanager
def output_lock(out_dir: str | Path) -> Iterator[str | None]:
    """Hold ``OUT/.lock`` for the duration of the block; yields a note when a stale lock (its
    run is dead) was taken over, else None. Raises :class:`OutputLocked` when another live run
    holds it. The file stays (emptied) after the run: removing it would let two waiting runs
    lock two different files."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        holder = _holder(os.pread(fd, 4096, 0).decode("utf-8", "replace"))
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise _refuse(out, holder) from None
        elif holder.get("pid") and pid_alive(int(holder["pid"])):  # pragma: no cover
            raise _refuse(out, holder)
        mine = {"pid": os.getpid(), "host": socket.gethostname(), "started": now()}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(mine).encode(), 0)
        _HELD.add(fd)
        try:
            yield _stale_note(holder)
        finally:
            os.ftruncate(fd, 0)
    finally:
        _HELD.discard(fd)
        os.close(fd)  # releases the flock


# --------------------------------------------------------------------------- the input
def _files_digest(root: Path, skip: Path | None) -> str:
    digest = hashlib.sha256()
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(folder)
        if skip is not None and (here == skip or skip in here.parents):
            continue
        for name in sorted(files):
            try:
                stat = (here / name).stat()
            except OSError:
                continue
            relative = str((here / name).relative_to(root))
            digest.update(relative.encode("utf-8", "surrogateescape"))
            digest.update(f"\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def describe_input(source: Any, out_dir: str | Path | None = None) -> dict[str, Any]:
    """The input as the manifest records it: ``path`` (resolved; None for in-memory data),
    ``kind`` and ``fingerprint`` (a hash of the names, sizes and modification times of its
    files, None for in-memory data). Files under ``out_dir`` are left out."""
    if isinstance(source, str | os.PathLike):
        try:
            return _describe_path(Path(source).resolve(), out_dir)
        except OSError:  # not a path this system can look at: the reader will say why
            return {"path": None, "kind": "unknown", "fingerprint": None}
    return {"path": None, "kind": type(source).__name__, "fingerprint": None}


def _describe_path(path: Path, out_dir: str | Path | None) -> dict[str, Any]:
    if path.is_dir():
        skip = Path(out_dir).resolve() if out_dir is not None else None
        return {"path": str(path), "kind": "folder", "fingerprint": _files_digest(path, skip)}
    if path.is_file():
        stat = path.stat()
        key = f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}"
        fingerprint = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()
        return {"path": str(path), "kind": "file", "fingerprint": fingerprint}
    return {"path": str(path), "kind": "missing", "fingerprint": None}


# --------------------------------------------------------------------------- the manifest
def model_info() -> dict[str, str | None]:
    """The name and installed version of the spaCy model the pipeline is built on."""
    from spacy.util import get_package_version

    from pipeline.nlp import BASE_MODEL

    return {"name": BASE_MODEL, "version": get_package_version(BASE_MODEL)}


def write_json(path: Path, data: dict[str, Any]) -> None:
    """``data`` as JSON at ``path``, through a temporary file and a rename."""
    tmp = path.with_name(f".{path.name}.tmp")
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    tmp.write_text(text + "\n", encoding="utf-8", errors="surrogateescape")
    os.replace(tmp, path)


def read_json(path: Path) -> dict[str, Any] | None:
    """The JSON object at ``path``, or None when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8", errors="surrogateescape"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_manifest(out_dir: str | Path, **fields: Any) -> Path:
    """Write ``OUT/manifest.json``: the project's version and the model's, then ``fields``
    (input, counts, status, times, options). Returns its path."""
    version = getattr(sys.modules.get("pipeline"), "__version__", None)
    path = Path(out_dir) / MANIFEST_NAME
    write_json(path, {"pipeline_version": version, "model": model_info(), **fields})
    return path
