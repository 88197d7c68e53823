"""The build step of prefect.yaml: which checkout a deployment's worker runs the flow in.

It was a `run_shell_script` step (`cd "${VIGIE_HOME:-.}" && test -f ... && pwd -P`): it
needed `sh`, so `prefect deploy --all` could not run on Windows. Prefect imports this
module from the folder `prefect deploy` runs in (the checkout), with the standard library
only: no shell, any OS.
"""
from __future__ import annotations

import os
from pathlib import Path


def checkout(**_: object) -> dict[str, str]:
    """{"directory": the absolute path of VIGIE_HOME, else of the current folder (the
    deploy's; a relative VIGIE_HOME is taken from it)}. A folder without the flow fails
    the deploy now, not the first night."""
    home = os.environ.get("VIGIE_HOME") or ""
    folder = Path(home or ".").resolve()
    if not (folder / "flows" / "nightly.py").is_file():
        raise ValueError(f"VIGIE_HOME={home} holds no flows/nightly.py: run prefect deploy "
                         "from the Vigie checkout, or set VIGIE_HOME to it")
    return {"directory": str(folder)}
