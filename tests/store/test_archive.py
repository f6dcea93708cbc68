"""The claim archive on the seeds: ingest, revisions, query, diff, and check against the archive."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck import api, io, store
from claimcheck.cli import main
from tests.conftest import SEEDS

RD = "R&D investment share of GDP"
SEED_004 = "004_d6665c47d6482ba5"
CONFLICTING = "---\npublished: 2019-03-01\n---\nShenzhen's R&D investment accounted for 4.9% of the city's GDP in 2017.\n"
CONSISTENT = "---\npublished: 2019-03-01\n---\nShenzhen's R&D investment accounted for 4.13% of the city's GDP in 2017.\n"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    """An archive of the five seeds, built once with the default pipeline; tests copy it before writing."""
    db = tmp_path_factory.mktemp("archive") / "claims.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(SEEDS.parent)  # keys are relative to the working directory: seeds/NAME
        summary = api.ingest(["seeds"], db)
    assert (summary.added, summary.unchanged) == (5, 0)
    return db


@pytest.fixture
def archive(seeded: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "claims.db"
    shutil.copy(seeded, copy)
    return copy


@pytest.fixture
def seed_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Seed 004 and its sidecar copied into the working directory ``tmp_path``."""
    monkeypatch.chdir(tmp_path)
    for suffix in (".txt", ".meta.yaml"):
        shutil.copy(SEEDS / f"{SEED_004}{suffix}", tmp_path / f"{SEED_004}{suffix}")
    return tmp_path / f"{SEED_004}.txt"


def _revise(path: Path, old: str = "4.13%", new: str = "4.4%") -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_ingest_twice_skips_everything_without_nlp(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "pipeline", _no_pipeline)
    summary = api.ingest([str(SEEDS)], archive)
    assert (summary.added, summary.revised, summary.refreshed, summary.unchanged, summary.claims) == (0, 0, 0, 5, 0)


def test_stored_claims_are_the_extracted_claims(archive: Path, nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SEEDS.parent)
    extracted = [c for p in sorted(SEEDS.glob("*.txt")) for c in api.extract_doc(io.read_file(f"seeds/{p.name}"), nlp)]
    stored = {c.id: c for c in api.query(archive)}
    assert sorted(stored) == sorted(c.id for c in extracted)
    for claim in extracted:
        assert stored[claim.id] == claim
        assert stored[claim.id].to_dict(explain=True) == json.loads(json.dumps(claim.to_dict(explain=True), default=str))


