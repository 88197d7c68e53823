"""The one Great Expectations context of this process, and Data Docs.

GX is slow to import and to set up, so the ephemeral context, its pandas data
source, one batch definition per table and the suites are created once
(`gx_runtime()` is cached) and reused for every batch.
"""
from __future__ import annotations

import logging
import re
import shutil
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

# This GX module pins its own logger to INFO and announces every temporary docs
# folder; keep the run's log to what matters.
logging.getLogger("great_expectations.data_context.types.base").setLevel(logging.WARNING)


@dataclass
class GXRuntime:
    context: object  # an EphemeralDataContext
    batch_definitions: dict[str, BatchDefinition]
    suites: dict[str, gx.ExpectationSuite]
    docs_site_added: bool = False


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
    return GXRuntime(context, batch_definitions, suites)


DOCS_SITE = "vigie"


def _point_docs_site_at(runtime: GXRuntime, site_dir: Path) -> None:
    config = {
        "class_name": "SiteBuilder",
        "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                          "base_directory": str(site_dir)},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    }
    if runtime.docs_site_added:
        runtime.context.update_data_docs_site(DOCS_SITE, config)
    else:
        runtime.context.add_data_docs_site(DOCS_SITE, config)
        runtime.docs_site_added = True


def write_data_docs(runtime: GXRuntime, results: dict[str, ExpectationSuiteValidationResult],
                    run_id: str, run_time: datetime, docs_dir: Path) -> Path:
    """Write this run's Data Docs site to docs_dir/<run_id>/ and return its index.html.

    A site per run rather than one updated site: each nightly run is a new
    process with an empty in-memory results store, so a shared index would
    only ever list the latest run.
    """
    # Run ids become folder names and GX store keys, where "/" is refused.
    run_name = re.sub(r"[^\w.-]+", "_", run_id)
    site_dir = (docs_dir / run_name).resolve()
    _point_docs_site_at(runtime, site_dir)
    store = runtime.context.validation_results_store
    keys = []
    for table, result in results.items():
        key = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=table),
            run_id=RunIdentifier(run_name=run_name, run_time=run_time),
            batch_identifier=table,
        )
        store.set(key, result)
        keys.append(key)
    try:
        runtime.context.build_data_docs(site_names=[DOCS_SITE], resource_identifiers=keys)
    finally:
        for key in keys:  # keep the next run's index to its own results
            store.remove_key(key)
    return site_dir / "index.html"


# A site folder is a run id made safe for paths, as write_data_docs names it:
# "run_20261127T210900_bfbcb3". Nothing else in the docs folder is ever removed.
_SITE_NAME = re.compile(r"run_\d{8}T\d{6}_\w+")


def prune_data_docs(docs_dir: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` run sites under docs_dir; 0 keeps them all.

    Each site carries about 4 MB of GX's static files, so a year of nightly runs
    would leave well over a gigabyte. Run ids start with their UTC time, so the
    names sort oldest first."""
    if keep <= 0 or not docs_dir.is_dir():
        return []
    sites = sorted(p for p in docs_dir.iterdir()
                   if p.is_dir() and not p.is_symlink() and _SITE_NAME.fullmatch(p.name))
    removed = sites[:-keep] if len(sites) > keep else []
    for site in removed:
        shutil.rmtree(site, ignore_errors=True)
    return removed
