"""Word tables the parser reads: stop words, aggregate, comparison, list and chart words."""

from __future__ import annotations

from types import MappingProxyType

STOP = set(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "via",
        "with",
        "without",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "having",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "how",
        "many",
        "much",
        "show",
        "me",
        "list",
        "give",
        "tell",
        "find",
        "get",
        "display",
        "all",
        "each",
        "every",
        "per",
        "any",
        "some",
        "that",
        "this",
        "these",
        "those",
        "there",
        "their",
        "its",
        "it",
        "i",
        "we",
        "you",
        "they",
        "please",
        "can",
        "could",
        "would",
        "should",
        "will",
        "as",
        "than",
        "then",
        "also",
        "only",
        "just",
        "not",
        "no",
        "more",
        "less",
        "most",
        "least",
        "about",
        "into",
        "over",
        "under",
        "between",
        "up",
        "down",
        "out",
        "off",
        "both",
        "either",
        "neither",
        "other",
        "another",
        "same",
        "such",
        "own",
        "so",
        "very",
        "too",
        "s",
        "t",
        "than'm",
        "'re",
        "'ve",
        "'d",
        "total",
        "number",
        "count",
        "average",
        "sum",
        "maximum",
        "minimum",
        "max",
        "min",
        "highest",
        "lowest",
        "top",
        "bottom",
        "first",
        "last",
        "our",
        "my",
        "your",
        "us",
        "them",
        "he",
        "she",
        "his",
        "her",
        "him",
        "if",
        "else",
        "one",
        "ones",
        "whole",
        "overall",
        "different",
        "distinct",
        "unique",
    ]
)

AGG_WORDS = {
    "average": "avg",
    "avg": "avg",
    "mean": "avg",
    "total": "sum",
    "sum": "sum",
    "combined": "sum",
    "overall": "sum",
    "maximum": "max",
    "max": "max",
    "highest": "max",
    "largest": "max",
    "biggest": "max",
    "greatest": "max",
    "longest": "max",
    "latest": "max",
    "oldest": "max",
    "most": "max",
    "top": "max",
    "heaviest": "max",
    "tallest": "max",
    "newest": "max",
    "best": "max",
    "minimum": "min",
    "min": "min",
    "lowest": "min",
    "smallest": "min",
    "least": "min",
    "shortest": "min",
    "earliest": "min",
    "youngest": "min",
    "fewest": "min",
    "cheapest": "min",
    "worst": "min",
    "lightest": "min",
}
PURE_AGG = {"average", "avg", "mean", "sum", "maximum", "max", "minimum", "min", "total", "combined"}

#: superlative adjectives -> (direction, words of the column they are about)
#: Units a measure is counted in, so a column named after its unit holds that measure ("pages" is a length, "kg"
#: a weight): a measure word or an adjective of the measure finds the column by its unit.
MEASURE_UNITS: dict[str, tuple[str, ...]] = {
    "length": ("page", "km", "kilometer", "kilometre", "mile", "meter", "metre", "cm", "mm", "inch", "foot", "feet"),
    "height": ("meter", "metre", "cm", "inch", "foot", "feet"),
    "weight": ("kg", "kilogram", "gram", "lb", "pound", "ton", "tonne", "ounce"),
    "duration": ("millisecond", "minute", "hour", "second", "day"),
    "size": ("byte", "kilobyte", "megabyte", "gigabyte"),
    "area": ("hectare", "acre", "square metre", "square foot"),
    "volume": ("litre", "liter", "millilitre", "gallon"),
}

#: Unit symbols a column name may end in ("weight_kg", "dose_mg", "duration_min"), with the unit word of
#: :data:`MEASURE_UNITS` (or the currency) they stand for: the words before the symbol name the measure.
UNIT_SYMBOLS: dict[str, str] = {
    "kg": "kilogram",
    "g": "gram",
    "gr": "gram",
    "mg": "gram",
    "lb": "pound",
    "lbs": "pound",
    "oz": "ounce",
    "km": "kilometre",
    "m": "metre",
    "cm": "cm",
    "mm": "mm",
    "ft": "foot",
    "mi": "mile",
    "min": "minute",
    "mins": "minute",
    "s": "second",
    "sec": "second",
    "secs": "second",
    "hr": "hour",
    "hrs": "hour",
    "ms": "millisecond",
    "kb": "kilobyte",
    "mb": "megabyte",
    "gb": "gigabyte",
    "ha": "hectare",
    "ac": "acre",
    "sqm": "square metre",
    "sqft": "square foot",
    "l": "litre",
    "ltr": "litre",
    "ml": "millilitre",
    "gal": "gallon",
    "usd": "dollar",
    "eur": "euro",
    "gbp": "pound",
}

#: Nouns that name a sum of money a row records ("amount", "fee"): a number column named by one (after its
#: abbreviation is written out, ``amt``) holds money, and a question's word for a sum of money finds it.
#: The two parts of a person's name a column may hold, by the WordNet noun naming each part: a column whose words
#: (abbreviations written out) are that noun or one of its synonyms ("given name", "forename") holds that part.
PERSON_NAME_PARTS = {"first": "first name", "last": "last name"}
#: A column name's words naming a person's whole name (abbreviations written out: "full_nm").
PERSON_FULL_NAMES = frozenset({"full name"})
#: Nouns of a text column describing a row of a lookup table when no column names it ("description", "label").
DESCRIBING_COLUMN_WORDS = frozenset({"description", "label", "caption"})
#: Generic nouns a column classifying rows is named with ("type", "category"): asked of a table the question names,
#: they mean that table's own classifying column, whichever of these words its name uses.
CLASS_WORDS = frozenset({"type", "kind", "category", "class", "sort", "status"})
#: The class words of a column of kinds of the rows (its type or class, not its state): a one-letter code there is
#: what a word naming its kind begins with ("business customers" and a customer type of 'B' or 'R").
KIND_CLASS_WORDS = CLASS_WORDS - {"status"}
#: Nouns of a text column holding an identifier people use for a row (an aircraft's registration, a route's
#: number): what a row with no name is shown by, in place of a numeric surrogate key.
IDENTIFIER_COLUMN_WORDS = frozenset({"registration", "code", "number", "reference", "serial"})
#: Nouns naming one of a group before "of" and the group's table ("members of staff"): the table's rows themselves.
PARTITIVE_NOUNS = frozenset({"member", "piece"})
MONEY_NAME_WORDS = frozenset({"amount", "charge", "cost", "fare", "fee", "payment", "price"})
#: The money nouns of :data:`MONEY_NAME_WORDS` that state what one unit of a thing costs, not what a row paid.
PRICE_WORDS = frozenset({"cost", "price"})
#: The money nouns of :data:`MONEY_NAME_WORDS` that name a charge of its own on top of what was sold ("delivery_fee").
CHARGE_WORDS = frozenset({"charge", "fare", "fee"})
#: Currency nouns said after a number ("over 300 pounds"): the number is a sum of money, compared with the money
#: column of the rows it is said of.
CURRENCY_WORDS = frozenset({"pound", "dollar", "euro", "quid", "buck"})
#: Words that make a money column a sum of its own kind ("tip_amt", "tax_total", "deposit_amount"): a generic
#: money word ("revenue", "sales", "value") never reads such a column; its own word in the question does.
MONEY_QUALIFIERS = frozenset(
    {
        "commission", "deposit", "discount", "duty", "freight", "gratuity", "penalty", "postage", "rebate",
        "refund", "shipping", "surcharge", "tax", "tip", "vat",
    }
)  # fmt: skip
#: The words of a money column's name that say no kind of its own ("tot_amt", "total_value", "amount"): of several
#: money columns of one table, the one named only by them is what a generic money word ("value") reads.
GENERIC_MONEY_WORDS = frozenset({"amount", "gross", "sale", "sales", "revenue", "sum", "tot", "total", "value"})
#: Words that ask about money paid out (a cost), so a unit cost times a quantity may be what they add up.
COST_WORDS = frozenset({"cost", "costs", "spent", "spend", "spending", "paid", "purchase", "purchases", "bought"})

#: Who a population counts: "how many people live there" asks for a population column.
POPULATION_WORDS = ("people", "inhabitant", "resident")

#: What a quantity is counted in: "units sold" asks for a quantity column.
QUANTITY_UNITS = ("unit", "piece", "item")

#: Words a name may end in without changing what it names: an ``email`` column is asked for as "email address".
NAME_SUFFIXES = ("address", "number", "code")

