"""Inputs to documents: files, folders (recursive) and zip/tar archives read member by member as streams.

Nothing is ever unpacked to disk: a member's bytes are read into memory under byte budgets, so a run's
memory is bounded by the largest allowed document, not by the archive. The budgets are enforced *while
reading*, whatever the headers declare, because Python 3.11.7 lacks the zip overlap-bomb check (29 KiB
of zip read as 4,000 MiB; cpython#109858) and a lying header only shows itself after inflation.

Archive rules (DEPENDENCIES.md §3):
- zip names written by Chinese Windows tools (GBK bytes, no UTF-8 flag) are repaired: decoded as the
  archive's name encoding, sniffed once over all its names, then ``\\`` becomes ``/`` (a GBK or Big5
  trail byte can be 0x5C, so decoding must come first);
- overlapping or duplicate zip entries, encrypted members, too-large members and too-high ratios become
  failed documents with a reason; links, devices and directories are skipped (``tarfile.extractfile``
  on a symlink would return the target's content);
- nested archives are followed to a bounded depth, held in memory under the same budgets.

Every item carries its provenance: the file on disk and, inside archives, the member path (nested
members joined with ``::``).
"""

from __future__ import annotations

import bz2
import fnmatch
import gzip
import io
import lzma
import os
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Protocol, Self, cast

from ..errors import InputError
from ..io.encodings import sniff_encoding
from ..io.formats import DOCUMENT_SUFFIXES
from ..io.limits import GiB, Limits, MiB, mib
from ..io.zipcheck import check_zip_bomb, zip_overlaps

__all__ = [
    "ARCHIVE_SUFFIXES",
    "DEFAULT_INCLUDE",
    "Filters",
    "Item",
    "Limits",
    "check_inputs",
    "check_zip_bomb",
    "count_items",
    "is_archive_name",
    "iter_items",
    "member_join",
    "repair_zip_name",
]

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")
DEFAULT_INCLUDE = tuple(f"*{suffix}" for suffix in DOCUMENT_SUFFIXES)
MEMBER_SEP = "::"
_CHUNK = MiB


@dataclass(frozen=True, slots=True)
class Item:
    """One document found in the inputs: its bytes, or the reason it could not be read."""

    source: str  # the file on disk (absolute)
    member: str = ""  # the path inside the archive(s); '' for a plain file
    data: bytes | None = None
    error: str | None = None
    skipped: str | None = None  # why a link or special entry was passed over (listed, never read)

    @property
    def name(self) -> str:
        """Provenance as one string: ``/path/a.zip::2023/报告.txt`` (the ``doc`` of its records)."""
        return member_join(self.source, self.member)

    @property
    def filename(self) -> str:
        """The last path component, which decides the format."""
        return PurePosixPath((self.member or self.source).rsplit(MEMBER_SEP, 1)[-1]).name


@dataclass(frozen=True, slots=True)
class Filters:
    """``--include``/``--exclude`` globs, matched case-insensitively against the relative path or the file name.

    Includes pick documents (by default every format we read); excludes also drop whole archives and
    folders. Archives are always opened unless excluded: ``--include '*.txt'`` still means the .txt
    members inside them.
    """

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    # Absolute path prefixes never read: the run's own output (store, WAL, temporary file) may sit
    # inside an input folder.
    skip: tuple[str, ...] = ()
    # Read links whose target lies outside the input folder (``--follow-links``): a link to
    # /etc/passwd dropped into a shared folder would otherwise be read and stored.
    follow_links: bool = False

    def excluded(self, rel: str) -> bool:
        return any(_glob(rel, pattern) for pattern in self.exclude)

    def wants(self, rel: str) -> bool:
        return not self.excluded(rel) and any(_glob(rel, pattern) for pattern in self.include)


def _glob(rel: str, pattern: str) -> bool:
    rel = rel.replace("\\", "/").lower()
    pattern = pattern.lower()
    name = rel.rsplit("/", 1)[-1]
    return fnmatch.fnmatchcase(rel, pattern) or fnmatch.fnmatchcase(name, pattern)


