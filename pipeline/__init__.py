"""Facts from French business news: amounts, organisations, people, quotes and dates.

>>> import pipeline
>>> nlp = pipeline.load()                 # fr_core_news_md + this project's components
>>> doc = nlp("La start-up a levé 12 M€ auprès du fonds Partech.")
>>> result = pipeline.extract(["La start-up a levé 12 M€ auprès du fonds Partech."])
>>> result.amounts[["text", "value", "currency"]]

See ``pipeline.extract`` for the inputs it reads and ``pipeline.tables.SCHEMAS`` for the
columns of each table.
"""

from pipeline.extract import ExtractResult, extract
from pipeline.nlp import load

__all__ = ["ExtractResult", "extract", "load"]
__version__ = "0.5.0"
