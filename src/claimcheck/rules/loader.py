"""Load and validate rule files: YAML data only, every mistake reported as ``file:line: message``.

A rule file holds any of::

    rules:      [{id, kind, severity, message, description, select, params, examples, tags, enabled}]
    aliases:    {metric: [[canonical, variant, ...]], head: [[...]], word: [[...]], entity: [[...]],
                 optional: [[word, ...] or {words: [...], before: [...]}]}
    fx:         {CODE: {YEAR: units per USD}}

Bundled rules load first; user directories (``--rules``) add rules and override
bundled ones with the same id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import RuleError
from ..link import Aliases
from ..model import KINDS, SEVERITIES
from ..normalize.fx import RateTable
from .base import RuleSpec
from .registry import KINDS_BY_NAME

RULE_FIELDS = {"id", "kind", "severity", "message", "description", "select", "params", "examples", "tags", "enabled"}
SELECT_FIELDS = {"metric", "entity", "kind", "unit", "docs", "not_metric", "sentence", "not_sentence"}
TOP_FIELDS = {"rules", "aliases", "fx"}
MAX_BYTES = 1_000_000
_PLAIN_TAGS = {"!", *(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map"))}
_NESTED_QUANT = re.compile(r"\((?:[^()\\]|\\.)*[+*]\)[+*{]")


@dataclass
class RuleSet:
    """Everything the rule files say."""

    rules: list[RuleSpec] = field(default_factory=list)
    aliases: Aliases = field(default_factory=Aliases)
    fx: dict[str, Any] = field(default_factory=dict)
    fx_csv: list[Path] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def apply_fx(self, table: RateTable) -> None:
        """Override the reference rates with the rule files' CSVs, then their ``fx:`` sections."""
        for path in self.fx_csv:
            table.update_from_csv(path.read_text(encoding="utf-8"), str(path))
        for source, data in self.fx.items():
            table.update_from_mapping(data, source)


def bundled_dir() -> Path:
    """The default rules: inside the wheel, or ``rules/`` of a source checkout."""
    packaged = resources.files("claimcheck").joinpath("_rules")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "rules"


def load_rules(dirs: list[str | Path] | None = None, *, bundled: bool = True) -> RuleSet:
    """Load bundled rules, then every ``*.yaml``/``*.yml`` under ``dirs`` (files allowed too)."""
    out = RuleSet()
    sources = ([bundled_dir()] if bundled else []) + [Path(d) for d in dirs or []]
    by_id: dict[str, RuleSpec] = {}
    for src in sources:
        if not src.exists():
            raise RuleError("no such rules file or directory", path=str(src))
        files = sorted(p for p in src.rglob("*") if p.suffix in (".yaml", ".yml")) if src.is_dir() else [src]
        seen_here: dict[str, RuleSpec] = {}
        for f in files:
            for spec in load_file(f, out):
                if spec.id in seen_here:
                    raise RuleError(f"duplicate rule id {spec.id!r} (also at {seen_here[spec.id].source}:{seen_here[spec.id].line})",
                                    path=spec.source, line=spec.line)
                seen_here[spec.id] = spec
                by_id[spec.id] = spec
        out.fx_csv += sorted(src.glob("fx*.csv")) if src.is_dir() else []
    out.rules = list(by_id.values())
    return out


