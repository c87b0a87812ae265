"""The HTML report of a run: one self-contained page (styles, script and data inline, nothing
fetched from the network) to look at an extraction.

* ``segments`` — each article as the sentences the tables quote, with the offsets of every
  mention inside them (the tables hold no full text: a sentence's place in the article is the
  one its mentions agree on);
* ``data`` — the page's data as one JSON document: summary, corpus entities, facts, quotes by
  speaker, timeline, articles;
* ``page`` — the template (``templates/report.html``, ``report.css``, ``report.js``: a small
  vanilla script that renders sortable, filterable, paginated tables and a page of articles at
  a time) filled with that data.

``python -m pipeline report OUT_DIR -o report.html`` or ``result.to_html(path)``.
"""

from pipeline.report.page import render_report, write_report

__all__ = ["render_report", "write_report"]
