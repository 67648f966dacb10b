"""The open data API: published content as JSON under /api/v1/ (docs/opendata.md)."""