def member_join(*parts: str) -> str:
    return MEMBER_SEP.join(p for p in parts if p)


def is_archive_name(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


class _BudgetExceeded(Exception):
    """The archive as a whole inflated past its budget: stop reading it."""


@dataclass(slots=True)
class _Budget:
    remaining: int

    def take(self, n: int) -> None:
        self.remaining -= n
        if self.remaining < 0:
            raise _BudgetExceeded


@dataclass(frozen=True, slots=True)
class _Walk:
    """What every level of an archive walk shares: which members to take, the limits, the budget."""

    filters: Filters
    limits: Limits
    budget: _Budget
    read: bool  # False when only listing: documents are named, not read


class _TooLarge(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _read_bounded(stream: IO[bytes], limit: int, budget: _Budget | None, reason: str) -> bytes:
    """At most ``limit`` bytes, else ``_TooLarge(reason)``; read in chunks so a bomb never inflates far."""
    buf = bytearray()
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - len(buf)))
        if not chunk:
            return bytes(buf)
        if budget is not None:
            budget.take(len(chunk))
        buf += chunk
        if len(buf) > limit:
            raise _TooLarge(reason)


# ------------------------------------------------------------------------------------------------
# Walking the inputs
# ------------------------------------------------------------------------------------------------


def check_inputs(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The inputs as absolute paths; a missing one is an argument error, raised before any work starts."""
    paths = []
    for raw in inputs:
        path = Path(os.path.abspath(raw))
        if not path.exists():
            raise InputError(f"{raw}: no such file or folder")
        paths.append(path)
    if not paths:
        raise InputError("no inputs given")
    return paths


def iter_items(
    inputs: Iterable[str | os.PathLike[str]],
    filters: Filters | None = None,
    limits: Limits | None = None,
    *,
    read: bool = True,
) -> Iterator[Item]:
    """Every document of the inputs in a stable order (sorted folder walks, archive order).

    With ``read=False`` no document bytes are read (counting for a progress bar); tar archives are
    still streamed through, since a tar has no index.
    """
    filters = filters or Filters()
    limits = limits or Limits()
    for path in check_inputs(inputs):
        if path.is_dir():
            yield from _iter_folder(path, filters, limits, read)
        elif is_archive_name(path.name):
            yield from _iter_archive_file(path, filters, limits, read)
        else:
            yield _read_file(path, limits, read)  # named explicitly: read whatever its extension


def count_items(
    inputs: Iterable[str | os.PathLike[str]], filters: Filters | None = None, limits: Limits | None = None
) -> int:
    return sum(1 for item in iter_items(inputs, filters, limits, read=False) if item.skipped is None)


def _iter_folder(root: Path, filters: Filters, limits: Limits, read: bool) -> Iterator[Item]:
    """Regular files below ``root``; links and special files are listed as skipped (see ``_pass_over``).

    Symlinked folders are never walked (no loops); a file link is read when its target lies inside
    ``root`` (or with ``follow_links``).
    """
    real_root = os.path.realpath(root)
    for folder, dirs, files in os.walk(root, followlinks=False):
        rel_folder = os.path.relpath(folder, root)
        dirs[:] = sorted(d for d in dirs if not filters.excluded(_rel(rel_folder, d) + "/"))
        for name in sorted(d for d in dirs if os.path.islink(os.path.join(folder, d))):
            yield Item(str(Path(folder) / name), skipped="symbolic link to a folder; not followed")
        for name in sorted(files):
            rel = _rel(rel_folder, name)
            path = Path(folder) / name
            if filters.skip and str(path).startswith(filters.skip):
                continue
            archive = is_archive_name(name)
            if filters.excluded(rel) or (not archive and not filters.wants(rel)):
                continue
            reason = _pass_over(path, real_root, filters.follow_links)
            if reason:
                yield Item(str(path), skipped=reason)
            elif archive:
                yield from _iter_archive_file(path, filters, limits, read)
            else:
                yield _read_file(path, limits, read)


def _pass_over(path: Path, real_root: str, follow_links: bool) -> str | None:
    """Why a folder entry is not read, or None: FIFOs would block, devices never end, links may leave the tree."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "dangling symbolic link" if path.is_symlink() else "cannot stat"
    if not stat.S_ISREG(mode):
        return f"not a regular file ({_kind(mode)}); not read"
    if path.is_symlink() and not follow_links:
        target = os.path.realpath(path)
        if os.path.commonpath([target, real_root]) != real_root:
            return f"symbolic link to {target}, outside the input folder; not read (use --follow-links)"
    return None


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "device"),
        (stat.S_ISBLK, "device"),
    ):
        if test(mode):
            return name
    return "special file"


