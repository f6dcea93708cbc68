"""The document reader: decoding, metadata and the publication-date precedence."""

from __future__ import annotations

import pytest

from claimcheck import io
from claimcheck.errors import InputError


def test_updated_line_gives_published_date():
    doc = io.from_text("Shenzhen Government Online\nUpdated: 2018-08-09\n\nBody text.")
    assert (doc.published, doc.published_source) == ("2018-08-09", "text")


def test_yearless_updated_line_resolves_after_the_latest_events():
    text = "By Xie Ying Updated Jan.1\n\nOn October 12 the city issued bonds. In 2020 it grew; in 2021 it grew again."
    doc = io.from_text(text)
    assert (doc.published, doc.published_source) == ("2022-01-01", "text-inferred")


def test_precedence_option_over_sidecar_over_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\npublished: 2020-01-02\ntitle: T\n---\nUpdated: 2019-05-05\nText.")
    assert io.read_file(str(path)).published == "2020-01-02"
    (tmp_path / "a.meta.yaml").write_text("published: 2021-03-04\n")
    assert io.read_file(str(path)).published_source == "sidecar"
    assert io.read_file(str(path)).published == "2021-03-04"
    assert io.read_file(str(path), published="2022-12-31").published == "2022-12-31"


def test_front_matter_is_blanked_for_scanning_but_offsets_stay(tmp_path):
    text = "---\npublished: 2020-01-02\nbudget: 5 million\n---\nThe city spent 7 million yuan."
    doc = io.from_text(text)
    scan = doc.meta["scan"]
    assert len(scan) == len(text)
    assert "5 million" not in scan and scan.endswith("7 million yuan.")


def test_invalid_utf8_names_file_and_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"fine line\nsecond \xff\xfe line\n")
    with pytest.raises(InputError) as err:
        io.read_file(str(path))
    assert str(err.value).startswith(f"{path}:2: invalid UTF-8")


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Exports rose 4.5% in 2021.".encode("utf-16"))
    assert io.read_file(str(path)).text == "Exports rose 4.5% in 2021."


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary"):
        io.read_file(str(path))


def test_read_skips_bad_files_and_reports_them(tmp_path):
    (tmp_path / "good.txt").write_text("Sales reached 5 million dollars.")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xff\xff")
    errors: list[str] = []
    docs = list(io.read([str(tmp_path)], errors=errors))
    assert [d.id for d in docs] == [str(tmp_path / "good.txt")]
    assert len(errors) == 1 and "bad.txt" in errors[0]


def test_yaml_anchor_bomb_in_front_matter_is_refused():
    bomb = "---\na: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n---\nText."
    with pytest.raises(InputError, match="anchors"):
        io.from_text(bomb, doc_id="bomb.md")


def test_html_tags_scripts_and_styles_are_not_read():
    html = "<html><head><style>p{width:500px}</style><script>var x = 42;</script></head><body><p>Revenue hit 3 billion euros.</p></body></html>"
    doc = io.from_text(html, doc_id="a.html", html=True)
    assert "42" not in doc.meta["scan"] and "500" not in doc.meta["scan"]
    assert "3 billion euros" in doc.meta["scan"]


def test_markdown_raw_html_and_code_blocks_are_not_read():
    text = "Intro.\n\n<script>var budget = 99;</script>\n\n```\nx = 12345\n```\n\nSales hit 3 million euros."
    scan = io.from_text(text, doc_id="a.md").meta["scan"]
    assert "99" not in scan and "12345" not in scan and "3 million euros" in scan
    assert "99" in io.from_text(text, doc_id="a.txt").meta["scan"]
