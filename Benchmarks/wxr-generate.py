#!/usr/bin/env python3
"""Writes a synthetic WordPress export (WXR 1.2) of N posts to standard output.

    Benchmarks/wxr-generate.py N [SEED] > export.xml

Seeded and deterministic. Each post has about 1,000 words of wpautop paragraphs, a
[caption] shortcode every third post, categories, tags, one of 40 authors, and every tenth
post a featured image (an attachment item written after the post, as WordPress exports
them when the image was uploaded later). About 10 KB per post: N = 100,000 gives about 1 GB.
"""
import random
import sys

WORDS = ("council river bridge flood harbour mayor school budget election market rail "
         "storm court police hospital festival museum factory union strike vote ferry "
         "library harvest weather coast tunnel station ministry report inquiry").split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(4, 7)))


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: wxr-generate.py N [SEED]")
    count = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 42)
    out = sys.stdout
    out.write('<?xml version="1.0" encoding="UTF-8" ?>\n'
              '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
              'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
              'xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/" '
              'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
              '<title>Bench Courier</title>\n<link>https://courier.example</link>\n'
              '<wp:wxr_version>1.2</wp:wxr_version>\n'
              '<wp:base_site_url>https://courier.example</wp:base_site_url>\n')
    for number in range(40):
        out.write(f'<wp:author><wp:author_id>{number + 1}</wp:author_id>'
                  f'<wp:author_login><![CDATA[writer{number}]]></wp:author_login>'
                  f'<wp:author_email><![CDATA[writer{number}@courier.example]]></wp:author_email>'
                  f'<wp:author_display_name><![CDATA[Writer {number} {rng.choice(WORDS).title()}]]>'
                  f'</wp:author_display_name></wp:author>\n')
    next_id = 1
    for number in range(count):
        post_id = next_id
        next_id += 1
        year = 2000 + number * 25 // max(count, 1)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        slug = f"story-{number}"
        paragraphs = [paragraph(rng) for _ in range(rng.randint(13, 17))]
        if number % 3 == 0:
            paragraphs.insert(1, f'[caption id="attachment_{post_id}" align="alignnone" width="640"]'
                                 f'<img src="https://courier.example/wp-content/uploads/{year}/{month:02}/p{number}.jpg"'
                                 f' alt="" width="640" height="480" /> Scene {number}[/caption]')
        body = "\n\n".join(paragraphs)
        thumb = next_id if number % 10 == 0 else None
        section = rng.choice(["News", "Sport", "Business", "Culture", "Opinion"])
        tags = rng.sample(WORDS, 3)
        out.write(f'<item><title>{sentence(rng)[:-1]} {number}</title>'
                  f'<link>https://courier.example/{year}/{month:02}/{day:02}/{slug}/</link>'
                  f'<dc:creator><![CDATA[writer{rng.randrange(40)}]]></dc:creator>'
                  f'<guid isPermaLink="false">https://courier.example/?p={post_id}</guid>'
                  f'<description></description>'
                  f'<content:encoded><![CDATA[{body}]]></content:encoded>'
                  f'<excerpt:encoded><![CDATA[]]></excerpt:encoded>'
                  f'<wp:post_id>{post_id}</wp:post_id>'
                  f'<wp:post_date><![CDATA[{year}-{month:02}-{day:02} 10:00:00]]></wp:post_date>'
                  f'<wp:post_date_gmt><![CDATA[{year}-{month:02}-{day:02} 09:00:00]]></wp:post_date_gmt>'
                  f'<wp:post_name><![CDATA[{slug}]]></wp:post_name>'
                  f'<wp:status><![CDATA[publish]]></wp:status>'
                  f'<wp:post_type><![CDATA[post]]></wp:post_type>'
                  f'<category domain="category" nicename="{section.lower()}"><![CDATA[{section}]]></category>')
        for tag in tags:
            out.write(f'<category domain="post_tag" nicename="{tag}"><![CDATA[{tag}]]></category>')
        if thumb:
            out.write(f'<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key>'
                      f'<wp:meta_value><![CDATA[{thumb}]]></wp:meta_value></wp:postmeta>')
        out.write('</item>\n')
        if thumb:
            next_id += 1
            out.write(f'<item><title>p{number}</title>'
                      f'<excerpt:encoded><![CDATA[Scene {number}]]></excerpt:encoded>'
                      f'<wp:post_id>{thumb}</wp:post_id><wp:post_parent>{post_id}</wp:post_parent>'
                      f'<wp:status><![CDATA[inherit]]></wp:status>'
                      f'<wp:post_type><![CDATA[attachment]]></wp:post_type>'
                      f'<wp:attachment_url><![CDATA[https://courier.example/wp-content/uploads/'
                      f'{year}/{month:02}/p{number}.jpg]]></wp:attachment_url></item>\n')
    out.write('</channel>\n</rss>\n')


if __name__ == "__main__":
    main()
