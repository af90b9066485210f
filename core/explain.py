"""Human-readable views of a resolved pipeline: the plan and a Mermaid data-flow chart.

Both work on the plain dict of :meth:`textmill.Pipeline.describe`, so they
can be used on a plan saved as JSON as well::

    plan = pipe.describe()
    print(render_plan(plan))
    print(render_mermaid(plan, assumes=pipe.assumes))
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = ["data_flow", "render_mermaid", "render_plan"]

INPUT_NODE = "input"
OUTPUT_NODE = "output"


def render_plan(plan: Mapping[str, Any]) -> str:
    """The plan as indented text: each step, its provider, parameters and contract."""
    lines = [f"pipeline {plan.get('name', '?')!s} ({plan.get('source', '?')})"]
    if plan.get("description"):
        lines.append(f"  {plan['description']}")
    lines.append(f"on_error: {plan.get('on_error', '?')}")
    for number, step in enumerate(plan.get("steps", ()), start=1):
        lines.append("")
        lines.append(f"{number}. {_step_title(step)}")
        lines.append(f"   provided by {_provider(step)}")
        if step.get("description"):
            lines.append(f"   {step['description']}")
        options = step.get("options") or {}
        if options:
            lines.append("   params:")
            lines.extend(f"     {key} = {_value(value)}" for key, value in options.items())
        else:
            lines.append("   params: (none)")
        for key in ("requires", "uses", "provides"):
            lines.append(f"   {key}: {', '.join(step.get(key) or ()) or '-'}")
    return "\n".join(lines)


def _step_title(step: Mapping[str, Any]) -> str:
    extra = []
    if step.get("id") != step.get("step"):
        extra.append(f"step {step.get('step')}")
    if step.get("backend"):
        extra.append(f"backend {step['backend']}")
    return f"{step.get('id')}" + (f" ({', '.join(extra)})" if extra else "")


def _provider(step: Mapping[str, Any]) -> str:
    text = f"plugin {step.get('plugin') or '?'}"
    if step.get("distribution"):
        text += f" (distribution {step['distribution']}"
        text += f" {step['version']})" if step.get("version") else ")"
    return text


def _value(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def data_flow(plan: Mapping[str, Any],
              assumes: Iterable[str] = ()) -> list[tuple[str, str, str, bool]]:
    """Edges ``(source, target, what, optional)`` of the data flowing between steps.

    Nodes are ``input``, ``output`` and the step ids. A step's requirement
    (or optional ``uses``) comes from the latest earlier step that provides
    it, or from the input when the pipeline ``assumes`` it; a step with no
    incoming data reads the input text. Everything the steps provide reaches
    the output record, from the last step that provides it.
    """
    steps: Sequence[Mapping[str, Any]] = plan.get("steps", ())
    provider: dict[str, str] = {name: INPUT_NODE for name in assumes}
    edges: dict[tuple[str, str, bool], list[str]] = {}
    for step in steps:
        target = str(step.get("id"))
        incoming = False
        for need, optional in [(n, False) for n in step.get("requires") or ()] + [
                (n, True) for n in step.get("uses") or ()]:
            source = provider.get(need)
            if source is None:
                continue
            edges.setdefault((source, target, optional), []).append(need)
            incoming = True
        if not incoming:
            edges.setdefault((INPUT_NODE, target, False), []).insert(0, "text")
        for name in step.get("provides") or ():
            provider[name] = target
    for step in steps:
        step_id = str(step.get("id"))
        produced = [name for name in step.get("provides") or () if provider[name] == step_id]
        if produced:
            edges.setdefault((step_id, OUTPUT_NODE, False), []).extend(produced)
    return [(s, t, ", ".join(dict.fromkeys(what)), optional)
            for (s, t, optional), what in edges.items()]


def render_mermaid(plan: Mapping[str, Any], assumes: Iterable[str] = ()) -> str:
    """A Mermaid ``flowchart`` of :func:`data_flow` (dashed arrows: optional inputs)."""
    node_ids = {INPUT_NODE: "input", OUTPUT_NODE: "output"}
    lines = ["flowchart TD", '    input[("input documents")]']
    for number, step in enumerate(plan.get("steps", ()), start=1):
        node = f"s{number}"
        node_ids[str(step.get("id"))] = node
        label = f"{number}. {_step_title(step)}<br/><i>{step.get('plugin') or '?'}</i>"
        lines.append(f'    {node}["{_escape(label)}"]')
    lines.append('    output[("output records")]')
    for source, target, what, optional in data_flow(plan, assumes):
        arrow = "-.->" if optional else "-->"
        lines.append(f'    {node_ids[source]} {arrow}|"{_escape(what)}"| {node_ids[target]}')
    return "\n".join(lines)


def _escape(text: str) -> str:
    return text.replace('"', "#quot;").replace("|", "#124;")
