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
  trafilatura; text/plain and JSON bodies are read like .txt/.json files).
- anything else: a local file or folder (`transforms.ingest`), where feed
  files (.xml/.rss/.atom) get the same entry handling as feed URLs.

Feed entries: the entry's own full content is used when it has at least
`min_entry_chars` characters; otherwise its link is fetched and extracted
(falling back to the feed's own text when the page has none). An entry whose
link cannot be fetched is rejected at stage "fetch" under
`"<feed>#<entry id>"`.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from transforms.feeds import FeedEntry, FeedParse, looks_like_feed, parse_feed
from transforms.ingest import (FEED_SUFFIXES, article_from_entry, article_from_html,
                               article_from_json, article_from_record, decode_bytes,
                               entry_ref, read_file, source_files)
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
    user_agent: str = "Vigie/0.1"
    min_entry_chars: int = 400  # shorter feed content is a teaser: fetch the link


@dataclass
class Collected:
    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    def add(self, item: Article | Rejected) -> None:
        (self.articles if isinstance(item, Article) else self.rejected).append(item)


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    body: bytes


class FetchError(Exception):
    """A failed GET; `retryable` says whether asking again may help."""

    def __init__(self, message: str, retryable: bool):
        super().__init__(message, retryable)  # both in args: survives pickling (Dask)

    @property
    def retryable(self) -> bool:
        return self.args[1]

    def __str__(self) -> str:
        return self.args[0]


# -- fetching -----------------------------------------------------------------

def download(url: str, settings: SourceSettings) -> Fetched:
    """One GET with size, time and redirect limits; raises `FetchError`."""
    deadline = time.monotonic() + settings.timeout_s  # httpx timeouts are per read, not total
    timed_out = FetchError(f"timed out after {settings.timeout_s:g}s fetching {url}", True)
    try:
        with httpx.Client(timeout=settings.timeout_s, follow_redirects=True,
                          max_redirects=settings.max_redirects,
                          headers={"User-Agent": settings.user_agent}) as client:
            with client.stream("GET", url) as response:
                _raise_for_status(response, url)
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
                               body=b"".join(chunks))
    except httpx.TimeoutException:
        raise timed_out from None
    except httpx.TooManyRedirects:
        raise FetchError(f"too many redirects (more than {settings.max_redirects}) "
                         f"from {url}", True) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(f"invalid URL {url}: {exc}", False) from None
    except httpx.TransportError as exc:
        raise FetchError(f"connection failed to {url}: {exc or type(exc).__name__}",
                         True) from None


def _raise_for_status(response: httpx.Response, url: str) -> None:
    code = response.status_code
    if code >= 400:
        retryable = code >= 500 or code in _NEVER_RETRIED_4XX_EXCEPT
        raise FetchError(f"HTTP {code} {response.reason_phrase} from {url}", retryable)


def _raise_if_declared_too_big(response: httpx.Response, url: str, max_bytes: int) -> None:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"response larger than {max_bytes} bytes ({declared}) from {url}", False)


def _should_retry(_task, _task_run, state) -> bool:
    exc = state.result(raise_on_failure=False)
    return getattr(exc, "retryable", True)


@task(name="fetch-url", cache_policy=NO_CACHE, retry_condition_fn=_should_retry,
      task_run_name="fetch {url}")
def fetch_url(url: str, settings: SourceSettings) -> Fetched:
    return download(url, settings)


def _fetch_task(settings: SourceSettings):
    if settings.retries <= 0:
        return fetch_url.with_options(retries=0)
    return fetch_url.with_options(
        retries=settings.retries,
        retry_delay_seconds=exponential_backoff(backoff_factor=settings.retry_backoff_s),
    )


def fetch_many(urls: list[str], settings: SourceSettings) -> list[Fetched | Rejected]:
    """Fetch `urls` concurrently on the flow's task runner; failures become Rejected."""
    fetch = _fetch_task(settings)
    futures = [fetch.submit(url, settings) for url in urls]
    results: list[Fetched | Rejected] = []
    for url, future in zip(urls, futures):
        future.wait()
        state = future.state
        if state.is_completed():
            results.append(state.result())
        else:
            exc = state.result(raise_on_failure=False)
            reason = str(exc) if isinstance(exc, Exception) else f"fetch failed: {state.message}"
            results.append(Rejected(stage="fetch", source_ref=url, reason=reason))
    return results


