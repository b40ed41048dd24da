"""`import_geonames` refuses a broken archive with a clear error: no GeoNames .txt inside, or
more decompressed data than the limit (a zip bomb), before anything is imported."""

import zipfile

import pytest
from django.core.management import CommandError, call_command


def make_zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_without_a_txt_file_is_a_clear_error(tmp_path):
    archive = make_zip(tmp_path / "XX.zip", {"readme.txt": b"nothing here", "notes.md": b""})

    with pytest.raises(CommandError, match=r"XX.zip: no GeoNames \.txt file in the archive"):
        call_command("import_geonames", str(archive))


def test_an_archive_larger_than_the_limit_once_decompressed_is_refused(tmp_path):
    archive = make_zip(tmp_path / "XX.zip", {"XX.txt": b"\n" * (3 * 1024 * 1024)})

    with pytest.raises(CommandError, match="decompresses to 3 MB, over the 2 MB limit"):
        call_command("import_geonames", str(archive), "--max-size-mb", "2")
