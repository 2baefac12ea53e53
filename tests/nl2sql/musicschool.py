"""A made-up music school with four branches around Bristol and Bath that teaches one-to-one lessons on eighteen
instruments, enters pupils for graded exams, hires out instruments and puts on recitals, written by someone who had
not seen the engine's rules: the ``musicschool`` dev set's database.

Ten tables with foreign keys: ``branches`` (a ``branch_name`` 'Clifton' / 'Bath' / 'Keynsham' / 'Portishead',
the ``town``, ``address``, ``opened_date``, ``phone`` and ``has_recital_hall`` 1 for the two branches with a hall
that hold concerts, Clifton and Bath, 0 otherwise), ``instruments`` (the ``instrument_name`` such as 'Piano',
'Violin', 'Drum Kit' or 'Singing', its ``family`` 'Keyboard' / 'Strings' / 'Woodwind' / 'Brass' / 'Guitar' /
'Percussion' / 'Voice', ``is_hireable`` 1 when the school has instruments of that kind to hire out and the current
``monthly_hire_fee``, empty for instruments that cannot be hired), ``teachers`` (``first_name``, ``last_name``,
``email``, the branch they teach at, the ``instrument_id`` they mainly teach and a ``second_instrument_id`` that is
empty for teachers who teach only one, ``employment_type`` 'Employed' / 'Freelance', ``hourly_rate``,
``start_date`` and a ``leaving_date`` that is empty while they still teach here), ``guardians`` (the parent or
carer who looks after and pays for a child pupil: ``first_name``, ``last_name``, ``relationship`` 'Mother' /
'Father' / 'Grandparent' / 'Carer', ``email`` which is sometimes missing, ``phone`` and ``town``),
``students`` (``first_name``, ``last_name``, ``date_of_birth``, the ``guardian_id`` which is empty for adult
pupils who pay for themselves, their home ``branch_id``, ``joined_date``, ``left_date`` empty while they still
learn here, ``is_active`` 1 for current pupils and 0 for those who have left, ``has_bursary`` 1 for the few
children whose fees are halved, and an ``email`` kept only for adult pupils and sometimes missing), ``enrolments``
(a pupil's booking of a weekly lesson slot with one teacher on one instrument for one term: the ``term_name``
such as 'Autumn 2024', ``start_date`` of the first lesson, ``end_date`` of the last lesson or of withdrawal,
empty for the current Autumn 2025 term which is still running, ``lesson_day`` 'Monday' to 'Saturday',
``lesson_time`` such as '16:30', ``lesson_minutes`` 30 / 45 / 60, ``lessons_booked`` and ``lessons_attended``,
the ``term_fee`` and ``status`` 'Completed' / 'Active' / 'Withdrawn'), ``exams`` (a graded exam a pupil was
entered for: pupil, instrument, the teacher who prepared them, ``exam_board`` 'ABRSM' / 'Trinity' / 'RSL',
``grade`` 1 to 8, ``exam_date``, ``entry_fee``, the ``mark`` out of 150 which is empty until the result comes in
or when the pupil did not turn up, and ``result`` 'Distinction' (130+) / 'Merit' (120+) / 'Pass' (100+) / 'Fail' /
'Absent', empty while the result is awaited), ``instrument_hires`` (an instrument lent to a pupil: instrument,
pupil, the ``serial_number`` of the actual instrument, a ``size`` such as '1/2' or '3/4' for violins, violas,
cellos and classical guitars and empty for other instruments, ``start_date``, ``end_date`` empty while it is still
out, the ``monthly_fee`` and ``deposit`` agreed, and ``return_condition`` 'Good' / 'Fair' / 'Damaged', empty
until it comes back), ``invoices`` (a bill for term fees, instrument hire or an exam entry: ``invoice_number``,
the pupil it is for, the guardian it is sent to (empty when an adult pupil pays), ``invoice_type`` 'Term fees' /
'Instrument hire' / 'Exam entry', ``issue_date``, ``due_date``, ``amount``, ``paid_date`` and ``payment_method``
'Direct debit' / 'Bank transfer' / 'Card' / 'Cash', both empty until paid, and ``status`` 'Paid' / 'Unpaid' /
'Overdue' / 'Written off') and ``recital_performances`` (one pupil's turn at a concert: the ``recital_name`` such as
'Christmas Concert 2024', ``recital_date``, the branch whose hall held it, pupil, instrument, ``running_order``,
``piece_title``, ``composer`` and the ``accompanist_id`` of the teacher who accompanied them on the piano, empty
for unaccompanied pieces; the Christmas concerts of 2023 and 2024 were held at both halls under the same name).
Rows come from a fixed seed, so every build holds the same rows; the data runs from the Autumn 2023 term to
12 December 2025, in the middle of the Autumn 2025 term. Clifton is the biggest branch, Portishead only opened in
September 2024, piano is by far the most learnt instrument and nobody learns the French horn, Eleanor Whitfield at
Clifton teaches far more pupils than any other teacher, most pupils join in August and September, violins are hired
more than anything else and most hires start in September, exams cluster in the March, June and November sessions,
concerts happen in March, July and December, a handful of families are slow to pay, and the Spring 2026 term fees
were invoiced in early December 2025 and are not due until January.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_musicschool_database(pathlib.Path(tempfile.mkdtemp()) / "musicschool.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM branches").fetchone()
    (4,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_musicschool_database"]

_SCHEMA = """
CREATE TABLE branches (
    id INTEGER PRIMARY KEY, branch_name TEXT NOT NULL UNIQUE, town TEXT NOT NULL, address TEXT NOT NULL,
    opened_date DATE NOT NULL, phone TEXT NOT NULL, has_recital_hall INTEGER NOT NULL
);
CREATE TABLE instruments (
    id INTEGER PRIMARY KEY, instrument_name TEXT NOT NULL UNIQUE, family TEXT NOT NULL,
    is_hireable INTEGER NOT NULL, monthly_hire_fee NUMERIC
);
CREATE TABLE teachers (
    id INTEGER PRIMARY KEY, branch_id INTEGER NOT NULL REFERENCES branches (id), first_name TEXT NOT NULL,
    last_name TEXT NOT NULL, email TEXT NOT NULL, instrument_id INTEGER NOT NULL REFERENCES instruments (id),
    second_instrument_id INTEGER REFERENCES instruments (id), employment_type TEXT NOT NULL,
    hourly_rate NUMERIC NOT NULL, start_date DATE NOT NULL, leaving_date DATE
);
CREATE TABLE guardians (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, relationship TEXT NOT NULL,
    email TEXT, phone TEXT NOT NULL, town TEXT NOT NULL
);
CREATE TABLE students (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, date_of_birth DATE NOT NULL,
    guardian_id INTEGER REFERENCES guardians (id), branch_id INTEGER NOT NULL REFERENCES branches (id),
    joined_date DATE NOT NULL, left_date DATE, is_active INTEGER NOT NULL, has_bursary INTEGER NOT NULL,
    email TEXT
);
CREATE TABLE enrolments (
    id INTEGER PRIMARY KEY, student_id INTEGER NOT NULL REFERENCES students (id),
    teacher_id INTEGER NOT NULL REFERENCES teachers (id), instrument_id INTEGER NOT NULL REFERENCES instruments (id),
    term_name TEXT NOT NULL, start_date DATE NOT NULL, end_date DATE, lesson_day TEXT NOT NULL,
    lesson_time TEXT NOT NULL, lesson_minutes INTEGER NOT NULL, lessons_booked INTEGER NOT NULL,
    lessons_attended INTEGER NOT NULL, term_fee NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE exams (
    id INTEGER PRIMARY KEY, student_id INTEGER NOT NULL REFERENCES students (id),
    instrument_id INTEGER NOT NULL REFERENCES instruments (id), teacher_id INTEGER NOT NULL REFERENCES teachers (id),
    exam_board TEXT NOT NULL, grade INTEGER NOT NULL, exam_date DATE NOT NULL, entry_fee NUMERIC NOT NULL,
    mark INTEGER, result TEXT
);
CREATE TABLE instrument_hires (
    id INTEGER PRIMARY KEY, instrument_id INTEGER NOT NULL REFERENCES instruments (id),
    student_id INTEGER NOT NULL REFERENCES students (id), serial_number TEXT NOT NULL, size TEXT,
    start_date DATE NOT NULL, end_date DATE, monthly_fee NUMERIC NOT NULL, deposit NUMERIC NOT NULL,
    return_condition TEXT
);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY, invoice_number TEXT NOT NULL UNIQUE, student_id INTEGER NOT NULL REFERENCES students (id),
    guardian_id INTEGER REFERENCES guardians (id), invoice_type TEXT NOT NULL, issue_date DATE NOT NULL,
    due_date DATE NOT NULL, amount NUMERIC NOT NULL, paid_date DATE, payment_method TEXT, status TEXT NOT NULL
);
CREATE TABLE recital_performances (
    id INTEGER PRIMARY KEY, recital_name TEXT NOT NULL, recital_date DATE NOT NULL,
    branch_id INTEGER NOT NULL REFERENCES branches (id), student_id INTEGER NOT NULL REFERENCES students (id),
    instrument_id INTEGER NOT NULL REFERENCES instruments (id), running_order INTEGER NOT NULL,
    piece_title TEXT NOT NULL, composer TEXT NOT NULL, accompanist_id INTEGER REFERENCES teachers (id)
);
"""

_TODAY = dt.date(2025, 12, 12)
#: name, town, address, opened, phone, recital hall, share of new pupils
_BRANCHES = [
    ("Clifton", "Bristol", "14 Princess Victoria Street", "2011-09-05", "0117 973 4410", 1, 42),
    ("Bath", "Bath", "3 Walcot Parade", "2015-01-12", "01225 448902", 1, 27),
    ("Keynsham", "Keynsham", "27 High Street", "2019-04-29", "0117 986 2275", 0, 14),
    ("Portishead", "Portishead", "5 Harbour Road", "2024-09-02", "01275 819340", 0, 15),
]
_PORTISHEAD_OPENED = dt.date(2024, 9, 2)
#: name, family, hireable, monthly hire fee (from September 2024; a pound less before), popularity
_INSTRUMENTS = [
    ("Piano", "Keyboard", 0, None, 34),
    ("Violin", "Strings", 1, 12.00, 12),
    ("Viola", "Strings", 1, 14.00, 2),
    ("Cello", "Strings", 1, 20.00, 5),
    ("Double Bass", "Strings", 1, 28.00, 1),
    ("Flute", "Woodwind", 1, 14.00, 6),
    ("Clarinet", "Woodwind", 1, 13.00, 5),
    ("Oboe", "Woodwind", 1, 22.00, 1),
    ("Saxophone", "Woodwind", 1, 22.00, 6),
    ("Trumpet", "Brass", 1, 12.00, 4),
    ("Trombone", "Brass", 1, 14.00, 2),
    ("French Horn", "Brass", 1, 25.00, 0),
    ("Classical Guitar", "Guitar", 1, 10.00, 9),
    ("Electric Guitar", "Guitar", 0, None, 8),
    ("Bass Guitar", "Guitar", 0, None, 3),
    ("Ukulele", "Guitar", 1, 6.00, 3),
    ("Drum Kit", "Percussion", 0, None, 8),
    ("Singing", "Voice", 0, None, 8),
]
#: branch, first, last, main instrument, second instrument, employment, hourly rate, start, leaving, pull, mark bonus
_TEACHERS = [
    (1, "Eleanor", "Whitfield", "Piano", None, "Employed", 34.50, "2012-01-09", None, 9.0, 5),
    (1, "Marcus", "Oyelaran", "Singing", "Piano", "Freelance", 31.00, "2018-09-03", None, 1.2, 0),
    (1, "Sofia", "Marchetti", "Violin", "Viola", "Employed", 32.00, "2014-09-01", None, 2.0, 2),
    (1, "Tom", "Halloran", "Classical Guitar", "Electric Guitar", "Freelance", 29.00, "2016-04-11", None, 1.5, -2),
    (1, "Dan", "Price", "Drum Kit", None, "Freelance", 28.00, "2019-01-07", None, 1.5, -3),
    (1, "Hannah", "Lee", "Flute", "Oboe", "Employed", 30.50, "2013-09-02", "2024-12-20", 1.0, 1),
    (2, "Richard", "Ashby", "Piano", None, "Employed", 33.00, "2015-01-12", None, 2.2, 1),
    (2, "Grace", "Okafor", "Singing", "Piano", "Freelance", 30.00, "2017-09-04", None, 1.6, 3),
    (2, "Jonathan", "Pryce", "Cello", "Double Bass", "Employed", 32.50, "2015-09-07", None, 1.0, 2),
    (2, "Megan", "Doyle", "Saxophone", "Clarinet", "Freelance", 29.50, "2020-01-06", None, 1.0, 0),
    (2, "Oliver", "Grant", "Violin", None, "Freelance", 29.00, "2019-09-02", "2025-07-25", 1.0, -1),
    (3, "Priya", "Shah", "Piano", None, "Employed", 31.50, "2019-04-29", None, 2.0, 2),
    (3, "Ben", "Carter", "Classical Guitar", "Ukulele", "Freelance", 27.50, "2019-04-29", None, 1.3, -1),
    (3, "Alan", "Fisher", "Trumpet", "Trombone", "Freelance", 28.50, "2020-09-07", None, 1.0, 0),
    (1, "Isla", "Brennan", "Flute", "Oboe", "Employed", 29.50, "2025-01-02", None, 1.0, 0),
    (4, "Chloe", "Reeves", "Piano", "Singing", "Employed", 30.00, "2024-08-27", None, 2.0, 1),
    (4, "Jake", "Morgan", "Electric Guitar", "Drum Kit", "Freelance", 27.00, "2024-08-27", None, 1.4, -2),
    (2, "Natalia", "Kowalski", "Violin", "Viola", "Employed", 31.00, "2025-08-28", None, 1.0, 1),
    (1, "Sam", "Whitlock", "Bass Guitar", "Electric Guitar", "Freelance", 26.50, "2022-09-05", None, 0.8, -1),
    (2, "Laura", "Bennett", "Clarinet", "Flute", "Employed", 30.00, "2016-09-05", None, 1.0, 1),
]
#: term name, first day, last day, weekly lessons in a full term, exam session window
_TERMS = [
    ("Autumn 2023", "2023-09-11", "2023-12-15", 12, ("2023-11-06", "2023-12-08")),
    ("Spring 2024", "2024-01-08", "2024-03-22", 10, ("2024-02-26", "2024-03-21")),
    ("Summer 2024", "2024-04-15", "2024-07-19", 12, ("2024-06-03", "2024-07-05")),
    ("Autumn 2024", "2024-09-09", "2024-12-13", 12, ("2024-11-04", "2024-12-06")),
    ("Spring 2025", "2025-01-06", "2025-03-28", 11, ("2025-02-24", "2025-03-21")),
    ("Summer 2025", "2025-04-22", "2025-07-18", 11, ("2025-06-02", "2025-07-04")),
    ("Autumn 2025", "2025-09-08", "2025-12-19", 12, ("2025-11-03", "2025-12-10")),
]
#: lesson prices per lesson length, by school year starting in September of the key
_LESSON_PRICE = {2023: {30: 17.0, 45: 25.0, 60: 33.0}, 2024: {30: 18.0, 45: 26.5, 60: 35.0},
                 2025: {30: 19.0, 45: 28.0, 60: 37.0}}  # fmt: skip
#: exam entry fee by grade (2023-24; a few pounds more each later year)
_EXAM_FEE = {1: 49.0, 2: 55.0, 3: 60.0, 4: 66.0, 5: 72.0, 6: 82.0, 7: 89.0, 8: 99.0}
#: concerts: name, date, branch whose hall held it, branches whose pupils play, performers
_RECITALS = [
    ("Christmas Concert 2023", "2023-12-09", 1, (1,), 24),
    ("Christmas Concert 2023", "2023-12-10", 2, (2, 3), 19),
    ("Spring Recital 2024", "2024-03-16", 1, (1,), 14),
    ("Summer Concert 2024", "2024-07-06", 2, (2, 3), 21),
    ("Summer Showcase 2024", "2024-07-13", 1, (1,), 27),
    ("Christmas Concert 2024", "2024-12-07", 1, (1, 4), 26),
    ("Christmas Concert 2024", "2024-12-08", 2, (2, 3), 22),
    ("Spring Recital 2025", "2025-03-22", 1, (1, 4), 16),
    ("Summer Concert 2025", "2025-07-05", 2, (2, 3), 23),
    ("Summer Showcase 2025", "2025-07-12", 1, (1, 4), 31),
    ("Christmas Concert 2025", "2025-12-06", 1, (1, 4), 28),
]
_PIECES = {
    "Keyboard": [("Für Elise", "Beethoven"), ("Gymnopédie No. 1", "Satie"), ("Prelude in C major", "J. S. Bach"),
                 ("Clair de Lune", "Debussy"), ("The Entertainer", "Joplin"), ("Nocturne in E flat", "Chopin"),
                 ("Comptine d'un autre été", "Tiersen"), ("Solfeggietto", "C. P. E. Bach")],
    "Strings": [("Meditation from Thaïs", "Massenet"), ("Gavotte", "Gossec"), ("Czardas", "Monti"),
                ("Humoresque", "Dvořák"), ("The Swan", "Saint-Saëns"), ("Ashokan Farewell", "Ungar")],
    "Woodwind": [("Sicilienne", "Fauré"), ("Pie Jesu", "Lloyd Webber"), ("Pink Panther Theme", "Mancini"),
                 ("Syrinx", "Debussy"), ("Summertime", "Gershwin")],
    "Brass": [("Trumpet Voluntary", "Clarke"), ("Ode to Joy", "Beethoven"), ("When the Saints", "Traditional"),
              ("Largo from the New World Symphony", "Dvořák")],
    "Guitar": [("Romance", "Anonymous"), ("Lágrima", "Tárrega"), ("Wonderwall", "Oasis"),
               ("Smoke on the Water", "Deep Purple"), ("Here Comes the Sun", "The Beatles")],
    "Percussion": [("Back in Black", "AC/DC"), ("Seven Nation Army", "The White Stripes"),
                   ("Uptown Funk", "Mark Ronson")],
    "Voice": [("Memory", "Lloyd Webber"), ("Where Is Love?", "Bart"), ("Caro mio ben", "Giordani"),
              ("Defying Gravity", "Schwartz"), ("Skye Boat Song", "Traditional")],
}  # fmt: skip
_CHILD_FIRST = ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Noah", "Mia", "Jack", "Ivy", "Leo", "Freya",
                "Arthur", "Florence", "Muhammad", "Lily", "Oscar", "Evie", "Charlie", "Sophia", "Theo", "Grace",
                "Freddie", "Willow", "Alfie", "Rosie", "Archie", "Poppy", "Henry", "Elsie", "Finley", "Sienna",
                "Jacob", "Matilda", "Max", "Ruby", "Ethan", "Aisha", "Samuel", "Phoebe", "Reuben", "Hattie",
                "Zara", "Toby", "Maya", "Felix", "Nancy", "Rory", "Esme", "Kit"]  # fmt: skip
_ADULT_FIRST = ["James", "Sarah", "David", "Emma", "Michael", "Claire", "Paul", "Helen", "Andrew", "Rachel", "Mark",
                "Laura", "Chris", "Joanne", "Steven", "Katie", "Richard", "Nicola", "Simon", "Gemma", "Daniel",
                "Amy", "Matthew", "Lucy", "Robert", "Hannah", "Neil", "Sophie", "Graham", "Alison", "Stuart",
                "Fiona", "Ian", "Zoe", "Kwame", "Priyanka", "Tariq", "Joanna", "Martin", "Ruth"]  # fmt: skip
_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Davies", "Hughes",
         "Walker", "Wright", "Thompson", "White", "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke", "Lewis",
         "Jackson", "Turner", "Hill", "Cooper", "Ward", "Morris", "King", "Baker", "Patel", "Khan", "Ali",
         "Nguyen", "O'Connor", "Murphy", "Fletcher", "Chapman", "Palmer", "Hobbs", "Pearce", "Watts", "Ellis",
         "Payne", "Mistry", "Adeyemi", "Sharma", "Novak", "Rees", "Gibbons"]  # fmt: skip
_TOWNS = {1: ["Bristol", "Bristol", "Bristol", "Bristol", "Long Ashton", "Failand"],
          2: ["Bath", "Bath", "Bath", "Bathford", "Batheaston", "Combe Down", "Radstock"],
          3: ["Keynsham", "Keynsham", "Saltford", "Bitton", "Whitchurch"],
          4: ["Portishead", "Portishead", "Clevedon", "Portbury", "Pill"]}  # fmt: skip
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
_SIZED = {"Violin": ["1/4", "1/2", "3/4", "4/4"], "Viola": ["3/4", "4/4"], "Cello": ["1/4", "1/2", "3/4", "4/4"],
          "Classical Guitar": ["1/2", "3/4", "4/4"]}  # fmt: skip


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _school_year(day: dt.date) -> int:
    return day.year if day.month >= 8 else day.year - 1


def _first_weekday(start: dt.date, weekday: int) -> dt.date:
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7)


def _last_weekday(end: dt.date, weekday: int) -> dt.date:
    return end - dt.timedelta(days=(end.weekday() - weekday) % 7)


def _rows(seed: int = 20253) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    branches = [(i, *b[:6]) for i, b in enumerate(_BRANCHES, 1)]
    instruments = [(i, *ins[:4]) for i, ins in enumerate(_INSTRUMENTS, 1)]
    inst_id = {ins[0]: i for i, ins in enumerate(_INSTRUMENTS, 1)}
    inst_family = {i: ins[1] for i, ins in enumerate(_INSTRUMENTS, 1)}
    inst_name = {i: ins[0] for i, ins in enumerate(_INSTRUMENTS, 1)}
    popularity = {i: ins[4] for i, ins in enumerate(_INSTRUMENTS, 1)}

    teachers = []
    for i, t in enumerate(_TEACHERS, 1):
        email = f"{t[1].lower()}.{t[2].lower()}@avonbridgemusic.co.uk"
        teachers.append((i, t[0], t[1], t[2], email, inst_id[t[3]], inst_id[t[4]] if t[4] else None, t[5], t[6],
                         t[7], t[8]))  # fmt: skip
    t_pull = {i: t[9] for i, t in enumerate(_TEACHERS, 1)}
    t_bonus = {i: t[10] for i, t in enumerate(_TEACHERS, 1)}

    def teaching(branch_id: int, instrument: int, start: dt.date, end: dt.date) -> list[tuple[int, float]]:
        """Teachers at a branch who teach an instrument for the whole of a term, with their pull."""
        found = []
        for t in teachers:
            if t[1] != branch_id or dt.date.fromisoformat(t[9]) > start:
                continue
            if t[10] is not None and dt.date.fromisoformat(t[10]) < end:
                continue
            if t[5] == instrument:
                found.append((t[0], t_pull[t[0]] * 3))
            elif t[6] == instrument:
                found.append((t[0], t_pull[t[0]]))
        return found

    # pupils and their guardians
    guardians: list[tuple] = []
    guardian_kids: dict[int, int] = {}
    guardian_branch: dict[int, int] = {}
    students: list[list] = []
    used_names: set[tuple[str, str]] = set()
    learning: dict[int, list[dict]] = {}  # pupil -> what they learn: instrument, teacher, minutes, slot, grade

    def new_guardian(branch_id: int, last: str) -> int:
        gid = len(guardians) + 1
        relationship = rng.choices(["Mother", "Father", "Grandparent", "Carer"], weights=[60, 32, 6, 2])[0]
        if relationship == "Mother" or (relationship in ("Grandparent", "Carer") and rng.random() < 0.6):
            first = rng.choice(["Sarah", "Emma", "Claire", "Helen", "Rachel", "Laura", "Joanne", "Katie", "Nicola",
                                "Gemma", "Amy", "Lucy", "Hannah", "Sophie", "Alison", "Fiona", "Zoe", "Priyanka",
                                "Joanna", "Ruth", "Aoife", "Nadia"])  # fmt: skip
        else:
            first = rng.choice(["James", "David", "Michael", "Paul", "Andrew", "Mark", "Chris", "Steven", "Richard",
                                "Simon", "Daniel", "Matthew", "Robert", "Neil", "Graham", "Stuart", "Ian", "Kwame",
                                "Tariq", "Martin"])  # fmt: skip
        email = None
        if rng.random() > 0.08:
            email = f"{first.lower()}.{last.lower().replace(chr(39), '')}{rng.randrange(1, 99)}@" + rng.choice(
                ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "icloud.com", "yahoo.co.uk"]
            )
        phone = f"07{rng.randrange(100000000, 999999999)}"
        guardians.append((gid, first, last, relationship, email, phone, rng.choice(_TOWNS[branch_id])))
        guardian_kids[gid] = 0
        guardian_branch[gid] = branch_id
        return gid

    def pick_instrument(branch_id: int, start: dt.date, end: dt.date, taken: set[int]) -> int | None:
        options = [i for i in popularity if popularity[i] and i not in taken and teaching(branch_id, i, start, end)]
        if not options:
            return None
        return rng.choices(options, weights=[popularity[i] for i in options])[0]

    def add_learning(sid: int, instrument: int, branch_id: int, start: dt.date, end: dt.date, adult: bool,
                     age: int, grade: int) -> None:  # fmt: skip
        options = teaching(branch_id, instrument, start, end)
        teacher = rng.choices([o[0] for o in options], weights=[o[1] for o in options])[0]
        if adult:
            minutes = rng.choices([30, 45, 60], weights=[3, 4, 3])[0]
            day = rng.choice(_DAYS)
            time = rng.choice(["18:00", "18:30", "19:00", "19:30", "20:00"] if day != "Saturday"
                              else ["11:00", "11:30", "12:00", "12:30"])  # fmt: skip
        else:
            minutes = 30 if age < 10 else rng.choices([30, 45, 60], weights=[6, 3, 1 if age < 14 else 3])[0]
            day = rng.choices(_DAYS, weights=[5, 5, 5, 5, 3, 6])[0]
            time = rng.choice(["15:45", "16:15", "16:30", "17:00", "17:30", "18:00"] if day != "Saturday"
                              else ["09:00", "09:30", "10:00", "10:30", "11:00"])  # fmt: skip
        learning.setdefault(sid, []).append({"instrument": instrument, "teacher": teacher, "minutes": minutes,
                                             "day": day, "time": time, "grade": grade, "hired": False})  # fmt: skip

    def new_student(branch_id: int, joined: dt.date, term_start: dt.date, term_end: dt.date, existing: bool) -> None:
        sid = len(students) + 1
        adult = rng.random() < 0.16
        if adult:
            age = rng.choices([20, 30, 40, 50, 60], weights=[2, 3, 4, 4, 3])[0] + rng.randrange(0, 10)
            first = rng.choice(_ADULT_FIRST)
        else:
            age = rng.choices([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], weights=[3, 6, 8, 9, 9, 8, 7, 6, 4, 3, 2])[0]
            first = rng.choice(_CHILD_FIRST)
        guardian = None
        if adult:
            last = rng.choice(_LAST)
        else:
            families = [g for g in guardian_kids if guardian_branch[g] == branch_id and 0 < guardian_kids[g] < 3]
            if families and rng.random() < 0.22:
                guardian = rng.choice(families)
                last = guardians[guardian - 1][2]
            else:
                last = rng.choice(_LAST)
                guardian = new_guardian(branch_id, last)
            guardian_kids[guardian] += 1
        while (first, last) in used_names:
            first = rng.choice(_ADULT_FIRST if adult else _CHILD_FIRST)
        used_names.add((first, last))
        born = joined - dt.timedelta(days=365 * age + rng.randrange(0, 365))
        email = None
        if adult and rng.random() < 0.85:
            email = f"{first.lower()}{last.lower().replace(chr(39), '')}@" + rng.choice(
                ["gmail.com", "outlook.com", "btinternet.com", "icloud.com"]
            )
        bursary = 1 if (not adult and rng.random() < 0.06) else 0
        students.append([sid, first, last, born.isoformat(), guardian, branch_id, joined.isoformat(), None, 1,
                         bursary, email])  # fmt: skip
        years_in = max(0.0, (term_start - joined).days / 365) if existing else 0.0
        n_instruments = 2 if rng.random() < 0.11 else 1
        taken: set[int] = set()
        for _ in range(n_instruments):
            instrument = pick_instrument(branch_id, term_start, term_end, taken)
            if instrument is None:
                break
            taken.add(instrument)
            grade = 0
            if existing:
                grade = max(0, min(7, int(years_in * 0.8 + (age - 8) * 0.3 + rng.randint(-2, 1))))
            elif adult and rng.random() < 0.3:
                grade = rng.randint(1, 5)
            add_learning(sid, instrument, branch_id, term_start, term_end, adult, age, grade)

    # pupils already learning when the records start
    first_term = (dt.date.fromisoformat(_TERMS[0][1]), dt.date.fromisoformat(_TERMS[0][2]))
    for _ in range(125):
        branch_id = rng.choices([1, 2, 3], weights=[50, 31, 19])[0]
        joined = random_day(rng, max(dt.date(2017, 9, 1), dt.date.fromisoformat(_BRANCHES[branch_id - 1][3])),
                            dt.date(2023, 7, 20))  # fmt: skip
        new_student(branch_id, joined, *first_term, existing=True)

    enrolments: list[tuple] = []
    exams: list[list] = []
    hires: list[list] = []
    invoices_raw: list[tuple] = []  # issue day, student, type, amount and the due day when set
    hire_units: dict[tuple[int, str | None], list[dt.date]] = {}  # free-from day per serial
    hire_serials: dict[tuple[int, str | None], list[str]] = {}

    def hire_size(instrument: int, age: int) -> str | None:
        name = inst_name[instrument]
        if name not in _SIZED:
            return None
        sizes = _SIZED[name]
        if age >= 12:
            return sizes[-1]
        idx = {"Violin": (age - 5) // 2, "Viola": age - 10, "Cello": (age - 6) // 2,
               "Classical Guitar": (age - 6) // 3}[name]  # fmt: skip
        return sizes[max(0, min(len(sizes) - 1, idx))]

    def take_hire(sid: int, plan: dict, start: dt.date, age: int) -> None:
        instrument = plan["instrument"]
        name = inst_name[instrument]
        size = hire_size(instrument, age)
        key = (instrument, size)
        units = hire_units.setdefault(key, [])
        serials = hire_serials.setdefault(key, [])
        free = [k for k, d in enumerate(units) if d < start]
        if free:
            unit = free[0]
        else:
            unit = len(units)
            units.append(start)
            code = "".join(w[0] for w in name.split()).upper() if " " in name else name[:3].upper()
            serials.append(f"{code}{'-' + size.replace('/', '') if size else ''}-{rng.randrange(100, 999)}{unit}")
        years = rng.choices([0.35, 0.7, 1.0, 1.5, 2.2, 3.0], weights=[2, 4, 5, 4, 2, 1])[0]
        end = start + dt.timedelta(days=int(365 * years) + rng.randrange(-20, 20))
        fee = float(_INSTRUMENTS[instrument - 1][3]) - (1.0 if start < dt.date(2024, 9, 1) else 0.0)
        deposit = 100.0 if float(_INSTRUMENTS[instrument - 1][3]) >= 20 else 50.0
        hires.append([len(hires) + 1, instrument, sid, serials[unit], size, start, end, fee, deposit, None])
        units[unit] = end if end <= _TODAY else dt.date(2100, 1, 1)
        plan["hired"] = True
        plan["hire_row"] = len(hires)

    def end_hire(plan: dict, day: dt.date) -> None:
        if plan.get("hire_row") is None:
            return
        row = hires[plan["hire_row"] - 1]
        if row[6] > day:
            row[6] = day
            key = (row[1], row[4])
            unit = hire_serials[key].index(row[3])
            hire_units[key][unit] = day
        plan["hire_row"] = None

    # some pupils already had instruments out on hire
    for sid in list(learning):
        for plan in learning[sid]:
            if _INSTRUMENTS[plan["instrument"] - 1][2] and students[sid - 1][4] is not None and rng.random() < 0.45:
                joined = dt.date.fromisoformat(students[sid - 1][6])
                start = max(joined, dt.date(2022, 9, 1)) + dt.timedelta(days=rng.randrange(0, 40))
                age = _age(dt.date.fromisoformat(students[sid - 1][3]), start)
                take_hire(sid, plan, min(start, dt.date(2023, 9, 4)), age)

    joiners = {"Autumn": 60, "Spring": 22, "Summer": 16}
    grade_state: dict[tuple[int, int], int] = {}
    for term_index, (term, first_day, last_day, weeks, session) in enumerate(_TERMS):
        ts, te = dt.date.fromisoformat(first_day), dt.date.fromisoformat(last_day)
        season = term.split()[0]
        # new pupils for the term
        count = joiners[season] + (26 if term == "Autumn 2024" else 0)
        for _ in range(count):
            weights = [b[6] for b in _BRANCHES] if ts >= _PORTISHEAD_OPENED else [b[6] for b in _BRANCHES[:3]]
            branch_id = rng.choices(range(1, len(weights) + 1), weights=weights)[0]
            if term == "Autumn 2024" and rng.random() < 0.4:
                branch_id = 4
            joined = min(_TODAY, random_day(rng, ts - dt.timedelta(days=35), ts + dt.timedelta(days=24)))
            new_student(branch_id, joined, ts, te, existing=False)
        # a few sign-ups in the last weeks who have not started lessons yet
        if term == "Autumn 2025":
            for _ in range(7):
                branch_id = rng.choices([1, 2, 3, 4], weights=[b[6] for b in _BRANCHES])[0]
                new_student(branch_id, random_day(rng, dt.date(2025, 11, 20), _TODAY), ts, te, existing=False)
        current = term == "Autumn 2025"
        held_by_today = round(weeks * min(1.0, (_TODAY - ts).days / (te - ts).days)) if current else weeks
        for s in students:
            sid = s[0]
            joined = dt.date.fromisoformat(s[6])
            if s[7] is not None or joined > te - dt.timedelta(days=21) or (current and joined > dt.date(2025, 11, 1)):
                continue
            adult = s[4] is None
            born = dt.date.fromisoformat(s[3])
            age = _age(born, ts)
            withdraw = None
            if rng.random() < 0.03 and (not current or rng.random() < 0.5):
                withdraw = random_day(rng, max(ts, joined) + dt.timedelta(days=14),
                                      min(te, _TODAY) - dt.timedelta(days=7))  # fmt: skip
            plans = learning.get(sid, [])
            for plan in list(plans):
                options = [o[0] for o in teaching(s[5], plan["instrument"], ts, te)]
                if plan["teacher"] not in options:
                    if not options:
                        plans.remove(plan)
                        end_hire(plan, ts - dt.timedelta(days=rng.randrange(3, 20)))
                        continue
                    plan["teacher"] = rng.choice(options)
            if not plans:
                s[7], s[8] = (ts - dt.timedelta(days=rng.randrange(3, 20))).isoformat(), 0
                continue
            for plan in plans:
                weekday = _DAYS.index(plan["day"])
                begin = _first_weekday(max(ts, joined), weekday)
                booked = weeks if joined <= ts else max(4, round(weeks * (te - begin).days / (te - ts).days))
                price = _LESSON_PRICE[_school_year(ts)][plan["minutes"]]
                fee = round(booked * price * (0.5 if s[9] else 1.0), 2)
                missed = rng.choices([0, 0, 0, 1, 1, 2, 3], weights=[3, 3, 3, 3, 2, 2, 1])[0]
                if withdraw is not None:
                    held = max(1, round(booked * (withdraw - begin).days / max(1, (te - begin).days)))
                    attended, status, end = max(0, held - missed), "Withdrawn", withdraw.isoformat()
                elif current:
                    held = min(booked, held_by_today - (weeks - booked))
                    attended, status, end = max(0, held - missed), "Active", None
                else:
                    attended, status = max(0, booked - missed), "Completed"
                    end = _last_weekday(te, weekday).isoformat()
                enrolments.append((len(enrolments) + 1, sid, plan["teacher"], plan["instrument"], term,
                                   begin.isoformat(), end, plan["day"], plan["time"], plan["minutes"], booked,
                                   attended, fee, status))  # fmt: skip
                invoices_raw.append((max(joined, ts - dt.timedelta(days=rng.randrange(7, 15))), sid, "Term fees",
                                     fee))  # fmt: skip
                # a growing child swaps a hired instrument for the next size up in the autumn
                row = hires[plan["hire_row"] - 1] if plan.get("hire_row") else None
                if (season == "Autumn" and row is not None and row[4] is not None and row[6] > begin
                        and hire_size(plan["instrument"], _age(born, begin)) != row[4]):  # fmt: skip
                    swap = begin - dt.timedelta(days=rng.randrange(0, 8))
                    end_hire(plan, swap)
                    take_hire(sid, plan, swap, _age(born, begin))
                # hire an instrument when starting out on one the school lends
                new_learner = joined >= ts - dt.timedelta(days=45)
                if (not plan["hired"] and _INSTRUMENTS[plan["instrument"] - 1][2] and new_learner
                        and rng.random() < (0.7 if not adult else 0.2)):  # fmt: skip
                    take_hire(sid, plan, begin - dt.timedelta(days=rng.randrange(0, 8)), _age(born, begin))
                # an exam in the term's session
                key = (sid, plan["instrument"])
                grade_state.setdefault(key, plan["grade"])
                chance = 0.09 if adult else (0.0 if age < 7 else 0.27)
                if joined > ts - dt.timedelta(days=120):
                    chance *= 0.25
                if grade_state[key] < 8 and rng.random() < chance:
                    day = random_day(rng, dt.date.fromisoformat(session[0]), dt.date.fromisoformat(session[1]))
                    while day.weekday() == 6:
                        day += dt.timedelta(days=1)
                    if withdraw is None or day < withdraw:
                        grade = min(8, grade_state[key] + (2 if rng.random() < 0.1 and grade_state[key] < 6 else 1))
                        name = inst_name[plan["instrument"]]
                        if name in ("Drum Kit", "Electric Guitar", "Bass Guitar"):
                            board = "RSL"
                        elif name == "Singing":
                            board = "Trinity" if rng.random() < 0.6 else "ABRSM"
                        else:
                            board = "Trinity" if rng.random() < 0.15 else "ABRSM"
                        fee_exam = _EXAM_FEE[grade] + 3.0 * (_school_year(day) - 2023)
                        mark, result = None, None
                        if day <= _TODAY - dt.timedelta(days=18):
                            if rng.random() < 0.03:
                                result = "Absent"
                            else:
                                score = rng.gauss(116, 11) + t_bonus[plan["teacher"]]
                                score += 3 if plan["minutes"] >= 45 else 0
                                mark = int(max(78, min(148, round(score))))
                                result = ("Distinction" if mark >= 130 else "Merit" if mark >= 120
                                          else "Pass" if mark >= 100 else "Fail")  # fmt: skip
                                if result != "Fail":
                                    grade_state[key] = grade
                        elif day <= _TODAY:
                            grade_state[key] = grade  # assume a pass while waiting
                        exams.append([len(exams) + 1, sid, plan["instrument"], plan["teacher"], board, grade,
                                      day.isoformat(), fee_exam, mark, result])  # fmt: skip
                        invoices_raw.append((day - dt.timedelta(days=rng.randrange(35, 50)), sid, "Exam entry",
                                             fee_exam))  # fmt: skip
            # hire is billed termly for every instrument out at the start of the term or taken during it
            for plan in plans:
                row = hires[plan["hire_row"] - 1] if plan.get("hire_row") else None
                if row is not None and row[6] > ts - dt.timedelta(days=7):
                    issue = max(ts - dt.timedelta(days=10), row[5])
                    invoices_raw.append((issue, sid, "Instrument hire", round(row[7] * 4, 2)))
            if withdraw is not None:
                s[7], s[8] = withdraw.isoformat(), 0
                for plan in plans:
                    end_hire(plan, withdraw + dt.timedelta(days=rng.randrange(3, 21)))
            elif not current:
                leave_chance = 0.16 if season == "Summer" else 0.06
                if age >= 17 and not adult and season == "Summer":
                    leave_chance = 0.6
                if rng.random() < leave_chance:
                    left = te + dt.timedelta(days=rng.randrange(1, 25))
                    s[7], s[8] = left.isoformat(), 0
                    for plan in plans:
                        end_hire(plan, left + dt.timedelta(days=rng.randrange(0, 14)))
                elif rng.random() < 0.03 and len(plans) == 1:
                    next_start = dt.date.fromisoformat(_TERMS[term_index + 1][1])
                    next_end = dt.date.fromisoformat(_TERMS[term_index + 1][2])
                    instrument = pick_instrument(s[5], next_start, next_end, {plans[0]["instrument"]})
                    if instrument is not None:
                        add_learning(sid, instrument, s[5], next_start, next_end, adult, age, 0)

    # hires that ran past today are still out; returned ones get a condition
    for row in hires:
        if row[6] > _TODAY:
            row[6] = None
        else:
            row[9] = rng.choices(["Good", "Fair", "Damaged"], weights=[74, 19, 7])[0]
        row[5] = row[5].isoformat()
        row[6] = row[6].isoformat() if row[6] else None

    # concerts
    performances = []
    for name, day_text, hall, catchment, size in _RECITALS:
        day = dt.date.fromisoformat(day_text)
        term = next(t[0] for t in _TERMS if dt.date.fromisoformat(t[1]) <= day <= dt.date.fromisoformat(t[2]))
        pool = []
        seen = set()
        for e in enrolments:
            if e[4] != term or e[1] in seen or students[e[1] - 1][5] not in catchment:
                continue
            if e[13] == "Withdrawn" and dt.date.fromisoformat(e[6]) < day:
                continue
            seen.add(e[1])
            pull = 1.0 + 0.35 * grade_state.get((e[1], e[3]), 0)
            pool.append((e, pull))
        chosen = []
        while len(chosen) < size and pool:
            pick = rng.choices(range(len(pool)), weights=[p[1] for p in pool])[0]
            chosen.append(pool.pop(pick)[0])
        pianists = [t[0] for t in teachers if t[1] == hall and 1 in (t[5], t[6]) and dt.date.fromisoformat(t[9]) <= day
                    and (t[10] is None or dt.date.fromisoformat(t[10]) >= day)]  # fmt: skip
        for order, e in enumerate(chosen, 1):
            family = inst_family[e[3]]
            piece, composer = rng.choice(_PIECES[family])
            accompanist = None
            if family in ("Strings", "Woodwind", "Brass", "Voice") or (family == "Guitar" and rng.random() < 0.15):
                accompanist = rng.choices(pianists, weights=[4 if p == 1 else 1 for p in pianists])[0]
            performances.append((len(performances) + 1, name, day_text, hall, e[1], e[3], order, piece, composer,
                                 accompanist))  # fmt: skip

    # next term's fees went out in December for everyone learning now
    for e in enrolments:
        if e[13] == "Active":
            fee = round(11 * _LESSON_PRICE[2025][e[9]] * (0.5 if students[e[1] - 1][9] else 1.0), 2)
            invoices_raw.append((random_day(rng, dt.date(2025, 12, 1), _TODAY), e[1], "Term fees", fee,
                                 dt.date(2026, 1, 5)))  # fmt: skip

    # invoices: who pays, how promptly and how
    payer_habit: dict[object, tuple[str, str]] = {}
    invoices = []
    for issue, sid, kind, amount, *due_given in sorted(invoices_raw, key=lambda r: (r[0], r[1], r[2])):
        if issue > _TODAY:
            continue
        guardian = students[sid - 1][4]
        payer = guardian if guardian is not None else f"s{sid}"
        if payer not in payer_habit:
            habit = rng.choices(["prompt", "late", "bad"], weights=[82, 15, 3])[0]
            method = rng.choices(["Direct debit", "Bank transfer", "Card", "Cash"], weights=[45, 30, 22, 3])[0]
            payer_habit[payer] = (habit, method)
        habit, method = payer_habit[payer]
        due = due_given[0] if due_given else issue + dt.timedelta(days=14 if kind != "Exam entry" else 21)
        if habit == "prompt":
            paid = due if method == "Direct debit" else issue + dt.timedelta(days=rng.randrange(1, 14))
        elif habit == "late":
            paid = due + dt.timedelta(days=rng.randrange(3, 45))
        else:
            paid = None if rng.random() < 0.5 else due + dt.timedelta(days=rng.randrange(20, 90))
        if paid is not None and paid > _TODAY:
            paid = None
        if paid is not None:
            status = "Paid"
        elif due >= _TODAY:
            status = "Unpaid"
        elif (_TODAY - due).days > 365:
            status = "Written off"
        else:
            status = "Overdue"
        number = f"INV-{issue.strftime('%y')}-{len(invoices) + 1:05d}"
        invoices.append((len(invoices) + 1, number, sid, guardian, kind, issue.isoformat(), due.isoformat(),
                         round(amount, 2), paid.isoformat() if paid else None,
                         (method if method != "Direct debit" or kind != "Exam entry" else "Card") if paid else None,
                         status))  # fmt: skip

    return {"branches": branches, "instruments": instruments, "teachers": teachers, "guardians": guardians,
            "students": [tuple(s) for s in students], "enrolments": enrolments,
            "exams": [tuple(e) for e in exams], "instrument_hires": [tuple(h) for h in hires],
            "invoices": invoices, "recital_performances": performances}  # fmt: skip


def build_musicschool_database(path: str | Path) -> Path:
    """Write the music school's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
