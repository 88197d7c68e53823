"""flows/regex_cache.py: tokenizer patterns rebuilt from the cache are the patterns
`re.compile` makes, and a missing or damaged cache only costs the ordinary compile."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from flows import regex_cache
from flows.regex_cache import cache_file, entry_for, load_with_cached_regexes, rebuild

ROOT = Path(__file__).resolve().parents[2]
# Large enough to be cached, shaped like spaCy's French token_match.
BIG = "(?iu)" + "|".join(f"(?:^w{i}[-‐][a-zà-ÿ]+(?P<g{i}>x)?$)" for i in range(600))


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("VIGIE_CACHE_DIR", str(tmp_path))
    re.purge()
    yield tmp_path
    re.purge()


def fake_model():
    """What load_with_cached_regexes reads of a pipeline: its tokenizer's callables."""
    return SimpleNamespace(tokenizer=SimpleNamespace(token_match=re.compile(BIG).match))


def test_rebuilt_pattern_is_the_compiled_one():
    pattern = re.compile(r"(?iu)(?:^a[-‐]b[a-zé]+$)|(?:^(?P<x>c)'d\w*$)")
    rebuilt = rebuild(entry_for(pattern))
    assert rebuilt == pattern  # same text, flags and compiled program
    assert rebuilt.groupindex == pattern.groupindex


def test_second_load_gets_the_cached_pattern(cache):
    first = load_with_cached_regexes("m", fake_model)
    assert cache_file("m").exists()
    written = cache_file("m").stat().st_mtime_ns
    re.purge()
    seeded = regex_cache._seed_re_cache(cache_file("m"))
    second = fake_model()  # its re.compile(BIG) now finds the rebuilt pattern
    assert id(second.tokenizer.token_match.__self__) in seeded
    assert second.tokenizer.token_match.__self__ == first.tokenizer.token_match.__self__
    re.purge()
    load_with_cached_regexes("m", fake_model)
    assert cache_file("m").stat().st_mtime_ns == written  # up to date: not rewritten


def test_small_patterns_are_not_cached(cache):
    small = SimpleNamespace(tokenizer=SimpleNamespace(token_match=re.compile("^a-b$").match))
    load_with_cached_regexes("m", lambda: small)
    assert not cache_file("m").exists()


@pytest.mark.parametrize("content", [b"", b"not marshal data", b"\x00" * 64])
def test_damaged_cache_is_rewritten(cache, content):
    cache_file("m").parent.mkdir(parents=True)
    cache_file("m").write_bytes(content)
    model = load_with_cached_regexes("m", fake_model)
    assert model.tokenizer.token_match("w3-abc")
    assert cache_file("m").stat().st_size > 1000


def test_unwritable_cache_dir_still_loads(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("VIGIE_CACHE_DIR", str(blocker))
    assert load_with_cached_regexes("m", fake_model).tokenizer.token_match("w1-x")


def test_no_home_directory_still_loads(monkeypatch):
    monkeypatch.delenv("VIGIE_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert load_with_cached_regexes("m", fake_model).tokenizer.token_match("w2-y")


SCRIPT = """
import json, re, sys
from re import _compiler
from flows.nlp import load_pipeline
real_compile, big_compiles = _compiler.compile, []
def counting_compile(p, flags=0):
    big_compiles.append(len(p) > 10000)
    return real_compile(p, flags)
_compiler.compile = counting_compile
nlp = load_pipeline("fr")
_compiler.compile = real_compile
pattern = nlp.tokenizer.token_match.__self__
fresh = _compiler.compile(pattern.pattern, 0)  # bypasses re's cache: a real compile
print(json.dumps({"same": pattern == fresh, "compiled": sum(big_compiles),
                  "tokens": [t.text for t in nlp.tokenizer(sys.argv[1])]}))
"""


def test_french_model_from_the_cache_tokenizes_the_same(tmp_path, nlp_fr):
    text = ("Aujourd'hui, le porte-avions Charles-de-Gaulle a-t-il quitté Toulon ? "
            "L'OTANjeudi, prud'hommes et États-Unis : binge-watching, anti-drones.")
    env = {**os.environ, "VIGIE_CACHE_DIR": str(tmp_path)}
    runs = [json.loads(subprocess.run([sys.executable, "-c", SCRIPT, text], cwd=ROOT, env=env,
                                      capture_output=True, text=True, check=True).stdout)
            for _ in range(2)]  # the first writes the cache, the second reads it
    assert any((tmp_path / "regex").iterdir())
    assert runs[0]["compiled"] > 0 and runs[1]["compiled"] == 0  # the second used the cache
    assert runs[1]["same"]
    assert runs[0]["tokens"] == runs[1]["tokens"] == [t.text for t in nlp_fr.tokenizer(text)]
