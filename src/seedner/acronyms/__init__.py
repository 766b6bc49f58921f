"""Acronyms: pure rules (shapes, definitions, senses) and the spaCy component that wires them."""
