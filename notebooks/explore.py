# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Exploring French business news with `pipeline`
#
# This notebook runs the project's pipeline on the sample articles of `corpus/` and looks at
# what comes out: the amounts, the organisations and people, who is quoted, and when things
# happen. Every table is a pandas DataFrame, one row per mention.

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from spacy import displacy

import pipeline

ROOT = Path.cwd() if (Path.cwd() / "corpus").is_dir() else Path.cwd().parent
CORPUS = ROOT / "corpus" / "articles"
pd.set_option("display.max_colwidth", 80)

# %% [markdown]
# ## Run the pipeline on the corpus
# `pipeline.extract` reads the folder (the publication date of each article comes from its file
# name) and returns the tables.

# %%
nlp = pipeline.load()
result = pipeline.extract(CORPUS, nlp=nlp)
result.summary()

# %%
result.articles.head()

# %% [markdown]
# ## Amounts
# Each amount has its value in units of its currency, its ISO code, and a qualifier
# (`approx`, `at_least`, `at_most`) when the text hedges it.

# %%
result.amounts[["doc_id", "text", "value", "value_max", "currency", "qualifier"]].head(15)

# %% [markdown]
# An article often restates an amount (`3 milliards` in the lead, again in the body): to add
# amounts up, keep each value once per article.

# %%
once = result.amounts.drop_duplicates(["doc_id", "currency", "value", "value_max"])
by_currency = once.groupby("currency")["value"].agg(["count", "sum", "max"])
by_currency

# %%
ax = result.amounts["currency"].value_counts().plot.bar(title="Amounts by currency")
ax.set_ylabel("mentions")
plt.show()

# %% [markdown]
# The largest amounts in euros:

# %%
eur = result.amounts[result.amounts["currency"] == "EUR"]
eur.sort_values("value", ascending=False)[["doc_id", "text", "value"]].head(10)

# %% [markdown]
# ## Facts: what each amount measures, and whose it is
# Every amount carries its fact: `measure` (`price`, `revenue`, `profit`, `loss`, `funding`,
# `fine`, …, `other`), `holder` (whose amount it is), `counterpart` (the target bought, the
# authority that fines…), `period`, and `value_eur` at the ECB rate of the article's date, so
# amounts in several currencies can be compared.

# %%
result.amounts["measure"].value_counts()

# %% [markdown]
# Deals: who buys whom, for how much (largest first; an amount restated in one article is kept
# once).

# %%
facts = result.amounts.drop_duplicates(["doc_id", "measure", "holder", "value", "currency"])
deals = facts.query("measure == 'price'")
deals.sort_values("value_eur", ascending=False)[
    ["doc_id", "holder", "counterpart", "text", "value_eur"]
].head(15)

# %% [markdown]
# Results by company and period, in euros:

# %%
results = facts.query("measure in ['revenue', 'profit', 'loss']").dropna(subset=["holder"])
results.pivot_table(
    index=["holder", "period"], columns="measure", values="value_eur", aggfunc="max"
).head(20)

# %% [markdown]
# Fines by authority (the counterpart of a fine is who imposes it):

# %%
fines = facts.query("measure == 'fine'")
fines.groupby(fines["counterpart"].fillna("(not named)")).agg(
    fines=("value_eur", "count"), total_eur=("value_eur", "sum"), payers=("holder", "unique")
)

# %% [markdown]
# ## Organisations and people
# `name` is the canonical name of the entity within its article (`Pouyanné` → `Patrick
# Pouyanné`), so distinct entities are `drop_duplicates(["doc_id", "name"])`.

# %%
orgs = result.organizations.drop_duplicates(["doc_id", "name"])
orgs["name"].value_counts().head(15)

# %%
people = result.people.drop_duplicates(["doc_id", "name"])
people[["doc_id", "name", "role", "organization"]].head(20)

# %%
# corpus-level entities (one row per organisation across articles), news agencies apart
corpus_orgs = result.entities[
    (result.entities["type"] == "ORG") & (result.entities["kind"].fillna("") != "media")
]
ax = (
    corpus_orgs.set_index("name")["n_articles"]
    .head(10)
    .sort_values()
    .plot.barh(title="Organisations cited in the most articles (media apart)")
)
ax.set_xlabel("articles")
plt.show()

# %% [markdown]
# ## Who is quoted

# %%
result.quotes[["doc_id", "speaker", "kind", "cue", "quote"]].head(15)

# %%
quoted = result.quotes.dropna(subset=["speaker"])
counts = quoted.groupby(["speaker", "kind"]).size().unstack(fill_value=0)
if len(counts):
    top = counts.loc[counts.sum(axis=1).sort_values().index].tail(10)  # ranked by all quotes
    ax = top.plot.barh(stacked=True, title="Quotes per speaker")
    ax.set_xlabel("quotes")
    plt.show()

# %% [markdown]
# ## Dates: what the corpus talks about, on a timeline

# %%
dates = result.dates.dropna(subset=["value"]).copy()
dates[["doc_id", "text", "value", "granularity", "relative"]].head(15)

# %%
dates["year"] = dates["value"].str.slice(0, 4).astype(int)
if len(dates):
    years = dates["year"].value_counts().sort_index()
    fig, ax = plt.subplots()
    ax.bar(years.index, years.to_numpy(), width=0.8)  # a time axis: 1921 is far from 2008
    ax.set(title="Years mentioned", xlabel="year", ylabel="mentions")
    plt.show()

# %% [markdown]
# ## One article, rendered
# displaCy shows the entities of the pipeline (corrected labels: the same as the tables) in one
# article, then each span group with its label (`MONEY`, `DATE`, `QUOTE`).

# %%
first = sorted(CORPUS.rglob("*.txt"))[0]
doc = nlp(first.read_text(encoding="utf-8"))
displacy.render(doc, style="ent", jupyter=True)

# %%
for key in ("amounts", "dates", "quotes"):
    displacy.render(doc, style="span", options={"spans_key": key}, jupyter=True)
