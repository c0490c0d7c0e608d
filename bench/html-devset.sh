#!/bin/sh
# Rebuild the HTML-extraction dev set that bench/html-eval.py scores, from
# bare git mirrors of public repositories whose tests ship real web pages with
# an expected text or expected snippets.  The pages are third parties' work:
# they are written OUTSIDE this repository and must never be committed.
#
# Usage: bench/html-devset.sh [OUT_DIR]        (default /work/devset)
#   MIRRORS=DIR   where the mirrors are, as DIR/owner+name/repo (default /work/.mirror)
#   PYTHON=PROG   a python3 (only its standard library is used)
#
# Sets made (a missing mirror only skips its sets):
#   readability-en, readability-intl, synthetic/readability-synthetic
#       mozilla/readability test/test-pages/*: source.html, gold = the text of
#       expected.html (Readability.js's own output); pages under 10 kB are the
#       project's hand-made unit fixtures: they go one level down, so that
#       `html-eval.py OUT_DIR` leaves them out unless asked for
#   traf-eval     adbar/trafilatura tests/evaldata.json: with/without/comments snippets
#   traf-cache    adbar/trafilatura tests/realworld_tests.py: the plain
#                 `assert "..." (not) in result` lines of test_extract (text output)
#   other-LANG    flairNLP/fundus parser test data (gold = the publisher parser's body),
#                 AndyTheFactory/newspaper4k tests/data (gold = newspaper's own output),
#                 goose3/goose3 tests/data/content (snippets from the expected text's start),
#                 postlight/parser fixtures (snippet = the content test's first words)
# Each set has manifest.jsonl (name, lang, source, commit, path, url, charset);
# OUT_DIR/SOURCES.md sums them up.
set -eu
OUT=${1:-/work/devset}
MIRRORS=${MIRRORS:-/work/.mirror}
PY=${PYTHON:-python3}
HERE=$(cd "$(dirname "$0")" && pwd)
exec "$PY" - "$OUT" "$MIRRORS" "$HERE/html-eval.py" <<'PYEOF'
import ast
import gzip
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict

OUT, MIRRORS, EVAL = sys.argv[1:4]
sys.dont_write_bytecode = True   # no __pycache__ in the work tree
spec = importlib.util.spec_from_file_location("html_eval", EVAL)
he = importlib.util.module_from_spec(spec)
spec.loader.exec_module(he)
html_to_text = he.html_to_text

SYNTHETIC_MAX = 10000   # readability fixtures smaller than this are hand-made snippets


# ------------------------------------------------------------------ git

def repo(name):
    d = os.path.join(MIRRORS, name.replace("/", "+"), "repo")
    if not os.path.isdir(d):
        print("skip %s: no mirror at %s" % (name, d), file=sys.stderr)
        return None
    return d


def git(r, *args):
    return subprocess.run(["git", "-C", r] + list(args), check=True, stdout=subprocess.PIPE).stdout


def commit(r):
    return git(r, "rev-parse", "HEAD").decode().strip()


def ls(r, path, recursive=False):
    args = ["ls-tree", "-z", "--name-only"] + (["-r"] if recursive else []) + ["HEAD", path.rstrip("/") + "/"]
    return [p.decode("utf-8", "surrogateescape") for p in git(r, *args).split(b"\0") if p]


def blob(r, path):
    return git(r, "cat-file", "blob", "HEAD:" + path)


def exists(r, path):
    return subprocess.run(["git", "-C", r, "cat-file", "-e", "HEAD:" + path],
                          stderr=subprocess.DEVNULL).returncode == 0


# ------------------------------------------------------------------ page facts

META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([-\w.:]+)", re.I)
HTML_LANG = re.compile(rb"<html\b[^>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)", re.I)


def charset_info(b):
    if b.startswith(b"\xef\xbb\xbf"):
        declared = "utf-8 (BOM)"
    else:
        m = META_CHARSET.search(b[:16384])
        declared = m.group(1).decode("ascii", "replace").lower() if m else None
    try:
        b.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    return declared, utf8


def decode(b):
    declared, utf8 = charset_info(b)
    if utf8:
        return b.decode("utf-8")
    for enc in (declared, "gb18030", "cp1252"):
        try:
            if enc:
                return b.decode(enc.replace(" (bom)", ""))
        except (LookupError, UnicodeDecodeError):
            pass
    return b.decode("utf-8", "replace")