ADJ_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "expensive": ("desc", ("price", "cost", "amount", "total")),
    "cheapest": ("asc", ("price", "cost", "amount", "total")),
    "cheap": ("asc", ("price", "cost", "amount")),
    "longest": ("desc", ("length", "duration", "millisecond", "minute", "second", "time")),
    "shortest": ("asc", ("length", "duration", "millisecond", "minute", "second", "time", "height")),
    "oldest": ("desc", ("age",)),
    "youngest": ("asc", ("age",)),
    "biggest": ("desc", ("size", "area", "population", "capacity", "byte", "amount", "total")),
    "largest": ("desc", ("size", "area", "population", "capacity", "byte", "amount", "total")),
    "smallest": ("asc", ("size", "area", "population", "capacity", "byte", "amount", "total")),
    "heaviest": ("desc", ("weight",)),
    "lightest": ("asc", ("weight",)),
    "tallest": ("desc", ("height",)),
    "populous": ("desc", ("population",)),
    "newest": ("desc", ("date", "year", "time", "created")),
    "latest": ("desc", ("date", "year", "time", "created")),
    "recent": ("desc", ("date", "year", "time", "created")),
    "earliest": ("asc", ("date", "year", "time", "created")),
    "highest": ("desc", ()),
    "lowest": ("asc", ()),
    "greatest": ("desc", ()),
    "best": ("desc", ("rating", "score", "rank")),
    "worst": ("asc", ("rating", "score")),
    "richest": ("desc", ("net", "worth", "money", "salary")),
    "paid": ("desc", ("salary", "pay")),
    "recently": ("desc", ("date", "year", "time", "created")),
    "populated": ("desc", ("population",)),
    "crowded": ("desc", ("population", "density")),
    "dense": ("desc", ("density",)),
}
#: Question words that must never be "corrected" into a data value.
FUZZY_EXCLUDE = {
    "longer",
    "shorter",
    "larger",
    "bigger",
    "smaller",
    "higher",
    "lower",
    "older",
    "younger",
    "cheaper",
    "greater",
    "fewer",
    "between",
    "without",
    "having",
    "where",
    "which",
    "there",
    "their",
    "those",
    "these",
    "ordered",
    "sorted",
    "descending",
    "ascending",
    "average",
    "number",
    "total",
    "count",
    "listed",
    "named",
    "called",
    "monthly",
    "yearly",
    "weekly",
    "daily",
    "quarterly",
    "annual",
    "annually",
    "chart",
    "table",
    "graph",
    "whose",
    "show",
    "list",
    "give",
    "many",
    "much",
    "each",
    "every",
    "more",
    "less",
    "most",
    "least",
    "than",
    "other",
    "others",
    "different",
    "distinct",
    "unique",
    "including",
    "contain",
    "containing",
    "contains",
    "starting",
    "ending",
    "starts",
    "ends",
    "begins",
    "beginning",
    "about",
    "grouped",
    "ranked",
    "arranged",
    "limited",
    "included",
    "excluded",
    "based",
    "related",
    "combined",
    "word",
    "words",
    "letter",
    "letters",
    "value",
    "values",
    "record",
    "records",
    "first",
    "highest",
}
#: "which shop earned the most in 2024": verbs of money coming in, dated like revenue (the sales' own date)
EARN_VERBS = frozenset({"earn", "earned", "earns"})
#: "earned the most from repairs": words before the rows a sum of money comes from
MONEY_SOURCE_WORDS = frozenset({"from", "on", "through"})
#: "300 a night", "50 per hour": the words before a unit that make a number a rate per that unit
RATE_LEADS = frozenset({"a", "an", "per", "each", "every"})
#: Nouns of a figure that is one amount over another ("the return rate", "the win ratio"): left unread in a statement
#: that divides nothing, the figure asked for was not computed (``clarify.word_kinds``: a dropped measure).
RATIO_NOUNS = frozenset({"rate", "ratio", "proportion", "fraction"})
#: Words after an event's rate before the rows it counts ("the return rate of | for | among orders")
RATE_ROWS_LEADS = frozenset({"of", "for", "among"})
#: "the total value of the orders": nouns for what rows are worth, read as their money column
WORTH_NOUNS = frozenset({"value", "worth"})
MONEY_WORDS = {
    "sales",
    "revenue",
    "revenues",
    "turnover",
    "income",
    "spending",
    "spend",
    "earnings",
    "takings",
    "money",
}
#: "the most common category": the value that occurs most often
FREQUENT_WORDS = {"common", "frequent", "popular", "often", "frequently", "commonly"}
# "oldest"/"youngest" fall back to birth dates with the direction flipped.
AGE_DATE_WORDS = ("birth", "born", "dob")

NUM_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "fifty": 50,
    "hundred": 100,
    "dozen": 12,
    "single": 1,
    "once": 1,
    "twice": 2,
}

CMP_WORDS = [
    # (phrase, op)
    (("more", "than"), ">"),
    (("greater", "than"), ">"),
    (("higher", "than"), ">"),
    (("larger", "than"), ">"),
    (("bigger", "than"), ">"),
    (("longer", "than"), ">"),
    (("older", "than"), ">"),
    (("above",), ">"),
    (("over",), ">"),
    (("exceeding",), ">"),
    (("exceeds",), ">"),
    (("exceed",), ">"),
    (("after",), ">"),
    (("at", "least"), ">="),
    (("no", "less", "than"), ">="),
    (("not", "less", "than"), ">="),
    (("or", "more"), ">=P"),
    (("or", "greater"), ">=P"),
    (("or", "above"), ">=P"),
    (("and", "above"), ">=P"),
    (("or", "higher"), ">=P"),
    (("or", "over"), ">=P"),
    (("or", "older"), ">=P"),
    (("or", "longer"), ">=P"),
    (("or", "bigger"), ">=P"),
    (("or", "larger"), ">=P"),
    (("plus",), ">=P"),
    (("or", "later"), ">=P"),
    (("or", "after"), ">=P"),
    (("onwards",), ">=P"),
    (("less", "than"), "<"),
    (("fewer", "than"), "<"),
    (("lower", "than"), "<"),
    (("smaller", "than"), "<"),
    (("shorter", "than"), "<"),
    (("younger", "than"), "<"),
    (("cheaper", "than"), "<"),
    (("below",), "<"),
    (("under",), "<"),
    (("before",), "<"),
    (("at", "most"), "<="),
    (("no", "more", "than"), "<="),
    (("not", "more", "than"), "<="),
    (("up", "to"), "<="),
    (("or", "less"), "<=P"),
    (("or", "fewer"), "<=P"),
    (("or", "lower"), "<=P"),
    (("and", "below"), "<=P"),
    (("or", "below"), "<=P"),
    (("or", "under"), "<=P"),
    (("or", "younger"), "<=P"),
    (("or", "shorter"), "<=P"),
    (("or", "smaller"), "<=P"),
    (("or", "earlier"), "<=P"),
    (("or", "before"), "<=P"),
    (("equal", "to"), "="),
    (("equals",), "="),
    (("exactly",), "="),
    (("only",), "="),
    (("is",), "=?"),
    (("of",), "=?"),
    (("not", "equal", "to"), "!="),
    ((">", "="), ">="),
    (("<", "="), "<="),
    ((">",), ">"),
    (("<",), "<"),
    (("=",), "="),
    (("!", "="), "!="),
]

LIST_WORDS = {
    "list",
    "show",
    "display",
    "give",
    "find",
    "get",
    "what",
    "which",
    "who",
    "name",
    "return",
    "tell",
    "provide",
}
#: Words naming a rendering -> the chart hint (one vocabulary: :data:`.frame.CHART_HINTS`).
CHART_WORDS = {
    "bar": "bar",
    "bars": "bar",
    "column": "bar",
    "histogram": "bar",
    "line": "line",
    "lines": "line",
    "pie": "pie",
    "donut": "pie",
    "doughnut": "pie",
    "scatter": "scatter",
    "area": "area",
    "table": "table",
}
#: Nouns that make a chart word a rendering request ("bar chart", "pie graph"); alone they ask for bars.
CHART_NOUNS = ("chart", "graph", "plot", "diagram", "visualization", "visualisation")
#: Words that ask for a chart on their own ("histogram").
CHART_ON_ITS_OWN = ("histogram",)
#: Verbs and pronouns that lead into a rendering request ("show it as a line", "make it a donut").
RENDER_VERBS = ("show", "display", "draw", "render", "make", "put", "turn", "give", "plot")
RENDER_PRONOUNS = ("it", "this", "that", "them", "these")
#: Prepositions before a rendering ("as a table", "in a table", "on a chart").
RENDER_PREPOSITIONS = ("as", "in", "into", "on", "with", "using")
#: Phrases that ask for the plain table, no chart.
TABLE_ONLY_PHRASES = ("table only", "just the table", "just the numbers", "just the rows", "no chart", "no graph")
#: Words that do not make a rendering request a new question ("can you show that as a bar chart instead?").
RERENDER_FILLER = frozenset(
    {"please", "pls", "instead", "now", "again", "can", "could", "would", "you", "me", "same", "data", "result",
     "results", "just", "only", "view", "format", "of", "to", "a", "an", "the", *RENDER_VERBS, *RENDER_PRONOUNS,
     *RENDER_PREPOSITIONS}
)  # fmt: skip

#: Words before a number that make it a row limit ("top 5", "first 10", "bottom 3").
LIMIT_LEADS = ("top", "first", "bottom", "last", "best", "worst")
#: Superlatives after a number that make it a row limit ("5 most", "3 largest", "10 cheapest").
LIMIT_SUPERLATIVES = (
    "most", "least", "highest", "lowest", "largest", "smallest", "biggest", "best", "worst", "top", "longest",
    "shortest", "oldest", "youngest", "newest", "latest", "earliest", "cheapest", "fewest",
)  # fmt: skip
#: Time units a number may count ("the last 30 days" is a period, not a row limit).
PERIOD_UNITS = ("day", "week", "month", "year", "quarter", "hour", "minute")

#: Words asking for each group's share of the total ("share of revenue by category").
SHARE_WORDS = frozenset({"share", "shares", "proportion", "proportions", "percentage", "percentages", "percent"})

#: Words that ask how a whole splits into parts ("share of revenue by channel", "breakdown of orders by
#: status"): the answer draws parts of a whole (a pie, stacked bars) when the result allows.
COMPOSITION_WORDS = frozenset(
    {"share", "percent", "percentage", "proportion", "breakdown", "split", "composition", "distribution", "mix",
     "stack", "stacked", "%"}
)  # fmt: skip


#: Words that ask for an ordering ("sorted by age"), not a grouping.
ORDER_WORDS = ("order", "ordered", "sort", "sorted", "rank", "ranked", "arranged", "sorting", "ordering")

#: Phrases that make a question a follow-up of the previous answer, whatever else it says. ``FOLLOWUP_LEADS``
#: count only at the start ("what about 2024", "only web orders", "and in France?"); ``FOLLOWUP_MARKERS``
#: anywhere ("now by segment instead", "Canada too"). Without one of them, a question merges into the previous
#: answer only when it is incomplete: no measure and no subject of its own.
FOLLOWUP_LEADS: tuple[tuple[str, ...], ...] = (
    ("what", "about"), ("how", "about"), ("what", "if"), ("and",), ("only",), ("just",), ("now",),
    ("instead",), ("same",), ("but",), ("also",), ("then",), ("again",), ("as", "well"), ("excluding",),
    ("except",), ("exclude",), ("besides",),
)  # fmt: skip
FOLLOWUP_MARKERS = frozenset({"instead", "too", "again"})
#: Conversational words that carry no request ("ok, and what about France", "cool, now by segment please"):
#: skipped before a follow-up phrase, and never what makes a question out of scope.
CONVERSATION_FILLER = frozenset(
    {"ok", "okay", "cool", "great", "nice", "thanks", "thank", "you", "please", "pls", "hmm", "so", "well", "right",
     "yes", "yeah", "alright", "perfect", "good"}
)  # fmt: skip
#: Words that put a table in a grouping ("by category", "per genre"): such a table is not the question's subject.
GROUPING_LEADS = frozenset({"by", "per", "each", "every"})
#: Words that count rows ("how many", "number of"): with no table of their own they count the previous subject.
COUNT_WORDS = frozenset({"many", "number", "count"})
#: Words around an ordering noun ("in increasing order", "order by"): "order" there is not the orders table.
ORDER_NOUN_NEIGHBOURS = frozenset(
    {"by", "of", "descending", "ascending", "alphabetical", "reverse", "increasing", "decreasing"}
)
#: Words that change how a previous answer is computed without naming data: they never make a follow-up
#: out of scope ("excluding marketplace", "now by month", "largest first", "break it down by channel").
REFINE_WORDS = frozenset(
    {w for lead in FOLLOWUP_LEADS for w in lead} | FOLLOWUP_MARKERS | CONVERSATION_FILLER | set(ORDER_WORDS) | {
        "except", "excluding", "exclude", "besides", "outside", "non", "without", "ascending", "descending",
        "break", "down", "split", "group", "grouped", "filter", "restrict", "keep", "limit", "sort",
    }
)  # fmt: skip

