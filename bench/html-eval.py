#!/usr/bin/env python3
"""Score article extraction from real web pages: sift against other tools.

Usage:
    python3 bench/html-eval.py [--tool sift|readability-lxml|readability-js[,...]]
                               [--sift PATH] [--jobs N] [--timeout S] [-v]
                               [--by-lang] [--out DIR | --from DIR] DEVSET_DIR...

A DEVSET_DIR is one set (a directory of pages) or a directory of sets (every
subdirectory holding pages is a set); bench/html-devset.sh builds them under
/work/devset.  A page is NAME.html (the bytes as saved; each tool detects the
encoding itself) with one or both of:

  NAME.gold.txt       the article's text, one block a line
  NAME.snippets.json  {"with": [...], "without": [...], "comments": [...]}:
                      strings that must appear, must not appear, and (when
                      known) strings from the reader comments

and the set's manifest.jsonl may give each page's "lang".

What is scored:
  * the text of `sift clean FILE` (title line included) up to the line
    "-- Comments --", exclusive; the "+comments" columns score the whole
    output (comments included, the marker line dropped);
  * readability-lxml (python3-readability): Document(bytes).summary(), turned
    into one block a line by html_to_text below;
  * Readability.js (bench/readability-js.mjs --html): the article's content
    HTML, turned into text the same way; one `--serve` node process a job
    reads the pages one after another (--js-per-page starts node for each).  The gold of the readability-* sets
    is Readability.js's own expected output, so it scores near 1.0 there.
A tool that fails, or takes longer than --timeout seconds on a page, is
counted as having printed nothing for that page.

Gold-text metric (as scrapinghub's article-extraction-benchmark computes it):
  tokens are regex \\w+ over the text; a document is the multiset of its
  4-token shingles (a text of fewer than 4 tokens is one shingle of all of
  them); per document tp = sum over shingles of min(gold, pred), fp = the
  predicted excess, fn = the gold excess; each document's (tp, fp, fn) is
  divided by tp+fp+fn so that long articles do not weigh more, the
  normalised values are summed over the documents, and then
  P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2PR/(P+R).  "sd" is the standard
  deviation of that F1 over 1000 bootstrap resamples of the documents
  (seeded, so runs are comparable).
  \\w+ makes a whole Chinese or Japanese clause one token, so the "char4"
  columns do the same over character 4-grams: NFKC-normalise both texts
  (sift folds full-width forms), remove all whitespace, shingle characters.

Snippet metric (as trafilatura's tests/evaluate.py and eval_common.py):
  whitespace runs are collapsed to one space and the ends stripped, in the
  snippet and in the output; a "with" snippet found is a TP, missing a FN; a
  "without" snippet found is a FP, absent a TN; counts are summed over the
  pages; P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN),
  accuracy = (TP+TN)/all.
  For pages whose "comments" snippets are known, a third table says how many
  of them sift put after "-- Comments --" and how many it left in the article.

-v lists every page, worst first, with what was missing or leaked.
The tables are Markdown, to paste into a note.
"""
import argparse
import concurrent.futures
import html.parser
import json
import os
import random
import re
import select
import shutil
import subprocess
import sys
import threading
import time
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
COMMENTS_MARK = "-- Comments --"
CJK_LANGS = {"zh", "ja"}

# ---------------------------------------------------------------- HTML -> text

BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center",
    "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
    "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "svg", "math",
             "iframe", "object", "select", "textarea"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
             "meta", "param", "source", "track", "wbr"}


class _TextParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0
        self.pre = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS and tag not in VOID_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\0")
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append("\0")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and tag not in VOID_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\0")
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        if self.skip:
            return
        self.parts.append(data.replace("\n", "\0") if self.pre else data)


def html_to_text(markup):
    """Text of an HTML document or fragment, one block a line, with the
    whitespace inside a block collapsed."""
    p = _TextParser()
    try:
        p.feed(markup)
        p.close()
    except Exception:  # html.parser is lenient; keep what was read
        pass
    blocks = (" ".join(b.split()) for b in "".join(p.parts).split("\0"))
    return "\n".join(b for b in blocks if b)


