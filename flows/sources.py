"""Sources to articles: local files and folders, feed URLs and article URLs.

The network side of ingestion. `collect` runs inside a Prefect flow (the
`nightly` flow calls it); each HTTP GET is the Prefect task `fetch_url`, so
it is retried with exponential backoff and shows up in the run. What
cannot be fetched becomes `Rejected(stage="fetch")` with a reason like
"HTTP 404 Not Found from <url>", "timed out after 10s fetching <url>" or
"too many redirects (more than 5) from <url>"; nothing raises out of
`collect`.

Retries: timeouts, connection errors, redirect loops, 5xx, 408 and 429 are
retried; other 4xx and oversize bodies are not (asking again gives the same
answer).

A source is classified as:
- `http(s)://...`: fetched; a feed when the Content-Type says RSS/Atom/XML
  or feedparser recognises the body, else an article page (HTML →
  trafilatura; text/plain and JSON bodies are read like .txt/.json files;
  PDF, images, audio, video and office files are rejected by their Content-Type).
- `file://...` on this machine: the local path it names (`file_url_path`).
- anything else: a local file or folder (`transforms.ingest`), where feed
  files (.xml/.rss/.atom) get the same entry handling as feed URLs.

Feed entries: the entry's own full content is used when it has at least
`min_entry_chars` characters; otherwise its link is fetched and extracted
(falling back to the feed's own text when the page has none, or when the page
is refused or gone for good and the feed's text is as long as full content). An
entry whose link cannot be fetched otherwise is rejected at stage "fetch" under
`"<feed>#<entry id>"`.

Incremental runs: `collect` takes a `SourceMemory` (the warehouse is one).
Feeds are fetched with the ETag / Last-Modified remembered for them
(If-None-Match / If-Modified-Since); a 304 means nothing new, not an error.
Article URLs and feed entry links already recorded are not fetched again.
The validators of feeds answered in full come back in `Collected.feed_states`,
to be saved only once the batch is loaded (saving earlier would lose a night's
entries if the load failed). Local files are always re-read: the content hash
dedupes them downstream.
"""
from __future__ import annotations

import gzip
import io
import logging
import os
import threading
import time
import zlib
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit
from urllib.request import url2pathname

import httpx
from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from flows.redact import redacted_text, redacted_url
from flows.robots import RobotsRules
from transforms.feeds import (FeedEntry, FeedParse, looks_like_feed, parse_feed,
                             payload_text, starts_like_feed)
from transforms.ingest import (FEED_SUFFIXES, TooLarge, article_from_entry, article_from_html,
                               article_from_json, article_from_record, decode_bytes,
                               articles_from_json_list, entry_ref, json_lines,
                               local_publication_date, path_text, read_capped, read_file,
                               source_files)
from transforms.records import Article, Rejected

_NEVER_RETRIED_4XX_EXCEPT = {408, 429}  # request timeout, too many requests: worth another try
_FEED_TYPES = ("rss", "atom", "xml")


@dataclass(frozen=True)
class SourceSettings:
    timeout_s: float = 10.0
    retries: int = 3
    retry_backoff_s: float = 2.0  # first retry delay; doubles each time
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    # Who is asking, in the sites' logs: a product token robots.txt can name, and what it is.
    user_agent: str = "Vigie/0.1 (news-to-events pipeline)"
    min_entry_chars: int = 400  # shorter feed content is a teaser: fetch the link
    # `vigie run --since`: feed entries the feed dates before this day are not fetched.
    since: date | None = None
    # Vigie's own outputs (the warehouse file, the Data Docs folder): a source folder
    # that holds them must not feed them back in as articles or quarantine them.
    own_outputs: tuple[Path, ...] = ()


FeedValidators = tuple[str | None, str | None]  # (ETag, Last-Modified) as the server sent them


class SourceMemory(Protocol):
    """What earlier runs remember; `warehouse.Warehouse` implements it."""

    def seen_url(self, url: str) -> bool: ...

    def seen_entry(self, ref: str, link: str | None) -> bool: ...

    def feed_state(self, feed_url: str) -> FeedValidators | None: ...


