"""``NamedTuple`` for modelpick's value types, without importing typing at run time.

mypy reads ``typing.NamedTuple`` itself. At run time ``class Quant(NamedTuple): ...`` is built
here the way typing.NamedTupleMeta builds it (CPython Lib/typing.py): a collections.namedtuple
with the annotated fields and their defaults, plus the class body's methods and properties.
The reason is cost: importing typing takes about half a bare interpreter start on every run
(bench/run.py), more than everything `explain` does, while collections is already loaded by
``re``. tests/test_records.py checks these classes behave as typing's do.

Modules on the everyday paths follow the same rule: typing names only under ``TYPE_CHECKING``
(annotations are strings, ``from __future__ import annotations``), a test keeps typing out.
"""

from __future__ import annotations

# typing.TYPE_CHECKING without importing typing: mypy treats any name TYPE_CHECKING as true, so
# the modules on the everyday paths import this one for their typing-only imports.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    from collections import namedtuple

    # What typing.NamedTupleMeta leaves alone, and what it refuses to overwrite (Lib/typing.py).
    _SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})
    _PROHIBITED = frozenset(
        {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace",
         "_asdict", "_source"}
    )  # fmt: skip

    class _RecordMeta(type):
        def __new__(mcls, typename, bases, namespace):  # type: ignore[no-untyped-def]
            fields = list(namespace.get("__annotations__", {}))
            with_default = [name for name in fields if name in namespace]
            if fields[len(fields) - len(with_default) :] != with_default:
                raise TypeError(f"{typename}: a field without a default follows one with a default")
            record = namedtuple(
                typename, fields, defaults=[namespace[n] for n in with_default], module=namespace["__module__"]
            )
            for key, value in namespace.items():
                if key in _PROHIBITED:
                    raise AttributeError(f"Cannot overwrite NamedTuple attribute {key}")
                if key not in _SPECIAL and key not in fields:
                    setattr(record, key, value)
            return record

    NamedTuple = type.__new__(_RecordMeta, "NamedTuple", (), {})