STOP = {
    "en": "the and of to in is that for it with as was on are be this by from have",
    "de": "der die und das ist nicht mit den von zu sich des auf für ein eine im dem auch",
    "fr": "le la les des et est une dans que pour qui pas du sur au ce avec il elle",
    "es": "el la los las de que y en del por para con una se es al como su",
    "pt": "o os as de que e do da em um uma para com não é dos das no na",
    "it": "il di che e è un una per con del della non sono le gli nel alla",
    "pl": "i w na z się nie do to że jest o jak po tak",
    "cs": "a se na je že v to s z do pro jako by jsou také",
    "nl": "de het een en van in is dat op te met voor niet zijn",
    "tr": "bir ve bu da de için ile olarak daha çok gibi",
    "sv": "och att det som en på är av för med till den inte",
    "no": "og i det som en på er av for med til ikke har",
    "da": "og i det som en på er af for med til ikke har",
}
STOP = {k: set(v.split()) for k, v in STOP.items()}
SCRIPT_LANG = {"hangul": "ko", "cyrillic": "ru", "arabic": "ar", "hebrew": "he", "thai": "th",
               "devanagari": "hi", "bengali": "bn", "myanmar": "my", "greek": "el"}
SCRIPT_OF_LANG = {"zh": "han", "ja": "han", "ko": "hangul", "ru": "cyrillic", "uk": "cyrillic",
                  "bg": "cyrillic", "sr": "cyrillic", "be": "cyrillic", "kk": "cyrillic", "mk": "cyrillic",
                  "ar": "arabic", "fa": "arabic", "ur": "arabic", "he": "hebrew", "th": "thai",
                  "hi": "devanagari", "ne": "devanagari", "mr": "devanagari", "bn": "bengali",
                  "my": "myanmar", "el": "greek"}


def script_of(ch):
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
        return "han"
    if 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F:
        return "kana"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "hangul"
    if 0x0400 <= o <= 0x04FF:
        return "cyrillic"
    if 0x0600 <= o <= 0x06FF:
        return "arabic"
    if 0x0590 <= o <= 0x05FF:
        return "hebrew"
    if 0x0E00 <= o <= 0x0E7F:
        return "thai"
    if 0x0900 <= o <= 0x097F:
        return "devanagari"
    if 0x0980 <= o <= 0x09FF:
        return "bengali"
    if 0x1000 <= o <= 0x109F:
        return "myanmar"
    if 0x0370 <= o <= 0x03FF:
        return "greek"
    if ch.isalpha():
        return "latin"
    return None


def detect_lang(text, html_lang=None):
    """(lang, how): the script of the text decides; html lang refines it when
    it agrees with the script; Latin text is told apart by stopwords."""
    hl = html_lang.replace("_", "-").lower() if html_lang else None
    hp = hl.split("-")[0] if hl else None
    c = Counter(s for s in map(script_of, text) if s)
    n = sum(c.values())
    if not n:
        return (hl or "?"), ("html lang" if hl else "none")
    cjk = c["han"] + c["kana"]
    if cjk / n > 0.3:
        guess = "ja" if c["kana"] / cjk > 0.08 else "zh"
        if hp == guess:
            return hl, "script + html lang"
        return guess, "script"
    top, cnt = c.most_common(1)[0]
    if top != "latin" and cnt / n > 0.3 and top in SCRIPT_LANG:
        if hp and SCRIPT_OF_LANG.get(hp) == top:
            return hl, "script + html lang"
        return SCRIPT_LANG[top], "script"
    words = re.findall(r"\w+", text.lower())
    scores = Counter({lang: sum(1 for w in words if w in sw) for lang, sw in STOP.items()})
    (best, b1), (_, b2) = scores.most_common(2)
    if b1 >= 15 and b1 >= 1.5 * b2:
        if hp == best:
            return hl, "stopwords + html lang"
        return best, "stopwords"
    if hl and SCRIPT_OF_LANG.get(hp) is None:
        return hl, "html lang"
    return (best if b1 >= 5 else "?"), "stopwords (weak)"


def html_lang(b):
    m = HTML_LANG.search(b[:50000])
    return m.group(1).decode("ascii") if m else None


