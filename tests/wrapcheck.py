#!/usr/bin/env python3
"""Check text wrapped for a terminal of WIDTH columns.

Usage: wrapcheck.py [--source FILE] [--screen] [--keep-all] WIDTH [WRAPPED]
       wrapcheck.py [--keep-all] --batch LIST
       wrapcheck.py --selftest

WRAPPED (standard input without it) is what a wrapper printed: one screen
line per line, paragraphs separated by blank lines; blanks at the end of a
line are ignored.  Every line is checked against these rules:

  control    valid UTF-8, and no control character (C0, DEL, C1)
  width      display width at most WIDTH, by UAX #11: East Asian Wide and
             Fullwidth take 2 columns; nonspacing and enclosing marks,
             format characters (ZWJ, ZWSP, ...) and conjoining Hangul
             vowels and finals take none; an emoji presentation sequence
             (VS16, keycap, flag) at least 2
  grapheme   no line starts with a combining mark, ZWJ or spacing mark,
             and no two lines of a paragraph split a grapheme cluster
             (UAX #29, extended clusters: Hangul syllables, emoji ZWJ
             sequences, flag pairs)
  kinsoku    no line but a paragraph's first starts with closing
             punctuation, a full stop or comma, an exclamation or question
             mark, a small kana or the prolonged sound mark that follows
             no kana or ideograph (UAX #14 classes CL CP EX IS NS, and CJ
             as "normal" Japanese line breaking has it, as browsers do
             and ../shared/bin/check-wrap measures: NS but after ID),
             and no line but a paragraph's last ends with opening
             punctuation (OP)
  underfull  a line is ended only when what starts the next line did not
             fit: the next line's first unbreakable run (up to its first
             UAX #14 break opportunity in the source; spaces and tabs
             after it hang), after the white space that stood before it
             in the source (a tab up to its stop), would not have fitted
             on the line.  Not with --screen.
  content    with --source FILE: the wrapped text is the source, nothing
             dropped, added, duplicated or reordered (a header may stand
             before it), once white space, control and format characters
             (soft hyphen, BOM, ZWJ, bidi controls), variation selectors
             and emoji skin-tone modifiers are removed, both decomposed
             (NFD, so that a mark split from its letter still compares)

With --source, the source also tells where white space stood between two
lines and where it had a hard line break (which starts a new paragraph);
without it, lines are assumed joined by one space unless both sides of the
join are Chinese or Japanese (East Asian Wide, not Hangul).  --screen: WRAPPED is a captured terminal screen (a
header and status lines about the text), the underfull rule is not applied.
--keep-all: no break between Hangul syllables (Korean keep-all), for
output wrapped that way.

The last line printed is 'wrap-violations N lines L' (L: the lines of
text, blank ones not counted); the exit status is 0 when N is 0, 1
otherwise, 2 for a usage error or missing Unicode data.
--batch LIST checks each line of LIST, "WIDTH<tab>SOURCE<tab>WRAPPED", as
--source SOURCE WIDTH WRAPPED does, and writes what that prints to
WRAPPED.check (the Unicode data is read once for all).
--selftest runs Unicode's LineBreakTest.txt and GraphemeBreakTest.txt
against this script's UAX #14 and UAX #29 and exits 1 on a difference.

The Unicode data is read from UNICODE_DIR (default /usr/share/unicode, as
Debian's unicode-data package installs it): LineBreak.txt,
EastAsianWidth.txt, extracted/DerivedGeneralCategory.txt,
auxiliary/GraphemeBreakProperty.txt and emoji/emoji-data.txt.  Python's
standard library only.
"""

import bisect
import os
import sys
import unicodedata

UCD = os.environ.get("UNICODE_DIR") or "/usr/share/unicode"


class DataError(Exception):
    pass


