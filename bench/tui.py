#!/usr/bin/env python3
"""The reader's speed, measured from outside: sift runs in a pseudo-terminal
(80x24, TERM=xterm-256color) and the clock stops when its output shows the
painted screen.  Usage: tui.py SIFT LIST_DB ARTICLE_DB [HUGE_DB]

  first list paint   spawn -> the status line of the list (100,000 articles)
  open 10 MB         Enter on the article -> the article's status line
  page down          Space -> the last byte of the redraw (median of 20,
                     hidden blocks shown so the pages do not run out)
  peak RSS           VmHWM of the process at the end

With a fourth argument, a store of two 20 MB articles whose last lines
hold the word "zanzibarquux" and whose first lines differ in one word
(QQQQQQQQ in the first of the list, PPPPPPPP in the second), as
bench/reader.sh makes it:

  open 20 MB         Enter on the first article -> its status line
  / in 20 MB         Enter on the query -> the painted match count (the
                     hit is on the screen when the count is)
  J / K 20 MB        J to the second article -> its first line painted,
                     K back -> the first's
"""
import fcntl, os, pty, re, select, struct, sys, termios, time


def spawn(argv):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(TERM="xterm-256color", LC_ALL="C.UTF-8", NO_COLOR="1")
        os.execv(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    return pid, fd


def wait_match(fd, pattern, stage="", timeout=20.0):
    """Read until pattern (a compiled regex) matches what arrived since the
    call; return (seconds taken, the match)."""
    t0 = time.monotonic()
    seen = b""
    while time.monotonic() - t0 < timeout:
        r, _, _ = select.select([fd], [], [], 0.5)
        if r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            seen += data
            m = pattern.search(seen)
            if m:
                return time.monotonic() - t0, m
            seen = seen[-65536:]
    raise SystemExit("bench: timed out waiting for %r%s"
                     % (pattern.pattern, " (%s)" % stage if stage else ""))


def wait_for(fd, needle, timeout=20.0):
    """Read until needle appears in what arrives; return seconds taken."""
    return wait_match(fd, re.compile(re.escape(needle)), timeout=timeout)[0]


def settle(fd, timeout=10.0, stage=""):
    """Read until the output stops for 50 ms; return the time of its last byte."""
    t0 = time.monotonic()
    last = None
    while time.monotonic() - t0 < timeout:
        r, _, _ = select.select([fd], [], [], 0.05)
        if not r:
            if last is not None:
                return last - t0
            continue
        try:
            os.read(fd, 65536)
        except OSError:
            break
        last = time.monotonic()
    raise SystemExit("bench tui: no output after a key (%s)" % stage)


def drain(fd):
    while select.select([fd], [], [], 0.05)[0]:
        try:
            os.read(fd, 65536)
        except OSError:
            return


def vmhwm(pid):
    for line in open("/proc/%d/status" % pid):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return -1


def cpu_ms(pid):
    """The CPU time the process has had, in ms (its first schedstat field)."""
    try:
        return int(open("/proc/%d/schedstat" % pid).read().split()[0]) / 1e6
    except OSError:
        return float("nan")


def timed(pid, fd, keys, needle):
    """Send keys, wait for needle: (wall ms, CPU ms of the reader)."""
    drain(fd)
    c0 = cpu_ms(pid)
    t0 = time.monotonic()
    os.write(fd, keys)
    wait_for(fd, needle)
    wall = (time.monotonic() - t0) * 1000
    drain(fd)
    return wall, cpu_ms(pid) - c0


def huge(sift, db, rounds=3):
    """Open, search and step between two 20 MB articles, each a few times:
    the medians, wall clock and the reader's CPU time (the second is what
    a loaded machine does not inflate)."""
    runs = {"open": [], "search": [], "J": [], "K": []}
    rss = 0
    for _ in range(rounds):
        pid, fd = spawn([sift, "-d", db])
        wait_for(fd, b"sort: ")
        runs["open"].append(timed(pid, fd, b"\r", b"hidden"))
        os.write(fd, b"/zanzibarquux")
        settle(fd, stage="typing the query")
        runs["search"].append(timed(pid, fd, b"\r", b"match"))
        runs["J"].append(timed(pid, fd, b"J", b"PPPPPPPP"))
        runs["K"].append(timed(pid, fd, b"K", b"QQQQQQQQ"))
        rss = max(rss, vmhwm(pid))
        os.write(fd, b"qq")
        os.waitpid(pid, 0)

    def med(k, i):
        v = sorted(r[i] for r in runs[k])
        return v[len(v) // 2]
    print("reader: 20 MB articles, median of %d (wall ms / reader CPU ms), "
          "goal < 100 ms each:" % rounds)
    for k, what in (("open", "open"), ("search", "/ to a match at the end"),
                    ("J", "J to the next 20 MB article"),
                    ("K", "K back")):
        print("  %-30s %7.1f / %6.1f" % (what, med(k, 0), med(k, 1)))
    print("  peak RSS %d MB" % rss)


def main():
    sift, listdb, artdb = sys.argv[1:4]
    # The list of 100,000 articles.
    t0 = time.monotonic()
    pid, fd = spawn([sift, "-d", listdb])
    wait_for(fd, b"sort: ")
    first = time.monotonic() - t0
    drain(fd)
    for _ in range(5):
        os.write(fd, b" ")
        settle(fd, stage="list page down")
    rss_list = vmhwm(pid)
    os.write(fd, b"qq")
    os.waitpid(pid, 0)

    # The 10 MB article.
    pid, fd = spawn([sift, "-d", artdb])
    wait_for(fd, b"sort: ")
    drain(fd)
    t0 = time.monotonic()
    os.write(fd, b"\r")
    wait_for(fd, b"hidden")
    open_s = time.monotonic() - t0
    drain(fd)
    os.write(fd, b"H")          # every block, so there are pages to turn
    settle(fd, stage="H")
    times = []
    for _ in range(20):
        os.write(fd, b" ")
        times.append(settle(fd, stage="article page down"))
    times.sort()
    rss_art = vmhwm(pid)
    os.write(fd, b"qq")
    os.waitpid(pid, 0)
    print("reader: first list paint with %s: %.1f ms (goal < 100 ms); "
          "peak RSS %d MB (goal < 50 MB)" % (os.path.basename(listdb), first * 1000, rss_list))
    print("reader: open a 10 MB article: %.1f ms (goal < 50 ms); page down: "
          "median %.2f ms, worst %.2f ms (goal < 5 ms); peak RSS %d MB"
          % (open_s * 1000, times[len(times) // 2] * 1000, times[-1] * 1000, rss_art))
    if len(sys.argv) > 4:
        huge(sift, sys.argv[4])


if __name__ == "__main__":
    main()
