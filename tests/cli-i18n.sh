#!/bin/sh
# Translations: with LANGUAGE naming one of the catalogues in po/, sift
# speaks it (help, usage errors, per-file import messages); without
# LANGUAGE, or with a language it has no catalogue for, it speaks English.
# The catalogues are compiled from the .po files into a locale tree in $T
# that SIFT_LOCALEDIR points at, so nothing need be installed.
. "${srcdir:-.}/tests/lib.sh"

unset LANGUAGE LANG LC_MESSAGES
builddir=${SIFT%/src/sift}
if [ -f "$builddir/config.h" ] &&
    ! grep -q '^#define ENABLE_NLS 1' "$builddir/config.h"; then
	skip_all "sift is built without NLS"
fi

SIFT_LOCALEDIR=$T/locale
export SIFT_LOCALEDIR
langs="zh_CN zh_TW ja"
for ll in $langs; do
	mo=$SIFT_LOCALEDIR/$ll/LC_MESSAGES/sift.mo
	mkdir -p "${mo%/*}"
	if command -v msgfmt >/dev/null 2>&1; then
		msgfmt -c -o "$mo" "$srcdir/po/$ll.po"
	else
		# no gettext tools: the catalogues the build made, if any
		for gmo in "$builddir/po/$ll.gmo" "$srcdir/po/$ll.gmo" ""; do
			[ -n "$gmo" ] && [ -f "$gmo" ] && break
		done
		[ -n "$gmo" ] || skip_all "neither msgfmt nor po/$ll.gmo"
		cp "$gmo" "$mo"
	fi
	ok $? "the $ll catalogue compiles"
done

# LANGUAGE is ignored in the C locale; the tests run in C.UTF-8.
LANGUAGE=ja "$SIFT" --help >"$T/probe" 2>&1
if ! grep -q '使用法' "$T/probe"; then
	case $(locale charmap 2>/dev/null) in
	UTF-8) ;;
	*) skip_all "no UTF-8 locale for LANGUAGE to work in" ;;
	esac
fi

# sift --help, in each language
run env LANGUAGE=zh_CN "$SIFT" --help
is "$rc" 0 "zh_CN: --help succeeds"
like "$T/out" '^用法：sift \[-d DB\] \[COMMAND \[ARGS\]\]' "zh_CN: the usage line"
like "$T/out" '^  -h, --help      显示此帮助信息并退出$' "zh_CN: the options"
like "$T/out" '^命令：$' "zh_CN: the command list heading"
like "$T/out" '^  list     列出已存储的文章，最新的在前$' "zh_CN: a command summary"
like "$T/out" '^运行“sift COMMAND --help”查看某个命令的选项。$' "zh_CN: the closing hint"
unlike "$T/out" 'show this help and exit' "zh_CN: no English left in the options"

run env LANGUAGE=zh_TW "$SIFT" --help
is "$rc" 0 "zh_TW: --help succeeds"
like "$T/out" '^用法：sift \[-d DB\]' "zh_TW: the usage line"
like "$T/out" '^  -h, --help      顯示此說明並離開$' "zh_TW: the options"
like "$T/out" '^指令：$' "zh_TW: the command list heading"
like "$T/out" '^  list     列出已儲存的文章，最新的在前$' "zh_TW: a command summary"

run env LANGUAGE=ja "$SIFT" --help
is "$rc" 0 "ja: --help succeeds"
like "$T/out" '^使用法: sift \[-d DB\]' "ja: the usage line"
like "$T/out" '^  -h, --help      このヘルプを表示して終了する$' "ja: the options"
like "$T/out" '^コマンド:$' "ja: the command list heading"
like "$T/out" '^  list     保存された記事を新しい順に一覧表示する$' "ja: a command summary"

# a command's own help
run env LANGUAGE=ja "$SIFT" help import
is "$rc" 0 "ja: help import succeeds"
like "$T/out" '^使用法: sift \[-d DB\] import \[--format F\]' "ja: import's usage line"
like "$T/out" '^  -s, --source NAME  インポートするすべての記事の配信元$' "ja: import's options"

# import of a missing file: the message names the file
for ll in zh_CN zh_TW ja; do
	case $ll in
	zh_CN) msg='无法打开：' ;;
	zh_TW) msg='無法開啟：' ;;
	ja) msg='開けません: ' ;;
	esac
	run env LANGUAGE=$ll "$SIFT" -d "$T/$ll.db" import "$T/no-such-file"
	[ "$rc" -ne 0 ]
	ok $? "$ll: import of a missing file fails"
	like "$T/err" "^sift: $T/no-such-file: $msg" "$ll: 'cannot open' names the file"
	unlike "$T/err" 'cannot open' "$ll: and is not in English"
done

# usage errors go to standard error, translated too
run env LANGUAGE=zh_CN "$SIFT" no-such-command
is "$rc" 2 "zh_CN: an unknown command is a usage error"
like "$T/err" '^sift: 未知命令“no-such-command”$' "zh_CN: the unknown command is named"
like "$T/err" '^请尝试执行“sift --help”来获取更多信息。$' "zh_CN: with the hint"

run env LANGUAGE=zh_TW "$SIFT" -d "$T/zh_TW.db" show x
is "$rc" 2 "zh_TW: a bad article number is a usage error"
like "$T/err" '^sift: 文章編號「x」不是正整數$' "zh_TW: the number is named"

# a message whose arguments the translation reorders (%2$s ... %1$lld)
run env LANGUAGE=ja "$SIFT" -d "$T/ja.db" show 7
[ "$rc" -ne 0 ]
ok $? "ja: show of a missing article fails"
# (the store's name: a file, or a URI when cli-on-pg.sh runs this)
like "$T/err" "^sift: ($T/ja\.db|postgresql://[^ ]*) に記事 7 はありません$" \
    "ja: reordered arguments"

# English without LANGUAGE, and for a language with no catalogue
run "$SIFT" --help
is "$rc" 0 "no LANGUAGE: --help succeeds"
like "$T/out" '^usage: sift \[-d DB\] \[COMMAND \[ARGS\]\]' "no LANGUAGE: English usage line"
like "$T/out" 'show this help and exit' "no LANGUAGE: English options"
unlike "$T/out" '[用使指命]' "no LANGUAGE: no CJK text"

run env LANGUAGE=eo "$SIFT" -d "$T/eo.db" import "$T/no-such-file"
like "$T/err" "^sift: $T/no-such-file: cannot open: " "no catalogue: English 'cannot open'"

done_testing
