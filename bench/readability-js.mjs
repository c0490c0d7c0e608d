#!/usr/bin/env node
// Run Mozilla's Readability.js on one saved page and print the article.
//
// Usage: node bench/readability-js.mjs [--html] FILE
//
// Prints the parsed article's textContent, or with --html its content
// (the article HTML, which bench/html-eval.py turns into one block a line,
// as it does for the gold text, so that paragraph boundaries count the same
// for every tool).  Prints nothing when Readability finds no article.
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
  process.stderr.write("usage: node readability-js.mjs [--html] FILE\n");
  process.exit(2);
}
const require = loader();
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

// A Buffer lets jsdom sniff the encoding (BOM, <meta charset>) as a browser
// would; the fake URL is the one Readability's own tests use.
const buf = readFileSync(args[0]);
const dom = new JSDOM(buf, {
  url: "http://fakehost/test/page.html",
  virtualConsole: new VirtualConsole(), // the page's CSS errors are not ours
});
const article = new Readability(dom.window.document).parse();
if (article) {
  const out = html ? article.content : article.textContent;
  process.stdout.write((out || "") + "\n");
}
