"""Time and memory bounds for the template sandbox (docs/robustness.md, "Templates").

Jinja's sandbox stops templates reaching Python internals; it does not stop a template
from asking for a billion loop turns or a gigabyte string.  `LimitedSandbox` adds:

- a step budget per render: every loop turn and every call counts (`MAX_STEPS`);
- a size cap on every text a template builds and on the whole output (`MAX_TEXT`): the
  operators `*`, `+`, `~` and `%`, calls and filters check their result, and refuse
  *before* computing when the arguments already say it would be too big (widths, repeats,
  `replace`, `join`);
- no number larger than `MAX_TEXT` as an argument (widths of `center`, `zfill`, `indent` …)
  and no format-string width above it; `**` only with small exponents, and `*` of whole
  numbers only while the result stays under `MAX_POWER_BITS`;
- the *printed* size of a list, tuple or dict (nested ones included) is measured before it
  is turned into text -- by `{{ x }}`, `~`, `|string`, `|pprint`, `|map` and every other
  filter or call -- so `{{ [a] * 100000 }}` with a 100,000-character `a` is refused
  instead of building 10 GB of text;
- `wordwrap` only on texts it wraps in linear time (textwrap is quadratic on long words);
- a wall clock per render (`MAX_SECONDS`), checked on every step, for what no single
  bound catches (many bounded but slow calls).

Every refusal is a `LimitError`: the template asked for too much, which for a trusted
built-in template means the project is too big for that document (templates.py says so).

Loops are bounded by rewriting each `{% for %}` to iterate through a counting filter, and
`~` through a checking join, when the template is parsed.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import operator
import re
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

#: Loop turns plus calls one render may make.
MAX_STEPS = 1_000_000
#: Characters (or items) any one value a template builds, and the whole output, may have.
MAX_TEXT = 2_000_000
#: Largest exponent of `**`, and largest result in bits.
MAX_EXPONENT = 100
MAX_POWER_BITS = 100_000
#: Wall-clock seconds one render may take.
MAX_SECONDS = 8.0
#: `wordwrap`: longest text, and largest length² / width (≈ 1 s of textwrap's work).
MAX_WRAP_TEXT = 200_000
MAX_WRAP_WORK = 40_000_000_000


class LimitError(SecurityError):
    """A template asked for more time, memory or output than a render may have."""

_LOOP_FILTER = "_pk_loop"  # environment attributes the rewritten templates call
_CONCAT_FILTER = "_pk_concat"
_budget: contextvars.ContextVar[list[Any] | None] = contextvars.ContextVar("pk_budget", default=None)
#: Containers at least this long have their printed size remembered for the render (the
#: context's lists of people are passed to filters again and again, and cannot change).
_REMEMBER_FROM = 256
_WIDTH = re.compile(r"%[-+ #0]*(\d+)|%[-+ #0]*\d*\.(\d+)|\{[^{}]*:[^{}]*?(\d+)[^{}]*\}")


@contextlib.contextmanager
def render_budget() -> Iterator[None]:
    """A fresh step budget for one render (nested renders share the outer one)."""
    if _budget.get() is not None:
        yield
        return
    token = _budget.set([0, time.monotonic() + MAX_SECONDS, {}])
    try:
        yield
    finally:
        _budget.reset(token)


def _tick(count: int = 1) -> None:
    budget = _budget.get()
    if budget is None:
        return
    budget[0] += count
    if budget[0] > MAX_STEPS:
        raise LimitError(f"the template takes too many steps (over {MAX_STEPS:,} loop turns and calls)")
    if time.monotonic() > budget[1]:
        raise LimitError(f"the template takes too long (over {MAX_SECONDS:g} seconds)")


def printed_size(value: Any, limit: int = MAX_TEXT) -> int:
    """About how many characters `value` prints as, counted only up to just past `limit`.

    Lists, tuples, sets and dicts are walked (their printed form holds every item); texts
    count their length; anything else counts a few characters (its own text is bounded
    where it is made).  The walk stops as soon as the total passes `limit`.
    """
    budget = _budget.get()
    remembered = budget[2] if budget is not None and _size(value) >= _REMEMBER_FROM else None
    if remembered is not None and id(value) in remembered:
        kept, size = remembered[id(value)]
        if kept is value:
            return int(size)
    total = 0
    stack = [value]
    visits = 0
    while stack:
        item = stack.pop()
        visits += 1
        if isinstance(item, str):
            total += len(item) + 4
        elif isinstance(item, dict):
            total += 2
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            total += 2
            stack.extend(item)
        else:
            total += 4
        if total > limit:
            break
    _tick(visits >> 10)  # a long walk counts against the step budget and the clock
    if remembered is not None and total <= limit:
        remembered[id(value)] = (value, total)  # kept alive with it, so the id stays its own
    return total


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | list | tuple | dict) else 0


def _too_big(what: str = "a text") -> LimitError:
    return LimitError(f"{what} longer than {MAX_TEXT:,} characters in a template")


def _check_format(spec: Any) -> None:
    if isinstance(spec, str) and len(spec) < MAX_TEXT:
        for match in _WIDTH.finditer(spec):
            if any(group and int(group) > MAX_TEXT for group in match.groups()):
                raise LimitError(f"a format width over {MAX_TEXT:,} in a template")


def _check_args(args: Iterable[Any], kwargs: dict[str, Any]) -> None:
    total = 0
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_TEXT:
            raise LimitError(f"a number over {MAX_TEXT:,} given to a function in a template")
        if isinstance(value, str):
            total += len(value)
        elif isinstance(value, list | tuple | dict | set | frozenset):
            total += printed_size(value, 2 * MAX_TEXT - total)
        if total > 2 * MAX_TEXT:  # a list's items and its printed form are about the same
            raise _too_big("arguments")


def _check_special(name: str, target: Any, args: tuple[Any, ...]) -> None:
    """Refuse growth that the arguments predict: replace, expandtabs, format widths."""
    if name == "replace" and len(args) >= 2 and isinstance(target, str):
        old, new = str(args[0]), str(args[1])
        count = target.count(old) if old else len(target) + 1
        if len(target) + count * len(new) > MAX_TEXT:
            raise _too_big()
    elif name == "expandtabs" and isinstance(target, str):
        width = args[0] if args and isinstance(args[0], int) else 8
        if len(target) + target.count("\t") * width > MAX_TEXT:
            raise _too_big()
    elif name in ("format", "format_map"):
        _check_format(target)
    elif name == "wordwrap" and isinstance(target, str):
        width = args[0] if args and isinstance(args[0], int) else 79
        _check_wrap(target, width)


def _check_wrap(text: str, width: int) -> None:
    """Refuse what textwrap would take seconds over (it is quadratic on long words)."""
    if len(text) > MAX_WRAP_TEXT or len(text) ** 2 / max(width, 1) > MAX_WRAP_WORK:
        raise LimitError(f"wordwrap of {len(text):,} characters at width {width} is too slow in a template")


def _check_result(value: Any) -> Any:
    if _size(value) > MAX_TEXT:
        raise _too_big()
    return value


def check_printable(value: Any) -> None:
    """Refuse a list, tuple or dict whose printed form would pass MAX_TEXT (before printing it)."""
    if isinstance(value, list | tuple | dict | set | frozenset) and printed_size(value) > MAX_TEXT:
        raise _too_big("a printed list")


def _loop(iterable: Any) -> Iterator[Any]:
    """Every `{% for %}` iterates through this: each turn takes one step."""
    for item in iterable:
        _tick()
        yield item


def _concat(values: list[Any]) -> str:
    """`a ~ b`, checked: the same as Jinja's join, but never longer than MAX_TEXT."""
    for value in values:
        check_printable(value)
    parts = [str(value) for value in values]
    if sum(map(len, parts)) > MAX_TEXT:
        raise _too_big()
    return "".join(parts)


