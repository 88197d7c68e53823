"""A server that answers a byte at a time, flow level: real Prefect harness, real HTTP
on loopback.

httpx's timeouts are per read, so `download` also checks a total deadline between body
chunks; but a server that dribbled its status line and headers a byte every half second
held a fetch with `timeout_s=2` for as long as it liked (33 s for 66 bytes of headers
here). The whole GET now ends at the deadline: "timed out after 2s fetching URL".

tests/httpserver.py writes each response whole, so this server is a raw socket."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from prefect import flow

from flows.sources import SourceSettings, collect

HEAD = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Length: 1000\r\n\r\n")


@contextmanager
def dribbling_server(delay_s: float) -> Iterator[str]:
    """Serves HEAD one byte every `delay_s`, then a body the same way; the base URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                try:
                    for byte in HEAD + b"x" * 1000:
                        if stop.is_set():
                            break
                        conn.sendall(bytes([byte]))
                        time.sleep(delay_s)
                except OSError:
                    pass  # the client gave up

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        listener.close()


@flow(name="collect-s35-slow")
def collect_flow(sources: list[str]) -> object:
    return collect(sources, SourceSettings(retries=0, timeout_s=2))


def test_a_server_dribbling_its_headers_meets_the_total_deadline(prefect_harness):
    with dribbling_server(0.25) as base:
        start = time.monotonic()
        got = collect_flow([base + "/story"])
        elapsed = time.monotonic() - start
    assert got.articles == []
    [rejected] = got.rejected
    assert rejected.reason == f"timed out after 2s fetching {base}/story"
    assert elapsed < 8, f"{elapsed:.1f}s"  # 66 header bytes at 4 a second: 16 s before
