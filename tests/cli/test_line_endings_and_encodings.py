"""`fmt`, `import` and `retention-import` keep a file's line endings and encoding: CRLF stays
CRLF, UTF-8 with a byte-order mark and UTF-16 stay so; other encodings are refused, untouched."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from test_output_paths import one_error_line, run_cli

from app.storage.loader import load_bytes, load_file


def import_longer_retention(policy: Path, tmp_path: Path) -> None:
    """Export the retention schedule, make P2Y P3Y in it, and import it back into ``policy``."""
    schedule = tmp_path / "schedule.csv"
    assert run_cli("export", policy, "-f", "retention-csv", "-o", schedule).returncode == 0
    schedule.write_text(schedule.read_text(encoding="utf-8").replace("P2Y", "P3Y"),
                        encoding="utf-8")
    result = run_cli("retention-import", policy, "--csv", schedule)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def texts(small_policy: Path) -> tuple[str, str]:
    """The small policy's text as ``fmt`` writes it, and a messy layout of it."""
    text = small_policy.read_text(encoding="utf-8")
    return text, text.replace("  id: small_shop", "  id:    small_shop").replace(
        "title: Small shop", "title: 'Small shop'")


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def test_fmt_keeps_crlf_line_endings(tmp_path: Path, texts: tuple[str, str]) -> None:
    small_text, messy = texts
    path = tmp_path / "messy.policy.yaml"
    path.write_bytes(crlf(messy))
    before = load_file(path).policy
    result = run_cli("fmt", path)
    assert result.returncode == 0, result.stderr
    data = path.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") == small_text.count("\n")
    assert data == crlf(small_text)  # the formatted layout, comments kept, CRLF kept
    assert load_file(path).policy == before
    assert run_cli("fmt", "--check", path).returncode == 0


def test_retention_import_keeps_crlf(small_policy: Path, tmp_path: Path,
                                     texts: tuple[str, str]) -> None:
    small_text = texts[0]
    small_policy.write_bytes(crlf(small_text))
    import_longer_retention(small_policy, tmp_path)
    data = small_policy.read_bytes()
    assert data == crlf(small_text.replace("duration: P2Y", "duration: P3Y"))


@pytest.mark.parametrize(("bom", "codec"), [(codecs.BOM_UTF8, "utf-8"),
                                            (codecs.BOM_UTF16_LE, "utf-16-le"),
                                            (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_fmt_keeps_the_encoding_and_its_byte_order_mark(tmp_path: Path, bom: bytes, codec: str,
                                                        texts: tuple[str, str]) -> None:
    small_text, messy = texts
    path = tmp_path / "messy.policy.yaml"
    path.write_bytes(bom + messy.encode(codec))
    result = run_cli("fmt", path)
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == bom + small_text.encode(codec)
    assert load_bytes(path.read_bytes()).policy == load_bytes(small_text.encode()).policy


def test_a_latin1_file_is_refused_and_left_untouched(tmp_path: Path,
                                                     texts: tuple[str, str]) -> None:
    messy = texts[1]
    path = tmp_path / "latin.policy.yaml"
    data = messy.replace("Small Shop Ltd", "Café Ltd").encode("latin-1")
    path.write_bytes(data)
    line = one_error_line(run_cli("fmt", path))
    assert line.startswith(f"{path}:") and "not UTF-8" in line
    assert path.read_bytes() == data


def test_a_file_with_tabs_is_formatted_and_imported_into(small_policy: Path, tmp_path: Path,
                                                         texts: tuple[str, str]) -> None:
    tabbed = texts[0].replace("title: Small shop", "title: Small\tshop").replace(
        "organisation: Small Shop Ltd", "organisation:\tSmall Shop Ltd")
    small_policy.write_text(tabbed, encoding="utf-8")
    import_longer_retention(small_policy, tmp_path)
    policy = load_file(small_policy).policy
    assert policy.policy.title == "Small\tshop" and str(policy.retention[0].duration) == "P3Y"
    assert "# A small policy used by the CLI tests." in small_policy.read_text(encoding="utf-8")
    result = run_cli("fmt", small_policy)
    assert result.returncode == 0, result.stderr
    assert load_file(small_policy).policy == policy
