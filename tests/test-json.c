/*
 * test-json.c: the JSON reader.  RFC 8259's examples, strings and their
 * escapes, numbers, every error with its place, deep nesting, JSON-LD as
 * news sites write it (lenient mode), big inputs, and random bytes and
 * mutated documents, which must parse or fail cleanly with valid UTF-8.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "tap.h"

#define L	JSON_LENIENT

/* Write j back as compact JSON, numbers as written, members in order. */
static void
dump(struct buf *b, const struct json *j)
{
	size_t	i;

	switch (j->type) {
	case JSON_NULL:
		buf_adds(b, "null");
		break;
	case JSON_FALSE:
		buf_adds(b, "false");
		break;
	case JSON_TRUE:
		buf_adds(b, "true");
		break;
	case JSON_NUMBER:
		buf_add(b, j->s, j->len);
		break;
	case JSON_STRING:
		buf_add_json(b, j->s);
		break;
	case JSON_ARRAY:
	case JSON_OBJECT:
		buf_addc(b, j->type == JSON_ARRAY ? '[' : '{');
		for (i = 0; i < json_len(j); i++) {
			if (i != 0)
				buf_addc(b, ',');
			if (j->type == JSON_OBJECT) {
				buf_add_json(b, json_at(j, i)->key);
				buf_addc(b, ':');
			}
			dump(b, json_at(j, i));
		}
		buf_addc(b, j->type == JSON_ARRAY ? ']' : '}');
		break;
	}
}

/* Parse and dump, or return the cause; the result is the caller's. */
static char *
parse_dump(const char *s, size_t n, int flags)
{
	struct json	*j;
	struct buf	 b;
	char		*cause = NULL;

	if ((j = json_parse(s, n, flags, &cause)) == NULL)
		return (cause);
	buf_init(&b);
	dump(&b, j);
	json_free(j);
	return (buf_release(&b));
}

static void
test_valid(void)
{
	static const struct {
		int		 flags;
		const char	*in;
		const char	*want;
	} t[] = {
		/* RFC 8259, section 13. */
		{ 0, "{\n"
		  "  \"Image\": {\n"
		  "    \"Width\":  800,\n"
		  "    \"Height\": 600,\n"
		  "    \"Title\":  \"View from 15th Floor\",\n"
		  "    \"Thumbnail\": {\n"
		  "      \"Url\":    \"http://www.example.com/image/481989943\",\n"
		  "      \"Height\": 125,\n"
		  "      \"Width\":  100\n"
		  "    },\n"
		  "    \"Animated\" : false,\n"
		  "    \"IDs\": [116, 943, 234, 38793]\n"
		  "  }\n"
		  "}\n",
		  "{\"Image\":{\"Width\":800,\"Height\":600,\"Title\":"
		  "\"View from 15th Floor\",\"Thumbnail\":{\"Url\":"
		  "\"http://www.example.com/image/481989943\",\"Height\":125,"
		  "\"Width\":100},\"Animated\":false,\"IDs\":"
		  "[116,943,234,38793]}}" },
		{ 0, "[\n"
		  "  {\n"
		  "     \"precision\": \"zip\",\n"
		  "     \"Latitude\":  37.7668,\n"
		  "     \"Longitude\": -122.3959,\n"
		  "     \"Address\":   \"\",\n"
		  "     \"City\":      \"SAN FRANCISCO\",\n"
		  "     \"State\":     \"CA\",\n"
		  "     \"Zip\":       \"94107\",\n"
		  "     \"Country\":   \"US\"\n"
		  "  },\n"
		  "  {\n"
		  "     \"precision\": \"zip\",\n"
		  "     \"Latitude\":  37.371991,\n"
		  "     \"Longitude\": -122.026020,\n"
		  "     \"Address\":   \"\",\n"
		  "     \"City\":      \"SUNNYVALE\",\n"
		  "     \"State\":     \"CA\",\n"
		  "     \"Zip\":       \"94085\",\n"
		  "     \"Country\":   \"US\"\n"
		  "  }\n"
		  "]",
		  "[{\"precision\":\"zip\",\"Latitude\":37.7668,\"Longitude\":"
		  "-122.3959,\"Address\":\"\",\"City\":\"SAN FRANCISCO\","
		  "\"State\":\"CA\",\"Zip\":\"94107\",\"Country\":\"US\"},"
		  "{\"precision\":\"zip\",\"Latitude\":37.371991,\"Longitude\":"
		  "-122.026020,\"Address\":\"\",\"City\":\"SUNNYVALE\","
		  "\"State\":\"CA\",\"Zip\":\"94085\",\"Country\":\"US\"}]" },
		{ 0, "\"Hello world!\"", "\"Hello world!\"" },
		{ 0, "42", "42" },
		{ 0, "true", "true" },
		/* Around them. */
		{ 0, " \t\r\n null \t\r\n ", "null" },
		{ 0, "false", "false" },
		{ 0, "[]", "[]" },
		{ 0, "{}", "{}" },
		{ 0, "[ ]", "[]" },
		{ 0, "{ \n }", "{}" },
		{ 0, "[[[]],[{}],{\"a\":[]}]", "[[[]],[{}],{\"a\":[]}]" },
		{ 0, "[1,\"a\",null,true,false,-0.5e+3,{},[]]",
		  "[1,\"a\",null,true,false,-0.5e+3,{},[]]" },
		{ 0, "{\"a\":1,\"a\":2,\"b\":3,\"a\":4}",
		  "{\"a\":1,\"a\":2,\"b\":3,\"a\":4}" },
		{ 0, "{\"\":\"\"}", "{\"\":\"\"}" },
		{ 0, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]",
		  "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]" },
		/* Lenient mode takes all of it, and more. */
		{ L, "[1,2,]", "[1,2]" },
		{ L, "{\"a\":1,}", "{\"a\":1}" },
		{ L, "[{\"a\":[1,],},]", "[{\"a\":[1]}]" },
		{ L, "{} ;", "{}" },
		{ L, "[1] [2]", "[1]" },
		{ L, "1 2", "1" },
		{ L, "nullx", "null" },
		{ L, "<!-- {\"a\":1} -->", "{\"a\":1}" },
		{ L, "<!--{}-->", "{}" },
		{ L, "\n//<![CDATA[\n{\"a\":1}\n//]]>\n", "{\"a\":1}" },
		{ L, "<![CDATA[[1]]]>", "[1]" },
		{ L, "/*<![CDATA[*/ [true] /*]]>*/", "[true]" },
		{ L, " <!-- //<![CDATA[ {} //]]> --> ", "{}" },
		{ L, "\xef\xbb\xbf{\"a\":\"b\"}", "{\"a\":\"b\"}" },
		{ L, "\"a\tb\nc\"", "\"a\\tb\\nc\"" },
	};
	size_t	 i;
	char	*got;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		got = parse_dump(t[i].in, strlen(t[i].in), t[i].flags);
		is_str(got, t[i].want, t[i].in);
		free(got);
		if (t[i].flags == 0) {	/* strict documents are lenient too */
			got = parse_dump(t[i].in, strlen(t[i].in), L);
			is_str(got, t[i].want, "the same in lenient mode");
			free(got);
		}
	}
}

