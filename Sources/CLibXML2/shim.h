#ifndef SITREP_CLIBXML2_SHIM_H
#define SITREP_CLIBXML2_SHIM_H
#include <stdint.h>
// Debian's libxml2 is built with ICU: keep <unicode/ucnv.h> out, or its UErrorCode clashes with
// Foundation's copy of ICU. libxml2 only needs the two names below from it.
#define UCNV_H
typedef struct UConverter UConverter;
typedef uint16_t UChar;
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

// xmlFree is a global function pointer, which Swift 6 rejects as not concurrency-safe.
static inline void sitrep_xml_free(void *p) { xmlFree(p); }
#endif
