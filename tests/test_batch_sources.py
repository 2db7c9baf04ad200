"""Finding documents: folders, zip and tar streams, repaired names, filters, and archive safety."""

from __future__ import annotations

import io
import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from cnreport.batch.sources import Filters, Item, Limits, count_items, iter_items, repair_zip_name
from cnreport.errors import InputError
from test_batch_corpus import (
    MiB,
    corrupt_member_zip,
    legacy_zip,
    lying_bomb,
    overlap_bomb,
    ratio_bomb,
    report,
    tar_gz,
    zip_of,
)


def items(path: Path, **kwargs: object) -> dict[str, Item]:
    """Items by member (or by file name for plain files); links and special entries passed over are left out."""
    found = list(iter_items([path], **kwargs))  # type: ignore[arg-type]
    return {(i.member or os.path.basename(i.source)): i for i in found if i.skipped is None}


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------------------------------------
# Names
# ------------------------------------------------------------------------------------------------


def test_gbk_zip_names_are_repaired(tmp_path: Path) -> None:
    members = [("2023年/统计公报.txt", b"a"), ("2023年/说明.txt", b"b"), ("报告.txt", b"c")]
    found = items(write(tmp_path / "a.zip", legacy_zip(members)))
    assert sorted(found) == sorted(name for name, _ in members)
    assert found["报告.txt"].data == b"c"
    assert found["报告.txt"].name == f"{tmp_path / 'a.zip'}::报告.txt"


def test_big5_zip_names_are_repaired(tmp_path: Path) -> None:
    members = [("2023年統計公報.txt", b"a"), ("香港經濟報告.txt", b"b"), ("財經新聞/報告.txt", b"c")]
    found = items(write(tmp_path / "a.zip", legacy_zip(members, name_encoding="big5")))
    assert sorted(found) == sorted(name for name, _ in members)


def test_backslash_trail_byte_is_decoded_before_slashes_are_fixed() -> None:
    """Big5 許 is 0xB3 0x5C: its trail byte is a backslash, which must not become a folder separator."""
    raw = "許可\\報告.txt".encode("big5")
    assert raw[1:2] == b"\\"
    info = zipfile.ZipInfo(raw.decode("cp437"))
    assert repair_zip_name(info, "cp950") == "許可/報告.txt"


def test_utf8_flagged_and_ascii_names_stay(tmp_path: Path) -> None:
    found = items(write(tmp_path / "a.zip", zip_of([("统计/a.txt", b"x"), ("b.txt", b"y")])))
    assert sorted(found) == ["b.txt", "统计/a.txt"]


def test_tar_gbk_names_and_nested_folders(tmp_path: Path) -> None:
    members = [("报告/2023/一季度.txt", b"a"), ("报告/2024/上半年.txt", b"b")]
    found = items(write(tmp_path / "a.tar.gz", tar_gz(members, gbk_names=True)))
    assert sorted(found) == sorted(name for name, _ in members)


# ------------------------------------------------------------------------------------------------
# Archive kinds and safety
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz"])
def test_tar_flavours_stream(tmp_path: Path, suffix: str) -> None:
    mode = {".tar": "w", ".tar.gz": "w:gz", ".tgz": "w:gz", ".tar.bz2": "w:bz2", ".tar.xz": "w:xz"}[suffix]
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:
        for name in ("a.txt", "sub/b.md"):
            info = tarfile.TarInfo(name)
            data = name.encode() * 3
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    found = items(write(tmp_path / f"x{suffix}", buf.getvalue()))
    assert {k: v.data for k, v in found.items()} == {"a.txt": b"a.txt" * 3, "sub/b.md": b"sub/b.md" * 3}


def test_tar_links_and_devices_are_never_read(tmp_path: Path) -> None:
    """extractfile() on a symlink returns the target's content: links must be skipped, not followed."""
    found = items(write(tmp_path / "a.tgz", tar_gz([("first.txt", b"secret")])))
    assert list(found) == ["first.txt"]