static void
test_strings(void)
{
	static const struct {
		int		 flags;
		const char	*in;
		const char	*want;
		size_t		 len;
	} t[] = {
		{ 0, "\"\"", "", 0 },
		{ 0, "\"abc\"", "abc", 3 },
		{ 0, "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"",
		  "\" \\ / \b \f \n \r \t", 15 },
		{ 0, "\"\\u0041\\u00e9\\u00E9\\u4e2d\"",
		  "A\xc3\xa9\xc3\xa9\xe4\xb8\xad", 8 },
		{ 0, "\"\\u007f\\u0080\\u07ff\\u0800\\uffff\"",
		  "\x7f\xc2\x80\xdf\xbf\xe0\xa0\x80\xef\xbf\xbf", 11 },
		{ 0, "\"\\u0000\"", "", 1 },
		{ 0, "\"a\\u0000b\"", "a\0b", 3 },
		/* Surrogates: pairs combine, alone they are U+FFFD. */
		{ 0, "\"\\ud83d\\ude00\"", "\xf0\x9f\x98\x80", 4 },
		{ 0, "\"\\uD834\\uDD1E\"", "\xf0\x9d\x84\x9e", 4 },
		{ 0, "\"\\udbff\\udfff\"", "\xf4\x8f\xbf\xbf", 4 },
		{ 0, "\"\\ud800\\udc00\"", "\xf0\x90\x80\x80", 4 },
		{ 0, "\"\\ud800\"", "\xef\xbf\xbd", 3 },
		{ 0, "\"\\udc00\"", "\xef\xbf\xbd", 3 },
		{ 0, "\"\\ud800x\"", "\xef\xbf\xbdx", 4 },
		{ 0, "\"\\ud800\\u0041\"", "\xef\xbf\xbd" "A", 4 },
		{ 0, "\"\\ud800\\ud800\\udc00\"",
		  "\xef\xbf\xbd\xf0\x90\x80\x80", 7 },
		{ 0, "\"\\ude00\\ud83d\"", "\xef\xbf\xbd\xef\xbf\xbd", 6 },
		{ 0, "\"\\ud800\\n\"", "\xef\xbf\xbd\n", 4 },
		{ 0, "\"\\ud800\\\"\"", "\xef\xbf\xbd\"", 4 },
		/* UTF-8 as it comes, U+FFFD included, DEL too. */
		{ 0, "\"caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80 \x7f\"",
		  "caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80 \x7f", 16 },
		{ 0, "\"\xef\xbf\xbd\"", "\xef\xbf\xbd", 3 },
		/* Lenient: raw controls kept, bad bytes to U+FFFD. */
		{ L, "\"a\tb\nc\rd\x01" "e\"", "a\tb\nc\rd\x01" "e", 9 },
		{ L, "\"caf\xe9\"", "caf\xef\xbf\xbd", 6 },
		{ L, "\"\xff\xfe\"", "\xef\xbf\xbd\xef\xbf\xbd", 6 },
		{ L, "\"\xe4\xb8\"", "\xef\xbf\xbd", 3 },
		{ L, "\"\xe4\xb8" "a\"", "\xef\xbf\xbd" "a", 4 },
		{ L, "\"\xc0\x80\"", "\xef\xbf\xbd\xef\xbf\xbd", 6 },
		/* A bad sequence is what u8_mbtouc says, as in text.c. */
		{ L, "\"\xed\xa0\x80\"", "\xef\xbf\xbd", 3 },
		{ L, "\"\xf4\x90\x80\x80\"", "\xef\xbf\xbd", 3 },
		{ L, "\"\xf0\x9f\x98\"", "\xef\xbf\xbd", 3 },
	};
	struct json	*j;
	char		*cause;
	size_t		 i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		cause = NULL;
		j = json_parse(t[i].in, strlen(t[i].in), t[i].flags, &cause);
		if (!ok(j != NULL && j->type == JSON_STRING &&
		    j->len == t[i].len && j->s[j->len] == '\0' &&
		    memcmp(j->s, t[i].want, t[i].len) == 0 &&
		    strcmp(json_str(j), t[i].want) == 0 &&
		    utf8_valid(j->s, j->len), "string %zu: %s", i, t[i].in))
			printf("#   cause: %s\n", cause ? cause : "none");
		json_free(j);
		free(cause);
	}
	j = json_parse("\"a\0b\"", 5, L, NULL);
	ok(j != NULL && j->len == 3 && memcmp(j->s, "a\0b", 4) == 0,
	    "lenient: a raw NUL in a string is kept");
	json_free(j);
	j = json_parse("\"a\0b\"", 5, 0, NULL);
	ok(j == NULL, "strict: a raw NUL in a string is an error");
}

