"""The corpus view: one entity per real-world organisation or person across a whole run.

Computed after the per-article tables, from them (so it works the same on one chunk or many, on
resume and on the Dask backend): :func:`link_entities` takes the tables and returns the
``entities`` table and the ``entity_id`` of every ``organizations``/``people`` row (and of the
quotes' speakers, and the amounts' holder/counterpart when those columns exist).

Modules, in the order the tables flow through them:

* ``lexicon`` — the rule data: the gazetteer's names, aliases and former names
  (``models/entities/organizations.jsonl``), the media list (``models/corpus/media.txt``), the
  legal suffixes and name prefixes (``Engie SA``, ``Groupe Renault``), the kinds by head word;
* ``names`` — the key two names must share to be one entity: ``le groupe Engie`` and
  ``Engie SA`` → ``engie``; a person's full name only (``Elon Musk``), never a surname alone;
* ``media`` — credit rules: ``PARIS (AFP) -``, ``Photo : … / Reuters``, ``(avec Belga)``;
* ``groups`` — the per-article entities (one per ``doc_id`` and canonical ``name``) and the keys
  each one offers for linking (its name, an acronym defined in its article, gazetteer forms);
* ``entities`` — the union of the groups that share a key, the entity table and the ids;
* ``read`` — the tables of an output folder read back (the entities recomputed from them).

Entity ids: ``org-`` or ``per-`` and the first 12 hex digits of the SHA-1 of the entity's sorted
keys (the normalised names of its per-article groups, joined by a line break), so the same
name set always gets the same id; a person known only by a surname in one article has the
article's ``doc_id`` in its key (it is never merged with another article's).
"""

from pipeline.corpus.entities import ENTITY_SCHEMA, EntityLinks, link_entities

__all__ = ["ENTITY_SCHEMA", "EntityLinks", "link_entities"]
