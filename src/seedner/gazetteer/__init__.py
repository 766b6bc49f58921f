"""Gazetteers: entry files, name matching, and the gazetteer and institutions components."""
