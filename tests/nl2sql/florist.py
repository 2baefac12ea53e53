"""A made-up chain of florist shops in North Yorkshire and Leeds, written by someone who had not seen the engine's
rules: the ``florist`` dev set's database.

The chain runs six shops that buy cut flowers and foliage by the stem from growers and flower auctions, make up
bouquets and arrangements from a catalogue, take customer orders in the shop, by phone and on the website, send
drivers out on delivery runs, sign contracts to dress weddings, funerals and corporate events, and log the stems
they throw away. Orders run from 1 January 2023 to 31 December 2024, with peaks before Valentines Day, Mothers Day
and Christmas; the Knaresborough shop only opened on 1 March 2024. Eleven tables with foreign keys:

- ``shops``: ``id``, ``name``, ``town``, ``street_address``, ``opened_date`` (six shops; towns Harrogate, York,
  Ripon, Leeds, Wetherby, Knaresborough).
- ``staff``: ``id``, ``first_name``, ``last_name``, ``shop_id``, ``role`` ('Shop Manager', 'Senior Florist',
  'Florist', 'Apprentice Florist', 'Shop Assistant', 'Delivery Driver'), ``employment_type`` ('Full time',
  'Part time'), ``hourly_rate`` (pounds), ``start_date``.
- ``flowers``: the stock list, ``id``, ``name``, ``stock_type`` ('Flower' or 'Foliage'), ``colour`` ('Red',
  'White', 'Pink', 'Yellow', 'Orange', 'Purple', 'Blue', 'Green', 'Mixed'), ``vase_life_days``,
  ``retail_price_per_stem`` (pounds). One line has never been delivered.
- ``stock_deliveries``: one flower in a delivery from a grower to a shop: ``id``, ``shop_id``, ``flower_id``,
  ``supplier`` (the grower or auction house), ``supplier_country`` ('Netherlands', 'Kenya', 'Colombia', 'Ecuador',
  'United Kingdom'), ``delivery_date``, ``stems_delivered``, ``cost_per_stem`` (pounds). Deliveries arrive on
  Tuesdays and Fridays from January 2023 to December 2024.
- ``wastage``: stems thrown away: ``id``, ``shop_id``, ``flower_id``, ``recorded_date``, ``stems_wasted``,
  ``reason`` ('Wilted', 'Stem rot', 'Broken stems', 'Damaged in transit', 'Past vase life'),
  ``recorded_by`` (a member of staff).
- ``products``: the catalogue of bouquets and arrangements: ``id``, ``name``, ``category`` ('Bouquet',
  'Hand-tied', 'Vase Arrangement', 'Hatbox', 'Sympathy', 'Plant', 'Add-on'), ``price`` (the current price in
  pounds; 2023 sales were mostly two pounds cheaper), ``launched_date``, ``is_active`` 1/0. A few products never sold.
- ``customers``: ``id``, ``first_name``, ``last_name``, ``company_name`` (NULL for personal customers), ``town``,
  ``customer_type`` ('Personal' or 'Business'), ``joined_date`` (2019-2024). A few keen customers order very often
  and some never placed an order.
- ``delivery_runs``: a driver's run from a shop: ``id``, ``shop_id``, ``driver_id`` (staff), ``run_date``,
  ``time_slot`` ('Morning' or 'Afternoon'), ``miles_driven``.
- ``orders``: ``id``, ``customer_id``, ``shop_id``, ``taken_by`` (staff; NULL for website orders),
  ``order_date``, ``channel`` ('In shop', 'Phone', 'Website'), ``occasion`` ('Birthday', 'Anniversary',
  'Valentines Day', 'Mothers Day', 'Christmas', 'Sympathy', 'Thank You', 'Get Well', 'New Baby', 'Just Because'),
  ``fulfilment`` ('Delivery' or 'Collection'), ``delivery_run_id`` (NULL unless delivered), ``delivery_charge``
  (pounds, 0 for collections), ``status`` ('Completed', 'Cancelled', 'Refunded').
- ``order_lines``: ``id``, ``order_id``, ``product_id``, ``quantity``, ``unit_price`` (pounds, the price charged).
- ``event_contracts``: ``id``, ``customer_id``, ``shop_id``, ``lead_florist_id`` (staff), ``event_type``
  ('Wedding', 'Funeral', 'Corporate', 'Party'), ``venue``, ``event_date`` (March 2023 to October 2025),
  ``signed_date``, ``contract_value`` and ``deposit_paid`` (pounds), ``status`` ('Booked', 'Completed',
  'Cancelled'). The Knaresborough shop has no contracts.

Rows come from a fixed seed, so every build holds the same rows.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_florist_database(pathlib.Path(tempfile.mkdtemp()) / "florist.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM shops").fetchone()
    (6,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_florist_database"]

_SCHEMA = """
CREATE TABLE shops (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL, street_address TEXT NOT NULL,
    opened_date DATE NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    shop_id INTEGER NOT NULL REFERENCES shops (id), role TEXT NOT NULL, employment_type TEXT NOT NULL,
    hourly_rate NUMERIC NOT NULL, start_date DATE NOT NULL
);
CREATE TABLE flowers (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, stock_type TEXT NOT NULL, colour TEXT NOT NULL,
    vase_life_days INTEGER NOT NULL, retail_price_per_stem NUMERIC NOT NULL
);
CREATE TABLE stock_deliveries (
    id INTEGER PRIMARY KEY, shop_id INTEGER NOT NULL REFERENCES shops (id),
    flower_id INTEGER NOT NULL REFERENCES flowers (id), supplier TEXT NOT NULL, supplier_country TEXT NOT NULL,
    delivery_date DATE NOT NULL, stems_delivered INTEGER NOT NULL, cost_per_stem NUMERIC NOT NULL
);
CREATE TABLE wastage (
    id INTEGER PRIMARY KEY, shop_id INTEGER NOT NULL REFERENCES shops (id),
    flower_id INTEGER NOT NULL REFERENCES flowers (id), recorded_date DATE NOT NULL, stems_wasted INTEGER NOT NULL,
    reason TEXT NOT NULL, recorded_by INTEGER NOT NULL REFERENCES staff (id)
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, price NUMERIC NOT NULL,
    launched_date DATE NOT NULL, is_active INTEGER NOT NULL
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, company_name TEXT,
    town TEXT NOT NULL, customer_type TEXT NOT NULL, joined_date DATE NOT NULL
);
CREATE TABLE delivery_runs (
    id INTEGER PRIMARY KEY, shop_id INTEGER NOT NULL REFERENCES shops (id),
    driver_id INTEGER NOT NULL REFERENCES staff (id), run_date DATE NOT NULL, time_slot TEXT NOT NULL,
    miles_driven NUMERIC NOT NULL
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id),
    shop_id INTEGER NOT NULL REFERENCES shops (id), taken_by INTEGER REFERENCES staff (id),
    order_date DATE NOT NULL, channel TEXT NOT NULL, occasion TEXT NOT NULL, fulfilment TEXT NOT NULL,
    delivery_run_id INTEGER REFERENCES delivery_runs (id), delivery_charge NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders (id),
    product_id INTEGER NOT NULL REFERENCES products (id), quantity INTEGER NOT NULL, unit_price NUMERIC NOT NULL
);
CREATE TABLE event_contracts (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id),
    shop_id INTEGER NOT NULL REFERENCES shops (id), lead_florist_id INTEGER NOT NULL REFERENCES staff (id),
    event_type TEXT NOT NULL, venue TEXT NOT NULL, event_date DATE NOT NULL, signed_date DATE NOT NULL,
    contract_value NUMERIC NOT NULL, deposit_paid NUMERIC NOT NULL, status TEXT NOT NULL
);
"""

_START, _END = dt.date(2023, 1, 1), dt.date(2024, 12, 31)

#: name, town, street address, opened, share of orders, wastage factor, drivers, florists, assistants
_SHOPS = [
    ("Parliament Street", "Harrogate", "14 Parliament Street", "2009-04-01", 30, 1.0, 2, 4, 2),
    ("Stonegate", "York", "22 Stonegate", "2012-09-15", 28, 0.9, 2, 4, 2),
    ("Market Place", "Ripon", "3 Market Place", "2015-03-02", 10, 0.8, 1, 2, 1),
    ("Corn Exchange", "Leeds", "Unit 9, Corn Exchange, Call Lane", "2017-11-10", 20, 1.8, 1, 3, 2),
    ("High Street", "Wetherby", "41 High Street", "2020-02-01", 8, 1.1, 1, 2, 1),
    ("Castle Walk", "Knaresborough", "6 Castle Walk", "2024-03-01", 6, 1.0, 1, 1, 1),
]
#: name, stock type, colour, vase life, retail price per stem, cost per stem, suppliers, delivery weight
_NL = ("Van der Berg Bloemen", "Netherlands")
_AALS = ("Aalsmeer Direct", "Netherlands")
_KEN = ("Naivasha Rose Farms", "Kenya")
_COL = ("Sabana Flowers", "Colombia")
_ECU = ("Quito Highland Roses", "Ecuador")
_LINCS = ("Lincolnshire Bulb Company", "United Kingdom")
_CORN = ("Cornish Flower Growers", "United Kingdom")
_YORKS = ("Dales Foliage", "United Kingdom")
_FLOWERS = [
    ("Red Naomi Rose", "Flower", "Red", 9, 3.50, 0.95, [_KEN, _ECU, _NL], 14),
    ("White Avalanche Rose", "Flower", "White", 10, 3.50, 0.90, [_KEN, _NL], 10),
    ("Sweet Avalanche Rose", "Flower", "Pink", 10, 3.50, 0.92, [_KEN, _ECU], 9),
    ("Yellow Penny Lane Rose", "Flower", "Yellow", 9, 3.25, 0.85, [_KEN], 4),
    ("Pink Spray Rose", "Flower", "Pink", 10, 2.95, 0.70, [_KEN, _COL], 6),
    ("Red Tulip", "Flower", "Red", 6, 1.50, 0.32, [_LINCS, _NL], 6),
    ("White Tulip", "Flower", "White", 6, 1.50, 0.32, [_LINCS, _NL], 5),
    ("Parrot Tulip", "Flower", "Mixed", 6, 2.25, 0.55, [_NL], 3),
    ("Stargazer Lily", "Flower", "Pink", 12, 4.50, 1.35, [_NL, _AALS], 6),
    ("Casablanca Lily", "Flower", "White", 12, 4.95, 1.50, [_NL, _AALS], 5),
    ("Sarah Bernhardt Peony", "Flower", "Pink", 6, 6.50, 2.10, [_NL], 3),
    ("Ranunculus", "Flower", "Mixed", 7, 2.75, 0.75, [_AALS, _NL], 4),
    ("Anemone", "Flower", "White", 6, 2.50, 0.70, [_AALS], 3),
    ("Sunflower", "Flower", "Yellow", 8, 2.95, 0.80, [_NL, _CORN], 5),
    ("Gerbera", "Flower", "Orange", 8, 1.95, 0.45, [_NL], 5),
    ("Spray Chrysanthemum", "Flower", "White", 14, 1.75, 0.40, [_COL, _NL], 7),
    ("Carnation", "Flower", "Red", 14, 1.25, 0.28, [_COL], 6),
    ("Alstroemeria", "Flower", "Pink", 12, 1.50, 0.35, [_COL, _NL], 7),
    ("Freesia", "Flower", "Yellow", 7, 1.95, 0.50, [_NL, _CORN], 4),
    ("Lisianthus", "Flower", "Purple", 10, 2.95, 0.85, [_NL, _AALS], 5),
    ("Hydrangea", "Flower", "Blue", 7, 6.95, 2.40, [_NL, _COL], 4),
    ("Sweet Pea", "Flower", "Mixed", 5, 1.95, 0.60, [_CORN], 2),
    ("Stock", "Flower", "Purple", 7, 2.25, 0.55, [_NL, _CORN], 3),
    ("Delphinium", "Flower", "Blue", 8, 3.25, 0.95, [_NL], 3),
    ("Gypsophila", "Flower", "White", 9, 2.50, 0.65, [_COL, _ECU], 6),
    ("Calla Lily", "Flower", "White", 10, 4.25, 1.40, [_NL, _COL], 3),
    ("Cymbidium Orchid", "Flower", "Green", 21, 8.95, 3.20, [_AALS], 2),
    ("Daffodil", "Flower", "Yellow", 6, 0.75, 0.12, [_CORN, _LINCS], 4),
    ("Iris", "Flower", "Blue", 5, 1.50, 0.35, [_LINCS, _NL], 3),
    ("Snapdragon", "Flower", "Mixed", 8, 2.25, 0.55, [_NL], 3),
    ("Dahlia", "Flower", "Red", 5, 3.25, 0.95, [_CORN, _NL], 2),
    ("King Protea", "Flower", "Pink", 14, 12.50, 4.80, [_NL], 0),
    ("Eucalyptus Cinerea", "Foliage", "Green", 14, 1.95, 0.45, [_YORKS, _NL], 9),
    ("Eucalyptus Parvifolia", "Foliage", "Green", 14, 1.95, 0.48, [_YORKS], 5),
    ("Italian Ruscus", "Foliage", "Green", 21, 1.25, 0.25, [_NL, _YORKS], 6),
    ("Pittosporum", "Foliage", "Green", 14, 1.50, 0.30, [_YORKS], 5),
    ("Salal", "Foliage", "Green", 14, 1.25, 0.22, [_YORKS, _NL], 5),
    ("Asparagus Fern", "Foliage", "Green", 10, 1.50, 0.35, [_NL], 3),
    ("Pistache", "Foliage", "Green", 14, 1.25, 0.25, [_NL], 3),
    ("Monstera Leaf", "Foliage", "Green", 14, 3.50, 1.10, [_NL], 2),
    ("Olive Branch", "Foliage", "Green", 12, 2.50, 0.70, [_YORKS, _NL], 2),
    ("Bear Grass", "Foliage", "Green", 14, 0.95, 0.15, [_NL], 2),
    ("Leather Leaf Fern", "Foliage", "Green", 18, 0.95, 0.18, [_COL], 4),
]
#: name, category, current price, launched, active, sales weight
_PRODUCTS = [
    ("Classic Dozen Red Roses", "Bouquet", 65.00, "2016-01-01", 1, 10),
    ("Pastel Garden Bouquet", "Bouquet", 42.00, "2018-03-01", 1, 14),
    ("Seasonal Florist Choice", "Bouquet", 35.00, "2015-01-01", 1, 18),
    ("Sunshine Sunflower Bouquet", "Bouquet", 38.00, "2019-06-01", 1, 8),
    ("White Lily Elegance", "Bouquet", 48.00, "2017-05-01", 1, 7),
    ("Spring Tulip Bunch", "Bouquet", 28.00, "2020-02-01", 1, 7),
    ("Luxury Peony Bouquet", "Bouquet", 75.00, "2021-05-01", 1, 4),
    ("Country Meadow Hand-tied", "Hand-tied", 45.00, "2016-04-01", 1, 11),
    ("Rustic Wildflower Hand-tied", "Hand-tied", 40.00, "2019-04-01", 1, 8),
    ("Grand Rose and Lily Hand-tied", "Hand-tied", 85.00, "2018-09-01", 1, 5),
    ("Eucalyptus and White Rose Hand-tied", "Hand-tied", 55.00, "2020-09-01", 1, 6),
    ("Compact Vase Arrangement", "Vase Arrangement", 39.00, "2016-01-01", 1, 6),
    ("Statement Vase Arrangement", "Vase Arrangement", 95.00, "2017-01-01", 1, 3),
    ("Orchid in Glass", "Vase Arrangement", 58.00, "2021-10-01", 1, 3),
    ("Blush Rose Hatbox", "Hatbox", 60.00, "2020-01-15", 1, 5),
    ("Mini Hatbox", "Hatbox", 32.00, "2022-02-01", 1, 6),
    ("Luxury Orchid Hatbox", "Hatbox", 110.00, "2024-11-15", 1, 0),
    ("Sympathy Posy", "Sympathy", 45.00, "2015-01-01", 1, 4),
    ("White Sympathy Wreath", "Sympathy", 90.00, "2015-01-01", 1, 3),
    ("Funeral Spray", "Sympathy", 120.00, "2015-01-01", 1, 2),
    ("Heart Tribute", "Sympathy", 165.00, "2016-06-01", 1, 1),
    ("Sympathy Basket", "Sympathy", 55.00, "2018-01-01", 1, 2),
    ("Letter Tribute", "Sympathy", 140.00, "2019-03-01", 0, 0),
    ("Phalaenopsis Orchid Plant", "Plant", 35.00, "2018-01-01", 1, 5),
    ("Peace Lily Plant", "Plant", 25.00, "2018-01-01", 1, 3),
    ("Kentia Palm", "Plant", 65.00, "2022-03-01", 0, 1),
    ("Bonsai Ficus", "Plant", 45.00, "2023-06-01", 0, 0),
    ("Belgian Chocolates", "Add-on", 12.00, "2016-01-01", 1, 10),
    ("Glass Vase", "Add-on", 15.00, "2016-01-01", 1, 9),
    ("Helium Balloon", "Add-on", 6.50, "2017-01-01", 1, 6),
    ("Scented Candle", "Add-on", 18.00, "2021-11-01", 1, 4),
    ("Prosecco 75cl", "Add-on", 22.00, "2019-12-01", 1, 4),
    ("Teddy Bear", "Add-on", 14.00, "2018-01-01", 1, 3),
]
_FIRST = [
    "Emma", "Olivia", "Sophie", "Charlotte", "Lucy", "Hannah", "Grace", "Amy", "Rebecca", "Laura", "Katie", "Jessica",
    "Eleanor", "Rachel", "Sarah", "Helen", "Claire", "Joanne", "Alice", "Megan", "James", "Thomas", "Daniel",
    "Matthew", "Oliver", "Harry", "George", "William", "Jack", "Samuel", "Andrew", "David", "Richard", "Mark",
    "Peter", "Robert", "Chris", "Michael", "Paul", "Ben",
]  # fmt: skip
_LAST = [
    "Smith", "Jones", "Taylor", "Brown", "Wilson", "Robinson", "Wright", "Thompson", "Walker", "White", "Wood",
    "Hall", "Green", "Jackson", "Clarke", "Atkinson", "Hudson", "Metcalfe", "Dawson", "Holmes", "Lister", "Kitching",
    "Pickersgill", "Sutcliffe", "Ackroyd", "Hirst", "Booth", "Barker", "Dixon", "Marshall", "Shaw", "Lund",
    "Teasdale", "Outhwaite", "Pearson", "Knowles", "Horner", "Raine", "Bell", "Storey",
]  # fmt: skip
_COMPANIES = [
    "Rudding Park Hotel", "Bettys Tea Rooms", "Harrogate Convention Centre", "Yorkshire Building Supplies",
    "Ripon Dental Practice", "Dales Estate Agents", "Minster Law LLP", "Ouse Valley Accountants",
    "Leeds Trinity Offices", "Wetherby Golf Club", "Nidd Valley Care Home", "Stray Bistro", "Castle Howard Events",
    "Aire Street Architects", "Bramham Park Estate", "Montpellier Salon", "Knaresborough Funeral Services",
    "Swale Vets", "Headrow Marketing", "Riverside Dental",
]  # fmt: skip
_TOWNS = [
    ("Harrogate", 22),
    ("York", 22),
    ("Leeds", 16),
    ("Ripon", 8),
    ("Wetherby", 7),
    ("Knaresborough", 8),
    ("Otley", 4),
    ("Thirsk", 3),
    ("Tadcaster", 3),
    ("Selby", 3),
    ("Boroughbridge", 3),
    ("Pateley Bridge", 1),
]
_VENUES = {
    "Wedding": ["Rudding Park", "Swinton Park", "Grantley Hall", "Goldsborough Hall", "The Majestic Hotel",
                "Bolton Abbey", "Middleton Lodge", "Ripon Cathedral", "Church of St Wilfrid",
                "The Pavilions of Harrogate", "Oakwood at Ryther", "York Register Office"],
    "Funeral": ["Harrogate Crematorium", "York Crematorium", "Stonefall Cemetery", "Church of St Wilfrid",
                "Ripon Cathedral"],
    "Corporate": ["Harrogate Convention Centre", "The Majestic Hotel", "Leeds Town Hall", "York Racecourse",
                  "Wetherby Racecourse", "The Queens Hotel"],
    "Party": ["Rudding Park", "The Pavilions of Harrogate", "Private residence", "York Racecourse", "Grantley Hall"],
}  # fmt: skip
_MOTHERS_DAY = {2023: dt.date(2023, 3, 19), 2024: dt.date(2024, 3, 10)}
_WASTE_REASONS = [("Wilted", 30), ("Past vase life", 28), ("Broken stems", 16), ("Stem rot", 14),
                  ("Damaged in transit", 12)]  # fmt: skip


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def _day_weight(day: dt.date) -> float:
    """How busy a day is for orders: Valentines, Mothers Day and Christmas peaks, quiet Sundays."""
    weight = 1.0
    if day.month == 2 and 7 <= day.day <= 14:
        weight = 7.0 if day.day >= 12 else 3.5
    mothers = _MOTHERS_DAY.get(day.year)
    if mothers and 0 <= (mothers - day).days <= 6:
        weight = 5.0
    if day.month == 12 and 12 <= day.day <= 23:
        weight = 2.2
    if day.month == 12 and day.day in (25, 26) or (day.month == 1 and day.day == 1):
        weight = 0.0
    if day.weekday() == 6:
        weight *= 0.35
    elif day.weekday() == 5:
        weight *= 1.4
    if day.year == 2024:
        weight *= 1.12  # the chain grew a little
    return weight


def _occasion(rng: random.Random, day: dt.date) -> str:
    if day.month == 2 and 7 <= day.day <= 14 and rng.random() < 0.85:
        return "Valentines Day"
    mothers = _MOTHERS_DAY.get(day.year)
    if mothers and 0 <= (mothers - day).days <= 6 and rng.random() < 0.85:
        return "Mothers Day"
    if day.month == 12 and 10 <= day.day <= 24 and rng.random() < 0.6:
        return "Christmas"
    return rng.choices(["Birthday", "Anniversary", "Sympathy", "Thank You", "Get Well", "New Baby", "Just Because"],
                       weights=[34, 14, 12, 12, 8, 7, 13])[0]  # fmt: skip


def _rows(seed: int = 52417) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    shops = [(i, *s[:4]) for i, s in enumerate(_SHOPS, 1)]
    opened = {i: dt.date.fromisoformat(s[3]) for i, s in enumerate(_SHOPS, 1)}

    # staff: a manager, senior florist, florists, assistants and drivers per shop
    names = rng.sample([(f, last) for f in _FIRST for last in _LAST], 400)
    staff = []
    rates = {"Shop Manager": 15.80, "Senior Florist": 13.60, "Florist": 12.40, "Apprentice Florist": 9.20,
             "Shop Assistant": 11.44, "Delivery Driver": 11.90}  # fmt: skip
    for shop_id, shop in enumerate(_SHOPS, 1):
        _, _, _, _, _, _, drivers, florists, assistants = shop
        roles = ["Shop Manager", "Senior Florist"] + ["Florist"] * (florists - 1)
        if florists >= 3:
            roles.append("Apprentice Florist")
        roles += ["Shop Assistant"] * assistants + ["Delivery Driver"] * drivers
        for role in roles:
            first, last = names[len(staff)]
            earliest = max(opened[shop_id], dt.date(2008, 1, 1))
            if shop_id == 6:
                start = dt.date(2024, 2, 12) if role != "Shop Assistant" else dt.date(2024, 2, 26)
            elif role == "Apprentice Florist":
                start = random_day(rng, dt.date(2022, 9, 1), dt.date(2023, 9, 30))
            else:
                start = random_day(rng, earliest, dt.date(2022, 12, 31))
            if role in ("Shop Assistant", "Florist") and shop_id in (1, 4) and len(staff) % 3 == 0:
                start = random_day(rng, dt.date(2023, 4, 1), dt.date(2024, 6, 30))  # joined during the period
            kind = "Full time"
            if role in ("Shop Assistant", "Florist", "Delivery Driver") and rng.random() < 0.4:
                kind = "Part time"
            years = max(0, 2024 - start.year)
            rate = round(rates[role] + 0.15 * min(years, 8) + rng.randrange(0, 6) * 0.05, 2)
            staff.append((len(staff) + 1, first, last, shop_id, role, kind, rate, start.isoformat()))
    staff_start = {s[0]: dt.date.fromisoformat(s[7]) for s in staff}
    counter_staff = {shop: [s for s in staff if s[3] == shop and s[4] != "Delivery Driver"] for shop in opened}
    florist_roles = ("Shop Manager", "Senior Florist", "Florist", "Apprentice Florist")
    florists_of = {shop: [s for s in staff if s[3] == shop and s[4] in florist_roles] for shop in opened}
    drivers_of = {shop: [s for s in staff if s[3] == shop and s[4] == "Delivery Driver"] for shop in opened}

    flowers = [(i, *f[:5]) for i, f in enumerate(_FLOWERS, 1)]

    # stock deliveries on Tuesdays and Fridays
    deliveries = []
    delivered_by_shop: dict[int, list[int]] = {shop: [] for shop in opened}
    for day in _days(_START, _END):
        if day.weekday() not in (1, 4):
            continue
        for shop_id, shop in enumerate(_SHOPS, 1):
            if day < opened[shop_id] or (day.month == 12 and day.day > 27):
                continue
            peak = (day.month == 2 and 3 <= day.day <= 13) or (
                _MOTHERS_DAY[day.year] - dt.timedelta(days=8) <= day <= _MOTHERS_DAY[day.year]
            )
            n_lines = rng.randint(2, 4) + (2 if peak else 0) + (1 if shop[4] >= 20 else 0)
            weights = []
            for n, f in enumerate(_FLOWERS):
                w = f[7]
                if f[0] in ("Daffodil", "Red Tulip", "White Tulip", "Parrot Tulip", "Ranunculus", "Anemone"):
                    w *= 2.5 if day.month in (1, 2, 3, 4) else 0.15
                if f[0] in ("Sarah Bernhardt Peony", "Sweet Pea", "Dahlia", "Sunflower", "Delphinium"):
                    w *= 2.5 if day.month in (5, 6, 7, 8, 9) else 0.1
                if peak and n < 3:
                    w *= 3
                weights.append(w)
            chosen = set()
            while len(chosen) < n_lines:
                chosen.add(rng.choices(range(len(_FLOWERS)), weights=weights)[0])
            for n in sorted(chosen):
                f = _FLOWERS[n]
                supplier, country = rng.choice(f[6])
                bunch = 25 if f[1] == "Foliage" or f[0] in ("Daffodil", "Carnation") else (20 if n < 5 else 10)
                stems = bunch * rng.randint(1, 6) * (1 + (shop[4] >= 20)) * (3 if peak and n < 3 else 1)
                cost = f[5] * rng.uniform(0.9, 1.12)
                if peak and n < 3:
                    cost *= 1.6
                if country == "United Kingdom":
                    cost *= 1.08
                if day.year == 2024:
                    cost *= 1.05
                deliveries.append((len(deliveries) + 1, shop_id, n + 1, supplier, country, day.isoformat(), stems,
                                   round(cost, 2)))  # fmt: skip
                delivered_by_shop[shop_id].append(n + 1)

    # wastage, heavier in summer and at Leeds; Olive Branch is never thrown away
    wastage = []
    for day in _days(_START, _END):
        for shop_id, shop in enumerate(_SHOPS, 1):
            if day < opened[shop_id] + dt.timedelta(days=4) or day.weekday() == 6:
                continue
            chance = 0.3 * shop[5] * (1.6 if day.month in (6, 7, 8) else 1.0)
            if rng.random() >= chance:
                continue
            for _ in range(rng.choice([1, 1, 1, 2])):
                flower_id = rng.choice(delivered_by_shop[shop_id])
                if _FLOWERS[flower_id - 1][0] == "Olive Branch":
                    continue
                reason = rng.choices([r for r, _ in _WASTE_REASONS], weights=[w for _, w in _WASTE_REASONS])[0]
                if day.month in (6, 7, 8) and rng.random() < 0.3:
                    reason = "Wilted"
                stems = max(1, min(80, round(rng.expovariate(1 / 15))))
                pool = [s for s in florists_of[shop_id] if staff_start[s[0]] <= day]
                wastage.append((len(wastage) + 1, shop_id, flower_id, day.isoformat(), stems, reason,
                                rng.choice(pool)[0]))  # fmt: skip

    products = [(i, *p[:5]) for i, p in enumerate(_PRODUCTS, 1)]

    # customers: mostly personal, some business accounts
    customers = []
    customer_names = rng.sample([(f, last) for f in _FIRST for last in _LAST], 1100)
    for i in range(1, 1001):
        first, last = customer_names[i - 1]
        business = i % 11 == 5 and len([c for c in customers if c[3]]) < len(_COMPANIES)
        company = _COMPANIES[len([c for c in customers if c[3]])] if business else None
        town = rng.choices([t for t, _ in _TOWNS], weights=[w for _, w in _TOWNS])[0]
        joined = random_day(rng, dt.date(2019, 1, 1), dt.date(2024, 12, 20))
        customers.append((i, first, last, company, town, "Business" if company else "Personal", joined.isoformat()))
    joined_on = {c[0]: dt.date.fromisoformat(c[6]) for c in customers}
    # keen customers, businesses that order weekly, and about one in eight never orders
    keen = set(rng.sample(range(1, 1001), 15))
    customer_weight = {}
    for c in customers:
        if c[0] % 8 == 0:
            customer_weight[c[0]] = 0.0
        elif c[5] == "Business":
            customer_weight[c[0]] = 9.0
        elif c[0] in keen:
            customer_weight[c[0]] = 14.0
        else:
            customer_weight[c[0]] = rng.paretovariate(2.2)
    customer_ids = [c[0] for c in customers]
    town_of = {c[0]: c[4] for c in customers}
    shop_in_town = {s[1]: i for i, s in enumerate(_SHOPS, 1)}

    # orders
    all_days = _days(_START, _END)
    day_weights = [_day_weight(d) for d in all_days]
    orders, lines, runs = [], [], []
    run_index: dict[tuple, int] = {}
    for _ in range(5200):
        day = rng.choices(all_days, weights=day_weights)[0]
        for _attempt in range(40):
            cust = rng.choices(customer_ids, weights=[customer_weight[c] for c in customer_ids])[0]
            if joined_on[cust] <= day:
                break
        else:
            continue
        home = shop_in_town.get(town_of[cust])
        if home and rng.random() < 0.75 and opened[home] <= day:
            shop_id = home
        else:
            shop_id = rng.choices(range(1, 7), weights=[s[4] if opened[i] <= day else 0
                                                         for i, s in enumerate(_SHOPS, 1)])[0]  # fmt: skip
        channel = rng.choices(["In shop", "Phone", "Website"], weights=[42, 20, 38 if day.year == 2024 else 30])[0]
        if day.weekday() == 6:
            channel = "Website"
        taken_by = None
        if channel != "Website":
            pool = [s for s in counter_staff[shop_id] if staff_start[s[0]] <= day]
            taken_by = rng.choices(pool, weights=[3 if s[4] == "Shop Assistant" else 2 if s[4] != "Shop Manager"
                                                  else 1 for s in pool])[0][0]  # fmt: skip
        occasion = _occasion(rng, day)
        delivery = rng.random() < (0.3 if channel == "In shop" else 0.85)
        if customers[cust - 1][5] == "Business":
            delivery = True
        status = rng.choices(["Completed", "Cancelled", "Refunded"], weights=[94, 4, 2])[0]
        fulfilment = "Delivery" if delivery else "Collection"
        charge = (5.95 if day.year == 2023 else 6.50) if delivery else 0.0
        run_id = None
        if delivery and status != "Cancelled":
            run_day = day if rng.random() < 0.6 and day.weekday() != 6 else day + dt.timedelta(days=1)
            if run_day.weekday() == 6:
                run_day += dt.timedelta(days=1)
            slot = rng.choice(["Morning", "Afternoon"])
            key = (shop_id, run_day, slot)
            if key not in run_index:
                pool = [s for s in drivers_of[shop_id] if staff_start[s[0]] <= run_day]
                weights = [3 if n == 0 else 1 for n in range(len(pool))]
                driver = rng.choices(pool, weights=weights)[0][0]
                runs.append([len(runs) + 1, shop_id, driver, run_day.isoformat(), slot, 0])
                run_index[key] = len(runs)
            run_id = run_index[key]
            runs[run_id - 1][5] += 1
        orders.append([0, cust, shop_id, taken_by, day, channel, occasion, fulfilment, run_id, charge, status])
    orders.sort(key=lambda o: (o[4], o[2], o[1]))
    runs.sort(key=lambda r: (r[3], r[1], r[4] != "Morning"))
    renumber = {run[0]: n for n, run in enumerate(runs, 1)}
    for run in runs:
        run[0] = renumber[run[0]]
    for order in orders:
        if order[8] is not None:
            order[8] = renumber[order[8]]
    product_ids = dict(enumerate(_PRODUCTS, 1))
    by_category: dict[str, list[int]] = {}
    for i, p in enumerate(_PRODUCTS, 1):
        by_category.setdefault(p[1], []).append(i)
    for i, order in enumerate(orders, 1):
        order[0] = i
        day, occasion, business = order[4], order[6], customers[order[1] - 1][5] == "Business"
        if occasion == "Sympathy":
            main_pool = by_category["Sympathy"] + by_category["Plant"]
        elif occasion == "Valentines Day":
            main_pool = [1, 1, 1, 2, 10, 11, 15, 16]
        else:
            main_pool = [n for c in ("Bouquet", "Hand-tied", "Vase Arrangement", "Hatbox", "Plant")
                         for n in by_category[c]]  # fmt: skip
        main_pool = [n for n in main_pool if dt.date.fromisoformat(_PRODUCTS[n - 1][3]) <= day]
        picks = [rng.choices(main_pool, weights=[_PRODUCTS[n - 1][5] + 0.0 for n in main_pool])[0]]
        addons = by_category["Add-on"]
        while rng.random() < 0.38 and len(picks) < 4:
            extra = rng.choices(addons, weights=[_PRODUCTS[n - 1][5] for n in addons])[0]
            if occasion == "Valentines Day" and rng.random() < 0.5:
                extra = 28  # chocolates
            if extra not in picks:
                picks.append(extra)
        for product_id in picks:
            name, category, price, *_ = product_ids[product_id]
            if day.year == 2023 and category != "Add-on":
                price -= 2.0
            quantity = 1
            if business and category != "Add-on":
                quantity = rng.choices([1, 2, 3, 4], weights=[4, 3, 2, 1])[0]
            elif rng.random() < 0.05:
                quantity = 2
            lines.append((len(lines) + 1, i, product_id, quantity, round(price, 2)))
        order[4] = day.isoformat()
    orders = [tuple(o) for o in orders]
    delivery_runs = []
    for run in runs:
        stops = run[5]
        miles = round(6 + stops * rng.uniform(2.2, 4.8) + (8 if run[1] in (3, 5) else 0), 1)
        delivery_runs.append((run[0], run[1], run[2], run[3], run[4], miles))

    # event contracts
    contracts = []
    for i in range(1, 171):
        kind = rng.choices(["Wedding", "Funeral", "Corporate", "Party"], weights=[58, 14, 16, 12])[0]
        shop_id = rng.choices(range(1, 6), weights=[34, 26, 16, 12, 12])[0]
        event_day = random_day(rng, dt.date(2023, 3, 1), dt.date(2025, 9, 30))
        if kind == "Wedding":
            while event_day.month in (11, 12, 1, 2) and rng.random() < 0.8:
                event_day = random_day(rng, dt.date(2023, 3, 1), dt.date(2025, 9, 30))
            while event_day.weekday() not in (4, 5) and rng.random() < 0.85:
                event_day += dt.timedelta(days=1)
            lead = rng.randint(90, 420)
        elif kind == "Funeral":
            event_day = random_day(rng, dt.date(2023, 3, 1), dt.date(2024, 12, 31))
            lead = rng.randint(3, 12)
        else:
            lead = rng.randint(20, 150)
        signed = event_day - dt.timedelta(days=lead)
        if signed > _END:  # bookings for 2025 were all signed during 2024
            signed = random_day(rng, max(dt.date(2024, 1, 2), event_day - dt.timedelta(days=420)), _END)
        if kind == "Corporate":
            pool = [c for c in customers if c[5] == "Business"]
        else:
            pool = [c for c in customers if c[5] == "Personal" and dt.date.fromisoformat(c[6]) <= signed]
        customer = rng.choice(pool)
        value = {"Wedding": rng.randrange(900, 6500, 25), "Funeral": rng.randrange(250, 950, 5),
                 "Corporate": rng.randrange(400, 3200, 25), "Party": rng.randrange(300, 1600, 25)}[kind]  # fmt: skip
        status = "Booked" if event_day > _END else "Cancelled" if rng.random() < 0.07 else "Completed"
        deposit = round(value * (0.25 if kind in ("Wedding", "Party") else 0.5 if kind == "Corporate" else 1.0), 2)
        if status == "Booked" and rng.random() < 0.15:
            deposit = 0.0
        florist = rng.choice([s for s in florists_of[shop_id] if s[4] in ("Shop Manager", "Senior Florist")
                              or (s[4] == "Florist" and kind != "Wedding")])  # fmt: skip
        contracts.append((0, customer[0], shop_id, florist[0], kind, rng.choice(_VENUES[kind]), event_day.isoformat(),
                          signed.isoformat(), value, deposit, status))  # fmt: skip
    contracts.sort(key=lambda c: (c[7], c[6], c[1]))
    contracts = [(i, *c[1:]) for i, c in enumerate(contracts, 1)]

    return {"shops": shops, "staff": staff, "flowers": flowers, "stock_deliveries": deliveries, "wastage": wastage,
            "products": products, "customers": customers, "delivery_runs": delivery_runs, "orders": orders,
            "order_lines": lines, "event_contracts": contracts}  # fmt: skip


def build_florist_database(path: str | Path) -> Path:
    """Write the florist chain's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
