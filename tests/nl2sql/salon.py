"""A made-up small chain of hair and beauty salons in West Yorkshire, written by someone who had not seen the engine's
rules: the ``salon`` dev set's database.

The chain runs four salons where stylists and beauty therapists cut, colour and treat clients' hair and do nails,
brows and lashes; clients book in the salon, by phone or online, pay at the desk (often with a tip) and sometimes
buy hair products to take home. Stylists earn a commission on the services they do and the products they sell.
Appointments run from 1 January 2023 to 31 December 2025; those from 1 December 2025 on are still 'Booked'. Nine
tables with foreign keys:

- ``salons``: ``id``, ``salon_name``, ``town`` (Ilkley, Otley, Harrogate, Wetherby), ``street_address``,
  ``opened_on``, ``number_of_chairs``. Wetherby only opened on 1 April 2024.
- ``stylists``: ``id``, ``first_name``, ``last_name``, ``salon_id``, ``job_level`` ('Junior Stylist', 'Stylist',
  'Senior Stylist', 'Art Director', 'Beauty Therapist'), ``hired_on``, ``left_on`` (NULL while still employed),
  ``hourly_wage`` (pounds), ``service_commission_rate`` and ``product_commission_rate`` (fractions such as 0.10).
- ``clients``: ``id``, ``first_name``, ``last_name``, ``phone_number``, ``email_address`` (NULL when not given),
  ``home_salon_id``, ``date_of_birth`` (NULL when not given), ``joined_on``, ``marketing_opt_in`` 1/0. A few
  regulars visit very often and some clients never booked.
- ``services``: the menu: ``id``, ``service_name``, ``category`` ('Cut', 'Colour', 'Treatment', 'Styling',
  'Beauty'), ``duration_minutes``, ``price`` (the current price in pounds; 2023 prices were about 10% lower).
- ``appointments``: ``id``, ``client_id``, ``stylist_id``, ``salon_id``, ``appointment_date``, ``start_time``
  ('HH:MM'), ``booking_channel`` ('In salon', 'Phone', 'Online'), ``status`` ('Completed', 'Cancelled',
  'No-show', 'Booked'), ``cancellation_reason`` (NULL unless cancelled).
- ``appointment_services``: a service done in an appointment: ``id``, ``appointment_id``, ``service_id``,
  ``price_charged`` (pounds, after any discount), ``discount_percent`` (0, 10 or 20).
- ``payments``: one per completed appointment: ``id``, ``appointment_id``, ``paid_on``, ``amount`` (pounds, the
  services' total), ``tip_amount`` (NULL when no tip was left), ``payment_method`` ('Card', 'Cash',
  'Gift voucher').
- ``products``: retail products: ``id``, ``product_name``, ``brand``, ``product_type`` ('Shampoo',
  'Conditioner', 'Styling', 'Treatment', 'Tools', 'Nail care'), ``retail_price`` and ``cost_price`` (pounds).
  One product has never sold.
- ``product_sales``: ``id``, ``product_id``, ``salon_id``, ``stylist_id`` (who made the sale), ``client_id``
  (NULL for a walk-in who is not on the books), ``sold_on``, ``quantity``, ``unit_price`` (pounds).

Rows come from a fixed seed, so every build holds the same rows. Bookings are skewed: Ilkley is the busiest salon,
a few stylists and clients account for many appointments, and the cut and blow-dry is the most booked service.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_salon_database(pathlib.Path(tempfile.mkdtemp()) / "salon.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM salons").fetchone()
    (4,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_salon_database"]

_SCHEMA = """
CREATE TABLE salons (
    id INTEGER PRIMARY KEY, salon_name TEXT NOT NULL, town TEXT NOT NULL, street_address TEXT NOT NULL,
    opened_on DATE NOT NULL, number_of_chairs INTEGER NOT NULL
);
CREATE TABLE stylists (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    salon_id INTEGER NOT NULL REFERENCES salons (id), job_level TEXT NOT NULL, hired_on DATE NOT NULL,
    left_on DATE, hourly_wage NUMERIC NOT NULL, service_commission_rate NUMERIC NOT NULL,
    product_commission_rate NUMERIC NOT NULL
);
CREATE TABLE clients (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, phone_number TEXT NOT NULL,
    email_address TEXT, home_salon_id INTEGER NOT NULL REFERENCES salons (id), date_of_birth DATE,
    joined_on DATE NOT NULL, marketing_opt_in INTEGER NOT NULL
);
CREATE TABLE services (
    id INTEGER PRIMARY KEY, service_name TEXT NOT NULL, category TEXT NOT NULL, duration_minutes INTEGER NOT NULL,
    price NUMERIC NOT NULL
);
CREATE TABLE appointments (
    id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients (id),
    stylist_id INTEGER NOT NULL REFERENCES stylists (id), salon_id INTEGER NOT NULL REFERENCES salons (id),
    appointment_date DATE NOT NULL, start_time TEXT NOT NULL, booking_channel TEXT NOT NULL, status TEXT NOT NULL,
    cancellation_reason TEXT
);
CREATE TABLE appointment_services (
    id INTEGER PRIMARY KEY, appointment_id INTEGER NOT NULL REFERENCES appointments (id),
    service_id INTEGER NOT NULL REFERENCES services (id), price_charged NUMERIC NOT NULL,
    discount_percent INTEGER NOT NULL
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY, appointment_id INTEGER NOT NULL REFERENCES appointments (id), paid_on DATE NOT NULL,
    amount NUMERIC NOT NULL, tip_amount NUMERIC, payment_method TEXT NOT NULL
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY, product_name TEXT NOT NULL, brand TEXT NOT NULL, product_type TEXT NOT NULL,
    retail_price NUMERIC NOT NULL, cost_price NUMERIC NOT NULL
);
CREATE TABLE product_sales (
    id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES products (id),
    salon_id INTEGER NOT NULL REFERENCES salons (id), stylist_id INTEGER NOT NULL REFERENCES stylists (id),
    client_id INTEGER REFERENCES clients (id), sold_on DATE NOT NULL, quantity INTEGER NOT NULL,
    unit_price NUMERIC NOT NULL
);
"""

#: salon name, town, street address, opened, chairs, share of bookings
_SALONS = [
    ("Mane Street Ilkley", "Ilkley", "14 The Grove", "2012-05-01", 10, 10),
    ("Mane Street Otley", "Otley", "3 Kirkgate", "2016-09-01", 6, 5),
    ("Mane Street Harrogate", "Harrogate", "27 Parliament Street", "2019-03-01", 8, 7),
    ("Mane Street Wetherby", "Wetherby", "8 Market Place", "2024-04-01", 5, 4),
]
_END = dt.date(2025, 12, 31)
_BOOKED_FROM = dt.date(2025, 12, 1)
#: first name, last name, salon, level, hired, left, busyness
_STYLISTS = [
    ("Gemma", "Hollings", 1, "Art Director", "2012-05-01", None, 9),
    ("Tom", "Ackroyd", 1, "Senior Stylist", "2015-02-16", None, 6),
    ("Leanne", "Firth", 1, "Stylist", "2019-08-05", None, 5),
    ("Chloe", "Naylor", 1, "Stylist", "2021-03-01", "2024-06-28", 4),
    ("Jade", "Sutcliffe", 1, "Junior Stylist", "2023-09-04", None, 3),
    ("Priya", "Mistry", 1, "Beauty Therapist", "2018-01-08", None, 4),
    ("Amy", "Wainwright", 1, "Stylist", "2024-07-15", None, 4),
    ("Dean", "Oldroyd", 2, "Senior Stylist", "2016-09-01", None, 6),
    ("Kirsty", "Binns", 2, "Stylist", "2020-01-13", None, 4),
    ("Sophie", "Greenwood", 2, "Junior Stylist", "2022-09-05", "2023-11-30", 3),
    ("Hannah", "Pickles", 2, "Junior Stylist", "2024-01-08", None, 3),
    ("Rosie", "Dobson", 2, "Beauty Therapist", "2019-04-01", None, 3),
    ("Marcus", "Lee", 3, "Art Director", "2019-03-01", None, 7),
    ("Natalie", "Brook", 3, "Senior Stylist", "2019-03-01", None, 5),
    ("Ellie", "Haigh", 3, "Stylist", "2021-06-07", None, 4),
    ("Zara", "Hussain", 3, "Stylist", "2023-02-20", None, 4),
    ("Lucy", "Crabtree", 3, "Junior Stylist", "2024-09-02", None, 2),
    ("Fern", "Whiteley", 3, "Beauty Therapist", "2020-10-05", "2025-03-31", 3),
    ("Bethany", "Rhodes", 3, "Beauty Therapist", "2025-04-14", None, 3),
    ("Ryan", "Ingham", 4, "Senior Stylist", "2024-04-01", None, 5),
    ("Molly", "Varley", 4, "Stylist", "2024-04-01", None, 4),
    ("Katie", "Sugden", 4, "Junior Stylist", "2024-04-01", None, 3),
    ("Abi", "Moorhouse", 4, "Beauty Therapist", "2024-05-20", None, 3),
    ("Jess", "Lumb", 2, "Stylist", "2025-11-03", None, 2),
]
#: wage, service commission, product commission per level
_LEVELS = {
    "Junior Stylist": (11.44, 0.05, 0.10),
    "Stylist": (12.50, 0.10, 0.10),
    "Senior Stylist": (14.25, 0.12, 0.12),
    "Art Director": (17.00, 0.15, 0.12),
    "Beauty Therapist": (12.25, 0.10, 0.10),
}
#: name, category, minutes, price, booking weight
_SERVICES = [
    ("Ladies cut and blow-dry", "Cut", 60, 48.0, 30),
    ("Gents cut", "Cut", 30, 24.0, 14),
    ("Children's cut", "Cut", 30, 16.0, 5),
    ("Fringe trim", "Cut", 15, 8.0, 4),
    ("Restyle", "Cut", 75, 58.0, 3),
    ("Full head colour", "Colour", 120, 85.0, 8),
    ("Root tint", "Colour", 90, 62.0, 10),
    ("Half head highlights", "Colour", 120, 95.0, 7),
    ("Full head highlights", "Colour", 150, 125.0, 5),
    ("Balayage", "Colour", 180, 145.0, 6),
    ("Toner", "Colour", 30, 25.0, 5),
    ("Olaplex treatment", "Treatment", 30, 30.0, 6),
    ("Keratin smoothing", "Treatment", 150, 180.0, 2),
    ("Scalp treatment", "Treatment", 30, 22.0, 2),
    ("Blow-dry", "Styling", 45, 30.0, 9),
    ("Bridal hair", "Styling", 90, 120.0, 1),
    ("Occasion up-do", "Styling", 60, 55.0, 2),
    ("Gel manicure", "Beauty", 45, 28.0, 0),
    ("Gel pedicure", "Beauty", 60, 34.0, 0),
    ("Brow shape and tint", "Beauty", 30, 20.0, 0),
    ("Lash lift", "Beauty", 45, 45.0, 0),
    ("Facial", "Beauty", 60, 55.0, 0),
]
#: beauty weights, used by beauty therapists
_BEAUTY_WEIGHTS = {"Gel manicure": 10, "Gel pedicure": 4, "Brow shape and tint": 8, "Lash lift": 5, "Facial": 3}
#: name, brand, type, retail price, cost price, sales weight
_PRODUCTS = [
    ("Moisture Shampoo 250ml", "Kerastase", "Shampoo", 28.50, 14.20, 6),
    ("Moisture Conditioner 200ml", "Kerastase", "Conditioner", 30.00, 15.10, 4),
    ("Bond Maintenance Shampoo", "Olaplex", "Shampoo", 28.00, 13.50, 12),
    ("Bond Maintenance Conditioner", "Olaplex", "Conditioner", 28.00, 13.50, 8),
    ("No.3 Hair Perfector", "Olaplex", "Treatment", 28.00, 13.00, 10),
    ("Blonde Absolu Purple Shampoo", "Kerastase", "Shampoo", 29.50, 14.80, 5),
    ("Colour Protect Shampoo 300ml", "Redken", "Shampoo", 19.95, 8.90, 7),
    ("Colour Protect Conditioner 300ml", "Redken", "Conditioner", 19.95, 8.90, 5),
    ("Acidic Bonding Concentrate", "Redken", "Treatment", 26.50, 12.40, 4),
    ("Dry Shampoo", "Bumble and bumble", "Styling", 24.00, 10.50, 5),
    ("Thickening Spray", "Bumble and bumble", "Styling", 27.00, 12.00, 3),
    ("Sea Salt Spray", "Bumble and bumble", "Styling", 26.00, 11.60, 2),
    ("Heat Protect Spray", "ghd", "Styling", 19.00, 8.20, 6),
    ("Platinum+ Styler", "ghd", "Tools", 249.00, 150.00, 1),
    ("Helios Hair Dryer", "ghd", "Tools", 189.00, 115.00, 1),
    ("Paddle Brush", "Tangle Teezer", "Tools", 14.00, 5.60, 4),
    ("Detangling Brush", "Tangle Teezer", "Tools", 12.00, 4.80, 5),
    ("Styling Wax", "Label.m", "Styling", 16.50, 6.90, 3),
    ("Matt Paste", "Label.m", "Styling", 16.50, 6.90, 3),
    ("Cuticle Oil", "CND", "Nail care", 9.50, 3.20, 3),
    ("Hand Cream 75ml", "CND", "Nail care", 11.00, 4.10, 2),
    ("Nail Polish Remover", "CND", "Nail care", 7.50, 2.40, 1),
    ("Curl Defining Cream", "Redken", "Styling", 22.50, 9.80, 0),
]
_FIRST = ["Sarah", "Emma", "Rachel", "Helen", "Claire", "Laura", "Kate", "Lisa", "Joanne", "Nicola", "Amanda",
          "Rebecca", "Victoria", "Charlotte", "Lauren", "Megan", "Olivia", "Grace", "Isabelle", "Lily", "Ruth",
          "Susan", "Margaret", "Janet", "Alison", "Gillian", "Fiona", "Hayley", "Kerry", "Stacey", "Danielle",
          "Natasha", "Holly", "Phoebe", "Freya", "Eleanor", "Anna", "Jennifer", "Louise", "Michelle",
          "James", "David", "Mark", "Paul", "Andrew", "Richard", "Chris", "Ben", "Sam", "Oliver", "Harry",
          "Jack"]  # fmt: skip
_LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Walker", "Wood", "Robinson", "Thompson", "White", "Hughes",
         "Green", "Hall", "Clarke", "Jackson", "Wright", "Turner", "Hill", "Shaw", "Holmes", "Atkinson", "Barker",
         "Lister", "Hirst", "Fawcett", "Dawson", "Marsden", "Hey", "Holdsworth", "Priestley", "Ramsden", "Sykes",
         "Ellis", "Booth", "Senior", "Kaur", "Khan", "Ahmed", "Novak", "Murphy", "Kelly", "Gallagher"]  # fmt: skip
_CANCEL_REASONS = [("Illness", 8), ("Clash with work", 5), ("Rebooked for another day", 6), ("Childcare", 3),
                   ("Weather", 1), ("No reason given", 4)]  # fmt: skip


def _price_on(price: float, day: dt.date) -> float:
    """A service's price on ``day``: 10% lower in 2023, 5% lower in 2024."""
    factor = {2023: 0.90, 2024: 0.95}.get(day.year, 1.0)
    return round(price * factor * 2) / 2


