"""A site's robots.txt, read once per host in a run before anything else is fetched from
it (RFC 9309, parsed by the standard library's `urllib.robotparser`).

What the robots.txt GET answers decides (it goes through `flows.sources.fetch_many`:
the same client, User-Agent, timeouts and retries as every page):
- 2xx: its rules, for the User-Agent's product token (`Vigie` in "Vigie/0.1 (...)"),
  else for `*`. The longest matching path wins, Allow on a tie (RFC 9309 2.2.2);
  `urllib.robotparser` alone takes the first line that matches, so `Disallow: /` before
  `Allow: /news/` refused the news too.
- 4xx (404, 410, 401, 403...): the site has no rules: every page may be fetched (2.3.1.3).
- 5xx (or 408, 429) after the retries: the site cannot say, so nothing of it is fetched
  this run (2.3.1.4); its pages are refused as failures that may pass, asked again next run.
- no answer (connection refused, timed out): the page itself is asked for, and its own
  failure is what gets reported, rather than a second reason for the same dead host.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from flows.redact import redacted_url


def robots_url(url: str) -> str:
    """Where the rules for `url` live: /robots.txt on its scheme, host and port."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc}/robots.txt"


def product_token(user_agent: str) -> str:
    """The name a robots.txt group matches ("Vigie" in "Vigie/0.1 (...)"), as
    `urllib.robotparser` reads it."""
    return user_agent.split("/")[0].strip() or user_agent


@dataclass
class Refusal:
    """Why a URL is not fetched; `retryable` when the next run may get it."""

    reason: str
    retryable: bool


@dataclass
class RobotsRules:
    """The rules of every host met in one run, by robots.txt URL."""

    user_agent: str
    _rules: dict[str, RobotFileParser | Refusal | None] = field(default_factory=dict)

    def unread(self, urls: list[str]) -> list[str]:
        """The robots.txt URLs of `urls` not read yet in this run, each once."""
        wanted = dict.fromkeys(robots_url(url) for url in urls)
        return [where for where in wanted if where not in self._rules]

    def learn(self, where: str, status: int | None, body: bytes = b"",
              failure: str | None = None) -> None:
        """Record what the GET of robots.txt at `where` answered: a status with its body,
        or the `failure` of a GET that got an error status after its retries or (status
        None) no answer at all."""
        if failure is None:
            parser = RobotFileParser(where)
            parser.parse(body.decode("utf-8", "replace").splitlines())
            _longest_match_first(parser)
            self._rules[where] = parser
        elif status is not None and (status >= 500 or status in (408, 429)):
            self._rules[where] = Refusal(
                f"robots.txt of {_site(where)} could not be read ({failure}): nothing is "
                "fetched from that site this run (asked again next run)", True)
        else:  # other 4xx: no rules; no answer: the page's own GET will say what is wrong
            self._rules[where] = None

    def refusal(self, url: str) -> Refusal | None:
        """Why `url` must not be fetched, or None when it may be."""
        rules = self._rules.get(robots_url(url))
        if rules is None or isinstance(rules, Refusal):
            return rules
        if rules.can_fetch(self.user_agent, url):
            return None
        return Refusal(f"disallowed by robots.txt of {_site(robots_url(url))} for "
                       f"{product_token(self.user_agent)}: {redacted_url(url)} not fetched",
                       False)


def _site(where: str) -> str:
    return redacted_url(where).removesuffix("/robots.txt")


def _longest_match_first(parser: RobotFileParser) -> None:
    # RFC 9309: the most specific (longest) matching path decides, Allow winning a tie.
    # urllib.robotparser tries rule lines in file order and stops at the first match.
    groups = parser.entries + ([parser.default_entry] if parser.default_entry else [])
    for group in groups:
        group.rulelines.sort(key=lambda line: (-len(line.path), not line.allowance))