def test_zip_symlinks_and_directories_are_skipped(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (0o120777 << 16) | 0x20
        zf.writestr(link, "/etc/passwd")
        zf.writestr(zipfile.ZipInfo("folder/"), b"")
        zf.writestr("real.txt", b"x")
    path = write(tmp_path / "a.zip", buf.getvalue())
    assert list(items(path)) == ["real.txt"]
    assert [(i.member, "link" in (i.skipped or "")) for i in iter_items([path]) if i.skipped] == [("link.txt", True)]


def test_nested_archives_and_depth_limit(tmp_path: Path) -> None:
    level2 = zip_of([("deep.txt", b"d")])
    level1 = zip_of([("l2.zip", level2), ("mid.txt", b"m")])
    found = items(write(tmp_path / "top.zip", zip_of([("l1.zip", level1)])))
    assert found["l1.zip::l2.zip::deep.txt"].data == b"d"
    assert found["l1.zip::mid.txt"].data == b"m"
    shallow = items(tmp_path / "top.zip", limits=Limits(max_depth=1))
    assert "nested deeper" in (shallow["l1.zip::l2.zip"].error or "")
    assert shallow["l1.zip::mid.txt"].data == b"m"


def test_corrupt_member_fails_alone(tmp_path: Path) -> None:
    blob = corrupt_member_zip([("ok.txt", b"fine")], "broken.txt", report(1).encode() * 30)
    found = items(write(tmp_path / "a.zip", blob))
    assert found["ok.txt"].data == b"fine"
    assert found["broken.txt"].data is None
    assert "corrupt archive member" in (found["broken.txt"].error or "")


def test_ratio_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    found = items(write(tmp_path / "bomb.zip", ratio_bomb()))
    assert "zip bomb" in (found["bomb.txt"].error or "")
    assert found["fine.txt"].data == report(900).encode()


def test_lying_header_never_inflates_past_the_budget(tmp_path: Path) -> None:
    """Headers say 1 KiB; reading is capped whatever they say (here the CRC check then catches the lie)."""
    found = items(write(tmp_path / "liar.zip", lying_bomb()), limits=Limits(ratio_floor=64 * 1024))
    assert found["liar.txt"].data is None
    assert found["liar.txt"].error


def test_inflating_past_the_ratio_while_reading(tmp_path: Path) -> None:
    """A member whose data inflates past the ratio cap while declaring a plausible size is cut off."""
    blob = zip_of([("dense.txt", b"x" * (4 * MiB))])
    limits = Limits(ratio_floor=1024, max_ratio=200)
    found = items(write(tmp_path / "dense.zip", blob), limits=limits)
    assert "zip bomb" in (found["dense.txt"].error or "")


def test_overlap_bomb_reads_one_copy(tmp_path: Path) -> None:
    found = list(iter_items([write(tmp_path / "overlap.zip", overlap_bomb(copies=50))]))
    good = [i for i in found if i.data is not None]
    assert len(good) == 1 and len(found) == 50
    assert all("overlaps" in (i.error or "") for i in found if i.data is None)


def test_archive_budget_stops_the_archive(tmp_path: Path) -> None:
    members = [(f"{i}.txt", report(i).encode() * 50) for i in range(10)]
    blob = zip_of(members)
    limits = Limits(max_archive_bytes=3 * len(members[0][1]))
    found = list(iter_items([write(tmp_path / "big.zip", blob)], limits=limits))
    assert sum(1 for i in found if i.data is not None) == 3
    assert "budget" in (found[-1].error or "")


def test_document_size_limit(tmp_path: Path) -> None:
    limits = Limits(max_document_bytes=1000)
    big = write(tmp_path / "big.txt", b"a" * 2000)
    assert "over the" in (items(big, limits=limits)["big.txt"].error or "")
    in_zip = write(tmp_path / "a.zip", zip_of([("big.txt", os.urandom(2000))]))
    assert "over the" in (items(in_zip, limits=limits)["big.txt"].error or "")
    in_tar = write(tmp_path / "a.tgz", tar_gz([("big.txt", b"b" * 2000)], links=False))
    assert "over the" in (items(in_tar, limits=limits)["big.txt"].error or "")


@pytest.mark.parametrize("suffix", [".zip", ".tar.gz", ".tar"])
def test_garbage_archives_fail_as_one_item(tmp_path: Path, suffix: str) -> None:
    found = list(iter_items([write(tmp_path / f"junk{suffix}", os.urandom(64) + b"not an archive" * 40)]))
    assert len(found) == 1 and found[0].member == "" and found[0].error


def test_truncated_tar_gz_keeps_what_came_before(tmp_path: Path) -> None:
    members = [(f"{i}.txt", os.urandom(20_000)) for i in range(5)]
    blob = tar_gz(members, links=False)
    found = list(iter_items([write(tmp_path / "cut.tar.gz", blob[: len(blob) * 3 // 5])]))
    assert found[0].data == members[0][1]
    assert "truncated" in (found[-1].error or "")


# ------------------------------------------------------------------------------------------------
# Folders and filters
# ------------------------------------------------------------------------------------------------


def test_folder_walk_is_sorted_recursive_and_filtered(tmp_path: Path) -> None:
    for rel in ("b/2.txt", "a/1.txt", "a/deep/3.HTML", "drafts/x.txt", "img.png", "a/notes.docx"):
        write(tmp_path / rel, b"x")
    write(tmp_path / "arch.zip", zip_of([("in.txt", b"z"), ("drafts/y.txt", b"z")]))
    names = [i.name.removeprefix(str(tmp_path) + "/") for i in iter_items([tmp_path])]
    # files of a folder before its subfolders, both sorted; archive members in archive order
    assert names == [
        "arch.zip::in.txt",
        "arch.zip::drafts/y.txt",
        "a/1.txt",
        "a/notes.docx",
        "a/deep/3.HTML",
        "b/2.txt",
        "drafts/x.txt",
    ]
    assert "img.png" not in " ".join(names)
    only_txt = Filters(include=("*.txt",), exclude=("drafts/*",))
    picked = sorted(i.name.removeprefix(str(tmp_path) + "/") for i in iter_items([tmp_path], only_txt))
    assert picked == ["a/1.txt", "arch.zip::in.txt", "b/2.txt"]
    assert count_items([tmp_path], only_txt) == 3
    no_archives = Filters(exclude=("*.zip",))
    assert all("arch.zip" not in i.name for i in iter_items([tmp_path], no_archives))


def test_walk_order_is_stable(tmp_path: Path) -> None:
    for i in range(20):
        write(tmp_path / f"d{i % 3}" / f"{i}.txt", b"x")
    first = [i.name for i in iter_items([tmp_path])]
    assert first == [i.name for i in iter_items([tmp_path])]


def test_explicit_file_is_read_whatever_its_name(tmp_path: Path) -> None:
    path = write(tmp_path / "report.dat", b"x")
    assert [i.data for i in iter_items([path])] == [b"x"]


def test_special_files_are_skipped(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", b"x")
    os.mkfifo(tmp_path / "fifo.txt")  # reading it would block forever
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path, tmp_path / "loop")  # a folder link is not followed
    found = list(iter_items([tmp_path]))
    assert [os.path.basename(i.source) for i in found if i.skipped is None] == ["a.txt"]
    skipped = {os.path.basename(i.source): i.skipped for i in found if i.skipped}
    assert set(skipped) == {"fifo.txt", "dangling.txt", "loop"}
    assert all(i.data is None and i.error is None for i in found if i.skipped)
    assert count_items([tmp_path]) == 1


def _linked_tree(tmp_path: Path) -> Path:
    """in/a.txt, in/inside.txt -> a.txt, in/outside.txt -> ../secret/passwd.txt."""
    root = tmp_path / "in"
    write(root / "a.txt", report(1).encode())
    write(tmp_path / "secret" / "passwd.txt", b"root:x:0:0:root:/root:/bin/bash\n")
    os.symlink(root / "a.txt", root / "inside.txt")
    os.symlink(tmp_path / "secret" / "passwd.txt", root / "outside.txt")
    return root


def test_links_leaving_the_input_folder_are_skipped(tmp_path: Path) -> None:
    root = _linked_tree(tmp_path)
    found = {os.path.basename(i.source): i for i in iter_items([root])}
    assert found["inside.txt"].data == found["a.txt"].data
    assert found["outside.txt"].data is None
    assert "outside" in (found["outside.txt"].skipped or "") and "--follow-links" in (
        found["outside.txt"].skipped or ""
    )


def test_follow_links_reads_them(tmp_path: Path) -> None:
    root = _linked_tree(tmp_path)
    found = {os.path.basename(i.source): i for i in iter_items([root], Filters(follow_links=True))}
    assert found["outside.txt"].data == b"root:x:0:0:root:/root:/bin/bash\n"


def test_tar_links_and_devices_are_listed_as_skipped(tmp_path: Path) -> None:
    found = list(iter_items([write(tmp_path / "a.tar.gz", tar_gz([("1.txt", b"one")]))]))
    assert [i.member for i in found if i.data is not None] == ["1.txt"]
    skipped = {i.member: i.skipped for i in found if i.skipped}
    assert set(skipped) == {"link-to-first.txt", "hard-first.txt", "dev-null.txt", "escape.txt"}
    assert "link" in (skipped["link-to-first.txt"] or "") and "device" in (skipped["dev-null.txt"] or "")


def test_skipped_links_are_in_the_summary_and_the_store(tmp_path: Path) -> None:
    import sqlite3

    import cnreport

    root = _linked_tree(tmp_path)
    db = tmp_path / "s.sqlite"
    summary = cnreport.batch([root], db, workers=0, keep_text=True)
    assert summary.exit_code == 0
    assert [name for name, _ in summary.not_read] == [str(root / "outside.txt")]
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name, reason FROM skipped").fetchall()
        texts = " ".join(t or "" for (t,) in conn.execute("SELECT text FROM documents"))
    assert [r[0] for r in rows] == [str(root / "outside.txt")] and "outside" in rows[0][1]
    assert "root:x" not in texts


def test_missing_input_is_an_error_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(iter_items([tmp_path / "nope"]))
    with pytest.raises(InputError, match="no inputs"):
        list(iter_items([]))


# ------------------------------------------------------------------------------------------------
# Broken tar archives: tarfile reports a bad header as the end of the archive
# ------------------------------------------------------------------------------------------------


def plain_tar(members: list[tuple[str, bytes]]) -> tuple[bytes, list[int]]:
    """An uncompressed tar and the offset of each member's header."""
    buf = io.BytesIO()
    offsets = []
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tf:
        for name, data in members:
            offsets.append(buf.tell())
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue(), offsets


TWENTY = [(f"{i:02d}.txt", f"第{i}份报告".encode() * 50) for i in range(20)]


def _damaged_header(blob: bytes, offsets: list[int]) -> bytes:
    """Member 10's header with a byte of its name changed: its checksum no longer matches."""
    bad = bytearray(blob)
    bad[offsets[10]] ^= 0x55
    return bytes(bad)


def _cut_at_header(blob: bytes, offsets: list[int]) -> bytes:
    return blob[: offsets[10]]


def _flipped_gz(blob: bytes, offsets: list[int]) -> bytes:
    """The tar gzipped, then bytes flipped in the middle of the compressed stream."""
    import gzip

    gz = bytearray(gzip.compress(blob, mtime=0))
    for i in range(len(gz) // 2, len(gz) // 2 + 8):
        gz[i] ^= 0xFF
    return bytes(gz)


# fmt: off
BROKEN_TARS = [
    ("bad-header", ".tar", _damaged_header),
    ("cut-at-header", ".tar", _cut_at_header),
    ("flipped-gz", ".tar.gz", _flipped_gz),
]
# fmt: on


@pytest.mark.parametrize(("case", "suffix", "damage"), BROKEN_TARS, ids=[c[0] for c in BROKEN_TARS])
def test_broken_tar_is_a_failed_source_keeping_what_came_before(
    tmp_path: Path, case: str, suffix: str, damage: object
) -> None:
    blob, offsets = plain_tar(TWENTY)
    path = write(tmp_path / f"{case}{suffix}", damage(blob, offsets))  # type: ignore[operator]
    found = list(iter_items([path]))
    read = [i for i in found if i.data is not None]
    assert [i.member for i in read] == [name for name, _ in TWENTY[: len(read)]]
    # A gzip stream's damage shows only at its CRC, so the member holding it may arrive garbled;
    # everything before it is intact.
    assert len(read) >= 5 and all(i.data == dict(TWENTY)[i.member] for i in read[:5])
    failed = [i for i in found if i.error]
    assert failed, f"{case}: the damage went unnoticed ({len(read)} of 20 read, no error)"
    assert len(read) < 20
    assert "tar" in (failed[-1].error or "")


def test_intact_tar_without_trailing_padding_is_not_flagged(tmp_path: Path) -> None:
    """The end-of-archive marker is what a good tar ends with: every member, no error."""
    blob, _ = plain_tar(TWENTY[:3])
    found = list(iter_items([write(tmp_path / "ok.tar", blob)]))
    assert [i.member for i in found] == [n for n, _ in TWENTY[:3]] and not any(i.error for i in found)


def test_broken_tar_fails_the_batch(tmp_path: Path) -> None:
    """Summary, store and exit status all say the archive was broken."""
    import sqlite3

    import cnreport

    blob, offsets = plain_tar([(f"{i}.txt", report(i).encode()) for i in range(20)])
    path = write(tmp_path / "in" / "bad.tar", _damaged_header(blob, offsets))
    summary = cnreport.batch([path.parent], tmp_path / "out.sqlite", workers=0)
    assert summary.ok == 10 and summary.failed == 1 and summary.exit_code == 1
    with sqlite3.connect(tmp_path / "out.sqlite") as conn:
        rows = conn.execute("SELECT source, member, error FROM failures").fetchall()
    assert rows and rows[0][0] == str(path) and "tar" in rows[0][2]
