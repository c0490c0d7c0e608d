#!/usr/bin/env node
// Run Mozilla's Readability.js on one saved page and print the article.
//
// Usage: node bench/readability-js.mjs [--html] FILE
//        node bench/readability-js.mjs [--html] --serve
//
// Prints the parsed article's textContent, or with --html its content
// (the article HTML, which bench/html-eval.py turns into one block a line,
// as it does for the gold text, so that paragraph boundaries count the same
// for every tool).  Prints nothing when Readability finds no article.
// With --serve it reads one file name a line on standard input and answers
// each with one JSON line, {"out": TEXT} or {"error": MESSAGE}: loading
// jsdom takes longer than parsing most pages, so html-eval.py keeps a few
// of these running instead of starting node for every page.
//
// @mozilla/readability and jsdom are looked up, in this order, under
// $READABILITY_JS_PREFIX (a directory holding node_modules, as made by
// `npm install --prefix DIR @mozilla/readability jsdom`), each directory of
// $NODE_PATH, then next to this script.  Nothing is fetched.
import { createRequire } from "node:module";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function loader() {
  const bases = [];
  if (process.env.READABILITY_JS_PREFIX)
    bases.push(path.join(process.env.READABILITY_JS_PREFIX, "node_modules"));
  for (const d of (process.env.NODE_PATH || "").split(path.delimiter))
    if (d) bases.push(d);
  bases.push(path.join(path.dirname(fileURLToPath(import.meta.url)), "node_modules"));
  for (const b of bases) {
    if (existsSync(path.join(b, "jsdom")) && existsSync(path.join(b, "@mozilla", "readability")))
      return createRequire(path.join(b, "noop.js"));
  }
  return createRequire(import.meta.url);
}

const args = process.argv.slice(2);
const html = args[0] === "--html";
if (html) args.shift();
if (args.length !== 1) {
  process.stderr.write("usage: node readability-js.mjs [--html] FILE | --serve\n");
  process.exit(2);
}
const require = loader();
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

// jsdom, given bytes, looks for <meta charset> in the first 1024 bytes only
// and otherwise decodes as windows-1252, which garbles many saved pages (and
// Readability's own tests hand it text, not bytes).  So decode here: a BOM,
// else UTF-8 when the bytes are valid UTF-8, else the charset the page
// declares in its first 64 kB, else windows-1252.
function decode(buf) {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder("utf-8").decode(buf);
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf);
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {}
  const head = buf.subarray(0, 65536).toString("latin1");
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([-\w.:]+)/i.exec(head);
  if (m) {
    try {
      return new TextDecoder(m[1].toLowerCase()).decode(buf);
    } catch {}
  }
  return new TextDecoder("windows-1252").decode(buf);
}

function extract(file) {
  // The fake URL is the one Readability's own tests use.
  const dom = new JSDOM(decode(readFileSync(file)), {
    url: "http://fakehost/test/page.html",
    virtualConsole: new VirtualConsole(), // the page's CSS errors are not ours
  });
  try {
    const article = new Readability(dom.window.document).parse();
    return article ? (html ? article.content : article.textContent) || "" : "";
  } finally {
    dom.window.close();
  }
}

if (args[0] === "--serve") {
  const { createInterface } = await import("node:readline");
  for await (const line of createInterface({ input: process.stdin })) {
    if (!line) continue;
    let reply;
    try {
      reply = { out: extract(line) };
    } catch (e) {
      reply = { error: String((e && e.message) || e) };
    }
    process.stdout.write(JSON.stringify(reply) + "\n");
  }
} else {
  const out = extract(args[0]);
  if (out) process.stdout.write(out + "\n");
}
