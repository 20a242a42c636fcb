"""Time expressions: find and resolve them against the publication date.

    find(text, publication_date, language) -> [{start, end, text, value, precision}]
    resolve(expression_text, publication_date, language) -> (value, precision) | None

Language data lives in heron/lang/<code>/times.json; the code is language-independent.
"""
from heron.times.finder import find, resolve

__all__ = ["find", "resolve"]
