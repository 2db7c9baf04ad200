"""Reading report files: encodings users actually have, and clear errors for files that are not text."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnreport.errors import InputError
from cnreport.readers import read_text_file, sniff_encoding

TEXT = "2024年全市规模以上工业增加值同比增长5.1%，高于全国0.8个百分点。" * 3

# fmt: off
ENCODINGS = [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("gb18030", "gb18030"),
    ("gbk", "gb18030"),
    ("utf-16", "utf-16"),
    ("utf-16-le", "utf-16-le"),
]
# fmt: on


@pytest.mark.parametrize(("codec", "expected"), ENCODINGS, ids=[c for c, _ in ENCODINGS])
def test_encodings_round_trip(tmp_path: Path, codec: str, expected: str) -> None:
    p = tmp_path / "r.txt"
    p.write_bytes(TEXT.encode(codec))
    assert sniff_encoding(p.read_bytes()) == expected
    assert read_text_file(p) == TEXT


def test_big5_is_not_read_as_gb18030(tmp_path: Path) -> None:
    trad = "本地生產總值按年實質上升3.1%，失業率維持在3.2%。香港經濟持續增長。" * 4
    p = tmp_path / "hk.txt"
    p.write_bytes(trad.encode("big5"))
    assert read_text_file(p) == trad


# fmt: off
BAD = [
    ("missing", None, "no such file"),
    ("empty", b"", "empty file"),
    ("blank", b"  \n\n ", "empty file"),
    ("binary", bytes(range(256)) * 8, "binary"),
]
# fmt: on


@pytest.mark.parametrize(("name", "data", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_files_raise_input_error(tmp_path: Path, name: str, data: bytes | None, message: str) -> None:
    p = tmp_path / name
    if data is not None:
        p.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_text_file(p)


def test_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        read_text_file(tmp_path)