class Prop:
    """A property of code points, read from a UCD file of ranges."""

    def __init__(self, path, default, fallback=(), want=None):
        self.default = default
        self.fallback = fallback    # (first, last, value): unlisted defaults
        self.cache = {}
        rows = []
        full = os.path.join(UCD, path)
        try:
            fp = open(full, encoding="utf-8")
        except OSError as e:
            raise DataError("cannot read %s: %s" % (full, e.strerror))
        with fp:
            for line in fp:
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                fields = [f.strip() for f in line.split(";")]
                value = fields[1]
                if want is not None:
                    if value != want:
                        continue
                    value = True
                first, _, last = fields[0].partition("..")
                rows.append((int(first, 16), int(last or first, 16), value))
        if not rows:
            raise DataError("%s holds no data" % full)
        rows.sort()
        self.first = [r[0] for r in rows]
        self.last = [r[1] for r in rows]
        self.value = [r[2] for r in rows]

    def __call__(self, c):
        v = self.cache.get(c)
        if v is None:
            i = bisect.bisect_right(self.first, c) - 1
            if i >= 0 and c <= self.last[i]:
                v = self.value[i]
            else:
                v = self.default
                for first, last, value in self.fallback:
                    if first <= c <= last:
                        v = value
                        break
            self.cache[c] = v
        return v


# Unlisted code points, as the headers of LineBreak.txt and
# EastAsianWidth.txt say.
CJK_DEFAULTS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
                (0x20000, 0x2FFFD), (0x30000, 0x3FFFD))
LB_DEFAULTS = tuple((a, b, "ID") for a, b in CJK_DEFAULTS) + (
    (0x1F000, 0x1FAFF, "ID"), (0x1FC00, 0x1FFFD, "ID"),
    (0x20A0, 0x20CF, "PR"))
EAW_DEFAULTS = tuple((a, b, "W") for a, b in CJK_DEFAULTS)

LB = EAW = GC = GCB = EXTPICT = EMOJI = None


def load():
    global LB, EAW, GC, GCB, EXTPICT, EMOJI
    LB = Prop("LineBreak.txt", "XX", LB_DEFAULTS)
    EAW = Prop("EastAsianWidth.txt", "N", EAW_DEFAULTS)
    GC = Prop("extracted/DerivedGeneralCategory.txt", "Cn")
    GCB = Prop("auxiliary/GraphemeBreakProperty.txt", "Other")
    EXTPICT = Prop("emoji/emoji-data.txt", False,
                   want="Extended_Pictographic")
    EMOJI = Prop("emoji/emoji-data.txt", False, want="Emoji")


# ---------------------------------------------------------------------
# UAX #29: extended grapheme clusters (Unicode 15.0, rules GB1-GB999).

def grapheme_breaks(cps):
    """b[i] is True when a cluster boundary stands before cps[i] (i <= n)."""
    n = len(cps)
    g = [GCB(c) for c in cps]
    b = [True] * (n + 1)
    for i in range(1, n):
        x, y = g[i - 1], g[i]
        if x == "CR" and y == "LF":                             # GB3
            brk = False
        elif x in ("Control", "CR", "LF"):                      # GB4
            brk = True
        elif y in ("Control", "CR", "LF"):                      # GB5
            brk = True
        elif x == "L" and y in ("L", "V", "LV", "LVT"):         # GB6
            brk = False
        elif x in ("LV", "V") and y in ("V", "T"):              # GB7
            brk = False
        elif x in ("LVT", "T") and y == "T":                    # GB8
            brk = False
        elif y in ("Extend", "ZWJ", "SpacingMark"):             # GB9, GB9a
            brk = False
        elif x == "Prepend":                                    # GB9b
            brk = False
        elif x == "ZWJ" and EXTPICT(cps[i]):                    # GB11
            j = i - 2
            while j >= 0 and g[j] == "Extend":
                j -= 1
            brk = not (j >= 0 and EXTPICT(cps[j]))
        elif x == "Regional_Indicator" and y == x:              # GB12, GB13
            j = i - 1
            while j >= 0 and g[j] == "Regional_Indicator":
                j -= 1
            brk = (i - 1 - j) % 2 == 0
        else:                                                   # GB999
            brk = True
        b[i] = brk
    return b