static int
same_double(double a, double b)
{
	if (isnan(a) || isnan(b))
		return (0);
	return (a == b && signbit(a) == signbit(b));
}

static void
test_numbers(void)
{
	static const struct {
		const char	*in;
		double		 want;
	} t[] = {
		{ "0", 0.0 },
		{ "-0", -0.0 },
		{ "-0.0", -0.0 },
		{ "0e0", 0.0 },
		{ "1", 1.0 },
		{ "-1", -1.0 },
		{ "10", 10.0 },
		{ "999999999999999", 999999999999999.0 },
		{ "-999999999999999", -999999999999999.0 },
		{ "1234567890123456789", 1234567890123456789.0 },
		{ "9007199254740993", 9007199254740992.0 },
		{ "3.14", 3.14 },
		{ "0.1", 0.1 },
		{ "-2.5e-3", -2.5e-3 },
		{ "1E2", 100.0 },
		{ "1e+2", 100.0 },
		{ "1e-2", 0.01 },
		{ "1.7976931348623157e308", 1.7976931348623157e308 },
		{ "5e-324", 5e-324 },
		{ "1e400", HUGE_VAL },
		{ "-1e400", -HUGE_VAL },
		{ "1e-400", 0.0 },
		{ "-1e-400", -0.0 },
		{ "123456789012345678901234567890", 123456789012345678901234567890.0 },
	};
	static const char *commas[] = {
		"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8",
		"ru_RU.UTF-8", "ru_RU.utf8", "nl_NL.UTF-8", "de_DE",
	};
	struct json	*j;
	const char	*loc = NULL;
	size_t		 i;
	int		 good;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		j = json_parse(t[i].in, strlen(t[i].in), 0, NULL);
		ok(j != NULL && j->type == JSON_NUMBER &&
		    same_double(j->number, t[i].want) &&
		    strcmp(j->s, t[i].in) == 0 && j->len == strlen(t[i].in) &&
		    json_str(j) == NULL, "number %s", t[i].in);
		json_free(j);
	}

	/* strtod reads a ',' in these locales; the parser must not care. */
	for (i = 0; i < sizeof commas / sizeof commas[0]; i++) {
		if (setlocale(LC_NUMERIC, commas[i]) != NULL &&
		    strcmp(localeconv()->decimal_point, ".") != 0) {
			loc = commas[i];
			break;
		}
	}
	good = 1;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		j = json_parse(t[i].in, strlen(t[i].in), 0, NULL);
		good &= j != NULL && same_double(j->number, t[i].want);
		json_free(j);
	}
	ok(good, "numbers read the same in %s", loc != NULL ? loc :
	    "the C locale (no locale with a decimal comma installed)");
	setlocale(LC_NUMERIC, "C");
}