def primary(lang):
    return (lang or "?").split("-")[0].lower()


OWN_SETS = {"en", "de", "fr", "es", "zh", "ja", "ko", "ru"}


def other_set(lang):
    """other-LANG for the languages sift cares most about (and the big
    ones), other-misc for the rest (their lang is in the manifest)."""
    p = primary(lang)
    return "other-" + (p if p in OWN_SETS else "misc")


def safe_name(s):
    s = re.sub(r"[^\w.+-]+", "_", s, flags=re.UNICODE).strip("._")
    return s[:120] or "page"


# ------------------------------------------------------------------ writing

sets = defaultdict(list)   # set name -> manifest records
names = defaultdict(set)


def add(set_name, name, html_bytes, rec, gold=None, snippets=None):
    d = os.path.join(OUT, set_name)
    os.makedirs(d, exist_ok=True)
    base, i = name, 2
    while name in names[set_name]:
        name = "%s-%d" % (base, i)
        i += 1
    names[set_name].add(name)
    with open(os.path.join(d, name + ".html"), "wb") as f:
        f.write(html_bytes)
    if gold is not None:
        with open(os.path.join(d, name + ".gold.txt"), "w", encoding="utf-8") as f:
            f.write(gold.rstrip("\n") + "\n")
    if snippets is not None:
        with open(os.path.join(d, name + ".snippets.json"), "w", encoding="utf-8") as f:
            json.dump(snippets, f, ensure_ascii=False, indent=1)
            f.write("\n")
    declared, utf8 = charset_info(html_bytes)
    rec = dict(name=name, **rec)
    rec["kind"] = "+".join(k for k, v in (("gold", gold), ("snippets", snippets)) if v is not None)
    rec["charset"] = declared
    rec["utf8"] = utf8
    if not utf8:
        rec["note"] = "not UTF-8: declared %s" % (declared or "nothing")
    elif declared and re.sub(r"[-_ ]", "", declared) not in ("utf8", "utf8(bom)", "unicode", "utf8(BOM)"):
        rec["note"] = "bytes are UTF-8 but the page declares %s" % declared
    sets[set_name].append(rec)


