"""Headless Chromium for the browser tests (test_viz_browser.py, test_explorer_browser.py).

Debian's ``chromium`` and ``chromium-driver``, driven by selenium. When they are missing
and the tests run as root, they are installed with apt-get (debian_packages.py);
otherwise the test is skipped, saying why. The flags keep Chromium quiet (no sandbox:
root in a container; none of its own background traffic), so the performance log holds
only what the page asks for.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from debian_packages import apt_install

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1280,900",
)


def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """A selenium driver of headless Chromium with its browser and performance logs on,
    on about:blank (the first window may open the new-tab page, which makes requests);
    quit after."""
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        why = apt_install(["chromium", "chromium-driver"])
        if why:
            pytest.skip(why)
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed "
                                    '(pip install -e ".[test]")')
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    driver.get("about:blank")
    yield driver
    driver.quit()