def load_file(path: Path, into: RuleSet) -> list[RuleSpec]:
    """Parse one rule file; raise ``RuleError`` with its line on any mistake."""
    where = str(path)
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        raise RuleError(f"rule file larger than {MAX_BYTES} bytes", path=where, line=1)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError(f"not UTF-8 at byte {exc.start}", path=where, line=raw.count(b"\n", 0, exc.start) + 1) from exc
    node = _compose(text, where)
    into.files.append(where)
    if node is None:
        return []
    if not isinstance(node, yaml.MappingNode):
        raise RuleError("a rule file is a mapping with 'rules', 'aliases' or 'fx'", path=where, line=_line(node))
    specs: list[RuleSpec] = []
    for key, value in node.value:
        name = key.value
        if name not in TOP_FIELDS:
            raise RuleError(f"unknown top-level field {name!r} (expected one of {sorted(TOP_FIELDS)})", path=where, line=_line(key))
        data = _construct(value)
        if name == "rules":
            if not isinstance(value, yaml.SequenceNode):
                raise RuleError("'rules' must be a list", path=where, line=_line(value))
            specs += [_rule(item, where) for item in value.value]
        elif name == "aliases":
            _aliases(data, value, where, into)
        else:
            if not isinstance(data, dict):
                raise RuleError("'fx' must map currency codes to {year: rate per USD}", path=where, line=_line(value))
            into.fx[where] = data
    return specs


def _compose(text: str, where: str) -> yaml.Node | None:
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise RuleError("YAML anchors and aliases are not allowed in rule files", path=where,
                                line=event.start_mark.line + 1)
            if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)) and \
                    event.tag and event.tag not in _PLAIN_TAGS:
                raise RuleError(f"YAML tag {event.tag!r} is not allowed (rule files are plain data)", path=where,
                                line=event.start_mark.line + 1)
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleError(f"YAML syntax error: {getattr(exc, 'problem', None) or exc}", path=where,
                        line=(mark.line + 1) if mark else 1) from exc


def _construct(node: yaml.Node) -> Any:
    loader = yaml.SafeLoader("")
    return loader.construct_object(node, deep=True)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _rule(node: yaml.Node, where: str) -> RuleSpec:
    if not isinstance(node, yaml.MappingNode):
        raise RuleError("each rule must be a mapping", path=where, line=_line(node))
    fields = {k.value: (k, v) for k, v in node.value}
    line = _line(node)
    for name, (k, _) in fields.items():
        if name not in RULE_FIELDS:
            raise RuleError(f"unknown rule field {name!r} (expected one of {sorted(RULE_FIELDS)})", path=where, line=_line(k))
    for required in ("id", "kind", "severity", "message"):
        if required not in fields:
            raise RuleError(f"rule is missing required field {required!r}", path=where, line=line)
    data = {name: _construct(v) for name, (_, v) in fields.items()}
    at = {name: _line(v) for name, (_, v) in fields.items()}

    def need(name: str, typ: type | tuple[type, ...], what: str) -> None:
        if name in data and not isinstance(data[name], typ):
            raise RuleError(f"'{name}' must be {what}, got {type(data[name]).__name__}", path=where, line=at[name])

    need("id", str, "a string")
    need("kind", str, "a string")
    need("severity", str, "a string")
    need("message", str, "a string")
    need("description", str, "a string")
    need("select", dict, "a mapping")
    need("params", dict, "a mapping")
    need("examples", dict, "a mapping with 'fire' and 'pass' lists")
    need("tags", list, "a list")
    need("enabled", bool, "true or false")
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", data["id"]):
        raise RuleError(f"rule id {data['id']!r} must be lower-case letters, digits, '.', '_' or '-'", path=where, line=at["id"])
    kind = KINDS_BY_NAME.get(data["kind"])
    if kind is None:
        raise RuleError(f"unknown rule kind {data['kind']!r} (expected one of {sorted(KINDS_BY_NAME)})", path=where, line=at["kind"])
    if data["severity"] not in SEVERITIES:
        raise RuleError(f"unknown severity {data['severity']!r} (expected one of {list(SEVERITIES)})", path=where, line=at["severity"])
    _check_select(data.get("select") or {}, where, at.get("select", line))
    _check_params(kind, data.get("params") or {}, where, at.get("params", line))
    _check_message(data["message"], where, at["message"])
    return RuleSpec(id=data["id"], kind=data["kind"], severity=data["severity"], message=data["message"],
                    description=data.get("description", ""), select=data.get("select") or {},
                    params=data.get("params") or {}, examples=data.get("examples") or {},
                    tags=tuple(data.get("tags") or ()), enabled=data.get("enabled", True), source=where, line=line)