#: Phrases that say "currently" ("who works here at the moment"): read as that word, a state of the rows.
NOW_PHRASES = (("at", "the", "moment"), ("at", "this", "moment"), ("at", "present"), ("right", "now"))

#: Pronouns of the people talking: "mean" right after one is the verb ("I mean their hometown"), not an average.
SPEAKER_PRONOUNS = frozenset({"i", "we", "you"})

#: A form of "be" before "home to" and the form of "have" the phrase says ("which city is home to two shops").
HOME_VERBS = MappingProxyType({"is": "has", "are": "have", "was": "had", "were": "had", "be": "have"})

#: Words a question may carry that never change what is computed: politeness, framing verbs and vague
#: qualifiers. Unused, they do not make the engine ask (see :mod:`.clarify`).
IGNORABLE_WORDS = frozenset(
    {
        "please",
        "kindly",
        "thanks",
        "thank",
        "tell",
        "give",
        "find",
        "show",
        "display",
        "return",
        "provide",
        "get",
        "list",
        "report",
        "retrieve",
        "fetch",
        "want",
        "like",
        "know",
        "need",
        "see",
        "look",
        "also",
        "respectively",
        "corresponding",
        "correspond",
        "along",
        "alongside",
        "plus",
        "together",
        "both",
        "including",
        "include",
        "given",
        "specific",
        "particular",
        "certain",
        "whose",
        "overall",
        "altogether",
        "worldwide",
        "world",
        "globally",
        "everywhere",
        "exactly",
        "just",
        "only",
        "actually",
        "really",
        "currently",
        "whichever",
        "ever",
        "every",
        "each",
        "various",
        "available",
        "respective",
        "information",
        "info",
        "detail",
        "details",
        "data",
        "record",
        "records",
        "entry",
        "entries",
        "item",
        "items",
        "thing",
        "things",
        "everything",
        "anything",
        "something",
        "database",
        "table",
        "row",
        "rows",
        "value",
        "values",
        "result",
        "results",
        "answer",
        "name",
        "named",
        "called",
        "known",
        "exist",
        "existing",
        "stored",
        "recorded",
        "listed",
        "present",
        "current",
        "possible",
        "do",
        "does",
        "did",
        "make",
        "let",
        "help",
        "wonder",
        "curious",
        "interested",
        "able",
        "could",
        "would",
        "should",
        "but",
        "among",
        "amongst",
        "say",
    }
)

#: Words that may stand between two values a question asks for together ("both A and B", "A, B and C").
BOTH_JOINERS = frozenset({"and", ",", "both", "&"})

#: Words that may stand between "and" and a further item a question lists ("names of stores and the cities").
LISTED_LEADS = frozenset({"the", "what", "which", "their", "its", "his", "her"})

#: Words after which a noun names a grouping ("by segment", "per country", "for each region").
GROUP_LEADS = frozenset({"by", "per", "each", "every", "across"})
#: Nouns that ask for a figure per value of what they follow ("a colour breakdown of cars": cars counted per colour).
BREAKDOWN_WORDS = frozenset({"breakdown", "split", "distribution", "mix"})
#: Question words that, before a table's noun, pick that table's rows as the answer ("tenants in which building ...").
CHOOSING_WORDS = frozenset({"which", "what"})

#: Words between an attribute and the rows it belongs to ("the gauge of all the cars", "the colour for each car").
ATTRIBUTE_GAP = frozenset({"of", "for", "the", "a", "an", "all", "each", "every", "its", "their"})

#: Verbs that open a request for a delivery ("alert me when ...", "email me ... every Monday"): the request's
#: own words (threshold, schedule) are read by the intent layer, not the query, so the engine does not ask.
REQUEST_VERBS = frozenset({"alert", "notify", "remind", "email", "mail", "send", "schedule", "warn", "ping", "text"})


