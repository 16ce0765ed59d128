"""`suggest`: gather candidates (catalog, cache, hubs), rank them, and shape the rows (no IO here
beyond what ``sources`` is given)."""

from __future__ import annotations

from collections.abc import Iterable

from modelpick.candidates import Candidate
from modelpick.commands import command_for
from modelpick.memory import Machine
from modelpick.rank import Pick, Prefs, rank
from modelpick.records import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from typing import Any


class Row(NamedTuple):
    pick: Pick
    command: str
    hub: str

    def to_json(self) -> dict[str, Any]:
        p, c = self.pick, self.pick.candidate
        return {
            "rank": p.rank,
            "repo_id": c.repo_id,
            "hub": self.hub,
            "hubs": list(c.hubs),
            "params_b": c.params_b,
            "active_params_b": c.active_params_b,
            "variant": c.variant,
            "tasks": list(c.tasks),
            "quant": p.option.label,
            "memory_gb": round(p.fit.memory_gb, 2),
            "fit": p.fit.fit,
            "tokens_per_s": round(p.fit.tokens_per_s, 1) if p.fit.tokens_per_s else None,
            "score": p.score,
            "license": c.license,
            "downloads": c.downloads,
            "command": self.command,
            "why": list(p.why),
            "mode": p.mode,
            "context_tokens": p.ctx or None,
            "source": c.source,
            "installed": c.installed,
        }


def rows_for(candidates: Iterable[Candidate], machine: Machine, prefs: Prefs) -> list[Row]:
    out: list[Row] = []
    for pick in rank(list(candidates), machine, prefs):
        c = pick.candidate
        hub = (
            "modelscope"
            if c.hubs == ("modelscope",) or (prefs.prefer_modelscope and "modelscope" in c.hubs)
            else "huggingface"
        )
        try:
            command = command_for(pick, machine.gpu_count, prefs.prefer_modelscope)
        except ValueError:
            continue  # an id that cannot be a real repo or tag: never print it as a command
        out.append(Row(pick, command, hub))
    return out


def rule_text(rows: int) -> tuple[str, str]:
    """The DESIGN.md variant rule that applies to ``rows`` of training data, in en and zh."""
    if rows > 1000:
        return (
            f"{rows} rows > 1000: Base models preferred (they learn your format best)",
            f"{rows} 行 > 1000：优先 Base 模型（最能学会你的格式）",
        )
    if rows >= 300:
        return (
            f"{rows} rows (300–1000): Base or Instruct both fine",
            f"{rows} 行（300–1000）：Base 或 Instruct 都可以",
        )
    return (
        f"{rows} rows < 300: Instruct/Chat models only (too few rows to teach a Base model to chat)",
        f"{rows} 行 < 300：只用 Instruct/Chat 模型（数据太少，教不会 Base 模型对话）",
    )


CSV_COLUMNS = (
    "rank",
    "repo_id",
    "hub",
    "params_b",
    "active_params_b",
    "variant",
    "tasks",
    "quant",
    "memory_gb",
    "fit",
    "tokens_per_s",
    "score",
    "license",
    "downloads",
    "command",
)


def flat(row: Row) -> list[str]:
    d = row.to_json()
    out = []
    for col in CSV_COLUMNS:
        v = d[col]
        out.append(",".join(v) if isinstance(v, list) else "" if v is None else str(v))
    return out
