/*
 * test-claim.c: finding a claim's quote again once its text has changed
 * (claim_fuzzy): a word changed, a typo fixed, a character of Chinese
 * changed, a range widened to whole grapheme clusters, a quote that is
 * gone, a short quote in noise, the better of two near matches and of two
 * exact ones by their context, a long quote, an empty text, a megabyte of
 * text, and input that is not what it should be.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sift.h"
#include "tap.h"

/* One search with its context; the range found must be in the text. */
struct fuzzy {
	const char	*name;
	const char	*text;
	const char	*quote;
	const char	*prefix;
	const char	*suffix;
	size_t		 hint;
	const char	*want;		/* the text found, NULL: nothing */
	double		 min;		/* the least score wanted */
	long		 at;		/* where it starts, -1: anywhere */
};

static const struct fuzzy tests[] = {
	{ "a word changed",
	  "Washington has accused North Korea of providing arms to Russia, "
	  "but it is unclear whether any deliveries have been made.\n"
	  "Both nations have denied those claims.\n",
	  "Both countries have denied those claims.",
	  "ether any deliveries have been made.\n", "\n", 120,
	  "Both nations have denied those claims.", 0.75, -1 },
	{ "a typo fixed",
	  "On Monday the government said it would review the decision "
	  "before the end of the year.",
	  "the goverment said it would review the decision",
	  "On Monday ", " before the end of the year.", 10,
	  "the government said it would review the decision", 0.9, -1 },
	{ "one character of Chinese changed",
	  "金正恩或将与普京会面。美国表示，朝鲜否认向俄罗期提供武器。"
	  "白宫没有回应。",
	  "朝鲜否认向俄罗斯提供武器",
	  "金正恩或将与普京会面。美国表示，", "。白宫没有回应。", 45,
	  "朝鲜否认向俄罗期提供武器", 0.75, -1 },
	{ "a combining accent after the match joins it",
	  "Then I said: I like my cafe\xcc\x81 au lait strong.",
	  "I lyke my cafe", "Then I said: ", " au lait strong.", 13,
	  "I like my cafe\xcc\x81", 0.75, -1 },
	{ "a sentence that is gone",
	  "Washington has accused North Korea of providing arms to Russia, "
	  "but it is unclear whether any deliveries have been made.\n"
	  "The talks continue next week in Vladivostok, officials said.\n",
	  "Both countries have denied those claims.",
	  "ether any deliveries have been made.\n",
	  "\nThe talks continue next week in Vla", 120, NULL, 0, -1 },
	{ "a sentence rewritten in its place",
	  "Washington has accused North Korea of providing arms to Russia, "
	  "but it is unclear whether any deliveries have been made.\n"
	  "Both leaders have rejected the reports.\n",
	  "Both countries have denied those claims.",
	  "ether any deliveries have been made.\n", "\n", 120, NULL, 0,
	  -1 },
	{ "a sentence rewritten, its context intact, is not the claim",
	  "Washington has accused North Korea of providing arms to Russia, "
	  "but it is unclear whether any deliveries have been made.\n"
	  "Both countries have rejected the reports.\n",
	  "Both countries have denied those claims.",
	  "ether any deliveries have been made.\n", "\n", 120, NULL, 0,
	  -1 },
	{ "a word changed at the quote's start",
	  "Monday's meeting was cancelled by the organisers, who gave no "
	  "reason.",
	  "Sunday's meeting was cancelled by the organisers", "",
	  ", who gave no reason.", 0,
	  "Monday's meeting was cancelled by the organisers", 0.75, 0 },
	{ "a short quote is not found in noise",
	  "qwe rtz uiop asdf ghjk lyxc vbnm red aplpes qwertz reed appels "
	  "uiopa sdfgh",
	  "red apples", "", "", 30, NULL, 0, -1 },
	{ "a short quote with an edit too many is not found",
	  "I like red pears and green apples.",
	  "red apples", "I like ", " and green", 7, NULL, 0, -1 },
	{ "a short quote with one letter changed is found",
	  "I like the red apple, and green pears.",
	  "the red apples", "I like ", ", and green", 7,
	  "the red apple", 0.75, -1 },
	{ "of two near matches, the one in its context",
	  "First the minister said the report was wrong, the paper wrote. "
	  "Later, in parliament, the minister said the report was wrung, "
	  "and left.",
	  "the minister said the report was wrang",
	  "Later, in parliament, ", ", and left.", 0,
	  "the minister said the report was wrung", 0.75, 85 },
	{ "of two exact matches, the one in its context",
	  "he said no. Asked again on Friday, he said no. Then he left.",
	  "he said no.", "Asked again on Friday, ", " Then he left.", 0,
	  "he said no.", 0.95, 35 },
	{ "a long quote with a few edits",
	  "Intro.\nThe committee, which met for the third time this year, "
	  "agreed that the budget for the coming season should be raised by "
	  "four percent, after long debates about the costs of energy, the "
	  "salaries of the staff and the repair of the old roof of the town "
	  "hall, which was damaged in the storms of last winter.\nOutro.",
	  "The committee, which met for the second time this year, agreed "
	  "that the budget for the coming season should be raised by three "
	  "percent, after long debates about the cost of energy, the "
	  "salaries of the staff and the repairs of the old roof of the town "
	  "hall, which was damaged in the storm of last winter.",
	  "Intro.\n", "\nOutro.", 7,
	  "The committee, which met for the third time this year, agreed "
	  "that the budget for the coming season should be raised by four "
	  "percent, after long debates about the costs of energy, the "
	  "salaries of the staff and the repair of the old roof of the town "
	  "hall, which was damaged in the storms of last winter.", 0.75,
	  -1 },
	{ "an empty text", "", "anything", "", "", 0, NULL, 0, -1 },
	{ "an empty quote", "some text", "", "", "", 0, NULL, 0, -1 },
	{ "a quote longer than the text",
	  "short", "a quote much longer than the text it is sought in", "",
	  "", 0, NULL, 0, -1 },
};

