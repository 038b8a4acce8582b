#!/usr/bin/env python3
"""Parse every feed of a built Gazette site and fail on any problem.

Usage: Scripts/check-feeds.py OUTPUT_DIR      (needs `pip install feedparser`)

Every feed.xml (Atom) and rss.xml (RSS 2.0) under OUTPUT_DIR is parsed with feedparser,
which must report no `bozo` error and recognise the expected format. feedparser 6 does not
read JSON Feed, so every feed.json is parsed with the json module and checked against the
JSON Feed 1.1 required fields (and with feedparser too, when it recognises JSON Feed).
In every format each entry needs an id, a title, an absolute link and an RFC 3339 or RFC 822
published date. Exits 1 when any feed fails, 2 on bad usage.
"""
import json
import os
import sys
from datetime import datetime

try:
    import feedparser
except ImportError:
    sys.exit("check-feeds: feedparser is not installed (pip install feedparser)")

EXPECTED = {"feed.xml": "atom10", "rss.xml": "rss20", "feed.json": "json11"}
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def is_absolute(url):
    return isinstance(url, str) and url.startswith(("http://", "https://"))


def check_with_feedparser(data, expected, json_feed=False):
    headers = {"content-type": "application/feed+json"} if json_feed else {}
    feed = feedparser.parse(data, response_headers=headers)
    if json_feed and not (feed.version or "").startswith("json"):
        return []  # this feedparser does not read JSON Feed: check_json_feed covers it
    problems = []
    if feed.bozo:
        problems.append(f"bozo: {feed.bozo_exception!r}")
    if feed.version != expected:
        problems.append(f"format {feed.version or 'unknown'!r}, expected {expected!r}")
    if not feed.feed.get("title"):
        problems.append("feed has no title")
    if not feed.entries:
        problems.append("feed has no entries")
    for number, entry in enumerate(feed.entries, 1):
        for key in ("id", "title", "link", "published_parsed"):
            if not entry.get(key):
                problems.append(f"entry {number} has no {key}")
        if entry.get("link") and not is_absolute(entry.link):
            problems.append(f"entry {number} link is not absolute: {entry.link}")
    return problems


def check_json_feed(data):
    try:
        feed = json.loads(data)
    except ValueError as error:
        return [f"not JSON: {error}"]
    problems = []
    if feed.get("version") != JSON_FEED_VERSION:
        problems.append(f"version {feed.get('version')!r}, expected {JSON_FEED_VERSION!r}")
    if not feed.get("title"):
        problems.append("feed has no title")
    for key in ("home_page_url", "feed_url"):
        if not is_absolute(feed.get(key)):
            problems.append(f"{key} is not an absolute URL")
    items = feed.get("items")
    if not isinstance(items, list) or not items:
        return problems + ["feed has no items"]
    for number, item in enumerate(items, 1):
        if not isinstance(item.get("id"), str) or not item["id"]:
            problems.append(f"item {number} has no id")
        if not item.get("title"):
            problems.append(f"item {number} has no title")
        if not is_absolute(item.get("url")):
            problems.append(f"item {number} url is not absolute: {item.get('url')!r}")
        if "content_html" not in item and "content_text" not in item:
            problems.append(f"item {number} has neither content_html nor content_text")
        for key in ("date_published", "date_modified"):
            if key in item:
                try:
                    datetime.fromisoformat(item[key].replace("Z", "+00:00"))
                except (AttributeError, ValueError):
                    problems.append(f"item {number} {key} is not RFC 3339: {item[key]!r}")
    return problems


def main(argv):
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = argv[1]
    checked, failed = 0, 0
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if name not in EXPECTED:
                continue
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                data = handle.read()
            if name == "feed.json":
                problems = check_json_feed(data) + check_with_feedparser(data, EXPECTED[name], json_feed=True)
            else:
                problems = check_with_feedparser(data, EXPECTED[name])
            checked += 1
            if problems:
                failed += 1
                for problem in problems:
                    print(f"{os.path.relpath(path, root)}: {problem}")
    if checked == 0:
        print(f"check-feeds: no feeds found under {root}", file=sys.stderr)
        return 1
    print(f"check-feeds: {checked} feeds checked (feedparser {feedparser.__version__}), {failed} with problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