def clusters(s):
    """The grapheme clusters of string s."""
    if not s:
        return []
    b = grapheme_breaks([ord(c) for c in s])
    cuts = [i for i in range(len(s) + 1) if b[i]]
    return [s[cuts[k]:cuts[k + 1]] for k in range(len(cuts) - 1)]


# ---------------------------------------------------------------------
# UAX #14: line break opportunities (Unicode 15.0, rules LB1-LB31, with
# the numbers tailoring of its example 7, as LineBreakTest.txt uses).

NOT_X = ("BK", "CR", "LF", "NL", "SP", "ZW")    # what LB9 does not extend
HANGUL = ("H2", "H3", "JL", "JV", "JT")
PROHIBITED, ALLOWED, MANDATORY = 0, 1, 2


def lb_class(c, cj="NS"):
    """The class of c after LB1 (CJ is NS for strict breaking, ID for
    normal; "normal" below makes it ID only after kana or ideographs)."""
    k = LB(c)
    if k in ("AI", "SG", "XX"):
        return "AL"
    if k == "SA":
        return "CM" if GC(c) in ("Mn", "Mc") else "AL"
    if k == "CJ":
        return cj
    return k


def line_breaks(cps, cj="NS", keep_all=False):
    """r[i] for 0 < i <= n: PROHIBITED, ALLOWED or MANDATORY before cps[i]."""
    n = len(cps)
    cls = [lb_class(c, "NS" if cj == "normal" else cj) for c in cps]
    if cj == "normal":
        for i in range(1, n):
            if LB(cps[i]) == "CJ" and LB(cps[i - 1]) in ("ID", "CJ"):
                cls[i] = "ID"
    eff = cls[:]                # the class a rule sees (LB9, LB10)
    base = list(range(n))       # where a combining sequence starts
    for i in range(n):
        if cls[i] in ("CM", "ZWJ"):
            if i > 0 and eff[i - 1] not in NOT_X:
                eff[i] = eff[i - 1]
                base[i] = base[i - 1]
            else:
                eff[i] = "AL"
    r = [PROHIBITED] * (n + 1)
    r[n] = MANDATORY            # LB3

    def prev(k):                # the sequence before the one at k
        return base[k - 1] if k > 0 else -1

    def nu_run(k):              # NU (NU | SY | IS)* ends at sequence k
        while k >= 0 and eff[k] in ("NU", "SY", "IS"):
            if eff[k] == "NU":
                return True
            k = prev(k)
        return False

    for i in range(1, n):
        A, B = cls[i - 1], cls[i]
        if A == "BK":                                           # LB4
            r[i] = MANDATORY
            continue
        if A == "CR" and B == "LF":                             # LB5
            continue
        if A in ("CR", "LF", "NL"):
            r[i] = MANDATORY
            continue
        if B in ("BK", "CR", "LF", "NL", "SP", "ZW"):           # LB6, LB7
            continue
        j = i - 1
        while j >= 0 and cls[j] == "SP":
            j -= 1
        if j >= 0 and cls[j] == "ZW":                           # LB8
            r[i] = ALLOWED
            continue
        if A == "ZWJ":                                          # LB8a
            continue
        if B in ("CM", "ZWJ") and eff[i - 1] not in NOT_X:      # LB9
            continue
        a, b = eff[i - 1], eff[i]
        sp = eff[j] if j >= 0 else None     # the class before the spaces
        ka = base[i - 1]
        if a == "WJ" or b == "WJ":                              # LB11
            continue
        if a == "GL":                                           # LB12
            continue
        if b == "GL" and a not in ("SP", "BA", "HY"):           # LB12a
            continue
        if b in ("CL", "CP", "EX", "IS", "SY"):                 # LB13
            continue
        if sp == "OP":                                          # LB14
            continue
        if b == "OP" and sp == "QU":                            # LB15
            continue
        if b == "NS" and sp in ("CL", "CP"):                    # LB16
            continue
        if b == "B2" and sp == "B2":                            # LB17
            continue
        if a == "SP":                                           # LB18
            r[i] = ALLOWED
            continue
        if a == "QU" or b == "QU":                              # LB19
            continue
        if a == "CB" or b == "CB":                              # LB20
            r[i] = ALLOWED
            continue
        if b in ("BA", "HY", "NS") or a == "BB":                # LB21
            continue
        if a in ("HY", "BA") and ka > 0 and eff[ka - 1] == "HL":  # LB21a
            continue
        if a == "SY" and b == "HL":                             # LB21b
            continue
        if b == "IN":                                           # LB22
            continue
        if (a in ("AL", "HL") and b == "NU") or \
                (a == "NU" and b in ("AL", "HL")):              # LB23
            continue
        if (a == "PR" and b in ("ID", "EB", "EM")) or \
                (a in ("ID", "EB", "EM") and b == "PO"):        # LB23a
            continue
        if (a in ("PR", "PO") and b in ("AL", "HL")) or \
                (a in ("AL", "HL") and b in ("PR", "PO")):      # LB24
            continue
        k = i + 1                                               # LB25
        while k < n and base[k] == i:
            k += 1
        after = eff[k] if k < n else None
        if a in ("PR", "PO") and (b == "NU" or
                                  (b in ("OP", "HY") and after == "NU")):
            continue
        if a in ("OP", "HY") and b == "NU":
            continue
        if b in ("NU", "SY", "IS", "CL", "CP") and nu_run(ka):
            continue
        if b in ("PO", "PR"):
            k = prev(ka) if a in ("CL", "CP") else ka
            if nu_run(k):
                continue
        if (a == "JL" and b in ("JL", "JV", "H2", "H3")) or \
                (a in ("JV", "H2") and b in ("JV", "JT")) or \
                (a in ("JT", "H3") and b == "JT"):              # LB26
            continue
        if (a in HANGUL and b == "PO") or \
                (a == "PR" and b in HANGUL):                    # LB27
            continue
        if a in ("AL", "HL") and b in ("AL", "HL"):             # LB28
            continue
        if a == "IS" and b in ("AL", "HL"):                     # LB29
            continue
        if (a in ("AL", "HL", "NU") and b == "OP" and
                EAW(cps[i]) not in ("F", "W", "H")) or \
                (a == "CP" and b in ("AL", "HL", "NU") and
                 EAW(cps[ka]) not in ("F", "W", "H")):          # LB30
            continue
        if a == "RI" and b == "RI":                             # LB30a
            count, k = 0, ka
            while k >= 0 and eff[k] == "RI":
                count += 1
                k = prev(k)
            if count % 2 == 1:
                continue
        if b == "EM" and (a == "EB" or (EXTPICT(cps[ka]) and
                                        GC(cps[ka]) == "Cn")):  # LB30b
            continue
        if keep_all and a in HANGUL and b in HANGUL:    # tailoring: keep-all
            continue
        r[i] = ALLOWED                                          # LB31
    return r


