"""Output: rich tables for people, JSON/CSV/TSV for scripts. The only module that draws tables.

Data goes to stdout, messages to stderr. Untrusted text is escaped here (textsafe).
"""

from __future__ import annotations

import json
import os
import sys

from modelpick.i18n import KIND_NAMES, UI, pick
from modelpick.records import TYPE_CHECKING
from modelpick.textsafe import escape_json_controls, for_rich, strip_controls

if TYPE_CHECKING:
    from typing import Any, TextIO

    from rich.console import Console

    from modelpick.explain import Explanation
    from modelpick.hardware import Hardware
    from modelpick.i18n import Lang


def console(file: TextIO | None = None) -> Console:
    """A console that draws colour and boxes only for a terminal without NO_COLOR."""
    from rich.console import Console

    out = file or sys.stdout
    plain = not out.isatty() or "NO_COLOR" in os.environ
    return Console(
        file=out,
        highlight=False,
        no_color=plain,
        color_system=None if plain else "auto",
        emoji=False,
        soft_wrap=False,
        width=None if out.isatty() else int(os.environ.get("COLUMNS", "100") or 100),
    )


def is_plain(c: Console) -> bool:
    return c.no_color or c.color_system is None


def write_json(data: Any, file: TextIO | None = None) -> None:
    """JSON with C1 controls and bidi overrides escaped too (json escapes only C0), so hub text
    piped to a terminal cannot act on it."""
    out = file or sys.stdout
    text = json.dumps(data, ensure_ascii=False, indent=2)
    out.write(escape_json_controls(text))
    out.write("\n")


def _table(c: Console, *columns: str, title: str | None = None, gap: int = 2) -> Any:
    from rich import box
    from rich.table import Table

    t = Table(
        title=title,
        box=None if is_plain(c) else box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, gap),
        collapse_padding=True,
        title_justify="left",
    )
    for col in columns:
        t.add_column(col)
    return t


