"""Pipeline files: every problem reported at once, each with file:line:column."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import textmill
from textmill import PipelineError


def problems_of(tmp_path: Path, yaml_text: str) -> list[str]:
    path = tmp_path / "p.yaml"
    path.write_text(textwrap.dedent(yaml_text), encoding="utf-8")
    with pytest.raises(PipelineError) as info:
        textmill.load(path)
    return [str(p) for p in info.value.problems]


def test_misspelt_step_wrong_type_and_unmet_requirement_in_one_run(
        tmp_path: Path, toy_plugin: Path) -> None:
    found = problems_of(tmp_path, f"""\
        name: broken
        plugins: [./{toy_plugin.name}]
        steps:
          - step: shout
            params:
              suffix: 3
          - step: wrds
          - count_words
        """)
    f = tmp_path / "p.yaml"
    assert found == [
        f"{f}:6:15: parameter 'suffix' of step 'shout': expected str, got int 3",
        f"{f}:7:11: unknown step 'wrds' (did you mean 'words'?)",
        f"{f}:8:5: step 'count_words' requires 'spans.words', which no earlier step provides "
        "(add step 'words' before it)",
    ]


def test_unknown_parameter_and_keys_name_the_closest(tmp_path: Path, toy_plugin: Path) -> None:
    found = problems_of(tmp_path, f"""\
        name: x
        plugin: [./{toy_plugin.name}]
        steps:
          - step: shout
            param: {{suffix: "?"}}
        """)
    f = tmp_path / "p.yaml"
    assert f"{f}:2:1: unknown key 'plugin' (did you mean 'plugins'?)" in found
    assert f"{f}:5:5: unknown key 'param' in step (did you mean 'params'?)" in found
    found = problems_of(tmp_path, f"""\
        plugins: [./{toy_plugin.name}]
        steps:
          - step: shout
            params: {{sufix: "?"}}
        """)
    assert found == [f"{f}:4:14: step 'shout' has no parameter 'sufix' (did you mean 'suffix'?)"]


def test_duplicate_ids(tmp_path: Path, toy_plugin: Path) -> None:
    found = problems_of(tmp_path, f"""\
        plugins: [./{toy_plugin.name}]
        steps:
          - shout
          - shout
        """)
    f = tmp_path / "p.yaml"
    assert found == [f"{f}:4:5: duplicate step id 'shout' (first used at {f}:3:5) "
                     "(give each use of a step its own 'id:')"]


def test_python_tags_are_refused_and_never_executed(tmp_path: Path, toy_plugin: Path) -> None:
    marker = tmp_path / "pwned"
    found = problems_of(tmp_path, f"""\
        plugins: [./{toy_plugin.name}]
        steps:
          - step: shout
            params: !!python/object/apply:os.system ["touch {marker}"]
        """)
    assert not marker.exists()
    assert len(found) == 1
    assert ":4:13: YAML tag '!!python/object/apply:os.system' is not allowed" \
        in found[0]


def test_yaml_syntax_error_has_position(tmp_path: Path) -> None:
    found = problems_of(tmp_path, "steps:\n  - step: a\n   bad: [\n")
    assert len(found) == 1
    assert found[0].startswith(f"{tmp_path / 'p.yaml'}:3:")
    assert "YAML syntax error" in found[0]


def test_other_structural_problems(tmp_path: Path, toy_plugin: Path) -> None:
    found = problems_of(tmp_path, f"""\
        version: 2
        on_error: ignore
        plugins: [./{toy_plugin.name}, ./missing_plugin.py]
        steps: []
        """)
    text = "\n".join(found)
    assert "1:10: unsupported pipeline format version 2" in text
    assert "2:11: on_error must be one of fail, skip, record, got 'ignore'" in text
    assert "3:" in text and "cannot load plugin './missing_plugin.py'" in text
    assert "4:8: 'steps' must be a non-empty list" in text
    assert problems_of(tmp_path, "[1, 2]") == [
        f"{tmp_path / 'p.yaml'}:1:1: a pipeline file must be a mapping with a 'steps' list"]


def test_missing_pipeline_file_is_a_pipeline_error(tmp_path: Path) -> None:
    with pytest.raises(PipelineError, match="pipeline file not found"):
        textmill.load(tmp_path / "nope.yaml")


def test_overrides_are_validated_like_the_file(toy_pipeline: Path) -> None:
    pipe = textmill.load(toy_pipeline, overrides=["shout.suffix=?!"])
    assert pipe("ab").attrs["shout"] == "AB?!"
    with pytest.raises(PipelineError) as info:
        textmill.load(toy_pipeline, overrides=["words.min_len=big", "nosuch.x=1", "shout.sufix=1"])
    messages = [str(p) for p in info.value.problems]
    assert messages == [
        "--set:1:1: --set words.min_len: expected int, got str 'big'",
        "--set:2:1: --set nosuch.x: no step with id 'nosuch'",
        "--set:3:1: --set shout.sufix: step 'shout' has no parameter 'sufix' "
        "(did you mean 'suffix'?)",
    ]


def test_assumes_satisfies_requirements(toy_plugin: Path) -> None:
    pipe = textmill.load({"plugins": [str(toy_plugin)], "assumes": ["spans.words"],
                          "steps": ["count_words"]})
    doc = textmill.Document.from_dict({"id": "a", "text": "x y",
                                       "spans": {"words": [{"start": 0, "end": 1}]}})
    assert pipe(doc).attrs["n_words"] == 1
