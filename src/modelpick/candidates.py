"""Candidates: one per model (a repo and its quantised siblings), from the catalog or a hub."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from modelpick.catalog import Entry, load
from modelpick.memory import Arch


@dataclass(frozen=True)
class Candidate:
    repo_id: str  # the original (unquantised) repo: HF id, or the ModelScope id when HF has none
    params_b: float
    tasks: tuple[str, ...]
    hubs: tuple[str, ...] = ("huggingface",)
    modelscope_id: str | None = None
    active_params_b: float | None = None
    experts: int | None = None
    arch: Arch = field(default_factory=Arch)
    variant: str | None = None
    license: str | None = None
    quality: float | None = None
    quality_src: str | None = None
    released: str | None = None  # YYYY-MM
    downloads: int | None = None
    likes: int | None = None
    ollama: str | None = None  # a real ollama library tag (its default quant is Q4_K_M)
    gguf_repo: str | None = None  # an HF repo with GGUF files
    gguf_repo_ms: str | None = None  # a ModelScope repo with GGUF files
    quant_repos: tuple[tuple[str, str], ...] = ()  # (precision label, repo id): AWQ, GPTQ-Int4, FP8 …
    native_ctx: int | None = None
    native: str = "FP16"  # the precision of the original repo's weights
    source: str = "catalog"  # "catalog" | "hub"
    installed: bool = False  # already pulled into the local ollama

    @property
    def moe(self) -> bool:
        return self.active_params_b is not None or bool(self.experts)

    @property
    def primary_task(self) -> str | None:
        return self.tasks[0] if self.tasks else None

    def with_hub_data(self, **changes: object) -> Candidate:
        return replace(self, **changes)  # type: ignore[arg-type]


def _from_group(original: Entry, siblings: list[Entry]) -> Candidate:
    quant_repos = tuple((s.quant, s.id) for s in siblings if s.quant and s.quant != "GGUF")
    gguf = original.gguf or next((s.id for s in siblings if s.quant == "GGUF"), None)
    hubs = (
        ("modelscope",)
        if original.hf_missing
        else (("huggingface", "modelscope") if original.modelscope else ("huggingface",))
    )
    return Candidate(
        repo_id=original.id,
        params_b=original.params_b,
        tasks=original.tasks,
        hubs=hubs,
        modelscope_id=original.modelscope,
        active_params_b=original.active_b,
        experts=original.experts,
        arch=original.arch,
        variant=original.variant,
        license=original.license,
        quality=original.quality,
        quality_src=original.quality_src,
        released=original.released,
        ollama=original.ollama,
        gguf_repo=gguf,
        quant_repos=quant_repos,
        native_ctx=original.context,
        native=original.native or "FP16",
    )


@cache
def from_catalog() -> tuple[Candidate, ...]:
    """One candidate per original repo, its quantised repos folded in."""
    entries = load()
    by_id = {e.id: e for e in entries}
    siblings: dict[str, list[Entry]] = {}
    for e in entries:
        if e.original:
            siblings.setdefault(e.original, []).append(e)
    out = []
    for e in entries:
        if e.original and e.original in by_id:
            continue  # folded into its original (a catalog test checks every original is listed)
        out.append(_from_group(e, siblings.get(e.id, [])))
    return tuple(out)