# ---------------------------------------------------------------- normalize (tokens -> lemmas, numbers)
#: Cardinal number words by value, composed by ``normalize.number_spans`` ("twenty five" -> 25).
CARDINALS = {
    **{
        w: i
        for i, w in enumerate(
            ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        )
    },
    **{
        w: 13 + i
        for i, w in enumerate(["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"])
    },
    **{
        w: 20 + 10 * i
        for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
    },
}
#: Multipliers of a number phrase ("two hundred", "3 million").
NUMBER_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
#: Ordinal words by position ("third" -> 3); digits with a suffix ("3rd") are read by their digits.
ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ]
    )
}
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
#: Apostrophe-less contractions split into their words ("whats" -> "what is"); with an apostrophe the
#: tokenizer already splits them.
CONTRACTIONS = {
    "whats": ("what", "is"),
    "hows": ("how", "is"),
    "whos": ("who", "is"),
    "wheres": ("where", "is"),
    "whens": ("when", "is"),
    "thats": ("that", "is"),
    "theres": ("there", "is"),
    "whatre": ("what", "are"),
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "wasnt": ("was", "not"),
    "werent": ("were", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "cant": ("can", "not"),
    "wont": ("will", "not"),
}
#: Compound pronouns of people split into their determiner and "one" ("nobody" -> "no one", "someone" -> "some
#: one"), so the determiner is read as it is before any noun: "museums nobody visited" is "museums no one visited".
COMPOUND_PRONOUNS = {
    f"{lead}{tail}": (lead, "one") for lead in ("no", "some", "any", "every") for tail in ("body", "one")
}
#: Apostrophes a written contraction may use ("isn't", "isn’t").
APOSTROPHES = frozenset({"'", "’"})
#: A negated contraction is its verb and "not" ("isn't" -> "is not"); the verb is the word before "n't",
#: except where the contraction changes it ("won't" -> "will not", "can't" -> "can not").
NEGATED_CONTRACTION_VERBS = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
#: Auxiliaries contracted after an apostrophe ("who've", "they're"), written out.
CONTRACTED_AUXILIARIES = {"ve": "have", "re": "are", "ll": "will", "d": "would", "m": "am"}
# ---- period comparisons ("revenue in 2024 vs 2025", "orders this year against last year")
#: a word that sets the period before it against the period after it
VERSUS_WORDS = frozenset({"vs", "versus", "against", "compared"})
#: words that may stand between the two periods and the versus word ("compared to", "against the")
VERSUS_LINKS = frozenset({"to", "with", "in", "during", "for", "the", ".", ","})
#: a lead word that asks for the comparison ("compare revenue in 2024 and 2025")
COMPARE_LEADS = frozenset({"compare", "comparing", "comparison"})
#: after a compare lead, a word that joins the two periods as a versus word does ("compare 2024 and 2025")
COMPARE_JOINERS = frozenset({"and", "with", "to"})
#: a phrase after two values that asks for them side by side as a compare lead does ("A and B side by side")
SIDE_BY_SIDE = ("side", "by", "side")


# ---- rankings of entities by a measure ("top 5 customers by total spend", "customers ranked by orders")
#: words that ask for the entities to be ranked (with no number: every entity, in order)
RANK_WORDS = frozenset({"rank", "ranked", "ranking"})
#: words that rank from the bottom ("the bottom 3 products by revenue")
RANK_LOW_WORDS = frozenset({"bottom", "worst", "least", "fewest", "lowest"})

# ---- share of a total per group ("what share of revenue does each category have")
#: a word that makes the table after it the grouping of a share ("each category", "per channel")
SHARE_GROUP_LEADS = frozenset({"each", "every", "per"})

# ---- orderings spelled as a span ("from youngest to oldest", "cheapest first", "from A to Z")
#: Words that turn an alphabetical order around ("reverse alphabetical order").
REVERSE_ALPHABET_WORDS = frozenset({"reverse", "reversed", "descending", "decreasing", "inverse"})

#: the ends of an alphabetical span ("from A to Z") and the direction each asks for when it comes first
ALPHABET_ENDS: dict[str, str] = {"a": "asc", "z": "desc"}
#: words that turn an ordering adjective's degree around ("most expensive", "least expensive")
ORDER_DEGREE: dict[str, bool] = {"most": False, "least": True, "fewest": True}
#: words of degree: an adjective after one is graded ("most expensive", "less busy", "very large"), a quality the
#: rows have more or less of, never the status code its letters begin (:func:`.parse.scan._shortened_code`)
DEGREE_ADVERBS = frozenset({"most", "least", "more", "less", "very", "too", "so", "quite", "fairly", "really"})
#: ordering adjectives about a person's age: with a birth date the direction turns around, and with no age
#: or birth column they are never read as another date ("from youngest to oldest")
AGE_ADJECTIVES = frozenset({"youngest", "oldest"})
#: words that may stand between an ordering adjective and "first" ("the oldest ones first")
ORDER_FIRST_FILLER = frozenset({"one", "ones", "the"})
#: Aggregate words and the SQL that must appear when a question uses one outside a schema name: "average
#: price" reads ``AVG(``; "maximum" reads ``MAX(`` or an ordering. A reading without it dropped a measure
#: it was asked for, so the engine asks (see :mod:`.confidence`).
MEASURE_SQL: dict[str, tuple[str, ...]] = {
    "average": ("AVG(",),
    "avg": ("AVG(",),
    "mean": ("AVG(",),
    "sum": ("SUM(",),
    "maximum": ("MAX(", "ORDER BY"),
    "max": ("MAX(", "ORDER BY"),
    "minimum": ("MIN(", "ORDER BY"),
    "min": ("MIN(", "ORDER BY"),
}
#: the SQL a money word (``MONEY_WORDS``: "revenue") needs when no schema name holds it: a sum of money
MONEY_SQL = ("SUM(",)

#: Words that negate ("not", "never", "without", "except"; "t" is the tail of "don't") and the SQL that
#: expresses a negation. A question holding one, read by a statement with none, dropped it: the engine asks.
NEGATION_WORDS = frozenset({"not", "never", "no", "without", "except", "excluding", "none", "neither", "nor", "t"})
NEGATION_SQL = ("NOT ", "<>", "!=", "EXCEPT", "IS NULL", "= 0")
#: Verbs that ask to change data; the engine only reads, so a question opening with one is refused.
WRITE_VERBS = frozenset(
    {"delete", "drop", "update", "insert", "truncate", "alter", "create", "remove", "grant", "replace", "merge"}
)

#: Words that ask for a share of rows when followed by "of" ("percentage of orders that ...").
PERCENT_LEADS = frozenset({"percentage", "percent", "proportion", "share", "fraction"})
#: Words after "percentage of <rows>" that start the condition the share counts ("... of open stalls | are let
#: to a grocer", "... of orders | that were refunded", "... of members | with a locker"): a form of "be", "have"
#: or "do", a relative pronoun or "with". A filter said before one says which rows are counted.
SHARE_CONDITION_STARTS = frozenset(
    {"am", "are", "be", "been", "is", "was", "were", "has", "have", "had", "do", "does", "did"}
    | {"that", "which", "who", "whose", "with"}
)
#: The plural verbs among them: "percentage of payments were ..." counts the payments (rows), where "share of
#: the money was ..." is a share of an amount.
SHARE_PLURAL_VERBS = frozenset({"are", "were", "have", "do"})

#: Superlatives that, before "first", ask for the largest values first ("highest first").
FIRST_DESC_WORDS = frozenset({"highest", "largest", "biggest", "most", "top", "greatest"})

#: Superlatives that, before "first", ask for the smallest values first ("lowest first").
FIRST_ASC_WORDS = frozenset({"lowest", "smallest", "least", "fewest"})

#: Words that ask for a descending order on their own.
DESC_WORDS = frozenset({"descending", "desc"})

#: Words that ask for an ascending order on their own.
ASC_WORDS = frozenset({"ascending", "asc"})

#: Past participles before "by" that name who made or handled a row ("orders handled by staff"), not a grouping.
AGENT_PARTICIPLES = frozenset(
    {
        "built",
        "composed",
        "created",
        "designed",
        "directed",
        "founded",
        "handled",
        "hosted",
        "made",
        "managed",
        "organised",
        "organized",
        "owned",
        "painted",
        "performed",
        "played",
        "produced",
        "recorded",
        "released",
        "served",
        "sponsored",
        "sung",
        "supported",
        "taken",
        "taught",
        "written",
    }
)

#: Aggregate words that may precede a column ("the total price").
AGG_BEFORE_WORDS = frozenset({"average", "avg", "combined", "mean", "overall", "sum", "total"})

#: Words between an aggregate word and its column ("the average of their price").
AGG_TARGET_FILLER = frozenset({"a", "all", "an", "in", "its", "of", "the", "their"})

#: Words before a superlative measure that make it a ranking of entities ("the customer with the most orders").
ARGMAX_LEADS = frozenset(
    {
        "by",
        "earned",
        "generated",
        "gets",
        "got",
        "had",
        "has",
        "have",
        "having",
        "made",
        "received",
        "sold",
        "spent",
        "whose",
        "with",
    }
)

#: Words skipped before the column compared with its average ("whose price is above average").
AVERAGE_COLUMN_FILLER = frozenset(
    {"a", "an", "are", "has", "have", "is", "its", "of", "that", "the", "their", "which", "whose", "with"}
)

#: Words between a comparative and the aggregate it compares with ("below the overall average").
AVERAGE_LEADS = frozenset({"-", "a", "an", "overall", "the"})

#: Words between an average and the column it repeats ("above the average number of staff").
AVERAGE_OF_FILLER = frozenset({"amount", "number", "of", "the"})

#: Comparatives whose column comes before "than" ("more revenue than the average"), with their operator.
SPLIT_COMPARATIVES = {
    "more": ">", "greater": ">", "higher": ">", "larger": ">", "bigger": ">",
    "less": "<", "fewer": "<", "lower": "<", "smaller": "<",
}  # fmt: skip

#: Comparatives of size or amount, and prepositions of height: said of a row with no column named ("gifts bigger
#: than the average gift") they compare the row's amount.
SIZE_COMPARATIVES = frozenset({*SPLIT_COMPARATIVES, "above", "below", "over", "under"})

#: Aggregates a value may be compared with ("above the average", "more than the lowest staff count of ...").
SUB_AGGREGATES = {
    "average": "avg", "avg": "avg", "mean": "avg",
    "maximum": "max", "max": "max", "highest": "max", "largest": "max",
    "minimum": "min", "min": "min", "lowest": "min", "smallest": "min",
}  # fmt: skip

#: Quantifiers before the rows a value is compared with, and whether every row must be passed ("larger than all
#: stores": the largest) or one ("larger than at least one store": the smallest). "any" is read as every row
#: ("taller than any other player") but may mean one, so the engine asks (``OPEN_QUANTIFIERS``).
COMPARED_QUANTIFIERS = {
    ("all",): True, ("every",): True, ("each",): True, ("any",): True,
    ("at", "least", "one"): False, ("some",): False, ("one", "or", "more"): False,
}  # fmt: skip
OPEN_QUANTIFIERS = frozenset({"any"})
#: "than that of": the compared thing said again ("a larger area than that of any country").
THAT_OF = ("that", "of")

#: Words between a compared aggregate and the table whose rows it is taken over ("the average of all stores").
SUB_SCOPE_WORDS = frozenset({"all", "among", "across", "for", "of", "the"})

#: Words for an average.
AVERAGE_WORDS = frozenset({"average", "avg", "mean", "typical"})

#: Plain time words: said alone they name no particular date column ("by day of the week" names a grain, not a
#: delivery date), unless the column's own name holds the word.
TIME_WORDS = frozenset({"date", "time", "day", "week", "month", "quarter", "year"})
#: Units of time a number may count ("minimum_term_months", "duration_days").
TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "quarter", "year"})

#: Words before a period noun that make it a time grain, not a grouping by a column.
BUCKET_PRECEDERS = frozenset({"a", "for", "in", "on", "per"})

#: Words skipped before the thing counted in a condition.
COUNTED_FILLER = frozenset({"a", "an", "different", "distinct", "the", "total", "unique"})

#: Superlatives after a number word that set a limit ("three largest").
COUNTED_SUPERLATIVES = frozenset({"biggest", "highest", "largest", "least", "lowest", "most", "smallest"})

#: Parts of a column name that say the column holds a count (staff_count, num_of_staff); whole parts only, so
#: "country" is no count.
COUNT_COLUMN_PARTS = frozenset({"cnt", "count", "num", "number"})

#: Words between a counting word and what is counted ("number of the different products").
COUNT_FILLER = frozenset({"all", "different", "distinct", "of", "separate", "the", "total", "unique"})

#: Nouns after "how many" that count events, the rows of the event table ("how many times was it ordered").
EVENT_COUNT_NOUNS = frozenset({"occasions", "times"})

#: Nouns that ask for a count ("the number of orders").
COUNT_NOUNS = frozenset({"amount", "count", "counts", "number"})

#: Superlatives that rank by a count ("the most orders").
COUNT_RANK_WORDS = frozenset({"fewest", "least", "most", "top"})

#: Parts of a number column's name that make it a level of one row, not a quantity rows add up to ("price",
#: "rate", "pct"): ranked per entity over its child rows it is never summed.
LEVEL_COLUMN_WORDS = frozenset(
    {"age", "avg", "average", "lat", "latitude", "lon", "longitude", "pct", "percent", "percentage", "price"}
    | {"rank", "rate", "rating", "ratio", "score", "speed", "stars", "temp", "temperature", "year", "yr"}
)

#: Words that open a date bound ("before 2020", "since March").
DATE_BOUND_WORDS = frozenset({"after", "before", "between", "from", "since", "until"})
#: Pronouns that open the clause of a date bound ("since it opened", "until they left"): the verb after one says
#: another event, the bound, not which date of the rows is meant (the pronouns of a clause saying what someone did
#: to the rows, "the products we discontinued", are ``parse.scan.CLAUSE_SUBJECTS``: no "it", which is the rows).
BOUND_CLAUSE_SUBJECTS = frozenset({"it", "they", "he", "she", "we", "you", "i"})

#: Words in a column name that mark a date.
DATE_NAME_WORDS = frozenset({"created", "date", "time", "year"})

#: Last words of a column name that mark a date or a time ("visit_dt", "hire_date", "joined_on", "created_at").
DATE_NAME_ENDINGS = frozenset({"at", "date", "dt", "on", "time", "timestamp", "ts"})

#: Prepositions before a date range ("in 2024", "during March").
DATE_PREPOSITIONS = frozenset({"during", "for", "in", "of"})

#: Indefinite pronouns that stand as a verb's object and name nothing ("bought something in 2024").
INDEFINITE_OBJECTS = frozenset({"anything", "something"})

#: Determiners skipped before a column name.
DETERMINERS = frozenset({"a", "an", "any", "its", "the", "their"})
#: Quantifiers after which a word that may be a plural noun or a verb ("all lines") is the noun.
NOUN_LEADS = frozenset({"all", "both"})

#: Function words that lead to a noun and go with it when a clarification's option leaves the noun out ("by
#: flavour", "of gizmos", "in the world"): determiners, prepositions and grouping words, never a question's
#: framing ("how many", "what is").
LEADING_WORDS = DETERMINERS | frozenset(
    {"of", "in", "on", "at", "to", "for", "from", "by", "with", "per", "each", "every", "all", "some", "across"}
)

