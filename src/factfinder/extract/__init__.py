"""Extraction: report text → incident mentions with claims (spans, voices, versions)."""

from factfinder.extract.doc import Component, Doc
from factfinder.extract.pipeline import ExtractionResult, Pipeline, default_pipeline

__all__ = ["Component", "Doc", "ExtractionResult", "Pipeline", "default_pipeline"]
