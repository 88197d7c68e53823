"""A real HTTP server on 127.0.0.1 for tests: canned routes, recorded requests.

    with serve({"/feed.xml": (200, {"Content-Type": "application/rss+xml"}, rss_bytes),
                "/hook": (204, {}, b"")}) as server:
        httpx.get(server.url("/feed.xml"))
        httpx.post(server.base_url + "/hook", json={"text": "hi"})
        assert server.requests[-1].json() == {"text": "hi"}

A route value is either a response `(status, headers, body)` (body: bytes or
str), a list of responses served in turn (the last one repeats: "500 then
200"), or a callable `(ReceivedRequest) -> response` for anything dynamic.
`slow(seconds, response)` and `redirect(location)` build common ones.
Unknown paths get 404. Routes match on the path with its query string first,
then on the bare path. Stdlib only (http.server in a daemon thread).
"""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

Response = tuple[int, dict[str, str], bytes | str]


@dataclass
class ReceivedRequest:
    method: str
    path: str  # with the query string
    headers: dict[str, str]
    body: bytes

    def json(self) -> object:
        return json.loads(self.body)


@dataclass
class RunningServer:
    base_url: str  # "http://127.0.0.1:<port>", no trailing slash
    requests: list[ReceivedRequest] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base_url + path

    def requests_to(self, path: str) -> list[ReceivedRequest]:
        return [r for r in self.requests if r.path == path]

    def __str__(self) -> str:
        return self.base_url


def slow(seconds: float, response: Response) -> Callable[[ReceivedRequest], Response]:
    """A route that answers only after `seconds` (for client timeouts)."""
    def respond(_request: ReceivedRequest) -> Response:
        time.sleep(seconds)
        return response
    return respond


def redirect(location: str, status: int = 302) -> Response:
    return (status, {"Location": location}, b"")


@contextmanager
def serve(routes: dict[str, object]) -> Iterator[RunningServer]:
    """Serve `routes` on an ephemeral loopback port for the duration of the block."""
    lock = threading.Lock()
    served_counts: dict[str, int] = {}
    server_state = RunningServer(base_url="")

    def pick_response(request: ReceivedRequest) -> Response:
        key = request.path if request.path in routes else urlsplit(request.path).path
        route = routes.get(key)
        if route is None:
            return (404, {"Content-Type": "text/plain"}, b"not found")
        if callable(route):
            return route(request)
        if isinstance(route, list):
            with lock:
                index = served_counts.get(key, 0)
                served_counts[key] = index + 1
            chosen = route[min(index, len(route) - 1)]
            return chosen(request) if callable(chosen) else chosen
        return route

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            request = ReceivedRequest(self.command, self.path, dict(self.headers.items()), body)
            with lock:
                server_state.requests.append(request)
            status, headers, payload = pick_response(request)
            if isinstance(payload, str):
                payload = payload.encode("utf-8")
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout tests): nothing to answer

        do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = do_PATCH = _handle

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep test output clean

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    server_state.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server_state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