class NoMemory:
    """First run, or a caller that wants everything fetched."""

    def seen_url(self, url: str) -> bool:
        return False

    def seen_entry(self, ref: str, link: str | None) -> bool:
        return False

    def feed_state(self, feed_url: str) -> FeedValidators | None:
        return None


@dataclass
class Collected:
    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    # Feeds answered in full with new validators: feed URL -> (etag, last_modified).
    feed_states: dict[str, FeedValidators] = field(default_factory=dict)
    unchanged_feeds: list[str] = field(default_factory=list)  # answered 304
    skipped_urls: list[str] = field(default_factory=list)  # already recorded: not fetched
    # (entry ref, entry link) of pages that answered under another URL (a redirect):
    # the link is remembered with the ref after the load, or the same entry would be
    # fetched every night (its ref is recorded with the page's URL, not the link).
    moved_links: list[tuple[str, str]] = field(default_factory=list)
    # Refs of feed entries dated before `SourceSettings.since`: neither fetched nor read.
    before_since: list[str] = field(default_factory=list)

    def add(self, item: Article | Rejected) -> None:
        (self.articles if isinstance(item, Article) else self.rejected).append(item)


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    body: bytes
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type declares ("text/html; charset=iso-8859-1")."""
        for param in self.content_type.split(";")[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset" and value.strip(' "'):
                return value.strip(' "')
        return None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def validators(self) -> FeedValidators | None:
        return (self.etag, self.last_modified) if self.etag or self.last_modified else None


class FetchError(Exception):
    """A failed GET; `retryable` says whether asking again may help, `status` is the
    HTTP status of an error answer (None when there was none: timeout, connection)."""

    def __init__(self, message: str, retryable: bool, status: int | None = None):
        # The message is logged by Prefect and stored as a quarantine reason: a URL's
        # `?token=` or `user:pass@` in it is hidden. All in args: survives pickling (Dask).
        super().__init__(redacted_text(message), retryable, status)

    @property
    def retryable(self) -> bool:
        return self.args[1]

    @property
    def status(self) -> int | None:
        return self.args[2] if len(self.args) > 2 else None

    def __str__(self) -> str:
        return self.args[0]

    def __repr__(self) -> str:  # Prefect's failure line shows the repr: the reason, not the flag
        return f"FetchError({self.args[0]!r})"


@dataclass
class FailedFetch(Rejected):
    """A GET that failed after its retries; `retryable` false when asking again gives
    the same answer (403, 404, 410...)."""

    retryable: bool = True
    status: int | None = None  # the HTTP status of an error answer


class _FetchFailureInOneLine(logging.Filter):
    """Prefect logs a task whose retries are exhausted with its traceback. A failed GET is
    bad input, quarantined with its reason: the user gets that line, never a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], FetchError):
            record.exc_info = record.exc_text = None
        return True


# Prefect's own logger for task runs (prefect.logging.loggers.task_run_logger).
logging.getLogger("prefect.task_runs").addFilter(_FetchFailureInOneLine())


# -- fetching -----------------------------------------------------------------

