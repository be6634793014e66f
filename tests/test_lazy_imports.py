"""The core's modules leave the standard library's slower imports (OpenSSL's hashlib, uuid and the
platform module it pulls in, getpass) to the moment they are needed, off the app's start-up path."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from quotedesk.core.model import new_id
from quotedesk.core.textnorm import text_hash

LATER = ("hashlib", "uuid", "getpass")


def test_opening_a_project_imports_none_of_them(tmp_path):
    code = ("import json, sys\n"
            "from quotedesk.core.store import Store\n"
            f"with Store({str(tmp_path / 'p.qdesk')!r}) as store:\n"
            "    store.label_scheme(); store.article_count()\n"
            f"print(json.dumps(sorted(m for m in {LATER!r} if m in sys.modules)))\n")
    env = {"QUOTEDESK_ANNOTATOR": "someone", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_ids_are_the_prefix_and_twelve_random_hex_digits():
    made = {new_id("s") for _ in range(2000)}
    assert len(made) == 2000
    assert all(re.fullmatch(r"s[0-9a-f]{12}", made_id) for made_id in made)
    assert re.fullmatch(r"q[0-9a-f]{12}", new_id("q"))


def test_the_text_hash_is_the_sha256_of_the_utf8_text():
    assert text_hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