#: Words after which a plain word before a table's name qualifies it ("how many gift orders", "the repair jobs",
#: "all trial accounts"), where a verb would need a subject ("florists sell bouquets").
MODIFIER_LEADS = DETERMINERS | frozenset(
    {"all", "each", "every", "many", "my", "no", "of", "our", "per", "some", "your"}
)

#: Words that ask for distinct values.
DISTINCT_WORDS = frozenset({"different", "distinct", "separate", "unique"})

#: Nouns of a row shown again that a negation before them rules out ("no duplicates", "without repeats"): each
#: row once, as a distinct word asks (singular forms).
REPEAT_NOUNS = frozenset({"duplicate", "repeat", "repetition"})
#: Nouns after columns listed that ask for each set of their values once ("breed and size combinations").
COMBINATION_NOUNS = frozenset({"combination", "pairing"})

#: Question words that ask for a point in time ("when was the first order placed").
TIME_QUESTION_WORDS = frozenset({"when"})

#: Words between a negation and the verb it negates ("not yet returned", "have not been shipped").
NEGATED_VERB_GAP = frozenset({"be", "been", "ever", "yet"})

#: Words that negate a value filter ("excluding tea").
EXCLUDE_WORDS = frozenset({"besides", "except", "exclude", "excluding", "ignoring", "non", "not", "outside"})
#: Two-word phrases that exclude the value after them, as an exclude word does ("other than tea", "apart
#: from tea", "leaving out tea").
EXCLUDE_PHRASES = (("other", "than"), ("apart", "from"), ("aside", "from"), ("leaving", "out"), ("leave", "out"))
#: An age said with its unit after the number ("a 3 year old horse", "riders who are 20 years old"): the
#: units, and the word that makes the phrase an age
AGE_UNITS = frozenset({"year", "years", "yr", "yrs"})
AGE_WORDS = frozenset({"old"})
#: a word before a number that makes it an age ("riders aged 20 or 21")
AGE_LEADS = frozenset({"aged"})
#: Words that join listed values ("Oslo, Lima or Kyiv")
LIST_JOINERS = frozenset({",", "and", "or", "nor"})
#: The word that joins two bounds of one column as alternatives ("after 2020 or before 2010")
EITHER_JOINERS = frozenset({"or"})

#: Words for the largest or smallest value.
EXTREME_WORDS = frozenset({"max", "maximum", "min", "minimum"})

#: Words before a number that set a follow-up's row limit ("top 5", "limit 10").
FOLLOWUP_LIMIT_LEADS = frozenset({"bottom", "first", "limit", "top"})

#: Words skipped after a frequency word before what is counted ("most common is the ...").
FREQUENT_FILLER = frozenset(
    {"a", "an", "are", "get", "gets", "got", "is", "that", "the", "was", "were", "which"}  # "get": a passive
)

#: Words skipped after a grouping word ("for each individual store").
GROUP_FILLER = frozenset({"a", "an", "different", "each", "every", "individual", "its", "of", "single", "the", "their"})

#: Negations before "have" ("never have", "doesn't have").
HAVE_NEGATIONS = frozenset({"doesn", "don", "never", "not", "t"})
#: Words between a negated participle and the table it relates the rows to ("not used by any document",
#: "never assigned to a project").
NEGATED_OBJECT_LEADS = frozenset({"a", "an", "any", "by", "for", "in", "on", "to", "with"})
#: Determiners of a negated verb's object ("doesn't keep a cat", "never bought any").
OBJECT_DETERMINERS = frozenset({"a", "an", "any"})

#: Words before "no"/"a" that ask whether a value exists ("with no email").
HAVE_WORDS = frozenset({"a", "an", "has", "have", "having", "with"})

#: Words that name the high end of an ordering ("from newest", "z to a").
HIGH_END_WORDS = frozenset(
    {
        "big",
        "biggest",
        "greatest",
        "high",
        "highest",
        "large",
        "largest",
        "latest",
        "max",
        "most",
        "new",
        "newest",
        "old",
        "oldest",
        "z",
    }
)

#: Adjectives of newness before a table's word ("new members each month"): rows counted by the date they began.
NEW_ROW_WORDS = frozenset({"new"})

#: Words before a number that take rows from one end ("top 5", "last 3").
LIMIT_END_WORDS = frozenset({"bottom", "first", "last", "top"})

#: Verbs that ask for rows to be listed.
LIST_VERBS = frozenset({"display", "find", "list", "show"})
#: Words opening a question of its own: a head led by one keeps a list after a dash where it is (``items_first``).
WH_QUESTION_WORDS = frozenset({"what", "whats", "which", "who", "whom", "whose", "when", "where", "how", "why"})
#: Words that make a tail after a dash more than a list of items to show: it orders, groups, compares, limits,
#: negates or adds a condition (``items_first`` leaves such a tail where it is).
ITEM_LIST_STOPS = frozenset(
    {"by", "per", "each", "every", "only", "sorted", "sort", "order", "ordered", "from", "in", "to", "with",
     "where", "than", "more", "less", "fewer", "most", "least", "top", "highest", "lowest", "no", "not", "without",
     "both", "either", "or", "after", "before", "between", "over", "under", "since", "descending", "ascending",
     "alphabetically", "if", "when", "who", "which", "that", "whose", "is", "are", "was", "were", "instead"}
)  # fmt: skip
#: First words of a yes/no column's name ("is_active", "has_parking"): the column holds a flag.
FLAG_PREFIXES = frozenset({"is", "has", "was", "can"})
#: Name parts that only say a column holds yes or no, not of what ("is_rfr", "frg_flg", "dmg_ind"), written out or
#: shortened (:func:`.lexicon.names_role`).
FLAG_MARK_PARTS = frozenset({"flag", "ind", "yn"})
#: WordNet's lexicographer files of nouns that name what a table's rows may be (people, animals, things, acts,
#: events, messages, holdings): a noun of one of them and a table's head noun of the same one are kin, the
#: weakest link, which the engine asks about ("By clients, do you mean owners?"). Not groups: "pairs", "sets"
#: and "lists" of rows are ways of asking, not tables.
KIN_KINDS = frozenset({"person", "animal", "artifact", "act", "event", "communication", "possession", "food", "plant"})
#: The general nouns for human beings ("how many people ..."): the rows of the one table of persons, the one whose
#: rows have a first or last name (a weak link: ``parse.kin``).
PERSON_NOUNS = frozenset({"person", "people"})
#: WordNet's kinds of the nouns that name a thing with a name or title of its own: a column "<noun>_name" in
#: a table named otherwise names such a thing ("manager_name" in a table of shops: the manager), weakly.
NAMED_KINDS = frozenset({"person", "animal", "artifact", "communication", "food", "plant", "group"})
#: The most tables one kin word is offered as; a word of a kind more tables share says too little.
MAX_KIN_TABLES = 3
#: The two values of a yes/no column, the one that says yes first (compared lower case): a column holding just
#: these two is a flag, and an adjective naming it keeps the rows where it says yes ("vaccinated animals").
FLAG_VALUE_PAIRS = (("1", "0"), ("y", "n"), ("yes", "no"), ("t", "f"), ("true", "false"))
#: Words after a sentence-opening listing verb that make it the command ("show the …", "list all …").
LIST_VERB_OBJECTS = frozenset({"the", "all", "me", "us", "a", "an", "each", "every", "what", "which", "how", "those"})

#: Superlatives for the smallest value.
LOWEST_WORDS = frozenset({"fewest", "least", "lowest"})

#: Words that name the low end of an ordering ("from youngest", "a to z").
LOW_END_WORDS = frozenset(
    {"a", "earliest", "fewest", "least", "low", "lowest", "min", "small", "smallest", "young", "youngest"}
)

#: Superlatives that rank from the smallest value.
LOW_SUPERLATIVES = frozenset({"fewest", "least", "lowest", "min", "minimum", "smallest", "worst"})

#: Nouns for the row a self-reference points to when the question names no table.
MANAGER_NOUNS = frozenset({"boss", "manager", "managers", "supervisor"})

#: Words that ask to compute something rather than list rows.
MEASURE_WORDS = frozenset(
    {
        "average",
        "avg",
        "count",
        "highest",
        "least",
        "lowest",
        "many",
        "max",
        "maximum",
        "mean",
        "min",
        "minimum",
        "most",
        "number",
        "sum",
        "total",
    }
)

#: Words that ask for a missing value ("without an email").
MISSING_WORDS = frozenset({"lacking", "missing", "no", "without"})

#: Words in a column name or question that mark an amount of money.
MONEY_COLUMN_WORDS = frozenset({"amount", "income", "revenue", "sale", "sales", "spend", "spending", "spent"})

#: Words skipped after "how much" before what is measured ("how much revenue did ...").
MONEY_QUESTION_FILLER = frozenset(
    {"a", "are", "did", "do", "does", "in", "is", "money", "of", "revenue", "the", "was", "were"}
)

#: Words before a money word that rank by it ("the most revenue", "top products by sales").
MONEY_RANK_LEADS = frozenset({"biggest", "by", "highest", "largest", "least", "lowest", "most", "smallest", "top"})

#: Superlatives of a count.
MOST_LEAST = frozenset({"fewest", "least", "most"})

#: Words between a verb naming events and the superlative that ranks by them ("lends out the most", "rented the
#: most", "borrowed most often").
EVENT_RANK_GAP = frozenset({"back", "off", "out", "the", "up"})
#: The asker named after a verb ("bought from us", "stayed with me"): a phrase that adds nothing to the event.
ASKER_PRONOUNS = frozenset({"me", "us"})
ASKER_PREPOSITIONS = frozenset({"at", "by", "for", "from", "through", "to", "with"})

#: Words skipped between a column and the value it equals ("named Ann", "titled X").
NAME_VALUE_FILLER = frozenset(
    {"=", "a", "an", "as", "called", "equal", "is", "named", "of", "the", "titled", "to", "with"}
)

#: Words that negate a relation ("have not placed any orders"; "t" from "don't").
RELATION_NEGATIONS = frozenset({"never", "no", "none", "not", "t", "without"})