static void
test_table(void)
{
	const struct fuzzy	*t;
	size_t			 i, len, a, b;
	double			 score;
	int			 r, good;
	char			*got;

	for (i = 0; i < sizeof tests / sizeof tests[0]; i++) {
		t = &tests[i];
		len = strlen(t->text);
		a = b = SIZE_MAX;
		score = -1.0;
		r = claim_fuzzy(t->text, len, t->quote, t->prefix, t->suffix,
		    t->hint, &a, &b, &score);
		if (t->want == NULL) {
			ok(r == -1, "%s: not found", t->name);
			if (r == 0)
				printf("#   found '%.*s', score %.3f\n",
				    (int)(b - a), t->text + a, score);
			continue;
		}
		good = r == 0 && a <= b && b <= len;
		got = good ? xstrndup(t->text + a, b - a) : NULL;
		is_str(got, t->want, t->name);
		if (t->at >= 0)
			ok(good && a == (size_t)t->at, "%s: at %ld", t->name,
			    t->at);
		ok(good && score >= t->min && score <= 1.0,
		    "%s: score %.3f at least %.2f", t->name, score, t->min);
		free(got);
	}
}

/*
 * Every range found in Chinese starts and ends between characters, with
 * the changed character at the quote's start, its end or inside.
 */
static void
test_boundaries(void)
{
	const char	*text = "他说：“我们明天早上八点出发去北京，"
			    "先坐高铁到天津，再换乘大巴去长城脚下的小村庄。”"
			    "她点了点头，没有再说什么。";
	const char	*quotes[] = {
		"你们明天早上八点出发去北京，先坐高铁到天津，再换乘大巴去长城",
		"我们明天早上八点出发去北京，先坐高铁到天津，"
		    "再换乘大巴去长城脚下的小山",
		"明天早上八点出发去北京，先坐飞机到天津，再换乘大巴去长城脚下",
		"“我们明天早上九点出发去北京，先坐高铁到天津，"
		    "再换乘大巴去长城脚下的小村庄。”她点",
	};
	size_t		 i, len = strlen(text), a, b, bad = 0, found = 0;
	double		 score;

	for (i = 0; i < sizeof quotes / sizeof quotes[0]; i++) {
		if (claim_fuzzy(text, len, quotes[i], "", "", 0, &a, &b,
		    &score) != 0)
			continue;
		found++;
		if (a >= b || b > len || (text[a] & 0xc0) == 0x80 ||
		    (b < len && (text[b] & 0xc0) == 0x80) || (b - a) % 3 != 0)
			bad++;
	}
	ok(found == 4 && bad == 0, "Chinese ranges are whole characters "
	    "(%zu found, %zu bad)", found, bad);
}

/*
 * A megabyte of words with the quote, a word changed, in the middle:
 * found near the hint, and found from afar (the whole text searched).
 */