def _rel(folder: str, name: str) -> str:
    return name if folder == "." else f"{folder}/{name}".replace(os.sep, "/")


def _read_file(path: Path, limits: Limits, read: bool) -> Item:
    source = str(path)
    if not read:
        return Item(source)
    try:
        size = path.stat().st_size
        if size > limits.max_document_bytes:
            return Item(source, error=f"file is {size / MiB:.0f} MiB, over the {mib(limits.max_document_bytes)} limit")
        with path.open("rb") as fh:
            data = _read_bounded(fh, limits.max_document_bytes, None, "file grew past the size limit while read")
    except _TooLarge as exc:
        return Item(source, error=exc.reason)
    except OSError as exc:
        return Item(source, error=f"cannot read: {exc.strerror or exc}")
    return Item(source, data=data)


def _iter_archive_file(path: Path, filters: Filters, limits: Limits, read: bool) -> Iterator[Item]:
    walk = _Walk(filters, limits, _Budget(limits.max_archive_bytes), read)
    try:
        with path.open("rb") as fh:
            yield from _iter_archive(fh, path.name, str(path), "", 0, walk)
    except OSError as exc:
        yield Item(str(path), error=f"cannot read archive: {exc.strerror or exc}")


def _iter_archive(
    fh: IO[bytes],
    name: str,
    source: str,
    prefix: str,
    depth: int,
    walk: _Walk,
) -> Iterator[Item]:
    """Dispatch on the archive type; a budget overrun ends this archive with one failed item."""
    limits = walk.limits
    try:
        if name.lower().endswith(".zip"):
            yield from _iter_zip(fh, source, prefix, depth, walk)
        else:
            yield from _iter_tar(fh, source, prefix, depth, walk)
    except _BudgetExceeded:
        yield Item(
            source,
            prefix,
            error=f"archive inflates past the {limits.max_archive_bytes / GiB:g} GiB budget (zip bomb?); rest skipped",
        )


def _nested(
    data: bytes,
    name: str,
    source: str,
    member: str,
    depth: int,
    walk: _Walk,
) -> Iterator[Item]:
    limits = walk.limits
    if depth >= limits.max_depth:
        yield Item(source, member, error=f"archive nested deeper than {limits.max_depth} levels; not opened")
        return
    yield from _iter_archive(io.BytesIO(data), name, source, member, depth + 1, walk)


# ------------------------------------------------------------------------------------------------
# zip
# ------------------------------------------------------------------------------------------------

_ZIP_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError)


def repair_zip_name(info: zipfile.ZipInfo, encoding: str | None) -> str:
    """The member name as its author wrote it.

    Without the UTF-8 flag (0x800) zipfile decodes names as cp437, which turns GBK into
    ``2023─Ω═│╝╞╣½▒¿.txt``. The original bytes are recovered and decoded as UTF-8 if valid, else as
    the archive's sniffed name encoding, else gb18030/cp950. Backslashes become slashes only after
    decoding.
    """
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            raw = name.encode("cp437")
        except UnicodeEncodeError:
            raw = b""
        if raw:
            for codec in ("utf-8", encoding, "gb18030", "cp950"):
                if codec is None:
                    continue
                try:
                    name = raw.decode(codec)
                    break
                except UnicodeDecodeError:
                    continue
    return name.replace("\\", "/").lstrip("/")