#: Gerunds after a negation that leave rows out of what is counted or summed ("not counting returned parcels",
#: "not including samples"): the rows named are excluded themselves, not the rows related to them.
EXCLUSION_GERUNDS = frozenset({"counting", "including", "considering"})

#: Words that deny a related row as a whole ("stores that did not sell apples", "except those selling pears"):
#: the rows kept have no related row matching what follows.
RELATED_ROW_NEGATIONS = RELATION_NEGATIONS | {"except", "excluding", "exclude"}

#: Words between a noun and a negation that describe that noun's own rows ("languages that are not English"):
#: the negation is of the related row's value, not of having such a row.
ROW_CLAUSE_WORDS = frozenset({"are", "is", "that", "was", "were", "which"})

#: Forms of "be": a negation right after one denies what a thing is ("capitals that are not cities"), not a relation.
BE_FORMS = frozenset({"am", "are", "be", "been", "is", "was", "were"})
#: Negations that say a yes/no state does not hold of the rows ("not neutered", "never verified", "isn't": "t").
STATE_NEGATIONS = frozenset({"not", "never", "t"})
#: Words between the rows and a yes/no state said of them ("have not been", "weren't", "has never been").
STATE_WORDS = (
    BE_FORMS
    | STATE_NEGATIONS
    | frozenset({"'", "had", "has", "have", "having", "aren", "hadn", "hasn", "haven", "isn", "wasn", "weren"})
)

#: Auxiliaries after "what" that make "what" the object of the question's verb ("what do staff teach"): the verb
#: names what is asked for.
WHAT_OBJECT_AUX = frozenset({"do", "does", "did"})

#: Words that join listed values as alternatives ("apples or pears", "either"): any of them, not all.
ALTERNATIVE_WORDS = frozenset({"either", "or", "nor", "whether"})

#: Words after which a four-digit number is a quantity, not a year ("more than 2000").
NUMBER_LEADS = frozenset({"above", "below", "exactly", "first", "least", "most", "over", "than", "top", "under"})

#: Aggregate words that apply to a number, not a count ("the average number of items").
NUMERIC_AGG_WORDS = frozenset(
    {"average", "avg", "highest", "largest", "lowest", "max", "maximum", "mean", "min", "minimum", "smallest"}
)

#: Words that ask for an ordering of the rows.
ORDERING_WORDS = frozenset({"ascending", "descending", "order", "ordered", "sort", "sorted"})

#: Words skipped back from a direction word to the column ordered.
ORDER_BACK_FILLER = frozenset({"a", "an", "by", "in", "order", "ordered", "results", "sorted", "the", "them"})

#: Words after "rank"/"order" that make them verbs, not nouns ("order by price").
ORDER_BY_NEXT = frozenset({"according", "by", "in", "it", "of", "the", "them"})

#: Words skipped after "sort"/"order" before the thing ordered by ("sorted in descending order of price").
ORDER_PHRASE_FILLER = frozenset(
    {
        "according",
        "alphabetical",
        "alphabetically",
        "ascending",
        "by",
        "decreasing",
        "descending",
        "in",
        "increasing",
        "it",
        "of",
        "on",
        "order",
        "results",
        "the",
        "their",
        "them",
        "to",
    }
)

#: Nouns for people counted by a stored head count ("how many residents does each branch serve").
PEOPLE_NOUNS = frozenset({"citizen", "inhabitant", "people", "person", "resident"})

#: Calendar periods a measure can be ranked by.
PERIOD_NOUNS = frozenset({"day", "month", "quarter", "week", "year"})

#: Words that rank a time period by a measure ("the busiest month").
PERIOD_RANK_WORDS = frozenset({"best", "biggest", "busiest", "quietest", "strongest", "top", "weakest", "worst"})

#: Superlatives before a period noun ("the highest month").
PERIOD_SUPERLATIVES = frozenset({"fewest", "highest", "least", "lowest", "most"})

#: Determiners and possessives skipped before a column.
POSSESSIVE_FILLER = frozenset({"a", "an", "her", "his", "its", "the", "their"})

#: Words after "is"/"are" that ask for a value to be present ("email is listed").
PRESENT_WORDS = frozenset(
    {"available", "filled", "given", "known", "listed", "on", "present", "provided", "recorded", "set", "specified"}
)

#: Words that name an end of a range ("sorted from low to high").
RANGE_END_WORDS = frozenset({"high", "least", "low", "most"})

#: Words that make a question a ranking.
RANKING_WORDS = frozenset({"bottom", "fewest", "highest", "least", "lowest", "most", "top"})

#: Words that say a value was recorded ("no email listed").
RECORDED_WORDS = frozenset({"filled", "listed", "provided", "recorded", "specified"})

#: First words of a date range relative to today ("last month", "this year").
RELATIVE_DATE_WORDS = frozenset({"current", "last", "past", "previous", "this", "today", "year", "yesterday"})

#: Words for money coming in.
REVENUE_WORDS = frozenset({"income", "revenue", "revenues", "sales", "spending", "turnover"})

#: Words after a table for the money value of one row ("average order value").
ROW_VALUE_WORDS = frozenset({"amount", "revenue", "size", "spend", "total", "value"})

#: Words before "selling"/"sellers" that rank by units sold.
SELLER_RANK_LEADS = frozenset({"best", "top", "worst"})

#: Words after "best"/"top" that rank by units sold ("best selling").
SELLING_WORDS = frozenset({"seller", "sellers", "selling", "sold"})

#: Verbs that ask for units sold ("how many products were sold").
SOLD_VERBS = frozenset({"bought", "ordered", "purchased", "sold"})

#: Words that ask for an ordering ("sort by price"), so a later "by" is not a grouping.
SORT_VERBS = frozenset({"arrange", "order", "ordered", "rank", "ranked", "sort", "sorted"})
#: the sort verbs as a command, whose object comes before "by" ("sort the names by age")
SORT_COMMANDS = frozenset({"arrange", "order", "rank", "sort"})

#: Verbs that ask for a money total of an entity ("which customer spent the most").
SPEND_VERBS = frozenset(
    {"bought", "buys", "earned", "paid", "pays", "purchased", "sells", "sold", "spend", "spends", "spent"}
)

#: Words skipped after a question word before the table asked about ("how many of the different ...").
SUBJECT_FILLER = frozenset(
    {
        "a",
        "all",
        "an",
        "are",
        "different",
        "distinct",
        "do",
        "does",
        "have",
        "is",
        "many",
        "me",
        "of",
        "the",
        "there",
        "total",
        "unique",
        "us",
        "we",
    }
)

#: Words that open a question about a table's rows ("which products ...", "list all ...").
SUBJECT_LEADS = frozenset({"all", "each", "every", "list", "show", "what", "which", "who"})

#: Nouns for the row a self-reference points to ("the manager of").
SUPERIOR_NOUNS = frozenset({"boss", "lead", "manager", "mentor", "parent", "supervisor"})

#: Superlatives that rank rows by a measure.
SUPERLATIVE_WORDS = frozenset(
    {
        "best",
        "biggest",
        "fewest",
        "greatest",
        "highest",
        "largest",
        "least",
        "lowest",
        "max",
        "maximum",
        "min",
        "minimum",
        "most",
        "smallest",
        "top",
        "worst",
    }
)

#: Words skipped back from a text match to its column.
TEXT_COLUMN_FILLER = frozenset({"a", "an", "are", "is", "its", "that", "the", "their", "which", "whose", "with"})

#: Words between a text-match verb and the text matched ("starting with the letter A").
TEXT_MATCH_FILLER = frozenset({"a", "an", "letter", "string", "substring", "text", "the", "word"})

#: Words (and quote marks) skipped back from a value to the column it belongs to.
VALUE_COLUMN_FILLER = frozenset(
    {
        "!",
        "'",
        "`",
        "=",
        "a",
        "an",
        "are",
        "as",
        "by",
        "called",
        "equal",
        "equals",
        "from",
        "in",
        "is",
        "isn",
        "named",
        "not",
        "of",
        "t",
        "the",
        "to",
        "was",
        "were",
        "whose",
    }
)

#: Ranking words that ask for the lowest measure.
WORST_WORDS = frozenset({"quietest", "weakest", "worst"})

#: Words never reported as not understood: request framing, generic nouns for rows and data, and time words
#: that a date range or grain reads.
UNREPORTED_WORDS = frozenset(
    {
        "after",
        "ago",
        "annual",
        "annually",
        "anything",
        "before",
        "daily",
        "data",
        "database",
        "day",
        "days",
        "details",
        "during",
        "entries",
        "ever",
        "everything",
        "exist",
        "existing",
        "exists",
        "here",
        "info",
        "information",
        "items",
        "know",
        "like",
        "listed",
        "look",
        "month",
        "monthly",
        "months",
        "need",
        "quarter",
        "quarterly",
        "quarters",
        "recorded",
        "records",
        "rows",
        "see",
        "since",
        "something",
        "stored",
        "table",
        "there",
        "things",
        "today",
        "until",
        "want",
        "week",
        "weekly",
        "weeks",
        "year",
        "yearly",
        "years",
        "yesterday",
    }
)

#: Past-tense payment verbs that make a question about money when it names no table ("how much was paid").
PAYMENT_VERBS = frozenset({"spent", "paid"})

#: Words before a number and a table that make the number a row limit when the question ranks ("which 3 products
#: sell most").
LIMIT_TABLE_LEADS = frozenset({"which", "what", "the", "list", "show"})

#: Limit words that take rows from the low end ("bottom 5", "worst 3").
LIMIT_ASC_LEADS = frozenset({"bottom", "worst"})

#: Limit words that take rows from the high end ("top 5", "best 3").
LIMIT_DESC_LEADS = frozenset({"top", "best"})

#: Number words that never set a row limit ("ordered only once", "a single order").
NOT_LIMITS = frozenset({"once", "single"})

#: Question words that, right after a named thing, open a relative clause ("staff who ...") rather than a question.
RELATIVE_PRONOUNS = frozenset({"which", "who", "what"})

#: Words skipped after a superlative before what it ranks by ("the most number of the orders", "highest total sum of",
#: "most of our customers": the asker's own rows; "the top-scoring team": a hyphen joins the two words).
SUPERLATIVE_FILLER = frozenset(
    {"the", "a", "an", "number", "of", "amount", "count", "total", "average", "avg", "mean", "in", "sum", "quantity"}
    | {"my", "our", "your", "-"}
)

