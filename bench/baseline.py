#!/usr/bin/env python3
"""Write the SQL script of the import benchmark's baseline.

Usage: baseline.py CORPUS_DIR OUT.sql

Reads every file under CORPUS_DIR (sorted by path, as gen-corpus names
them) and writes an SQL script that the sqlite3 shell runs to insert the
same articles into a bare table with the same FTS5 trigram index that
sift uses: the title is the first line of a file, the text is the rest,
byte for byte.  The script is what `make bench` times against
`sift import`; writing it is not timed.
"""
import os
import sys

HEAD = """PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, text TEXT);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='trigram');
BEGIN;
"""


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def files(top):
    out = []
    for d, dirs, names in os.walk(top):
        dirs.sort()
        for n in names:
            out.append(os.path.join(d, n))
    out.sort()
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: baseline.py CORPUS_DIR OUT.sql")
    top, out = sys.argv[1], sys.argv[2]
    n = 0
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(HEAD)
        for path in files(top):
            with open(path, "rb") as g:
                data = g.read().decode("utf-8", errors="replace")
            # SQL text cannot hold NUL; sift would not keep one either.
            data = data.replace("\0", "")
            title, nl, text = data.partition("\n")
            n += 1
            f.write("INSERT INTO articles(id, title, text) VALUES (%d, %s, %s);\n"
                    % (n, quote(title), quote(text)))
            f.write("INSERT INTO articles_fts(rowid, title, text) VALUES (%d, %s, %s);\n"
                    % (n, quote(title), quote(text)))
        f.write("COMMIT;\n")
    os.replace(tmp, out)
    print(n)


main()
