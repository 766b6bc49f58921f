"""Pure text helpers every layer shares: folding and keys, cutting long texts, line positions."""