def _rows(seed: int = 90417) -> dict[str, list[tuple]]:  # noqa: PLR0915, C901 - one generator per table
    rng = random.Random(seed)
    salons = [(i, *s[:5]) for i, s in enumerate(_SALONS, 1)]
    stylists = []
    for i, (first, last, salon, level, hired, left, _) in enumerate(_STYLISTS, 1):
        wage, service_rate, product_rate = _LEVELS[level]
        stylists.append((i, first, last, salon, level, hired, left, wage, service_rate, product_rate))
    services = [(i, *s[:4]) for i, s in enumerate(_SERVICES, 1)]
    products = [(i, *p[:5]) for i, p in enumerate(_PRODUCTS, 1)]

    clients = []
    used = set()
    for i in range(1, 1201):
        while True:
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            if (first, last) not in used:
                used.add((first, last))
                break
        home = rng.choices(range(1, 5), weights=[s[5] for s in _SALONS])[0]
        opened = dt.date.fromisoformat(_SALONS[home - 1][3])
        joined = random_day(rng, max(opened, dt.date(2018, 1, 1)), dt.date(2025, 11, 30))
        phone = f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"
        email = None
        if rng.random() < 0.78:
            domain = rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"])
            email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{domain}"
        dob = None
        if rng.random() < 0.6:
            dob = random_day(rng, dt.date(1950, 1, 1), dt.date(2010, 12, 31)).isoformat()
        opt_in = int(rng.random() < 0.55)
        clients.append((i, first, last, phone, email, home, dob, joined.isoformat(), opt_in))

    # how often each client books: most a few times a year, some regulars often, some never
    frequency = {}
    for c in clients:
        roll = rng.random()
        if c[0] % 17 == 5:
            frequency[c[0]] = 0.0
        elif c[0] in (77, 412, 905):
            frequency[c[0]] = {77: 36.0, 412: 24.0, 905: 20.0}[c[0]]
        elif roll < 0.15:
            frequency[c[0]] = rng.uniform(5, 9)
        else:
            frequency[c[0]] = rng.uniform(0.4, 3)

    def active(stylist: tuple, day: dt.date) -> bool:
        left = stylist[6]
        return dt.date.fromisoformat(stylist[5]) <= day and (left is None or day <= dt.date.fromisoformat(left))

    hair_services = [s for s in _SERVICES if s[1] != "Beauty"]
    beauty_services = [s for s in _SERVICES if s[1] == "Beauty"]
    appointments = []
    lines = []
    payments = []
    starts = [f"{h:02d}:{m:02d}" for h in range(9, 18) for m in (0, 15, 30, 45)]
    start_weights = [(3 if s < "12:00" else 2 if s < "16:00" else 4) * {"00": 3, "30": 2}.get(s[3:], 1) for s in starts]
    start_weights[starts.index("10:00")] += 12  # the first slot after the school run goes first
    for _ in range(5200):
        client = rng.choices(clients, weights=[frequency[c[0]] for c in clients])[0]
        joined = dt.date.fromisoformat(client[7])
        start = max(joined, dt.date(2023, 1, 1))
        day = random_day(rng, start, _END)
        while day.weekday() == 6:  # closed on Sundays
            day = random_day(rng, start, _END)
        salon = client[5] if rng.random() < 0.9 else rng.randint(1, 4)
        if dt.date.fromisoformat(_SALONS[salon - 1][3]) > day:
            salon = client[5] if dt.date.fromisoformat(_SALONS[client[5] - 1][3]) <= day else 1
        if dt.date.fromisoformat(_SALONS[salon - 1][3]) > day:
            continue
        pool = [s for s in stylists if s[3] == salon and active(s, day)]
        if not pool:
            continue
        beauty = rng.random() < 0.14
        therapists = [s for s in pool if s[4] == "Beauty Therapist"]
        hairdressers = [s for s in pool if s[4] != "Beauty Therapist"]
        if beauty and therapists:
            stylist = rng.choices(therapists, weights=[_STYLISTS[s[0] - 1][6] for s in therapists])[0]
        else:
            beauty = False
            stylist = rng.choices(hairdressers, weights=[_STYLISTS[s[0] - 1][6] for s in hairdressers])[0]
        channel = rng.choices(["In salon", "Phone", "Online"],
                              weights=[3, 5, 2 + 3 * (day.year - 2023)])[0]  # fmt: skip
        if day >= _BOOKED_FROM:
            status = "Booked" if rng.random() < 0.95 else "Cancelled"
        else:
            status = rng.choices(["Completed", "Cancelled", "No-show"], weights=[86, 9, 4])[0]
        reason = None
        if status == "Cancelled":
            reason = rng.choices(_CANCEL_REASONS, weights=[r[1] for r in _CANCEL_REASONS])[0][0]
        time = rng.choices(starts, weights=start_weights)[0]
        appointment_id = len(appointments) + 1
        appointments.append([appointment_id, client[0], stylist[0], salon, day, time, channel, status, reason])
        if beauty:
            chosen = [rng.choices(beauty_services, weights=[_BEAUTY_WEIGHTS[s[0]] for s in beauty_services])[0]]
            if rng.random() < 0.25:
                chosen.append(rng.choice(beauty_services))
        else:
            chosen = [rng.choices(hair_services, weights=[s[4] for s in hair_services])[0]]
            if chosen[0][1] == "Colour" and rng.random() < 0.55:
                chosen.append(rng.choice([_SERVICES[0], _SERVICES[14], _SERVICES[11], _SERVICES[10]]))
            elif rng.random() < 0.12:
                chosen.append(rng.choices(hair_services, weights=[s[4] for s in hair_services])[0])
        chosen = list(dict.fromkeys(chosen))
        discount = rng.choices([0, 10, 20], weights=[85, 10, 5])[0]
        total = 0.0
        for service in chosen:
            price = _price_on(service[3], day)
            charged = round(price * (100 - discount) / 100, 2)
            total += charged
            lines.append((len(lines) + 1, appointment_id, _SERVICES.index(service) + 1, charged, discount))
        if status == "Completed":
            tip = None
            if rng.random() < 0.45:
                tip = float(rng.choice([2, 3, 5, 5, 5, 10, 10, 15, 20]))
            method = rng.choices(["Card", "Cash", "Gift voucher"], weights=[78, 15, 7])[0]
            payments.append([appointment_id, day.isoformat(), round(total, 2), tip, method])

    # order appointments by date so ids follow the diary; renumber the lines and payments with them
    order = sorted(range(len(appointments)), key=lambda k: (appointments[k][4], appointments[k][5], appointments[k][0]))
    new_id = {appointments[k][0]: n for n, k in enumerate(order, 1)}
    appointments = [(new_id[a[0]], *a[1:4], a[4].isoformat(), *a[5:]) for a in (appointments[k] for k in order)]
    lines = sorted(((0, new_id[a], s, p, d) for _, a, s, p, d in lines), key=lambda r: (r[1], r[2]))
    lines = [(i, *r[1:]) for i, r in enumerate(lines, 1)]
    payments = sorted((new_id[p[0]], *p[1:]) for p in payments)
    payments = [(i, *p) for i, p in enumerate(payments, 1)]

    product_sales = []
    sellers = stylists
    seller_weight = {s[0]: _STYLISTS[s[0] - 1][6] for s in stylists}
    seller_weight[2] = 22  # Tom sells far more than anyone else
    while len(product_sales) < 1800:
        salon = rng.choices(range(1, 5), weights=[s[5] for s in _SALONS])[0]
        opened = dt.date.fromisoformat(_SALONS[salon - 1][3])
        day = random_day(rng, max(opened, dt.date(2023, 1, 1)), dt.date(2025, 11, 30))
        pool = [s for s in sellers if s[3] == salon and active(s, day)]
        if not pool:
            continue
        seller = rng.choices(pool, weights=[seller_weight[s[0]] for s in pool])[0]
        product = rng.choices(products, weights=[p[5] for p in _PRODUCTS])[0]
        if rng.random() < 0.2:
            client = None
        else:
            local = [c for c in clients if c[5] == salon and c[7] <= day.isoformat()]
            client = rng.choice(local)[0] if local else None
        quantity = rng.choices([1, 2, 3], weights=[80, 16, 4])[0]
        if product[4] > 100:
            quantity = 1
        price = product[4] if day.year == 2025 else round(product[4] * 0.95, 2)
        product_sales.append((0, product[0], salon, seller[0], client, day.isoformat(), quantity, price))
    product_sales.sort(key=lambda r: (r[5], r[2], r[1]))
    product_sales = [(i, *r[1:]) for i, r in enumerate(product_sales, 1)]

    return {"salons": salons, "stylists": stylists, "clients": clients, "services": services,
            "appointments": appointments, "appointment_services": lines, "payments": payments,
            "products": products, "product_sales": product_sales}  # fmt: skip


def build_salon_database(path: str | Path) -> Path:
    """Write the salon chain's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
