"""License filters for `--license`: permissive, commercial, or an exact license id."""

from __future__ import annotations

# Permissive open-source licenses (OSI-approved, no use restrictions): REFERENCE: opensource.org
# license list; these are the ids Hugging Face uses in `license:` tags.
PERMISSIVE = frozenset(
    {"apache-2.0", "mit", "bsd-2-clause", "bsd-3-clause", "isc", "unlicense", "cc0-1.0", "cc-by-4.0", "zlib", "bsl-1.0"}
)

# Licenses that allow commercial use, with conditions (attribution, acceptable-use policies,
# user-count thresholds). REFERENCE: each license text — Llama 3.x community licenses (allowed
# below 700M monthly users), Gemma terms of use, Qwen license (below 100M MAU), DeepSeek model
# license, GLM-4 (after registration), BigCode OpenRAIL-M and CreativeML OpenRAIL++ (use-based
# restrictions), Stability AI community license (below $1M revenue), InternLM, Baichuan 2 and
# MiniCPM (free commercial use after registration), modified MIT (Kimi K2: attribution above
# 100M MAU), Llama 2 and Llama 4 community licenses.
COMMERCIAL_WITH_CONDITIONS = frozenset({
    "llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4", "gemma", "qwen", "deepseek",
    "glm-4", "bigcode-openrail-m", "openrail++", "openrail", "creativeml-openrail-m", "stabilityai-ai-community",
    "internlm", "baichuan2", "minicpm", "modified-mit", "chatglm3", "funasr-model",
})  # fmt: skip

# Non-commercial, for the record (never matched by "commercial"): cc-by-nc-*, mnpl (Mistral
# Non-Production License), qwen-research, flux-1-dev-non-commercial, coqui-public-model-license.


def matches(license_id: str | None, wanted: str) -> bool:
    """Does ``license_id`` satisfy ``--license wanted``? Unknown licenses never match a filter."""
    if not license_id:
        return False
    lic = license_id.strip().lower()
    w = wanted.strip().lower()
    if w == "permissive":
        return lic in PERMISSIVE
    if w == "commercial":
        return lic in PERMISSIVE or lic in COMMERCIAL_WITH_CONDITIONS
    return lic == w
