"""Candidates: one per model (a repo and its quantised siblings), from the catalog or a hub."""

from __future__ import annotations

from functools import cache

from modelpick.catalog import Entry, load
from modelpick.memory import Arch
from modelpick.records import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from modelpick.hubs import HubModel

# Tasks served by a text-generating LLM (quantisable, runs in ollama/vLLM, fine-tunable with LoRA).
GENERATIVE = frozenset({"chat", "code", "math", "reasoning", "vision", "tools", "fim"})


class Candidate(NamedTuple):
    repo_id: str  # the original (unquantised) repo: HF id, or the ModelScope id when HF has none
    params_b: float
    tasks: tuple[str, ...]
    hubs: tuple[str, ...] = ("huggingface",)
    modelscope_id: str | None = None
    active_params_b: float | None = None
    experts: int | None = None
    arch: Arch = Arch()
    variant: str | None = None
    license: str | None = None
    quality: float | None = None
    quality_src: str | None = None
    released: str | None = None  # YYYY-MM
    downloads: int | None = None
    ollama: str | None = None  # a real ollama library tag (its default quant is Q4_K_M)
    gguf_repo: str | None = None  # an HF repo with GGUF files
    gguf_repo_ms: str | None = None  # a ModelScope repo with GGUF files
    quant_repos: tuple[tuple[str, str], ...] = ()  # (precision label, repo id): AWQ, GPTQ-Int4, FP8 …
    native_ctx: int | None = None
    native: str = "FP16"  # the precision of the original repo's weights
    original_weights: bool = True  # False for a hub repo that only holds quantised files
    gguf_types: tuple[str, ...] | None = None  # GGUF types known to exist; None = the usual ladder
    source: str = "catalog"  # "catalog" | "hub"
    installed: bool = False  # already pulled into the local ollama

    @property
    def moe(self) -> bool:
        return self.active_params_b is not None or bool(self.experts)

    @property
    def generative(self) -> bool:
        return bool(GENERATIVE & set(self.tasks))

    @property
    def primary_task(self) -> str | None:
        return self.tasks[0] if self.tasks else None


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


# Publishers whose GGUF repos carry the whole k-quant ladder (Q3_K_M … Q8_0) under the
# standard names; for anyone else only Q4_K_M, the type nearly every GGUF repo ships, is offered.
LADDER_PUBLISHERS = frozenset(
    {
        "bartowski",
        "unsloth",
        "lmstudio-community",
        "mradermacher",
        "thebloke",
        "quantfactory",
        "ggml-org",
        "qwen",
        "second-state",
        "gaianet",
    }
)


def from_hub(m: HubModel) -> Candidate | None:
    """A candidate for a repo the catalog does not know, sized from the hub's exact metadata and
    the decoded name; None when it cannot be sized or is not a runnable model."""
    from modelpick.names import decode  # only hub data needs decoding; the catalog is pre-decoded

    d = decode(m.repo_id)
    kinds = {p.kind for p in d.parts}
    if "adapter" in kinds or (d.format in ("mlx", "exl2", "exl3", "ggml", "onnx", "openvino")):
        return None  # adapters and runtimes modelpick does not size
    params = m.params_b or d.params_b
    if not params:
        return None
    tasks = list(d.tasks)
    for t in m.tasks:
        if t not in tasks and not (t == "chat" and {"embedding", "rerank"} & set(tasks)):
            tasks.append(t)
    if not tasks:
        return None
    if GENERATIVE & set(tasks) and d.variant is None and "reasoning" not in tasks:
        return None  # a Base model is not told apart by its name: never guess
    ctx = m.context or (int(d.context_k * 1024) if d.context_k else None)
    owner = m.repo_id.split("/", 1)[0].lower()
    base = Candidate(
        repo_id=m.repo_id, params_b=params, tasks=tuple(tasks), hubs=(m.hub,), active_params_b=d.active_params_b,
        experts=d.experts, variant=d.variant, license=m.license, released=m.last_modified, downloads=m.downloads,
        native_ctx=ctx, source="hub", modelscope_id=m.repo_id if m.hub == "modelscope" else None,
    )  # fmt: skip
    if m.gguf or d.format == "gguf":
        ladder = None if owner in LADDER_PUBLISHERS else ("Q4_K_M",)
        if m.hub == "huggingface":
            return base._replace(original_weights=False, gguf_types=ladder, gguf_repo=m.repo_id)
        return base._replace(original_weights=False, gguf_types=ladder, gguf_repo_ms=m.repo_id)
    if d.quant is not None:
        return base._replace(original_weights=False, quant_repos=((d.quant.label, m.repo_id),))
    return base


