"""The public read-only API, /api/v1/: forums with their programmes, organisations, series, speakers."""
