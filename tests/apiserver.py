"""Test support for the HTTP API: a real store built by the library pipeline, and a real uvicorn
server on a free loopback port in a background thread."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import uvicorn

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"


def build_store(path: Path, inputs: list[Path] | None = None) -> Path:
    """Ingest ``inputs`` (default: examples/articles) into a new store at ``path``."""
    from bilan.pipeline import run_ingest
    from bilan.store import Store

    with Store.open(path) as store:
        summary = run_ingest(inputs or [EXAMPLES], store)
        assert not summary.failed, summary.errors
    return path


def copy_store(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(app):
    """Run ``app`` under uvicorn on 127.0.0.1; yields the base URL; stops the server after."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60  # a loaded 2-core CI machine
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