# ---------------------------------------------------------------------
# UAX #11: display widths.

def cp_width(c):
    if c < 0x20 or 0x7F <= c < 0xA0:
        return 0                # a control: the control rule reports it
    if GC(c) in ("Mn", "Me", "Cf"):
        return 0
    if 0x1160 <= c <= 0x11FF or 0xD7B0 <= c <= 0xD7FF:
        return 0                # conjoining Hangul vowels and finals
    return 2 if EAW(c) in ("W", "F") else 1


def cluster_width(g):
    w = sum(cp_width(ord(c)) for c in g)
    if len(g) > 1 and ("\uFE0F" in g or "\u20E3" in g or
                       (GCB(ord(g[0])) == "Regional_Indicator" and
                        GCB(ord(g[1])) == "Regional_Indicator")):
        # an emoji presentation sequence shows as East Asian Wide
        w = max(w, 2)
    return w


def width(s):
    return sum(cluster_width(g) for g in clusters(s))


# ---------------------------------------------------------------------
# The content rule: what a wrapper may leave out of the text it shows.

BREAKS = "\n\r\v\f\x85\u2028\u2029"


def is_space(c):
    return c in " \t" or c in BREAKS or GC(ord(c)) == "Zs"


def dropped(c):
    o = ord(c)
    return (is_space(c) or GC(o) in ("Cc", "Cf") or
            0xFE00 <= o <= 0xFE0F or 0xE0100 <= o <= 0xE01EF or
            0x1F3FB <= o <= 0x1F3FF)


