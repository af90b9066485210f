"""Pipeline files: parsing and validation against the installed steps.

Validation collects every problem before any document is processed and
reports each with the ``file:line:column`` of the offending node.

The format (version 1)::

    version: 1
    name: news
    description: Language, sentences, quotes and a summary.
    on_error: record            # fail | skip | record
    plugins: [./my_plugin.py]   # extra plugin modules (dotted name or .py path)
    assumes: []                 # layers/attrs the input records already carry
    steps:
      - detect_language         # a step with default parameters
      - step: split_sentences
        id: sentences           # optional; defaults to the step name
        backend: null           # optional; choose an alternative implementation
        plugin: null            # optional; choose among competing plugins
        params:
          split_on_newlines: headlines
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import PipelineError, Position, Problem
from .params import Param
from .plugin_host import PluginHost, PluginLoadError, describe_providers
from .steps import StepSpec
from .yamlsource import LoadedYaml, Path_, load_yaml

__all__ = [
    "ERROR_POLICIES",
    "FORMAT_VERSION",
    "PipelineSource",
    "ResolvedPipeline",
    "ResolvedStep",
    "parse_override",
    "resolve",
]

FORMAT_VERSION = 1
ERROR_POLICIES = ("fail", "skip", "record")
DEFAULT_ERROR_POLICY = "record"
_TOP_KEYS = ("version", "name", "description", "on_error", "plugins", "assumes", "steps")
_STEP_KEYS = ("step", "id", "backend", "plugin", "params")


@dataclass(frozen=True)
class PipelineSource:
    """Everything needed to rebuild a pipeline in another process (picklable)."""

    text: str | None = None
    data: Any = None
    filename: str = "<string>"
    base_dir: str = "."
    overrides: tuple[tuple[str, Any], ...] = ()
    extra_plugins: tuple[str, ...] = ()
    on_error: str | None = None

    @classmethod
    def from_file(cls, path: str | Path, **kwargs: Any) -> PipelineSource:
        """Read a pipeline file (UTF-8)."""
        file = Path(path)
        try:
            text = file.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise PipelineError([Problem(f"pipeline file not found: {file}")]) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise PipelineError([Problem(f"cannot read pipeline file {file}: {exc}")]) from None
        return cls(text=text, filename=str(file), base_dir=str(file.parent.resolve()), **kwargs)


@dataclass
class ResolvedStep:
    """A pipeline step after validation: which spec, with which options."""

    id: str
    spec: StepSpec
    options: dict[str, Any]
    position: Position | None = None


@dataclass
class ResolvedPipeline:
    """A validated pipeline file."""

    name: str
    description: str
    on_error: str
    steps: list[ResolvedStep] = field(default_factory=list)
    assumes: tuple[str, ...] = ()
    filename: str = "<string>"


def parse_override(assignment: str) -> tuple[str, Any]:
    """Split ``step.param=value`` (value parsed as a YAML scalar or list)."""
    key, sep, raw = assignment.partition("=")
    if not sep or "." not in key:
        raise PipelineError(
            [Problem(f"--set {assignment!r}: expected STEP.PARAM=VALUE", Position("--set", 1, 1))]
        )
    try:
        value = yaml.safe_load(raw) if raw.strip() else ""
    except yaml.YAMLError:
        value = raw
    return key.strip(), value


def resolve(source: PipelineSource, host: PluginHost) -> ResolvedPipeline:
    """Validate ``source`` against the steps ``host`` offers; raise with all problems."""
    if source.text is not None:
        loaded = load_yaml(source.text, source.filename)
    else:
        loaded = LoadedYaml(source.filename, data=source.data)
    return _Resolver(source, loaded, host).run()


class _Resolver:
    def __init__(self, source: PipelineSource, loaded: LoadedYaml, host: PluginHost) -> None:
        self.source = source
        self.loaded = loaded
        self.host = host
        self.problems: list[Problem] = list(loaded.problems)

    def problem(self, message: str, path: Path_ | Position | None = None, hint: str = "",
                key: bool = False) -> None:
        if isinstance(path, Position) or path is None:
            where = path
        else:
            where = self.loaded.key_at(path) if key else self.loaded.at(path)
        self.problems.append(Problem(message, where, hint))

    def run(self) -> ResolvedPipeline:
        data = self.loaded.data
        if self.problems and data is None:
            raise PipelineError(self.problems)
        if not isinstance(data, Mapping):
            self.problem("a pipeline file must be a mapping with a 'steps' list", ())
            raise PipelineError(self.problems)
        for key in data:
            if key not in _TOP_KEYS:
                self.problem(f"unknown key {key!r}", (key,), _did_you_mean(str(key), _TOP_KEYS),
                             key=True)
        version = data.get("version", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            self.problem(f"unsupported pipeline format version {version!r}", ("version",),
                         f"this textmill reads version {FORMAT_VERSION}")
        name = self._string(data, "name", "pipeline")
        description = self._string(data, "description", "")
        on_error = self.source.on_error or data.get("on_error", DEFAULT_ERROR_POLICY)
        if on_error not in ERROR_POLICIES:
            self.problem(f"on_error must be one of {', '.join(ERROR_POLICIES)}, got {on_error!r}",
                         ("on_error",))
        self._load_plugins(data.get("plugins", []))
        assumes = self._string_list(data, "assumes")
        steps = self._steps(data.get("steps"))
        self._apply_overrides(steps)
        self._check_requirements(steps, assumes)
        if self.problems:
            raise PipelineError(sorted(self.problems, key=_problem_order))
        return ResolvedPipeline(name, description, str(on_error), steps, tuple(assumes),
                                self.source.filename)

    # -- pieces ----------------------------------------------------------------
    def _string(self, data: Mapping[str, Any], key: str, default: str) -> str:
        value = data.get(key, default)
        if not isinstance(value, str):
            self.problem(f"{key!r} must be a string", (key,))
            return default
        return value

    def _string_list(self, data: Mapping[str, Any], key: str) -> list[str]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(f"{key!r} must be a list of strings", (key,))
            return []
        return list(value)

    def _load_plugins(self, plugins: Any) -> None:
        if not isinstance(plugins, list):
            self.problem("'plugins' must be a list of module names or .py paths", ("plugins",))
            plugins = []
        base = Path(self.source.base_dir)
        refs: list[tuple[Path_, Any]] = [(("plugins", i), p) for i, p in enumerate(plugins)]
        refs += [((), p) for p in self.source.extra_plugins]
        for path, ref in refs:
            if not isinstance(ref, str):
                self.problem("a plugin reference must be a string", path)
                continue
            try:
                self.host.load_module(ref, base_dir=base if path else Path.cwd(),
                                      source="pipeline" if path else "argument")
            except PluginLoadError as exc:
                self.problem(str(exc), path if path else Position("--plugin", 1, 1))

    def _steps(self, raw: Any) -> list[ResolvedStep]:
        if raw is None:
            self.problem("missing 'steps': a pipeline needs at least one step", ())
            return []
        if not isinstance(raw, list) or not raw:
            self.problem("'steps' must be a non-empty list", ("steps",))
            return []
        resolved: list[ResolvedStep] = []
        ids: dict[str, Path_] = {}
        for index, entry in enumerate(raw):
            path: Path_ = ("steps", index)
            if isinstance(entry, str):
                entry = {"step": entry}
                name_path: Path_ = path
            elif isinstance(entry, Mapping):
                name_path = (*path, "step")
            else:
                self.problem("a step must be a step name or a mapping with 'step:'", path)
                continue
            for key in entry:
                if key not in _STEP_KEYS:
                    self.problem(f"unknown key {key!r} in step", (*path, key),
                                 _did_you_mean(str(key), _STEP_KEYS) or
                                 "step parameters go under 'params:'", key=True)
            name = entry.get("step")
            if not isinstance(name, str) or not name:
                self.problem("step entry has no 'step:' name", path)
                continue
            spec = self._choose_spec(name, entry, name_path, path)
            step_id = entry.get("id", name)
            if not isinstance(step_id, str) or not step_id or "." in step_id:
                self.problem("step 'id' must be a non-empty string without dots", (*path, "id"))
                step_id = name
            if step_id in ids:
                first = self.loaded.at(ids[step_id])
                seen_at = f" (first used at {first})" if first else ""
                self.problem(
                    f"duplicate step id {step_id!r}{seen_at}",
                    (*path, "id") if "id" in entry else name_path,
                    "give each use of a step its own 'id:'",
                )
            ids.setdefault(step_id, path)
            if spec is None:
                continue
            options = self._options(spec, entry.get("params"), path)
            resolved.append(ResolvedStep(step_id, spec, options, self.loaded.at(path)))
        return resolved

    def _choose_spec(self, name: str, entry: Mapping[str, Any], name_path: Path_,
                     path: Path_) -> StepSpec | None:
        registry = self.host.steps()
        candidates = registry.get(name)
        if not candidates:
            hint = _did_you_mean(name, registry)
            failed = "; ".join(str(f) for f in self.host.failures)
            if failed:
                hint = (hint + "; " if hint else "") + f"note: {failed}"
            self.problem(f"unknown step {name!r}", name_path, hint or "run 'textmill steps'")
            return None
        backend = entry.get("backend")
        if backend is not None:
            chosen = [s for s in candidates if s.backend == backend]
            if not chosen:
                known = sorted({s.backend or "default" for s in candidates})
                self.problem(f"step {name!r} has no backend {backend!r}", (*path, "backend"),
                             f"available: {', '.join(known)}")
                return None
        else:
            chosen = [s for s in candidates if s.backend is None] or candidates
        plugin = entry.get("plugin")
        if plugin is not None:
            narrowed = [s for s in chosen if plugin in (s.plugin, s.distribution)]
            if not narrowed:
                self.problem(f"no plugin {plugin!r} provides step {name!r}", (*path, "plugin"),
                             f"providers: {describe_providers(chosen)}")
                return None
            chosen = narrowed
        if len(chosen) > 1:
            self.problem(
                f"step {name!r} is provided by more than one plugin: {describe_providers(chosen)}",
                name_path, "say which one with 'plugin:' in this step",
            )
            return None
        return chosen[0]

    def _options(self, spec: StepSpec, raw: Any, path: Path_) -> dict[str, Any]:
        params_path = (*path, "params")
        if raw is None:
            raw = {}
        if not isinstance(raw, Mapping):
            self.problem("'params' must be a mapping of parameter names to values", params_path)
            raw = {}
        options = spec.defaults()
        for key, value in raw.items():
            param = spec.params.get(key)
            if param is None:
                self.problem(f"step {spec.name!r} has no parameter {key!r}", (*params_path, key),
                             _did_you_mean(str(key), spec.params) or _param_list(spec), key=True)
                continue
            message = param.check(value)
            if message:
                self.problem(f"parameter {key!r} of step {spec.name!r}: {message}",
                             (*params_path, key))
                continue
            options[key] = value
        for key, param in spec.params.items():
            if param.required and key not in raw:
                self.problem(f"step {spec.name!r} needs parameter {key!r}", path,
                             param.help or "")
        return options

    def _apply_overrides(self, steps: list[ResolvedStep]) -> None:
        by_id = {s.id: s for s in steps}
        for number, (key, value) in enumerate(self.source.overrides, start=1):
            where = Position("--set", number, 1)
            step_id, _, pname = key.partition(".")
            target = by_id.get(step_id)
            if target is None:
                self.problem(f"--set {key}: no step with id {step_id!r}", where,
                             _did_you_mean(step_id, by_id))
                continue
            param: Param | None = target.spec.params.get(pname)
            if param is None:
                self.problem(f"--set {key}: step {target.spec.name!r} has no parameter {pname!r}",
                             where, _did_you_mean(pname, target.spec.params))
                continue
            message = param.check(value)
            if message:
                self.problem(f"--set {key}: {message}", where)
                continue
            target.options[pname] = value

    def _check_requirements(self, steps: Sequence[ResolvedStep], assumes: list[str]) -> None:
        available = set(assumes)
        for step in steps:
            for need in step.spec.requires:
                if need in available:
                    continue
                providers = sorted({
                    spec.name for specs in self.host.steps().values() for spec in specs
                    if need in spec.provides
                })
                hint = (f"add step {' or '.join(map(repr, providers))} before it" if providers
                        else "no installed step provides it")
                self.problem(f"step {step.id!r} requires {need!r}, which no earlier step provides",
                             step.position, hint)
            available.update(step.spec.provides)


def _problem_order(problem: Problem) -> tuple[int, int, int]:
    if problem.position is None:
        return (1, 0, 0)
    return (0, problem.position.line, problem.position.column)


def _did_you_mean(word: str, known: Any) -> str:
    matches = difflib.get_close_matches(word, list(known), n=3, cutoff=0.6)
    return f"did you mean {' or '.join(map(repr, matches))}?" if matches else ""


def _param_list(spec: StepSpec) -> str:
    names = ", ".join(spec.params) or "none"
    return f"its parameters: {names}"