static void
test_errors(void)
{
	static const struct {
		int		 flags;
		const char	*in;
		const char	*want;
	} t[] = {
		{ 0, "", "line 1, column 1: unexpected end of input" },
		{ L, "", "line 1, column 1: unexpected end of input" },
		{ 0, " \n ", "line 2, column 2: unexpected end of input" },
		{ 0, "[", "line 1, column 2: unexpected end of input" },
		{ 0, "[1,2", "line 1, column 5: unexpected end of input" },
		{ 0, "[1,", "line 1, column 4: unexpected end of input" },
		{ 0, "{", "line 1, column 2: unexpected end of input" },
		{ 0, "{\"a\"", "line 1, column 5: unexpected end of input" },
		{ 0, "{\"a\":", "line 1, column 6: unexpected end of input" },
		{ L, "{\"a\":1,", "line 1, column 8: unexpected end of input" },
		{ 0, "{\"a\" 1}", "line 1, column 6: expected ':'" },
		{ 0, "{\n\"x\": 1,\n  \"headline\" 2}",
		  "line 3, column 14: expected ':'" },
		{ 0, "{\"a\":1 \"b\":2}", "line 1, column 8: expected ',' or '}'" },
		{ 0, "{\"a\":1]", "line 1, column 7: expected ',' or '}'" },
		{ 0, "[1 2]", "line 1, column 4: expected ',' or ']'" },
		{ 0, "[1}", "line 1, column 3: expected ',' or ']'" },
		{ 0, "[truex]", "line 1, column 6: expected ',' or ']'" },
		{ 0, "{1:2}", "line 1, column 2: expected a string as member name" },
		{ L, "{a:1}", "line 1, column 2: expected a string as member name" },
		{ L, "{,}", "line 1, column 2: expected a string as member name" },
		{ 0, "{\"a\":1,}", "line 1, column 7: trailing comma" },
		{ 0, "[1,\n]", "line 1, column 3: trailing comma" },
		{ 0, "[,1]", "line 1, column 2: expected a value" },
		{ L, "[,]", "line 1, column 2: expected a value" },
		{ L, "[1,,2]", "line 1, column 4: expected a value" },
		{ L, "[1,,]", "line 1, column 4: expected a value" },
		{ 0, "{\"a\":}", "line 1, column 6: expected a value" },
		{ 0, "tru", "line 1, column 1: expected a value" },
		{ 0, "nul", "line 1, column 1: expected a value" },
		{ 0, "True", "line 1, column 1: expected a value" },
		{ 0, "NaN", "line 1, column 1: expected a value" },
		{ 0, "Infinity", "line 1, column 1: expected a value" },
		{ 0, "+1", "line 1, column 1: expected a value" },
		{ 0, ".5", "line 1, column 1: expected a value" },
		{ 0, "'a'", "line 1, column 1: expected a value" },
		{ 0, "]", "line 1, column 1: expected a value" },
		{ 0, "01", "line 1, column 2: invalid number" },
		{ 0, "-01", "line 1, column 3: invalid number" },
		{ 0, "-", "line 1, column 2: invalid number" },
		{ 0, "-x", "line 1, column 2: invalid number" },
		{ 0, "1.", "line 1, column 3: invalid number" },
		{ 0, "1.e5", "line 1, column 3: invalid number" },
		{ 0, "1e", "line 1, column 3: invalid number" },
		{ 0, "1e+", "line 1, column 4: invalid number" },
		{ 0, "[0x10]", "line 1, column 3: expected ',' or ']'" },
		{ L, "[-]", "line 1, column 3: invalid number" },
		{ 0, "\"abc", "line 1, column 1: unterminated string" },
		{ 0, "[\"a\\", "line 1, column 2: unterminated string" },
		{ 0, "{\"a", "line 1, column 2: unterminated string" },
		{ L, "\"a\nb", "line 1, column 1: unterminated string" },
		{ 0, "\"a\tb\"", "line 1, column 3: control character in string" },
		{ 0, "\"a\nb\"", "line 1, column 3: control character in string" },
		{ 0, "\"\x1f\"", "line 1, column 2: control character in string" },
		{ 0, "\"\\x\"", "line 1, column 2: invalid escape" },
		{ L, "\"\\'\"", "line 1, column 2: invalid escape" },
		{ 0, "\"\\U0041\"", "line 1, column 2: invalid escape" },
		{ 0, "\"ab\\u12\"", "line 1, column 4: invalid \\u escape" },
		{ 0, "\"\\u12G4\"", "line 1, column 2: invalid \\u escape" },
		{ L, "\"\\u", "line 1, column 2: invalid \\u escape" },
		{ 0, "\"\\ud800\\u12\"", "line 1, column 8: invalid \\u escape" },
		{ 0, "\"\xff\"", "line 1, column 2: invalid UTF-8 in string" },
		{ 0, "[\"caf\xc3\xa9\xe9\"]",
		  "line 1, column 7: invalid UTF-8 in string" },
		{ 0, "\"\xed\xa0\x80\"",
		  "line 1, column 2: invalid UTF-8 in string" },
		{ 0, "{\"\xc0\xaf\":1}",
		  "line 1, column 3: invalid UTF-8 in string" },
		{ 0, "[\n\"\xe4\xb8\xad\xe6\x96\x87\", x]",
		  "line 2, column 7: expected a value" },
		{ 0, "1 2", "line 1, column 3: unexpected data after the value" },
		{ 0, "{} ;", "line 1, column 4: unexpected data after the value" },
		{ 0, "[]]", "line 1, column 3: unexpected data after the value" },
		{ 0, "\xef\xbb\xbf{}", "line 1, column 1: expected a value" },
		{ 0, "<!-- {} -->", "line 1, column 1: expected a value" },
		{ 0, "//<![CDATA[\n{}\n//]]>",
		  "line 1, column 1: expected a value" },
		{ L, "<!-- -->", "line 1, column 7: invalid number" },
		{ L, "<!-- ", "line 1, column 6: unexpected end of input" },
		{ L, "// {}", "line 1, column 1: expected a value" },
		{ L, "\r\n\r\n  x", "line 3, column 3: expected a value" },
	};
	struct json	*j;
	size_t		 i;
	char		*cause;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		cause = NULL;
		j = json_parse(t[i].in, strlen(t[i].in), t[i].flags, &cause);
		is_str(j == NULL ? cause : "(parsed)", t[i].want, t[i].in);
		json_free(j);
		free(cause);
	}
	j = json_parse("[", 1, 0, NULL);
	ok(j == NULL, "an error without a cause pointer");
}

/* n levels of the prefix, then of the suffix */
static char *
nest(const char *pre, const char *mid, const char *post, size_t n,
    size_t *len)
{
	struct buf	b;
	size_t		i;

	buf_init(&b);
	for (i = 0; i < n; i++)
		buf_adds(&b, pre);
	buf_adds(&b, mid);
	for (i = 0; i < n; i++)
		buf_adds(&b, post);
	*len = b.len;
	return (buf_release(&b));
}