def kept(s):
    """[(index in s, character)] of what the content rule compares."""
    return [(i, c) for i, c in enumerate(s) if not dropped(c)]


# ---------------------------------------------------------------------
# The checker.

NO_START = {"CL": "closing punctuation", "CP": "a closing parenthesis",
            "EX": "an exclamation or question mark",
            "IS": "a full stop, comma or colon",
            "NS": "a non-starter (iteration mark, middle dot, ...)",
            "CJ": "a small kana or the prolonged sound mark"}


class Checker:
    def __init__(self, width, screen=False, keep_all=False):
        self.width = width
        self.screen = screen
        self.keep_all = keep_all
        self.violations = 0
        self.found = []         # (line, order, rule, message)
        self.out = []
        self.src = self.srcmap = self.src_lb = None

    def report(self, n, rule, msg, text=None):
        self.violations += 1
        if text is not None:
            if len(text) > 40:
                text = text[:37] + "..."
            msg = "%s: %r" % (msg, text)
        self.found.append((n, len(self.found), rule, msg))

    def run(self, data, source=None):
        raw = data.split(b"\n")
        if raw and raw[-1] == b"":
            raw.pop()
        lines = []
        for n, b in enumerate(raw, 1):
            try:
                s = b.decode("utf-8")
            except UnicodeDecodeError as e:
                self.report(n, "control", "invalid UTF-8 at byte %d"
                            % e.start)
                s = b.decode("utf-8", "replace")
            lines.append(s.rstrip(" "))
        self.nlines = sum(1 for s in lines if s)
        gaps = self.content(lines, source) if source is not None else None
        for n, s in enumerate(lines, 1):
            self.line(n, s)
        # paragraphs: runs of non-blank lines, cut at the source's hard
        # breaks
        para = []
        for n, s in enumerate(lines, 1):
            if s == "":
                self.paragraph(para, gaps)
                para = []
                continue
            gap = gaps.get(n - 1) if gaps is not None and para else None
            if gap is not None and any(c in BREAKS for c in gap):
                self.paragraph(para, gaps)
                para = []
            para.append((n, s))
        self.paragraph(para, gaps)
        self.out = ["line %d: %s: %s" % (n, rule, msg)
                    for n, _, rule, msg in sorted(self.found)]
        self.out.append("wrap-violations %d lines %d"
                        % (self.violations, self.nlines))
        return self.violations

    def line(self, n, s):
        for c in s:
            o = ord(c)
            if o < 0x20 or 0x7F <= o < 0xA0:
                self.report(n, "control", "U+%04X" % o, s)
                break
        w = width(s)
        if w > self.width:
            self.report(n, "width", "%d columns > %d" % (w, self.width), s)
        if s and GCB(ord(s[0])) in ("Extend", "ZWJ", "SpacingMark"):
            self.report(n, "grapheme", "starts with U+%04X, inside a "
                        "grapheme cluster" % ord(s[0]), s)

    def gap(self, gaps, n, prev, s):
        """The white space that stood between line n and line n + 1."""
        if gaps is not None and n in gaps:
            return gaps[n]
        if all(EAW(c) in ("W", "F") and LB(c) not in HANGUL
               for c in (ord(prev[-1]), ord(s[0]))):
            return ""           # Chinese or Japanese: no space
        return " "

    def paragraph(self, para, gaps):
        if not para:
            return
        text, starts, joins = "", [], []
        for k, (n, s) in enumerate(para):
            if k > 0:
                g = self.gap(gaps, para[k - 1][0], para[k - 1][1], s)
                text += g
                joins.append(len(text))
            starts.append(len(text))
            text += s
        cps = [ord(c) for c in text]
        # grapheme: no cluster across two lines
        gb = grapheme_breaks(cps)
        split = set()
        for k in range(1, len(para)):
            n, s = para[k]
            if gb[joins[k - 1]]:
                continue
            split.add(k)
            if GCB(cps[joins[k - 1]]) not in ("Extend", "ZWJ",
                                              "SpacingMark"):
                self.report(n, "grapheme", "a grapheme cluster is split "
                            "with line %d" % para[k - 1][0], s)
        # kinsoku
        for k, (n, s) in enumerate(para):
            if k > 0:
                cls = LB(ord(s[0]))
                if cls == "CJ" and para[k - 1][1] and \
                        LB(ord(para[k - 1][1][-1])) in ("ID", "CJ"):
                    cls = "ID"      # "normal": it breaks as kana do
                if cls in NO_START:
                    self.report(n, "kinsoku", "starts with %s"
                                % NO_START[cls], s)
            if k < len(para) - 1 and LB(ord(s[-1])) == "OP":
                self.report(n, "kinsoku", "ends with opening punctuation",
                            s)
        if self.screen or len(para) < 2:
            return
        # underfull
        lb = None
        for k in range(1, len(para)):
            if k in split:
                continue        # reported as a split cluster
            n, s = para[k]
            pn, prev = para[k - 1]
            run = self.first_run(n, s)
            if run is None:
                if lb is None:
                    lb = line_breaks(cps, "normal", self.keep_all)
                a, e = starts[k], starts[k] + len(s)
                p = a + 1
                while p < e and lb[p] == PROHIBITED:
                    p += 1
                run = text[a:p]
            run = run.rstrip(" \t")    # white space that hangs
            col = width(prev)
            for c in text[starts[k - 1] + len(prev):starts[k]]:
                col += 8 - col % 8 if c == "\t" else cp_width(ord(c))
            need = col + width(run)
            if need <= self.width:
                self.report(pn, "underfull", "%r from line %d would fit "
                            "(%d <= %d)" % (run, n, need, self.width),
                            prev)

    def first_run(self, n, s):
        """What line n starts with up to its first break opportunity, by
        the source's breaks (the wrapper broke the source, and its display
        may drop what joined two characters there); None without the
        source."""
        where = self.srcmap.get(n) if self.srcmap is not None else None
        if not where:
            return None
        if self.src_lb is None:
            self.src_lb = line_breaks([ord(c) for c in self.src],
                                      "normal", self.keep_all)
        p = where[0][1] + 1
        while p <= where[-1][1] and self.src_lb[p] == PROHIBITED:
            p += 1
        s = self.outlines[n - 1]
        for i, at in where:
            if at >= p:
                return s[:i]
        return s

    def content(self, lines, source):
        """Compare with the source; return {line n: the white space of the
        source between line n and line n + 1} where that is known."""
        src = unicodedata.normalize("NFD", source)
        out = [unicodedata.normalize("NFD", s) for s in lines]
        want = kept(src)
        got = []                # (line n, index in line, character)
        for n, s in enumerate(out, 1):
            got.extend((n, i, c) for i, c in kept(s))
        ws = "".join(c for _, c in want)
        gs = "".join(c for _, _, c in got)
        head = len(gs) - len(ws)
        if head < 0 or gs[head:] != ws:
            self.mismatch(ws, gs, got)
            return None
        self.src, self.outlines = src, out
        self.srcmap = {}
        for k in range(head, len(got)):
            n, i, _ = got[k]
            self.srcmap.setdefault(n, []).append((i, want[k - head][0]))
        gaps = {}
        for k in range(head + 1, len(got)):
            n0 = got[k - 1][0]
            n1 = got[k][0]
            if n1 == n0 + 1:
                between = src[want[k - head - 1][0] + 1:want[k - head][0]]
                gaps[n0] = "".join(c for c in between if is_space(c))
        return gaps

    def mismatch(self, ws, gs, got):
        import difflib
        sm = difflib.SequenceMatcher(None, ws, gs, autojunk=False)
        shown = 0
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "equal":
                continue
            if op == "insert" and i1 == 0 and shown == 0:
                continue        # a header before the text
            n = got[min(j1, len(got) - 1)][0] if got else 0
            lost, extra = ws[i1:i2], gs[j1:j2]
            if op == "delete":
                msg = "source text lost: %r" % lost[:40]
            elif op == "insert":
                msg = "text not in the source: %r" % extra[:40]
            else:
                msg = "source %r shows as %r" % (lost[:40], extra[:40])
            self.report(n, "content", msg + " (after %r)"
                        % ws[max(0, i1 - 12):i1])
            shown += 1
            if shown == 5:
                break
        if shown == 0:
            self.report(0, "content", "the wrapped text is not the source")