def _zip_name_encoding(infos: list[zipfile.ZipInfo]) -> str | None:
    """One encoding for the legacy names of an archive: single names are too short to sniff reliably."""
    raw = bytearray()
    for info in infos:
        if info.flag_bits & 0x800:
            continue
        try:
            b = info.filename.encode("cp437")
        except UnicodeEncodeError:
            continue
        if not b.isascii():
            try:
                b.decode("utf-8")
            except UnicodeDecodeError:
                raw += b + b"\n"
        if len(raw) > 64 * 1024:
            break
    if not raw:
        return None
    try:
        return sniff_encoding(bytes(raw))
    except InputError:
        return None


def _iter_zip(
    fh: IO[bytes],
    source: str,
    prefix: str,
    depth: int,
    walk: _Walk,
) -> Iterator[Item]:
    filters, limits, budget, read = walk.filters, walk.limits, walk.budget, walk.read
    try:
        zf = zipfile.ZipFile(fh)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        yield Item(source, prefix, error=f"not a readable zip archive: {exc}")
        return
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_members:
            yield Item(source, prefix, error=f"zip has {len(infos)} entries, over the {limits.max_members} limit")
            return
        encoding = _zip_name_encoding(infos)
        overlapping = zip_overlaps(infos)
        seen: set[str] = set()
        for index, info in enumerate(infos):
            mode = info.external_attr >> 16
            if info.is_dir() or stat.S_ISDIR(mode):
                continue
            name = repair_zip_name(info, encoding)
            member = member_join(prefix, name)
            if stat.S_IFMT(mode) and not stat.S_ISREG(mode):  # links, devices: never documents
                if filters.wants(name):
                    kind = "symbolic link" if stat.S_ISLNK(mode) else _kind(mode)
                    yield Item(source, member, skipped=f"{kind} in the archive; not read")
                continue
            archive = is_archive_name(name)
            if (archive and filters.excluded(name)) or (not archive and not filters.wants(name)):
                continue
            if not read and not archive:
                yield Item(source, member)
                continue
            problem = _zip_member_problem(info, name, index in overlapping, name in seen, limits)
            seen.add(name)
            if problem:
                yield Item(source, member, error=problem)
                continue
            allowed = min(
                limits.max_document_bytes, max(limits.ratio_floor, int(limits.max_ratio * info.compress_size))
            )
            try:
                with zf.open(info) as stream:
                    data = _read_bounded(stream, allowed, budget, _too_large_reason(allowed, limits))
            except _TooLarge as exc:
                yield Item(source, member, error=exc.reason)
                continue
            except _ZIP_READ_ERRORS as exc:
                yield Item(source, member, error=f"corrupt archive member: {exc}")
                continue
            if archive:
                yield from _nested(data, name, source, member, depth, walk)
            else:
                yield Item(source, member, data=data)


def _zip_member_problem(
    info: zipfile.ZipInfo, name: str, overlapping: bool, duplicate: bool, limits: Limits
) -> str | None:
    """Why a member is not read at all, judged from the central directory alone."""
    if overlapping:
        return "zip entry overlaps another one (zip bomb?); not read"
    if duplicate:
        return "duplicate member name in the zip; only the first one is read"
    if info.flag_bits & 0x1:
        return "encrypted archive member; not read"
    if info.file_size > limits.max_document_bytes:
        return f"member declares {info.file_size / MiB:.0f} MiB, over the {mib(limits.max_document_bytes)} limit"
    if info.file_size > max(limits.ratio_floor, limits.max_ratio * info.compress_size):
        return f"member declares a compression ratio over {limits.max_ratio:g}x (zip bomb?); not read"
    return None


def _too_large_reason(allowed: int, limits: Limits) -> str:
    if allowed >= limits.max_document_bytes:
        return f"member inflates past the {mib(limits.max_document_bytes)} limit; not read"
    return f"member inflates past {limits.max_ratio:g}x its compressed size (zip bomb?); not read"


# ------------------------------------------------------------------------------------------------
# tar (streamed: tar has no index, and a .tar.gz is read once, front to back)
# ------------------------------------------------------------------------------------------------


