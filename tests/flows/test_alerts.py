"""Alerts against a real HTTP server on loopback."""
import time

from expectations.validate import DQResult
from flows.alerts import build_alert, send_alert
from tests.httpserver import serve, slow

FAILED = [
    DQResult(suite="events", expectation="events.event_type in PLOVER types", success=False,
             details='{"unexpected_count": 2}', unexpected_count=2, examples=["FOO", "BAR"]),
    DQResult(suite="articles",
             expectation="articles volume >= 30% of trailing 7 runs' mean (and > 0)",
             success=False, details='{"observed_value": 0}', unexpected_count=0, examples=[]),
]


def test_build_alert_names_run_and_each_failed_check():
    payload = build_alert("run-7", "flow-abc", FAILED, quarantined=3, articles_loaded=40,
                          db_path="/tmp/v.duckdb")
    assert payload["status"] == "failed_checks"
    assert payload["run_id"] == "run-7" and payload["flow_run_id"] == "flow-abc"
    assert "run-7" in payload["text"]
    assert "events.event_type in PLOVER types" in payload["text"] and "FOO" in payload["text"]
    assert "observed 0" in payload["text"]
    assert payload["failed_checks"][0] == {
        "suite": "events", "expectation": "events.event_type in PLOVER types",
        "unexpected_count": 2, "examples": ["FOO", "BAR"]}
    assert payload["quarantined"] == 3 and payload["articles_loaded"] == 40


def test_build_alert_for_a_run_that_failed_outright():
    payload = build_alert("run-8", "flow-x", [], quarantined=0, articles_loaded=5,
                          db_path="/tmp/v.duckdb", error="load of run run-8 failed: disk full")
    assert payload["status"] == "failed" and payload["failed_checks"] == []
    assert payload["error"] == "load of run run-8 failed: disk full"
    assert payload["text"].startswith("Vigie run run-8 (flow run flow-x) FAILED: load of run")
    assert build_alert("run-7", None, FAILED, 0, 1, "v.duckdb")["error"] is None


def test_an_alert_hides_the_secrets_of_urls_it_quotes():
    secret_url = "https://reader:hunter2@feeds.example.org/world.xml?token=abc123&page=2"
    failed = [DQResult(suite="articles", expectation="articles.url is unique", success=False,
                       details="{}", unexpected_count=1, examples=[secret_url, 7])]
    checks = build_alert("run-9", None, failed, quarantined=0, articles_loaded=1,
                         db_path="v.duckdb")
    outright = build_alert("run-9", None, [], 0, 0, "v.duckdb",
                           error=f"HTTPStatusError: Server error '503' for url '{secret_url}'")
    for payload in (checks, outright):
        body = str(payload)
        assert "hunter2" not in body and "abc123" not in body, body
        assert "feeds.example.org/world.xml" in body and "page=2" in body
    assert checks["failed_checks"][0]["examples"][1] == 7


def test_send_alert_posts_the_json_body_once():
    payload = build_alert("run-7", None, FAILED, 0, 10, "v.duckdb")
    with serve({"/hook": (200, {"Content-Type": "text/plain"}, b"ok")}) as server:
        assert send_alert(server.url("/hook"), payload, backoff_s=0.01)
    assert len(server.requests) == 1
    request = server.requests[0]
    assert request.method == "POST"
    assert request.headers.get("Content-Type", request.headers.get("content-type")) \
        == "application/json"
    body = request.json()
    assert body["failed_checks"][0]["expectation"] == "events.event_type in PLOVER types"
    assert "events.event_type in PLOVER types" in body["text"]


def test_send_alert_retries_after_a_server_error():
    responses = [(500, {}, b"boom"), (200, {}, b"ok")]
    with serve({"/hook": responses}) as server:
        assert send_alert(server.url("/hook"), {"text": "x"}, backoff_s=0.01)
    assert len(server.requests) == 2


def test_send_alert_gives_up_without_raising():
    with serve({"/hook": (503, {}, b"down")}) as server:
        assert not send_alert(server.url("/hook"), {"text": "x"}, retries=2, backoff_s=0.01)
    assert len(server.requests) == 3
    with serve({"/hook": (400, {}, b"bad")}) as server:  # a client error is not retried
        assert not send_alert(server.url("/hook"), {"text": "x"}, backoff_s=0.01)
    assert len(server.requests) == 1


