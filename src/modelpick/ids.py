"""What a real repo id and a real ollama tag look like (pure)."""

from __future__ import annotations

import re

# A hub repo id: owner/name with the characters both hubs allow (letters, digits, - _ .), each
# part at most 96 characters (Hugging Face's limit). REFERENCE: huggingface_hub validate_repo_id.
REPO_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,95}/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$")
# ollama model names: [namespace/]model[:tag], parts ≤ 80 characters (shared/HUB-API.md).
OLLAMA_TAG = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}(?::[A-Za-z0-9][A-Za-z0-9._-]{0,79})?$")


def is_repo_id(text: str) -> bool:
    return bool(REPO_ID.match(text)) and ".." not in text and not text.endswith(".")