# ---------------------------------------------------------------------
# Unicode's own conformance tests.

def conformance(name, fn):
    path = os.path.join(UCD, "auxiliary", name)
    try:
        fp = open(path, encoding="utf-8")
    except OSError as e:
        raise DataError("cannot read %s: %s" % (path, e.strerror))
    passed = failed = 0
    with fp:
        for n, line in enumerate(fp, 1):
            line = line.split("#", 1)[0].split()
            if not line:
                continue
            cps = [int(t, 16) for t in line[1::2]]
            want = [t == "÷" for t in line[0::2]]
            got = fn(cps)
            if got == want:
                passed += 1
            else:
                failed += 1
                if failed <= 10:
                    print("%s:%d: want %s got %s" % (
                        name, n, " ".join(line),
                        " ".join(("÷" if b else "×") + " %04X" % c
                                 for b, c in zip(got, cps + [0]))[:-5]))
    print("%s: %d passed, %d failed" % (name, passed, failed))
    return failed


def selftest():
    def lb(cps):
        r = line_breaks(cps)
        return [False] + [r[i] != PROHIBITED for i in range(1, len(cps) + 1)]

    def gb(cps):
        return grapheme_breaks(cps)

    return (conformance("LineBreakTest.txt", lb) +
            conformance("GraphemeBreakTest.txt", gb))


