#include "sitrep_icu.h"
#include <stdio.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

sitrep_transliterator *sitrep_transliterator_open(const uint16_t *rules, int32_t rules_length,
                                                  char *message, int32_t capacity) {
    static const UChar id[] = {'s', 'i', 't', 'r', 'e', 'p', '-', 'f', 'o', 'l', 'd', 0};
    UParseError parse_error;
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU(id, -1, UTRANS_FORWARD, (const UChar *)rules, rules_length,
                                      &parse_error, &status);
    if (U_FAILURE(status)) {
        if (message && capacity > 0) {
            snprintf(message, (size_t)capacity, "line %d, offset %d: %s", parse_error.line,
                     parse_error.offset, u_errorName(status));
        }
        if (t) utrans_close(t);
        return NULL;
    }
    return (sitrep_transliterator *)t;
}

sitrep_transliterator *sitrep_transliterator_open_id(const uint16_t *id, int32_t id_length) {
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) {
        if (t) utrans_close(t);
        return NULL;
    }
    return (sitrep_transliterator *)t;
}

void sitrep_transliterator_close(sitrep_transliterator *t) {
    if (t) utrans_close((UTransliterator *)t);
}

int32_t sitrep_transliterate(const sitrep_transliterator *t, uint16_t *text, int32_t length, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t text_length = length;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)t, (UChar *)text, &text_length, capacity, 0, &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -(text_length > capacity ? text_length : capacity * 2);
    if (U_FAILURE(status)) return -(capacity * 2);
    return text_length;
}

int32_t sitrep_nfkc_casefold(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKCCasefoldInstance(&status);
    if (U_FAILURE(status)) return 0;
    int32_t out = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dst, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -out;
    if (U_FAILURE(status)) return 0;
    return out;
}

// Opening a sentence iterator with abbreviation suppressions ("@ss=standard") builds its rule
// and suppression data, which costs far more than breaking a paragraph; each thread keeps one
// iterator per locale and only resets its text.
static _Thread_local UBreakIterator *cached_iterator = NULL;
static _Thread_local char cached_locale[64];

int32_t sitrep_sentence_breaks(const uint16_t *text, int32_t length, const char *locale,
                               int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    if (cached_iterator == NULL || strncmp(cached_locale, locale, sizeof cached_locale) != 0) {
        if (cached_iterator != NULL) ubrk_close(cached_iterator);
        cached_iterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
        if (U_FAILURE(status)) { cached_iterator = NULL; return -1; }
        snprintf(cached_locale, sizeof cached_locale, "%s", locale);
    }
    ubrk_setText(cached_iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    ubrk_first(cached_iterator);
    for (int32_t b = ubrk_next(cached_iterator); b != UBRK_DONE && count < capacity; b = ubrk_next(cached_iterator)) {
        boundaries[count++] = b;
    }
    return count;
}

void sitrep_icu_version(char *out, int32_t capacity) {
    UVersionInfo v;
    u_getVersion(v);
    char buffer[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(v, buffer);
    snprintf(out, (size_t)capacity, "%s", buffer);
}

sitrep_regex *sitrep_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags, char *message,
                                int32_t capacity) {
    UParseError parse_error;
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *r = uregex_open((const UChar *)pattern, length, flags, &parse_error, &status);
    if (U_FAILURE(status)) {
        if (message && capacity > 0) {
            snprintf(message, (size_t)capacity, "offset %d: %s", parse_error.offset, u_errorName(status));
        }
        if (r) uregex_close(r);
        return NULL;
    }
    return (sitrep_regex *)r;
}

sitrep_regex *sitrep_regex_clone(const sitrep_regex *r) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *c = uregex_clone((const URegularExpression *)r, &status);
    if (U_FAILURE(status)) {
        if (c) uregex_close(c);
        return NULL;
    }
    return (sitrep_regex *)c;
}

void sitrep_regex_close(sitrep_regex *r) {
    if (r) uregex_close((URegularExpression *)r);
}

int32_t sitrep_regex_group_count(const sitrep_regex *r) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uregex_groupCount((URegularExpression *)r, &status);
    return U_FAILURE(status) ? -1 : n;
}

int32_t sitrep_regex_group_number(const sitrep_regex *r, const char *name) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uregex_groupNumberFromCName((URegularExpression *)r, name, -1, &status);
    return U_FAILURE(status) ? -1 : n;
}

int32_t sitrep_regex_set_text(sitrep_regex *r, const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    static const UChar empty[] = {0};
    uregex_setText((URegularExpression *)r, length > 0 ? (const UChar *)text : empty, length, &status);
    return U_FAILURE(status) ? -1 : 0;
}

int32_t sitrep_regex_set_region(sitrep_regex *r, int32_t start, int32_t end) {
    UErrorCode status = U_ZERO_ERROR;
    uregex_setRegion((URegularExpression *)r, start, end, &status);
    return U_FAILURE(status) ? -1 : 0;
}

static int32_t sitrep_regex_write_groups(URegularExpression *re, int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t groups = uregex_groupCount(re, &status);
    if (U_FAILURE(status) || 2 * (groups + 1) > capacity) return -1;
    for (int32_t g = 0; g <= groups; g++) {
        out[2 * g] = uregex_start(re, g, &status);
        out[2 * g + 1] = uregex_end(re, g, &status);
    }
    return U_FAILURE(status) ? -1 : 1;
}

int32_t sitrep_regex_find_next(sitrep_regex *r, int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *re = (URegularExpression *)r;
    if (!uregex_findNext(re, &status)) return U_FAILURE(status) ? -1 : 0;
    return sitrep_regex_write_groups(re, out, capacity);
}

int32_t sitrep_regex_match_at(sitrep_regex *r, int32_t start, int32_t end, int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *re = (URegularExpression *)r;
    uregex_setRegion(re, start, end, &status);
    uregex_useTransparentBounds(re, 1, &status);
    UBool found = uregex_lookingAt(re, -1, &status);
    uregex_useTransparentBounds(re, 0, &status);
    if (U_FAILURE(status)) return -1;
    if (!found) return 0;
    return sitrep_regex_write_groups(re, out, capacity);
}
