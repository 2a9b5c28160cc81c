"""Uploaded files: validation, normalisation to Parquet, storage and the sandboxed "Files" connection."""

from iopsdata.files.model import FORMATS, FileAsset
from iopsdata.files.service import FileService
from iopsdata.files.target import FILES_ID, FilesTarget

__all__ = ["FILES_ID", "FORMATS", "FileAsset", "FileService", "FilesTarget"]
