"""Quality: gold files, scoring and score reports (the reference scorer's rules)."""
