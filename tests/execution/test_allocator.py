"""The allocator setting: the model's large arrays come from the heap, not from fresh pages each batch."""

from __future__ import annotations

import subprocess
import sys

import pytest

from seedner.execution.allocator import keep_large_blocks

# Runs the pipeline over the same 120 documents and prints the page faults that took.
_PROBE = """
import resource, sys
from seedner.execution.allocator import keep_large_blocks
if sys.argv[1] == "tuned":
    assert keep_large_blocks()
from seedner.io.readers import Document
from seedner.execution.extractor import Extractor
extractor = Extractor()
text = " ".join(["Le préfet de la Gironde a saisi l'Office central (OCRTIS) à Bordeaux le 3 mars."] * 12)
extractor.extract_text(text)
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for result in extractor.run(Document(str(i), text) for i in range(120)):
    assert result.ok
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""

glibc_only = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not keep_large_blocks(), reason="glibc's mallopt only"
)


def _page_faults(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, check=True, timeout=300
    )
    return int(done.stdout.split()[-1])


@glibc_only
def test_the_model_no_longer_faults_in_fresh_pages_for_every_batch():
    plain, tuned = _page_faults("plain"), _page_faults("tuned")
    assert tuned * 4 < plain, (tuned, plain)


def test_elsewhere_than_glibc_nothing_is_set(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert keep_large_blocks() is False


# Builds the pipeline, freezes, and prints how many objects the collector's full collection walks.
_WALKED = """
import gc, sys
from seedner.execution.allocator import freeze_built_objects
from seedner.execution.extractor import Extractor
extractor = Extractor()
if sys.argv[1] == "frozen":
    freeze_built_objects()
garbage = []
garbage.append(garbage)  # a cycle made after the pipeline: still collected
del garbage
print(len(gc.get_objects()), gc.collect() >= 1, extractor.extract_text("La DGSI à Lyon.")[0]["text"])
"""


def _walked(mode: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _WALKED, mode], capture_output=True, text=True, check=True, timeout=300
    )
    return done.stdout.split()


def test_the_built_pipeline_is_left_out_of_full_collections():
    plain, frozen = _walked("plain"), _walked("frozen")
    assert int(frozen[0]) * 20 < int(plain[0]), (frozen, plain)  # the pipeline's objects are not walked
    assert frozen[1:] == plain[1:] == ["True", "DGSI"]  # later garbage is collected; the pipeline works
