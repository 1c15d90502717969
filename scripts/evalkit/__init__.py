"""Scoring and the real-article set for scripts/evaluate.py and scripts/real_articles.py (not part of the package)."""
