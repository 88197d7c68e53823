"""`vigie run --user-agent`: the option is sent on every GET (robots.txt included) and
wins over VIGIE_USER_AGENT; a value that cannot be an HTTP header is one line naming the
option or the variable, before the run starts. Real CLI process, real loopback server."""
from __future__ import annotations

import pytest

from tests.httpserver import serve
from tests.vigie.test_cli import _assert_clean_exit, _assert_one_line_error, env, vigie
from vigie.cli import CliError, _run_settings

__all__ = ["env"]  # the fixture, imported for the tests below

PAGE = (200, {"Content-Type": "text/html; charset=utf-8"},
        "<html><body>" + "<p>Le ministre a rencontré son homologue à Berlin mardi.</p>" * 5
        + "</body></html>")


def _settings(user_agent=None):
    return _run_settings(None, None, None, None, None, None, False, user_agent)[0]


def test_the_option_wins_over_the_variable_and_is_trimmed(monkeypatch):
    monkeypatch.setenv("VIGIE_USER_AGENT", "FromCron/1")
    assert _settings(" Desk/2 (+mailto:desk@example.org) ").user_agent == \
        "Desk/2 (+mailto:desk@example.org)"
    assert _settings().user_agent == "FromCron/1"


@pytest.mark.parametrize("value, words", [
    ("", "--user-agent must not be empty"),
    ("   ", "--user-agent must not be empty"),
    ("Vigie (rédaction)", "--user-agent: a User-Agent is one line of printable ASCII"),
    ("Vigie\nX-Admin: 1", "--user-agent: a User-Agent is one line of printable ASCII"),
])
def test_a_value_that_cannot_be_a_header_is_refused_naming_the_option(value, words,
                                                                       monkeypatch):
    monkeypatch.delenv("VIGIE_USER_AGENT", raising=False)
    with pytest.raises(CliError, match="^" + words):
        _settings(value)


def test_a_bad_variable_is_refused_naming_the_variable_and_its_value(monkeypatch):
    # Accents in the variable failed every GET of the night with a UnicodeEncodeError.
    monkeypatch.setenv("VIGIE_USER_AGENT", "Vigie (rédaction)")
    with pytest.raises(CliError, match=r"^VIGIE_USER_AGENT='Vigie \(rédaction\)': a User-Agent"):
        _settings()


def test_vigie_run_sends_the_option_on_every_get(tmp_path, env):
    db = tmp_path / "w.duckdb"
    with serve({"/news/a.html": PAGE}) as server:
        result = vigie(["run", "--source", server.url("/news/a.html"), "--db", str(db),
                        "--n-process", "1", "--user-agent", "Desk/2 (+mailto:desk@example.org)"],
                       {**env, "VIGIE_USER_AGENT": "FromCron/1", "VIGIE_FETCH_RETRIES": "0"})
        agents = [(r.path, r.headers.get("User-Agent")) for r in server.requests]
    _assert_clean_exit(result)
    assert agents == [("/robots.txt", "Desk/2 (+mailto:desk@example.org)"),
                      ("/news/a.html", "Desk/2 (+mailto:desk@example.org)")]


def test_vigie_run_with_a_bad_option_is_one_line_and_loads_nothing(tmp_path, env):
    db = tmp_path / "w.duckdb"
    result = vigie(["run", "--db", str(db), "--user-agent", "Vigie (rédaction)"], env,
                   timeout=60)
    _assert_one_line_error(result, "--user-agent: a User-Agent is one line of printable ASCII")
    assert result.returncode == 2 and not db.exists()
