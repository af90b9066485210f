"""Safe YAML loading that remembers where every value came from.

Only plain YAML data is accepted (mappings, sequences, strings, numbers,
booleans, null). Any other tag, such as ``!!python/object/apply``, is
reported as a problem and never constructed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from .errors import Position, Problem

__all__ = ["LoadedYaml", "Path_", "load_yaml"]

Path_ = tuple[str | int, ...]

_MAX_NODES = 100_000
_PLAIN_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"


@dataclass
class LoadedYaml:
    """A YAML document's data with the position of each value and mapping key."""

    filename: str
    data: Any = None
    values: dict[Path_, Position] = field(default_factory=dict)
    keys: dict[Path_, Position] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def at(self, path: Path_) -> Position | None:
        """Position of the value at ``path`` (or of its nearest parent)."""
        while True:
            if path in self.values:
                return self.values[path]
            if not path:
                return None
            path = path[:-1]

    def key_at(self, path: Path_) -> Position | None:
        """Position of the mapping key that leads to ``path``."""
        return self.keys.get(path) or self.at(path)


def _position(filename: str, mark: Any) -> Position:
    return Position(filename, mark.line + 1, mark.column + 1)


def load_yaml(text: str, filename: str = "<string>") -> LoadedYaml:
    """Parse ``text``; syntax errors and refused tags land in ``problems``."""
    result = LoadedYaml(filename)
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _position(filename, mark) if mark else None
        message = f"YAML syntax error: {exc.problem or exc}"
        if exc.context:
            message += f" ({exc.context})"
        result.problems.append(Problem(message, where))
        return result
    except yaml.YAMLError as exc:
        result.problems.append(Problem(f"YAML error: {exc}", None))
        return result
    finally:
        loader.dispose()
    if node is None:
        return result
    budget = [_MAX_NODES]
    result.data = _build(node, (), result, loader, budget)
    return result


def _build(node: Any, path: Path_, out: LoadedYaml, loader: yaml.SafeLoader,
           budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        if budget[0] == -1:
            out.problems.append(
                Problem("YAML document too large (alias expansion?)",
                        _position(out.filename, node.start_mark))
            )
        return None
    where = _position(out.filename, node.start_mark)
    out.values[path] = where
    if isinstance(node, yaml.ScalarNode):
        if node.tag not in _PLAIN_SCALAR_TAGS:
            out.problems.append(_refused_tag(node.tag, where))
            return None
        try:
            return loader.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            out.problems.append(Problem(f"invalid value: {exc}", where))
            return None
    if isinstance(node, yaml.SequenceNode):
        if node.tag != _SEQ_TAG:
            out.problems.append(_refused_tag(node.tag, where))
            return None
        return [_build(item, (*path, i), out, loader, budget) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        if node.tag != _MAP_TAG:
            out.problems.append(_refused_tag(node.tag, where))
            return None
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key_where = _position(out.filename, key_node.start_mark)
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _PLAIN_SCALAR_TAGS:
                out.problems.append(Problem("mapping keys must be plain scalars", key_where))
                continue
            key = loader.construct_object(key_node)
            if key == "<<":
                out.problems.append(Problem("YAML merge keys ('<<') are not supported", key_where))
                continue
            if key in mapping:
                out.problems.append(Problem(f"duplicate key {key!r}", key_where))
                continue
            child = (*path, key)
            out.keys[child] = key_where
            mapping[key] = _build(value_node, child, out, loader, budget)
        return mapping
    out.problems.append(Problem(f"unsupported YAML node {type(node).__name__}", where))
    return None


def _refused_tag(tag: str, where: Position) -> Problem:
    if tag.startswith("tag:yaml.org,2002:"):
        tag = "!!" + tag[len("tag:yaml.org,2002:"):]
    return Problem(
        f"YAML tag {tag!r} is not allowed: pipeline files hold plain data only",
        where,
        "remove the tag; nothing in it was executed",
    )