static void
test_depth(void)
{
	static const struct {
		const char	*pre;
		const char	*mid;
		const char	*post;
		size_t		 n;
		int		 flags;
		const char	*want;	/* NULL: parses, 512 deep */
	} t[] = {
		{ "[", "", "]", 512, 0, NULL },
		{ "[", "1", "]", 512, L, NULL },
		{ "{\"a\":", "{}", "}", 511, 0, NULL },
		{ "[{\"a\":", "0", "}]", 256, 0, NULL },
		{ "[", "", "]", 513, 0, "line 1, column 513: nested too deep" },
		{ "{\"a\":", "{}", "}", 512, 0,
		  "line 1, column 2561: nested too deep" },
		{ "[", "", "", 100000, 0, "line 1, column 513: nested too deep" },
		{ "[", "", "", 100000, L, "line 1, column 513: nested too deep" },
		{ "{\"a\":", "", "", 100000, L,
		  "line 1, column 2561: nested too deep" },
		{ "[\n", "", "", 100000, 0,
		  "line 513, column 1: nested too deep" },
	};
	struct json		*j;
	const struct json	*v;
	char			*s, *cause, name[64];
	size_t			 i, len, depth;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		s = nest(t[i].pre, t[i].mid, t[i].post, t[i].n, &len);
		cause = NULL;
		j = json_parse(s, len, t[i].flags, &cause);
		if (t[i].want == NULL) {
			for (depth = 0, v = j; json_len(v) != 0; depth++)
				v = json_at(v, 0);
			if (v != NULL && (v->type == JSON_ARRAY ||
			    v->type == JSON_OBJECT))
				depth++;
			ok(j != NULL && depth == JSON_MAXDEPTH,
			    "%zu x %s%s%s parses, %zu deep", t[i].n, t[i].pre,
			    t[i].mid, t[i].post, depth);
		} else {
			snprintf(name, sizeof name, "%zu x %s is too deep%s",
			    t[i].n, t[i].pre[1] == '\n' ? "[\\n" : t[i].pre,
			    t[i].flags & L ? " (lenient)" : "");
			is_str(cause, t[i].want, name);
		}
		json_free(j);
		free(cause);
		free(s);
	}
}

/*
 * JSON-LD as scraped pages have it: the article is the top value, an item
 * of a top-level array, or an item of @graph, with an @type of
 * "NewsArticle" (a string, or an array holding it).
 */
static int
is_type(const struct json *j, const char *type)
{
	const struct json	*t = json_get(j, "@type");
	size_t			 i;

	if (json_str(t) != NULL)
		return (strcmp(json_str(t), type) == 0);
	for (i = 0; i < json_len(t); i++) {
		if (json_str(json_at(t, i)) != NULL &&
		    strcmp(json_str(json_at(t, i)), type) == 0)
			return (1);
	}
	return (0);
}

static const struct json *
find_article(const struct json *j)
{
	const struct json	*g;
	size_t			 i;

	if (is_type(j, "NewsArticle"))
		return (j);
	if ((g = json_get(j, "@graph")) == NULL)
		g = j;
	for (i = 0; g->type == JSON_ARRAY && i < json_len(g); i++) {
		if (is_type(json_at(g, i), "NewsArticle"))
			return (json_at(g, i));
	}
	return (NULL);
}

/* The authors' names, "; " between: a string, an object, or an array. */
static void
authors(const struct json *a, struct buf *b)
{
	const struct json	*v;
	size_t			 i, n = 1;

	if (a != NULL && a->type == JSON_ARRAY)
		n = json_len(a);
	for (i = 0; i < n; i++) {
		v = a != NULL && a->type == JSON_ARRAY ? json_at(a, i) : a;
		if (json_get(v, "name") != NULL)
			v = json_get(v, "name");
		if (json_str(v) == NULL)
			continue;
		if (b->len != 0)
			buf_adds(b, "; ");
		buf_adds(b, json_str(v));
	}
}

