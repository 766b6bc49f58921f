"""Inputs and outputs: readers, writers and their registry, atomic output files, the HTML report, tables."""