# ---------------------------------------------------------------- metrics

TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def _ngrams(items, n, join):
    out = Counter()
    for i in range(max(1, len(items) - n + 1)):
        sh = join(items[i:i + n])
        if sh:
            out[sh] += 1
    return out


def word_shingles(text, n=4):
    return _ngrams(TOKEN_RE.findall(text or ""), n, " ".join)


def char_shingles(text, n=4):
    s = "".join(unicodedata.normalize("NFKC", text or "").split())
    return _ngrams(s, n, "".join)


def shingle_match(gold, pred):
    """(tp, fp, fn) of one document, normalised to sum to 1 (all 0 when both
    are empty), as AEB's string_shingle_matching."""
    tp = sum((gold & pred).values())
    fp = sum(pred.values()) - tp
    fn = sum(gold.values()) - tp
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def doc_f1(m):
    tp, fp, fn = m
    return 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0


def aggregate(matches):
    tp = sum(m[0] for m in matches)
    fp = sum(m[1] for m in matches)
    fn = sum(m[2] for m in matches)
    return prf(tp, fp, fn)


def bootstrap_sd(matches, rounds=1000, seed=0):
    n = len(matches)
    if n < 2:
        return 0.0
    rng = random.Random(seed)
    fs = []
    for _ in range(rounds):
        tp = fp = fn = 0.0
        for _ in range(n):
            a, b, c = matches[rng.randrange(n)]
            tp += a
            fp += b
            fn += c
        fs.append(prf(tp, fp, fn)[2])
    mean = sum(fs) / rounds
    return (sum((f - mean) ** 2 for f in fs) / (rounds - 1)) ** 0.5


def norm_ws(text):
    return re.sub(r"\s+", " ", text or "").strip()


def snippet_counts(snip, text):
    """(tp, fp, fn, tn, missing, leaked) as trafilatura's count_item."""
    t = norm_ws(text)
    missing = [w for w in snip.get("with", []) if norm_ws(w) not in t]
    leaked = [w for w in snip.get("without", []) if norm_ws(w) in t]
    tp = len(snip.get("with", [])) - len(missing)
    fp = len(leaked)
    return tp, fp, len(missing), len(snip.get("without", [])) - fp, missing, leaked


# ---------------------------------------------------------------- pages

class Page:
    __slots__ = ("set", "name", "html", "gold", "snip", "lang")

    def __init__(self, set_, name, html_path, gold, snip, lang):
        self.set, self.name, self.html, self.gold, self.snip, self.lang = set_, name, html_path, gold, snip, lang


def _manifest(d):
    langs = {}
    path = os.path.join(d, "manifest.jsonl")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    rec = json.loads(line)
                    langs[rec["name"]] = rec.get("lang") or "?"
    return langs


def load_set(d):
    set_name = os.path.basename(os.path.normpath(d))
    langs = _manifest(d)
    pages = []
    for fn in sorted(os.listdir(d)):
        if not fn.endswith(".html"):
            continue
        name = fn[:-5]
        gp = os.path.join(d, name + ".gold.txt")
        sp = os.path.join(d, name + ".snippets.json")
        gold = snip = None
        if os.path.exists(gp):
            with open(gp, encoding="utf-8") as f:
                gold = f.read()
        if os.path.exists(sp):
            with open(sp, encoding="utf-8") as f:
                snip = json.load(f)
        if gold is None and snip is None:
            continue
        lang = (langs.get(name) or "?").split("-")[0].lower()
        pages.append(Page(set_name, name, os.path.join(d, fn), gold, snip, lang))
    return pages


def find_sets(dirs):
    sets = []
    for d in dirs:
        if not os.path.isdir(d):
            sys.exit("html-eval: no such directory: %s" % d)
        if any(f.endswith(".html") for f in os.listdir(d)):
            sets.append(d)
        else:
            for sub in sorted(os.listdir(d)):
                p = os.path.join(d, sub)
                if os.path.isdir(p) and any(f.endswith(".html") for f in os.listdir(p)):
                    sets.append(p)
    return sets


