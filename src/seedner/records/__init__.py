"""Output records without spaCy: the record type and schema, span hygiene, canonical names, the glossary."""
