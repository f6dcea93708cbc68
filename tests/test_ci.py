"""CI behaviour: configuration, suppressions, baselines, --changed-since, pre-commit and the workflow example."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CLAIMCHECK = [sys.executable, "-m", "claimcheck"]

TEA_A = "---\npublished: 2021-03-01\n---\nKenya's tea exports reached 1.2 billion dollars in 2020, the Tea Board said.\n"
TEA_B = "---\npublished: 2021-04-10\n---\nKenya's tea exports reached 1.6 billion dollars in 2020, according to the ministry.\n"
COCOA_OK = "---\npublished: 2022-02-01\n---\nGhana's cocoa output was 800,000 tonnes in 2021, the board said.\n"
COCOA_SAME = "---\npublished: 2022-02-15\n---\nGhana produced cocoa output of about 800,000 tonnes in 2021.\n"
COCOA_BAD = "---\npublished: 2022-03-01\n---\nGhana's cocoa output was 1.1 million tonnes in 2021, a trader said.\n"


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([*CLAIMCHECK, *args], cwd=cwd, capture_output=True, text=True, env=full_env, timeout=300)


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


# --- configuration -----------------------------------------------------------------------------------------------


def test_config_is_found_walking_up_and_flags_override(tmp_path: Path) -> None:
    write(tmp_path, {"pyproject.toml": '[tool.claimcheck]\nfail-on = "warning"\npaths = ["articles"]\nfast = true\n',
                     "articles/a.md": TEA_A, "sub/deeper/.keep": ""})
    done = run(["config", "--format", "json"], tmp_path / "sub" / "deeper")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["settings"]["fail_on"] == "warning"
    assert data["settings"]["paths"] == [os.path.join("..", "..", "articles")]
    assert data["origins"]["fail_on"].endswith("pyproject.toml")
    assert data["origins"]["format"] == "default"
    # .claimcheck.toml wins over pyproject.toml in the same directory
    write(tmp_path, {".claimcheck.toml": 'fail-on = "info"\n'})
    assert json.loads(run(["config", "--format", "json"], tmp_path).stdout)["settings"]["fail_on"] == "info"


def test_config_paths_are_checked_when_none_given(tmp_path: Path) -> None:
    write(tmp_path, {".claimcheck.toml": 'paths = ["articles"]\nformat = "json"\n', "articles/a.md": TEA_A,
                     "articles/b.md": TEA_B})
    done = run(["check"], tmp_path)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert {f["rule"] for f in report["findings"]} == {"conflict-same-period"}
    # a flag overrides the file
    assert run(["check", "--format", "text", "--no-fail"], tmp_path).stdout.strip().endswith("info")


@pytest.mark.parametrize(("content", "message"), [
    ('fail-on = "sometimes"\n', ".claimcheck.toml:1: 'fail-on' must be one of error, warning, info, never"),
    ('format = "json"\nbogus = 3\n', ".claimcheck.toml:2: unknown setting 'bogus'"),
    ('jobs = "many"\n', ".claimcheck.toml:1: 'jobs' must be an integer, not str"),
    ('paths = [\n', ".claimcheck.toml:2: invalid TOML"),
])
def test_bad_config_is_one_line_and_exit_2(tmp_path: Path, content: str, message: str) -> None:
    write(tmp_path, {".claimcheck.toml": content, "a.md": TEA_A})
    done = run(["check", "a.md"], tmp_path)
    assert done.returncode == 2
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


# --- suppressions --------------------------------------------------------------------------------------------------


def test_inline_suppression_silences_a_finding_and_reports_unused_ones(tmp_path: Path) -> None:
    silenced = COCOA_BAD.replace("Ghana's", "<!-- claimcheck-disable conflict: trader figure, kept on purpose -->\nGhana's")
    unused = TEA_A + "<!-- claimcheck-disable drift-across-periods: nothing to silence -->\nMore text.\n"
    write(tmp_path, {"c.md": COCOA_OK, "d.md": silenced, "a.md": unused})
    done = run(["check", ".", "--format", "json"], tmp_path)
    assert done.returncode == 0, done.stdout
    report = json.loads(done.stdout)
    assert report["findings"] == []
    assert len(report["suppressed"]) == 1
    assert "trader figure, kept on purpose" in report["suppressed"][0]["reason"]
    assert "d.md:4" in report["suppressed"][0]["reason"]
    assert any(n.startswith("a.md:5: unused suppression (drift-across-periods)") for n in report["notes"])
    sarif = json.loads(run(["check", ".", "--format", "sarif"], tmp_path).stdout)
    results = sarif["runs"][0]["results"]
    assert [r["suppressions"][0]["justification"] for r in results if "suppressions" in r] == \
        ["trader figure, kept on purpose"]


def test_suppression_ends_at_enable(tmp_path: Path) -> None:
    text = ("---\npublished: 2022-03-01\n---\n<!-- claimcheck-disable -->\nA note without numbers.\n"
            "<!-- claimcheck-enable -->\nGhana's cocoa output was 1.1 million tonnes in 2021, a trader said.\n")
    write(tmp_path, {"c.md": COCOA_OK, "d.md": text})
    report = json.loads(run(["check", ".", "--format", "json"], tmp_path).stdout)
    assert [f["kind"] for f in report["findings"]] == ["conflict"]


# --- baselines -----------------------------------------------------------------------------------------------------


def test_baseline_write_check_and_prune(tmp_path: Path) -> None:
    write(tmp_path, {"a.md": TEA_A, "b.md": TEA_B})
    assert run(["baseline", "write", "base.json", "."], tmp_path).returncode == 0
    entries = json.loads((tmp_path / "base.json").read_text())["findings"]
    assert [e["rule"] for e in entries] == ["conflict-same-period"]
    # old findings are known: exit 0; a new conflict still fails the run
    assert run(["check", ".", "--baseline", "base.json"], tmp_path).returncode == 0
    write(tmp_path, {"c.md": COCOA_OK, "d.md": COCOA_BAD})
    done = run(["check", ".", "--baseline", "base.json", "--format", "json"], tmp_path)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert [sorted(e["doc"] for e in f["evidence"]) for f in report["findings"]] == [["c.md", "d.md"]]
    assert [s["reason"] for s in report["suppressed"]] == ["in baseline"]
    sarif = json.loads(run(["check", ".", "--baseline", "base.json", "--format", "sarif"], tmp_path).stdout)
    assert sorted(r["baselineState"] for r in sarif["runs"][0]["results"]) == ["new", "unchanged"]
    # the tea conflict is fixed: prune drops it
    write(tmp_path, {"b.md": TEA_A.replace("the Tea Board said", "officials said")})
    assert run(["baseline", "prune", "base.json", "."], tmp_path).returncode == 0
    assert json.loads((tmp_path / "base.json").read_text())["findings"] == []


def test_broken_baseline_is_one_line(tmp_path: Path) -> None:
    write(tmp_path, {"a.md": TEA_A, "base.json": '{"findings": [\n  {"id": 3'})
    done = run(["check", "a.md", "--baseline", "base.json"], tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("claimcheck: error: base.json:2: invalid baseline JSON")


# --- only new articles ------------------------------------------------------------------------------------------------


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=ci@example.org", "-c", "user.name=CI", *args], cwd=cwd, check=True,
                   capture_output=True)


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    """A git repository of articles: an old known conflict, then a consistent article, then a conflicting one."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    git(tmp_path, "init", "-q", "-b", "main")
    write(tmp_path, {"articles/tea-a.md": TEA_A, "articles/tea-b.md": TEA_B, "articles/cocoa.md": COCOA_OK})
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "old articles, with a known conflict")
    write(tmp_path, {"articles/cocoa-same.md": COCOA_SAME})
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "a consistent article")
    write(tmp_path, {"articles/cocoa-new.md": COCOA_BAD})
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "a conflicting article")
    return tmp_path