def words_cut(s, maxlen):
    """A prefix of s of at most maxlen characters, cut at a space when the
    text has spaces."""
    s = re.sub(r"\s+", " ", s).strip()
    if len(s) <= maxlen:
        return s
    cut = s[:maxlen]
    if " " in cut[maxlen // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.strip()


def spread(items, k):
    if len(items) <= k:
        return list(items)
    return [items[round(i * (len(items) - 1) / (k - 1))] for i in range(k)]


SOURCES = {}


# ------------------------------------------------------------------ readability

def build_readability():
    r = repo("mozilla/readability")
    if not r:
        return
    c = commit(r)
    SOURCES["mozilla/readability"] = (c, "Apache-2.0 (LICENSE.md)", "test/test-pages/*/{source.html,expected.html,expected-metadata.json}")
    for d in ls(r, "test/test-pages"):
        name = d.rsplit("/", 1)[1]
        src = blob(r, d + "/source.html")
        gold = html_to_text(blob(r, d + "/expected.html").decode("utf-8"))
        meta = json.loads(blob(r, d + "/expected-metadata.json")) if exists(r, d + "/expected-metadata.json") else {}
        lang, how = detect_lang(gold, meta.get("lang") or html_lang(src))
        if len(src) < SYNTHETIC_MAX:
            set_name = "synthetic/readability-synthetic"
        else:
            set_name = "readability-en" if primary(lang) == "en" else "readability-intl"
        add(set_name, name, src, dict(lang=lang, lang_source=how, source="mozilla/readability", commit=c,
                                      path=d + "/source.html", gold_from=d + "/expected.html",
                                      url=None, title=meta.get("title")), gold=gold)


# ------------------------------------------------------------------ trafilatura

def build_trafilatura():
    r = repo("adbar/trafilatura")
    if not r:
        return
    c = commit(r)
    SOURCES["adbar/trafilatura"] = (c, "Apache-2.0 (LICENSE); the pages are the sites' own",
                                    "tests/evaldata.json + tests/{cache,eval}/*.html; tests/realworld_tests.py + tests/cache/*.html")
    have = set(ls(r, "tests/cache")) | set(ls(r, "tests/eval"))

    def resolve(fn):   # as eval_common.resolve: cache first, then eval
        for sub in ("tests/cache/", "tests/eval/"):
            if sub + fn in have:
                return sub + fn
        return None

    evaldata = json.loads(blob(r, "tests/evaldata.json"))
    missing = 0
    for url, item in evaldata.items():
        path = resolve(item["file"])
        if not path:
            missing += 1
            continue
        b = blob(r, path)
        page_text = html_to_text(decode(b))
        lang, how = detect_lang(page_text, html_lang(b))
        snip = {"with": item["with"], "without": item["without"]}
        if item.get("comments"):
            snip["comments"] = item["comments"]
        add("traf-eval", safe_name(item["file"][:-5] if item["file"].endswith(".html") else item["file"]), b,
            dict(lang=lang, lang_source=how, source="adbar/trafilatura", commit=c, path=path,
                 expectations="tests/evaldata.json", url=url), snippets=snip)
    print("traf-eval: %d evaldata entries without their HTML file skipped" % missing, file=sys.stderr)

    # realworld_tests.py: test_extract's plain asserts on the text output
    src = blob(r, "tests/realworld_tests.py").decode("utf-8")
    tree = ast.parse(src)
    mock = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "MOCK_PAGES" for t in node.targets):
            mock = ast.literal_eval(node.value)
    env = {"xmloutput": False, "formatting": False}

    def cond(test):
        if isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id in env \
                and len(test.ops) == 1 and isinstance(test.comparators[0], ast.Constant):
            v, k = env[test.left.id], test.comparators[0].value
            op = test.ops[0]
            if isinstance(op, (ast.Is, ast.Eq)):
                return v == k
            if isinstance(op, (ast.IsNot, ast.NotEq)):
                return v != k
        if isinstance(test, ast.Name) and test.id in env:
            return env[test.id]
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            c_ = cond(test.operand)
            return None if c_ is None else not c_
        return None

    expect = defaultdict(lambda: {"with": [], "without": []})
    order = []

    def url_of(call):
        if isinstance(call, ast.Call) and getattr(call.func, "id", "") in ("do_load_page", "load_mock_page") \
                and call.args and isinstance(call.args[0], ast.Constant):
            if call.keywords and getattr(call.func, "id", "") == "load_mock_page":
                return None   # formatting, links, xml or TEI output: not plain text
            return call.args[0].value
        return None

    def compares(e):
        if isinstance(e, ast.BoolOp) and isinstance(e.op, ast.And):
            for v in e.values:
                yield from compares(v)
        elif isinstance(e, ast.Compare) and isinstance(e.left, ast.Constant) and isinstance(e.left.value, str) \
                and len(e.ops) == 1 and isinstance(e.comparators[0], ast.Name) and e.comparators[0].id == "result":
            yield e.left.value, isinstance(e.ops[0], ast.In)

    def walk(stmts, state):
        for s in stmts:
            if isinstance(s, ast.Assign) and any(getattr(t, "id", "") == "result" for t in s.targets):
                state["url"] = url_of(s.value)
                if state["url"] and state["url"] not in order:
                    order.append(state["url"])
            elif isinstance(s, ast.Assert) and state.get("url"):
                for text, positive in compares(s.test):
                    lst = expect[state["url"]]["with" if positive else "without"]
                    if text not in lst:
                        lst.append(text)
            elif isinstance(s, ast.If):
                c_ = cond(s.test)
                if c_ is True:
                    walk(s.body, state)
                elif c_ is False:
                    walk(s.orelse, state)

    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "test_extract":
            walk(node.body, {})
    for url in order:
        e = expect[url]
        fn = mock.get(url)
        if not fn or not (e["with"] or e["without"]) or "tests/cache/" + fn not in have:
            continue
        b = blob(r, "tests/cache/" + fn)
        lang, how = detect_lang(html_to_text(decode(b)), html_lang(b))
        add("traf-cache", safe_name(fn[:-5]), b,
            dict(lang=lang, lang_source=how, source="adbar/trafilatura", commit=c, path="tests/cache/" + fn,
                 expectations="tests/realworld_tests.py test_extract", url=url),
            snippets={"with": e["with"], "without": e["without"]})


# ------------------------------------------------------------------ fundus

