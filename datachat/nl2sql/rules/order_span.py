from __future__ import annotations


def order_span(question, frame):
    return frame, frozenset()
