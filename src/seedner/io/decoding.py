"""Bytes to text, exactly: a BOM removed, line endings untouched, the encoding given or detected."""

from __future__ import annotations

import codecs
from collections.abc import Callable

Notify = Callable[[str], None]


def _ignore(message: str) -> None:
    """The default notify: say nothing."""


# Magic numbers of binary files that a wrong extension or a text glob can let in.
BINARY_SIGNATURES = (
    b"%PDF-",
    b"\x89PNG",
    b"\x1f\x8b",
    b"PK\x03\x04",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0",  # an old Office file
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings `--encoding auto` chooses among when the bytes are not UTF-8.
_AUTO_CANDIDATES = ["cp1252", "latin_1", "iso8859_15", "utf_16", "utf_16_le", "utf_16_be"]


def check_encoding(name: str) -> str:
    """Validate an ``--encoding`` value early; raises LookupError for unknown names."""
    if name != "auto":
        codecs.lookup(name)
    return name


def decode_bytes(data: bytes, encoding: str, *, source: str = "", notify: Notify = _ignore) -> str:
    """Decode a whole file exactly: a BOM removed, line endings untouched.

    Raises ValueError with a message fit for the user (binary file, byte offset
    of the first undecodable byte).
    """
    bom_encoding = next((name for bom, name in BOMS if data.startswith(bom)), None)
    wide = encoding != "auto" and codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    if encoding == "auto" and bom_encoding is None:
        bom_encoding = utf16_without_bom(data)
    if bom_encoding is None and not wide and _looks_binary(data):
        raise ValueError("binary file")
    if encoding == "auto":
        return _decode_auto(data, bom_encoding, source, notify)
    codec = codecs.lookup(encoding).name
    if codec == "utf-8" and bom_encoding == "utf-8-sig":
        codec = "utf-8-sig"
    elif codec in {"utf-16", "utf-32"} and bom_encoding not in {"utf-16", "utf-32"}:
        pass  # the codec itself reports the missing BOM below
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise ValueError(f"cannot decode as {encoding} at byte {error.start} (try --encoding auto)") from None


def _decode_auto(data: bytes, bom_encoding: str | None, source: str, notify: Notify) -> str:
    if bom_encoding is not None:
        text = data.decode(bom_encoding)
        if bom_encoding != "utf-8-sig":
            notify(f"{source}: decoded as {bom_encoding}")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_AUTO_CANDIDATES).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        encoding = "latin_1"  # decodes any byte sequence
        text = data.decode(encoding)
    notify(f"{source}: decoded as {codecs.lookup(encoding).name}")
    return text


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for French text in UTF-16 written without a BOM (one byte in two
    is zero, on the same side), else None."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return None
    odd_zeros = sample[1::2].count(0)
    even_zeros = sample[0::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.6 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.6 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    return data.startswith(BINARY_SIGNATURES) or b"\x00" in data
