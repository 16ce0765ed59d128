"""records.NamedTuple builds the same classes typing.NamedTuple does (without importing typing)."""

from __future__ import annotations

import pickle
import typing
from typing import Any

import pytest

from modelpick import records
from modelpick.names import Quant


def _declare(base: Any) -> Any:
    class Sample(base):  # type: ignore[misc,valid-type]
        """A value with defaults, a method and a property."""

        method: str
        bits: float | None = None
        kind: str | None = None

        @property
        def label(self) -> str:
            return self.method.upper()

        def doubled(self) -> float:
            return 2 * (self.bits or 0)

    return Sample


RECORD, TYPED = _declare(records.NamedTuple), _declare(typing.NamedTuple)


def test_the_runtime_base_is_not_typings() -> None:
    assert records.NamedTuple is not typing.NamedTuple
    assert type(Quant("gguf")).__mro__ == (Quant, tuple, object)


@pytest.mark.parametrize(
    "probe",
    [
        lambda c: c._fields,
        lambda c: c._field_defaults,
        lambda c: c.__doc__,
        lambda c: c.__name__,
        lambda c: c.__module__ == __name__,
        lambda c: c("awq"),
        lambda c: repr(c("awq", 4)),
        lambda c: c("awq", 4) == ("awq", 4, None),
        lambda c: hash(c("awq", 4)) == hash(("awq", 4, None)),
        lambda c: c("awq", 4).label,
        lambda c: c("awq", 4).doubled(),
        lambda c: c("awq", 4)._replace(kind="W4A16"),
        lambda c: c._make(("gguf", 4, "Q4_K_M")),
        lambda c: c("awq", kind="x")._asdict(),
    ],
)
def test_same_behaviour_as_typing(probe: Any) -> None:
    assert probe(RECORD) == probe(TYPED)


def test_module_level_records_pickle() -> None:
    q = Quant("gguf", 4, "Q4_K_M")
    assert pickle.loads(pickle.dumps(q)) == q and type(pickle.loads(pickle.dumps(q))) is Quant


def test_values_are_immutable() -> None:
    with pytest.raises(AttributeError):
        RECORD("awq").bits = 8


def test_a_field_without_default_cannot_follow_one_with_a_default() -> None:
    with pytest.raises(TypeError):

        class Bad(records.NamedTuple):  # type: ignore[misc]
            a: int = 0
            b: int  # type: ignore[misc]


def test_namedtuple_machinery_cannot_be_overwritten() -> None:
    with pytest.raises(AttributeError):

        class Bad(records.NamedTuple):
            a: int

            def _replace(self, **kw: Any) -> Bad:  # type: ignore[override]
                return self