def test_changed_since_reports_only_the_new_conflict(repo: Path) -> None:
    done = run(["check", "articles", "--changed-since", "HEAD~1", "--format", "json"], repo)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert len(report["documents"]) == 5  # compared against the whole corpus
    docs = [sorted({e["doc"] for e in f["evidence"]}) for f in report["findings"]]
    assert docs and all("articles/cocoa-new.md" in d for d in docs)
    assert not any("articles/tea-a.md" in d for d in docs)
    assert report["out_of_focus"] >= 1
    # two commits back also covers the consistent article: still only findings that involve a changed one
    since_two = json.loads(run(["check", "articles", "--changed-since", "HEAD~2", "--format", "json"], repo).stdout)
    assert since_two["findings"] and not any("articles/tea-a.md" in {e["doc"] for e in f["evidence"]}
                                             for f in since_two["findings"])
    # --all shows the old conflict too
    everything = json.loads(run(["check", "articles", "--changed-since", "HEAD~1", "--all", "--format", "json"], repo).stdout)
    assert any("articles/tea-a.md" in {e["doc"] for e in f["evidence"]} for f in everything["findings"])


def test_changed_since_consistent_commit_is_clean(repo: Path) -> None:
    git(repo, "rm", "-q", "articles/cocoa-new.md")
    git(repo, "commit", "-qm", "drop the conflicting article")
    done = run(["check", "articles", "--changed-since", "HEAD~2"], repo)
    assert done.returncode == 0, done.stdout


