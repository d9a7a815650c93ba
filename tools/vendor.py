"""Refresh the explorer's vendored JavaScript from the npm registry (``make vendor``).

    .venv/bin/python tools/vendor.py                  # the pinned versions below
    .venv/bin/python tools/vendor.py --yasgui 4.6.3   # another release

YASGUI (``@zazuko/yasgui``: the SPARQL editor Fuseki and QLever ship) is installed with
npm into build/vendor/, and only its two built files are copied into the package, under
kg/explorer/static/vendor/yasgui/, beside:

- ``VERSION``: the package, its version and the SHA-256 of each copied file;
- ``LICENSE``: YASGUI's own licence (MIT; 4.6.2's package ships none, so the committed
  one is its repository's and stays);
- ``THIRD-PARTY-LICENSES.txt``: name, version and licence of every package npm installed
  with it (the bundle carries their code), each with its licence text when the package
  ships one.

The copied files are committed, so the tests and the wheel need neither npm nor the
network. Needs Node.js and npm, and the npm registry.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "kg" / "explorer" / "static" / "vendor" / "yasgui"
WORK = ROOT / "build" / "vendor"
YASGUI = "4.6.2"
FILES = ("yasgui.min.js", "yasgui.min.css")
LICENCE_NAMES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "license", "license.md",
                 "LICENSE-MIT", "COPYING")


def install(version: str) -> Path:
    """``npm install`` YASGUI into a fresh build/vendor/; returns its node_modules."""
    if shutil.which("npm") is None:
        sys.exit("make vendor: npm is not installed (Debian: apt-get install nodejs npm)")
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    command = ["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(WORK),
               f"@zazuko/yasgui@{version}"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"make vendor: npm install @zazuko/yasgui@{version} failed: "
                 f"{(done.stderr or done.stdout).strip().splitlines()[-1:]}")
    return WORK / "node_modules"


def packages(modules: Path) -> list[tuple[str, str, str, str]]:
    """(name, version, licence, licence text) of every installed package, by name."""
    found = []
    for manifest in sorted(modules.glob("**/package.json")):
        folder = manifest.parent
        if folder.parent.name != "node_modules" and folder.parent.parent.name != "node_modules":
            continue  # a package's own sub-folders (tests, fixtures), not a package
        meta = json.loads(manifest.read_text(encoding="utf-8"))
        if "name" not in meta or "version" not in meta:
            continue
        licence = meta.get("license") or meta.get("licenses") or "UNKNOWN"
        if isinstance(licence, list):
            licence = " OR ".join(str(x.get("type", x)) for x in licence)
        elif isinstance(licence, dict):
            licence = str(licence.get("type", licence))
        text = next((p.read_text(encoding="utf-8", errors="replace")
                     for p in (folder / n for n in LICENCE_NAMES) if p.is_file()), "")
        found.append((meta["name"], meta["version"], licence, text.strip()))
    return sorted(set(found))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--yasgui", default=YASGUI, help=f"version (default {YASGUI})")
    args = parser.parse_args(argv)
    modules = install(args.yasgui)
    built = modules / "@zazuko" / "yasgui" / "build"
    TARGET.mkdir(parents=True, exist_ok=True)
    lines = [f"@zazuko/yasgui {args.yasgui} from the npm registry (make vendor)"]
    for name in FILES:
        shutil.copyfile(built / name, TARGET / name)
        lines.append(f"{hashlib.sha256((TARGET / name).read_bytes()).hexdigest()}  {name}")
    (TARGET / "VERSION").write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = packages(modules)
    own = next((text for name, _, _, text in found if name == "@zazuko/yasgui" and text), "")
    if own:
        (TARGET / "LICENSE").write_text(own + "\n", encoding="utf-8")
    elif not (TARGET / "LICENSE").is_file():  # 4.6.2's package ships none: the committed
        # LICENSE is its repository's; a new release without one needs it added by hand
        sys.exit(f"make vendor: @zazuko/yasgui {args.yasgui} ships no licence file: put its "
                 f"repository's LICENSE in {TARGET.relative_to(ROOT)}/LICENSE")
    notes = [f"Packages bundled in yasgui.min.js / yasgui.min.css ({len(found)}), "
             "as npm installed them with @zazuko/yasgui:\n"]
    for name, version, licence, text in found:
        notes.append(f"{'=' * 78}\n{name} {version}: {licence}\n{'=' * 78}\n"
                     f"{text or '(the package ships no licence file)'}\n")
    (TARGET / "THIRD-PARTY-LICENSES.txt").write_text("\n".join(notes), encoding="utf-8")
    print(f"vendored @zazuko/yasgui {args.yasgui} into {TARGET.relative_to(ROOT)} "
          f"({len(found)} packages' licences)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