def build_fundus():
    r = repo("flairNLP/fundus")
    if not r:
        return
    c = commit(r)
    base = "tests/resources/parser/test_data"
    SOURCES["flairNLP/fundus"] = (c, "MIT (LICENSE); the pages are the publishers' own",
                                  base + "/<country>/<Publisher>_<date>.html.gz + <Publisher>.json")
    skipped = []
    for cc_dir in ls(r, base):
        cc = cc_dir.rsplit("/", 1)[1]
        files = ls(r, cc_dir)
        meta = json.loads(blob(r, cc_dir + "/meta.info")) if cc_dir + "/meta.info" in files else {}
        htmls = defaultdict(list)
        for f in files:
            fn = f.rsplit("/", 1)[1]
            if fn.endswith(".html.gz"):
                htmls[fn.split("_", 1)[0]].append(f)
        for f in files:
            fn = f.rsplit("/", 1)[1]
            if not fn.endswith(".json"):
                continue
            pub = fn[:-5]
            data = json.loads(blob(r, f))
            versions = sorted(data, key=lambda v: [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", v)])
            hs = sorted(htmls.get(pub, []))
            if len(hs) != len(versions):
                skipped.append("%s/%s (%d versions, %d pages)" % (cc, pub, len(versions), len(hs)))
                continue
            for v, h in zip(versions, hs):
                body = data[v].get("body")
                if not isinstance(body, dict):
                    skipped.append("%s/%s %s (no body)" % (cc, pub, v))
                    continue
                lines = list(body.get("summary") or [])
                for sec in body.get("sections") or []:
                    lines += list(sec.get("headline") or []) + list(sec.get("paragraphs") or [])
                gold = "\n".join(" ".join(l.split()) for l in lines if l and l.strip())
                if len(gold) < 200:
                    skipped.append("%s/%s %s (body under 200 characters)" % (cc, pub, v))
                    continue
                b = gzip.decompress(blob(r, h))
                hn = h.rsplit("/", 1)[1]
                lang, how = detect_lang(gold, html_lang(b))
                add(other_set(lang), "fundus-%s-%s" % (cc, hn[:-8]), b,
                    dict(lang=lang, lang_source=how, source="flairNLP/fundus", commit=c, path=h,
                         gold_from="%s/%s [%s].body" % (cc_dir, fn, v), url=(meta.get(hn) or {}).get("url"),
                         title=data[v].get("title")), gold=gold)
    if skipped:
        print("fundus skipped: " + "; ".join(skipped), file=sys.stderr)


# ------------------------------------------------------------------ newspaper4k

NP4K_SKIP = {"article_with_divs", "cnn_summary", "ap_meta_refresh", "google_meta_refresh", "sample_rss"}


def build_newspaper4k():
    r = repo("AndyTheFactory/newspaper4k")
    if not r:
        return
    c = commit(r)
    SOURCES["AndyTheFactory/newspaper4k"] = (c, "MIT (LICENSE); the pages are the sites' own",
                                             "tests/data/html/X.html + tests/data/txt/X.txt")
    txts = {p.rsplit("/", 1)[1][:-4]: p for p in ls(r, "tests/data/txt") if p.endswith(".txt")}
    for p in ls(r, "tests/data/html"):
        name = p.rsplit("/", 1)[1][:-5]
        if name in NP4K_SKIP or name not in txts:
            continue
        gold = blob(r, txts[name]).decode("utf-8")
        if len(gold.strip()) < 200:
            continue
        gold = "\n".join(" ".join(l.split()) for l in gold.splitlines() if l.strip())
        b = blob(r, p)
        lang, how = detect_lang(gold, html_lang(b))
        add(other_set(lang), "np4k-" + name, b,
            dict(lang=lang, lang_source=how, source="AndyTheFactory/newspaper4k", commit=c, path=p,
                 gold_from=txts[name] + " (newspaper4k's own output, a regression fixture)", url=None),
            gold=gold)


# ------------------------------------------------------------------ goose3

def build_goose3():
    r = repo("goose3/goose3")
    if not r:
        return
    c = commit(r)
    SOURCES["goose3/goose3"] = (c, "Apache-2.0 (LICENSE.txt); the pages are the sites' own",
                                "tests/data/content/test_X.html + test_X.json expected.cleaned_text")
    files = ls(r, "tests/data/content")
    for p in files:
        if not p.endswith(".json"):
            continue
        h = p[:-5] + ".html"
        if h not in files:
            continue
        data = json.loads(blob(r, p))
        text = (data.get("expected") or {}).get("cleaned_text")
        b = blob(r, h)
        if not text or len(b) < 5000:
            continue
        lang, how = detect_lang(text + " " + html_to_text(decode(b))[:20000], data.get("target_language") or html_lang(b))
        cjk = primary(lang) in ("zh", "ja", "ko", "th")
        paras = [" ".join(x.split()) for x in text.split("\n")]
        paras = [x for x in paras if len(x) >= (12 if cjk else 30)]
        withs = []
        for x in spread(paras, 5):
            s = words_cut(x, 40 if cjk else 100)
            if s and s not in withs:
                withs.append(s)
        if not withs:
            continue
        name = p.rsplit("/", 1)[1][:-5]
        name = name[5:] if name.startswith("test_") else name
        add(other_set(lang), "goose3-" + name, b,
            dict(lang=lang, lang_source=how, source="goose3/goose3", commit=c, path=h,
                 expectations=p + " expected.cleaned_text (a prefix of the article: snippets only)",
                 url=data.get("url")), snippets={"with": withs, "without": []})


# ------------------------------------------------------------------ postlight

JS_STR = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"|`((?:[^`\\]|\\.)*)`", re.S)


def js_unescape(s):
    def rep(m):
        e = m.group(1)
        if e[0] == "u":
            h = e[1:].strip("{}")
            return chr(int(h, 16))
        if e[0] == "x":
            return chr(int(e[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r", "\n": ""}.get(e, e)
    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", rep, s, flags=re.S)


def build_postlight():
    r = repo("postlight/parser")
    if not r:
        return
    c = commit(r)
    SOURCES["postlight/parser"] = (c, "MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE); the pages are the sites' own",
                                   "fixtures/*.html + src/extractors/custom/*/index.test.js ('returns the content')")
    fixtures = set(ls(r, "fixtures"))
    for t in ls(r, "src/extractors/custom", recursive=True):
        if not t.endswith("index.test.js"):
            continue
        js = blob(r, t).decode("utf-8")
        reads = [(m.start(), m.group(1)) for m in
                 re.finditer(r"readFileSync\(\s*['\"]\.?/?(fixtures/[^'\"]+\.html)['\"]", js)]
        for m in re.finditer(r"excerptContent\(\s*\$\(\s*['\"]\*['\"]\s*\)\s*\.first\(\)\s*\.text\(\)\s*,\s*(\d+)\s*\)", js):
            prior = [f for pos, f in reads if pos < m.start()]
            if not prior or prior[-1] not in fixtures:
                continue
            fx = prior[-1]
            a = re.compile(r"assert\.equal\(\s*\w+\s*,\s*").search(js, m.end())
            if not a:
                continue
            sm = JS_STR.match(js, a.end())
            if not sm:
                continue
            raw = js_unescape(next(g for g in sm.groups() if g is not None))
            raw = " ".join(raw.split())
            if len(raw) < 15:
                continue
            b = blob(r, fx)
            lang, how = detect_lang(raw + " " + html_to_text(decode(b))[:20000], html_lang(b))
            cjk = primary(lang) in ("zh", "ja", "ko", "th")
            if cjk:   # spaces in CJK text come from element boundaries: score the pieces
                withs = []
                for piece in raw.split(" "):
                    s = words_cut(piece, 40)
                    if len(s) >= 6 and s not in withs:
                        withs.append(s)
                withs = withs[:6]
            else:
                withs = [raw]
            if not withs:
                continue
            name = fx.rsplit("/", 1)[1][:-5]
            add(other_set(lang), "postlight-" + name, b,
                dict(lang=lang, lang_source=how, source="postlight/parser", commit=c, path=fx,
                     expectations=t + " (first words of the content)", url=None),
                snippets={"with": withs, "without": []})
            break   # one content assertion a test file


# ------------------------------------------------------------------ main

def main():
    if os.path.exists(OUT):
        for sub in os.listdir(OUT):
            p = os.path.join(OUT, sub)
            if os.path.isdir(p) and (sub.startswith(("readability-", "traf-", "other-")) or sub == "synthetic"):
                shutil.rmtree(p)
    os.makedirs(OUT, exist_ok=True)
    for f in (build_readability, build_trafilatura, build_fundus, build_newspaper4k, build_goose3, build_postlight):
        f()
    for s, recs in sets.items():
        with open(os.path.join(OUT, s, "manifest.jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_sources()


def write_sources():
    L = ["# HTML extraction dev set: sources", "",
         "Built by `bench/html-devset.sh` (sift repository) from bare git mirrors; rebuild, do not edit.",
         "The pages are third parties' copyrighted web pages shipped as test fixtures by the repositories",
         "below: keep them here, outside the sift repository, and never commit them.",
         "Each set directory has `manifest.jsonl` (per page: lang and how it was found, source repo,",
         "commit, path, url, declared charset, whether the bytes are UTF-8, notes).", "",
         "## Repositories", "",
         "| repository | commit | licence | what was taken |", "|---|---|---|---|"]
    for name, (c, lic, what) in sorted(SOURCES.items()):
        L.append("| %s | %s | %s | %s |" % (name, c, lic, what))
    L += ["", "## Sets", "",
          "| set | pages | gold | snippets | languages (pages) | sources |", "|---|---|---|---|---|---|"]
    for s in sorted(sets):
        recs = sets[s]
        langs = Counter(r["lang"] for r in recs)
        srcs = Counter(r["source"] for r in recs)
        L.append("| %s | %d | %d | %d | %s | %s |" % (
            s, len(recs), sum(1 for r in recs if "gold" in r["kind"]), sum(1 for r in recs if "snippets" in r["kind"]),
            ", ".join("%s %d" % kv for kv in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))),
            ", ".join("%s %d" % kv for kv in sorted(srcs.items()))))
    tot = Counter()
    for recs in sets.values():
        for r in recs:
            tot[primary(r["lang"])] += 1
    L += ["", "Pages per language, all sets: " +
          ", ".join("%s %d" % kv for kv in sorted(tot.items(), key=lambda kv: (-kv[1], kv[0]))), ""]
    odd = [(s, r) for s in sorted(sets) for r in sets[s] if r.get("note")]
    L += ["## Pages whose bytes are not UTF-8, or that declare another charset than their bytes", "",
          "sift must detect these itself; a page re-encoded to UTF-8 by the fixture's author while it",
          "still declares its old charset is a trap for any tool that believes the declaration.", ""]
    L += ["- %s/%s: %s" % (s, r["name"], r["note"]) for s, r in odd] or ["- none"]
    L += ["", "## Notes", "",
          "- readability-*: gold = text of Readability.js's expected.html, so Readability.js scores near 1.0 there;",
          "  pages under %d bytes are the project's hand-made unit fixtures (synthetic/readability-synthetic," % SYNTHETIC_MAX,
          "  one level down so that `html-eval.py /work/devset` leaves them out).",
          "- traf-eval: trafilatura's evaldata.json snippets (with / without, and comments where given);",
          "  evaldata.json names no language: lang comes from the page (script, stopwords, <html lang>).",
          "- traf-cache: `assert \"...\" in result` / `not in result` of realworld_tests.py test_extract for the",
          "  text output. trafilatura's extract() keeps comments there, so some 'with' strings are comments:",
          "  for sift read the '+comments' column. Many of these pages are also in traf-eval (other expectations).",
          "- other-misc: the languages with few pages (see manifest.jsonl; `html-eval.py --by-lang` splits them).",
          "- other-*: fundus gold = its per-publisher parser's body (summary, subheadings, paragraphs; no title,",
          "  captions or bylines), checked by fundus's own tests; newspaper4k gold = newspaper's output kept as",
          "  a regression fixture (machine-made, not hand-made); goose3 snippets = paragraphs of the expected",
          "  cleaned_text, which goose checks only as a prefix, so no 'without'; postlight snippets = the first",
          "  words of the content its custom extractor must return (CJK split at spaces), no 'without'.",
          "- Not used: scrapinghub's article-extraction-benchmark, GeneralNewsExtractor, chatnoir-eu's",
          "  web-content-extraction-benchmark (held out for judging).", ""]
    with open(os.path.join(OUT, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


main()
PYEOF
