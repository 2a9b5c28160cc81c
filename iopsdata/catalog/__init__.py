"""Catalog: what tables and columns a connection has (model + introspection)."""

from iopsdata.catalog.model import Catalog, Column, ForeignKey, Table

__all__ = ["Catalog", "Column", "ForeignKey", "Table"]
