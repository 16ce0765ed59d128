"""The exact command to get (and run) each pick, shell-quoted (pure)."""

from __future__ import annotations

import shlex

from modelpick.ids import OLLAMA_TAG, is_repo_id
from modelpick.rank import Pick


def argv_for(pick: Pick, gpus: int = 1, prefer_modelscope: bool = False) -> list[str]:
    """The command as an argument list. Raises ValueError for ids that cannot be real."""
    opt = pick.option
    if opt.runtime == "ollama":
        if not OLLAMA_TAG.match(opt.repo):
            raise ValueError(f"not an ollama tag: {opt.repo!r}")
        verb = "pull" if pick.candidate.primary_task in ("embedding", "rerank") else "run"
        return ["ollama", verb, opt.repo]
    if not is_repo_id(opt.repo):
        raise ValueError(f"not a repo id: {opt.repo!r}")
    if opt.runtime == "ollama-hf":
        return ["ollama", "run", f"hf.co/{opt.repo}:{opt.label}"]
    if opt.runtime == "ollama-ms":
        return ["ollama", "run", f"modelscope.cn/{opt.repo}:{opt.label}"]
    if opt.runtime == "vllm":
        ms_id = pick.candidate.modelscope_id
        if prefer_modelscope and ms_id and is_repo_id(ms_id) and opt.repo == pick.candidate.repo_id:
            # vLLM downloads from ModelScope instead of Hugging Face with this switch, by the
            # ModelScope id (REFERENCE: vLLM docs, environment variables: VLLM_USE_MODELSCOPE).
            argv = ["env", "VLLM_USE_MODELSCOPE=True", "vllm", "serve", ms_id]
        else:
            argv = ["vllm", "serve", opt.repo]
        if gpus > 1:
            argv += ["--tensor-parallel-size", str(gpus)]
        if pick.ctx:
            argv += ["--max-model-len", str(pick.ctx)]
        return argv
    ms_only = pick.candidate.hubs == ("modelscope",)
    if (ms_only or prefer_modelscope) and pick.candidate.modelscope_id and opt.repo == pick.candidate.repo_id:
        return ["modelscope", "download", pick.candidate.modelscope_id]
    if ms_only:
        return ["modelscope", "download", opt.repo]
    return ["hf", "download", opt.repo]


def command_for(pick: Pick, gpus: int = 1, prefer_modelscope: bool = False) -> str:
    """The command line to paste: every argument shell-quoted."""
    return shlex.join(argv_for(pick, gpus, prefer_modelscope))