#: Filters whose arguments predict a result too big to build (checked before the call).
_PREDICTABLE = frozenset({"replace", "format", "join", "wordwrap"})


def _guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _tick()
        _check_args(args, kwargs)
        if name not in _PREDICTABLE:  # most calls: |sentence, |date, |length ...
            return _check_result(func(*args, **kwargs))
        plain = [a for a in args if isinstance(a, str | int | float | list | tuple) or a is None]
        if name == "replace" and len(plain) >= 3:
            _check_special("replace", plain[0], tuple(plain[1:]))
        elif name == "format" and plain:
            _check_format(plain[0])
        elif name == "join" and plain and isinstance(plain[0], list | tuple):
            for item in plain[0][:MAX_TEXT]:
                check_printable(item)
            if sum(len(str(item)) for item in plain[0][:MAX_TEXT]) > MAX_TEXT:
                raise _too_big()
        elif name == "wordwrap" and plain and isinstance(plain[0], str):
            width = plain[1] if len(plain) > 1 and isinstance(plain[1], int) else kwargs.get("width", 79)
            _check_wrap(plain[0], width if isinstance(width, int) else 79)
        return _check_result(func(*args, **kwargs))

    return guarded


def _call_env(name: str, arg: nodes.Node, lineno: int) -> nodes.Call:
    # `For.iter` is typed as any Node in Jinja, though the parser only puts expressions there.
    return nodes.Call(nodes.EnvironmentAttribute(name, lineno=lineno), [arg], [], None, None, lineno=lineno)


class LimitedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox with step, size and number limits (see the module docstring)."""

    intercepted_binops = frozenset(["*", "**", "+", "%"])
    # Reached from rewritten templates as `environment._pk_loop(...)` (not template names).
    _pk_loop = staticmethod(_loop)
    _pk_concat = staticmethod(_concat)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters = {name: _guard_filter(name, func) for name, func in self.filters.items()}

    def add_filter(self, name: str, func: Callable[..., Any]) -> None:
        """Register a filter of our own, with the same guards as the built-in ones."""
        self.filters[name] = _guard_filter(name, func)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = _call_env(_LOOP_FILTER, loop.iter, loop.lineno)
        for concat in list(tree.find_all(nodes.Concat)):
            items = nodes.List(concat.nodes, lineno=concat.lineno)
            concat.nodes = [_call_env(_CONCAT_FILTER, items, concat.lineno)]
        return tree

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
                raise LimitError("exponent too large in a template")
            if isinstance(left, int) and isinstance(right, int) and left.bit_length() * right > MAX_POWER_BITS:
                raise LimitError("number too large in a template")
            return operator.pow(left, right)
        if operator_name == "*":
            if isinstance(left, int) and isinstance(right, int) and left.bit_length() + right.bit_length() > MAX_POWER_BITS:
                raise LimitError("number too large in a template")
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(count, int) and len(seq) * count > MAX_TEXT:
                    raise _too_big("a repeated value")
            return _check_result(operator.mul(left, right))
        if operator_name == "+":
            if _size(left) + _size(right) > MAX_TEXT:
                raise _too_big()
            return operator.add(left, right)
        if operator_name == "%" and isinstance(left, str):
            _check_format(left)
            _check_args(right if isinstance(right, tuple) else (right,), {})
            return _check_result(super().call_binop(context, operator_name, left, right))
        return super().call_binop(context, operator_name, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _tick()
        _check_args(args, kwargs)
        # Jinja hands out `str.format` wrapped; the string is on the wrapped method.
        bound = getattr(__obj, "__wrapped__", __obj)
        _check_special(getattr(bound, "__name__", ""), getattr(bound, "__self__", None), args)
        return _check_result(super().call(__context, __obj, *args, **kwargs))


def render_limited(template: Any, context: dict[str, Any]) -> str:
    """Render `template` within the step budget and the output cap."""
    with render_budget():
        chunks: list[str] = []
        total = 0
        for chunk in template.generate(context):
            total += len(chunk)
            if total > MAX_TEXT:
                raise LimitError(f"the document would be longer than {MAX_TEXT:,} characters")
            chunks.append(chunk)
        return "".join(chunks)
