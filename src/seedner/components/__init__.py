"""What the seedner spaCy components share: the Pipe base class, custom attributes, and the mask component."""
