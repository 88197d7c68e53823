"""Every option of the README's command-line synopsis, as `vigie CMD --help` shows it.

The help said `--source <list[str]>`, `--batch-size <int range>` and `--db <path>` where
the README says `--source SRC`, `--batch-size N`, `--db PATH`; `--batch-size` and
`--verbose` had no help at all.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _synopsis() -> dict[str, list[tuple[str, str | None]]]:
    """{command: [(option, metavar or None)]} from the README's "Command line" block."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Command line", 1)[1].split("```", 2)[1]
    commands: dict[str, list] = {}
    current = None
    for line in block.splitlines():
        line = line.split("#", 1)[0]
        start = re.match(r"\s*vigie (\w+)", line)
        if start:
            current = commands.setdefault(start[1], [])
        if current is not None:
            current += re.findall(r"\[(--[\w-]+)(?: ([^\]]+?))?\]", line)
    return commands


@pytest.mark.parametrize("command, options", sorted(_synopsis().items()))
def test_the_help_shows_each_option_as_the_readme_writes_it(command, options):
    assert options, command
    result = subprocess.run([sys.executable, "-m", "vigie", command, "--help"], cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    for option, metavar in options:
        shown = f"{option} {metavar}".strip() if metavar else option
        assert re.search(rf"(^|\s){re.escape(shown)}(\s|$)", result.stdout, re.M), \
            (shown, result.stdout)
    for line in result.stdout.splitlines():  # every option says what it is for
        if re.match(r"\s+(-\w, )?--[\w-]+", line):
            assert re.match(r"\s+(-\w, )?--[\w-]+( \S+)?\s{2,}\S", line), line
