#!/usr/bin/env python3
"""Write the benchmark corpus as one RSS 2.0 feed for newsboat.

Usage: newsboat-feed.py CORPUS OUT.xml [N]

CORPUS is a directory of NNNNNN.txt files (bench/import.sh makes them):
the first line is the title, the rest is the text.  Each file becomes one
<item>: title = the first line, link (and guid) = https://news.example/N,
description = the text, pubDate = a fixed epoch plus N minutes (N is the
file's index), so every item has a distinct date.  With N given, only the
first N files (in name order) are written.

Text is read as UTF-8 (bad bytes replaced) and escaped for XML; characters
XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) are dropped.  The feed
is written to OUT.xml.tmp and renamed, so a half-written feed never stays.
"""
import email.utils, os, re, sys
from xml.sax.saxutils import escape

EPOCH = 1700000000      # 2023-11-14 22:13:20 UTC
BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(s):
    return escape(BAD.sub("", s))


def main():
    if len(sys.argv) not in (3, 4):
        raise SystemExit("usage: newsboat-feed.py CORPUS OUT.xml [N]")
    corpus, out = sys.argv[1], sys.argv[2]
    names = sorted(f for f in os.listdir(corpus) if f.endswith(".txt"))
    if len(sys.argv) == 4:
        names = names[:int(sys.argv[3])]
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as w:
        w.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<rss version="2.0">\n<channel>\n'
                '<title>sift bench corpus</title>\n'
                '<link>https://news.example/</link>\n'
                '<description>%d articles of the sift benchmark corpus'
                '</description>\n' % len(names))
        for name in names:
            n = int(name[:-4]) if name[:-4].isdigit() else names.index(name)
            with open(os.path.join(corpus, name), "rb") as f:
                data = f.read().decode("utf-8", "replace")
            title, _, text = data.partition("\n")
            link = "https://news.example/%d" % n
            w.write("<item>\n<title>%s</title>\n<link>%s</link>\n"
                    '<guid isPermaLink="true">%s</guid>\n'
                    "<pubDate>%s</pubDate>\n<description>%s</description>\n"
                    "</item>\n"
                    % (clean(title.strip()), link, link,
                       email.utils.formatdate(EPOCH + 60 * n, usegmt=True),
                       clean(text.strip("\n"))))
        w.write("</channel>\n</rss>\n")
    os.replace(tmp, out)


main()
