"""A small made-up group of veterinary clinics, written by someone who had not seen the engine's rules: the
``vetclinic`` dev set's database.

Six tables with foreign keys: ``vets`` (specialty, branch, hire date), ``owners`` (the clinic's clients: city,
postcode, registration date), ``pets`` (species, breed, sex code, ``dob``, ``weight_kg``, a neutered flag),
``visits`` (a pet seen by a vet on ``visit_dt``: reason, fee ``amt`` in pounds, status), ``medications`` (a stock
code, a drug class, ``unit_price``) and ``prescriptions`` (a medication given at a visit: ``qty`` units of
``dose_mg``). Rows come from a fixed seed, so every build holds the same rows; popularity is skewed so rankings
have clear leaders, some pets were never seen and some medications were never prescribed.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_vetclinic_database(pathlib.Path(tempfile.mkdtemp()) / "vetclinic.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM visits").fetchone()
    (600,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_vetclinic_database"]

_SCHEMA = """
CREATE TABLE vets (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, specialty TEXT NOT NULL, branch TEXT NOT NULL,
    hire_dt DATE NOT NULL
);
CREATE TABLE owners (
    id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, city TEXT NOT NULL, postcode TEXT NOT NULL,
    reg_date DATE NOT NULL
);
CREATE TABLE pets (
    id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES owners (id), name TEXT NOT NULL,
    species TEXT NOT NULL, breed TEXT NOT NULL, sex TEXT NOT NULL, dob DATE NOT NULL, weight_kg REAL NOT NULL,
    neutered INTEGER NOT NULL
);
CREATE TABLE visits (
    id INTEGER PRIMARY KEY, pet_id INTEGER NOT NULL REFERENCES pets (id), vet_id INTEGER NOT NULL REFERENCES vets (id),
    visit_dt DATE NOT NULL, reason TEXT NOT NULL, amt NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE medications (
    id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, category TEXT NOT NULL,
    unit_price NUMERIC NOT NULL
);
CREATE TABLE prescriptions (
    id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES visits (id),
    medication_id INTEGER NOT NULL REFERENCES medications (id), qty INTEGER NOT NULL, dose_mg REAL NOT NULL
);
"""

#: name, specialty, branch, hire date, how busy (a weight)
_VETS = [
    ("Aisha Patel", "Surgery", "Leeds", "2012-03-01", 6),
    ("Tom Whitaker", "General practice", "Leeds", "2016-09-12", 9),
    ("Mei Chen", "Dentistry", "York", "2018-01-08", 4),
    ("Owen Price", "General practice", "York", "2020-05-18", 5),
    ("Sara Lindqvist", "Exotics", "Harrogate", "2019-11-04", 3),
    ("James O'Neill", "Dermatology", "Leeds", "2021-02-22", 2),
    ("Hannah Brooks", "General practice", "Harrogate", "2023-06-05", 1),
]
#: species, weight of the species among pets, breeds, weight range in kg
_SPECIES = [
    ("Dog", 10, ["Labrador", "Cocker Spaniel", "Border Collie", "Dachshund", "French Bulldog", "Jack Russell"],
     (4.0, 42.0)),
    ("Cat", 7, ["Domestic Shorthair", "Maine Coon", "Siamese", "British Shorthair", "Ragdoll"], (2.8, 7.5)),
    ("Rabbit", 2, ["Lionhead", "Netherland Dwarf", "Rex"], (1.0, 3.2)),
    ("Guinea pig", 1, ["Abyssinian", "American"], (0.7, 1.2)),
    ("Parrot", 1, ["African Grey", "Cockatiel"], (0.08, 0.5)),
    ("Hamster", 1, ["Syrian", "Roborovski"], (0.03, 0.18)),
]  # fmt: skip
_EXOTIC = {"Rabbit", "Guinea pig", "Parrot", "Hamster"}
#: reason, weight, fee range in pounds
_REASONS = [
    ("Check-up", 10, (38, 60)),
    ("Vaccination", 8, (45, 75)),
    ("Skin problem", 4, (55, 120)),
    ("Injury", 3, (70, 260)),
    ("Dental", 3, (120, 420)),
    ("Surgery", 2, (350, 1400)),
    ("Emergency", 1, (180, 900)),
]
#: code, name, category, unit price in pounds, how often it is chosen (a weight)
_MEDS = [
    ("AMX250", "Amoxicillin", "Antibiotic", 0.80, 9),
    ("CLV500", "Clavamox", "Antibiotic", 1.40, 5),
    ("MTZ200", "Metronidazole", "Antibiotic", 0.45, 2),
    ("ENR50", "Enrofloxacin", "Antibiotic", 1.10, 0),
    ("MEL15", "Meloxicam", "Anti-inflammatory", 0.55, 12),
    ("CRP75", "Carprofen", "Anti-inflammatory", 0.90, 6),
    ("GAB100", "Gabapentin", "Painkiller", 0.60, 3),
    ("BUP03", "Buprenorphine", "Painkiller", 3.20, 4),
    ("APQ16", "Apoquel", "Skin", 1.75, 7),
    ("PRD5", "Prednisolone", "Steroid", 0.30, 1),
    ("FRN10", "Frontline", "Parasiticide", 6.50, 8),
    ("MLB25", "Milbemax", "Parasiticide", 4.20, 5),
    ("CRN16", "Cerenia", "Anti-nausea", 2.90, 2),
    ("VTB60", "Vetoryl", "Hormone", 1.95, 0),
]
_CITIES = [("Leeds", "LS", 8), ("York", "YO", 5), ("Harrogate", "HG", 3), ("Wakefield", "WF", 2), ("Otley", "LS21", 1)]
_FIRST = ["Abigail", "Ben", "Carys", "Daniel", "Ellie", "Farah", "George", "Holly", "Imran", "Jade", "Kieran",
          "Lucy", "Mohammed", "Niamh", "Oliver", "Priya", "Ryan", "Sophie", "Tariq", "Zoe"]  # fmt: skip
_LAST = ["Ahmed", "Bell", "Clarke", "Dawson", "Evans", "Fletcher", "Green", "Hussain", "Jackson", "Khan", "Lawson",
         "Murphy", "Nolan", "Robinson", "Shaw", "Taylor"]  # fmt: skip
_PET_NAMES = ["Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Teddy", "Poppy", "Bailey", "Coco", "Alfie", "Rosie",
              "Buster", "Willow", "Oscar", "Nala", "Ziggy", "Pip", "Biscuit", "Mabel", "Rocky", "Smudge", "Tilly",
              "Winston", "Pepper", "Hazel", "Bruno", "Kiwi", "Mango", "Sooty", "Archie", "Maisie", "Duke", "Olive",
              "Frankie", "Juniper", "Toffee", "Rolo", "Bramble", "Ruby", "Ginger", "Jasper", "Nutmeg", "Shadow",
              "Peanut", "Cleo", "Hugo", "Misty", "Bonnie", "Gizmo"]  # fmt: skip


def _rows(seed: int = 41) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    vets = [(i, *v[:4]) for i, v in enumerate(_VETS, 1)]
    names = rng.sample([f"{f} {last}" for f in _FIRST for last in _LAST], 110)
    owners = []
    for i in range(1, 111):
        city, prefix, _ = rng.choices(_CITIES, weights=[c[2] for c in _CITIES])[0]
        district = "" if prefix == "LS21" else str(rng.randrange(1, 20))
        inward = f"{rng.randrange(1, 10)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEHJLNPRSTUWZ')}"
        postcode = f"{prefix}{district} {inward}"
        reg = random_day(rng, dt.date(2015, 1, 1), dt.date(2025, 6, 30)).isoformat()
        owners.append((i, names[i - 1], city, postcode, reg))
    # every owner has a pet; a few keen owners have many more
    pet_owners = list(range(1, 111)) + rng.choices(range(1, 111), weights=[1 / (k + 2) for k in range(110)], k=50)
    pets = []
    for i, owner in enumerate(pet_owners, 1):
        species, _, breeds, (low, high) = rng.choices(_SPECIES, weights=[s[1] for s in _SPECIES])[0]
        breed = rng.choices(breeds, weights=[len(breeds) - k for k in range(len(breeds))])[0]
        weight = round(rng.uniform(low, high), 2 if high > 1 else 3)
        dob = random_day(rng, dt.date(2009, 1, 1), dt.date(2022, 12, 31)).isoformat()
        pets.append((i, owner, rng.choice(_PET_NAMES), species, breed, rng.choice("MF"), dob, weight,
                     int(rng.random() < 0.6)))  # fmt: skip
    pet_weights = [0 if p[0] % 11 == 0 else 1 / (1 + (p[0] * 7) % 13) for p in pets]
    visits, prescriptions = [], []
    for i in range(1, 601):
        pet = rng.choices(pets, weights=pet_weights)[0]
        reason, _, (low, high) = rng.choices(_REASONS, weights=[r[1] for r in _REASONS])[0]
        if pet[3] in _EXOTIC and rng.random() < 0.8:
            vet = 5
        elif reason == "Surgery":
            vet = rng.choice([1, 1, 1, 2])
        elif reason == "Dental":
            vet = rng.choice([3, 3, 4])
        elif reason == "Skin problem" and rng.random() < 0.5:
            vet = 6
        else:
            vet = rng.choices(range(1, 8), weights=[v[4] for v in _VETS])[0]
        day = random_day(rng, dt.date(2023, 1, 1), dt.date(2025, 9, 30))
        if vet == 7 and day < dt.date(2023, 6, 5):
            vet = 2
        status = rng.choices(["completed", "no-show", "cancelled"], weights=[17, 2, 1])[0]
        amt = round(rng.uniform(low, high), 2) if status == "completed" else 25.0 if status == "no-show" else 0.0
        visits.append((i, pet[0], vet, day.isoformat(), reason, amt, status))
        if status != "completed":
            continue
        for _ in range(rng.choice([0, 0, 1, 1, 1, 2, 3])):
            med = rng.choices(range(1, len(_MEDS) + 1), weights=[m[4] for m in _MEDS])[0]
            qty = rng.choice([1, 1, 3, 7, 10, 14, 14, 28, 30])
            dose = round(max(0.5, pet[7] * rng.choice([0.5, 1, 2, 5, 10])), 1)
            prescriptions.append((len(prescriptions) + 1, i, med, qty, dose))
    medications = [(i, *m[:4]) for i, m in enumerate(_MEDS, 1)]
    return {"vets": vets, "owners": owners, "pets": pets, "visits": visits, "medications": medications,
            "prescriptions": prescriptions}  # fmt: skip


def build_vetclinic_database(path: str | Path) -> Path:
    """Write the veterinary clinic database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