#: Words between a series of aggregate words and their column ("the average, the total and the maximum of price").
AGG_SERIES_FILLER = frozenset({",", "a", "all", "an", "and", "its", "of", "the", "their"})

#: The two words that name an order's direction.
DIRECTION_WORDS = frozenset({"ascending", "descending"})

#: Words for a descending order.
DOWNWARD_WORDS = frozenset({"decreasing", "descending"})

#: Words that ask for one result per value ("per region", "each store").
EACH_WORDS = frozenset({"each", "every", "per"})

#: Words that ask for a grouping ("grouped by region", "across stores").
GROUP_WORDS = frozenset({"across", "group", "grouped"})

#: Words that place a text inside a column ("in the name", "within the title").
INSIDE_WORDS = frozenset({"in", "within"})

#: Column words that name a row's label rather than a property.
LABEL_WORDS = frozenset({"name", "title"})

#: The two superlatives of an amount ("the most", "the least").
MOST_OR_LEAST = frozenset({"least", "most"})

#: Words that, when they also name a column or table, are that column and not an ordering.
ORDER_NOUNS = frozenset({"order", "ordered", "rank"})

#: Superlatives that rank rows rather than aggregate a column.
RANKING_SUPERLATIVES = frozenset({"best", "least", "most", "top", "worst"})

#: First words of a follow-up that regroups the previous answer ("now by region").
REGROUP_LEADS = frozenset({"instead", "now", "then"})

#: Words for one row of a table as a grouping unit ("the most items on a single order").
SINGLE_WORDS = frozenset({"any", "one", "single"})

#: Words for a sum.
SUM_WORDS = frozenset({"sum", "total"})
#: Words of a contains-match that mostly mean "as well as" ("total including tax"): a word no row holds, after
#: one of them, is no text to look for in a label.
INCLUSION_WORDS = frozenset({"include", "includes", "including"})
#: Words asking for one figure over the rows (a sum, a count): a statement with no aggregate dropped them.
FIGURE_WORDS = frozenset({"overall", "sum", "total"})
#: Words that ask how much of an amount there is ("how much did we take"): a sum, never a count of rows.
AMOUNT_QUESTION = ("how", "much")
#: Pronouns of the row a further column belongs to ("the oldest member and her age").
OWNER_PRONOUNS = frozenset({"her", "his", "its", "their"})

#: Words just before a ranked column whose values many rows share ("top 3 ship countries", "which city has")
RANKED_VALUE_LEADS = frozenset({"bottom", "top", "what", "which"})

#: Words that turn "how many X" over a column holding a count of X into its sum ("how many items in total").
STORED_COUNT_TOTAL_WORDS = frozenset({"altogether", "combined", "overall", "sum", "total"})

#: Words for an ascending order.
UPWARD_WORDS = frozenset({"ascending", "increasing"})

#: Question words that ask for an entity rather than a value.
WHICH_WHO = frozenset({"which", "who"})
#: Question words that stand before a noun as its determiner ("what type", "which kind").
WH_DETERMINERS = frozenset({"what", "which"})

#: Words asking for every column of the rows listed ("all the information about loans", "full details").
ALL_COLUMN_WORDS = frozenset({"information", "info", "details", "detail", "everything", "attributes", "columns"})

#: Words that attach a property to a row ("with an email", "having a phone").
WITH_WORDS = frozenset({"has", "have", "having", "with"})

#: Prepositions that pick one of two references to the same table by direction ("from Oslo to Rome"): the start
#: and the end of a journey, a transfer or a move.
START_PREPOSITIONS = frozenset({"from"})
#: "how many Y are <preposition> each X" ("on each plan", "in every region", "assigned to each agent") counts
#: what each X holds: every X is listed, one holding nothing with 0 (:meth:`.sqlgen.Planner._empty_groups`);
#: "for each X" only spreads the question over the X's that have some Y, as "does each X have" does
HOLDING_PREPOSITIONS = frozenset({"in", "on", "at", "to", "under", "within", "across", "inside", "into"})
EVERY_WORDS = frozenset({"each", "every"})
END_PREPOSITIONS = frozenset({"to", "into"})
#: Words of a reference column's name that make it the start or the end of such a pair (``orig_id``,
#: ``source_port``, ``dest_id``, ``arrival_stop``); a column word may be one of them cut short ("orig", "dest").
START_REFERENCE_WORDS = frozenset({"origin", "source", "departure", "start", "from", "sender"})
END_REFERENCE_WORDS = frozenset({"destination", "arrival", "end", "to", "target", "recipient"})

#: Words between a verb of leaving or arriving and the place it names ("arriving in", "landed at the").
PLACE_WORDS = frozenset({"in", "at", "the", "a", "an", "of", "on"})
#: Verbs that say which end of such a pair a place is ("flights leaving Oslo", "ships that arrived in Rome").
START_VERBS = frozenset({"depart", "leave", "originate"})
END_VERBS = frozenset({"arrive", "land", "reach", "terminate"})
MOVEMENT_VERBS = START_VERBS | END_VERBS

#: Words that name a row's link to another row of the same table ("staff and their managers", "who reports to").
SELF_REFERENCE_WORDS = frozenset(
    {"manager", "boss", "supervisor", "report", "reports", "reporting", "parent", "mentor", "lead"}
)

#: Column words that name a row's own key ("the branch id").
KEY_WORDS = frozenset({"id", "ids", "identifier", "identifiers"})

#: Question words that ask for an attribute of what their clause names, and the kind of column each asks for.
WH_ATTRIBUTE_WORDS: dict[str, str] = {"when": "time", "where": "place", "who": "agent"}

#: Words that end one clause of a question and may start another ("... and where are they from?").
CLAUSE_BREAKS = frozenset({"and", ",", ";", "?", ".", ":"})
#: Marks that end a sentence or open a list after it ("which plots are free? Site and plot number").
SENTENCE_ENDS = frozenset({"?", ".", "!", ":", ";"})
#: Subject pronouns that open a relative clause after a table's noun ("with the site they look after").
CLAUSE_PRONOUNS = frozenset({"they", "he", "she", "we", "you", "i"})
#: Question words that open a clause a grouping word may lead ("by where they came from", "by how they paid":
#: :func:`..dropped.dropped_groupings`).
CLAUSE_QUESTION_WORDS = frozenset({"where", "what", "how", "which", "who", "when"})

#: Column-name words of a place a row is at or from, most specific first ("where are the members from").
PLACE_COLUMN_WORDS = ("hometown", "location", "address", "city", "town", "district", "region", "country")

