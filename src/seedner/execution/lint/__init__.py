"""``seedner lint``: acronym rules for French writing (spelled out at first use, once, consistently).

``facts`` reads a document's acronym uses and definitions from its records and text, ``rules`` and
``mismatch`` are the checks (pure functions), ``directives`` the ``seedner-disable`` comments,
``report`` the output formats and ``run`` the operation.
"""