def test_send_alert_survives_unreachable_and_malformed_urls():
    started = time.perf_counter()
    assert not send_alert("http://127.0.0.1:9/hook", {"text": "x"}, retries=1, backoff_s=0.01,
                          timeout_s=1)
    assert not send_alert("not a url", {"text": "x"}, retries=0)
    assert time.perf_counter() - started < 5


def test_a_hung_webhook_delays_the_run_by_the_budget_at_most():
    # Four 10 s attempts plus backoff held a run's end ~47 s on a webhook that never answered.
    with serve({"/hook": slow(3, (200, {}, b"late"))}) as server:
        started = time.perf_counter()
        assert not send_alert(server.url("/hook"), {"text": "x"}, backoff_s=0.2,
                              timeout_s=1, total_timeout_s=1.5)
        elapsed = time.perf_counter() - started
    assert elapsed < 2.5
    assert 1 <= len(server.requests) <= 2


def test_every_attempt_carries_the_run_id_as_idempotency_key():
    # A timeout after the receiver got the POST makes the retry a repeat: the receiver
    # drops it by the key, the same on every attempt.
    responses = [(503, {}, b"busy"), (200, {}, b"ok")]
    payload = build_alert("run-9", None, FAILED, 0, 10, "v.duckdb")
    with serve({"/hook": responses}) as server:
        assert send_alert(server.url("/hook"), payload, backoff_s=0.01)
    keys = {{k.lower(): v for k, v in r.headers.items()}["idempotency-key"]
            for r in server.requests}
    assert keys == {"run-9"} and len(server.requests) == 2


def _documented_fields() -> tuple[set[str], set[str]]:
    """(top-level fields, fields of each failed check) as the README's Data quality
    section lists them after "The body's fields:"."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    sentence = " ".join(readme.split("The body's fields:", 1)[1]
                        .split("A connection error", 1)[0].split())
    inner = re.search(r"`failed_checks` \(a list of (.*?)\)", sentence)[1]
    flat = sentence
    while re.search(r"\([^()]*\)", flat):  # what a field's parenthesis says is no field
        flat = re.sub(r"\([^()]*\)", "", flat)
    names = re.compile(r"`([a-z_]+)`")
    return set(names.findall(flat)), set(names.findall(inner))


def test_the_readme_describes_the_alert_that_is_sent():
    # The payload and its header were documented only in the README, by hand: a field
    # renamed in flows/alerts.py would have left the receivers' documentation wrong.
    top, per_check = _documented_fields()
    assert {"text", "run_id", "error", "failed_checks"} <= top  # the parse found the list
    checks = build_alert("run-10", "flow-1", FAILED, quarantined=2, articles_loaded=7,
                         db_path="v.duckdb")
    failed = build_alert("run-11", None, [], quarantined=0, articles_loaded=0,
                         db_path="v.duckdb", error="the database v.duckdb is in use")
    with serve({"/hook": (204, {}, b"")}) as server:
        assert send_alert(server.url("/hook"), checks, backoff_s=0.01)
        assert send_alert(server.url("/hook"), failed, backoff_s=0.01)
    for request, run_id, status in zip(server.requests, ("run-10", "run-11"),
                                       ("failed_checks", "failed")):
        body = request.json()
        assert set(body) == top, set(body) ^ top
        headers = {k.lower(): v for k, v in request.headers.items()}
        assert headers["idempotency-key"] == body["run_id"] == run_id
        assert headers["content-type"] == "application/json"
        assert body["status"] == status
    first, second = (r.json() for r in server.requests)
    assert all(set(check) == per_check for check in first["failed_checks"])
    assert first["error"] is None  # "null unless the run failed"
    assert first["text"].splitlines()[1].startswith(
        "• events.event_type in PLOVER types (events): 2 unexpected, e.g. FOO")
    assert first["text"].splitlines()[2].endswith("(articles): observed 0")
    assert second["error"] == "the database v.duckdb is in use"
    assert second["failed_checks"] == [] and second["text"].startswith("Vigie run run-11 FAILED")


def test_a_webhook_that_moved_is_named_in_the_log(caplog):
    # The log said only "alert POST attempt 1/4 got HTTP 308": where had it gone?
    from tests.httpserver import redirect

    with serve({"/hook": redirect("https://hooks.example.test/new", 308)}) as server:
        with caplog.at_level("WARNING", logger="flows.alerts"):
            assert not send_alert(server.url("/hook"), {"text": "x"}, backoff_s=0.01)
    assert len(server.requests) == 1  # not retried, not followed
    assert ("got HTTP 308 (moved to https://hooks.example.test/new: set VIGIE_ALERT_WEBHOOK "
            "to it)") in caplog.text