def conditional_headers(validators: FeedValidators | None) -> dict[str, str]:
    etag, last_modified = validators or (None, None)
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def download(url: str, settings: SourceSettings,
             validators: FeedValidators | None = None) -> Fetched:
    """One GET with size, time and redirect limits; raises `FetchError`.

    With `validators` the GET is conditional: a 304 comes back as an empty
    `Fetched` whose `not_modified` is true."""
    deadline = time.monotonic() + settings.timeout_s  # httpx timeouts are per read, not total
    timed_out = FetchError(f"timed out after {settings.timeout_s:g}s fetching {url}", True)
    client = httpx.Client(timeout=settings.timeout_s, follow_redirects=True,
                          max_redirects=settings.max_redirects,
                          headers={"User-Agent": settings.user_agent})
    # The body is checked against the deadline chunk by chunk, but a server that sends
    # its status line and headers a byte at a time never trips a per-read timeout: it
    # held a fetch as long as it liked. At the deadline this watchdog closes the client,
    # which makes the blocked read fail; that failure is reported as the timeout it is.
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        client.close()

    watchdog = threading.Timer(settings.timeout_s, expire)
    watchdog.daemon = True
    watchdog.start()
    try:
        with client:
            with client.stream("GET", url, headers=conditional_headers(validators)) as response:
                _raise_for_status(response, url)
                if response.status_code == 304:
                    return Fetched(url=str(response.url), content_type="", body=b"",
                                   status=304, etag=validators[0] if validators else None,
                                   last_modified=validators[1] if validators else None)
                _raise_if_declared_too_big(response, url, settings.max_bytes)
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > settings.max_bytes:
                        raise FetchError(f"response larger than {settings.max_bytes} bytes "
                                         f"from {url}", False)
                    if time.monotonic() > deadline:
                        raise timed_out
                    chunks.append(chunk)
                return Fetched(url=str(response.url),
                               content_type=response.headers.get("content-type", ""),
                               body=b"".join(chunks), status=response.status_code,
                               etag=response.headers.get("etag"),
                               last_modified=response.headers.get("last-modified"))
    except httpx.TimeoutException:
        raise timed_out from None
    except httpx.TooManyRedirects:
        raise FetchError(f"too many redirects (more than {settings.max_redirects}) "
                         f"from {url}", True) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(f"invalid URL {url}: {exc}", False) from None
    except Exception as exc:
        if isinstance(exc, FetchError):
            raise
        if expired.is_set():  # the watchdog closed the client mid-read
            raise timed_out from None
        if not isinstance(exc, httpx.TransportError):
            raise
        raise FetchError(f"connection failed to {url}: {exc or type(exc).__name__}",
                         True) from None
    finally:
        watchdog.cancel()


def _raise_for_status(response: httpx.Response, url: str) -> None:
    code = response.status_code
    if code >= 400:
        retryable = code >= 500 or code in _NEVER_RETRIED_4XX_EXCEPT
        raise FetchError(f"HTTP {code} {response.reason_phrase} from {url}", retryable, code)


def _raise_if_declared_too_big(response: httpx.Response, url: str, max_bytes: int) -> None:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"response larger than {max_bytes} bytes ({declared}) from {url}", False)


def _should_retry(_task, _task_run, state) -> bool:
    exc = state.result(raise_on_failure=False)
    return getattr(exc, "retryable", True)


def _fetch_run_name(parameters: dict) -> str:
    # The task run's name is in every line Prefect logs for it, and in its database.
    return f"fetch {redacted_url(parameters['url'])}"


@task(name="fetch-url", cache_policy=NO_CACHE, retry_condition_fn=_should_retry,
      task_run_name=_fetch_run_name)
def fetch_url(url: str, settings: SourceSettings,
              validators: FeedValidators | None = None) -> Fetched:
    return download(url, settings, validators)


@task(name="fetch-robots-txt", cache_policy=NO_CACHE, retry_condition_fn=_should_retry,
      task_run_name=_fetch_run_name)
def fetch_robots_txt(url: str, settings: SourceSettings) -> Fetched | FailedFetch:
    """A site's robots.txt. A 404 (any answer asking again would not change) is an
    answer here, not a failed task: most sites have none, and each would have been an
    error line in the run's log. What may pass (5xx, timeout) is retried like a page."""
    try:
        return download(url, settings)
    except FetchError as exc:
        if exc.retryable:
            raise
        return FailedFetch("fetch", url, str(exc), retryable=False, status=exc.status)


def _fetch_task(settings: SourceSettings, fetch=fetch_url):
    if settings.retries <= 0:
        return fetch.with_options(retries=0)
    return fetch.with_options(
        retries=settings.retries,
        retry_delay_seconds=exponential_backoff(backoff_factor=settings.retry_backoff_s),
    )


def fetch_many(urls: list[str], settings: SourceSettings,
               validators: FeedValidators | None = None,
               robots: RobotsRules | None = None) -> list[Fetched | Rejected]:
    """Fetch `urls` concurrently on the flow's task runner; failures become Rejected.

    With `robots`, the robots.txt of each site not yet met in the run is read first, and
    a URL it refuses is not fetched: it comes back as a `FailedFetch` saying why."""
    refused = _refused_by_robots(urls, settings, robots) if robots is not None else {}
    allowed = [url for url in urls if url not in refused]
    fetched = iter(_fetch_all(_fetch_task(settings), allowed, settings, validators))
    return [refused[url] if url in refused else next(fetched) for url in urls]


