#!/usr/bin/env python
"""Page weight of the home page as a phone sees it: a benchmark, not a test.

Loads URL in Debian's Chromium at 390x844 (scrolling to the bottom so lazy images load too),
records every response and prints HTML, CSS, JS and image bytes, and the number of requests.
Text is counted gzip-compressed (what a production server with compression sends); images as
they are. Usage: .venv/bin/python scripts/benchmark_home.py [URL]   (default: the `make run` site)
"""

import gzip
import sys
from collections import defaultdict

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
KINDS = {"document": "html", "stylesheet": "css", "script": "js", "image": "images", "font": "fonts"}


def measure(url):
    sizes = defaultdict(int)
    requests = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        page = context.new_page()
        responses = []
        page.on("response", lambda response: responses.append(response))
        page.goto(url, wait_until="networkidle")
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_timeout(500)
        page.wait_for_load_state("networkidle")
        for response in responses:
            kind = KINDS.get(response.request.resource_type, "other")
            try:
                body = response.body()
            except Exception:  # redirects have no body
                body = b""
            size = len(gzip.compress(body)) if kind in {"html", "css", "js"} else len(body)
            sizes[kind] += size
            requests.append((response.status, kind, size, response.url))
        browser.close()
    return sizes, requests


def main():
    url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000/de/"
    sizes, requests = measure(url)
    for status, kind, size, address in requests:
        print(f"{status} {kind:7} {size:8d} B  {address}")
    total = sum(sizes.values())
    figures = " ".join(f"{k}_bytes={sizes.get(k, 0)}" for k in ("html", "css", "js", "images", "fonts", "other"))
    print(f"benchmark: url={url} {figures} total_bytes={total} requests={len(requests)}")
    return 0 if total < 100 * 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
