"""The project's spaCy components, one module per capability.

Importing this package registers every factory; they are also declared as ``spacy_factories``
entry points so a saved pipeline or a worker process finds them without importing it first.
"""

from pipeline.components import amounts, dates, entities, facts, quotes, tags

__all__ = ["amounts", "dates", "entities", "facts", "quotes", "tags"]