def batch(path, keep_all):
    bad = 0
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            if not line.strip():
                continue
            width, src, wrapped = line.rstrip("\n").split("\t")
            with open(src, "rb") as f:
                source = f.read().decode("utf-8", "replace")
            with open(wrapped, "rb") as f:
                data = f.read()
            ck = Checker(int(width), False, keep_all)
            ck.run(data, source)
            with open(wrapped + ".check", "w", encoding="utf-8") as f:
                f.write("\n".join(ck.out) + "\n")
            bad += 1 if ck.violations else 0
    return 1 if bad else 0


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(
        prog="wrapcheck.py", description=__doc__.split("\n\n", 1)[0],
        epilog=__doc__.split("\n\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", metavar="FILE",
                    help="the text that was wrapped")
    ap.add_argument("--screen", action="store_true",
                    help="WRAPPED is a captured screen")
    ap.add_argument("--keep-all", action="store_true",
                    help="no break between Hangul syllables")
    ap.add_argument("--batch", metavar="LIST",
                    help="check each 'WIDTH SOURCE WRAPPED' line of LIST")
    ap.add_argument("--selftest", action="store_true",
                    help="run Unicode's conformance tests")
    ap.add_argument("width", type=int, nargs="?")
    ap.add_argument("wrapped", nargs="?")
    args = ap.parse_args(argv)
    try:
        load()
        if args.selftest:
            return 1 if selftest() else 0
        if args.batch is not None:
            return batch(args.batch, args.keep_all)
        if args.width is None or args.width < 1:
            ap.error("WIDTH must be a number of columns")
        source = None
        if args.source is not None:
            with open(args.source, "rb") as fp:
                source = fp.read().decode("utf-8", "replace")
        if args.wrapped is None:
            data = sys.stdin.buffer.read()
        else:
            with open(args.wrapped, "rb") as fp:
                data = fp.read()
    except DataError as e:
        print("wrapcheck: %s (Debian: apt-get install unicode-data)" % e,
              file=sys.stderr)
        return 2
    except OSError as e:
        print("wrapcheck: %s: %s" % (e.filename, e.strerror),
              file=sys.stderr)
        return 2
    ck = Checker(args.width, args.screen, args.keep_all)
    ck.run(data, source)
    print("\n".join(ck.out))
    return 1 if ck.violations else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
