#ifndef SITREP_ICU_H
#define SITREP_ICU_H
// A deliberately small C surface over system ICU. No ICU header is included here, so Swift can
// import this module next to Foundation (whose bundled ICU defines the same C types).
#include <stdint.h>

typedef struct sitrep_transliterator sitrep_transliterator;

/// Compiles a transliterator from an ICU rule text (UTF-16). Returns NULL on error and writes a
/// message ("line N, offset M: <ICU error name>") into `message` (NUL-terminated, at most `capacity`).
sitrep_transliterator *sitrep_transliterator_open(const uint16_t *rules, int32_t rules_length,
                                                  char *message, int32_t capacity);
/// Opens a system transliterator by ID, e.g. "Any-Latin; Latin-ASCII". NULL on error.
sitrep_transliterator *sitrep_transliterator_open_id(const uint16_t *id, int32_t id_length);
void sitrep_transliterator_close(sitrep_transliterator *t);

/// Transliterates `length` UTF-16 units of `text` in place. Returns the new length, or
/// -(needed capacity) when `capacity` is too small (the caller retries from the original text).
int32_t sitrep_transliterate(const sitrep_transliterator *t, uint16_t *text, int32_t length, int32_t capacity);

/// NFKC_Casefold. Returns the output length, or -(needed capacity) if `capacity` is too small.
int32_t sitrep_nfkc_casefold(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity);

/// Sentence boundaries (UTF-16 offsets, excluding 0) from ICU's sentence break iterator with the
/// given locale (use "en_US@ss=standard" for abbreviation suppressions). Returns the count written,
/// or -1 on error. At most `capacity` boundaries are written.
int32_t sitrep_sentence_breaks(const uint16_t *text, int32_t length, const char *locale,
                               int32_t *boundaries, int32_t capacity);

typedef struct sitrep_regex sitrep_regex;

/// Compiles a regular expression (UTF-16) with ICU flags (2 = case-insensitive). Returns NULL on
/// error and writes "offset N: <ICU error name>" into `message`.
sitrep_regex *sitrep_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags, char *message,
                                int32_t capacity);
/// A matcher sharing the compiled pattern, for use on another thread.
sitrep_regex *sitrep_regex_clone(const sitrep_regex *r);
void sitrep_regex_close(sitrep_regex *r);
/// Capture groups (not counting the whole match).
int32_t sitrep_regex_group_count(const sitrep_regex *r);
/// The number of a named capture group (NUL-terminated ASCII name), or -1.
int32_t sitrep_regex_group_number(const sitrep_regex *r, const char *name);
/// Sets the text to match (not copied: it must outlive the matching calls).
int32_t sitrep_regex_set_text(sitrep_regex *r, const uint16_t *text, int32_t length);
/// Limits matching to text[start, end) as if it were the whole text (opaque, anchoring bounds)
/// and restarts at `start`. Returns 0, or -1 on error.
int32_t sitrep_regex_set_region(sitrep_regex *r, int32_t start, int32_t end);
/// The next match in the region: writes `2 * (groups + 1)` offsets (start, end; -1 for a group
/// that took no part) into `out`. Returns 1 for a match, 0 for none, -1 on error.
int32_t sitrep_regex_find_next(sitrep_regex *r, int32_t *out, int32_t capacity);

/// Whether a match starts exactly at `start`, ending by `end`; lookbehinds and `\b` see the text
/// around (transparent bounds). Writes the offsets as `sitrep_regex_find_next` does. Returns 1
/// for a match, 0 for none, -1 on error.
int32_t sitrep_regex_match_at(sitrep_regex *r, int32_t start, int32_t end, int32_t *out, int32_t capacity);

/// ICU version, e.g. "72.1".
void sitrep_icu_version(char *out, int32_t capacity);
#endif
