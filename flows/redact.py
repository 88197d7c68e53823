"""Secrets in source URLs (`?token=...`, `user:pass@`) hidden where a run shows or
stores them for others to read: Prefect's flow-run parameters (PREFECT_HOME's database,
a server's UI), the fetch task runs' names and failures in the logs, quarantine reasons
and webhook alerts. The run itself fetches the URL as given."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

HIDDEN = "***"
# Query parameter names that carry credentials: token, api_key, apikey, access_token,
# secret, password, passwd, pwd, auth, sig/signature (signed URLs), session, credential.
SECRET_NAME = re.compile(r"token|key|secret|pass|pwd|auth|sig|session|credential", re.I)


def redacted_url(value: str) -> str:
    """`value` with its password and secret-looking query values replaced by ***; a path
    or anything that is not an http(s) URL comes back unchanged."""
    try:
        parts = urlsplit(value)
    except ValueError:
        return value
    if parts.scheme.lower() not in ("http", "https"):
        return value
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:{HIDDEN}@{host}" if ":" in userinfo else f"{HIDDEN}@{host}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(SECRET_NAME.search(name) for name, _ in pairs):
            query = urlencode([(name, HIDDEN if SECRET_NAME.search(name) else v)
                               for name, v in pairs], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


# An http(s) URL inside a sentence ("HTTP 404 Not Found from URL", "timed out ... URL").
_URL_IN_TEXT = re.compile(r"https?://[^\s\"'<>]+", re.I)
_TRAILING_PUNCTUATION = ".,;:!?)]}"


def redacted_text(text: str) -> str:
    """`text` with every http(s) URL in it redacted as `redacted_url` does: for the
    messages Vigie logs, alerts with and stores as quarantine reasons."""
    def hide(match: re.Match) -> str:
        url = match[0].rstrip(_TRAILING_PUNCTUATION)
        return redacted_url(url) + match[0][len(url):]

    return _URL_IN_TEXT.sub(hide, text) if "://" in text else text
