"""Typed parameters: checks and JSON Schema."""

from __future__ import annotations

from typing import Literal

import pytest
from textmill import Param
from textmill.params import check_value, describe_type, type_schema


@pytest.mark.parametrize(
    ("tp", "good", "bad"),
    [
        (int, 3, "3"),
        (int, -1, True),
        (float, 2, "2.0"),
        (bool, False, 0),
        (str, "x", 1),
        (list[str], ["a", "b"], ["a", 1]),
        (list[str] | None, None, "it"),
        (dict[str, int], {"a": 1}, {"a": "1"}),
        (Literal["a", "b"], "b", "c"),
    ],
)
def test_check_value(tp: object, good: object, bad: object) -> None:
    assert check_value(good, tp) is None
    assert check_value(bad, tp) is not None


def test_messages_say_what_was_expected() -> None:
    assert check_value("two", int) == "expected int, got str 'two'"
    assert check_value(["it", 3], list[str]) == "item 1: expected str, got int 3"
    assert describe_type(list[str] | None) == "list[str] | null"


def test_param_bounds_and_choices() -> None:
    p = Param(int, 5, "n", minimum=1, maximum=10)
    assert p.check(0) == "must be >= 1, got 0"
    assert p.check(11) == "must be <= 10, got 11"
    assert p.check(3) is None
    mode = Param(str, "a", choices=("a", "b"))
    assert mode.check("c") == "expected one of 'a', 'b', got 'c'"
    assert not mode.required and Param(int).required


def test_schema() -> None:
    assert type_schema(list[str] | None) == {
        "anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}]
    }
    schema = Param(int, 3, "how many", minimum=1).schema()
    assert schema == {"type": "integer", "description": "how many", "default": 3, "minimum": 1}
