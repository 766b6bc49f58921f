"""What DOCX and ODT share: both are zip packages of XML, read with the standard library.

No parser library is needed, so nothing is imported lazily here; the guards
are against hostile packages: a member too large to inflate, a DTD (entity
expansion), nesting deep enough to exhaust the stack.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.etree import ElementTree

from seedner.io.formats.base import FormatError

MAX_MEMBER_BYTES = 256 * 1024 * 1024
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def open_package(data: bytes, kind: str) -> zipfile.ZipFile:
    """The zip package; an encrypted file (OLE container) or a bad zip is one clear error."""
    if data.startswith(_OLE_SIGNATURE):
        raise FormatError(f"encrypted {kind} or old binary format, not a {kind} file")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, ValueError, EOFError):
        raise FormatError(f"not a {kind} file (bad zip)") from None


def read_member(package: zipfile.ZipFile, name: str, kind: str) -> bytes:
    """One member's bytes, refusing a missing, oversized or damaged one."""
    try:
        info = package.getinfo(name)
    except KeyError:
        raise FormatError(f"not a {kind} file (no {name})") from None
    if info.file_size > MAX_MEMBER_BYTES:
        raise FormatError(f"{name} is too large ({info.file_size} bytes)")
    try:
        return package.read(info)
    except (zipfile.BadZipFile, zlib.error, ValueError, EOFError, OSError, NotImplementedError) as error:
        raise FormatError(f"corrupt {kind} ({name}: {error})") from None


def parse_xml(data: bytes, name: str, kind: str) -> ElementTree.Element:
    """Parse one XML member; a DTD is refused, office files never carry one."""
    if b"<!DOCTYPE" in data[:4096].upper():
        raise FormatError(f"corrupt {kind} ({name} declares a DTD)")
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise FormatError(f"corrupt {kind} (invalid XML in {name}: {error})") from None


def local_name(tag: str) -> tuple[str, str]:
    """``{namespace}name`` split into its namespace and name."""
    if tag[:1] == "{":
        namespace, _, name = tag[1:].partition("}")
        return namespace, name
    return "", tag
