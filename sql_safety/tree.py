"""A fast pre-order listing of a tree's nodes, shared by the rules that look at every node."""

from __future__ import annotations

from sqlglot import exp

__all__ = ["all_nodes"]


def all_nodes(root: exp.Expr) -> list[exp.Expr]:
    """Every node under ``root`` (``root`` first), like ``root.walk()`` but several times cheaper.

    Args:
        root: any expression.

    Returns:
        The nodes, parents before children.

    >>> import sqlglot
    >>> sorted(type(n).__name__ for n in all_nodes(sqlglot.parse_one("SELECT a FROM t")))
    ['Column', 'From', 'Identifier', 'Identifier', 'Select', 'Table']
    """
    nodes = []
    stack = [root]
    expr = exp.Expr
    while stack:
        node = stack.pop()
        nodes.append(node)
        for value in reversed(node.args.values()):
            if type(value) is list:
                stack.extend(v for v in reversed(value) if isinstance(v, expr))
            elif isinstance(value, expr):
                stack.append(value)
    return nodes
