"""A fake Hugging Face + ModelScope + ollama server on 127.0.0.1, in the hubs' real JSON shapes
(shared/HUB-API.md). Records every request so tests can assert what was asked."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


def hf_item(
    repo: str,
    downloads: int = 1000,
    params: int | None = None,
    pipeline: str = "text-generation",
    gguf: dict[str, Any] | None = None,
    license: str = "apache-2.0",
    tags: list[str] | None = None,
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "_id": "66e0" + "0" * 20,
        "id": repo,
        "downloads": downloads,
        "likes": downloads // 100,
        "lastModified": "2025-06-20T10:00:00.000Z",
        "pipeline_tag": pipeline,
        "library_name": "gguf" if gguf else "transformers",
        "tags": [*(tags or []), "gguf" if gguf else "transformers", pipeline, f"license:{license}"],
    }
    if gguf:
        item["gguf"] = gguf
    if params:
        item["safetensors"] = {"parameters": {"BF16": params}, "total": params}
    return item


def ms_item(
    repo: str,
    downloads: int = 1000,
    task: str = "text-generation",
    license: str = "apache-2.0",
    tags: list[str] | None = None,
) -> dict[str, Any]:
    owner, name = repo.split("/", 1)
    return {
        "id": repo, "owner": owner, "name": name, "display_name": name, "downloads": downloads, "likes": 3,
        "license": license, "tasks": [task], "tags": tags or [], "created_at": "2025-05-01T00:00:00Z",
        "last_modified": "2025-06-01T00:00:00Z", "file_size": 123,
    }  # fmt: skip


@dataclass
class Behaviour:
    """How an endpoint answers: status, delay, raw body override, and the items to serve."""

    items: list[Any] = field(default_factory=list)
    status: int = 200
    delay: float = 0.0
    body: bytes | None = None
    page_size: int = 0  # HF: paginate with Link headers when > 0


@dataclass
class FakeHub:
    url: str = ""
    hf: Behaviour = field(default_factory=Behaviour)
    ms: Behaviour = field(default_factory=Behaviour)
    ollama: Behaviour = field(default_factory=Behaviour)
    requests: list[tuple[str, dict[str, list[str]], dict[str, str]]] = field(default_factory=list)

    def paths(self, prefix: str) -> list[tuple[str, dict[str, list[str]]]]:
        return [(p, q) for p, q, _ in self.requests if p.startswith(prefix)]


def _handler(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, b: Behaviour, payload: Any, headers: dict[str, str] | None = None) -> None:
            if b.delay:
                time.sleep(b.delay)
            body = b.body if b.body is not None else json.dumps(payload).encode()
            if b.status != 200 and b.body is None:
                body = json.dumps({"error": "fake failure"}).encode()
            self.send_response(b.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = parse_qs(parts.query)
            hub.requests.append((parts.path, query, dict(self.headers)))
            if parts.path == "/api/models":
                b = hub.hf
                items = b.items
                headers = {}
                if b.page_size:
                    start = int(query.get("cursor", ["0"])[0])
                    page = items[start : start + b.page_size]
                    if start + b.page_size < len(items):
                        nxt = f"{hub.url}/api/models?cursor={start + b.page_size}"
                        headers["Link"] = f'<{nxt}>; rel="next"'
                    items = page
                self._send(b, items, headers)
            elif parts.path.startswith("/api/models/"):
                repo = parts.path[len("/api/models/") :]
                match = [i for i in hub.hf.items if isinstance(i, dict) and i.get("id") == repo]
                if match:
                    self._send(hub.hf, match[0])
                else:
                    self._send(Behaviour(status=404), {})
            elif parts.path == "/openapi/v1/models":
                b = hub.ms
                self._send(
                    b,
                    {
                        "success": True,
                        "data": {
                            "models": b.items,
                            "total_count": len(b.items),
                            "page_number": 1,
                            "page_size": len(b.items),
                        },
                    },
                )
            elif parts.path == "/api/tags":
                self._send(hub.ollama, {"models": hub.ollama.items})
            else:
                self._send(Behaviour(status=404), {})

    return Handler


@contextmanager
def serve() -> Iterator[FakeHub]:
    hub = FakeHub()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(hub))
    server.daemon_threads = True
    hub.url = f"http://127.0.0.1:{server.server_address[1]}"
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        yield hub
    finally:
        server.shutdown()
        server.server_close()
