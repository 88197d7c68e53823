"""Compiled tokenizer regexes of the spaCy models, kept from one process to the next.

The French model's tokenizer keeps words with hyphens and elisions whole
("aujourd'hui", "porte-avions") with one regular expression of 1.4 MB: hundreds of
alternatives, each with the full Unicode letter class, case-insensitive. Python's `re`
parses and compiles it in 2-3 s, when `spacy.lang.fr` is imported (the tokenizer read
from the model then finds it in `re`'s own cache): more than the rest of the model load
together, paid again by every `vigie run`, `vigie eval` and test session.

Here the compiled program of each large tokenizer pattern is written once per Python
version to the user's cache directory, and later processes rebuild the very same
`re.Pattern` from it in milliseconds: `_sre.compile` with the stored program is the
last step of `re.compile` itself. The rebuilt patterns are put in `re`'s cache before
the model loads, so spaCy's own `re.compile` calls return them. Nothing about
tokenization changes. Any problem (another Python, a damaged or stale file, a
read-only home) falls back to the ordinary compile, and a stale file is rewritten.
"""
from __future__ import annotations

import marshal
import os
import re
import sys
from pathlib import Path
from typing import Callable, TypeVar

try:  # CPython's regex engine; other implementations just compile as usual
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover
    _sre = None

T = TypeVar("T")

LARGE_PATTERN_CHARS = 10_000  # smaller patterns compile in milliseconds anyway
# spaCy writes its flags inline ("(?iu)...") and calls re.compile(pattern) with none.
CALL_FLAGS = 0
_FORMAT = 1


def cache_dir() -> Path:
    """VIGIE_CACHE_DIR, else $XDG_CACHE_HOME/vigie, else ~/.cache/vigie."""
    if os.environ.get("VIGIE_CACHE_DIR"):
        return Path(os.environ["VIGIE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "vigie"


def cache_file(model: str) -> Path:
    # The program format belongs to this Python's regex engine: one file per version.
    tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}"
    return cache_dir() / "regex" / f"{model}-{tag}.marshal"


def load_with_cached_regexes(model: str, load: Callable[[], T]) -> T:
    """`load()` (a spaCy pipeline), its large tokenizer patterns taken from the cache.

    After the load, the file is (re)written when a large pattern was not in it.
    """
    try:
        path = cache_file(model)
    except (KeyError, RuntimeError):  # no home directory to put a cache in
        path = None
    if _sre is None or path is None:
        return load()
    seeded = _seed_re_cache(path)
    nlp = load()
    patterns = large_tokenizer_patterns(getattr(nlp, "tokenizer", None))
    if any(id(p) not in seeded for p in patterns):
        _write(path, patterns)
    return nlp


def large_tokenizer_patterns(tokenizer) -> list[re.Pattern]:
    """The compiled patterns behind a spaCy tokenizer's callables, large ones only."""
    found = []
    for attr in ("token_match", "url_match", "prefix_search", "suffix_search",
                 "infix_finditer"):
        pattern = getattr(getattr(tokenizer, attr, None), "__self__", None)
        if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str) \
                and len(pattern.pattern) >= LARGE_PATTERN_CHARS:
            found.append(pattern)
    return found


def rebuild(entry: dict) -> re.Pattern:
    """The Pattern `re.compile(entry["pattern"], entry["flags"])` would return."""
    return _sre.compile(entry["pattern"], entry["all_flags"], _words(entry["code"]),
                        entry["groups"] - 1, entry["groupindex"], entry["indexgroup"])


def entry_for(pattern: re.Pattern) -> dict:
    """What `rebuild` needs, computed the way re._compiler.compile does (seconds)."""
    parsed = _parser.parse(pattern.pattern, CALL_FLAGS)
    code = _compiler._code(parsed, CALL_FLAGS)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return {"pattern": pattern.pattern, "flags": CALL_FLAGS,
            "all_flags": CALL_FLAGS | parsed.state.flags, "code": _pack(code),
            "groups": parsed.state.groups, "groupindex": groupindex,
            "indexgroup": tuple(indexgroup)}


def _seed_re_cache(path: Path) -> set[int]:
    """Put the cached patterns into re's cache; ids of the Pattern objects put there."""
    try:
        data = marshal.loads(path.read_bytes())
        if data.get("format") != _FORMAT:
            return set()
        seeded = set()
        for entry in data["entries"]:
            compiled = rebuild(entry)
            re._cache[(str, entry["pattern"], entry["flags"])] = compiled  # noqa: SLF001
            seeded.add(id(compiled))
        return seeded
    except Exception:  # noqa: BLE001 - a missing or unusable cache is only slower
        return set()


def _write(path: Path, patterns: list[re.Pattern]) -> None:
    try:
        data = marshal.dumps({"format": _FORMAT, "entries": [entry_for(p) for p in patterns]})
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.write_bytes(data)
        os.replace(partial, path)  # concurrent writers: the last complete file wins
    except Exception:  # noqa: BLE001 - e.g. a read-only home: next time compiles again
        pass


def _pack(code: list[int]) -> bytes:
    import array

    return array.array(_CODE_TYPECODE, code).tobytes()


def _words(data: bytes) -> list[int]:
    import array

    words = array.array(_CODE_TYPECODE)
    words.frombytes(data)
    return words.tolist()


# re's program words are unsigned ints of _sre.CODESIZE bytes (4 on CPython).
_CODE_TYPECODE = {2: "H", 4: "I", 8: "Q"}.get(getattr(_sre, "CODESIZE", 4), "I")
