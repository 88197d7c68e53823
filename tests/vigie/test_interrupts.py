"""Ctrl-C while the garbage collector runs a finalizer.

Seen as a flaky `test_ctrl_c_stops_the_run_at_once_and_marks_it_interrupted` (about one
run in three): SIGINT landed in regex's Group.__del__, Python printed "Exception ignored
in: <function Group.__del__ ...> KeyboardInterrupt" and the run went on to the end, exit
0, runs.status 'completed'. Here the same thing happens on purpose: the finalizer itself
raises SIGINT, so the interrupt lands in it every time.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import signal, sys, threading
    from vigie.cli import _run_command

    sys.argv = ["vigie", "--help"]
    _run_command()  # installs what every vigie command has, then prints the help

    class Finalized:
        def __del__(self):
            signal.raise_signal(signal.SIGINT)  # Ctrl-C arrives during a finalizer
            for _ in range(1000):
                pass

    try:
        Finalized()
        {after}
        print("ran to the end")
    except KeyboardInterrupt:
        print("interrupted")
""")


@pytest.mark.parametrize("after", [
    "for _ in range(10**7): pass",  # the run goes on computing
    "threading.Event().wait(20)",   # the run waits for the workers' results
], ids=["busy", "waiting"])
def test_ctrl_c_in_a_finalizer_still_interrupts_the_command(after):
    result = subprocess.run([sys.executable, "-c", SCRIPT.format(after=after)], cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "interrupted", result.stderr
    assert "Exception ignored" not in result.stderr, result.stderr