# -- collecting ---------------------------------------------------------------

def collect(sources: list[str], settings: SourceSettings | None = None) -> Collected:
    """Every article (and rejection) from `sources`; call it inside a Prefect flow."""
    settings = settings or SourceSettings()
    collected = Collected()
    for source in sources:
        try:
            if not source or not source.strip():
                collected.add(Rejected("discover", repr(source), "empty source"))
            elif is_url(source):
                _collect_url(source, settings, collected)
            else:
                _collect_path(Path(source), settings, collected)
        except Exception as exc:  # last-resort guard: one bad source must not sink the run
            collected.add(Rejected("discover", source, f"unexpected error: {exc!r}"))
    return collected


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _collect_path(path: Path, settings: SourceSettings, collected: Collected) -> None:
    if not path.exists():
        collected.add(Rejected("discover", str(path), "no such file or folder"))
        return
    for file in source_files(path):
        if file.suffix.lower() not in FEED_SUFFIXES:
            for item in read_file(file):
                collected.add(item)
            continue
        try:
            data = file.read_bytes()
        except OSError as exc:
            collected.add(Rejected("parse", str(file), f"cannot read file: {exc.strerror or exc}"))
            continue
        _collect_feed(parse_feed(data, str(file)), str(file), settings, collected)


def _collect_url(url: str, settings: SourceSettings, collected: Collected) -> None:
    [fetched] = fetch_many([url], settings)
    if isinstance(fetched, Rejected):
        collected.add(fetched)
    elif _is_feed(fetched):
        _collect_feed(parse_feed(fetched.body, url), url, settings, collected)
    else:
        collected.add(_article_from_page(fetched, source_ref=url, external_id=url))


def _is_feed(fetched: Fetched) -> bool:
    kind = fetched.content_type.split(";")[0].strip().lower()
    if "html" in kind:
        return False
    if any(word in kind for word in _FEED_TYPES):
        return True
    return looks_like_feed(fetched.body)


def _article_from_page(fetched: Fetched, source_ref: str, external_id: str) -> Article | Rejected:
    kind = fetched.content_type.split(";")[0].strip().lower()
    if kind == "text/plain" or kind.endswith("json"):
        text = decode_bytes(fetched.body)
        if text is None:
            return Rejected("parse", source_ref, "undecodable bytes: not text in any known encoding")
        if kind == "text/plain":
            return article_from_record({"text": text, "url": fetched.url}, external_id, source_ref)
        return article_from_json(text, external_id, source_ref)
    return article_from_html(fetched.body, fetched.url, source_ref, external_id=external_id)


def _collect_feed(parsed: FeedParse, feed_ref: str, settings: SourceSettings,
                  collected: Collected) -> None:
    collected.rejected.extend(parsed.rejected)
    to_fetch: list[FeedEntry] = []
    for entry in parsed.entries:
        if len(entry.content_text) >= settings.min_entry_chars or not _fetchable(entry.url):
            collected.add(article_from_entry(entry, feed_ref))
        else:
            to_fetch.append(entry)
    pages = fetch_many([entry.url for entry in to_fetch], settings)
    for entry, page in zip(to_fetch, pages):
        ref = entry_ref(feed_ref, entry)
        if isinstance(page, Rejected):
            collected.add(Rejected("fetch", ref, page.reason))
            continue
        article = _article_from_page(page, source_ref=ref, external_id=entry.id)
        if isinstance(article, Rejected) and entry.best_text:
            article = article_from_entry(entry, feed_ref)  # the feed's teaser beats nothing
        elif isinstance(article, Article):
            # The feed's metadata is usually cleaner than what is scraped from the page.
            article.title = entry.title or article.title
            article.published_at = entry.published or article.published_at
        collected.add(article)


def _fetchable(url: str | None) -> bool:
    return bool(url) and is_url(url)
