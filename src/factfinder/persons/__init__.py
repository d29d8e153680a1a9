"""Persons: named victims, perpetrators and witnesses from reports and imported lists.

``names`` (normalisation, transliteration, variant folding), ``lists`` (CSV/XLSX import),
``registry`` (person mentions, records, persons in the store), ``matching`` (splink linkage),
``review`` (matching in the store, analyst decisions, undo), ``estimate`` (multiple systems
estimation), ``synth`` (seeded synthetic records for tests and benchmarks).
"""

from __future__ import annotations

from factfinder.persons.names import NameForms, name_forms, normalise_script, transliterate

__all__ = ["NameForms", "name_forms", "normalise_script", "transliterate"]
