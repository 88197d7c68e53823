"""Defer the SciPy statistics and Altair packages that Great Expectations imports and
Vigie never uses.

``import great_expectations`` registers every built-in expectation class, and the
distribution ones (``expect_column_kl_divergence_to_be_less_than``, the KS-test
metrics) import ``scipy.stats`` at module level: about 1.1 s of the ~3.3 s the GX
import costs, paid on every run while the extraction workers want the CPU. None of
Vigie's suites calls SciPy, so the package is registered as a lazy module: the import
statements succeed at once, and the real import happens on the first attribute access
(a suite that one day uses those expectations still works, it pays the second then).

Altair (~0.25 s, imported by the KL-divergence expectation for its charts) cannot be a
LazyLoader module: on Python 3.11 ``import altair as alt`` reads the module's
``__spec__``, which loads it. It is registered as a stand-in module instead, whose
``__spec__`` is already set and which imports the real package on the first attribute
Python does not find on it.
"""
from __future__ import annotations

import importlib.util
import sys

import types

DEFERRED = ("scipy.stats",)
# Top-level packages whose ``import X as Y`` must not load them (see the module doc).
STAND_INS = ("altair",)


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
    for name in STAND_INS:
        if name in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(name)  # a top-level package: nothing runs
        except Exception:  # noqa: BLE001 - leave the import system alone
            continue
        if spec is not None:
            sys.modules[name] = _StandIn(name, spec)


class _StandIn(types.ModuleType):
    """Stands for a package until an attribute it lacks is read; then the package is
    imported for real, replaces it in sys.modules, and lends it its attributes (for
    modules that already bound the stand-in, ``import altair as alt``)."""

    def __init__(self, name: str, spec) -> None:
        super().__init__(name)
        self.__spec__ = spec
        self.__file__ = spec.origin
        if spec.submodule_search_locations is not None:
            self.__path__ = list(spec.submodule_search_locations)

    def __getattr__(self, attribute: str):
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
            try:
                real = importlib.import_module(name)
            except BaseException:
                sys.modules[name] = self
                raise
            self.__dict__.update(real.__dict__)
        return getattr(sys.modules[name], attribute)


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