def _check_select(sel: dict[str, Any], where: str, line: int) -> None:
    for key, value in sel.items():
        if key not in SELECT_FIELDS:
            raise RuleError(f"unknown selector {key!r} (expected one of {sorted(SELECT_FIELDS)})", path=where, line=line)
        if key in ("metric", "entity", "not_metric", "sentence", "not_sentence"):
            if not isinstance(value, str):
                raise RuleError(f"selector {key!r} must be a regular expression string", path=where, line=line)
            if _NESTED_QUANT.search(value) or len(value) > 500:
                raise RuleError(f"selector {key!r} regex could backtrack catastrophically (nested quantifiers)", path=where, line=line)
            try:
                re.compile(value)
            except re.error as exc:
                raise RuleError(f"selector {key!r} is not a valid regex: {exc}", path=where, line=line) from exc
        if key == "kind":
            for k in value if isinstance(value, list) else [value]:
                if k not in KINDS:
                    raise RuleError(f"selector 'kind' has unknown claim kind {k!r}", path=where, line=line)


def _check_params(kind: Any, params: dict[str, Any], where: str, line: int) -> None:
    for name, value in params.items():
        if name not in kind.params:
            raise RuleError(f"unknown parameter {name!r} for kind {kind.kind!r} (expected one of {sorted(kind.params)})",
                            path=where, line=line)
        typ = kind.params[name][0]
        if not isinstance(value, typ) or (isinstance(value, bool) and typ in ((int, float), int)):
            raise RuleError(f"parameter {name!r} has the wrong type {type(value).__name__}", path=where, line=line)
        if name in kind.choices and value not in kind.choices[name]:
            raise RuleError(f"parameter {name!r} must be one of {list(kind.choices[name])}, got {value!r}", path=where, line=line)


def _check_message(message: str, where: str, line: int) -> None:
    for name in re.findall(r"\{([^{}]*)\}", message):
        if not re.fullmatch(r"[a-z_]+", name):
            raise RuleError(f"message placeholder {{{name}}} must be a plain name like {{a}} or {{metric}}", path=where, line=line)


def _aliases(data: Any, node: yaml.Node, where: str, into: RuleSet) -> None:
    if not isinstance(data, dict):
        raise RuleError("'aliases' must map 'metric'/'head'/'word'/'entity'/'optional' to lists", path=where, line=_line(node))
    for kind, groups in data.items():
        if kind not in ("metric", "head", "word", "entity", "optional") or not isinstance(groups, list):
            raise RuleError(f"aliases.{kind}: expected 'metric', 'head', 'word', 'entity' or 'optional' with a list", path=where,
                            line=_line(node))
        if kind == "optional":
            _optional(groups, node, where, into)
            continue
        for names in groups:
            if not isinstance(names, list) or len(names) < 2 or not all(isinstance(n, str) for n in names):
                raise RuleError(f"aliases.{kind}: each entry is a list of two or more names", path=where, line=_line(node))
            into.aliases.add(kind, names)


def _optional(groups: list[Any], node: yaml.Node, where: str, into: RuleSet) -> None:
    def words(v: Any) -> bool:
        return isinstance(v, list) and bool(v) and all(isinstance(w, str) and w.strip() for w in v)

    for entry in groups:
        if words(entry):
            into.aliases.add_optional(entry)
        elif isinstance(entry, dict) and set(entry) <= {"words", "before"} and words(entry.get("words")) \
                and words(entry.get("before", ["x"])):
            into.aliases.add_optional(entry["words"], entry.get("before"))
        else:
            raise RuleError("aliases.optional: each entry is a list of words or {words: [...], before: [...]}", path=where,
                            line=_line(node))
