"""Reading bytes from paths and streams without trusting them.

A path may be a dangling symlink, a symlink loop, a FIFO nobody writes to, or a
device such as /dev/zero that reports size 0 and never ends; standard input may
be `yes x`. Every read here is bounded by the size limit and never blocks on a
FIFO without a writer, and every odd path gets a reason that says what it is.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20


class NotReadable(ValueError):
    """A path or stream that cannot give an article; the message is the reason."""


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_path(path: Path) -> os.stat_result:
    """The path's stat after following links, or NotReadable naming what is wrong with it."""
    try:
        return path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotReadable("symlink loop") from None
        if exc.errno == errno.ENOENT:
            if path.is_symlink():
                raise NotReadable(f"dangling symlink (points to {os.readlink(path)})") from None
            raise NotReadable("no such file") from None
        raise NotReadable(f"cannot read ({exc.strerror or exc})") from None


def read_bounded(stream: BinaryIO, max_bytes: int) -> bytes:
    """At most `max_bytes` from a stream; NotReadable as soon as there is more."""
    parts: list[bytes] = []
    size = 0
    while chunk := stream.read(min(CHUNK, max_bytes + 1 - size)):
        parts.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise NotReadable(f"input is over the limit of {max_bytes} bytes")
    return b"".join(parts)


def open_checked(path: Path) -> tuple[BinaryIO, os.stat_result]:
    """A path opened for reading, with its stat. A FIFO is opened without blocking, so one
    with no writer reads as empty instead of hanging."""
    info = check_path(path)
    flags = os.O_RDONLY | (os.O_NONBLOCK if stat.S_ISFIFO(info.st_mode) else 0)
    fd = os.open(path, flags)
    if flags & os.O_NONBLOCK:
        os.set_blocking(fd, True)  # a writer is there (or never was): read normally from now on
    return os.fdopen(fd, "rb"), info


def read_path(path: Path, max_bytes: int) -> bytes:
    """A file's bytes within the size limit.

    Regular files are checked by size first; anything else (a FIFO, a device,
    /proc files that report size 0) is read in bounded chunks.
    """
    info = check_path(path)
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise NotReadable(f"file is {info.st_size} bytes, over the limit of {max_bytes}")
    stream, info = open_checked(path)
    with stream:
        data = read_bounded(stream, max_bytes)
    if not data.strip() and not stat.S_ISREG(info.st_mode):
        raise NotReadable(f"{kind_of(info.st_mode)} that gave no data")
    return data


def read_lines(path: Path, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """A file's lines one at a time, numbered from 1, each within the size limit.

    A feed of JSON lines is a stream of records, not one document: the limit bounds each
    record (one article), never the file, so a feed of any length is read in constant
    memory. A line over the limit is yielded as None (the caller reports it) and skipped
    without being held in memory.
    """
    stream, _ = open_checked(path)
    with stream:
        number = 0
        while line := stream.readline(max_bytes + 2):  # + 2: the line break may be CRLF
            number += 1
            if len(line.rstrip(b"\r\n")) <= max_bytes:
                yield number, line
                continue
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = stream.readline(CHUNK)
            yield number, None


def special_reason(path: Path) -> str | None:
    """Why a directory entry cannot be an article (dangling link, loop, FIFO, device), or None."""
    try:
        info = check_path(path)
    except NotReadable as exc:
        return str(exc)
    if stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode):
        return None
    return f"{kind_of(info.st_mode)} in a directory (not read)"
