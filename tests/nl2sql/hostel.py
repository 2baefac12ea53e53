"""A made-up chain of six backpacker hostels, Nomad Nest, written by someone who had not seen the engine's rules: the
``hostel`` dev set's database.

Eleven tables with foreign keys: ``hostels`` (a short ``code`` such as LIS, the hostel's name, city, country, the
date it ``opened`` and ``has_bar`` 'Y'/'N'), ``rooms`` (a room in a hostel: ``room_no``, ``room_type`` 'MIX' mixed
dorm / 'FEM' female-only dorm / 'PRV' private double, the number of ``beds``, ``ensuite`` 'Y'/'N' and the
``base_rate`` in euros per bed per night, per room for private rooms), ``guests`` (first and last name,
``nationality`` as a country name, ``gender`` 'M'/'F'/'X', ``birth_date``, ``email`` and the day the profile was
``created_on``), ``channels`` (the lookup of booking channel codes: 'HW' Hostelworld, 'BDC' Booking.com, 'EXP'
Expedia, 'WEB' the chain's own website, 'PHN' phone or e-mail, 'WLK' walk-in; with the ``commission_pct`` the channel
takes), ``bookings`` (a guest's stay in one bed: a ``ref`` such as NN-22-00017, the hostel, room and ``bed_no``, the
``channel`` code, ``booked_on``, ``check_in``, ``check_out``, ``nights``, ``nightly_rate``, ``total_amount`` and a
``status`` 'CO' checked out / 'CX' cancelled / 'NS' no-show / 'BK' booked for a future date), ``payments`` (money
taken against a booking on ``paid_on``: ``amount`` in euros, ``kind`` 'DEP' deposit / 'BAL' balance / 'REF' refund
with a negative amount, ``method`` 'CARD' / 'CASH' / 'ONLINE'), ``tours`` (activities a hostel sells at the desk:
name, ``price`` per person, ``duration_hours``, ``active`` 1/0), ``tour_bookings`` (a guest buying a tour for
``people`` persons on ``tour_date``, the ``amount`` charged and the member of staff who ``sold_by``), ``staff`` (first
and last name, hostel, ``role``, ``hourly_rate`` in euros, 0 for volunteers who work for a free bed, ``start_date`` and
``end_date`` when they left, else NULL), ``shifts`` (a member of staff working on ``shift_date``: ``shift_code`` 'E'
early 07-15 / 'L' late 15-23 / 'N' night 23-07 / 'H' housekeeping, and ``hours``) and ``reviews`` (left after a stay:
``posted_on``, an overall ``rating`` 1-10, a ``cleanliness`` score 1-10, ``recommend`` 'Y'/'N' and a short
``comment``). The data was pulled at the end of August 2025, so later stays are still 'BK'; shifts cover April to
June 2025 only. Rows come from a fixed seed, so every build holds the same rows; a few regular guests account for many
bookings, some guests never stayed, some tours were never sold and staff who left before April 2025 worked no shifts.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_hostel_database(pathlib.Path(tempfile.mkdtemp()) / "hostel.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM bookings").fetchone()
    (3299,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_hostel_database"]

_SCHEMA = """
CREATE TABLE hostels (
    id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL,
    opened DATE NOT NULL, has_bar TEXT NOT NULL
);
CREATE TABLE rooms (
    id INTEGER PRIMARY KEY, hostel_id INTEGER NOT NULL REFERENCES hostels (id), room_no TEXT NOT NULL,
    room_type TEXT NOT NULL, beds INTEGER NOT NULL, ensuite TEXT NOT NULL, base_rate NUMERIC NOT NULL
);
CREATE TABLE guests (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, nationality TEXT NOT NULL,
    gender TEXT NOT NULL, birth_date DATE NOT NULL, email TEXT NOT NULL, created_on DATE NOT NULL
);
CREATE TABLE channels (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, commission_pct NUMERIC NOT NULL
);
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY, ref TEXT NOT NULL, guest_id INTEGER NOT NULL REFERENCES guests (id),
    hostel_id INTEGER NOT NULL REFERENCES hostels (id), room_id INTEGER NOT NULL REFERENCES rooms (id),
    bed_no INTEGER NOT NULL, channel TEXT NOT NULL REFERENCES channels (code), booked_on DATE NOT NULL,
    check_in DATE NOT NULL, check_out DATE NOT NULL, nights INTEGER NOT NULL, nightly_rate NUMERIC NOT NULL,
    total_amount NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings (id), paid_on DATE NOT NULL,
    amount NUMERIC NOT NULL, kind TEXT NOT NULL, method TEXT NOT NULL
);
CREATE TABLE tours (
    id INTEGER PRIMARY KEY, hostel_id INTEGER NOT NULL REFERENCES hostels (id), name TEXT NOT NULL,
    price NUMERIC NOT NULL, duration_hours NUMERIC NOT NULL, active INTEGER NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY, hostel_id INTEGER NOT NULL REFERENCES hostels (id), first_name TEXT NOT NULL,
    last_name TEXT NOT NULL, role TEXT NOT NULL, hourly_rate NUMERIC NOT NULL, start_date DATE NOT NULL,
    end_date DATE
);
CREATE TABLE tour_bookings (
    id INTEGER PRIMARY KEY, tour_id INTEGER NOT NULL REFERENCES tours (id),
    guest_id INTEGER NOT NULL REFERENCES guests (id), sold_by INTEGER NOT NULL REFERENCES staff (id),
    tour_date DATE NOT NULL, people INTEGER NOT NULL, amount NUMERIC NOT NULL
);
CREATE TABLE shifts (
    id INTEGER PRIMARY KEY, staff_id INTEGER NOT NULL REFERENCES staff (id), shift_date DATE NOT NULL,
    shift_code TEXT NOT NULL, hours NUMERIC NOT NULL
);
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings (id), posted_on DATE NOT NULL,
    rating INTEGER NOT NULL, cleanliness INTEGER NOT NULL, recommend TEXT NOT NULL, comment TEXT NOT NULL
);
"""

#: code, name, city, country, opened, bar, share of bookings, dorm rate, quality effect, staff wage
_HOSTELS = [
    ("LIS", "Nomad Nest Alfama", "Lisbon", "Portugal", "2018-03-15", "Y", 10, 24, 0.6, 7.5),
    ("OPO", "Nomad Nest Ribeira", "Porto", "Portugal", "2020-06-01", "N", 5, 21, 1.0, 7.2),
    ("BCN", "Nomad Nest Gothic Quarter", "Barcelona", "Spain", "2017-05-20", "Y", 9, 32, -0.2, 9.8),
    ("BER", "Nomad Nest Kreuzberg", "Berlin", "Germany", "2019-04-01", "Y", 7, 27, 0.2, 13.5),
    ("PRG", "Nomad Nest Old Town", "Prague", "Czech Republic", "2021-09-10", "Y", 6, 19, 0.4, 7.8),
    ("BUD", "Nomad Nest Erzsébetváros", "Budapest", "Hungary", "2022-04-01", "N", 4, 17, -1.4, 6.4),
]  # fmt: skip
_CHANNELS = [("HW", "Hostelworld", 15, 40), ("BDC", "Booking.com", 17, 25), ("EXP", "Expedia", 18, 4),
             ("WEB", "Direct website", 0, 18), ("PHN", "Phone or e-mail", 0, 3), ("WLK", "Walk-in", 0, 10)]  # fmt: skip
#: name, price, hours, active, popularity
_TOURS = {
    "LIS": [("Free walking tour", 0, 2.5, 1, 10), ("Sintra day trip", 45, 8, 1, 6),
            ("Bairro Alto pub crawl", 15, 4, 1, 8), ("Surf lesson at Caparica", 40, 5, 1, 3),
            ("Fado dinner", 35, 3, 0, 2)],
    "OPO": [("Free walking tour", 0, 2.5, 1, 10), ("Douro Valley wine tour", 75, 9, 1, 5),
            ("Port cellar tasting", 20, 2, 1, 6), ("Pub crawl", 15, 4, 1, 5)],
    "BCN": [("Free walking tour", 0, 2.5, 1, 10), ("Montserrat day trip", 55, 7, 1, 4), ("Tapas night", 30, 3, 1, 7),
            ("Pub crawl", 18, 4, 1, 9), ("Sagrada Familia skip-the-line", 38, 2, 1, 5),
            ("Kayak on the coast", 45, 3, 0, 0)],
    "BER": [("Free walking tour", 0, 3, 1, 10), ("Street art tour", 15, 3, 1, 6),
            ("Sachsenhausen memorial tour", 28, 6, 1, 4), ("Pub crawl", 16, 4, 1, 8),
            ("Techno club night", 20, 6, 0, 3)],
    "PRG": [("Free walking tour", 0, 2.5, 1, 10), ("Beer tasting", 25, 2.5, 1, 8), ("Kutna Hora day trip", 49, 7, 1, 3),
            ("Pub crawl", 15, 4, 1, 7)],
    "BUD": [("Free walking tour", 0, 2.5, 1, 10), ("Thermal bath evening", 30, 3, 1, 6),
            ("Ruin bar crawl", 15, 4, 1, 8), ("Danube river cruise", 22, 1.5, 1, 4)],
}  # fmt: skip
#: nationality, weight, first names (M), first names (F), last names, e-mail domain
_NATIONS = [
    ("Germany", 14,
     ["Lukas", "Jonas", "Felix", "Maximilian", "Leon", "Tim", "Paul", "Niklas", "Moritz", "Jan", "Finn", "David"],
     ["Lena", "Laura", "Anna", "Sophie", "Hannah", "Julia", "Lea", "Marie", "Katharina", "Lisa", "Mia", "Clara"],
     ["Müller", "Schmidt", "Becker", "Wagner", "Hoffmann", "Fischer", "Weber", "Schäfer", "Koch", "Richter", "Klein",
      "Wolf", "Schröder", "Schulz", "Bauer", "Neumann", "Zimmermann", "Krause", "Lehmann", "Hahn"],
     "gmx.de"),
    ("United Kingdom", 13,
     ["James", "Tom", "Harry", "Oliver", "Jack", "Sam", "George", "Alfie", "Callum", "Ben", "Joe", "Will"],
     ["Emily", "Charlotte", "Lucy", "Ellie", "Megan", "Holly", "Amy", "Hannah", "Georgia", "Sophie", "Olivia",
      "Rosie"],
     ["Smith", "Jones", "Taylor", "Brown", "Evans", "Walker", "Hughes", "Wright", "Roberts", "Green", "Hall", "Wood",
      "Clarke", "Davies", "Thomas", "Johnson", "Robinson", "Patel", "Edwards", "Turner"],
     "gmail.com"),
    ("United States", 11,
     ["Tyler", "Ryan", "Kyle", "Brandon", "Josh", "Matt", "Austin", "Zach", "Dylan", "Connor", "Jake", "Nick"],
     ["Ashley", "Madison", "Taylor", "Kayla", "Brittany", "Sarah", "Hailey", "Morgan", "Emma", "Jessica", "Lauren",
      "Megan"],
     ["Johnson", "Miller", "Davis", "Anderson", "Moore", "Clark", "Lewis", "Garcia", "Robinson", "Young", "King",
      "Scott", "Wilson", "Thomas", "Martinez", "Hill", "Baker", "Nelson", "Carter"],
     "gmail.com"),
    ("Australia", 9,
     ["Liam", "Jack", "Cooper", "Mitchell", "Lachlan", "Riley", "Hamish", "Jake", "Lachie", "Tom"],
     ["Chloe", "Jess", "Zoe", "Isabella", "Georgia", "Tahlia", "Sienna", "Matilda", "Grace", "Emily"],
     ["Wilson", "Martin", "Kelly", "Ryan", "Thompson", "Mitchell", "Nguyen", "Harris", "White", "Walsh", "Murray",
      "Taylor", "Brown", "Anderson", "Clarke", "Evans", "O'Connor"],
     "outlook.com"),
    ("France", 7,
     ["Lucas", "Hugo", "Théo", "Louis", "Nathan", "Antoine", "Paul", "Maxime", "Arthur"],
     ["Camille", "Léa", "Manon", "Chloé", "Inès", "Clara", "Louise", "Juliette", "Pauline"],
     ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Girard", "Lefebvre", "Roux", "Fournier", "Petit", "Durand",
      "Leroy", "Michel"],
     "orange.fr"),
    ("Netherlands", 6,
     ["Daan", "Sem", "Thijs", "Bram", "Ruben", "Jesse", "Lars", "Niels", "Tim"],
     ["Emma", "Sanne", "Fleur", "Lotte", "Anouk", "Iris", "Julia", "Eva", "Femke"],
     ["de Jong", "Jansen", "de Vries", "Bakker", "Visser", "Smit", "Mulder", "de Boer", "Bos", "Meijer", "de Groot",
      "Peters", "Hendriks"],
     "ziggo.nl"),
    ("Canada", 5,
     ["Ethan", "Noah", "Owen", "Logan", "Connor", "Dylan", "Liam", "Nathan", "Tyler"],
     ["Avery", "Olivia", "Brooke", "Kaitlyn", "Megan", "Paige", "Emma", "Chloe", "Madison"],
     ["Tremblay", "Roy", "MacDonald", "Campbell", "Fraser", "Leblanc", "Wilson", "Gagnon", "Bouchard", "Morin",
      "Smith"],
     "gmail.com"),
    ("Ireland", 4,
     ["Conor", "Sean", "Cian", "Darragh", "Oisin", "Niall", "Eoin", "Ciaran", "Padraig"],
     ["Aoife", "Ciara", "Niamh", "Saoirse", "Roisin", "Orla", "Sinead", "Aisling", "Clodagh"],
     ["Murphy", "Kelly", "O'Brien", "Byrne", "Walsh", "O'Sullivan", "Ryan", "Doyle", "McCarthy", "Gallagher",
      "Kennedy"],
     "gmail.com"),
    ("Spain", 4,
     ["Pablo", "Javier", "Álvaro", "Sergio", "Marcos", "Diego", "Adrián", "Hugo", "Rubén"],
     ["Lucía", "Paula", "Marta", "Carmen", "Nerea", "Irene", "Alba", "Sara", "Laura"],
     ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Gómez", "Ruiz", "Navarro", "Torres", "Ortiz"],
     "gmail.com"),
    ("Italy", 5,
     ["Marco", "Luca", "Matteo", "Alessandro", "Davide", "Andrea", "Giorgio", "Simone", "Federico"],
     ["Giulia", "Chiara", "Francesca", "Sara", "Martina", "Elisa", "Alessia", "Giorgia", "Valentina"],
     ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Conti"],
     "libero.it"),
    ("Brazil", 5,
     ["Gabriel", "Rafael", "Thiago", "Pedro", "Bruno", "Felipe", "Lucas", "Matheus", "Gustavo"],
     ["Ana", "Beatriz", "Larissa", "Camila", "Fernanda", "Juliana", "Mariana", "Gabriela", "Letícia"],
     ["Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Lima", "Carvalho", "Almeida", "Ribeiro", "Gomes"],
     "gmail.com"),
    ("Argentina", 3,
     ["Santiago", "Facundo", "Tomás", "Nicolás", "Matías", "Agustín", "Lautaro", "Franco", "Julián"],
     ["Sofía", "Valentina", "Micaela", "Florencia", "Agustina", "Camila", "Lucía", "Martina", "Julieta"],
     ["González", "Rodríguez", "Gómez", "Díaz", "Álvarez", "Pérez", "Fernández", "López", "Martínez", "Romero",
      "Sosa", "Benítez"],
     "hotmail.com"),
    ("Sweden", 3,
     ["Erik", "Oscar", "Axel", "Filip", "Viktor", "Emil", "Lucas", "Hugo", "Anton"],
     ["Elsa", "Ebba", "Wilma", "Maja", "Alva", "Linnea", "Saga", "Freja", "Ida"],
     ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
      "Gustafsson", "Pettersson"],
     "gmail.com"),
    ("New Zealand", 3,
     ["Finn", "Hamish", "Ollie", "Angus", "Flynn", "Jackson", "Liam", "Tane", "Sam"],
     ["Ruby", "Mia", "Olivia", "Isla", "Aroha", "Harper", "Charlotte", "Ella", "Sophie"],
     ["Smith", "Williams", "Brown", "Wilson", "Taylor", "Ngata", "Jones", "Walker", "Thompson", "Anderson",
      "Te Rangi", "White"],
     "xtra.co.nz"),
    ("Poland", 3,
     ["Jakub", "Kacper", "Mateusz", "Bartek", "Piotr", "Kamil", "Szymon", "Michał", "Tomasz"],
     ["Zuzanna", "Julia", "Natalia", "Aleksandra", "Wiktoria", "Ola", "Maja", "Karolina", "Magda"],
     ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak",
      "Dąbrowski", "Jankowski"],
     "wp.pl"),
    ("South Korea", 3,
     ["Minjun", "Jihoon", "Hyunwoo", "Seojun", "Dohyun", "Jiwoo", "Junho", "Taeyang", "Sungmin"],
     ["Seoyeon", "Jiwon", "Minji", "Yuna", "Soojin", "Hana", "Eunji", "Subin", "Jisoo"],
     ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han", "Shin"],
     "naver.com"),
    ("Japan", 2,
     ["Haruto", "Yuto", "Sota", "Ren", "Kaito", "Daiki", "Takumi", "Riku", "Shota"],
     ["Yui", "Aoi", "Sakura", "Hina", "Mio", "Rin", "Yuna", "Haruka", "Mei"],
     ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
      "Yoshida"],
     "yahoo.co.jp"),
    ("Israel", 2,
     ["Noam", "Itay", "Omer", "Yonatan", "Eitan", "Ariel", "Daniel", "Guy", "Amit"],
     ["Noa", "Shira", "Maya", "Tamar", "Yael", "Roni", "Adi", "Michal", "Lior"],
     ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Avraham", "Katz", "Dahan", "Shapiro", "Ben-David"],
     "gmail.com"),
    ("Mexico", 2,
     ["Diego", "Emiliano", "Carlos", "Luis", "Rodrigo", "Iván", "Santiago", "Alejandro", "Mateo"],
     ["Ximena", "Regina", "Andrea", "Daniela", "Fernanda", "Valeria", "Sofía", "Camila", "Mariana"],
     ["Hernández", "García", "Ramírez", "Cruz", "Flores", "Torres", "López", "Martínez", "Gutiérrez", "Morales",
      "Reyes"],
     "hotmail.com"),
    ("Chile", 1,
     ["Benjamín", "Vicente", "Joaquín", "Cristóbal", "Ignacio", "Felipe", "Matías", "Tomás", "Sebastián"],
     ["Josefa", "Antonia", "Catalina", "Francisca", "Trinidad", "Javiera", "Isidora", "Florencia", "Constanza"],
     ["Muñoz", "Rojas", "Soto", "Contreras", "Silva", "Sepúlveda", "González", "Díaz", "Morales", "Reyes", "Fuentes"],
     "gmail.com"),
    ("Portugal", 2,
     ["João", "Tiago", "Diogo", "Rodrigo", "Miguel", "Rui", "André", "Pedro", "Gonçalo"],
     ["Inês", "Mariana", "Beatriz", "Rita", "Joana", "Catarina", "Sofia", "Leonor", "Marta"],
     ["Ferreira", "Costa", "Rodrigues", "Martins", "Sousa", "Gonçalves", "Santos", "Pereira", "Oliveira", "Almeida",
      "Pinto"],
     "sapo.pt"),
    ("Czech Republic", 1,
     ["Jakub", "Tomáš", "Ondřej", "Vojtěch", "Lukáš", "Adam", "Filip", "Jan", "Matěj"],
     ["Tereza", "Eliška", "Kateřina", "Anna", "Natálie", "Klára", "Veronika", "Lucie", "Barbora"],
     ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Pokorný"],
     "seznam.cz"),
]  # fmt: skip
#: local staff names per country
_STAFF_NAMES = {
    "Portugal": (
        ["Ricardo", "Sofia", "Pedro", "Marta", "Nuno", "Ana", "Bruno", "Carla", "Hugo", "Filipa"],
        ["Almeida", "Carvalho", "Pinto", "Teixeira", "Moreira", "Lopes", "Ribeiro", "Fonseca"],
    ),
    "Spain": (
        ["Jordi", "Núria", "Marc", "Laia", "Pau", "Montse", "Álex", "Cristina", "Oriol", "Mireia"],
        ["Puig", "Soler", "Vidal", "Ferrer", "Serra", "Roca", "Pujol", "Costa"],
    ),
    "Germany": (
        ["Jan", "Katrin", "Florian", "Miriam", "Tobias", "Nina", "Sebastian", "Jana", "Moritz", "Clara"],
        ["Krüger", "Schulz", "Neumann", "Braun", "Zimmermann", "Hartmann", "Lange", "Vogel"],
    ),
    "Czech Republic": (
        ["Petr", "Lucie", "Martin", "Veronika", "Jiří", "Barbora", "David", "Markéta", "Michal", "Eva"],
        ["Horák", "Němec", "Marek", "Pokorný", "Král", "Růžička", "Beneš", "Fiala"],
    ),
    "Hungary": (
        ["Bence", "Réka", "Máté", "Eszter", "Gergő", "Dóra", "Ádám", "Zsófia", "Balázs", "Anna"],
        ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár"],
    ),
}
_VOLUNTEER_NAMES = [("Chloe", "Bennett"), ("Mateo", "Vargas"), ("Freya", "Lindqvist"), ("Josh", "Parker"),
                    ("Giulia", "Conti"), ("Tom", "Hardy-Lee"), ("Amara", "Okafor"), ("Kenji", "Mori"),
                    ("Lotte", "Verbeek"), ("Sam", "O'Neill"), ("Paula", "Ibáñez"), ("Rhys", "Morgan"),
                    ("Ines", "Lenz"), ("Callum", "Reid"), ("Yara", "Haddad"), ("Matilda", "Ross")]  # fmt: skip
_GOOD = ["Great vibe and friendly staff", "Clean dorms, comfy beds", "Perfect location", "Loved the pub crawl",
         "Best hostel on my trip", "Super helpful reception", "Good value for money", "Nice common room"]  # fmt: skip
_MIXED = ["Okay for the price", "Bit noisy at night", "Showers could be cleaner", "Lockers too small",
          "Wifi kept dropping", "Fine for a night or two"]  # fmt: skip
_BAD = ["Dirty bathrooms", "Rude night staff", "Bed bugs in my bunk", "Way too loud, no sleep",
        "Overbooked, had to change room", "Not as pictured"]  # fmt: skip
_CUTOFF = dt.date(2025, 8, 31)  # the data was pulled at the end of August 2025


def _season(day: dt.date) -> float:
    return {1: 0.45, 2: 0.5, 3: 0.7, 4: 0.9, 5: 1.0, 6: 1.3, 7: 1.6, 8: 1.6, 9: 1.1, 10: 0.85, 11: 0.5, 12: 0.65}[
        day.month
    ]


def _rows(seed: int = 20240611) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    hostels = [(i, *h[:6]) for i, h in enumerate(_HOSTELS, 1)]
    channels = [c[:3] for c in _CHANNELS]
    # rooms: mixed dorms of 4-12 beds, one or two female dorms, a few private doubles
    rooms = []
    for hid, h in enumerate(_HOSTELS, 1):
        n_rooms = {"LIS": 16, "OPO": 10, "BCN": 15, "BER": 14, "PRG": 11, "BUD": 9}[h[0]]
        n_fem = 2 if n_rooms > 12 else 1
        n_prv = rng.randint(2, 4)
        kinds = ["FEM"] * n_fem + ["PRV"] * n_prv + ["MIX"] * (n_rooms - n_fem - n_prv)
        rng.shuffle(kinds)
        for k, kind in enumerate(kinds):
            floor = k // 5 + 1
            room_no = f"{floor}{k % 5 + 1:02d}"
            if kind == "PRV":
                beds, ensuite, rate = 2, "Y", h[7] * 3 + rng.choice([0, 5, 10, 15])
            else:
                beds = rng.choice([4, 6, 6, 8, 8, 10, 12] if kind == "MIX" else [4, 6, 6, 8])
                ensuite = "Y" if rng.random() < 0.4 else "N"
                rate = h[7] + (3 if beds <= 4 else 0) - (3 if beds >= 10 else 0) + (2 if ensuite == "Y" else 0)
                rate += 2 if kind == "FEM" else 0
            rooms.append((len(rooms) + 1, hid, room_no, kind, beds, ensuite, rate))
    # guests: unique names, a handful of regulars, a few profiles that never booked
    guests = []
    seen = set()
    while len(guests) < 2000:
        nation = rng.choices(_NATIONS, weights=[n[1] for n in _NATIONS])[0]
        gender = rng.choices(["M", "F", "X"], weights=[49, 49, 2])[0]
        first = rng.choice(nation[2] if gender == "M" else nation[3] if gender == "F" else nation[2] + nation[3])
        last = rng.choice(nation[4])
        if gender == "F" and last.endswith("ski"):
            last = last[:-1] + "a"  # Kowalski -> Kowalska
        elif gender == "F" and nation[0] == "Czech Republic":
            last = {"Černý": "Černá", "Svoboda": "Svobodová", "Procházka": "Procházková", "Kučera": "Kučerová"}.get(
                last, last + "ová"
            )
        if (first, last) in seen and rng.random() < 0.9:
            continue  # namesakes happen, but rarely
        seen.add((first, last))
        born = random_day(rng, dt.date(1968, 1, 1), dt.date(2006, 12, 31))
        if rng.random() < 0.75:
            born = random_day(rng, dt.date(1994, 1, 1), dt.date(2005, 12, 31))
        handle = (first[0] + last).lower().replace(" ", "").replace("'", "")
        email = f"{handle}{rng.randint(1, 99)}@{nation[5]}"
        created = random_day(rng, dt.date(2022, 1, 1), dt.date(2025, 8, 15))
        guests.append([len(guests) + 1, first, last, nation[0], gender, born.isoformat(), email, created])
    guest_weight = []
    for g in guests:
        if g[0] % 23 == 5:
            guest_weight.append(0)  # signed up, never stayed
        elif g[0] % 97 == 11:
            guest_weight.append(10)  # a digital nomad / regular
        else:
            guest_weight.append(1)
    # bookings, placed into a free bed
    occupied: dict[tuple[int, int], list[tuple[dt.date, dt.date]]] = {}
    bookings = []
    trips: dict[int, list[tuple[dt.date, dt.date]]] = {}
    first_stay: dict[int, dt.date] = {}
    quota = []
    for g, weight in zip(guests, guest_weight, strict=True):
        if weight == 0:
            continue
        n_stays = rng.randint(12, 28) if weight > 1 else rng.choices([1, 2, 3, 4, 5], weights=[68, 19, 8, 3, 2])[0]
        quota += [g[0]] * n_stays
    rng.shuffle(quota)
    for gid in quota:
        for _ in range(100):  # a few tries at a free bed on dates the guest is not already away
            guest = guests[gid - 1]
            hid = rng.choices(range(1, 7), weights=[h[6] for h in _HOSTELS])[0]
            start = max(dt.date(2022, 1, 10), dt.date.fromisoformat(_HOSTELS[hid - 1][4]))
            check_in = random_day(rng, start, dt.date(2025, 11, 30))
            if rng.random() > _season(check_in) / 1.6:
                continue
            nights = rng.choices(range(1, 15), weights=[14, 22, 20, 14, 8, 6, 7, 2, 1, 2, 1, 1, 1, 1])[0]
            if guest_weight[gid - 1] > 1 and rng.random() < 0.5:
                nights = rng.randint(7, 28)
            check_out = check_in + dt.timedelta(days=nights)
            if any(check_in < b and a < check_out for a, b in trips.get(gid, [])):
                continue  # the guest is already staying somewhere then
            kind = "MIX"
            if rng.random() < 0.13:
                kind = "PRV"
            elif guest[4] == "F" and rng.random() < 0.35:
                kind = "FEM"
            placed = None
            candidates = [r for r in rooms if r[1] == hid and r[3] == kind]
            rng.shuffle(candidates)
            for room in candidates:
                beds = [1] if kind == "PRV" else list(range(1, room[4] + 1))
                for bed in beds:
                    stays = occupied.get((room[0], bed), [])
                    if all(check_out <= a or check_in >= b for a, b in stays):
                        placed = (room, bed)
                        break
                if placed:
                    break
            if placed is None:
                continue
            room, bed = placed
            channel = rng.choices(_CHANNELS, weights=[c[3] for c in _CHANNELS])[0][0]
            if check_in.year >= 2024 and channel in ("HW", "EXP") and rng.random() < 0.2:
                channel = "WEB"
            lead = 0 if channel == "WLK" else min(int(rng.expovariate(1 / 21)), 200)
            booked_on = check_in - dt.timedelta(days=lead)
            if booked_on < dt.date(2022, 1, 1) or booked_on > _CUTOFF:
                continue
            if check_in > _CUTOFF:
                status = "BK"
            else:
                status = rng.choices(["CO", "CX", "NS"], weights=[86, 10, 4] if channel != "WLK" else [1, 0, 0])[0]
            peak = 1.25 if check_in.month in (6, 7, 8) else 0.9 if check_in.month in (11, 1, 2) else 1
            rate = float(room[6]) * peak
            rate *= 1 + 0.04 * (check_in.year - 2022)
            if nights >= 7:
                rate *= 0.85
            rate = round(rate, 2)
            if status != "CX":
                occupied.setdefault((room[0], bed), []).append((check_in, check_out))
            trips.setdefault(gid, []).append((check_in, check_out))
            bookings.append([0, "", gid, hid, room[0], bed, channel, booked_on, check_in, check_out, nights, rate,
                             round(rate * nights, 2), status])  # fmt: skip
            first_stay[gid] = min(first_stay.get(gid, booked_on), booked_on)
            break
    bookings.sort(key=lambda b: (b[7], b[8], b[2]))
    per_year: dict[int, int] = {}
    for i, b in enumerate(bookings, 1):
        per_year[b[7].year] = per_year.get(b[7].year, 0) + 1
        b[0], b[1] = i, f"NN-{b[7].year % 100}-{per_year[b[7].year]:05d}"
    for g in guests:  # a profile exists before its first booking
        if g[0] in first_stay:
            g[7] = first_stay[g[0]] - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2, 5, 30]))
        g[7] = g[7].isoformat()
    # payments
    payments = []
    for b in bookings:
        bid, channel, booked_on, check_in, check_out, total, status = b[0], b[6], b[7], b[8], b[9], b[12], b[13]
        online = channel in ("HW", "BDC", "EXP", "WEB")
        at_desk = rng.choices(["CARD", "CASH"], weights=[7, 3])[0]
        if channel == "WLK":
            payments.append((bid, check_in, total, "BAL", at_desk))
            continue
        deposit = round(total * (0.15 if channel in ("HW", "EXP") else 1.0 if channel == "WEB" else 0.3), 2)
        if channel == "BDC" and rng.random() < 0.5:
            deposit = 0
        if deposit:
            payments.append((bid, booked_on, deposit, "DEP", "ONLINE" if online else "CARD"))
        if status == "CO" and total - deposit > 0:
            payments.append((bid, check_in, round(total - deposit, 2), "BAL", at_desk))
        elif status == "CX" and deposit and channel in ("WEB", "PHN") and rng.random() < 0.7:
            refund_day = min(booked_on + dt.timedelta(days=rng.randint(1, 20)), check_in, _CUTOFF)
            payments.append((bid, refund_day, -deposit, "REF", "ONLINE" if online else "CARD"))
    payments.sort(key=lambda p: (p[1], p[0]))
    payments = [(i, p[0], p[1].isoformat(), p[2], p[3], p[4]) for i, p in enumerate(payments, 1)]
    # tours
    tours = []
    tour_weight = []
    for hid, h in enumerate(_HOSTELS, 1):
        for t in _TOURS[h[0]]:
            tours.append((len(tours) + 1, hid, t[0], t[1], t[2], t[3]))
            tour_weight.append(t[4])
    # staff
    staff = []
    pools = {c: rng.sample([(f, s) for f in firsts for s in lasts], len(firsts) * len(lasts))
             for c, (firsts, lasts) in _STAFF_NAMES.items()}  # fmt: skip
    for hid, h in enumerate(_HOSTELS, 1):
        names = pools[h[3]]
        wage = h[9]
        opened = max(dt.date.fromisoformat(h[4]), dt.date(2021, 6, 1))
        positions = ["Manager"] + ["Receptionist"] * rng.randint(3, 4) + ["Night receptionist"] * 2
        positions += ["Housekeeper"] * rng.randint(2, 3)
        for role in positions:  # each position passes from one holder to the next
            start = opened + dt.timedelta(days=rng.randint(0, 40))
            while start <= dt.date(2025, 6, 1):
                tenure = rng.randint(1100, 1800) if role == "Manager" else rng.randint(400, 1500)
                end = start + dt.timedelta(days=tenure)
                first, last = names.pop()
                rate = {"Manager": wage * 1.9, "Receptionist": wage * 1.1, "Night receptionist": wage * 1.25,
                        "Housekeeper": wage}[role] * (1 + 0.03 * (start.year - 2021))  # fmt: skip
                staff.append((len(staff) + 1, hid, first, last, role, round(rate + rng.randrange(0, 6) * 0.1, 2),
                              start.isoformat(), end.isoformat() if end <= _CUTOFF else None))  # fmt: skip
                start = end + dt.timedelta(days=rng.randint(3, 25))
    vols = list(_VOLUNTEER_NAMES)
    rng.shuffle(vols)
    for k, (first, last) in enumerate(vols):
        hid = [1, 1, 1, 2, 3, 3, 3, 4, 4, 5, 5, 6, 1, 3, 4, 2][k]
        start = random_day(rng, dt.date(2024, 3, 1), dt.date(2025, 5, 1))
        end = start + dt.timedelta(days=rng.choice([60, 90, 90, 120]))
        staff.append((len(staff) + 1, hid, first, last, "Volunteer", 0, start.isoformat(),
                      end.isoformat() if end <= _CUTOFF else None))  # fmt: skip
    staff.sort(key=lambda s: (s[6], s[1], s[0]))
    staff = [(i, *s[1:]) for i, s in enumerate(staff, 1)]

    def working(sid: int, day: dt.date) -> bool:
        s = staff[sid - 1]
        return dt.date.fromisoformat(s[6]) <= day and (s[7] is None or day < dt.date.fromisoformat(s[7]))

    # tour bookings: sold at the desk during a guest's stay
    tour_bookings = []
    for b in bookings:
        if b[13] != "CO" or rng.random() > 0.3 + (0.25 if guest_weight[b[2] - 1] > 1 else 0):
            continue
        mine = [t for t in tours if t[1] == b[3]]
        for _ in range(rng.choices([1, 2, 3], weights=[6, 3, 1])[0]):
            tour = rng.choices(mine, weights=[tour_weight[t[0] - 1] for t in mine])[0]
            day = b[8] + dt.timedelta(days=rng.randrange(b[10]))
            if tour[5] == 0 and day > dt.date(2024, 6, 30):
                continue  # discontinued in summer 2024
            sellers = [s for s in staff if s[1] == b[3] and s[4] in ("Receptionist", "Volunteer", "Manager")
                       and working(s[0], day)]  # fmt: skip
            if not sellers:
                continue
            seller = rng.choices(sellers, weights=[1 if s[4] == "Manager" else 4 for s in sellers])[0]
            people = rng.choices([1, 2, 3, 4], weights=[60, 25, 10, 5])[0]
            tour_bookings.append((tour[0], b[2], seller[0], day, people, round(tour[3] * people, 2)))
    tour_bookings.sort(key=lambda t: (t[3], t[0], t[1]))
    tour_bookings = [(i, *t[:3], t[3].isoformat(), *t[4:]) for i, t in enumerate(tour_bookings, 1)]
    # shifts: April to June 2025, three reception shifts and one housekeeping shift a day per hostel
    shifts = []
    day = dt.date(2025, 4, 1)
    while day <= dt.date(2025, 6, 30):
        for hid in range(1, 7):
            here = [s for s in staff if s[1] == hid and working(s[0], day)]
            for code in ["E", "L", "N", "H"]:
                if code == "N":
                    pool = [s for s in here if s[4] == "Night receptionist"]
                elif code == "H":
                    pool = [s for s in here if s[4] in ("Housekeeper", "Volunteer")]
                else:
                    pool = [s for s in here if s[4] in ("Receptionist", "Volunteer")]
                    if code == "E" and day.weekday() < 5:
                        pool += [s for s in here if s[4] == "Manager"] * 3
                pool = pool or [s for s in here if s[4] == "Receptionist"] or here
                person = rng.choice(pool)
                hours = 8 if rng.random() < 0.85 else rng.choice([4, 6])
                shifts.append((person[0], day.isoformat(), code, hours))
        day += dt.timedelta(days=1)
    shifts = [(i, *s) for i, s in enumerate(shifts, 1)]
    # reviews after a completed stay
    reviews = []
    for b in bookings:
        if b[13] != "CO" or rng.random() > (0.35 if b[6] in ("HW", "BDC", "EXP") else 0.12):
            continue
        posted = b[9] + dt.timedelta(days=min(int(rng.expovariate(1 / 4)), 30))
        if posted > _CUTOFF:
            continue
        room = rooms[b[4] - 1]
        score = 8.1 + _HOSTELS[b[3] - 1][8] + (0.4 if room[3] == "PRV" else 0) - (0.5 if room[4] >= 10 else 0)
        rating = max(1, min(10, round(rng.gauss(score, 1.3))))
        clean = max(1, min(10, round(rng.gauss(score - (0.3 if room[5] == "N" else -0.2), 1.4))))
        recommend = "Y" if rating >= 7 or (rating >= 5 and rng.random() < 0.4) else "N"
        comment = rng.choice(_GOOD if rating >= 8 else _MIXED if rating >= 5 else _BAD)
        reviews.append((b[0], posted, rating, clean, recommend, comment))
    reviews.sort(key=lambda r: (r[1], r[0]))
    reviews = [(i, r[0], r[1].isoformat(), *r[2:]) for i, r in enumerate(reviews, 1)]
    bookings = [(*b[:7], b[7].isoformat(), b[8].isoformat(), b[9].isoformat(), *b[10:]) for b in bookings]
    return {"hostels": hostels, "rooms": rooms, "guests": [tuple(g) for g in guests], "channels": channels,
            "bookings": bookings, "payments": payments, "tours": tours, "staff": staff,
            "tour_bookings": tour_bookings, "shifts": shifts, "reviews": reviews}  # fmt: skip


def build_hostel_database(path: str | Path) -> Path:
    """Write the hostel chain's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
