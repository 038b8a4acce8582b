#!/usr/bin/env python3
"""Drives the built-in search in headless Chromium (issue 13).

Builds a small site with the `gazette` binary in a temporary folder and runs the same checks
twice: served by `python3 -m http.server` under a sub-path (/news/), which ignores Range
headers (the script then reads whole index files), and by `gazette serve`, which answers
them (the script reads only the byte ranges it needs). Each pass types queries, uses a facet,
follows a result and comes back. Prints one line per check and `N passed, N failed`;
exits non-zero on any failure. Needs chromium, chromium-driver and selenium (PyPI).

    Tests/Browser/search_test.py [path/to/gazette]
"""
import contextlib, os, socket, subprocess, sys, tempfile, time, traceback, urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parents[2]
ARTICLES = {
    "2021/03/river-crossing-opens.md": ("River crossing opens to traffic", "Local", "2021-03-04", ["Ayşe Önal"], ["bridges"],
        "The new river crossing opened on Monday after four years of work."),
    "2021/05/flood-warning-issued.md": ("Flood warning issued for the valley", "Local", "2021-05-10", ["Tom Reed"], ["floods", "weather"],
        "Forecasters warned of flooding along the river as heavy rain continued."),
    "2022/02/floods-close-schools.md": ("Floods close three schools", "Education", "2022-02-01", ["Tom Reed"], ["floods"],
        "Three schools stayed shut after the floods reached the town centre."),
    "2022/06/erdogan-visit.md": ("Erdoğan to visit the port next month", "World", "2022-06-20", ["Mia Stone"], ["diplomacy"],
        "The Turkish president will tour the harbour and meet the mayor."),
    "2023/01/crossing-the-river.md": ("A river walk", "Culture", "2023-01-15", ["Mia Stone"], ["walks"],
        "We walked by the river for hours before crossing at the old ford."),
    "2023/07/harbour-festival.md": ("Harbour festival draws crowds", "Culture", "2023-07-08", ["Ayşe Önal"], ["festivals"],
        "Thousands came to the harbour for music and food."),
}
results = []


server_name = ""


def check(name, ok, detail=""):
    results.append(bool(ok))
    print(("PASS " if ok else "FAIL ") + f"[{server_name}] " + name + ("" if ok else ": " + detail), flush=True)


def make_site(folder, gazette):
    site = folder / "site"
    (site / "Content").mkdir(parents=True)
    (site / "site.yml").write_text("title: Valley Gazette\nbase_url: https://valley.example.org/news/\n"
                                   "sections: [Local, Education, World, Culture]\n")
    for path, (title, section, date, authors, tags, text) in ARTICLES.items():
        file = site / "Content" / path
        file.parent.mkdir(parents=True, exist_ok=True)
        body = text + "\n\n" + "More of the story follows here with ordinary words. " * 3 + "\n"
        file.write_text(f"---\ntitle: \"{title}\"\nsection: {section}\ndate: {date}\nauthors: [{', '.join(authors)}]\n"
                        f"tags: [{', '.join(tags)}]\n---\n\n{body}")
    serve_root = folder / "www"
    serve_root.mkdir()
    subprocess.run([gazette, "build", "--site", str(site), "--output", str(serve_root / "news"), "--quiet"], check=True)
    return site, serve_root


def free_port():
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(20)
    return driver