def _fetch_all(fetch, urls: list[str], settings: SourceSettings,
               *extra) -> list[Fetched | Rejected]:
    futures = [fetch.submit(url, settings, *extra) for url in urls]
    results: list[Fetched | Rejected] = []
    for url, future in zip(urls, futures, strict=True):
        future.wait()
        state = future.state
        if state.is_completed():
            results.append(state.result())
        else:
            exc = state.result(raise_on_failure=False)
            reason = str(exc) if isinstance(exc, Exception) else f"fetch failed: {state.message}"
            results.append(FailedFetch(stage="fetch", source_ref=url, reason=redacted_text(reason),
                                       retryable=getattr(exc, "retryable", True),
                                       status=getattr(exc, "status", None)))
    return results


def _refused_by_robots(urls: list[str], settings: SourceSettings,
                       robots: RobotsRules) -> dict[str, FailedFetch]:
    """The URLs among `urls` their site's robots.txt refuses, each with its refusal."""
    unread = robots.unread([url for url in urls if is_url(url)])
    answers = _fetch_all(_fetch_task(settings, fetch_robots_txt), unread, settings)
    for where, answer in zip(unread, answers, strict=True):
        if isinstance(answer, Rejected):
            robots.learn(where, getattr(answer, "status", None), failure=answer.reason)
        else:
            robots.learn(where, answer.status, answer.body)
    refused: dict[str, FailedFetch] = {}
    for url in urls:
        refusal = robots.refusal(url) if is_url(url) else None
        if refusal is not None and url not in refused:
            if refusal.reason not in (r.reason for r in refused.values()):  # a site's 5xx: once
                _run_logger().warning("%s", refusal.reason)
            refused[url] = FailedFetch("fetch", url, refusal.reason,
                                       retryable=refusal.retryable)
    return refused


def _run_logger() -> logging.Logger | logging.LoggerAdapter:
    """The flow run's logger (its lines are in the run's log), else this module's."""
    from prefect import get_run_logger
    from prefect.exceptions import MissingContextError

    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger(__name__)


# -- collecting ---------------------------------------------------------------

def collect(sources: list[str], settings: SourceSettings | None = None,
            memory: SourceMemory | None = None) -> Collected:
    """Every new article (and rejection) from `sources`; call it inside a Prefect flow."""
    settings = settings or SourceSettings()
    memory = memory or NoMemory()
    collected = Collected()
    robots = RobotsRules(settings.user_agent)  # each site's robots.txt, read once a run
    # URLs and files already read in this run: a source given twice ("news" and
    # "news/", a folder and a file in it, one feed twice) is read once, rather than
    # fetched again and counted as already loaded.
    read: set[str] = set()
    for source in sources:
        try:
            if not source or not source.strip():
                collected.add(Rejected("discover", repr(source), "empty source"))
                continue
            # A URL pasted with a space or a line break around it (a list in a script, a
            # YAML block) was taken for a file name: "no such file or folder".
            if is_url(source.strip()):
                source = source.strip()
            if is_url(source):
                if source not in read:
                    read.add(source)
                    _collect_url(source, settings, memory, collected, robots)
            elif source.strip().lower().startswith("file:"):
                path = file_url_path(source.strip())
                if isinstance(path, Rejected):
                    collected.add(path)
                else:
                    _collect_path(path, settings, memory, collected, read, robots)
            else:
                _collect_path(Path(source), settings, memory, collected, read, robots)
        except Exception as exc:  # last-resort guard: one bad source must not sink the run
            collected.add(Rejected("discover", source, f"unexpected error: {exc!r}"))
    return collected


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def file_url_path(url: str) -> Path | Rejected:
    """The local path a `file://` URL names (percent-escapes decoded). It was taken for
    a file name and quarantined as "no such file or folder". One on another host is
    refused with a reason: we read this machine's files only."""
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        return Rejected("discover", url,
                        f"a file:// URL names a file on this machine; {parts.netloc!r} is "
                        "another host (mount the share and give its path)")
    return Path(url2pathname(parts.path))


