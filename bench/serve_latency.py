#!/usr/bin/env python3
"""Measures how long an edit takes to show in `udha serve`.

Usage: bench/serve_latency.py SITE_DIR PAGE_FILE URL_PATH [RUNS]

Starts `udha serve` (target/release/udha) on SITE_DIR, then RUNS times
appends a new word to PAGE_FILE and polls URL_PATH until the word is
served. Prints the median, fastest and slowest edit-to-served time. The
page file is restored afterwards.
"""

import pathlib
import statistics
import subprocess
import sys
import time
import urllib.request

REPO = pathlib.Path(__file__).resolve().parent.parent


def main():
    site, page, url_path = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    server = subprocess.Popen([str(REPO / "target/release/udha"), "serve", "--port", "0", "--root", site], stdout=subprocess.PIPE, text=True)
    original = page.read_text(encoding="utf-8")
    try:
        started = time.monotonic()
        for line in server.stdout:
            if "at http://" in line:
                address = line.split("at http://")[1].split("/")[0]
                break
        print(f"initial build and start: {time.monotonic() - started:.2f} s")
        times = []
        for run in range(runs):
            word = f"edit{run}x{time.monotonic_ns()}"
            page.write_text(original + f"\n{word}\n", encoding="utf-8")
            begun = time.monotonic()
            while True:
                body = urllib.request.urlopen(f"http://{address}{url_path}").read().decode("utf-8")
                if word in body:
                    break
                time.sleep(0.002)
            times.append((time.monotonic() - begun) * 1000)
            time.sleep(0.2)
        print(f"edit to served, {runs} edits: median {statistics.median(times):.0f} ms, fastest {min(times):.0f} ms, slowest {max(times):.0f} ms")
    finally:
        page.write_text(original, encoding="utf-8")
        server.terminate()


if __name__ == "__main__":
    main()