def titles(driver):
    return [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#search-results h2 a")]


def settle(driver, condition, timeout=10):
    try:
        WebDriverWait(driver, timeout).until(lambda d: condition(d))
        return True
    except Exception:
        return False


def status(driver):
    return driver.find_element(By.ID, "search-status").text


def index_reads(driver):
    """Status and size of each postings and document read of the page so far."""
    return driver.execute_script(
        "return performance.getEntriesByType('resource').filter(e => /\\/search\\/[pd]\\//.test(e.name))"
        ".map(e => [e.name.split('/search/')[1], e.responseStatus, e.encodedBodySize]);")


def run_checks(driver, base, ranged):
    # The header box of the home page leads to the search page with the query in the URL.
    driver.get(base)
    box = driver.find_element(By.ID, "find-q")
    check("header has a labelled search box", driver.find_element(By.CSS_SELECTOR, "label[for=find-q]") is not None)
    box.send_keys("flood", Keys.ENTER)
    settle(driver, lambda d: "result" in status(d))
    check("query lives in the URL", "search/?q=flood" in driver.current_url, driver.current_url)
    found = titles(driver)
    check("stemmed word finds all its forms", set(found) == {"Flood warning issued for the valley", "Floods close three schools"},
          str(found))
    marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "#search-results mark")]
    check("matched words are highlighted", any(m.lower().startswith("flood") for m in marks), str(marks))
    check("results announced in a live region", driver.find_element(By.ID, "search-status").get_attribute("role") == "status")

    # A facet narrows the results and goes into the URL.
    facet = [a for a in driver.find_elements(By.CSS_SELECTOR, "#search-facets a") if a.text == "Education"]
    check("section facet offered with counts", bool(facet))
    if facet:
        facet[0].click()
        settle(driver, lambda d: len(titles(d)) == 1)
        check("facet filters", titles(driver) == ["Floods close three schools"] and "section=education" in driver.current_url,
              f"{titles(driver)} {driver.current_url}")

    # Follow a result, come back: the same results are shown again.
    first = driver.find_element(By.CSS_SELECTOR, "#search-results h2 a")
    first.click()
    settle(driver, lambda d: "/2022/02/" in d.current_url)
    check("result link leads to the article", base + "2022/02/" in driver.current_url, driver.current_url)
    driver.back()
    settle(driver, lambda d: len(titles(d)) == 1)
    check("back button restores the search", titles(driver) == ["Floods close three schools"]
          and driver.find_element(By.ID, "search-q").get_attribute("value") == "flood", str(titles(driver)))

    def search(query):
        driver.get(base + "search/")
        field = driver.find_element(By.ID, "search-q")
        field.clear()
        field.send_keys(query, Keys.ENTER)
        settle(driver, lambda d: "result" in status(d).lower())
        return titles(driver)

    best = search("harbour")
    check("title match ranks above body match", best == ["Harbour festival draws crowds", "Erdoğan to visit the port next month"],
          str(best))
    phrase = search('"river crossing"')
    check("phrase matches words side by side only", phrase == ["River crossing opens to traffic"], str(phrase))
    reads = index_reads(driver)
    if ranged:
        # Postings entries, positions and one document line: byte ranges (206), each a part of its file.
        whole = lambda name: len(urllib.request.urlopen(base + "search/" + name).read())
        check("index read by byte ranges", reads and all(status == 206 for _, status, _ in reads)
              and any(name.startswith("d/") and size < whole(name) for name, _, size in reads), str(reads))
    else:
        # The server answers 200 with whole files; the browser's cache may answer a range of a
        # file it already holds with 206 itself.
        check("whole files where the server ignores ranges", reads and any(status == 200 for _, status, _ in reads), str(reads))
    loose = search("river crossing")
    check("words without quotes match anywhere", set(loose) == {"River crossing opens to traffic", "A river walk"}, str(loose))
    check("diacritic-folded name", search("Erdogan")[:1] == ["Erdoğan to visit the port next month"], str(titles(driver)))
    check("diacritic-folded byline", set(search("onal")) == {"River crossing opens to traffic", "Harbour festival draws crowds"},
          str(titles(driver)))
    none = search("zqxjvvk")
    check("nonsense finds nothing", none == [] and status(driver).startswith("No results"), status(driver))

    # Typing: the last word is matched as a prefix, without pressing Enter.
    driver.get(base + "search/")
    field = driver.find_element(By.ID, "search-q")
    field.send_keys("harb")
    settle(driver, lambda d: len(titles(d)) == 2)
    check("prefix while typing", set(titles(driver)) == {"Harbour festival draws crowds", "Erdoğan to visit the port next month"},
          str(titles(driver)))
    driver.get(base + "search/?q=floods&sort=new")
    settle(driver, lambda d: len(titles(d)) == 2)
    check("newest first from the URL", titles(driver) == ["Floods close three schools", "Flood warning issued for the valley"],
          str(titles(driver)))
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    check("no errors in the console", not errors, str(errors))


def wait_for(url, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except Exception:
            time.sleep(0.2)
    raise RuntimeError("no answer from " + url)


def run_pass(name, command, base, ranged):
    global server_name
    server_name = name
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    driver = None
    try:
        wait_for(base)
        driver = browser()
        run_checks(driver, base, ranged)
    except Exception:
        traceback.print_exc()
        results.append(False)
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait(5)


def main():
    gazette = sys.argv[1] if len(sys.argv) > 1 else str(REPO / ".build/debug/gazette")
    with tempfile.TemporaryDirectory() as temp:
        site, serve_root = make_site(Path(temp), gazette)
        port = free_port()
        run_pass("http.server", [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(serve_root)],
                 f"http://127.0.0.1:{port}/news/", ranged=False)
        port = free_port()
        run_pass("gazette serve", [gazette, "serve", "--site", str(site), "--output", str(Path(temp) / "preview"), "--port", str(port),
                                   "--host", "127.0.0.1", "--quiet"], f"http://127.0.0.1:{port}/", ranged=True)
    failed = results.count(False)
    print(f"{results.count(True)} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
