#!/bin/sh
# The newsboat comparison (`make bench`, after import.sh made the corpus
# and the 100,000-article store): newsboat, the Debian package, opens a
# cache of the same articles and both readers are timed the same way, in a
# pseudo-terminal at 80x24 (TERM=xterm-256color), like bench/tui.py.
#
# newsboat is in bootstrap's DEPS, but a tree set up any other way may lack
# it (and the build never needs it): without `newsboat` this prints a skip
# line and exits 0.
#
# Once per size N, under bench/out/newsboat/:
#   feed-N.xml    the first N corpus files as one RSS 2.0 feed
#                 (bench/newsboat-feed.py)
#   urls-N        "exec:cat .../feed-N.xml" (newsboat runs exec: URLs on
#                 reload, and only then: auto-reload stays off)
#   cache-N.db    newsboat -u urls-N -c cache-N.db -C config -x reload,
#                 timed: newsboat's import, next to sift's
#   reload-N.time its seconds and peak RSS (KB), for later runs
#   results-N.txt the figures printed at the end, as key=value lines
#                 (bench/scale.sh puts them beside sift's at scale)
# newsboat runs with HOME=bench/out/newsboat/home, so it never touches
# ~/.newsboat.  Then, NB_RUNS times each (the median is reported):
#   newsboat  spawn -> the painted feed list; Enter -> the painted list of
#             the feed's N articles; PgDn x 20 -> each redraw's last byte
#             (read until 50 ms of quiet); VmHWM at the end
#   sift      spawn on the N-article store -> the painted list; PgDn x 20
#             the same way; VmHWM at the end
# sift's store is bench/out/sift-N.db (import.sh's); for another N it is
# imported once from the same N files into bench/out/newsboat/sift-N.db.
# Ratios are sift / newsboat: below 1 means sift is faster or smaller.
#
# Environment:
#   NB_N        articles (default 100000; at most the corpus's size)
#   NB_RUNS     runs of each reader (default 3)
#   NB_IMPORT_RUNS  sift imports and newsboat reloads of the N items, one
#               after the other, whose medians are reported (default 3;
#               0: the single times of import.sh and the first reload)
#   NB_TIMEOUT  seconds the reload may take before the size is given up
#               (default 600)
#   PYTHON      python3 (default python3)
#   srcdir      the source directory (default: this script's ../)
# Units: ms of wall clock; MB is 2^20 bytes.
set -eu

: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${NB_N:=100000}"
: "${NB_RUNS:=3}"
: "${NB_IMPORT_RUNS:=3}"
: "${NB_TIMEOUT:=600}"
: "${PYTHON:=python3}"
SIFT=./src/sift
OUT=bench/out
NB=$OUT/newsboat
TIME=/usr/bin/time
N=$NB_N
LC_ALL=C.UTF-8
export LC_ALL

say() { printf '%s\n' "$*"; }
die() { printf 'bench: newsboat: %s\n' "$*" >&2; exit 1; }
calc() { LC_ALL=C awk "BEGIN { $1 }" </dev/null; }

if ! command -v newsboat >/dev/null 2>&1; then
	say "bench: newsboat skipped: newsboat is not installed (apt-get install newsboat)"
	exit 0
fi
case $N in
'' | *[!0-9]* | 0) die "NB_N must be a positive number, not '$N'" ;;
esac
case $NB_IMPORT_RUNS in
'' | *[!0-9]*) die "NB_IMPORT_RUNS must be a number, not '$NB_IMPORT_RUNS'" ;;
esac
if [ -d "$OUT/corpus-$N" ]; then
	CORPUS=$OUT/corpus-$N
elif [ -d "$OUT/corpus-100000" ] && [ "$N" -le 100000 ]; then
	CORPUS=$OUT/corpus-100000
else
	say "bench: newsboat skipped: no corpus of $N articles under $OUT (run the import benchmark first)"
	exit 0
fi
[ -x "$SIFT" ] || die "$SIFT is missing: run make first (from the build directory)"
[ -x "$TIME" ] || die "$TIME (GNU time) is missing"
command -v timeout >/dev/null 2>&1 || die "timeout (coreutils) is missing"
command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON is missing"