class _Read1(Protocol):
    def read1(self, size: int = -1, /) -> bytes: ...


class _Counted(io.RawIOBase):
    """A decompressed stream that charges every byte to the archive budget, members skipped or not."""

    def __init__(self, inner: _Read1, budget: _Budget) -> None:
        self._inner = inner
        self._budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        # read1: whatever one step of decompression gives, so a truncated stream yields what it has
        # before failing (read(n) would insist on n bytes and fail at once)
        data = self._inner.read1(len(buffer))
        self._budget.take(len(data))
        n = len(data)
        buffer[:n] = data
        return n


def _decompressed(fh: IO[bytes]) -> _Read1:
    """Open the compression layer ourselves so its output, not its input, can be budgeted."""
    head = fh.read(6)
    fh.seek(-len(head), io.SEEK_CUR)  # inputs are files or BytesIO, both seekable
    if head.startswith(b"\x1f\x8b"):
        return gzip.GzipFile(fileobj=fh, mode="rb")
    if head.startswith(b"BZh"):
        return bz2.BZ2File(fh, mode="rb")
    if head.startswith(b"\xfd7zXZ\x00"):
        return lzma.LZMAFile(fh, mode="rb")
    return cast(_Read1, fh)  # files and BytesIO have read1


def _tar_name(raw_name: str, context: bytearray) -> str:
    """GBK names arrive as UTF-8 with surrogate escapes (``'ͳ\\udcbc…'``): recover the bytes and decode them.

    The encoding is sniffed over all legacy names met so far in this archive (``context``), since one
    short name is not enough evidence to tell GBK from Big5.
    """
    try:
        raw_name.encode("utf-8")
        name = raw_name
    except UnicodeEncodeError:
        raw = raw_name.encode("utf-8", "surrogateescape")
        context += raw + b"\n"
        del context[: max(0, len(context) - 64 * 1024)]
        try:
            codec = sniff_encoding(bytes(context))
        except InputError:
            codec = "gb18030"
        for candidate in (codec, "gb18030", "cp950"):
            try:
                name = raw.decode(candidate)
                break
            except (UnicodeDecodeError, LookupError):
                continue
        else:
            name = raw.decode("utf-8", "replace")
    name = name.replace("\\", "/")
    while name.startswith(("./", "/")):
        name = name[2:] if name.startswith("./") else name[1:]
    return name


def _tar_kind(info: tarfile.TarInfo) -> str:
    """What a non-file member is, its link target's name repaired like member names."""
    if info.issym() or info.islnk():
        kind = "symbolic link" if info.issym() else "hard link"
        return f"{kind} to {_tar_name(info.linkname, bytearray())}"
    if info.ischr() or info.isblk():
        return "device"
    return "FIFO" if info.isfifo() else "special entry"


_TAR_ERRORS = (tarfile.TarError, EOFError, OSError, zlib.error, lzma.LZMAError, ValueError)
# The HeaderError subclasses tarfile raises for a missing or cut header and for the end-of-archive
# marker; typeshed's tarfile stub does not list them (tarfile leaves them out of its __all__).
_TRUNCATED_HEADER: tuple[type[tarfile.HeaderError], ...] = (
    tarfile.EmptyHeaderError,  # type: ignore[attr-defined]
    tarfile.TruncatedHeaderError,  # type: ignore[attr-defined]
)
_END_HEADER: type[tarfile.HeaderError] = tarfile.EOFHeaderError  # type: ignore[attr-defined]


class _WatchedTarInfo(tarfile.TarInfo):
    """Remembers why header reading stopped, which ``TarFile.next`` hides.

    ``next()`` returns None (the end of the archive) after any header it cannot read once the first
    member is read: a damaged checksum, a tar cut at a header, garbage from a corrupt .gz. Only the
    end-of-archive marker (a zero block) is a real end, so the reason is kept on the TarFile
    (``_cnreport_stop``) for ``_tar_end_problem`` to judge.
    """

    @classmethod
    def fromtarfile(cls, tarfile_: tarfile.TarFile) -> Self:
        try:
            return super().fromtarfile(tarfile_)
        except tarfile.HeaderError as exc:
            tarfile_._cnreport_stop = exc  # type: ignore[attr-defined]
            raise


