"""The demo data source: a deterministic SQLite shop, its semantic model and what a public embed may see.

``shop_model()`` is the curated semantic model the demo data source ships with (``shop_model.yaml``, OSI YAML:
revenue, cost, margin, average order value, completed orders, order date as the default time...).
``SHOP_ANNOTATIONS`` is the same shop described in the no-LLM engine's own hints shape, which the engine's
tests use directly.
``SHOP_EXPOSED`` is in the shape of a ``sql_safety`` policy's ``tables``: ``"*"`` for every column, or a
list of the allowed columns.

>>> sorted(SHOP_EXPOSED)
['categories', 'customers', 'order_items', 'orders', 'products']
>>> "email" in SHOP_EXPOSED["customers"]
False
"""

from functools import cache
from pathlib import Path

from datachat.demo.shop import SHOP_END, SHOP_SEED, SHOP_START, build_shop_database

SHOP_MODEL_FILE = Path(__file__).with_name("shop_model.yaml")


@cache
def shop_model():
    """The demo shop's curated semantic model (a frozen ``datachat.semantic.SemanticModel``)."""
    from datachat.semantic import read_osi

    return read_osi(SHOP_MODEL_FILE.read_text(encoding="utf-8"))


__all__ = [
    "SHOP_ANNOTATIONS",
    "SHOP_END",
    "SHOP_EXPOSED",
    "SHOP_MODEL_FILE",
    "SHOP_SEED",
    "SHOP_START",
    "build_shop_database",
    "shop_model",
]

SHOP_ANNOTATIONS: dict = {
    "tables": {
        "customers": {
            "description": "People and companies who have an account with the shop.",
            "synonyms": ["clients", "buyers", "shoppers", "users", "accounts"],
        },
        "categories": {
            "description": "Product categories such as Electronics or Books.",
            "synonyms": ["product categories", "departments", "product lines"],
        },
        "products": {
            "description": "Items the shop sells, with list price and unit cost.",
            "synonyms": ["items", "articles", "goods", "skus"],
        },
        "orders": {
            "description": "One row per checkout: who ordered, when, through which channel, and its status.",
            "synonyms": ["sales", "purchases", "transactions", "checkouts"],
        },
        "order_items": {
            "description": "Order lines: which product, how many, and the price actually charged per unit.",
            "synonyms": ["order lines", "line items", "basket items"],
        },
    },
    "columns": {
        "customers.first_name": {"description": "Given name.", "synonyms": ["name", "first name"]},
        "customers.last_name": {"description": "Family name.", "synonyms": ["surname", "last name"]},
        "customers.email": {"description": "Contact email address (personal data)."},
        "customers.country": {"description": "Country the customer lives in.", "synonyms": ["nation"]},
        "customers.city": {"description": "City the customer lives in.", "synonyms": ["town"]},
        "customers.segment": {
            "description": "Customer segment: consumer, small business or enterprise.",
            "synonyms": ["customer type", "tier"],
            "values": ["consumer", "small business", "enterprise"],
        },
        "customers.signup_date": {
            "description": "Day the customer created an account.",
            "synonyms": ["joined", "registration date", "signed up"],
        },
        "categories.name": {"description": "Category name.", "synonyms": ["category"]},
        "products.name": {"description": "Product name.", "synonyms": ["product", "item"]},
        "products.price": {"description": "Current list price in USD.", "synonyms": ["list price"]},
        "products.cost": {"description": "What one unit costs the shop in USD.", "synonyms": ["unit cost"]},
        "orders.order_date": {
            "description": "Day the order was placed (2024-01-01 to 2025-12-31).",
            "synonyms": ["date", "ordered on", "purchase date", "when"],
        },
        "orders.status": {
            "description": "paid (not yet shipped), shipped, refunded or cancelled.",
            "synonyms": ["state", "order status"],
            "values": ["paid", "shipped", "refunded", "cancelled"],
        },
        "orders.channel": {
            "description": "Where the order was placed: web, mobile, marketplace or store.",
            "synonyms": ["source", "sales channel"],
            "values": ["web", "mobile", "marketplace", "store"],
        },
        "order_items.quantity": {"description": "Units ordered.", "synonyms": ["units", "qty"]},
        "order_items.unit_price": {
            "description": "Price charged per unit in USD, after promotions.",
            "synonyms": ["price paid", "selling price"],
        },
    },
    "metrics": {
        "revenue": "SUM(order_items.quantity * order_items.unit_price)",
        "units sold": "SUM(order_items.quantity)",
        "order count": "COUNT(DISTINCT orders.id)",
        "average order value": "SUM(order_items.quantity * order_items.unit_price) / COUNT(DISTINCT orders.id)",
        "gross margin": "SUM(order_items.quantity * (order_items.unit_price - products.cost))",
    },
}

SHOP_EXPOSED: dict[str, str | list[str]] = {
    "customers": ["id", "first_name", "country", "city", "segment", "signup_date"],
    "categories": "*",
    "products": "*",
    "orders": "*",
    "order_items": "*",
}
