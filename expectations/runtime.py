"""The one Great Expectations context of this process, and Data Docs.

GX is slow to import and to set up, so the ephemeral context, its pandas data
source, one batch definition per table and the suites are created once
(`gx_runtime()` is cached) and reused for every batch.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

import great_expectations as gx
from great_expectations.core.batch_definition import BatchDefinition
from great_expectations.core.expectation_validation_result import (
    ExpectationSuiteValidationResult,
)
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.types.base import ProgressBarsConfig
from great_expectations.data_context.types.resource_identifiers import (
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)

from expectations.suites import TABLE_COLUMNS, build_suite


@dataclass
class GXRuntime:
    context: object  # an EphemeralDataContext
    batch_definitions: dict[str, BatchDefinition]
    suites: dict[str, gx.ExpectationSuite]
    docs_sites: dict[Path, str]  # data docs folder -> site name


@cache
def gx_runtime() -> GXRuntime:
    context = gx.get_context(mode="ephemeral")
    context.enable_analytics(False)
    # GX draws a tqdm bar per validation: noise in flow logs, and slow.
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("vigie")
    batch_definitions, suites = {}, {}
    for table in TABLE_COLUMNS:
        asset = source.add_dataframe_asset(name=table)
        batch_definitions[table] = asset.add_batch_definition_whole_dataframe(table)
        suites[table] = context.suites.add(build_suite(table))
    return GXRuntime(context, batch_definitions, suites, {})


def _docs_site(runtime: GXRuntime, docs_dir: Path) -> str:
    """Name of the (one, updated every run) Data Docs site writing to docs_dir."""
    docs_dir = docs_dir.resolve()
    if docs_dir not in runtime.docs_sites:
        name = f"vigie_{len(runtime.docs_sites)}"
        runtime.context.add_data_docs_site(name, {
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                              "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
        runtime.docs_sites[docs_dir] = name
    return runtime.docs_sites[docs_dir]


def write_data_docs(runtime: GXRuntime, results: dict[str, ExpectationSuiteValidationResult],
                    run_id: str, run_time: datetime, docs_dir: Path) -> Path:
    """Store this run's suite results and (re)build the Data Docs site in docs_dir.

    Returns the site's index.html. Results stay in the in-memory store, so the
    index lists every run validated by this process.
    """
    site = _docs_site(runtime, docs_dir)
    keys = []
    for table, result in results.items():
        key = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=table),
            run_id=RunIdentifier(run_name=run_id, run_time=run_time),
            batch_identifier=table,
        )
        runtime.context.validation_results_store.set(key, result)
        keys.append(key)
    runtime.context.build_data_docs(site_names=[site], resource_identifiers=keys)
    return docs_dir / "index.html"
