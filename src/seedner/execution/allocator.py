"""Process memory for a long run: the model's large arrays kept in the heap, the pipeline kept out of the
garbage collector's way.

glibc serves each allocation above 128 KiB with its own ``mmap`` and hands the
memory back to the system when it is freed.  The ``ner`` model allocates
arrays of several MB for every batch, so each batch touched fresh pages again:
about three million page faults and 15 % of the time on 1.3 MB of text.  glibc
raises that threshold by itself once the process frees a large block, which
loading spaCy's string table happens to do; seedner leaves that table out (it
is most of the start-up time), so it sets the threshold at start instead.

The pipeline itself (gazetteer entries, dictionaries, patterns: a hundred thousand objects) lives as long
as the process, and every full collection of Python's garbage collector walked it again: a fifth of a
second on 3,000 short documents.  :func:`freeze_built_objects` moves what exists once the pipeline is
built into the collector's permanent generation.

Process-wide, so only the command line and its worker processes call these; a library user may call
them too.  Elsewhere than glibc :func:`keep_large_blocks` does nothing.
"""

from __future__ import annotations

import ctypes
import gc
import sys

# mallopt() parameters, from glibc's malloc.h.
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
# The largest threshold glibc itself would reach on a 64-bit system, and the
# free space kept at the top of the heap that goes with it.
MMAP_THRESHOLD = 32 * 1024 * 1024
TRIM_THRESHOLD = 2 * MMAP_THRESHOLD


def keep_large_blocks() -> bool:
    """Serve blocks up to 32 MB from the heap and keep up to 64 MB free there; True if glibc took it."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # another C library (musl): its own allocator, nothing to set
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )


def freeze_built_objects() -> None:
    """Leave every object that exists now (call it once the pipeline is built) to the permanent
    generation of the garbage collector, which never walks it again; objects made later are collected
    as before."""
    gc.freeze()