def merge(
    catalog: tuple[Candidate, ...] | list[Candidate], hub_models: list[HubModel], installed: set[str] | None = None
) -> list[Candidate]:
    """Catalog candidates enriched with hub data, plus hub-only models; one per model even when
    it is on both hubs (the candidate then names both)."""
    by_key: dict[str, int] = {}
    out = list(catalog)
    for n, cand in enumerate(out):
        keys = [cand.repo_id, cand.modelscope_id, cand.gguf_repo, *(repo for _, repo in cand.quant_repos)]
        for k in keys:
            if k:
                by_key.setdefault(k.lower(), n)
    for m in hub_models:
        key = m.repo_id.lower()
        i = by_key.get(key)
        if i is None:
            new = from_hub(m)
            if new is None:
                continue
            by_key[key] = len(out)
            out.append(new)
            continue
        c = out[i]
        hubs = c.hubs if m.hub in c.hubs else (*c.hubs, m.hub)
        total = (c.downloads or 0) + (m.downloads or 0)
        changes: dict[str, object] = {"hubs": hubs, "downloads": total or None}
        if (
            m.hub == "modelscope"
            and (m.gguf or key.endswith("-gguf"))
            and key != c.repo_id.lower()
            and not c.gguf_repo_ms
        ):
            changes["gguf_repo_ms"] = m.repo_id
        if m.hub == "modelscope" and key == c.repo_id.lower() and not c.modelscope_id:
            changes["modelscope_id"] = m.repo_id
        if c.license is None and m.license:
            changes["license"] = m.license
        out[i] = c._replace(**changes)  # type: ignore[arg-type]
    out = _fold_gguf_siblings(out)
    if installed:
        out = [c._replace(installed=True) if _is_installed(c, installed) else c for c in out]
    return out


def _is_installed(c: Candidate, names: set[str]) -> bool:
    if c.ollama and (c.ollama.lower() in names or (":" not in c.ollama and f"{c.ollama.lower()}:latest" in names)):
        return True
    prefixes = [
        f"hf.co/{c.gguf_repo.lower()}:" if c.gguf_repo else None,
        f"modelscope.cn/{c.gguf_repo_ms.lower()}:" if c.gguf_repo_ms else None,
    ]
    return any(p and any(n.startswith(p) or n == p[:-1] for n in names) for p in prefixes)


def _fold_gguf_siblings(cands: list[Candidate]) -> list[Candidate]:
    """A hub-only ``org/Name-GGUF`` next to ``org/Name`` is the same model: one row, both ways to run it."""
    index = {c.repo_id.lower(): i for i, c in enumerate(cands)}
    drop: set[int] = set()
    for i, c in enumerate(cands):
        if c.source != "hub" or c.original_weights or not c.repo_id.lower().endswith("-gguf"):
            continue
        j = index.get(c.repo_id[: -len("-gguf")].lower())
        if j is None or cands[j].gguf_repo or cands[j].gguf_repo_ms:
            continue
        cands[j] = cands[j]._replace(
            gguf_repo=c.gguf_repo,
            gguf_repo_ms=c.gguf_repo_ms,
            gguf_types=c.gguf_types,
            hubs=tuple(dict.fromkeys((*cands[j].hubs, *c.hubs))),
        )
        drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop]
