"""The one typed settings object of the nightly flow.

Every field can come from the CLI, from a Prefect deployment's parameters, or
from the environment (``VIGIE_DB``, ``VIGIE_ALERT_WEBHOOK``, ...).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from urllib.parse import urlsplit

from pydantic import Field, field_serializer, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

BUNDLED_CORPUS = Path(__file__).resolve().parent.parent / "vigie" / "corpus"


class NightlySettings(BaseSettings):
    # An empty variable (VIGIE_DB= in a crontab) is as if unset: Path("") would have
    # been the current folder, so the Data Docs of every run landed in the cwd.
    model_config = SettingsConfigDict(env_prefix="VIGIE_", extra="ignore", env_ignore_empty=True)

    sources: list[str] = Field(default_factory=list,
                               description="Folders, files, feed URLs or article URLs; "
                                           "empty means the bundled sample corpus.")
    db: Path = Field(Path("vigie.duckdb"), description="DuckDB warehouse file.")
    task_runner: Literal["thread", "dask"] = "thread"
    dask_address: str | None = Field(None, description="Scheduler address of an existing "
                                                       "Dask cluster; a LocalCluster when unset.")
    since: date | None = Field(None, description="Skip articles published before this day.")
    batch_size: int = Field(64, ge=1, description="Articles per extraction task.")
    n_process: int = Field(0, ge=0, description="Extraction worker processes (spaCy parse "
                                                "and rules); 0 = one per CPU core, 1 = none.")
    chunk_size: int = Field(500, ge=1, description="Articles validated and loaded together; "
                                                   "bounds memory on large nights.")
    progress: bool = Field(False, description="Show a progress bar (interactive runs).")
    # Left out of the settings' serialized form: Prefect stores a flow run's parameters
    # (~/.prefect/prefect.db, readable by all, and a server's UI), and a webhook URL is a
    # secret (whoever has Slack's can post to the channel). The flow still gets it: Prefect
    # hands a run its settings object as given, and a deployment's worker its variable.
    alert_webhook: str | None = Field(None, exclude=True,
                                      description="URL that receives a POST when checks "
                                                  "fail (VIGIE_ALERT_WEBHOOK).")
    # A hung webhook held the end of a run ~47 s (four 10 s attempts plus backoff).
    alert_timeout_s: float = Field(30.0, gt=0, description="Longest the alert's delivery "
                                                         "may take, retries included.")
    data_docs_dir: Path | None = Field(Path("vigie_data/dq_docs"),
                                       description="Where GX Data Docs are written per run; "
                                                   "unset: vigie_data/dq_docs beside the db.")
    data_docs_keep: int = Field(30, ge=0, description="Run sites of Data Docs kept, newest "
                                                     "first (about 4 MB each); 0 keeps all.")
    lock_wait_s: float = Field(30.0, ge=0, description="How long to wait for a database "
                                                       "another run is using.")
    # A timeout of 0 or less failed every fetch at once, each then retried.
    fetch_timeout_s: float = Field(10.0, gt=0)
    fetch_retries: int = Field(3, ge=0)
    fetch_backoff_s: float = Field(2.0, ge=0)
    # Some sites ask crawlers to name a contact; robots.txt rules match its first word.
    user_agent: str = Field("Vigie/0.1 (news-to-events pipeline)", min_length=1,
                            description="User-Agent of every GET (VIGIE_USER_AGENT).")

    @field_validator("user_agent")
    @classmethod
    def _user_agent_is_one_ascii_line(cls, value: str) -> str:
        # An HTTP header is one line of ASCII: "Vigie (rédaction)" failed every GET of the
        # night with a UnicodeEncodeError, and a newline would be a second header.
        value = value.strip()
        if not value or any(not " " <= char <= "~" for char in value):
            raise ValueError("a User-Agent is one line of printable ASCII "
                             "(e.g. 'Vigie/0.1 (+mailto:desk@example.org)')")
        return value

    @field_validator("alert_webhook")
    @classmethod
    def _webhook_is_http_url(cls, value: str | None) -> str | None:
        # Checked when the run starts: a mistyped webhook was otherwise found only on the
        # night a check failed, when the alert it was for could not be sent.
        if value is not None:
            parts = urlsplit(value.strip())
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError("must be an http(s) URL")
            return value.strip()
        return value

    @field_serializer("sources")
    def _sources_without_secrets(self, sources: list[str]) -> list[str]:
        # Prefect stores the serialized form as the flow run's parameters (as for the
        # webhook above): a feed's `?token=` or `user:pass@` was there in plain. The run
        # itself fetches what it was given.
        from flows.redact import redacted_url

        return [redacted_url(source) for source in sources]

    @model_validator(mode="after")
    def _data_docs_beside_the_db(self):
        # They were under the current folder: a cron job run from / wrote them to
        # /vigie_data (or failed to), and a run from another folder scattered them; the
        # user looked beside the warehouse. Set explicitly, the path is taken as given.
        if "data_docs_dir" not in self.model_fields_set:
            self.data_docs_dir = self.db.parent / "vigie_data" / "dq_docs"
        return self

    def resolved_sources(self) -> list[str]:
        return self.sources or [str(BUNDLED_CORPUS)]

    def own_outputs(self) -> tuple[Path, ...]:
        """What a run writes, so that a source folder holding it never reads it back."""
        return (self.db,) + ((self.data_docs_dir,) if self.data_docs_dir else ())
