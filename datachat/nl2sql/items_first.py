"""A question that names the rows first and lists what to show of them after a dash or a colon ("courses with at
most 2 sections - name and id", "automakers with more than 3 models: full name and id") read as the list of
those items first ("name and id of courses with at most 2 sections"): the order the rules read a listing in.

Pure string work, before tokens: the tail is taken only when it is a short plain list of names (no number, no
word that orders, groups, compares or negates) and the head is no question of its own ("which ...", "how ...",
"show ..."), so a tail that adds a condition ("revenue by month: 2024 only") is left where it is.

>>> items_first("courses with at most 2 sections - name and id")
'name and id of courses with at most 2 sections'
>>> items_first("professionals who live in Indiana: give their id, last name and mobile number please")
'id, last name and mobile number of professionals who live in Indiana'
>>> items_first("revenue by month: 2024 only"), items_first("which shops opened in 2010 - name and city")
('revenue by month: 2024 only', 'which shops opened in 2010 - name and city')
"""

from __future__ import annotations

import re

from .patterns import ITEM_LIST_STOPS, LIST_VERBS, WH_QUESTION_WORDS

#: a dash set apart by spaces, or a colon or semicolon before a space, splits the rows from the items listed
_SPLIT = re.compile(r"\s+[-\u2013\u2014]\s+|[:;]\s+")
#: words a listed tail opens with that ask for it ("give their ...", "show me the ...")
_TAIL_LEADS = frozenset({"give", "return", "include", "provide", "me", "us", "their", "its", "the", "his", "her"})
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def items_first(question: str) -> str:
    """The question with a plain list of items after its last dash or colon moved in front of the rows it names
    (see the module docstring); any other question as it is."""
    parts = list(_SPLIT.finditer(question))
    if not parts:
        return question
    cut = parts[-1]
    head, tail = question[: cut.start()].strip(), question[cut.end() :].strip().rstrip("?.! ")
    words = tail.split()
    while words and (words[0].lower() in _TAIL_LEADS or words[0].lower() in LIST_VERBS):
        words = words[1:]
    if words and words[-1].lower() == "please":
        words = words[:-1]
    tail = " ".join(words).rstrip(",")
    head_words = [w.lower() for w in _WORD.findall(head)]
    if not words or len(words) > 8 or not head_words or any(ch.isdigit() for ch in tail):
        return question
    if head_words[0] in WH_QUESTION_WORDS or head_words[0] in LIST_VERBS or head_words[0] in _TAIL_LEADS:
        return question
    if not re.fullmatch(r"[A-Za-z][A-Za-z' ]*(,\s*[A-Za-z][A-Za-z' ]*)*", tail.replace(" and ", ", ")):
        return question
    if any(w.lower() in ITEM_LIST_STOPS or w.lower().endswith("'s") for w in _WORD.findall(tail)):
        return question  # a possessive says whose item it is, read where it stands
    return f"{tail} of {head}"
