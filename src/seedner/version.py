"""The installed version of seedner (one home: the CLI, the HTML report and the run manifests read it)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("seedner")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"