mkdir -p "$NB/home"
ABS=$(cd "$NB" && pwd)
case $ABS in
*[\"\'\ ]*) die "the path $ABS has a quote or a space: newsboat's urls file cannot name it" ;;
esac
# newsboat finds no config of its own there; no XDG directory redirects it.
nb_env() { env -u XDG_CONFIG_HOME -u XDG_DATA_HOME HOME="$ABS/home" "$@"; }

# The configuration: nothing runs by itself (no auto-reload, no
# notifications, no history), every feed and article is listed and kept.
cat >"$NB/config" <<'EOF'
auto-reload no
show-read-feeds yes
show-read-articles yes
max-items 0
keep-articles-days 0
cleanup-on-quit no
confirm-exit no
history-limit 0
notify-always no
notify-beep no
prepopulate-query-feeds no
EOF

FEED=$NB/feed-$N.xml
if [ ! -f "$FEED" ]; then
	say "bench: newsboat: writing $FEED ..."
	t0=$(date +%s)
	"$PYTHON" "$srcdir/bench/newsboat-feed.py" "$CORPUS" "$FEED" "$N"
	say "bench: newsboat: wrote $FEED in $(($(date +%s) - t0)) s"
fi
URLS=$NB/urls-$N
printf '"exec:cat %s/feed-%s.xml"\n' "$ABS" "$N" >"$URLS"

CACHE=$NB/cache-$N.db
if [ ! -f "$CACHE" ] || [ ! -f "$NB/reload-$N.time" ]; then
	rm -f "$CACHE" "$CACHE.tmp" "$CACHE.tmp.lock" "$NB/reload-$N.time"
	say "bench: newsboat: reloading $N items into $CACHE (up to $NB_TIMEOUT s) ..."
	rc=0
	nb_env timeout "$NB_TIMEOUT" "$TIME" -f '%e %M' -o "$NB/reload-$N.time.tmp" \
	    newsboat -u "$URLS" -c "$CACHE.tmp" -C "$NB/config" -x reload \
	    >"$NB/reload-$N.log" 2>&1 || rc=$?
	if [ "$rc" -ne 0 ]; then
		rm -f "$CACHE.tmp" "$CACHE.tmp.lock" "$NB/reload-$N.time.tmp"
		if [ "$rc" -eq 124 ]; then
			say "newsboat: reload of $N items did not finish in $NB_TIMEOUT s (NB_TIMEOUT): no comparison at this size; try a smaller NB_N"
			exit 0
		fi
		tail -n 5 "$NB/reload-$N.log" >&2
		die "newsboat -x reload failed (exit $rc; $NB/reload-$N.log)"
	fi
	mv "$CACHE.tmp" "$CACHE"
	mv "$NB/reload-$N.time.tmp" "$NB/reload-$N.time"
fi
set -- $(tail -n 1 "$NB/reload-$N.time")
nb_reload_s=$1
nb_reload_mb=$(calc "printf \"%d\", $2 / 1024")
cache_mb=$(calc "printf \"%d\", $(wc -c <"$CACHE") / 1048576")

# link_corpus DIR: the same first N files (in name order) that went
# into the feed, linked (or copied) into DIR, made whole or not at all
link_corpus() {
	rm -rf "$1.tmp"
	mkdir "$1.tmp"
	(cd "$CORPUS" && ls | grep '\.txt$' | sort | head -n "$N") |
	while read -r f; do
		ln "$CORPUS/$f" "$1.tmp/$f" 2>/dev/null ||
		    cp "$CORPUS/$f" "$1.tmp/$f"
	done
	mv "$1.tmp" "$1"
}

# sift's store of the same N articles, and its import time.
SDB=$OUT/sift-$N.db
SLOG=$OUT/sift-import-$N.log.time
if [ ! -f "$SDB" ]; then
	SDB=$NB/sift-$N.db
	SLOG=$NB/sift-import-$N.time
	if [ ! -f "$SDB" ] || [ ! -f "$SLOG" ]; then
		rm -rf "$NB/corpus-$N" "$SDB" "$SDB-wal" "$SDB-shm" "$SLOG"
		link_corpus "$NB/corpus-$N"
		say "bench: newsboat: importing $N articles into $SDB for sift ..."
		"$TIME" -f '%e %M' -o "$SLOG.tmp" "$SIFT" -d "$SDB" import "$NB/corpus-$N" \
		    >"$NB/sift-import-$N.log" 2>&1 ||
		    die "sift import failed ($NB/sift-import-$N.log)"
		mv "$SLOG.tmp" "$SLOG"
	fi
fi
sift_import_s=-
[ -f "$SLOG" ] && sift_import_s=$(tail -n 1 "$SLOG" | awk '{ print $1 }')

# Import against reload, NB_IMPORT_RUNS times each, one after the other
# (newsboat, sift, newsboat, ...): the shared machine's speed drifts by
# half over minutes, and runs apart compare the drift.  The medians
# replace the single times above.  The same first N files as the feed.
if [ "$NB_IMPORT_RUNS" -gt 0 ]; then
	[ -d "$NB/corpus-$N" ] || link_corpus "$NB/corpus-$N"
	ALTC=$NB/alt-cache.db ALTS=$NB/alt-sift.db
	nb_runs="" sift_runs=""
	r=0
	while [ $r -lt "$NB_IMPORT_RUNS" ]; do
		rm -f "$ALTC" "$ALTC.lock" "$ALTS" "$ALTS-wal" "$ALTS-shm"
		nb_env timeout "$NB_TIMEOUT" "$TIME" -f '%e' -o "$NB/alt.time" \
		    newsboat -u "$URLS" -c "$ALTC" -C "$NB/config" -x reload \
		    >/dev/null 2>&1 || die "newsboat -x reload failed"
		nb_runs="$nb_runs $(tail -n 1 "$NB/alt.time")"
		"$TIME" -f '%e' -o "$NB/alt.time" "$SIFT" -d "$ALTS" import \
		    "$NB/corpus-$N" >/dev/null 2>&1 || die "sift import failed"
		sift_runs="$sift_runs $(tail -n 1 "$NB/alt.time")"
		r=$((r + 1))
	done
	rm -f "$ALTC" "$ALTC.lock" "$ALTS" "$ALTS-wal" "$ALTS-shm" "$NB/alt.time"
	median() { printf '%s\n' $* | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
	nb_reload_s=$(median $nb_runs)
	sift_import_s=$(median $sift_runs)
	say "import of $N articles, alternating: sift$sift_runs s (median $sift_import_s), newsboat reload$nb_runs s (median $nb_reload_s): ratio $(calc "printf \"%.2f\", $sift_import_s / $nb_reload_s")"
fi

echo
"$PYTHON" - "$N" "$NB_RUNS" "$ABS" "$URLS" "$CACHE" "$NB/config" "$SIFT" "$SDB" \
    "$nb_reload_s" "$nb_reload_mb" "$cache_mb" "$sift_import_s" \
    "$NB/results-$N.txt" <<'EOF'
import fcntl, os, pty, select, shutil, signal, struct, sys, termios, time

(n, runs, home, urls, cache, config, sift, sdb,
 reload_s, reload_mb, cache_mb, sift_import, results) = sys.argv[1:14]
n, runs = int(n), int(runs)
PGDN = b"\x1b[6~"       # xterm's kNP: KEY_NPAGE for both readers


def spawn(argv, env=None):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(TERM="xterm-256color", LC_ALL="C.UTF-8", NO_COLOR="1")
        for k, v in (env or {}).items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        os.execv(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    return pid, fd


def wait_for(fd, needle, stage, timeout=120.0):
    """Read until needle arrives; return (seconds, the output up to it)."""
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
            if needle in seen:
                return time.monotonic() - t0, seen
    raise SystemExit("bench: newsboat: timed out waiting for %r (%s)" % (needle, stage))


def settle(fd, stage, timeout=30.0):
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
    raise SystemExit("bench: newsboat: no output after a key (%s)" % stage)


def drain(fd):
    while select.select([fd], [], [], 0.05)[0]:
        try:
            os.read(fd, 65536)
        except OSError:
            return


def vmhwm(pid):
    for line in open("/proc/%d/status" % pid):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return -1


def finish(pid, fd, keys):
    """Send the quit keys, reading on; kill the reader if it hangs."""
    os.write(fd, keys)
    t0 = time.monotonic()
    while time.monotonic() - t0 < 120:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if select.select([fd], [], [], 0.1)[0]:
            try:
                os.read(fd, 65536)
            except OSError:
                pass
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        print("bench: newsboat: %s did not quit; killed" % keys)
    os.close(fd)


def pages(fd, stage):
    times = []
    for _ in range(20):
        os.write(fd, PGDN)
        times.append(settle(fd, stage))
    return times


def warn(ok, what):
    if not ok:
        print("bench: newsboat: warning: %s" % what)


def newsboat_run():
    nb = shutil.which("newsboat")
    t0 = time.monotonic()
    pid, fd = spawn([nb, "-u", urls, "-c", cache, "-C", config],
                    {"HOME": home + "/home", "XDG_CONFIG_HOME": None,
                     "XDG_DATA_HOME": None})
    # the feed list: its row, then the key hints under it
    _, out = wait_for(fd, b"ENTER:Open", "newsboat feed list")
    first = time.monotonic() - t0
    # "(unread/total)" in an 11-column field: only its start is sure to show
    warn(b"(%d/" % n in out, "the feed list does not show %d unread" % n)
    drain(fd)
    t0 = time.monotonic()
    os.write(fd, b"\r")
    # the article list: title, 21 rows, then its own key hints
    _, out = wait_for(fd, b"s:Save r:Reload", "newsboat article list")
    open_s = time.monotonic() - t0
    warn(b"(%d unread" % n in out, "the article list does not say %d unread" % n)
    drain(fd)
    times = pages(fd, "newsboat page down")
    rss = vmhwm(pid)
    finish(pid, fd, b"qq")
    return first, open_s, times, rss


def sift_run():
    t0 = time.monotonic()
    pid, fd = spawn([sift, "-d", sdb])
    _, out = wait_for(fd, b"sort: ", "sift list")
    first = time.monotonic() - t0
    warn(b"/%d  sort: " % n in out, "sift's status line does not count %d" % n)
    drain(fd)
    times = pages(fd, "sift page down")
    rss = vmhwm(pid)
    finish(pid, fd, b"qq")
    return first, times, rss


def med(v):
    v = sorted(v)
    return v[len(v) // 2]


def ratio(a, b):
    return "%.2f" % (a / b) if b > 0 else "-"


nb = [newsboat_run() for _ in range(runs)]
sf = [sift_run() for _ in range(runs)]
nb_first = med([r[0] for r in nb]) * 1000
nb_open = med([r[1] for r in nb]) * 1000
nb_pg = [t * 1000 for r in nb for t in r[2]]
nb_rss = max(r[3] for r in nb)
sf_first = med([r[0] for r in sf]) * 1000
sf_pg = [t * 1000 for r in sf for t in r[1]]
sf_rss = max(r[2] for r in sf)

print("newsboat: reload of %d items %.1f s (peak RSS %s MB, cache %s MB); "
      "first paint %.0f ms; open the %d-item feed %.0f ms; page down %.2f ms "
      "(worst %.2f); peak RSS %.0f MB"
      % (n, float(reload_s), reload_mb, cache_mb, nb_first, n, nb_open,
         med(nb_pg), max(nb_pg), nb_rss))
print("sift: import of %d articles %s s; first paint %.0f ms; page down "
      "%.2f ms (worst %.2f); peak RSS %.0f MB"
      % (n, sift_import, sf_first, med(sf_pg), max(sf_pg), sf_rss))
imp = ("import %s s vs reload %.1f s (ratio %s); "
       % (sift_import, float(reload_s), ratio(float(sift_import), float(reload_s)))
       if sift_import != "-" else "")
print("sift vs newsboat (sift/newsboat, median of %d runs, page down of %d): "
      "%sfirst paint %.0f ms vs %.0f ms (ratio %s), %d-item list on screen "
      "%.0f ms vs %.0f ms (ratio %s), list page down %.2f ms vs %.2f ms "
      "(ratio %s), RSS %.0f MB vs %.0f MB (ratio %s)"
      % (runs, len(sf_pg), imp, sf_first, nb_first, ratio(sf_first, nb_first),
         n, sf_first, nb_first + nb_open, ratio(sf_first, nb_first + nb_open),
         med(sf_pg), med(nb_pg), ratio(med(sf_pg), med(nb_pg)),
         sf_rss, nb_rss, ratio(sf_rss, nb_rss)))
with open(results + ".tmp", "w") as f:
    for k, v in (("n", n), ("runs", runs), ("reload_s", reload_s),
                 ("reload_rss_mb", reload_mb), ("cache_mb", cache_mb),
                 ("first_ms", "%.0f" % nb_first), ("open_ms", "%.0f" % nb_open),
                 ("pgdn_ms", "%.2f" % med(nb_pg)),
                 ("pgdn_worst_ms", "%.2f" % max(nb_pg)),
                 ("rss_mb", "%.0f" % nb_rss), ("sift_import_s", sift_import),
                 ("sift_first_ms", "%.0f" % sf_first),
                 ("sift_pgdn_ms", "%.2f" % med(sf_pg)),
                 ("sift_rss_mb", "%.0f" % sf_rss)):
        f.write("%s=%s\n" % (k, v))
os.replace(results + ".tmp", results)
EOF