static void
test_big(void)
{
	const char	*words[] = { "the", "of", "a", "report", "minister",
			    "said", "on", "Tuesday", "that", "energy", "prices",
			    "would", "rise", "again", "in", "winter", "and",
			    "parliament", "should", "act" };
	const char	*quote = "The harbour authority confirmed on Sunday "
			    "that the ferry will resume service in March.";
	const char	*sentence = "The harbour authority confirmed on Monday "
			    "that the ferry will resume service in March.";
	struct timespec	 t0, t1;
	char		*text;
	size_t		 len = 0, size = 1 << 20, at = 0, a, b, l;
	unsigned long	 x = 1;
	double		 score, ms;
	int		 r, r2;

	text = xmalloc(size + 200);
	while (len < size) {
		if (at == 0 && len >= size / 2) {
			at = len;
			l = strlen(sentence);
			memcpy(text + len, sentence, l);
			len += l;
			text[len++] = ' ';
			continue;
		}
		x = x * 1103515245 + 12345;
		l = strlen(words[(x >> 16) % 20]);
		memcpy(text + len, words[(x >> 16) % 20], l);
		len += l;
		text[len++] = (x >> 8) % 11 == 0 ? '\n' : ' ';
	}
	text[len] = '\0';

	clock_gettime(CLOCK_MONOTONIC, &t0);
	r = claim_fuzzy(text, len, quote, "", "", at + 100, &a, &b, &score);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
	ok(r == 0 && a == at && b == at + strlen(sentence),
	    "1 MB: the quote near the hint is found");
	printf("# 1 MB, %zu code points of quote: %.1f ms\n", strlen(quote),
	    ms);
	ok(ms < 2000, "1 MB: in good time (%.1f ms)", ms);
	r2 = claim_fuzzy(text, len, quote, "", "", 0, &a, &b, &score);
	ok(r2 == 0 && a == at, "1 MB: and from the start of the text");
	free(text);
}

/* Input that is not what it should be is refused or survived. */
static void
test_bad(void)
{
	const char	*q = "some quote that is long enough to be searched";
	char		 junk[4096];
	size_t		 a = 0, b = 0, i, ok_range = 1;
	double		 score;
	unsigned long	 x = 7;
	int		 r;

	ok(claim_fuzzy(NULL, 0, q, NULL, NULL, 0, &a, &b, &score) == -1,
	    "no text");
	ok(claim_fuzzy("text", 4, NULL, NULL, NULL, 0, &a, &b, &score) == -1,
	    "no quote");
	r = claim_fuzzy("some quote that is lang enough to be searched", 45, q,
	    NULL, NULL, 0, &a, &b, NULL);
	ok(r == 0 && a == 0 && b == 45, "no context and no score wanted");
	r = claim_fuzzy("some quote that is lang enough to be searched", 45, q,
	    "", "", SIZE_MAX, &a, &b, &score);
	ok(r == 0 && b <= 45, "a hint past the end");
	for (i = 0; i < 200; i++) {
		size_t	n, j;

		n = i * 20 % sizeof junk;
		for (j = 0; j < n; j++) {
			x = x * 1103515245 + 12345;
			junk[j] = (char)(i % 2 ? 0x80 | (x >> 16) :
			    (x >> 16) & 0xff);
		}
		r = claim_fuzzy(junk, n, i % 3 ? q : "\xe4\xb8\x80\xff\xfe"
		    "quote\xc3", i % 5 ? "\xff" : NULL, "\x80\x80", x % (n +
		    10), &a, &b, &score);
		if (r == 0 && (a > b || b > n))
			ok_range = 0;
	}
	ok(ok_range, "invalid UTF-8 in text, quote and context: no crash, "
	    "ranges in the text");
}

/* One anchoring decision: at its place, moved, fuzzy, folded, orphaned. */
static void
test_reanchor(void)
{
	const char	*text = "The cat sat on the mat. A dog barked.";
	size_t		 a = 0, b = 0;
	double		 score = 0.0;

	ok(claim_reanchor(text, strlen(text), "cat sat", "The ", " on", 4, 11,
	    0, &a, &b, &score) == CLAIM_EXACT && a == 4 && b == 11,
	    "reanchor: at its place");
	ok(claim_reanchor(text, strlen(text), "dog barked", "A ", ".", 2, 12,
	    0, &a, &b, &score) == CLAIM_MOVED && a == 26 && b == 36,
	    "reanchor: moved");
	ok(claim_reanchor(text, strlen(text), "A dog barkd", "mat. ", "", 20,
	    31, 0, &a, &b, &score) == CLAIM_FUZZY && score > 0.0,
	    "reanchor: fuzzy, with a score");
	ok(claim_reanchor(text, strlen(text), "quantum physics", "", "", -1,
	    -1, 1, &a, &b, &score) == CLAIM_ORPHANED, "reanchor: orphaned");
}

