#!/usr/bin/env python3
"""Find cycles among source files from what their objects define and use.

Usage: callgraph.py [--edges] NAME=OBJECT...

Each argument names a source file and its compiled object, such as
clean.c=src/clean.o.  nm (or $NM) lists every object's global symbols:
those it defines (functions, T; data, D B R C) and those it leaves
undefined (U).  File A depends on file B when A uses a symbol B defines;
a symbol no file defines (libc, SQLite, curses) is no edge.

A cycle is a set of files each of which depends, directly or through the
others, on every other one: a strongly connected component of more than
one file.  Each is printed as

    cycle: a.c b.c c.c
      a.c -> b.c: b_parse b_free
      b.c -> c.c: c_open
      c.c -> a.c: a_hook

with every edge inside it and the symbols that make it, so the call to
move is plain.  --edges prints the whole graph first, one "A -> B: syms"
line per edge.  The exit status is 1 when there is a cycle, 0 when there
is none, 2 on a usage error or when nm fails.
"""

import os
import subprocess
import sys

DEFINED = set("TDBRCGSV")   # text, data, bss, read-only, common, small, weak
UNDEFINED = set("U")


def symbols(obj):
    """(defined, used) global symbol sets of one object, by nm -P."""
    nm = os.environ.get("NM") or "nm"
    out = subprocess.run([nm, "-P", obj], check=True, capture_output=True,
                         text=True).stdout
    defined, used = set(), set()
    for line in out.splitlines():
        f = line.split()
        if len(f) < 2:
            continue
        name, kind = f[0], f[1]
        if kind in DEFINED:
            defined.add(name)
        elif kind in UNDEFINED:
            used.add(name)
    return defined, used


def components(nodes, edges):
    """Strongly connected components, by Tarjan's algorithm (iterative)."""
    index, low, on, stack, out = {}, {}, set(), [], []
    n = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = n
        n += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = n
                    n += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(edges.get(w, ())))))
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    u = work[-1][0]
                    low[u] = min(low[u], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    out.append(sorted(comp))
    return out


def main(argv):
    show_edges = False
    if argv and argv[0] == "--edges":
        show_edges = True
        argv = argv[1:]
    if not argv or any("=" not in a for a in argv):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    files = {}
    for a in argv:
        name, obj = a.split("=", 1)
        try:
            files[name] = symbols(obj)
        except (OSError, subprocess.CalledProcessError) as e:
            print("callgraph.py: %s: %s" % (obj, e), file=sys.stderr)
            return 2
    owner = {}
    for name, (defined, _) in files.items():
        for sym in defined:
            owner.setdefault(sym, name)
    edges = {}      # file -> {file it uses: [symbols]}
    for name, (_, used) in files.items():
        for sym in used:
            dep = owner.get(sym)
            if dep is not None and dep != name:
                edges.setdefault(name, {}).setdefault(dep, []).append(sym)
    if show_edges:
        for a in sorted(edges):
            for b in sorted(edges[a]):
                print("%s -> %s: %s" % (a, b, " ".join(sorted(edges[a][b]))))
    cycles = [c for c in components(sorted(files), edges) if len(c) > 1]
    for comp in sorted(cycles):
        print("cycle: " + " ".join(comp))
        for a in comp:
            for b in sorted(edges.get(a, {})):
                if b in comp:
                    syms = sorted(edges[a][b])
                    more = " ..." if len(syms) > 6 else ""
                    print("  %s -> %s: %s%s" % (a, b, " ".join(syms[:6]),
                                                more))
    return 1 if cycles else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