static void
test_jsonld(void)
{
	static const struct {
		const char	*in;
		const char	*headline;
		const char	*date;
		const char	*authors;
		const char	*publisher;
		const char	*body;
		int		 strict;	/* strict mode takes it too */
	} t[] = {
		{ "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
		  "\"headline\":\"Plain\",\"datePublished\":\"2024-03-01\","
		  "\"author\":{\"@type\":\"Person\",\"name\":\"Ann Lee\"},"
		  "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Gazette\"},"
		  "\"articleBody\":\"One.\\nTwo.\"}",
		  "Plain", "2024-03-01", "Ann Lee", "Gazette", "One.\nTwo.", 1 },
		{ "\n<!--\n{\n\t\"@context\": \"http://schema.org\",\n"
		  "\t\"@type\": \"NewsArticle\",\n"
		  "\t\"headline\": \"Council votes\tyes\",\n"
		  "\t\"datePublished\": \"2024-03-02T08:00:00+01:00\",\n"
		  "\t\"author\": [\"Bo Chen\", \"Cy Diaz\",],\n"
		  "\t\"articleBody\": \"Line one.\nLine two.\",\n"
		  "}\n-->\n",
		  "Council votes\tyes", "2024-03-02T08:00:00+01:00",
		  "Bo Chen; Cy Diaz", NULL, "Line one.\nLine two.", 0 },
		{ "//<![CDATA[\n{\"@context\":\"https://schema.org\",\"@graph\":["
		  "{\"@type\":\"WebSite\",\"name\":\"Daily\"},"
		  "{\"@type\":\"BreadcrumbList\",\"itemListElement\":[]},"
		  "{\"@type\":[\"Article\",\"NewsArticle\"],"
		  "\"headline\":\"Graph \\u00e9t\\u00e9 \\ud83d\\udcf0\","
		  "\"datePublished\":\"2024-03-03\","
		  "\"author\":[{\"@type\":\"Person\",\"name\":\"Dee\"},"
		  "{\"@id\":\"#org\"},{\"@type\":\"Person\",\"name\":\"Eve\"}],"
		  "\"publisher\":{\"@id\":\"#org\",\"name\":\"Daily Ltd\"}}]}\n"
		  "//]]>",
		  "Graph \xc3\xa9t\xc3\xa9 \xf0\x9f\x93\xb0", "2024-03-03",
		  "Dee; Eve", "Daily Ltd", NULL, 0 },
		{ "[{\"@type\":\"Organization\",\"name\":\"X\"},"
		  "{\"@type\":\"NewsArticle\",\"headline\":\"Array\","
		  "\"author\":\"Fay\",\"publisher\":{\"name\":\"Y\"},"
		  "\"headline\":\"Second headline\"}];",
		  "Array", NULL, "Fay", "Y", NULL, 0 },
		{ "\xef\xbb\xbf/*<![CDATA[*/{\"@type\":\"NewsArticle\","
		  "\"headline\":\"Caf\xe9 \xe4\xb8\xad\",\"author\":{\"name\":"
		  "[\"not a string\"]},\"articleBody\":\"\"}/*]]>*/",
		  "Caf\xef\xbf\xbd \xe4\xb8\xad", NULL, "", NULL, "", 0 },
		{ "{\"@type\":\"NewsArticle\",\"headline\":\"Zero\\u0000cut\","
		  "\"datePublished\":20240304,\"author\":null}",
		  "Zero", NULL, "", NULL, NULL, 1 },
	};
	struct json		*j;
	const struct json	*a;
	struct buf		 b;
	char			*cause;
	size_t			 i;

	buf_init(&b);
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		cause = NULL;
		j = json_parse(t[i].in, strlen(t[i].in), L, &cause);
		a = j == NULL ? NULL : find_article(j);
		if (!ok(a != NULL, "JSON-LD %zu: a NewsArticle", i)) {
			printf("#   cause: %s\n", cause ? cause : "none");
			free(cause);
			json_free(j);
			continue;
		}
		is_str(json_str(json_get(a, "headline")), t[i].headline,
		    "its headline (the first one)");
		is_str(json_str(json_get(a, "datePublished")), t[i].date,
		    "its date");
		b.len = 0;
		buf_adds(&b, "");
		authors(json_get(a, "author"), &b);
		is_str(b.data, t[i].authors, "its authors");
		is_str(json_str(json_get(json_get(a, "publisher"), "name")),
		    t[i].publisher, "its publisher");
		is_str(json_str(json_get(a, "articleBody")), t[i].body,
		    "its body");
		json_free(j);

		j = json_parse(t[i].in, strlen(t[i].in), 0, &cause);
		ok((j != NULL) == t[i].strict, "strict mode %s it",
		    t[i].strict ? "takes" : "refuses");
		json_free(j);
		free(cause);
	}
	buf_free(&b);
}

static void
test_api(void)
{
	static const char	 doc[] = "{\"a\":1,\"b\":[true,\"x\"],"
	    "\"a\":2,\"k\\u0000z\":3,\"\":4}";
	struct json		*j;
	const struct json	*v;

	j = json_parse(doc, sizeof doc - 1, 0, NULL);
	ok(j != NULL && j->type == JSON_OBJECT && json_len(j) == 5,
	    "an object of five members");
	v = json_get(j, "a");
	ok(v != NULL && v->number == 1 && v == json_at(j, 0),
	    "json_get finds the first of two members \"a\"");
	ok(json_at(j, 2)->number == 2 && strcmp(json_at(j, 2)->key, "a") == 0,
	    "the second stays, in order");
	ok(json_get(j, "k") == NULL, "a name with a NUL does not match its "
	    "prefix");
	ok(json_at(j, 3)->keylen == 3 && json_at(j, 3)->number == 3,
	    "and keeps its length");
	ok(json_get(j, "")->number == 4, "an empty name is a name");
	ok(json_get(j, "z") == NULL, "a missing member is NULL");
	v = json_get(j, "b");
	ok(json_len(v) == 2 && json_at(v, 0)->type == JSON_TRUE &&
	    strcmp(json_str(json_at(v, 1)), "x") == 0 &&
	    json_at(v, 1)->key == NULL, "an array's items");
	ok(json_at(v, 2) == NULL && json_at(v, (size_t)-1) == NULL,
	    "json_at past the end is NULL");
	ok(json_get(v, "x") == NULL, "json_get on an array is NULL");
	ok(json_str(v) == NULL && json_str(json_get(j, "a")) == NULL,
	    "json_str of an array or a number is NULL");
	ok(json_len(json_at(v, 0)) == 0 && json_len(json_at(v, 1)) == 0,
	    "json_len of a scalar is 0");
	ok(json_get(NULL, "a") == NULL && json_str(NULL) == NULL &&
	    json_len(NULL) == 0 && json_at(NULL, 0) == NULL,
	    "NULL goes through every accessor");
	json_free(j);
	json_free(NULL);
	ok(1, "json_free(NULL) does nothing");
}

