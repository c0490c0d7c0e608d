#!/bin/sh
# The end-to-end tests of the commands and the reader again, on
# PostgreSQL (tests/on-pg.sh); tests/cli-on-pg-store.sh runs those that
# read the store back.  The scripts in neither test what only a SQLite
# file has (its folder, its size, a full disk, a read-only or corrupt
# file, the file a store is not yet: cli-store, cli-readonly,
# cli-nostore, cli-diskfull), the annotator SQLite names from the
# configuration file (cli-annotator; on PostgreSQL the role is the
# annotator: cli-pg-team.sh), or are PostgreSQL's own (cli-pg*.sh,
# cli-copy.sh), or use no store (cli-po).
. "${srcdir:-.}/tests/lib.sh"
. "${srcdir:-.}/tests/on-pg.sh"

# Their own $SQLITE3 checks are SQLite's: without it they leave them out.
ON_PG="cli-basic.sh cli-badinput.sh cli-biglist.sh cli-charset.sh
cli-claims.sh cli-clean.sh cli-controls.sh cli-dev.sh cli-edges.sh
cli-html.sh cli-huge.sh cli-i18n.sh cli-import.sh cli-locale.sh
cli-mouse.sh cli-race.sh cli-refresh.sh cli-resize.sh cli-sizes.sh
cli-tagrule.sh cli-tui.sh cli-wrap.sh"
# Under the sanitizers (CI's second pass) the same code runs in
# cli-pg.sh, cli-copy.sh and cli-pg-team.sh: here only a few, for time.
if [ "${SIFT_SANITIZERS:-no}" = yes ]; then
	ON_PG="cli-basic.sh cli-claims.sh cli-controls.sh cli-refresh.sh
cli-tagrule.sh"
fi
on_pg "" $ON_PG