def test_changed_since_unknown_ref_is_one_line(repo: Path) -> None:
    done = run(["check", "articles", "--changed-since", "no-such-ref"], repo)
    assert done.returncode == 2
    assert done.stderr.strip() == "claimcheck: error: --changed-since: unknown git revision 'no-such-ref'"


def test_paths_against_corpus_from_config(tmp_path: Path) -> None:
    write(tmp_path, {".claimcheck.toml": 'paths = ["articles"]\n', "articles/tea-a.md": TEA_A,
                     "articles/tea-b.md": TEA_B, "articles/cocoa.md": COCOA_OK, "new/cocoa-new.md": COCOA_BAD})
    done = run(["check", "new/cocoa-new.md", "--format", "json"], tmp_path)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert [sorted({e["doc"] for e in f["evidence"]}) for f in report["findings"]] == \
        [["articles/cocoa.md", "new/cocoa-new.md"]]


# --- pre-commit and the GitHub workflow example ------------------------------------------------------------------------


def test_pre_commit_hook_runs_as_declared(tmp_path: Path) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "claimcheck")
    assert hook["language"] == "python" and hook.get("pass_filenames", True)
    entry = shlex.split(hook["entry"])
    assert entry[0] == "claimcheck"
    write(tmp_path, {".claimcheck.toml": 'paths = ["articles"]\n', "articles/cocoa.md": COCOA_OK,
                     "new/cocoa-new.md": COCOA_BAD, "new/cocoa-same.md": COCOA_SAME})
    assert run([*entry[1:], "new/cocoa-new.md"], tmp_path).returncode == 1
    assert run([*entry[1:], "new/cocoa-same.md"], tmp_path).returncode == 0


def test_github_workflow_example_commands_work(repo: Path) -> None:
    workflow = yaml.safe_load((ROOT / "examples" / "github" / "claimcheck.yml").read_text())
    steps = workflow["jobs"]["claims"]["steps"]
    script = next(s["run"] for s in steps if "claimcheck check" in s.get("run", ""))
    summary = repo / "summary.md"
    env = {"BASE": "HEAD~1", "GITHUB_STEP_SUMMARY": str(summary)}
    outputs = []
    for line in script.strip().splitlines():
        args = shlex.split(line.replace('"$BASE"', env["BASE"]))
        assert args[0] == "claimcheck"
        outputs.append(run(args[1:], repo, env))
    assert outputs[0].returncode == 0  # --no-fail
    sarif = json.loads((repo / "claimcheck.sarif").read_text())
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    assert outputs[1].returncode == 1
    assert outputs[1].stdout.startswith("::error file=articles/cocoa")
    assert "cocoa" in summary.read_text()
