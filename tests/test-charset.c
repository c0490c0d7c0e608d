/*
 * test-charset.c: charset.c without the importer.  The texts of
 * tests/encodings are converted by iconv to the encodings they are named
 * after and must be detected as those; labels resolve to the widest
 * encoding needed; short, damaged and contradictory inputs get the answer
 * that cannot garble them.
 */

#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "charset.h"
#include "tap.h"

/* UTF-8 text converted to an encoding, or NULL if iconv cannot. */
static char *
conv(const char *to, const char *s, size_t *len)
{
	iconv_t	 cd;
	char	*in = (char *)s, *out, *o;
	size_t	 left = strlen(s), room;

	if ((cd = iconv_open(to, "UTF-8")) == (iconv_t)-1)
		return (NULL);
	room = left * 4 + 16;
	o = out = xmalloc(room);
	if (iconv(cd, &in, &left, &o, &room) == (size_t)-1) {
		free(out);
		iconv_close(cd);
		return (NULL);
	}
	iconv_close(cd);
	*len = o - out;
	return (out);
}

static char *
slurp(const char *name)
{
	struct buf	 b;
	FILE		*fp;
	const char	*dir = getenv("srcdir");
	char		*path, chunk[4096];
	size_t		 got;

	path = xasprintf("%s/tests/encodings/%s", dir != NULL ? dir : ".",
	    name);
	buf_init(&b);
	if ((fp = fopen(path, "rb")) != NULL) {
		while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0)
			buf_add(&b, chunk, got);
		fclose(fp);
	}
	free(path);
	if (b.len == 0) {
		buf_free(&b);
		return (NULL);
	}
	return (buf_release(&b));
}

/* charset_detect on text converted to enc. */
static void
detects(const char *what, const char *text, const char *enc,
    const char *want)
{
	char	*s, *got;
	size_t	 n;

	if (text == NULL || (s = conv(enc, text, &n)) == NULL) {
		ok(0, "%s: made with iconv", what);
		return;
	}
	got = charset_detect(s, n);
	is_str(got, want, what);
	free(got);
	free(s);
}