def _collect_path(path: Path, settings: SourceSettings, memory: SourceMemory,
                  collected: Collected, read: set[str], robots: RobotsRules) -> None:
    if not path.exists():
        collected.add(Rejected("discover", path_text(path), "no such file or folder"))
        return
    for file in source_files(path, skip=settings.own_outputs):
        # The path as written, made absolute: a symlink stays a source of its own.
        where = os.path.abspath(file)
        if where in read:
            continue
        read.add(where)
        if file.suffix.lower() not in FEED_SUFFIXES:
            for item in read_file(file):
                collected.add(item)
            continue
        try:
            data = read_capped(file)
        except OSError as exc:
            collected.add(Rejected("parse", path_text(file),
                                   f"cannot read file: {exc.strerror or exc}"))
            continue
        ref = path_text(file)
        if isinstance(data, TooLarge):
            collected.add(Rejected("parse", ref, data.reason("file"), payload_text(data.start)))
            continue
        _collect_feed(parse_feed(data, ref), ref, settings, memory, collected, robots)


def _collect_url(url: str, settings: SourceSettings, memory: SourceMemory,
                 collected: Collected, robots: RobotsRules) -> None:
    # A URL with remembered validators is a feed; one in the source index is an article.
    validators = memory.feed_state(url)
    if validators is None and memory.seen_url(url):
        collected.skipped_urls.append(url)
        return
    [fetched] = fetch_many([url], settings, validators, robots)
    if not isinstance(fetched, Rejected):
        fetched = gunzipped(fetched, url, settings.max_bytes)
    if isinstance(fetched, Rejected):
        collected.add(fetched)
    elif fetched.not_modified:
        collected.unchanged_feeds.append(url)
    elif _is_feed(fetched):
        complete = _collect_feed(parse_feed(fetched.body, url, base_url=fetched.url), url,
                                 settings, memory, collected, robots)
        if complete and fetched.validators and fetched.validators != validators:
            collected.feed_states[url] = fetched.validators
    else:
        for item in _articles_from_page(fetched, url):
            collected.add(item)


_GZIP_MAGIC = b"\x1f\x8b"


def gunzipped(fetched: Fetched, url: str, max_bytes: int) -> Fetched | Rejected:
    """A body that is a gzip file (a feed or export published as `feed.xml.gz`, served
    as application/x-gzip or octet-stream, not as a Content-Encoding httpx undoes),
    unpacked up to `max_bytes`, its type left to be sniffed. Such a feed was quarantined
    as "HTML page has no extractable article text"."""
    if not fetched.body.startswith(_GZIP_MAGIC):
        return fetched
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(fetched.body)) as packed:
            body = packed.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        return Rejected("parse", url, f"broken gzip file from {fetched.url}: {exc}",
                        payload_text(fetched.body))
    if len(body) > max_bytes:
        return Rejected("parse", url, f"gzip file larger than {max_bytes} bytes once unpacked "
                        f"from {fetched.url}", payload_text(body[:8000]))
    return replace(fetched, body=body, content_type="")


# JSON Lines as servers label them; a JSON export is also known by its path.
_JSON_LINES_TYPES = ("application/x-ndjson", "application/ndjson", "application/jsonl",
                     "application/x-jsonl", "application/jsonlines", "application/x-jsonlines")
_JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")


def _articles_from_page(fetched: Fetched, url: str) -> list[Article | Rejected]:
    """What an article URL serves: one article, or many when it serves JSON Lines or a
    JSON array of articles (an export or an API), each with ref `"<url>:<n>"`."""
    kind = fetched.content_type.split(";")[0].strip().lower()
    path = fetched.url.split("?")[0].lower().removesuffix(".gz")  # export.jsonl.gz, unpacked
    many = kind in _JSON_LINES_TYPES or (
        ("json" in kind or kind in ("", "text/plain", "application/octet-stream"))
        and path.endswith(_JSON_LINES_SUFFIXES))
    if many or kind.endswith("json"):
        text = decode_bytes(fetched.body)
        if text is not None and many:
            return list(json_lines(text.splitlines(), url, url)) or [
                Rejected("parse", url, "empty file: no JSON lines")]
        listed = articles_from_json_list(text, url) if text is not None else None
        if listed is not None:
            return listed
    return [_article_from_page(fetched, source_ref=url, external_id=url)]


