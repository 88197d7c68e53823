"""The benchmark's measuring: timed runs are not sampled, memory runs are. Never timed."""
from __future__ import annotations

import sys

import pytest

pytest.importorskip("psutil")  # the bench extra

from benchmarks.run_benchmark import Measure, SizeResult, measure_process  # noqa: E402

ALLOCATE = "x = bytearray(50 * 2**20); import time; time.sleep(0.3); print('done')"


def test_a_timed_run_is_not_sampled(tmp_path):
    measure = measure_process([sys.executable, "-c", ALLOCATE], cwd=tmp_path)
    assert measure.exit_code == 0 and measure.output == "done"
    assert measure.seconds >= 0.3
    assert measure.peak_mb == 0 and measure.peak_mb_by_process == {}


def test_a_memory_run_sees_the_peak(tmp_path):
    measure = measure_process([sys.executable, "-c", ALLOCATE], cwd=tmp_path, memory=True)
    assert measure.exit_code == 0
    assert measure.peak_mb >= 50


def test_peak_memory_comes_from_the_memory_runs():
    result = SizeResult(n=1, lang="fr", words=1)
    result.pipeline = [Measure(seconds=10.0, peak_mb=0.0, exit_code=0)]
    result.pipeline_memory = [Measure(seconds=11.0, peak_mb=900.0, exit_code=0)]
    result.reference = [Measure(seconds=9.0, peak_mb=0.0, exit_code=0)]
    result.reference_memory = [Measure(seconds=9.5, peak_mb=500.0, exit_code=0)]
    assert (result.pipeline_s(), result.peak_mb()) == (10.0, 900.0)
    assert (result.reference_s(), result.reference_peak_mb()) == (9.0, 500.0)
