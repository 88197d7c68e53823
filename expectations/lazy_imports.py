"""Defer the SciPy statistics package that Great Expectations imports and Vigie never uses.

``import great_expectations`` registers every built-in expectation class, and the
distribution ones (``expect_column_kl_divergence_to_be_less_than``, the KS-test
metrics) import ``scipy.stats`` at module level: about 1.1 s of the ~3.3 s the GX
import costs, paid on every run while the extraction workers want the CPU. None of
Vigie's suites calls SciPy, so the package is registered as a lazy module: the import
statements succeed at once, and the real import happens on the first attribute access
(a suite that one day uses those expectations still works, it pays the second then).

Only ``scipy.stats`` is deferred. Altair, the other large one, cannot be: on Python
3.11 ``import altair as alt`` reads the module's ``__spec__``, which loads it.
"""
from __future__ import annotations

import importlib.util
import sys

DEFERRED = ("scipy.stats",)


def defer_unused_imports() -> None:
    """Register each DEFERRED module as lazy unless it is loaded already. Never raises:
    at worst the module is imported the ordinary way when GX asks for it."""
    for name in DEFERRED:
        if name in sys.modules:
            continue
        try:
            _register_lazy(name)
        except Exception:  # missing package, odd loader: leave the import system alone
            sys.modules.pop(name, None)


def _register_lazy(name: str) -> None:
    spec = importlib.util.find_spec(name)  # imports the parent package (scipy: ~10 ms)
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        # "from scipy import stats" reads the attribute from the parent package.
        setattr(sys.modules[parent], child, module)