struct read_seen {
	char	 got[512];
	int	 n;
};

static int
read_cb(struct claim *c, const char *hash, const char *url, int64_t cp,
    void *arg)
{
	struct read_seen	*r = arg;
	size_t			 len = strlen(r->got), i;

	snprintf(r->got + len, sizeof r->got - len, "%s|%s|%s|%s|%s|%s|%lld|",
	    c->uuid, c->quote != NULL ? c->quote : "-", c->note != NULL ?
	    c->note : "-", c->claimant != NULL ? c->claimant : "-",
	    hash != NULL ? hash : "-", url != NULL ? url : "-", (long long)cp);
	for (i = 0; i < c->ntags; i++) {
		len = strlen(r->got);
		snprintf(r->got + len, sizeof r->got - len, "%s,", c->tags[i]);
	}
	len = strlen(r->got);
	snprintf(r->got + len, sizeof r->got - len, ";");
	r->n++;
	return (0);
}

/* A done mark read back: its fields after the claims'. */
static int
read_done_cb(const char *hash, const char *url, const char *who,
    const char *at, void *arg)
{
	struct read_seen	*r = arg;
	size_t			 len = strlen(r->got);

	snprintf(r->got + len, sizeof r->got - len, "done %s|%s|%s|%s;",
	    hash != NULL ? hash : "-", url != NULL ? url : "-",
	    who != NULL ? who : "-", at != NULL ? at : "-");
	return (0);
}

/* Claims read back from an export, JSON Lines and W3C. */
static void
test_read(void)
{
	struct read_seen	 r;
	char			*cause = NULL;

	memset(&r, 0, sizeof r);
	ok(claim_read("{\"id\":\"urn:uuid:u1\",\"quote\":\"q\","
	    "\"start\":5,\"tags\":[\"a\",\"b/c\"],\"article\":"
	    "{\"sha256\":\"h\",\"url\":\"http://x\"}}\n \n"
	    "{\"id\":\"urn:uuid:u2\",\"quote\":\"r\",\"note\":\"n\"}\n"
	    "{\"type\":\"done\",\"article\":{\"sha256\":\"h\"},"
	    "\"annotator\":\"ann\",\"at\":\"2026-12-03T06:00:00Z\"}\n",
	    0, read_cb, read_done_cb, &r, &cause) == 0 && r.n == 2,
	    "JSON Lines read");
	is_str(r.got, "u1|q|-|-|h|http://x|5|a,b/c,;u2|r|n|-|-|-|-1|;"
	    "done h|-|ann|2026-12-03T06:00:00Z;",
	    "JSON Lines fields, and a done mark's");
	memset(&r, 0, sizeof r);
	ok(claim_read("{\"type\":\"done\",\"annotator\":\"ann\"}\n", 0,
	    read_cb, NULL, &r, &cause) == 0 && r.n == 0 && r.got[0] == '\0',
	    "without a done callback, done marks are skipped");
	memset(&r, 0, sizeof r);
	ok(claim_read("{\"type\":\"AnnotationCollection\",\"first\":"
	    "{\"items\":[{\"id\":\"urn:uuid:w1\",\"body\":["
	    "{\"purpose\":\"tagging\",\"value\":\"t1\"},"
	    "{\"purpose\":\"commenting\",\"value\":\"a note\"},"
	    "{\"purpose\":\"describing\",\"value\":\"Claimant: Ann\"},"
	    "{\"purpose\":\"tagging\",\"value\":\"t2\"}],"
	    "\"target\":{\"source\":\"urn:sha256:abc\",\"selector\":["
	    "{\"exact\":\"ex\"},{\"start\":7}]}}]}}", 1, read_cb, NULL, &r,
	    &cause) == 0 && r.n == 1, "W3C read");
	is_str(r.got, "w1|ex|a note|Ann|abc|urn:sha256:abc|7|t1,t2,;",
	    "W3C fields");
	memset(&r, 0, sizeof r);
	ok(claim_read("{\"id\":1}\n{bad\n", 0, read_cb, NULL, &r, &cause) == -1 &&
	    r.n == 1 && strcmp(cause, "not a claim export (malformed JSON)") ==
	    0, "a malformed line ends the read: %s", cause);
	free(cause);
}

int
main(void)
{
	test_table();
	test_boundaries();
	test_big();
	test_bad();
	test_reanchor();
	test_read();
	return (tap_done());
}
