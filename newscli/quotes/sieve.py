"""Sieves: the quote finder's rules as named functions, switchable by name.

A sieve is a small function with one principle in its docstring's first line. The stages of the
finder run the sieves of their stage in the order ``pipeline.SIEVES`` lists them; a chain
stage takes the first sieve that answers (``None`` passes), a rule stage asks ``on(rule)``
before applying it. ``find_quotes(article, disabled={"name"})`` switches sieves off, so each
one's worth can be measured (``bench/quotes.py --ablate``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Sieve:
    stage: str  # which stage runs it (see pipeline.STAGES)
    fn: Callable[..., Any]

    @property
    def name(self) -> str:
        return self.fn.__name__

    @property
    def principle(self) -> str:
        """The docstring's first paragraph: the rule, with an invented example."""
        return " ".join((self.fn.__doc__ or "").strip().split("\n\n", 1)[0].split())


class Active:
    """The sieves switched on: ``chain(stage)``, the sieves of a stage that are on, in order;
    ``on(rule)``, is this rule on?"""

    def __init__(self, sieves: Iterable[Sieve], disabled: Iterable[str] = ()) -> None:
        sieves = tuple(sieves)
        off = frozenset(disabled)
        unknown = off - {s.name for s in sieves}
        if unknown:
            raise ValueError(f"unknown sieve: {', '.join(sorted(unknown))}")
        chains: dict[str, list[Callable[..., Any]]] = {s.stage: [] for s in sieves}
        for s in sieves:
            if s.name not in off:
                chains[s.stage].append(s.fn)
        self._chains = {k: tuple(v) for k, v in chains.items()}
        # (bound built-ins, no Python frame: the stages ask these thousands of times)
        self.on: Callable[[Callable[..., Any]], bool] = frozenset(
            s.fn for s in sieves if s.name not in off).__contains__
        self.chain: Callable[[str], tuple[Callable[..., Any], ...]] = self._chains.__getitem__