def test_query_by_metric_lists_every_published_value(archive: Path) -> None:
    claims = api.query(archive, metric=RD.lower(), entity="SHENZHEN")
    assert sorted((c.value, c.period) for c in claims) == [(3.81, "2012"), (4.13, "2017"), (5.46, "2021")]
    assert {c.doc.rsplit("/", 1)[-1] for c in claims} == {"001_696a821bc1e48d4e.txt", f"{SEED_004}.txt"}
    result = CliRunner().invoke(main, ["query", "--metric", RD, "--archive", str(archive), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert sorted(r["value"] for r in json.loads(result.stdout)) == [3.81, 4.13, 5.46]


def test_query_filters_combine_and_accept_globs(archive: Path) -> None:
    by_doc = api.query(archive, doc=f"{SEED_004}.txt", period="2017")
    assert by_doc and {c.doc.rsplit("/", 1)[-1] for c in by_doc} == {f"{SEED_004}.txt"}
    assert {c.period for c in by_doc} == {"2017"}
    assert {c.value for c in api.query(archive, metric="r&d investment share*", period="201?")} == {3.81, 4.13}
    assert api.query(archive, metric="no such metric") == []
    table = CliRunner().invoke(main, ["query", "--doc", "004_*", "--kind", "percent", "--archive", str(archive)])
    assert table.exit_code == 0 and "4.13%" in table.stdout


def test_changed_text_is_a_new_version_and_the_old_claims_a_revision(seed_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    assert api.ingest([seed_copy.name], db, fast=True).added == 1
    _revise(seed_copy)
    summary = api.ingest([seed_copy.name], db, fast=True)
    assert (summary.revised, summary.added, summary.unchanged) == (1, 0, 0)
    current = {c.value for c in api.query(archive=db, kind="percent")}
    every = {(c.doc, c.value) for c in api.query(archive=db, kind="percent", all_versions=True)}
    assert 4.4 in current and 4.13 not in current
    assert (f"{SEED_004}.txt@rev1", 4.13) in every and (f"{SEED_004}.txt", 4.4) in every
    with store.Archive(db) as arc:
        assert arc.stats()["revisions"] == 1
        assert arc.document(f"{SEED_004}.txt", 1).text.count("4.13%") == 1


def test_same_text_with_another_pipeline_is_re_extracted_in_place(seed_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    api.ingest([seed_copy.name], db, fast=True)
    summary = api.ingest([seed_copy.name], db)
    assert summary.refreshed == 1
    with store.Archive(db) as arc:
        assert arc.stats()["revisions"] == 0


def test_diff_between_two_versions(seed_copy: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    shutil.copy(seed_copy, old)
    _revise(seed_copy)
    seed_copy.write_text(seed_copy.read_text(encoding="utf-8") + "\nIn 2017, Shenzhen had 9,000 robots.\n",
                         encoding="utf-8")
    result = api.diff(old, seed_copy, fast=True)
    assert [(a.value, b.value) for a, b in result.changed] == [(4.13, 4.4)]
    assert [c.surface for c in result.added] == ["9,000"] and result.removed == ()
    assert result.unchanged > 30
    cli = CliRunner().invoke(main, ["diff", str(old), str(seed_copy), "--fast", "--format", "json"])
    assert cli.exit_code == 0, cli.output
    assert json.loads(cli.stdout)["changed"][0]["new"]["surface"] == "4.4%"


def test_check_against_archive_reports_only_the_new_conflict(archive: Path, tmp_path: Path) -> None:
    new = tmp_path / "new.md"
    new.write_text(CONFLICTING, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(new), "--archive", str(archive), "--format", "json",
                                       "--fail-on", "info"])
    assert result.exit_code == 1, result.output
    findings = json.loads(result.stdout)["findings"]
    assert [f["rule"] for f in findings] == ["conflict-same-period"]
    assert sorted(e["doc"].rsplit("/", 1)[-1] for e in findings[0]["evidence"]) == [f"{SEED_004}.txt", "new.md"]


def test_check_against_archive_reports_what_a_new_version_revised(archive: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the archive's keys are relative paths: seeds/NAME
    (tmp_path / "seeds").mkdir()
    for suffix in (".txt", ".meta.yaml"):
        shutil.copy(SEEDS / f"{SEED_004}{suffix}", tmp_path / "seeds")
    _revise(tmp_path / "seeds" / f"{SEED_004}.txt")
    report = api.check([f"seeds/{SEED_004}.txt"], archive=archive)
    drift = [f for f in report.findings if f.detail.get("how") == "revision"]
    assert [(f.claims[0].doc, f.claims[0].value, f.claims[1].value) for f in drift] == \
        [(f"seeds/{SEED_004}.txt@rev1", 4.13, 4.4)]
    assert report.document(f"seeds/{SEED_004}.txt@rev1").text.count("4.13%") == 1


def test_check_ingest_adds_only_after_a_clean_run(archive: Path, tmp_path: Path) -> None:
    clean, conflicting = tmp_path / "clean.md", tmp_path / "conflicting.md"
    clean.write_text(CONSISTENT, encoding="utf-8")
    conflicting.write_text(CONFLICTING, encoding="utf-8")
    args = ["--archive", str(archive), "--ingest"]
    assert CliRunner().invoke(main, ["check", str(conflicting), *args]).exit_code == 1
    done = CliRunner().invoke(main, ["check", str(clean), *args])
    assert done.exit_code == 0, done.output
    assert "1 added" in done.stderr
    docs = {c.doc.rsplit("/", 1)[-1] for c in api.query(archive, metric=RD)}
    assert "clean.md" in docs and "conflicting.md" not in docs
    assert CliRunner().invoke(main, ["check", str(clean), "--ingest"]).exit_code == 2


def test_ingest_cli_reports_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(CONSISTENT, encoding="utf-8")
    first = CliRunner().invoke(main, ["ingest", "a.md", "--fast", "--format", "json"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["added"] == 1
    assert (tmp_path / ".claimcheck" / "claims.db").is_file()
    again = CliRunner().invoke(main, ["ingest", "a.md", "--fast"])
    assert "1 unchanged" in again.stdout


def _no_pipeline(*args, **kwargs):
    raise AssertionError("the NLP pipeline was loaded")