#: Words that keep the rows still in force ("current members", "active plans", "still employed"): on a table with
#: one nullable end date or one active flag they read as ``end IS NULL`` / ``flag = 1`` (:mod:`.rules.row_state`).
ROW_STATE_ON = frozenset({"current", "currently", "active", "live", "still", "ongoing"})
#: Words that keep the rows no longer in force ("former members", "ex-staff"): ``end IS NOT NULL`` / ``flag = 0``.
ROW_STATE_OFF = frozenset({"former", "formerly", "ex", "inactive"})
#: Further words that say which state the rows are in, on or off ("open", "closed", "lapsed", "retired"): with
#: :data:`ROW_STATE_ON` and :data:`ROW_STATE_OFF`, left unused on a table with state columns (a flag, a short status
#: code, a nullable end date) they are a dropped filter the engine asks about (:mod:`.clarify`).
ROW_STATE_WORDS = ROW_STATE_ON | ROW_STATE_OFF | frozenset(
    {
        "open", "closed", "shut", "left", "leavers", "lapsed", "expired", "ended", "terminated", "decommissioned",
        "withdrawn", "retired", "discontinued", "suspended", "dormant", "deactivated", "archived", "defunct",
        "resigned", "departed", "churned", "pending", "unresolved", "unpaid", "overdue", "employed", "operational",
        "anymore", "longer",
    }
)  # fmt: skip
#: Words right after a state word that make it a verb with its complement ("live in", "ended up", "left for"):
#: then it says something else of the rows than their state. Not after an adverb of state, which takes none
#: ("currently on leave", ``STATE_ADVERBS``).
STATE_VERB_PARTICLES = frozenset(
    {"in", "at", "on", "with", "near", "up", "by", "for", "from", "to", "into", "out", "off", "under", "over"}
)
#: Particles that make a verb of transfer another verb ("sold out", "paid off", "sent back", "bought up"): no
#: transfer of the rows to or from the table of sums the plain verb names.
TRANSFER_PARTICLES = frozenset({"out", "off", "back", "up", "down", "over", "away"})
#: Words right before the subject of a clause inside a question ("regions where people speak Dutch", "in which
#: regions do people speak English"): a column word there says who acts, not what to show.
CLAUSE_SUBJECT_LEADS = frozenset({"where", "do", "does", "did"})
#: Words that open a relative clause about the rows named before them ("sales that were completed").
CLAUSE_OPENERS = RELATIVE_PRONOUNS | frozenset({"that"})
#: Forms of "do" carrying a negation or a question before "have" ("don't have a bar").
DO_FORMS = frozenset({"do", "does", "did", "don", "doesn", "didn"})
#: Question words asking for people (or a body of them) as the answer (:func:`.shape.things_for_who`).
WHO_WORDS = frozenset({"who", "whom", "whose"})
#: Verbs whose past participle before "by" arranges the rows rather than naming who acted ("grouped by region",
#: "sorted by price"): a grouping or ordering follows (:func:`.parse.grouping._names_who_acts`).
ARRANGING_VERBS = frozenset(
    {"group", "sort", "order", "rank", "arrange", "divide", "categorise", "categorize", "classify", "segment",
     "break", "split", "bucket", "cluster", "aggregate", "summarise", "summarize", "total", "count", "sum", "list",
     "show", "chart", "plot", "compare", "filter", "average", "tally"}
)  # fmt: skip
#: Determiners before the table after "<participle> by" that make it who acted ("posted by the members").
AGENT_DETERMINERS = frozenset({"the", "our", "their", "its", "his", "her", "these", "those"})
STATE_ADVERBS = frozenset({"currently", "still", "formerly", "anymore", "now"})
#: Words that only stress the state adverb after them ("right now", "just now"): beside a state the reading tests
#: they add nothing either (:mod:`.clarify`).
STATE_ADVERB_STRESS = frozenset({"right", "just"})
#: Particles that turn an event verb into a state of the rows ("written off", "paid back", "called off"): after
#: one, the verb no longer only says the row happened (:data:`EVENT_VERBS`), so left unused on a table with a short
#: status code it drops a filter (:func:`..clarify._code_states`). Not "out" nor "down", which also lead a place or
#: a grouping ("flown out of", "broken down by").
STATE_PARTICLES = frozenset({"off", "back", "away"})
#: Prepositions that relate the rows to other things or times, never a verb after them: a noun there ("injuries
#: during matches", "income after refunds") is a condition the reading must place (:func:`..clarify._weight`).
CONDITION_PREPOSITIONS = frozenset({"during", "after", "before", "excluding", "including", "without", "except"})
#: Words of a status column's name ("status", "inv_stat", "stage"): a participle may name one of its one-letter codes
#: by its first letter when exactly one such code fits (:func:`..parse.scan._named_state_code`).
STATUS_COLUMN_WORDS = frozenset({"status", "state", "stage"})
#: Words after a verb that measure the row, no state of it ("lasted more than", "cost over", "weighed under")
#: (:func:`..clarify._code_states`).
MEASURED_LEADS = frozenset({"more", "less", "fewer", "over", "under", "longer", "shorter", "above", "below"})
#: Words after a participle that make it a verb with its complement, not a state of the rows ("based in", "gone
#: through", "taken a", "rejected by", "living there"): prepositions, determiners, quantifiers, adverbs of place
#: (:func:`..clarify._code_states`).
VERB_COMPLEMENT_LEADS = (STATE_VERB_PARTICLES | LEADING_WORDS | MODIFIER_LEADS | frozenset(
    {"through", "via", "about", "against", "without", "between", "among", "during", "since", "until", "there",
     "here"}
)) - STATE_PARTICLES  # fmt: skip
#: State words that keep the rows in force when the engine asks which state column was meant (an empty end
#: date, a flag at 1); the other :data:`ROW_STATE_WORDS` keep them no longer.
ROW_STATE_KEEPS = ROW_STATE_ON | frozenset({"open", "employed", "operational"})
#: A state and its opposite ("open" and "closed"): a short code column holding a code for each (by its first letter,
#: 'O'/'C', or as an abbreviation, 'OPN'/'CLS') stores that state (:func:`..parse.scan._opposite_code`).
STATE_OPPOSITES = MappingProxyType({"open": "closed", "closed": "open", "active": "inactive", "inactive": "active"})
#: Words of a date column's name that say when a row stopped being in force ("term_dt", "close_date", "left_on"):
#: with no value (NULL) the row is still in force. A short name word abbreviating one counts ("wdrn").
END_DATE_WORDS = frozenset(
    {
        "end", "ended", "ends", "term", "terminated", "termination", "close", "closed", "closure", "left", "leave",
        "leaving", "exit", "withdrawn", "withdrawal", "cancel", "cancelled", "canceled", "expiry", "expired",
        "expires", "until", "finish", "finished", "resigned", "resignation", "retired", "decommissioned",
        "discharge", "discharged", "stop", "stopped", "lapsed", "churned", "disposed", "quit",
        "inactive", "deactivated", "deleted", "archived", "returned", "recovered", "sold", "stripped", "scrapped",
        "removed", "demolished", "dismantled", "dissolved", "disbanded",
    }
)  # fmt: skip
#: Words of an active flag's name ("is_active", "actv", "live_flag", "current"): 1 while the row is in force.
ACTIVE_FLAG_WORDS = frozenset({"active", "current", "live", "enabled", "open", "operational", "operating"})
#: Verbs that only say a row exists or happened ("orders placed", "members who signed up", "deliveries received"):
#: left unused they drop no filter, so their participles stay a loose word on a table with state columns too.
EVENT_VERBS = frozenset(
    {
        "place", "make", "sign", "create", "register", "record", "log", "book", "submit", "raise", "issue", "file",
        "enter", "add", "buy", "purchase", "sell", "order", "write", "publish", "release", "produce", "found",
        "establish", "build", "hold", "receive", "send", "ship", "deliver", "arrive", "hire", "join", "enrol",
        "enroll", "start", "begin", "rent", "borrow", "lend", "visit", "attend", "play", "perform", "direct",
        "compose", "design", "host", "manage", "handle", "own", "paint", "sponsor", "sing", "teach", "organise",
        "organize", "serve", "support", "use", "do", "happen", "occur", "give", "get", "see", "treat", "schedule",
        "plan", "list", "store", "keep", "stock", "offer", "sit", "score", "award", "win", "earn", "spend", "pay",
        "charge", "bill", "invoice", "rate", "review", "base", "locate", "situate", "name", "call", "bear", "born",
    }
)  # fmt: skip

#: Nouns that say a count of people ("headcount": in WordNet a kind of count, a count of people): read as "number
#: of people" (:mod:`.people_count`).
PEOPLE_COUNT_WORDS = frozenset({"headcount", "headcounts"})

#: Words that ask for a count or a ranking by one ("how many", "the number of", "the most", "more than 3",
#: "how often", "popular"): a statement counting rows with none of them (nor a grouping word before a noun)
#: invented the count (``unasked_count`` in :mod:`.confidence`).
COUNT_ASK_WORDS = frozenset(
    {"many", "number", "numbers", "count", "counts", "counted", "counting", "amount", "most", "least", "fewest",
     "fewer", "more", "less", "top", "popular", "common", "frequent", "frequently", "often", "times", "occasions",
     "once", "twice", "only", "exactly", "single", "multiple", "several", "both", "busiest", "quietest",
     "tally", "total", "totals", "headcount", "biggest", "largest", "smallest", "highest", "lowest", "greatest",
     "max", "min", "maximum", "minimum", "above", "below", "over", "under", "than", "any", "no", "without",
     "none", "never", "empty"}
)  # fmt: skip

#: comparison words that take a column or a figure after them ("more than their target", "above the average")
#: ("than" after a comparative: "more than", "more hours than"; never "other than", "rather than")
COMPARED_LEADS = frozenset({"than", "above", "below", "exceed", "exceeds", "exceeded", "exceeding"})
COMPARED_NOT_AFTER = frozenset({"other", "rather"})
COMPARED_DETERMINERS = frozenset({"the", "their", "its", "his", "her", "our", "that", "a", "an"})
COMPARED_FIGURES = frozenset({"average", "mean", "median", "total", "typical"})

#: Words that ask for the first or the last time an event happened ("when did she last visit", "her most recent
#: order", "the earliest pour"): the earliest (min) or latest (max) of the event's date.
EVENT_EXTREME_WORDS: dict[str, str] = {
    "first": "min", "earliest": "min", "last": "max", "latest": "max", "recent": "max", "recently": "max"
}  # fmt: skip

#: name parts of a date that is planned, not an event that happened ("due_dt", "expected_on")
DEADLINE_PARTS = frozenset({"due", "deadline", "expected", "expiry", "planned", "target", "sched", "scheduled"})
#: name parts of a column that holds what a row should reach or stay within, not what happened ("due_dt",
#: "promised_on", "budget", "sales_target", "capacity_kg"): the one such column and the row's one actual
#: counterpart are the pair "late", "over budget" or "under target" compare (:mod:`.rules.compare_columns`)
PLANNED_PARTS = DEADLINE_PARTS | frozenset(
    {"promised", "budget", "budgeted", "quota", "limit", "capacity", "estimate", "estimated", "forecast", "goal",
     "allowance", "agreed", "max", "maximum"}
)  # fmt: skip
#: comparison phrases that set a column against another column only ("paid later than the due date", "beat their
#: target"), beside those of :data:`CMP_WORDS` that read a number too; the op is said of the first column
COLUMN_CMP_WORDS = (
    (("later", "than"), ">"),
    (("earlier", "than"), "<"),
    (("sooner", "than"), "<"),
    (("beyond",), ">"),
    (("beat",), ">"),
    (("beats",), ">"),
    (("exceeded",), ">"),
    (("surpassed",), ">"),
    (("surpass",), ">"),
    (("surpasses",), ">"),
    (("outstripped",), ">"),
)
#: adjectives of timing said of an event against its planned date ("paid late", "arrived early"): the actual date
#: after (late) or before (early) the planned one (:mod:`.rules.compare_columns`)
TIMING_WORDS = MappingProxyType({"late": ">", "early": "<"})
#: words after a timing adjective that make it say a time, not the row's timing ("late in the year", "early on",
#: "later than"); a period after it ("early 2024", "late March") does too
TIMING_NOT_BEFORE = frozenset({"than", "in", "on", "at", "by", "to", "for", "of"})
#: words before a timing adjective that ask how much, not which rows ("how late")
TIMING_NOT_AFTER = frozenset({"how"})
#: words that only link a column to the comparison after it ("the weight is over", "sales were above", "went over")
COMPARED_LINKS = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "got", "gone", "went", "go", "goes",
     "came", "come", "comes", "ran", "run", "runs", "in", "still", "already", "far", "well", "way"}
)  # fmt: skip

#: Words of a column's name saying it holds where a movement starts or ends ("SourceAirport", "dest_port",
#: "origin_city", "arr_stop"): a value found in both of a pair is told apart by the words before it.
ORIGIN_NAME_WORDS = frozenset({"source", "src", "origin", "orig", "from", "departure", "dep", "start", "pickup"})
DESTINATION_NAME_WORDS = frozenset({"dest", "destination", "dst", "to", "arrival", "arr", "end", "dropoff"})
#: Words right before a place that say a movement starts there ("flights from APG", "fly out of", "leaving
#: CVO") or ends there ("to CVO", "arriving at", "into")
ORIGIN_LEADS = frozenset({"from", "leaving", "leave", "leaves", "left", "depart", "departs", "departing", "out"})
DESTINATION_LEADS = frozenset({"to", "into", "arriving", "arrive", "arrives", "arrived", "reaching", "towards"})
#: Words before a count that say it is one for each item listed before ("the record companies and the
#: corresponding number of orchestras")
PER_ITEM_WORDS = frozenset({"corresponding", "respective"})
