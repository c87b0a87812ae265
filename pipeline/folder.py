"""Which files of an input folder are articles, and which are not read (and why).

A folder is walked recursively, in a stable order (sorted by name). Read: files ending in
``.txt`` (plain text), ``.html`` or ``.htm`` (web pages), whatever the case of the ending
(``B.TXT``); with ``include`` globs, the files matching one of them instead (a ``.md`` file is
read as text when included: not by default, since a folder's ``README.md`` describes the
articles rather than being one). Not read, and listed with a reason: hidden files and folders
(a name starting with ``.``: ``.git``, ``.ipynb_checkpoints``, ``.DS_Store``; one entry per
hidden folder, its content is not walked), files of other kinds, symbolic links leading
outside the folder (unless ``follow_symlinks``). Nothing is opened here: the reader checks
each file (a FIFO, a device or a folder named like an article becomes an error row, never a
blocking read).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

#: endings of the files read in a folder, as text or as a web page
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)
#: endings of the files read as text when given alone or chosen with ``include``
TEXT_SUFFIXES = (".txt", ".md")


@dataclass
class FolderListing:
    """The article files of a folder (absolute paths with their relative names) and the
    entries not read, each with the reason."""

    files: list[tuple[Path, str]] = field(default_factory=list)
    not_read: list[tuple[str, str]] = field(default_factory=list)


def is_article_name(name: str, include: tuple[str, ...] = ()) -> bool:
    """Whether a file of this (relative) name is read: one of the article endings, any case,
    or, when ``include`` globs are given, a match of one of them (``*.txt``, ``2025/*.html``)."""
    if include:
        path = PurePosixPath(name)
        return any(path.match(glob) for glob in include)
    return name.lower().endswith(ARTICLE_SUFFIXES)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def list_folder(
    root: Path, include: tuple[str, ...] = (), follow_symlinks: bool = False
) -> FolderListing:
    """The article files under ``root`` and the entries not read (see the module)."""
    listing = FolderListing()
    real_root = root.resolve()
    seen_folders = {real_root}

    def unreadable(error: OSError) -> None:
        name = Path(error.filename).relative_to(root).as_posix() + "/"
        listing.not_read.append((name, f"unreadable folder: {error.strerror or error}"))

    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=follow_symlinks):
        base = Path(folder)
        relative = base.relative_to(root).as_posix()
        prefix = "" if relative == "." else relative + "/"
        kept = []
        for name in sorted(dirs):
            path = base / name
            reason = _folder_reason(path, name, real_root, follow_symlinks, seen_folders)
            if reason:
                listing.not_read.append((prefix + name + "/", reason))
                continue
            kept.append(name)
            if is_article_name(prefix + name, include):  # a folder named like an article
                listing.files.append((path, prefix + name))
        dirs[:] = kept
        for name in sorted(files):
            _sort_file(listing, base / name, prefix + name, real_root, include, follow_symlinks)
    listing.files.sort(key=lambda item: item[1])
    return listing


def _folder_reason(
    path: Path, name: str, root: Path, follow_symlinks: bool, seen: set[Path]
) -> str | None:
    """Why a sub-folder is not walked, or None when it is."""
    if name.startswith("."):
        return "hidden folder"
    if not path.is_symlink():
        return None
    if not follow_symlinks:
        return "symbolic link to a folder (use --follow-symlinks)"
    real = path.resolve()
    if real in seen:
        return "symbolic link to a folder already read"
    seen.add(real)
    return None


def _sort_file(
    listing: FolderListing,
    path: Path,
    name: str,
    root: Path,
    include: tuple[str, ...],
    follow_symlinks: bool,
) -> None:
    """Put one file of the walk among the articles or among the entries not read."""
    if PurePosixPath(name).name.startswith("."):
        listing.not_read.append((name, "hidden file"))
    elif not is_article_name(name, include):
        reason = "not matched by --include" if include else "not a .txt, .html or .htm file"
        listing.not_read.append((name, reason))
    elif path.is_symlink() and not follow_symlinks and not _inside(path, root):
        listing.not_read.append(
            (name, "symbolic link leading outside the input folder (use --follow-symlinks)")
        )
    else:
        listing.files.append((path, name))
