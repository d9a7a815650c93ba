"""Debian packages that some tests need (Chromium, Wikidata Toolkit), installed on demand.

CI runs as root on a fresh Debian machine where these are not installed yet, so a test
set-up installs what it needs with apt-get rather than skipping. Where that cannot work
(not root, no apt-get) the caller skips, with the reason this module returns.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence


def apt_install(packages: Sequence[str]) -> str | None:
    """Install ``packages`` with apt-get; None on success, else why not.

    A plain ``install`` is tried first, and only if that fails ``apt-get update`` and the
    install again: a machine whose package lists are fresh skips the slow update.
    """
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return f"{', '.join(packages)} cannot be installed here: not root, or no apt-get"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", *packages]
    for command in (install, ["apt-get", "update", "-q"], install):
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
        if done.returncode == 0 and command[1] == "install":
            return None
    return f"apt-get could not install {', '.join(packages)}: {done.stderr.strip()[-300:]}"
