#!/usr/bin/env python3
"""Writes firstnames.txt.gz: the first names of Faker's person providers
(MIT licence, Copyright 2012 Daniele Faraglia; Debian's python3-fake-factory
0.9.3-2), one a line, for the sign that a run of capitalized words is a
person (firstnames.go). Run from this folder:

    apt-get install python3-fake-factory && python3 firstnames.py
"""
import gzip, importlib, sys

sys.path.insert(0, "/usr/lib/python3/dist-packages")
LOCALES = ("ar_AA cs_CZ de_AT de_CH de_DE en en_GB en_US es_ES es_MX fr_CH fr_FR hr_HR hu_HU id_ID "
           "it_IT nl_NL pl_PL pt_BR pt_PT ro_RO ru_RU sv_SE tr_TR uk_UA fa_IR").split()

names = set()
for loc in LOCALES:
    p = importlib.import_module(f"faker.providers.person.{loc}").Provider
    for attr in ("first_names", "first_names_male", "first_names_female"):
        v = getattr(p, attr, None) or ()
        names.update(n.strip() for n in v if " " not in n.strip() and len(n.strip()) >= 2)
out, seen = [], set()
for n in sorted(names):
    if n.lower() not in seen:
        seen.add(n.lower())
        out.append(n)
with gzip.GzipFile("firstnames.txt.gz", "wb", mtime=0) as f:
    f.write(("\n".join(out) + "\n").encode())
print(len(out), "names")
