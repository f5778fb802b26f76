"""App factory for the multi-worker tests: `uvicorn --factory --workers 4
tests.contract.multiworker_app:make_app`. Every worker process builds the receiver of
MULTIWORKER_API with the store MULTIWORKER_STORE names (`sqlite:<path>` or `redis:<url>`); each
handler run appends its delivery key to MULTIWORKER_RUNS (O_APPEND: one line per run, whatever
the process), and every answer carries the worker's pid so the test sees the spread."""

from __future__ import annotations

import json
import os
from typing import Any

from fastapi import FastAPI, Request, Response

from tests.conftest import package
from tests.helpers import api, build, webhook_secrets


def make_app() -> FastAPI:
    api_id, op_name = os.environ["MULTIWORKER_API"], os.environ["MULTIWORKER_OP"]
    a, pkg = api(api_id), package(api_id)
    runs = os.environ["MULTIWORKER_RUNS"]
    key_field = os.environ["MULTIWORKER_KEY_FIELD"]

    def method(op: Any) -> Any:
        async def handle(self: Any, *args: Any, **kwargs: Any) -> Any:
            key = args[0].model_dump(by_alias=True, mode="json")[key_field] if args else ""
            fd = os.open(runs, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, f"{op.py_name} {key}\n".encode())
            finally:
                os.close(fd)
            if op.success.model is None:
                return None
            return build(getattr(pkg.models, op.success.model), json.loads(op.mock_body))

        return handle

    base = getattr(pkg.server, a.webhook_handlers_class)
    handlers = type("Counting", (base,), {o.py_name: method(o) for o in a.webhooks})()
    assert any(o.py_name == op_name for o in a.webhooks)
    app = pkg.server.create_webhook_app(
        handlers, secrets=webhook_secrets(a), store=_store(pkg, os.environ["MULTIWORKER_STORE"])
    )

    @app.middleware("http")
    async def worker_pid(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers["X-Worker-Pid"] = str(os.getpid())
        return response

    return app


def _store(pkg: Any, spec: str) -> Any:
    kind, _, where = spec.partition(":")
    if kind == "redis":
        import redis.asyncio

        return pkg.server.RedisDeliveryStore(redis.asyncio.Redis.from_url(where))
    return pkg.server.SQLiteDeliveryStore(where)
