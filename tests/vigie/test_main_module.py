"""`python -m vigie`: the command runs only as the main module. Worker processes started by
the spawn or forkserver methods import the parent's main module as __mp_main__, and must
not run the command again."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_importing_the_main_module_runs_no_command():
    code = ("import runpy; runpy.run_module('vigie.__main__', run_name='__mp_main__'); "
            "print('imported, no command run')")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "imported, no command run"
