#!/usr/bin/env python3
"""Score `sift clean` on a labelled folder, as ../shared/bin/eval-clean does,
and fail below the given bars.

Usage: score-clean.py SIFT DIR MIN_KEPT MIN_HIDDEN

Each article FILE in DIR has FILE.labels: '+ text' must stay visible,
'- text' must be hidden ('c' comments and 't' titles are not scored).
Snippets are looked up in what `sift clean FILE` printed, ignoring white
space; scores are weighted by snippet length.  Prints the wrong snippets
and 'clean-score S kept K hidden H'; exits 1 below a bar.
"""
import os, re, subprocess, sys, unicodedata


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", s))


def main():
    sift, d, min_kept, min_hidden = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
    tp = fp = pos = neg = docs = 0
    for name in sorted(os.listdir(d)):
        lab = os.path.join(d, name + ".labels")
        if name.endswith(".labels") or not os.path.exists(lab):
            continue
        r = subprocess.run([sift, "clean", os.path.join(d, name)], capture_output=True, timeout=60)
        if r.returncode != 0:
            print(f"# {name}: sift clean exited {r.returncode}")
        shown = norm(r.stdout.decode("utf-8", "replace"))
        docs += 1
        for line in open(lab, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or len(line) < 3:
                continue
            kind, t = line[0], norm(line[2:])
            if kind == "+":
                pos += len(t)
                if t in shown:
                    tp += len(t)
                else:
                    print(f"# {name}: hidden but is content: {line[2:72]}")
            elif kind == "-":
                neg += len(t)
                if t in shown:
                    fp += len(t)
                    print(f"# {name}: visible but is boilerplate: {line[2:72]}")
    kept = tp / pos if pos else 0.0
    hidden = (neg - fp) / neg if neg else 0.0
    score = 2 * kept * hidden / (kept + hidden) if kept + hidden else 0.0
    print(f"# documents {docs}")
    print(f"# clean-score {score:.3f} kept {kept:.3f} hidden {hidden:.3f}")
    sys.exit(0 if docs > 0 and kept >= min_kept and hidden >= min_hidden else 1)


main()
