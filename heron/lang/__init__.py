"""Per-language data, one folder per language (spaCy-style): a new language is a new folder."""