def _is_feed(fetched: Fetched) -> bool:
    kind = fetched.content_type.split(";")[0].strip().lower()
    if "html" in kind:
        # Some servers send their RSS as text/html: the root element decides.
        return starts_like_feed(fetched.body)
    if any(word in kind for word in _FEED_TYPES):
        return True
    return looks_like_feed(fetched.body)


# Content types no article page comes as: said so in quarantine, rather than handed to
# trafilatura, which would report "no extractable article text" for a PDF.
_NOT_ARTICLE_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf",
                      "application/zip", "application/gzip", "application/msword",
                      "application/vnd.")


def _article_from_page(fetched: Fetched, source_ref: str, external_id: str) -> Article | Rejected:
    kind = fetched.content_type.split(";")[0].strip().lower()
    if kind.startswith(_NOT_ARTICLE_TYPES):
        return Rejected("parse", source_ref, f"unsupported content type {kind} from "
                        f"{fetched.url} (an article is an HTML, text or JSON page)")
    if kind == "text/plain" or kind.endswith("json"):
        text = decode_bytes(fetched.body)
        if text is None:
            return Rejected("parse", source_ref, "undecodable bytes: not text in any known encoding")
        if kind == "text/plain":
            return article_from_record({"text": text, "url": fetched.url}, external_id, source_ref,
                                       plain_text=True)
        return article_from_json(text, external_id, source_ref)
    return article_from_html(fetched.body, fetched.url, source_ref, external_id=external_id,
                             charset=fetched.charset)


def _collect_feed(parsed: FeedParse, feed_ref: str, settings: SourceSettings,
                  memory: SourceMemory, collected: Collected, robots: RobotsRules) -> bool:
    """Add the feed's entries; False when an entry's page could not be fetched (so the
    feed must be asked again in full next time rather than answered with a 304)."""
    collected.rejected.extend(parsed.rejected)
    to_fetch: list[FeedEntry] = []
    complete = True
    for entry in parsed.entries:
        if settings.since and entry.published and entry.published.date() < settings.since:
            # Fetching an old entry's page only to leave it out was a GET per entry of an
            # archive feed. Not complete: a later run without --since must get the feed
            # in full, not a 304.
            collected.before_since.append(entry_ref(feed_ref, entry))
            complete = False
        elif len(entry.content_text) >= settings.min_entry_chars or not _fetchable(entry.url):
            collected.add(article_from_entry(entry, feed_ref))
        elif memory.seen_url(entry.url) or memory.seen_entry(entry_ref(feed_ref, entry), entry.url):
            collected.skipped_urls.append(entry.url)
        else:
            to_fetch.append(entry)
    pages = fetch_many([entry.url for entry in to_fetch], settings, robots=robots)
    for entry, page in zip(to_fetch, pages, strict=True):
        ref = entry_ref(feed_ref, entry)
        if isinstance(page, Rejected):
            if not getattr(page, "retryable", True) and \
                    len(entry.best_text) >= settings.min_entry_chars:
                # The page is refused or gone for good (403, 404, 410), but the feed
                # itself carries the story at full length: that text is loaded rather
                # than nothing. A failure that may pass (5xx, timeout) waits for the page.
                collected.add(article_from_entry(entry, feed_ref))
                continue
            collected.add(Rejected("fetch", ref, page.reason))
            complete = False
            continue
        article = _article_from_page(page, source_ref=ref, external_id=entry.id)
        if isinstance(article, Rejected) and entry.best_text:
            article = article_from_entry(entry, feed_ref)  # the feed's teaser beats nothing
        elif isinstance(article, Article):
            if entry.url and article.url != entry.url:
                collected.moved_links.append((ref, entry.url))
            # The feed's metadata is usually cleaner than what is scraped from the page.
            article.title = entry.title or article.title
            if entry.published:
                article.published_at = entry.published
                article.published_local_date = local_publication_date(entry.published_text)
        collected.add(article)
    return complete


def _fetchable(url: str | None) -> bool:
    return bool(url) and is_url(url)
