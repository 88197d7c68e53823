"""The GX import leaves SciPy's statistics and Altair unloaded until something uses them."""
import subprocess
import sys


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_importing_the_suites_does_not_load_scipy_stats():
    out = _run("import sys; import expectations.runtime; "
               "print('scipy.stats._stats_py' in sys.modules)")
    assert out == "False"


def test_a_deferred_module_loads_on_first_use():
    out = _run("import sys; from expectations.lazy_imports import defer_unused_imports; "
               "defer_unused_imports(); from scipy import stats; "
               "before = 'scipy.stats._stats_py' in sys.modules; "
               "print(before, round(float(stats.entropy([0.5, 0.5], [0.5, 0.5])), 6))")
    assert out == "False 0.0"


def test_a_module_already_loaded_is_left_as_it_is():
    out = _run("import scipy.stats, sys; m = sys.modules['scipy.stats']; "
               "from expectations.lazy_imports import defer_unused_imports; "
               "defer_unused_imports(); print(sys.modules['scipy.stats'] is m)")
    assert out == "True"


def test_a_missing_package_is_skipped(monkeypatch):
    from expectations import lazy_imports

    monkeypatch.setattr(lazy_imports, "DEFERRED", ("no_such_package_vigie.sub",))
    lazy_imports.defer_unused_imports()
    assert "no_such_package_vigie.sub" not in sys.modules


def test_importing_the_suites_does_not_load_altair():
    out = _run("import sys; import expectations.runtime; "
               "print('altair.vegalite' in sys.modules)")
    assert out == "False"


def test_altair_loads_on_first_use_also_through_a_name_bound_before():
    out = _run("import sys, types; import expectations.runtime; import altair as alt; "
               "from great_expectations.expectations.core import "
               "expect_column_kl_divergence_to_be_less_than as kl; "
               "chart = alt.Chart; real = sys.modules['altair']; "
               "print(chart.__name__, type(real) is types.ModuleType, "
               "kl.alt.Chart is chart, real.Chart is chart)")
    assert out == "Chart True True True"


def test_altair_already_loaded_is_left_as_it_is():
    out = _run("import altair, sys; m = sys.modules['altair']; "
               "from expectations.lazy_imports import defer_unused_imports; "
               "defer_unused_imports(); print(sys.modules['altair'] is m)")
    assert out == "True"
