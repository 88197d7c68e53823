"""Folders and files as users meet them, flow level: real Prefect harness, real DuckDB."""
from __future__ import annotations

import json

from flows.nightly import nightly
from flows.settings import NightlySettings
from tests.dbrows import rows
from tests.flows.test_robustness import EN_TEXT

DE_TEXT = ("Der französische Außenminister hat sich am Dienstag in Berlin mit seinem deutschen "
           "Amtskollegen getroffen, um über die Zusammenarbeit im Verteidigungsbereich und die "
           "europäische Sicherheit zu sprechen. Beide Minister unterzeichneten ein Abkommen "
           "über die Produktion von Munition. ") * 2


def test_the_twin_of_a_quarantined_article_is_quarantined_too(prefect_harness, tmp_path):
    # The same German text in two files: the second counted as "already loaded" though
    # nothing was loaded, source_index pointed it at an article that is not there, and no
    # quarantine row named it.
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in [("a-de.json", DE_TEXT), ("b-de-copy.json", DE_TEXT),
                       ("c-en.json", EN_TEXT), ("d-en-copy.json", EN_TEXT)]:
        (folder / name).write_text(json.dumps({"text": text}, ensure_ascii=False))
    settings = NightlySettings(sources=[str(folder)], db=tmp_path / "w.duckdb",
                               data_docs_dir=tmp_path / "docs", lock_wait_s=5)
    first = nightly(settings)
    second = nightly(settings)

    assert first.articles_loaded == 1 and first.articles_skipped == 1  # the English twin
    reasons = dict(rows(settings.db, "select source_ref, reason from quarantine"))
    assert reasons == {
        str(folder / "a-de.json"): "language 'de' is not supported (supported: fr, en)",
        str(folder / "b-de-copy.json"): f"same text as {folder / 'a-de.json'}: language 'de' "
                                        "is not supported (supported: fr, en)"}
    recorded = rows(settings.db, "select s.source_ref, a.external_id from source_index s "
                                 "left join articles a using (article_id) order by 1")
    assert recorded == [(str(folder / "c-en.json"), "c-en"), (str(folder / "d-en-copy.json"), "c-en")]
    # The next night finds the same: nothing new, no row twice.
    assert second.articles_loaded == 0 and second.articles_skipped == 2
    assert rows(settings.db, "select count(*) from quarantine") == [(2,)]