# ---------------------------------------------------------------- tools

LXML_CODE = r"""
import sys
from readability import Document
with open(sys.argv[1], "rb") as f:
    data = f.read()
sys.stdout.buffer.write(Document(data).summary(html_partial=True).encode("utf-8"))
"""


def default_python():
    for cand in (os.environ.get("READABILITY_LXML_PYTHON"), "/usr/bin/python3", sys.executable):
        if cand and os.path.exists(cand):
            return cand
    return "python3"


def default_sift():
    if os.environ.get("SIFT"):
        return os.environ["SIFT"]
    built = os.path.join(HERE, os.pardir, "src", "sift")
    return os.path.normpath(built) if os.path.exists(built) else (shutil.which("sift") or built)


class Tool:
    def __init__(self, name, args):
        self.name = name
        self.env = None
        if name == "sift":
            self.argv = [args.sift, "clean"]
        elif name == "readability-lxml":
            self.argv = [args.python, "-c", LXML_CODE]
        elif name == "readability-js":
            self.argv = [args.node, os.path.join(HERE, "readability-js.mjs"), "--html"]
            if args.node_prefix:
                self.env = dict(os.environ, READABILITY_JS_PREFIX=args.node_prefix)
            if not args.js_per_page:
                self.local = threading.local()
                self.workers = []
                self.lock = threading.Lock()
        else:
            sys.exit("html-eval: unknown tool %r" % name)

    def close(self):
        for w in getattr(self, "workers", []):
            if w.poll() is None:
                w.kill()
            w.wait()

    def _retire(self, w):
        """Stop a worker and close its pipes (each timeout would leak two
        descriptors); its exit status."""
        if w.poll() is None:
            w.kill()
        rc = w.wait()
        for f in (w.stdin, w.stdout):
            try:
                f.close()
            except OSError:
                pass
        self.local.worker = None
        with self.lock:
            if w in self.workers:
                self.workers.remove(w)
        return rc

    def _serve(self, page, timeout):
        """Readability.js through a node --serve worker kept by this thread:
        (stdout as the one-shot run would print it, status)."""
        w = getattr(self.local, "worker", None)
        if w is None or w.poll() is not None:
            w = subprocess.Popen(self.argv + ["--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, env=self.env)
            self.local.worker, self.local.buf = w, b""
            with self.lock:
                self.workers.append(w)
        w.stdin.write(os.fsencode(page.html) + b"\n")
        w.stdin.flush()
        deadline = time.monotonic() + timeout
        buf = self.local.buf
        # poll, not select: a long run may hold descriptors past 1024
        poller = select.poll()
        poller.register(w.stdout, select.POLLIN)
        while b"\n" not in buf:
            left = deadline - time.monotonic()
            if left <= 0 or not poller.poll(left * 1000):
                self._retire(w)
                return None, "timeout"
            chunk = os.read(w.stdout.fileno(), 1 << 16)
            if not chunk:
                return None, "error: node exited (rc=%s)" % self._retire(w)
            buf += chunk
        line, self.local.buf = buf.split(b"\n", 1)
        reply = json.loads(line.decode("utf-8", "replace"))
        if "error" in reply:
            return None, "error: " + reply["error"][:120]
        return reply.get("out", ""), None

    def run(self, page, timeout):
        """(article text, text with comments, raw text, status, seconds)"""
        t0 = time.monotonic()
        if hasattr(self, "local"):
            out, err = self._serve(page, timeout)
            dt = time.monotonic() - t0
            if err:
                return "", "", "", err, dt
            art = full = out = html_to_text(out)
            return art, full, out, ("ok" if art.strip() else "empty"), dt
        try:
            r = subprocess.run(self.argv + [page.html], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, timeout=timeout, env=self.env)
        except subprocess.TimeoutExpired:
            return "", "", "", "timeout", time.monotonic() - t0
        except OSError as e:
            return "", "", "", "error: %s" % e.strerror, time.monotonic() - t0
        dt = time.monotonic() - t0
        if r.returncode != 0:
            err = r.stderr.decode("utf-8", "replace").strip().splitlines()
            err = err[-1].replace(page.html, os.path.basename(page.html))[:120] if err else ""
            return "", "", "", "error rc=%d%s" % (r.returncode, (": " + err) if err else ""), dt
        out = r.stdout.decode("utf-8", "replace")
        if self.name != "sift":
            out = html_to_text(out)
        art, full = split_output(self.name, out)
        return art, full, out, ("ok" if art.strip() else "empty"), dt


def split_output(tool, out):
    """(article, article + comments) of a tool's text output."""
    if tool == "sift":
        lines = out.split("\n")
        if COMMENTS_MARK in lines:
            i = lines.index(COMMENTS_MARK)
            return "\n".join(lines[:i]), "\n".join(lines[:i] + lines[i + 1:])
    return out, out


def load_saved(base, tool, pages):
    """Outputs saved by an earlier --out run, as Tool.run returns them."""
    d = os.path.join(base, tool)
    status = {}
    sp = os.path.join(d, "status.tsv")
    if os.path.exists(sp):
        with open(sp, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 4:
                    status[(parts[0], parts[1])] = (parts[2], float(parts[3]))
    runs = []
    for p in pages:
        fp = os.path.join(d, p.set, p.name + ".txt")
        if not os.path.exists(fp):
            runs.append(("", "", "", "error: not in --from", 0.0))
            continue
        with open(fp, encoding="utf-8") as f:
            raw = f.read()
        art, full = split_output(tool, raw)
        st, dt = status.get((p.set, p.name), ("ok" if art.strip() else "empty", 0.0))
        runs.append((art, full, raw, st, dt))
    return runs


# ---------------------------------------------------------------- scoring

def score_page(page, art, full):
    res = {}
    if page.gold is not None:
        gw, gc = word_shingles(page.gold), char_shingles(page.gold)
        res["w"] = shingle_match(gw, word_shingles(art))
        res["c"] = shingle_match(gc, char_shingles(art))
        if full is art or full == art:
            res["wF"], res["cF"] = res["w"], res["c"]
        else:
            res["wF"] = shingle_match(gw, word_shingles(full))
            res["cF"] = shingle_match(gc, char_shingles(full))
    if page.snip is not None:
        res["s"] = snippet_counts(page.snip, art)
        res["sF"] = snippet_counts(page.snip, full) if full != art else res["s"]
        com = page.snip.get("comments") or []
        if com:
            a, f = norm_ws(art), norm_ws(full)
            in_art = sum(1 for c in com if norm_ws(c) in a)
            in_full = sum(1 for c in com if norm_ws(c) in f)
            res["com"] = (len(com), in_full - in_art, in_art)
    return res


def fmt(x):
    return "%.3f" % x


def gold_row(label, rs):
    m = [r["w"] for r in rs]
    c = [r["c"] for r in rs]
    p, r_, f = aggregate(m)
    pc, rc, fc = aggregate(c)
    fw_all = aggregate([r["wF"] for r in rs])[2]
    fc_all = aggregate([r["cF"] for r in rs])[2]
    return label + [str(len(rs)), fmt(p), fmt(r_), fmt(f), fmt(bootstrap_sd(m)),
                    fmt(pc), fmt(rc), fmt(fc), fmt(bootstrap_sd(c)), fmt(fw_all), fmt(fc_all)]


def snip_row(label, rs, key="s"):
    tp = sum(r[key][0] for r in rs)
    fp = sum(r[key][1] for r in rs)
    fn = sum(r[key][2] for r in rs)
    tn = sum(r[key][3] for r in rs)
    p = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0
    acc = (tp + tn) / (tp + fp + fn + tn) if tp + fp + fn + tn else 0.0
    sF = [r["sF"] for r in rs]
    tpF, fpF, fnF = sum(x[0] for x in sF), sum(x[1] for x in sF), sum(x[2] for x in sF)
    fF = 2 * tpF / (2 * tpF + fpF + fnF) if 2 * tpF + fpF + fnF else 0.0
    return label + [str(len(rs)), str(tp), str(fn), str(fp), str(tn), fmt(p), fmt(rec), fmt(f), fmt(acc), fmt(fF)]


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def short(s, n=60):
    s = norm_ws(s)
    return s if len(s) <= n else s[:n - 1] + "…"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", metavar="DEVSET_DIR")
    ap.add_argument("--tool", default="sift",
                    help="sift, readability-lxml, readability-js, or several with commas (default sift)")
    ap.add_argument("--sift", default=default_sift(), help="the sift binary (default $SIFT, else src/sift)")
    ap.add_argument("--python", default=default_python(),
                    help="a python3 that has python3-readability (default $READABILITY_LXML_PYTHON, else /usr/bin/python3)")
    ap.add_argument("--node", default=os.environ.get("NODE", "node"), help="the node binary")
    ap.add_argument("--node-prefix", default=os.environ.get("READABILITY_JS_PREFIX"),
                    help="directory whose node_modules holds @mozilla/readability and jsdom "
                         "(default $READABILITY_JS_PREFIX, else $NODE_PATH)")
    ap.add_argument("--js-per-page", action="store_true",
                    help="start node for every page (`node bench/readability-js.mjs --html FILE`) instead of "
                         "keeping one `--serve` worker a job; the same output, several times slower")
    ap.add_argument("--jobs", "-j", type=int, default=2, help="pages run at once (default 2)")
    ap.add_argument("--timeout", type=float, default=60, help="seconds a page (default 60)")
    ap.add_argument("--by-lang", action="store_true", help="also a row for each language of each set")
    ap.add_argument("--out", help="save every output as OUT/TOOL/SET/NAME.txt (and OUT/TOOL/status.tsv)")
    ap.add_argument("--from", dest="from_dir", metavar="DIR",
                    help="score the outputs an earlier --out DIR run saved instead of running the tools")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every page's score, worst first")
    args = ap.parse_args()

    pages = []
    for d in find_sets(args.dirs):
        pages += load_set(d)
    if not pages:
        sys.exit("html-eval: no scored pages (NAME.html with NAME.gold.txt or NAME.snippets.json)")
    tools = [Tool(t.strip(), args) for t in args.tool.split(",") if t.strip()]
    set_order = list(dict.fromkeys(p.set for p in pages))

    gold_rows, snip_rows, com_rows, notes, verbose = [], [], [], [], []
    for tool in tools:
        t0 = time.monotonic()
        if args.from_dir:
            runs = load_saved(args.from_dir, tool.name, pages)
        else:
            try:
                with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
                    runs = list(ex.map(lambda p: tool.run(p, args.timeout), pages))
            finally:
                tool.close()
        wall = time.monotonic() - t0
        results = []
        if args.out:
            os.makedirs(os.path.join(args.out, tool.name), exist_ok=True)
            stf = open(os.path.join(args.out, tool.name, "status.tsv"), "w", encoding="utf-8")
        for page, (art, full, raw, status, dt) in zip(pages, runs):
            if args.out:
                od = os.path.join(args.out, tool.name, page.set)
                os.makedirs(od, exist_ok=True)
                with open(os.path.join(od, page.name + ".txt"), "w", encoding="utf-8") as f:
                    f.write(raw)
                stf.write("%s\t%s\t%s\t%.3f\n" % (page.set, page.name, status.replace("\t", " "), dt))
            results.append((page, score_page(page, art, full), status, dt))
        if args.out:
            stf.close()
        st = Counter(("error" if s.startswith("error") else s) for _, _, s, _ in results)
        notes.append("%s: %d pages %s (%.2f s a page); %d timeouts, %d errors, %d empty outputs%s"
                     % (tool.name, len(results),
                        ("scored from " + args.from_dir) if args.from_dir else "in %.0f s with %d jobs" % (wall, args.jobs),
                        sum(r[3] for r in results) / len(results),
                        st["timeout"], st["error"], st["empty"],
                        "" if not st["error"] else "; first error: " +
                        next(s for _, _, s, _ in results if s.startswith("error"))))

        groups = defaultdict(list)
        for page, res, status, dt in results:
            groups[(page.set, None)].append((page, res))
            if args.by_lang:
                groups[(page.set, page.lang)].append((page, res))
        keys = []
        for s in set_order:
            keys.append((s, None))
            langs = sorted(k for k in groups if k[0] == s and k[1] is not None)
            if len(langs) > 1:
                keys += langs
        for k in keys:
            rs = groups.get(k, [])
            label = [tool.name, k[0] if k[1] is None else "%s [%s]" % k]
            g = [r for _, r in rs if "w" in r]
            if g:
                gold_rows.append(gold_row(label, g))
            sn = [r for _, r in rs if "s" in r]
            if sn:
                snip_rows.append(snip_row(label, sn))
            cm = [r["com"] for _, r in rs if "com" in r]
            if cm:
                com_rows.append(label + [str(len(cm)), str(sum(c[0] for c in cm)),
                                         str(sum(c[1] for c in cm)), str(sum(c[2] for c in cm))])
        allg = [r for _, r, _, _ in results if "w" in r]
        if allg:
            gold_rows.append(gold_row([tool.name, "**all gold pages**"], allg))
        alls = [r for _, r, _, _ in results if "s" in r]
        if alls:
            snip_rows.append(snip_row([tool.name, "**all snippet pages**"], alls))

        if args.verbose:
            for page, res, status, dt in results:
                if "w" in res:
                    fw, fc = doc_f1(res["w"]), doc_f1(res["c"])
                    prim = fc if page.lang in CJK_LANGS else fw
                    p, r_, _ = prf(*res["c" if page.lang in CJK_LANGS else "w"])
                    verbose.append((prim, "gold", "| %s | %s/%s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                        tool.name, page.set, page.name, page.lang, fmt(prim), fmt(fw), fmt(fc), fmt(p), fmt(r_),
                        fmt(doc_f1(res["wF"] if page.lang not in CJK_LANGS else res["cF"])), status)))
                if "s" in res:
                    tp, fp, fn, tn, missing, leaked = res["s"]
                    f = 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 1.0
                    what = "; ".join(["missing: " + short(m) for m in missing[:2]] +
                                     ["leaked: " + short(l) for l in leaked[:2]])
                    verbose.append((f, "snip", "| %s | %s/%s | %s | %s | %d | %d | %d | %d | %s | %s |" % (
                        tool.name, page.set, page.name, page.lang, fmt(f), tp, fn, fp, tn, status,
                        what.replace("|", "\\|"))))

    if gold_rows:
        print("### Gold text: AEB shingle scores (word = \\w+ 4-token shingles, char4 = character 4-grams)\n")
        print(table(["tool", "set", "pages", "P", "R", "F1", "sd", "P char4", "R char4", "F1 char4", "sd",
                     "F1 +comments", "F1 char4 +comments"], gold_rows))
        print()
    if snip_rows:
        print("### Snippets: trafilatura segment score\n")
        print(table(["tool", "set", "pages", "TP", "FN", "FP", "TN", "P", "R", "F1", "acc", "F1 +comments"],
                    snip_rows))
        print()
    if com_rows:
        print("### Reader-comment snippets (pages whose comments are known)\n")
        print(table(["tool", "set", "pages", "snippets", "after \"-- Comments --\"", "left in the article"],
                     com_rows))
        print()
    for n in notes:
        print("- " + n)
    if args.verbose and verbose:
        g = sorted((v for v in verbose if v[1] == "gold"), key=lambda v: v[0])
        s = sorted((v for v in verbose if v[1] == "snip"), key=lambda v: v[0])
        if g:
            print("\n### Gold pages, worst first (F1 = char4 for zh/ja, word otherwise)\n")
            print("| tool | page | lang | F1 | F1 word | F1 char4 | P | R | F1 +comments | status |")
            print("|---|---|---|---|---|---|---|---|---|---|")
            for v in g:
                print(v[2])
        if s:
            print("\n### Snippet pages, worst first\n")
            print("| tool | page | lang | F1 | TP | FN | FP | TN | status | what |")
            print("|---|---|---|---|---|---|---|---|---|---|")
            for v in s:
                print(v[2])


if __name__ == "__main__":
    main()
