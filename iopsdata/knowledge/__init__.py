"""Team knowledge per connection: glossary, metrics, instructions, join paths, dbt imports."""

from iopsdata.knowledge.model import JOIN_SOURCES, GlossaryEntry, JoinPath, Knowledge, Metric

__all__ = ["JOIN_SOURCES", "GlossaryEntry", "JoinPath", "Knowledge", "Metric"]
