"""newscli: summarise news articles and find who said what, from the command line.

``from newscli import analyze, Analysis`` is the Python API (see ``newscli.api``); it is
loaded on first use, so ``import newscli`` and ``newscli --help`` stay fast."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newscli.api import ANALYSIS_VERSION, Analysis, analyze, content_id

__all__ = ["ANALYSIS_VERSION", "Analysis", "__version__", "analyze", "content_id"]

_API = frozenset({"ANALYSIS_VERSION", "Analysis", "analyze", "content_id"})


def __getattr__(name: str) -> Any:
    if name in _API:
        from newscli import api

        return getattr(api, name)
    raise AttributeError(f"module 'newscli' has no attribute {name!r}")