/* Big inputs: a 50 MB article body, an array of a million numbers. */
static void
test_big(void)
{
	struct json		*j;
	const struct json	*v;
	struct buf		 in, want;
	size_t			 i;
	int			 good;

	buf_init(&in);
	buf_init(&want);
	buf_adds(&in, "<!-- {\"@type\":\"NewsArticle\",\"articleBody\":\"");
	while (in.len < 50 * 1024 * 1024) {
		buf_adds(&in, "Ein Satz \xc3\xbc" "ber \\\"alles\\\",\\n"
		    "\xe4\xb8\xad\\u6587 \\ud83d\\ude00.\t");
		buf_adds(&want, "Ein Satz \xc3\xbc" "ber \"alles\",\n"
		    "\xe4\xb8\xad\xe6\x96\x87 \xf0\x9f\x98\x80.\t");
	}
	buf_adds(&in, "\",} -->");
	j = json_parse(in.data, in.len, L, NULL);
	v = json_get(j, "articleBody");
	ok(v != NULL && v->len == want.len &&
	    memcmp(v->s, want.data, want.len) == 0,
	    "a %zu MB body reads back (%zu bytes)", in.len >> 20, want.len);
	json_free(j);

	in.len = 0;
	buf_addc(&in, '[');
	for (i = 0; i < 1000000; i++)
		buf_printf(&in, "%s%zu", i == 0 ? "" : ",", i);
	buf_addc(&in, ']');
	j = json_parse(in.data, in.len, 0, NULL);
	good = j != NULL && json_len(j) == 1000000;
	for (i = 0; good && i < json_len(j); i++)
		good = json_at(j, i)->number == (double)i;
	ok(good, "an array of a million numbers");
	json_free(j);
	buf_free(&in);
	buf_free(&want);
}

/*
 * What every result must be: a tree with valid, NUL-terminated strings
 * and no cause, or no tree and a cause that says where.
 */
static int
check_tree(const struct json *j)
{
	size_t	i;

	if (j->key != NULL && (j->key[j->keylen] != '\0' ||
	    !utf8_valid(j->key, j->keylen)))
		return (0);
	switch (j->type) {
	case JSON_STRING:
		return (j->s[j->len] == '\0' && utf8_valid(j->s, j->len));
	case JSON_NUMBER:
		return (j->len != 0 && strlen(j->s) == j->len);
	case JSON_ARRAY:
	case JSON_OBJECT:
		for (i = 0; i < j->n; i++) {
			if ((j->type == JSON_OBJECT) != (j->v[i].key != NULL) ||
			    !check_tree(&j->v[i]))
				return (0);
		}
		return (1);
	default:
		return (j->s == NULL && j->n == 0);
	}
}

static unsigned long long	rng = 0x9e3779b97f4a7c15ULL;

static size_t
rnd(size_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return ((size_t)(rng >> 11) % n);
}

struct fuzz_stats {
	size_t	parsed[2];
	size_t	bad;		/* results breaking the rules */
	size_t	disagree;	/* strict took it, lenient read it otherwise */
	size_t	unstable;	/* strict's dump reads back otherwise */
};

static void
fuzz_one(const char *s, size_t n, struct fuzz_stats *st)
{
	struct json	*j[2];
	struct buf	 b[2];
	char		*cause, *again;
	unsigned long	 line, col;
	int		 mode, used;

	for (mode = 0; mode < 2; mode++) {
		cause = NULL;
		buf_init(&b[mode]);
		j[mode] = json_parse(s, n, mode == 0 ? 0 : L, &cause);
		if (j[mode] != NULL) {
			st->parsed[mode]++;
			if (cause != NULL || !check_tree(j[mode]))
				st->bad++;
			dump(&b[mode], j[mode]);
			json_free(j[mode]);
		} else if (cause == NULL || sscanf(cause,
		    "line %lu, column %lu: %n", &line, &col, &used) != 2 ||
		    line == 0 || col == 0 || cause[used] == '\0')
			st->bad++;
		free(cause);
	}
	if (j[0] != NULL) {
		if (j[1] == NULL || strcmp(b[0].data, b[1].data) != 0)
			st->disagree++;
		again = parse_dump(b[0].data, b[0].len, 0);
		if (strcmp(again, b[0].data) != 0)
			st->unstable++;
		free(again);
	}
	buf_free(&b[0]);
	buf_free(&b[1]);
}

