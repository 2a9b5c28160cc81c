"""Uploaded files: validation, normalisation to Parquet, storage and the sandboxed "Files" connection."""

from iopsdata.files.connection import FILES_ID, FILES_NAME
from iopsdata.files.model import FORMATS, FileAsset
from iopsdata.files.service import FileService

__all__ = ["FILES_ID", "FILES_NAME", "FORMATS", "FileAsset", "FileService"]
