"""The seedner spaCy pipeline: building it (the only place that knows pipe order), factories,
start-up caches, and Doc -> records."""