int
main(void)
{
	static const struct {
		const char	*file;
		const char	*enc;	/* to make the bytes */
		const char	*want;	/* charset_detect's answer */
	} texts[] = {
		{ "gb18030.txt", "GB18030", "GB18030" },
		{ "gb18030.txt", "GBK", "GB18030" },
		{ "big5.txt", "BIG5", "BIG5" },
		{ "shift_jis.txt", "SHIFT_JIS", "SHIFT_JIS" },
		{ "euc-jp.txt", "EUC-JP", "EUC-JP" },
		{ "euc-kr.txt", "EUC-KR", "EUC-KR" },
		{ "windows-1251.txt", "WINDOWS-1251", "WINDOWS-1251" },
		{ "koi8-r.txt", "KOI8-R", "KOI8-R" },
		{ "euc-jp.txt", "ISO-2022-JP", "ISO-2022-JP" },
	};
	static const struct {
		const char	*label;
		const char	*text;	/* UTF-8 */
		const char	*enc;	/* to make the bytes */
		const char	*want;
	} labels[] = {
		{ "gb2312", "李喆说", "GBK", "GB18030" },
		{ "GBK", "台风逼近", "GB18030", "GB18030" },
		{ "x-gbk", "台风逼近", "GB18030", "GB18030" },
		{ "big5", "記者林志明／臺中報導", "BIG5", "BIG5" },
		{ "big5", "佢哋話呢度", "BIG5-HKSCS", "BIG5-HKSCS" },
		{ "Shift_JIS", "図書館", "SHIFT_JIS", "SHIFT_JIS" },
		{ "x-sjis", "①閲覧室㈱", "CP932", "CP932" },
		{ "euc-jp", "①徒競走", "EUC-JP-MS", "EUC-JP-MS" },
		{ "ks_c_5601-1987", "갯벌", "EUC-KR", "EUC-KR" },
		{ "euc-kr", "똠양꿍", "CP949", "CP949" },
		{ "iso-8859-1", "“Café” – ok", "WINDOWS-1252", "WINDOWS-1252" },
		{ "us-ascii", "Café", "WINDOWS-1252", "WINDOWS-1252" },
		{ "cp1251", "Мост", "WINDOWS-1251", "WINDOWS-1251" },
		{ "ISO-8859-7", "Αθήνα", "ISO-8859-7", "ISO-8859-7" },
		{ "utf-8", "Мост", "WINDOWS-1251", NULL },
		{ "utf-16", "Café", "WINDOWS-1252", NULL },
		{ "no-such-charset", "Café", "WINDOWS-1252", NULL },
		{ "euc-kr", "Мосты закрыты", "WINDOWS-1251", NULL },
	};
	static const struct {
		const char	*what;
		const char	*s;
		const char	*want;
	} shorts[] = {
		{ "a 39-byte Latin-1 line", "Caf\xe9 cr\xe8me br\xfbl\xe9""e "
		  "\xe0 la fran\xe7""aise, s\xfbr.\n", "WINDOWS-1252" },
		{ "a short German line", "Gr\xfc\xdf""e aus M\xfcnchen\n",
		  "WINDOWS-1252" },
		{ "a 2-byte file", "\xe9\n", "WINDOWS-1252" },
		{ "one GBK character", "\xc4\xe3", NULL },
		{ "two GBK characters", "\xc4\xe3\xba\xc3\n", NULL },
		{ "ASCII", "plain ASCII text\n", NULL },
		{ "ANSI colours", "\033[31mred\033[0m\n", NULL },
	};
	static const struct {
		const char	*s;
		int		 want;
	} damaged[] = {
		{ "\xe4\xb8\xad\xe6\x96\x87\xe6", 1 },	/* 中文 cut short */
		{ "caf\xc3\xa9 and \xff", 1 },
		{ "caf\xe9", 0 },
		{ "\xd6\xd0\xce\xc4\xb5\xc4\xd0\xc2\xce\xc5", 0 },	/* GBK */
		{ "\xcc\xe0\xe9\xf4\xf3\xed", 0 },	/* windows-1251 */
		{ "ascii", 0 },
	};
	static const struct {
		const char	*s;
		const char	*want;
	} xml[] = {
		{ "<?xml version=\"1.0\" encoding=\"GB2312\"?><rss/>", "gb2312" },
		{ "<?xml version='1.0' encoding = 'Shift_JIS' ?>\n<html/>",
		  "shift_jis" },
		{ "<?xml version=\"1.0\"?><html/>", NULL },
		{ " <?xml version=\"1.0\" encoding=\"gbk\"?>", NULL },
		{ "<?xml version=\"1.0\" encoding=\"x<y\"?>", NULL },
		{ "<?xml version=\"1.0\" myencoding=\"gbk\"?>", NULL },
		{ "<html><?xml encoding=\"gbk\"?>", NULL },
	};
	char	*s, *s2, *got, *text;
	size_t	 i, n, n2;

	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		text = slurp(texts[i].file);
		got = xasprintf("%s in %s is %s", texts[i].file, texts[i].enc,
		    texts[i].want);
		detects(got, text, texts[i].enc, texts[i].want);
		free(got);
		free(text);
	}
	text = slurp("windows-1251.txt");
	s = text != NULL ? conv("WINDOWS-1251", text, &n) : NULL;
	ok(s != NULL && !charset_damaged_utf8(s, n), "windows-1251 is not "
	    "damaged UTF-8");
	free(s);
	free(text);

	for (i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		if ((s = conv(labels[i].enc, labels[i].text, &n)) == NULL) {
			ok(0, "%s made in %s", labels[i].text, labels[i].enc);
			continue;
		}
		got = charset_resolve(labels[i].label, s, n);
		ok(got == labels[i].want || (got != NULL &&
		    labels[i].want != NULL && strcmp(got, labels[i].want) == 0),
		    "label %s on %s text: %s", labels[i].label, labels[i].enc,
		    labels[i].want != NULL ? labels[i].want : "refused");
		if (got != NULL && (labels[i].want == NULL ||
		    strcmp(got, labels[i].want) != 0))
			printf("#   got: %s\n", got);
		free(got);
		free(s);
	}

	for (i = 0; i < sizeof shorts / sizeof shorts[0]; i++) {
		got = charset_detect(shorts[i].s, strlen(shorts[i].s));
		is_str(got, shorts[i].want, shorts[i].what);
		free(got);
	}

	/* Strictness: C1 controls and UHC bytes are not EUC-KR. */
	ok(!charset_valid("EUC-KR", "\x8c\x63", 2), "UHC bytes are not EUC-KR");
	ok(charset_valid("CP949", "\x8c\x63", 2), "but are CP949");
	ok(!charset_valid("WINDOWS-1252", "a\x81", 2),
	    "an undefined windows-1252 byte fails");
	ok(!charset_valid("ISO-8859-1", "a\x85z", 3),
	    "a C1 control from ISO-8859-1 fails");
	ok(charset_valid("GB18030", "\xd6\xd0\xce", 3),
	    "a character cut short at the end passes");
	ok(!charset_valid("GB18030", "\xd6\xd0\xff\xd0", 4),
	    "an invalid byte in the middle fails");
	ok(!charset_valid("NO-SUCH-CHARSET", "a", 1), "an unknown name fails");

	for (i = 0; i < sizeof damaged / sizeof damaged[0]; i++)
		ok(charset_damaged_utf8(damaged[i].s, strlen(damaged[i].s)) ==
		    damaged[i].want, "damaged UTF-8 %zu: %d", i,
		    damaged[i].want);

	for (i = 0; i < sizeof xml / sizeof xml[0]; i++) {
		got = charset_xml_declared(xml[i].s, strlen(xml[i].s));
		is_str(got, xml[i].want, xml[i].s);
		free(got);
	}

	/* A second opinion: Big5 under a GBK label, GBK under its own. */
	text = slurp("big5.txt");
	s = text != NULL ? conv("BIG5", text, &n) : NULL;
	free(text);
	text = slurp("gb18030.txt");
	s2 = text != NULL ? conv("GB18030", text, &n2) : NULL;
	free(text);
	if (s != NULL && s2 != NULL) {
		got = charset_resolve("gbk", s, n);
		is_str(got, "GB18030", "Big5 text converts as GBK");
		free(got);
		got = charset_doubt("GB18030", s, n);
		is_str(got, "BIG5", "which is doubted");
		free(got);
		got = charset_doubt("GB18030", s2, n2);
		is_str(got, NULL, "GBK text under its label is not");
		free(got);
	} else
		ok(0, "Big5 and GBK texts made");
	free(s);
	free(s2);

	/* Random bytes, mostly high ones: answers that convert, no crash. */
	srandom(7);
	for (i = 0, n2 = 0; i < 3000; i++) {
		char	 buf[300];
		size_t	 j, len = random() % sizeof buf;

		for (j = 0; j < len; j++)
			buf[j] = random() % 4 == 0 ? 'a' + random() % 26 :
			    (char)(0x80 + random() % 128);
		if (i % 3 == 0 && len > 30)	/* and a declaration cut anywhere */
			memcpy(buf, "<?xml version=\"1.0\" encoding=\"gb",
			    random() % 30);
		got = charset_detect(buf, len);
		if (got != NULL && !charset_valid(got, buf, len))
			n2++;
		free(got);
		got = charset_resolve(i % 2 ? "gbk" : "shift_jis", buf, len);
		free(got);
		(void)charset_damaged_utf8(buf, len);
		got = charset_xml_declared(buf, len);
		free(got);
	}
	ok(n2 == 0, "random bytes: every answer converts them");
	return (tap_done());
}
