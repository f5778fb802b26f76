"""Timing loops that run inside a subprocess: `python runtime_worker.py JOB.json` prints JSON.

Kept free of project imports: it runs in the bench env (our generated packages) and in
openapi-python-client's venv (its generated package). Every sample times `k` back-to-back
calls (k calibrated so a sample lasts `min_time`); tools are interleaved sample by sample.
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import inspect
import json
import sys
import time
import typing
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

Loop = Callable[[int], float]  # runs k iterations, returns elapsed seconds


def sampler(fn: Callable[[], object]) -> Loop:
    def loop(k: int) -> float:
        started = time.perf_counter()
        for _ in range(k):
            fn()
        return time.perf_counter() - started

    return loop


def measure(loops: dict[str, Loop], samples: int, min_time: float) -> dict[str, list[float]]:
    """Seconds per iteration, `samples` per tool, interleaved."""
    ks = {}
    for name, loop in loops.items():
        once = max(loop(1), 1e-7)
        ks[name] = max(1, int(min_time / once))
    result: dict[str, list[float]] = {name: [] for name in loops}
    for _ in range(samples):
        for name, loop in loops.items():
            gc.collect()
            result[name].append(loop(ks[name]) / ks[name])
    return result


# ---- models ----------------------------------------------------------------------------------


def model_loops(job: dict[str, Any]) -> tuple[dict[str, Loop], dict[str, Loop]]:
    data = Path(job["payload"]).read_bytes()
    model = getattr(importlib.import_module(job["module"]), job["schema"])
    parsed_py = json.loads(data)
    parse: dict[str, Loop] = {"json": sampler(lambda: json.loads(data))}
    dump: dict[str, Loop] = {"json": sampler(lambda: json.dumps(parsed_py))}
    if job["kind"] == "ours":
        obj = model.model_validate_json(data)
        # What the client, the mock and the receivers call on a body (`_shapes.validate_json`:
        # the collector paused); the bare pydantic call is measured beside it.
        package = job["module"].rpartition(".")[0]
        try:
            read = importlib.import_module(f"{package}._shapes").validate_json
        except ImportError:  # a tree from before _shapes.py
            read = lambda shape, raw: shape.model_validate_json(raw)  # noqa: E731
        parse["model"] = sampler(lambda: read(model, data))
        parse["model_validate_json"] = sampler(lambda: model.model_validate_json(data))
        dump["model"] = sampler(lambda: obj.model_dump_json(by_alias=True))
    else:  # openapi-python-client: attrs classes with from_dict / to_dict
        obj = model.from_dict(json.loads(data))
        parse["model"] = sampler(lambda: model.from_dict(json.loads(data)))
        dump["model"] = sampler(lambda: json.dumps(obj.to_dict()))
    try:
        import orjson
    except ImportError:
        return parse, dump
    parse["orjson"] = sampler(lambda: orjson.loads(data))
    dump["orjson"] = sampler(lambda: orjson.dumps(parsed_py))
    return parse, dump


def run_models(job: dict[str, Any]) -> dict[str, Any]:
    parse, dump = model_loops(job)
    if job.get("profile"):
        return {"profile": profile(lambda: parse["model"](job["profile_iterations"]))}
    return {
        "parse": measure(parse, job["samples"], job["min_time"]),
        "serialise": measure(dump, job["samples"], job["min_time"]),
    }


# ---- client per-call overhead ----------------------------------------------------------------

_HTTPX_OWN = {
    "host",
    "content-length",
    "content-type",
    "accept-encoding",
    "connection",
    "user-agent",
}
_CLIENT_OPTIONS = {
    "self",
    "base_url",
    "timeout",
    "retry",
    "rate_limiter",
    "transport",
    "runtime_options",
}


def client_setup(job: dict[str, Any]) -> dict[str, Any]:
    import httpx

    package = importlib.import_module(f"{job['api']}_api")
    sync_cls = next(
        getattr(package, n)
        for n in dir(package)
        if n.endswith("Client") and not n.startswith("Async")
    )
    async_cls = getattr(package, f"Async{sync_cls.__name__}")
    method = getattr(sync_cls, job["operation"])
    hints = typing.get_type_hints(method, vars(sys.modules[method.__module__]))
    body = hints["body"].model_validate(job["request"])
    response = json.dumps(job["response"]).encode()
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        del seen[:-1]
        return httpx.Response(200, content=response, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(handler)
    init = inspect.signature(sync_cls.__init__).parameters
    secrets = {  # credential keyword arguments (transkey=..., client_id=...)
        name: "bench-secret"
        for name, param in init.items()
        if name not in _CLIENT_OPTIONS and param.kind == inspect.Parameter.KEYWORD_ONLY
    }
    options = {
        "base_url": job["base_url"],
        "transport": transport,
        "rate_limiter": False,
        **secrets,
    }
    ours = sync_cls(**options)
    getattr(ours, job["operation"])(body)  # one call, to copy its request
    sent = seen[-1]
    headers = {k: v for k, v in sent.headers.items() if k.lower() not in _HTTPX_OWN}
    return {
        "httpx": httpx,
        "ours": ours,
        "ours_async": async_cls(**options),
        "body": body,
        "json": job["request"],
        "method": sent.method,
        "url": sent.url.path,
        "headers": headers,
        "transport": transport,
        "base_url": job["base_url"],
    }


def client_loops(s: dict[str, Any], operation: str) -> tuple[Loop, Loop, Loop, Loop]:
    httpx = s["httpx"]
    raw = httpx.Client(base_url=s["base_url"], transport=s["transport"])
    raw_async = httpx.AsyncClient(base_url=raw.base_url, transport=s["transport"])
    call, call_async = getattr(s["ours"], operation), getattr(s["ours_async"], operation)
    body, payload, method, url, headers = s["body"], s["json"], s["method"], s["url"], s["headers"]

    def raw_call() -> object:
        return raw.request(method, url, json=payload, headers=headers).json()

    async def raw_call_async() -> object:
        return (await raw_async.request(method, url, json=payload, headers=headers)).json()

    return (
        sampler(lambda: call(body)),
        sampler(raw_call),
        async_sampler(lambda: call_async(body)),
        async_sampler(raw_call_async),
    )


def async_sampler(fn: Callable[[], Awaitable[object]]) -> Loop:
    loop = asyncio.new_event_loop()

    async def run(k: int) -> float:
        started = time.perf_counter()
        for _ in range(k):
            await fn()
        return time.perf_counter() - started

    return lambda k: loop.run_until_complete(run(k))


def run_client(job: dict[str, Any]) -> dict[str, Any]:
    setup = client_setup(job)
    ours, raw, ours_async, raw_async = client_loops(setup, job["operation"])
    if job.get("profile"):
        return {"profile": profile(lambda: ours(job["profile_iterations"]))}
    loops = {"ours_sync": ours, "raw_sync": raw, "ours_async": ours_async, "raw_async": raw_async}
    return {"calls": measure(loops, job["samples"], job["min_time"])}


def profile(work: Callable[[], object]) -> dict[str, Any]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from pyinstrument import Profiler

    from profiling import summarise

    profiler = Profiler(interval=0.0005)
    profiler.start()
    work()
    profiler.stop()
    return summarise(profiler.last_session)


def main(path: str) -> int:
    job = json.loads(Path(path).read_text(encoding="utf-8"))
    sys.path[:0] = job["sys_path"]
    try:
        result = run_client(job) if job["mode"] == "client" else run_models(job)
    except Exception as exc:  # reported in the table, never hidden
        result = {
            "error": f"{type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"
        }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
