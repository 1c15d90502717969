"""osint-graph: news articles to a knowledge graph of entities, figures and attributed claims."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("osint-graph")
except PackageNotFoundError:  # running from a checkout without an install
    __version__ = "0.1.0"
