#!/usr/bin/env python3
"""Time per tagging action in the reader, key to committed row: sift runs
in a pseudo-terminal (80x24) on a store, an article open; the clock starts
when a key is written and stops at the last byte of the screen update
that reports the action (sift draws it after the transaction has
committed; ncurses sends only what changed, so the time of the last byte
is the measure, as in tui.py's page down).  Usage:
tag.py SIFT DB ARTICLE_ID [ROUNDS [TIMES_FILE]]

DB is a SQLite file or a postgresql:// URI.  With TIMES_FILE, every
action's time (s) is written there, a line each, for bench/pg.sh to
pool the times of taggers that run at once.

Each round moves the claim cursor (]) and times four actions:
  1   a new claim with the tag set's first quick tag
  2   its exclusive sibling, replacing the first on the same claim
  3   a second tag on the claim
  u   undo of the last
The median and the worst over all actions are printed; the goal is a
median under 5 ms.  After the run the rows are checked in the store.
"""
import os, subprocess, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tui import drain, settle, spawn, wait_for  # noqa: E402


def claims(sift, db):
    """The store's live claims, as sift claims lists them."""
    out = subprocess.run([sift, "-d", db, "claims"], capture_output=True,
                         check=True).stdout
    return out.count(b"\n")


def main():
    sift, db, article = sys.argv[1:4]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 25
    before = claims(sift, db)
    pid, fd = spawn([sift, "-d", db, "read", article])
    wait_for(fd, b"help")
    drain(fd)
    times = {b"1": [], b"2": [], b"3": [], b"u": []}
    for _ in range(rounds):
        os.write(fd, b"]")
        try:
            settle(fd, timeout=1.0, stage="]")
        except SystemExit:
            pass        # the last sentence: the cursor stays on it
        for key in (b"1", b"2", b"3", b"u"):
            os.write(fd, key)
            times[key].append(settle(fd, stage=key.decode()))
    os.write(fd, b"qq")
    os.waitpid(pid, 0)
    after = claims(sift, db)
    every = sorted(t for v in times.values() for t in v)
    if len(sys.argv) > 5:
        with open(sys.argv[5], "w") as f:
            f.writelines("%.6f\n" % t for t in every)
    for key, name in ((b"1", "new claim"), (b"2", "exclusive swap"),
                      (b"3", "second tag"), (b"u", "undo")):
        v = sorted(times[key])
        print("tagging: %-14s median %.2f ms, worst %.2f ms"
              % (name, v[len(v) // 2] * 1000, v[-1] * 1000))
    print("tagging: key to committed row over %d actions: median %.2f ms, "
          "worst %.2f ms (goal: median < 5 ms); %d claims added to %d"
          % (len(every), every[len(every) // 2] * 1000, every[-1] * 1000,
             after - before, before))


main()