def _tar_end_problem(tf: tarfile.TarFile, stream: IO[bytes]) -> str | None:
    """Why the walk ended early, or None when the archive really ended.

    A good tar ends with a zero block followed by nothing but zero padding; reading that padding to
    the end also makes gzip/bz2/xz check their CRC, which catches flipped bytes that happened to
    decompress into a header tarfile took for the end.
    """
    stop = getattr(tf, "_cnreport_stop", None)
    if isinstance(stop, _TRUNCATED_HEADER):
        return "archive ends without its end-of-archive marker (truncated?)"
    if not isinstance(stop, _END_HEADER):
        return f"damaged header ({stop})" if stop is not None else None
    try:
        while chunk := stream.read(_CHUNK):
            if chunk.count(0) != len(chunk):
                return "data after the end-of-archive marker (a damaged header or concatenated archives)"
    except _TAR_ERRORS as exc:
        return f"compressed stream damaged after the last member: {exc}"
    return None


def _iter_tar(
    fh: IO[bytes],
    source: str,
    prefix: str,
    depth: int,
    walk: _Walk,
) -> Iterator[Item]:
    filters, limits, budget, read = walk.filters, walk.limits, walk.budget, walk.read
    names = bytearray()
    seen = 0
    try:
        stream = io.BufferedReader(_Counted(_decompressed(fh), budget), buffer_size=_CHUNK)
        tf = tarfile.open(fileobj=stream, mode="r|", errors="surrogateescape", tarinfo=_WatchedTarInfo)
    except _TAR_ERRORS as exc:
        yield Item(source, prefix, error=f"not a readable tar archive: {exc}")
        return
    with tf:
        while True:
            try:
                info = tf.next()
            except _TAR_ERRORS as exc:
                where = f" after {seen} members" if seen else ""
                yield Item(source, prefix, error=f"corrupt or truncated tar archive{where}: {exc}")
                return
            if info is None:
                problem = _tar_end_problem(tf, stream)
                if problem:
                    where = f" after {seen} members" if seen else ""
                    yield Item(
                        source, prefix, error=f"corrupt or truncated tar archive{where}: {problem}; rest not read"
                    )
                return
            # stream mode keeps every header otherwise: memory would grow with the archive (not in typeshed)
            tf.members.clear()  # type: ignore[attr-defined]
            seen += 1
            if seen > limits.max_members:
                yield Item(source, prefix, error=f"tar has over {limits.max_members} members; rest skipped")
                return
            if info.isdir():
                continue
            name = _tar_name(info.name, names)
            member = member_join(prefix, name)
            if not info.isfile():  # extractfile() on a link would return its target's content
                if filters.wants(name):
                    yield Item(source, member, skipped=f"{_tar_kind(info)} in the archive; not read")
                continue
            archive = is_archive_name(name)
            if (archive and filters.excluded(name)) or (not archive and not filters.wants(name)):
                continue
            if not read and not archive:
                yield Item(source, member)
                continue
            if info.size > limits.max_document_bytes:
                yield Item(
                    source,
                    member,
                    error=f"member is {info.size / MiB:.0f} MiB, over the {mib(limits.max_document_bytes)} limit",
                )
                continue
            try:
                extracted = tf.extractfile(info)
                if extracted is None:  # pragma: no cover - isfile() members always have data
                    continue
                data = _read_bounded(extracted, limits.max_document_bytes, None, "member larger than its header says")
            except _TooLarge as exc:
                yield Item(source, member, error=exc.reason)
                continue
            except _TAR_ERRORS as exc:
                yield Item(source, member, error=f"corrupt or truncated tar member: {exc}")
                return  # a stream cannot resynchronise after a broken member
            if archive:
                yield from _nested(data, name, source, member, depth, walk)
            else:
                yield Item(source, member, data=data)
