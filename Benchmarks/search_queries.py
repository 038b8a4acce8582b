#!/usr/bin/env python3
"""Cold search queries against a built site, in headless Chromium (issue 13 benchmark).

    Benchmarks/search_queries.py OUT_DIR [RUNS [GAZETTE SITE_DIR]]

Serves OUT_DIR with `python3 -m http.server` (which ignores Range headers, so the page reads
whole index files), or, given the `gazette` binary and the site folder, with `gazette serve`
(which answers them, as static hosts do, so the page reads only the byte ranges it needs);
picks a rare word (the word in the fewest articles), a common
word (in 10-50% of them, the one closest to 30%) and a two-word phrase (the first two words of
a mid-archive title, both in 1-20% of articles) from the index's dictionary, then for each
query (the common one sorted by best match and newest first) opens /search/ in a fresh browser (empty cache), types the query and presses Enter. It
prints, per query and run: the bytes of index files fetched (`search/...`, from Resource
Timing, the root read as the page loads included), the count of those files, the bytes of the page's JS and CSS, and the milliseconds
from the Enter key to the results on screen; then the time from the last keystroke when the
query is typed instead (prefix matching on, debounce included). Tab-separated, one line each.
"""
import contextlib, json, socket, statistics, subprocess, sys, time, urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def pick_queries(out):
    root = json.loads((out / "search/index.json").read_text())
    docs = root["docs"]
    words = {}
    for shard in sorted((out / "search/w").glob("*.txt")):
        for line in shard.read_text().splitlines():
            word, stem, df = line.split("\t")[:3]
            if word.isalpha() and word.isascii() and len(word) > 3:
                words[word] = int(df)
    fewest = min(words.values())
    rare = sorted(w for w, df in words.items() if df == fewest)
    common = min((w for w, df in words.items() if 0.1 * docs < df < 0.5 * docs), key=lambda w: abs(words[w] - 0.3 * docs))
    phrase = None
    for chunk in sorted((out / "search/d").glob("*.txt"), key=lambda p: int(p.stem))[len(list((out / "search/d").glob("*.txt"))) // 2:]:
        for line in chunk.read_text().splitlines():
            title = [t.lower() for t in line.split("\t")[1].split()]
            for a, b in zip(title, title[1:]):
                if a.isalpha() and b.isalpha() and all(0.01 * docs < words.get(x, 0) < 0.2 * docs for x in (a, b)):
                    phrase = f'"{a} {b}"'
                    break
            if phrase:
                break
        if phrase:
            break
    return [("rare", rare[len(rare) // 2], ""), ("common", common, ""), ("common", common, "new"),
            ("phrase", phrase or '"the river"', "")]


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def shown(driver, query):
    text = driver.find_element(By.ID, "search-status").text
    return "\u201c" + query + "\u201d" in text


def measure(base, query, typed, sort):
    driver = browser()
    try:
        driver.get(base + "search/" + ("?sort=" + sort if sort else ""))
        driver.execute_script("performance.setResourceTimingBufferSize(100000);")
        assets = driver.execute_script(
            "return performance.getEntriesByType('resource').filter(e => /\\.(js|css)$/.test(e.name))"
            ".reduce((s, e) => s + e.encodedBodySize, 0);")
        # Not cleared: the page reads the index's root as it loads, and that counts as index bytes.
        field = driver.find_element(By.ID, "search-q")
        if typed:
            field.send_keys(query)
        else:
            driver.execute_script("arguments[0].value = arguments[1];", field, query)
            field.send_keys(Keys.ENTER)
        start = time.perf_counter()
        WebDriverWait(driver, 30, poll_frequency=0.005).until(lambda d: shown(d, query))
        elapsed = (time.perf_counter() - start) * 1000
        entries = driver.execute_script(
            "return performance.getEntriesByType('resource').filter(e => e.name.includes('/search/'))"
            ".map(e => [e.name, e.encodedBodySize]);")
        status = driver.find_element(By.ID, "search-status").text
        return sum(size for _, size in entries), len(entries), assets, elapsed, status
    finally:
        driver.quit()


def main():
    out = Path(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    if len(sys.argv) > 4:
        command = [sys.argv[3], "serve", "--site", sys.argv[4], "--output", str(out), "--port", str(port), "--quiet"]
    else:
        command = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(out)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}/"
        deadline = time.time() + 900  # gazette serve builds first (nothing to do after a build)
        while True:
            try:
                urllib.request.urlopen(base + "search/index.json", timeout=5).read()
                break
            except Exception:
                if time.time() > deadline:
                    raise
                time.sleep(0.5)
        print("kind\tquery\tsort\tmode\trun\tindex_bytes\tindex_files\tjs_css_bytes\tms\tstatus")
        for kind, query, sort in pick_queries(out):
            for mode in ("enter", "typed"):
                times = []
                for run in range(runs):
                    size, files, assets, ms, status = measure(base, query, mode == "typed", sort)
                    times.append(ms)
                    print(f"{kind}\t{query}\t{sort or 'best'}\t{mode}\t{run + 1}\t{size}\t{files}\t{assets}\t{ms:.0f}\t{status}", flush=True)
    finally:
        server.terminate()
        server.wait(5)


if __name__ == "__main__":
    main()
