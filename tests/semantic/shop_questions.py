"""Demo-shop questions that need the semantic model, each with the SQL that answers it (written by hand)."""

REV = "SUM(oi.quantity * oi.unit_price)"
COST = "SUM(oi.quantity * p.cost)"
LINES = "FROM order_items oi JOIN orders o ON oi.order_id = o.id"
LINES_P = "FROM order_items oi JOIN products p ON oi.product_id = p.id"
Y24 = "o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'"
Y25 = "o.order_date >= '2025-01-01' AND o.order_date < '2026-01-01'"
BUSINESS = "c.segment IN ('small business', 'enterprise')"

#: (what it exercises, question, gold SQL)
QUESTIONS = [
    ("synonym", "what is the total turnover", f"SELECT {REV} FROM order_items oi"),
    ("default date", "revenue in 2024", f"SELECT {REV} {LINES} WHERE {Y24}"),
    ("default date", "income in 2025", f"SELECT {REV} {LINES} WHERE {Y25}"),
    ("ratio", "margin by category",
     f"SELECT cat.name, ({REV} - {COST}) / {REV} {LINES_P} JOIN categories cat ON p.category_id = cat.id "
     "GROUP BY cat.name"),
    ("verified", "which category has the best profit margin",
     f"SELECT cat.name, ROUND(({REV} - {COST}) / {REV}, 4) AS m FROM categories cat JOIN products p "
     "ON p.category_id = cat.id JOIN order_items oi ON oi.product_id = p.id GROUP BY cat.name ORDER BY m DESC LIMIT 1"),
    ("ratio + date", "profit margin in 2025",
     f"SELECT ({REV} - {COST}) / {REV} {LINES} JOIN products p ON oi.product_id = p.id WHERE {Y25}"),
    ("derived", "gross profit by category",
     f"SELECT cat.name, {REV} - {COST} {LINES_P} JOIN categories cat ON p.category_id = cat.id GROUP BY cat.name"),
    ("synonym", "cogs by category",
     f"SELECT cat.name, {COST} {LINES_P} JOIN categories cat ON p.category_id = cat.id GROUP BY cat.name"),
    ("date", "total cost in 2024", f"SELECT {COST} {LINES} JOIN products p ON oi.product_id = p.id WHERE {Y24}"),
    ("ratio", "average order value", f"SELECT {REV} / COUNT(DISTINCT o.id) {LINES}"),
    ("ratio", "average order value by channel", f"SELECT o.channel, {REV} / COUNT(DISTINCT o.id) {LINES} "
                                                "GROUP BY o.channel"),
    ("synonym + date", "aov in 2025", f"SELECT {REV} / COUNT(DISTINCT o.id) {LINES} WHERE {Y25}"),
    ("segment", "number of completed orders", "SELECT COUNT(*) FROM orders WHERE status = 'shipped'"),
    ("segment", "completed orders by channel",
     "SELECT channel, COUNT(*) FROM orders WHERE status = 'shipped' GROUP BY channel"),
    ("segment", "how many open orders", "SELECT COUNT(*) FROM orders WHERE status = 'paid'"),
    ("segment + date", "how many lost orders in 2025",
     f"SELECT COUNT(*) FROM orders o WHERE o.status IN ('refunded', 'cancelled') AND {Y25}"),
    ("segment + metric", "revenue from completed orders", f"SELECT {REV} {LINES} WHERE o.status = 'shipped'"),
    ("segment + metric + date", "revenue from completed orders in 2025",
     f"SELECT {REV} {LINES} WHERE o.status = 'shipped' AND {Y25}"),
    ("segment", "how many active customers", "SELECT COUNT(*) FROM customers WHERE id IN (SELECT customer_id "
                                             "FROM orders)"),
    ("segment", "active customers by country", "SELECT country, COUNT(*) FROM customers WHERE id IN "
                                               "(SELECT customer_id FROM orders) GROUP BY country"),
    ("segment + metric", "revenue of business customers",
     f"SELECT {REV} {LINES} JOIN customers c ON o.customer_id = c.id WHERE {BUSINESS}"),
    ("segment", "how many business customers", f"SELECT COUNT(*) FROM customers c WHERE {BUSINESS}"),
    ("verified", "top 5 customers by total spend",
     f"SELECT c.first_name, c.country, ROUND({REV}, 2) AS spend {LINES} JOIN customers c ON o.customer_id = c.id "
     "GROUP BY c.id, c.first_name, c.country ORDER BY spend DESC LIMIT 5"),
    ("synonym + grain", "turnover by month in 2025",
     f"SELECT strftime('%Y-%m', o.order_date) AS m, {REV} {LINES} WHERE {Y25} GROUP BY m ORDER BY m"),
    ("derived + grain", "gross profit by year",
     f"SELECT strftime('%Y', o.order_date) AS y, {REV} - {COST} {LINES} JOIN products p ON oi.product_id = p.id "
     "GROUP BY y ORDER BY y"),
    ("metric", "units sold by category",
     "SELECT cat.name, SUM(oi.quantity) FROM order_items oi JOIN products p ON oi.product_id = p.id "
     "JOIN categories cat ON p.category_id = cat.id GROUP BY cat.name"),
    ("synonym", "earnings by channel",
     f"SELECT o.channel, {REV} - {COST} {LINES} JOIN products p ON oi.product_id = p.id GROUP BY o.channel"),
    ("ratio", "margin by channel",
     f"SELECT o.channel, ({REV} - {COST}) / {REV} {LINES} JOIN products p ON oi.product_id = p.id "
     "GROUP BY o.channel"),
    ("segment + date", "how many fulfilled orders in 2024",
     f"SELECT COUNT(*) FROM orders o WHERE o.status = 'shipped' AND {Y24}"),
    ("synonym", "revenue by customer type",
     f"SELECT c.segment, {REV} {LINES} JOIN customers c ON o.customer_id = c.id GROUP BY c.segment"),
    ("synonym + ratio", "average basket value by country",
     f"SELECT c.country, {REV} / COUNT(DISTINCT o.id) {LINES} JOIN customers c ON o.customer_id = c.id "
     "GROUP BY c.country"),
    ("ratio + segment", "margin of business customers",
     f"SELECT ({REV} - {COST}) / {REV} {LINES} JOIN products p ON oi.product_id = p.id "
     f"JOIN customers c ON o.customer_id = c.id WHERE {BUSINESS}"),
]