static void
test_fuzz(void)
{
	static const char	*pieces[] = {
		"{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\n", "\t",
		"0", "1", "9", "-", ".", "e", "E", "+", "true", "false",
		"null", "\"a\"", "\"@type\":", "\\u", "d83d", "\\ude00",
		"\\n", "\xc3\xa9", "\xe4\xb8\xad", "\xf0\x9f\x98\x80", "\xff",
		"\xed\xa0\x80", "<!--", "-->", "//<![CDATA[", "\x01", "\0",
	};
	static const char	*docs[] = {
		"{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
		"[\"NewsArticle\"],\"headline\":\"H\\u00e9 \\ud83d\\ude00\","
		"\"author\":[{\"name\":\"A\"},\"B\"],\"n\":[-0,1.5e3,0.25]}]}",
		"<!-- {\"a\":[1,2,],\"b\":{\"c\":null,},} -->",
		"[true,false,null,\"\\\"\\\\\\/\\b\\f\\n\\r\\t\",{\"\":[]}]",
		"{\"k\":\"caf\xc3\xa9 \xe4\xb8\xad\",\"deep\":[[[[[[{}]]]]]]}",
		"-12.5E-7",
	};
	struct fuzz_stats	 st;
	struct buf		 b;
	size_t			 i, k, m, n, at, len;

	memset(&st, 0, sizeof st);
	buf_init(&b);
	for (i = 0; i < 100000; i++) {
		b.len = 0;
		n = rnd(48);
		for (k = 0; k < n; k++) {
			if (rnd(4) == 0)
				buf_addc(&b, (char)rnd(256));
			else {
				m = rnd(sizeof pieces / sizeof pieces[0]);
				buf_add(&b, pieces[m], m == sizeof pieces /
				    sizeof pieces[0] - 1 ? 1 :
				    strlen(pieces[m]));
			}
		}
		fuzz_one(b.data, b.len, &st);
	}
	ok(st.bad == 0, "100000 random strings: %zu strict and %zu lenient "
	    "parses, every other one a cause (%zu broke that)", st.parsed[0],
	    st.parsed[1], st.bad);
	ok(st.disagree == 0 && st.unstable == 0, "what strict mode takes, "
	    "lenient mode reads the same, and it reads back (%zu, %zu)",
	    st.disagree, st.unstable);

	memset(&st, 0, sizeof st);
	for (i = 0; i < 100000; i++) {
		b.len = 0;
		buf_adds(&b, docs[rnd(sizeof docs / sizeof docs[0])]);
		for (k = 1 + rnd(3); k > 0; k--) {
			at = rnd(b.len + 1);
			switch (rnd(5)) {
			case 0:		/* change a byte */
				if (at < b.len)
					b.data[at] = (char)rnd(256);
				break;
			case 1:		/* drop a run */
				len = rnd(b.len - at + 1);
				memmove(b.data + at, b.data + at + len,
				    b.len - at - len);
				b.len -= len;
				break;
			case 2:		/* insert a piece */
				m = rnd(sizeof pieces / sizeof pieces[0]);
				len = m == sizeof pieces / sizeof pieces[0] -
				    1 ? 1 : strlen(pieces[m]);
				buf_grow(&b, len);
				memmove(b.data + at + len, b.data + at,
				    b.len - at);
				memcpy(b.data + at, pieces[m], len);
				b.len += len;
				break;
			case 3:		/* cut it short */
				b.len = at;
				break;
			case 4:		/* repeat a run at the end */
				len = rnd(b.len - at + 1);
				buf_grow(&b, len);
				memcpy(b.data + b.len, b.data + at, len);
				b.len += len;
				break;
			}
		}
		b.data[b.len] = '\0';
		fuzz_one(b.data, b.len, &st);
	}
	ok(st.bad == 0, "100000 mutated documents: %zu strict and %zu "
	    "lenient parses, every other one a cause (%zu broke that)",
	    st.parsed[0], st.parsed[1], st.bad);
	ok(st.disagree == 0 && st.unstable == 0, "what strict mode takes, "
	    "lenient mode reads the same, and it reads back (%zu, %zu)",
	    st.disagree, st.unstable);
	buf_free(&b);
}

/* JSON Lines records of articles, and values as text. */
static void
test_record(void)
{
	static const struct {
		const char	*in;
		const char	*want;
	} t[] = {
		{ "\"a\\u00e9\"", "a\xc3\xa9" },
		{ "12", "12" },
		{ "-0", "0" },
		{ "1.5", "1.5" },
		{ "1e3", "1000.0" },
		{ "true", "1" },
		{ "false", "0" },
		{ "[1, \"x\", {\"k\": null}]", "[1,\"x\",{\"k\":null}]" },
	};
	struct json_record	 r;
	struct json		*j;
	const char		*s;
	char			*cause = NULL, *got;
	size_t			 i;
	int			 rc;

	s = "{\"title\":\"T\",\"text\":\"x\\ny\",\"lang\":\"en\"}";
	ok(json_record_parse(s, strlen(s), &r, &cause) == 0,
	    "JSON record parsed");
	is_str(r.title, "T", "JSON title");
	is_str(r.text, "x\ny", "JSON text with escapes");
	ok(r.url == NULL && r.html == NULL, "absent fields are NULL");
	json_record_clear(&r);
	rc = json_record_parse("{\"title\": \"cut", 14, &r, &cause);
	ok(rc == -1 && strcmp(cause, "not valid JSON (malformed JSON)") == 0,
	    "truncated JSON refused: %s", cause);
	free(cause);
	ok(json_record_parse("[1]", 3, &r, &cause) == -1 &&
	    strstr(cause, "object") != NULL, "a JSON array refused");
	free(cause);
	s = "{\"title\":null,\"url\":\"u\",\"url\":\"v\"}";
	ok(json_record_parse(s, strlen(s), &r, &cause) == 0 &&
	    r.title == NULL && r.url != NULL && strcmp(r.url, "u") == 0,
	    "null is absent, and the first of two members counts");
	json_record_clear(&r);
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		j = json_parse(t[i].in, strlen(t[i].in), 0, NULL);
		got = json_text(j);
		ok(got != NULL && strcmp(got, t[i].want) == 0, "as text: %s is %s",
		    t[i].in, got != NULL ? got : "NULL");
		free(got);
		json_free(j);
	}
	ok(json_text(NULL) == NULL, "no value: no text");
}

int
main(void)
{
	test_valid();
	test_strings();
	test_numbers();
	test_errors();
	test_depth();
	test_jsonld();
	test_api();
	test_big();
	test_fuzz();
	test_record();
	return (tap_done());
}