def _grid(c: Console) -> Any:
    """Two borderless columns with a hanging indent: labels (or bullets) and wrapped text."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 2), pad_edge=True)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    return grid


GIB_PER_GB = 1e9 / 2**30  # hardware is shown in GiB (as memory is sold), sizes in GB


def _billions(x: float) -> str:
    return f"{x:.3g}B" if x < 100 else f"{x:.0f}B"


def _gb(x: float | None) -> str:
    return "-" if x is None else f"{x:.1f} GB"


def explain(ex: Explanation, lang: Lang, c: Console) -> None:
    d = ex.decoded
    if not d.parts:
        c.print(pick(UI["no_parts"], lang))
        return
    title = for_rich(d.input)
    if ex.entry and ex.entry.id != d.input:
        title += f"  [dim]({for_rich(ex.entry.id)})[/dim]"
    c.print(f"[bold]{title}[/bold]")
    t = _table(c, pick(UI["part"], lang), pick(UI["kind"], lang), pick(UI["meaning"], lang))
    for p in d.parts:
        t.add_row(
            for_rich(p.text),
            pick(KIND_NAMES.get(p.kind, (p.kind, p.kind)), lang),
            for_rich(pick(p.meaning, lang)),
        )
    c.print(t)

    j = ex.to_json(lang)
    unknown = pick(UI["unknown_value"], lang)
    summary: list[tuple[str, str]] = [
        (pick(UI["family"], lang), j["family"] or unknown),
        (pick(UI["params"], lang), f"{j['params_b']:g}B" if j["params_b"] else unknown),
    ]
    if j["moe"]:
        summary.append(
            (
                pick(UI["active"], lang),
                f"{j['active_params_b']:g}B" if j["active_params_b"] else unknown,
            )
        )
        if j["experts"]:
            summary.append((pick(UI["experts"], lang), str(j["experts"])))
    summary += [
        (pick(UI["variant"], lang), j["variant"] or unknown),
        (pick(UI["quant"], lang), d.quant.label if d.quant else pick(UI["none"], lang)),
        (pick(UI["tasks"], lang), ", ".join(j["tasks"]) or unknown),
        (pick(UI["modalities"], lang), ", ".join(j["modalities"])),
    ]
    if j["distilled_from"]:
        summary.append((pick(UI["distilled_from"], lang), j["distilled_from"]))
    if j["context_k"]:
        summary.append((pick(UI["context"], lang), f"{j['context_k']:g}k"))
    if j["size_tier"]:
        summary.append((pick(UI["size_tier"], lang), j["size_tier"]))
    if j["license"]:
        summary.append(("license" if lang == "en" else "许可证", j["license"]))
    c.print(f"\n[bold]{pick(UI['summary'], lang)}[/bold]")
    grid = _grid(c)
    for k, v in summary:
        grid.add_row(k, for_rich(str(v)))
    c.print(grid)

    if ex.memory:
        c.print(
            f"\n[bold]{pick(UI['memory'], lang)}[/bold] ({ex.ctx} {'tokens of context' if lang == 'en' else 'token 上下文'})"
        )
        t = _table(
            c,
            pick(UI["precision"], lang),
            pick(UI["weights"], lang),
            pick(UI["kv_cache"], lang),
            pick(UI["total"], lang),
            pick(UI["fit"], lang),
            pick(UI["speed"], lang),
        )
        for r in ex.memory:
            fit = r.fit.fit if r.fit else "-"
            tps = f"~{r.fit.tokens_per_s:.0f} tok/s" if r.fit and r.fit.tokens_per_s else "-"
            t.add_row(r.label, _gb(r.weights_gb), _gb(r.kv_gb), _gb(r.total_gb), _fit_word(fit, lang), tps)
        c.print(t)
        verdict = _verdict(ex, lang)
        if verdict:
            c.print(f"[bold]{pick(UI['verdict'], lang)}:[/bold] {verdict}")
    if ex.advice:
        c.print(f"\n[bold]{pick(UI['advice'], lang)}[/bold]")
        grid = _grid(c)
        for a in ex.advice:
            grid.add_row("•", for_rich(pick(a, lang)))
        c.print(grid)


FIT_WORDS = {
    "gpu": ("GPU", "GPU"),
    "offload": ("GPU+RAM", "GPU+内存"),
    "cpu": ("CPU", "CPU"),
    "none": ("does not fit", "放不下"),
    "-": ("-", "-"),
}


def _fit_word(fit: str, lang: Lang) -> str:
    return pick(FIT_WORDS.get(fit, (fit, fit)), lang)


def _verdict(ex: Explanation, lang: Lang) -> str:
    rows = [r for r in ex.memory if r.fit]
    if not rows:
        return ""
    for level in ("gpu", "offload", "cpu"):
        best = next((r for r in rows if r.fit and r.fit.fit == level), None)
        if best and best.fit:
            tps = f", ~{best.fit.tokens_per_s:.0f} tok/s" if best.fit.tokens_per_s else ""
            where = {
                "gpu": ("fully on the GPU", "完全在 GPU 上"),
                "offload": ("split between GPU and RAM (slower)", "GPU 与内存分担（较慢）"),
                "cpu": ("on the CPU from RAM", "在 CPU 上用内存运行"),
            }[level]
            return (
                f"best precision that runs {where[0]}: {best.label} ({best.total_gb:.1f} GB{tps})"
                if lang == "en"
                else f"{where[1]}运行的最高精度：{best.label}（{best.total_gb:.1f} GB{tps}）"
            )
    return "no precision fits this machine" if lang == "en" else "没有任何精度能在本机运行"


def hardware(hw: Hardware, lang: Lang, c: Console) -> None:
    c.print(
        f"RAM: {hw.ram_gb * GIB_PER_GB:.1f} GiB"
        + (f" ({hw.ram_available_gb * GIB_PER_GB:.1f} GiB available)" if hw.ram_available_gb is not None else "")
        + (" — unified memory" if hw.unified_memory else "")
    )
    if hw.cpu_cores or hw.cpu_name:
        c.print(f"CPU: {for_rich(hw.cpu_name or '')}{' ' if hw.cpu_name else ''}{hw.cpu_cores or '?'} cores")
    if hw.unified_memory and hw.unified_bandwidth_gbs:
        c.print(f"Memory bandwidth: {hw.unified_bandwidth_gbs:g} GB/s")
    if not hw.gpus and not hw.unified_memory:
        c.print("GPU: none detected (CPU only)" if lang == "en" else "GPU：未检测到（仅 CPU）")
    for i, g in enumerate(hw.gpus):
        free = f", {g.vram_free_gb * GIB_PER_GB:.1f} GiB free" if g.vram_free_gb is not None else ""
        bw = f", {g.bandwidth_gbs:.0f} GB/s" if g.bandwidth_gbs else ""
        c.print(f"GPU {i}: {for_rich(g.name)} — {g.vram_gb * GIB_PER_GB:.1f} GiB VRAM{free}{bw}")
    if hw.overridden:
        c.print("(sizes given on the command line)" if lang == "en" else "（尺寸来自命令行参数）")


def machine_line(hw: Hardware, lang: Lang) -> str:
    ram = f"{hw.ram_gb * GIB_PER_GB:.1f} GiB RAM" if lang == "en" else f"内存 {hw.ram_gb * GIB_PER_GB:.1f} GiB"
    if hw.unified_memory:
        bw = f", {hw.unified_bandwidth_gbs:g} GB/s" if hw.unified_bandwidth_gbs else ""
        return f"{ram} (unified{bw})" if lang == "en" else f"{ram}（统一内存{bw}）"
    if not hw.gpus:
        return f"{ram}, no GPU" if lang == "en" else f"{ram}，无 GPU"
    g = hw.gpus[0]
    bw = f", {g.bandwidth_gbs:.0f} GB/s" if g.bandwidth_gbs else ""
    return f"{ram}, {len(hw.gpus)} × {strip_controls(g.name)} {g.vram_gb * GIB_PER_GB:.1f} GiB{bw}"


def suggest(rows: list[Any], hw: Hardware, task: str, finetune_rows: int | None, lang: Lang, c: Console) -> None:
    """The machine and task lines, the ranked table, then the commands (a separate list keeps
    the table within 100 columns and every command on one copy-pasteable line)."""
    from modelpick.suggest import rule_text

    en = lang == "en"
    c.print(for_rich(("Machine: " if en else "机器：") + machine_line(hw, lang)))
    task_line = f"Task: {task}" if en else f"任务：{task}"
    if finetune_rows:
        task_line += " · " + ("fine-tuning, " if en else "微调，") + pick(rule_text(finetune_rows), lang)
    elif rows and rows[0].pick.ctx:
        task_line += f" · context {rows[0].pick.ctx} tokens" if en else f" · 上下文 {rows[0].pick.ctx} token"
    c.print(for_rich(task_line))
    t = _table(
        c,
        "#",
        "model" if en else "模型",
        "hub" if en else "来源",
        "params" if en else "参数",
        "variant" if en else "类型",
        "precision" if en else "精度",
        "memory" if en else "内存",
        "fit" if en else "适配",
        "tok/s",
        "license" if en else "许可证",
        gap=1,
    )
    t.columns[1].overflow = "ellipsis"
    t.columns[1].max_width = 36
    t.columns[9].overflow = "ellipsis"
    t.columns[9].max_width = 12
    for row in rows:
        p = row.pick
        cand = p.candidate
        params = _billions(cand.params_b) + (f"/{_billions(cand.active_params_b)}" if cand.active_params_b else "")
        hub = {"huggingface": "HF", "modelscope": "MS"}[row.hub] + ("+" if len(cand.hubs) > 1 else "")
        name = for_rich(cand.repo_id) + (" *" if cand.installed else "")
        tps = f"{p.fit.tokens_per_s:.0f}" if p.fit.tokens_per_s else "-"
        t.add_row(
            str(p.rank),
            name,
            hub,
            params,
            cand.variant or "-",
            p.option.label,
            f"{p.fit.memory_gb:.1f} GB",
            _fit_word(p.fit.fit, lang),
            tps,
            for_rich(cand.license or "?"),
        )
    c.print(t)
    c.print("Get it:" if en else "获取命令：")
    width = len(str(len(rows)))
    for row in rows:
        # one unbroken line per command, so it stays copy-pasteable at any terminal width
        c.print(f"  {row.pick.rank:>{width}}  {for_rich(row.command)}", soft_wrap=True)
    if any(r.pick.candidate.installed for r in rows):
        c.print("* already pulled into your local ollama" if en else "* 已在本地 ollama 中")


def message(text: str, file: TextIO | None = None) -> None:
    """One line on stderr, control characters neutralised."""
    out = file or sys.stderr
    out.write(strip_controls(text) + "\n")
    out.flush()


def write_delimited(rows: list[Any], sep: str, file: TextIO | None = None) -> None:
    """CSV or TSV to stdout; cells are stripped of control characters (and tabs, for TSV)."""
    import csv

    out = file or sys.stdout
    if sep == "\t":
        for row in rows:
            out.write("\t".join(strip_controls(str(cell)).replace("\t", " ") for cell in row) + "\n")
        return
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([strip_controls(str(cell)) for cell in row])
