"""read: files, directories and stdin become `Article` records."""

from osint_graph.ingest.readers import (
    DEFAULT_MAX_BYTES,
    Reader,
    ReadError,
    make_article,
    read_paths,
)

__all__ = ["DEFAULT_MAX_BYTES", "ReadError", "Reader", "make_article", "read_paths"]
