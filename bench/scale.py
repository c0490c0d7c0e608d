#!/usr/bin/env python3
"""The list at scale, measured from outside (bench/scale.sh runs it).

  scale.py measure SIFT DB RUNS OUT TERM...
      runs the real binary on the store DB and writes its figures to OUT
      (key=value lines).  RUNS times, in a pseudo-terminal (80x24,
      TERM=xterm-256color) as bench/tui.py does:
        first paint   spawn -> the list's status line ("sort: ")
        page down     PgDn x 20 -> each redraw's last byte (read until
                      50 ms of quiet)
        / TERM        '/' TERM Enter -> "N articles match" (the list is
                      loaded when the message is drawn), each term in turn
        peak RSS      VmHWM after the searches
      and, RUNS times for each term, the command line:
        sift -d DB list --search TERM >file   wall clock, peak RSS (wait4),
                                              rows printed
      Reported: the median of the runs in the reader (page down: median and
      worst of all its key presses), the best run of the command line.

  scale.py table LARGE_FILE SMALL_FILE NEWSBOAT_FILE
      prints the figures side by side with their goals; a file that is
      missing ("-") leaves its column empty.
"""
import os, re, select, signal, subprocess, sys, time
import unicodedata

# the pseudo-terminal helpers of bench/tui.py, beside this file
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tui import spawn, settle, drain, vmhwm, wait_match  # noqa: E402

PGDN = b"\x1b[6~"               # xterm's kNP: KEY_NPAGE
MATCH = re.compile(rb"([0-9]+) articles? match|nothing matches")


def wait_for(fd, pattern, stage):
    """tui.py's wait_match, with the time a million articles may take."""
    return wait_match(fd, pattern, stage, timeout=600.0)


def finish(pid, fd):
    """q leaves the search (reloading the whole list), q quits."""
    os.write(fd, b"qq")
    t0 = time.monotonic()
    while time.monotonic() - t0 < 300:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            os.close(fd)
            return
        if select.select([fd], [], [], 0.1)[0]:
            try:
                os.read(fd, 65536)
            except OSError:
                pass
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    print("bench: scale: sift did not quit; killed")


def reader_run(sift, db, terms):
    t0 = time.monotonic()
    pid, fd = spawn([sift, "-d", db])
    _, m = wait_for(fd, re.compile(rb"sort: "), "first paint")
    first = time.monotonic() - t0
    drain(fd)
    pages = []
    for _ in range(20):
        os.write(fd, PGDN)
        pages.append(settle(fd, timeout=60.0, stage="page down"))
    found = {}
    for term in terms:
        os.write(fd, b"/")
        wait_for(fd, re.compile(rb"the store:"), "the / prompt")
        drain(fd)
        os.write(fd, term.encode() + b"\r")
        secs, m = wait_for(fd, MATCH, "/ " + term)
        hits = int(m.group(1)) if m.group(1) is not None else 0
        found[term] = (secs, hits)
        drain(fd)
    rss = vmhwm(pid)
    finish(pid, fd)
    return first, pages, found, rss


def cli_run(sift, db, term, out):
    with open(out, "wb") as f:
        t0 = time.monotonic()
        p = subprocess.Popen([sift, "-d", db, "list", "--search", term],
                             stdout=f, stderr=subprocess.DEVNULL,
                             env=dict(os.environ, LC_ALL="C.UTF-8"))
        _, status, ru = os.wait4(p.pid, 0)
        secs = time.monotonic() - t0
    if status != 0:
        raise SystemExit("bench: scale: sift list --search %s failed (%d)"
                         % (term, status))
    with open(out, "rb") as f:
        rows = sum(1 for _ in f)
    return secs, ru.ru_maxrss / 1024, rows


