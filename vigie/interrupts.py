"""Ctrl-C that lands in a finalizer is not lost.

Python raises KeyboardInterrupt wherever the main thread is when SIGINT arrives. If
that is a `__del__` run by the garbage collector (regex's Group.__del__ runs often
during extraction), the exception cannot leave the finalizer: Python prints
"Exception ignored in: ... KeyboardInterrupt" and carries on, so the run went on to
the end and exited 0 as if nobody had pressed Ctrl-C. Here such an interrupt is sent
again, to be raised in ordinary code.
"""
from __future__ import annotations

import signal
import sys
import threading
import time

# The finalizer (and the hook) must have returned before the signal comes back, or it
# lands in them again; a Ctrl-C 50 ms later is still at once.
RESEND_AFTER_S = 0.05

_installed = False


def keep_ctrl_c() -> None:
    """Send SIGINT to the main thread again when a finalizer swallowed its KeyboardInterrupt."""
    global _installed
    if _installed:
        return
    previous = sys.unraisablehook
    main = threading.main_thread().ident

    def resend() -> None:
        time.sleep(RESEND_AFTER_S)
        # A real signal, not _thread.interrupt_main(): it also wakes a main thread
        # blocked on a lock (waiting for the extraction workers' results).
        signal.pthread_kill(main, signal.SIGINT)

    def hook(unraisable) -> None:
        if isinstance(unraisable.exc_value, KeyboardInterrupt):
            threading.Thread(target=resend, name="vigie-resend-ctrl-c", daemon=True).start()
            return
        previous(unraisable)

    sys.unraisablehook = hook
    _installed = True