def med(v):
    v = sorted(v)
    return v[len(v) // 2]


def measure(sift, db, runs, out, terms):
    runs = int(runs)
    load = os.getloadavg()[0]
    rs = [reader_run(sift, db, terms) for _ in range(runs)]
    fig = {"runs": runs, "terms": " ".join(terms),
           "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           "load": "%.1f" % load,
           "first_ms": "%.1f" % (med([r[0] for r in rs]) * 1000),
           "pgdn_ms": "%.2f" % (med([t for r in rs for t in r[1]]) * 1000),
           "pgdn_worst_ms": "%.2f" % (max(t for r in rs for t in r[1]) * 1000),
           "reader_rss_mb": "%.0f" % max(r[3] for r in rs)}
    for i, term in enumerate(terms):
        fig["ui_ms_%d" % i] = "%.1f" % (med([r[2][term][0] for r in rs]) * 1000)
        fig["ui_hits_%d" % i] = rs[0][2][term][1]
        cl = [cli_run(sift, db, term, out + ".rows") for _ in range(runs)]
        fig["cli_ms_%d" % i] = "%.1f" % (min(c[0] for c in cl) * 1000)
        fig["cli_rss_%d" % i] = "%.0f" % max(c[1] for c in cl)
        fig["cli_hits_%d" % i] = cl[0][2]
    os.unlink(out + ".rows")
    fig["load"] += " to %.1f" % os.getloadavg()[0]
    with open(out + ".tmp", "w") as f:
        for k, v in fig.items():
            f.write("%s=%s\n" % (k, v))
    os.replace(out + ".tmp", out)


def pad(s, width):
    """s and spaces to width columns (CJK characters take two)."""
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
    return s + " " * max(width - w, 0)


def load(path):
    fig = {}
    if path != "-" and os.path.isfile(path):
        for line in open(path, encoding="utf-8"):
            k, _, v = line.rstrip("\n").partition("=")
            fig[k] = v
    return fig


def table(large, small, nb):
    L, S, N = load(large), load(small), load(nb)
    ln, sn, nn = L.get("n", "?"), S.get("n", "?"), N.get("n", "?")
    W = 34

    def num(v):
        try:
            return float(v)
        except (TypeError, ValueError):
            return None

    def mark(v, goal):
        x = num(v)
        if x is None or goal is None:
            return ""
        return " ok" if x < goal else " MISS"

    def row(label, lv, sv, nv, goal="", glim=None, marks="LS"):
        cells = []
        for col, v in (("L", lv), ("S", sv)):
            v = "-" if v in (None, "") else str(v)
            cells.append("%-22s" % (v + (mark(v.split()[0], glim)
                                         if col in marks else "")))
        nv = "-" if nv in (None, "") else str(nv)
        print("%s %s %s %-18s %s" % (pad(label, W), cells[0], cells[1], nv,
                                     goal))

    print("scale: sift at %s and %s articles, newsboat at %s (ms unless "
          "said; the reader: median of %s runs, 80x24 pty; the command line: "
          "best of %s)" % (ln, sn, nn, L.get("runs", S.get("runs", "?")),
                           L.get("runs", S.get("runs", "?"))))
    print("measured %s; load average (1 min, %d cores) %s at %s, %s at %s"
          % (L.get("date", S.get("date", "?")), os.cpu_count(),
             L.get("load", "?"), ln, S.get("load", "?"), sn))
    print("%-*s %-22s %-22s %-18s %s" % (W, "", "sift " + ln, "sift " + sn,
                                         "newsboat " + nn, "goal"))
    ratio = None
    if num(S.get("import_s")) and num(N.get("reload_s")):
        ratio = "%.2f" % (num(S["import_s"]) / num(N["reload_s"]))
    row("import / newsboat reload, s", L.get("import_s"), S.get("import_s"),
        N.get("reload_s"),
        "100k: <= newsboat's reload (issue 3)%s"
        % (", ratio " + ratio if ratio else ""), marks="")
    if num(L.get("import_s")) and num(ln):
        row("  s per 100,000 articles", "%.1f" % (num(L["import_s"]) /
            num(ln) * 100000), "", "", marks="")
    row("  import peak RSS, MB", L.get("import_rss_mb"), S.get("import_rss_mb"),
        N.get("reload_rss_mb"), marks="")
    row("  store, MB", L.get("db_mb"), S.get("db_mb"), N.get("cache_mb"),
        marks="")
    row("first paint (spawn -> list)", L.get("first_ms"), S.get("first_ms"),
        N.get("first_ms"), "< 100 ms (bench/tui.py)", 100)
    if N.get("open_ms"):
        lst = "%.0f" % (num(N["first_ms"]) + num(N["open_ms"]))
        row("  all articles listed", L.get("first_ms"), S.get("first_ms"),
            lst + " (+ open feed)", marks="")
    row("page down, median", L.get("pgdn_ms"), S.get("pgdn_ms"),
        N.get("pgdn_ms"), "", marks="")
    row("page down, worst", L.get("pgdn_worst_ms"), S.get("pgdn_worst_ms"),
        N.get("pgdn_worst_ms"), "", marks="")
    row("reader peak RSS, MB", L.get("reader_rss_mb"), S.get("reader_rss_mb"),
        N.get("rss_mb"), "< 50 MB (bench/tui.py)", 50)
    terms = (L.get("terms") or S.get("terms") or "").split()
    for how, key in (("list /", "ui"), ("list --search", "cli")):
        for i, term in enumerate(terms):
            cjk = all(ord(c) >= 0x2e80 for c in term)
            short = cjk and len(term) <= 2
            cells = []
            for F in (L, S):
                ms = F.get("%s_ms_%d" % (key, i))
                cells.append(None if ms is None else
                             "%s (%s)" % (ms, F.get("%s_hits_%d" % (key, i))))
            row("%s %s%s" % (how, term, " (%d CJK)" % len(term) if cjk else ""),
                cells[0], cells[1], "-",
                "< 100 ms at 100k (issue 3)" if short else "",
                100 if short else None, marks="S")
    for F, size in ((L, ln), (S, sn)):
        for i, term in enumerate(terms):
            if F.get("ui_hits_%d" % i) != F.get("cli_hits_%d" % i):
                print("bench: scale: warning: at %s, / %s found %s articles, "
                      "list --search %s" % (size, term, F.get("ui_hits_%d" % i),
                                            F.get("cli_hits_%d" % i)))

    def peak(F):
        v = [num(F.get("cli_rss_%d" % i)) for i in range(len(terms))]
        v = [x for x in v if x is not None]
        return "%.0f" % max(v) if v else None

    row("list --search peak RSS, MB", peak(L), peak(S), "-", marks="")
    print("(searches: ms (articles found); ok/MISS: the figure against its "
          "goal; newsboat has no store search to compare)")


def main():
    if len(sys.argv) >= 7 and sys.argv[1] == "measure":
        measure(*sys.argv[2:6], sys.argv[6:])
    elif len(sys.argv) == 5 and sys.argv[1] == "table":
        table(*sys.argv[2:5])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
