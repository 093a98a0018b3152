"""The render's shortcuts give what the long way gives: ready-made groupings, the sandbox's
quick path for view fields, and escaping that skips text with nothing to escape."""

from __future__ import annotations

import jinja2
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jinja2.sandbox import ImmutableSandboxedEnvironment

from pitchkit.core.errors import TemplateError
from pitchkit.core.project_file import load_project
from pitchkit.documents import markdown_text, templates
from pitchkit.documents.context import VIEWS, build_context
from pitchkit.documents.context_private import Private, PrivateFieldError
from pitchkit.documents.context_views import view_fields
from pitchkit.paths import example_project_path


def _example_contexts():
    project = load_project(example_project_path()).project
    return [build_context(project, shared=shared) for shared in (False, True)]


@pytest.mark.parametrize("shared", [False, True])
def test_groupings_equal_the_filter_chains_they_replace(shared):
    project = load_project(example_project_path()).project
    ctx = build_context(project, shared=shared)
    env = templates.TemplateEnvironment()
    chains = env.from_string(
        "{{ (stakeholders|selectattr('decision_maker')|list) == decision_makers|list }} "
        "{{ (resistances|rejectattr('status', 'equalto', 'Resolved')|list) == open_resistances|list }}"
    ).render(ctx)
    assert chains == "True True"
    assert ctx["decision_makers"] and ctx["open_resistances"]
    open_ones = [r for r in ctx["resistances"] if r.status != "Resolved"]
    grouped: dict[str, list] = {}
    for r in open_ones:
        grouped.setdefault(r.pattern_info.id if r.pattern_info else "", []).append(r)
    assert {key: list(found) for key, found in ctx["open_by_pattern"].items()} == grouped
    assert any(key for key in grouped) and all(isinstance(v, tuple) for v in ctx["open_by_pattern"].values())


def test_a_grouping_is_read_only_in_a_template():
    ctx = _example_contexts()[1]
    env = templates.TemplateEnvironment()
    with pytest.raises(jinja2.exceptions.SecurityError):
        env.from_string("{{ open_by_pattern.clear() }}").render(ctx)


def _every_view_and_field():
    for ctx in _example_contexts():
        seen: dict[type, object] = {}
        stack = list(ctx.values())
        while stack:
            value = stack.pop()
            if isinstance(value, tuple | list):
                stack.extend(value)
            elif isinstance(value, dict):
                stack.extend(value.values())
            elif type(value) in VIEWS and type(value) not in seen:
                seen[type(value)] = value
                stack.extend(getattr(value, name) for name in view_fields(type(value)))
        for view in seen.values():
            for name in view_fields(type(view)):
                yield view, name


def test_view_fields_read_as_jinja_reads_them_and_private_ones_are_refused():
    env = templates.TemplateEnvironment()
    jinja = ImmutableSandboxedEnvironment()
    checked = privates = 0
    for view, name in _every_view_and_field():
        theirs = jinja.getattr(view, name)
        for read in (env.getattr, env.getitem):
            if isinstance(theirs, Private):
                with pytest.raises(PrivateFieldError):
                    read(view, name)
                privates += 1
            elif name.startswith("_"):
                assert isinstance(read(view, name), jinja2.Undefined)
            else:
                assert read(view, name) is theirs
            checked += 1
    assert checked > 200 and privates > 10  # every view of both contexts, shared ones too


def test_unknown_and_underscored_names_on_a_view_stay_undefined():
    view = build_context(load_project(example_project_path()).project)["stakeholders"][0]
    env = templates.TemplateEnvironment(undefined=jinja2.StrictUndefined)
    for read in (env.getattr, env.getitem):
        assert isinstance(read(view, "no_such_field"), jinja2.Undefined)
        with pytest.raises(jinja2.exceptions.SecurityError):
            str(read(view, "_shared"))
        with pytest.raises(jinja2.exceptions.SecurityError):
            str(read(view, "__class__"))


def test_a_shared_template_mapping_a_private_field_names_it(tmp_path, monkeypatch):
    import os
    from pathlib import Path

    from pitchkit.documents.export import render_markdown

    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mapped.md.j2").write_text(
        "{#- pitchkit\nname: Mapped\n-#}\n# Hello\n\n{{ stakeholders|map(attribute='notes')|join }}\n",
        encoding="utf-8",
    )
    with pytest.raises(TemplateError, match="notes is private"):
        render_markdown(load_project(example_project_path()).project, "mapped")


def _escaped_the_long_way(text: str) -> str:
    text = markdown_text._WHITESPACE.sub(" ", text)
    text = markdown_text._ALWAYS.sub(r"\\\1", text)
    text = markdown_text._ENTITY.sub(r"\\&", text)
    return markdown_text._LINE_START.sub(markdown_text._escape_line_start, text)


_TRICKY = st.sampled_from(list("ab -+=.)19\\`*_[]<>|~#{}&;\t\n\r\x1c\x85\u00a0\u2003\u3000\u0663") + ["&amp;", "&#12;", "2)"])


@given(st.lists(_TRICKY, max_size=10).map("".join) | st.text(max_size=12))
def test_escaping_skips_only_text_it_would_leave_alone(text):
    assert markdown_text.escape_inline(text) == _escaped_the_long_way(text)


def test_escaping_still_escapes():
    assert markdown_text.escape_inline("1. a *b*  c") == "1\\. a \\*b\\* c"
    assert markdown_text.escape_inline("plain words, stay") == "plain words, stay"


@pytest.mark.parametrize("language", ["en", "nl", "fr", ""])
def test_dates_read_as_babel_writes_them(language):
    import datetime

    from babel.dates import format_date

    from pitchkit.core.language import BABEL_LOCALES
    from pitchkit.documents.localised import MONTHS, _locale, written_date

    assert set(MONTHS) == set(BABEL_LOCALES)  # a new document language brings its months
    for day in (datetime.date(2027, month, 1 + 2 * month) for month in range(1, 13)):
        assert written_date(day, language) == format_date(day, "d MMMM y", locale=_locale(language))
    for day in (datetime.date(7, 3, 5), datetime.date(9999, 12, 31)):
        assert written_date(day, language) == format_date(day, "d MMMM y", locale=_locale(language))


def _stock_mistune():
    """A parse with mistune exactly as shipped: its own functions back in place meanwhile."""
    import mistune
    from mistune import list_parser
    from mistune.plugins import table

    from pitchkit.documents.markdown_parser import parser

    parser()  # the shortcuts are installed
    stock = mistune.create_markdown(renderer=None, plugins=["table", "strikethrough"])

    def parse(markdown):
        quick_split, once = table._split_table_cells, list_parser._compile_list_break_sc
        table._split_table_cells, list_parser._compile_list_break_sc = quick_split.walk, once.build
        try:
            return stock(markdown)
        finally:
            table._split_table_cells, list_parser._compile_list_break_sc = quick_split, once

    return parse


def _documents_of_every_template():
    from pitchkit.documents.export import render_markdown
    from pitchkit.documents.templates import list_templates

    project = load_project(example_project_path()).project
    for language in ("en", "nl"):
        for info in list_templates(language):
            yield render_markdown(project, info.key, project.stakeholders[0].id, language=language)


def test_the_plain_text_shortcut_gives_mistunes_own_tree_for_every_built_in_document():
    from pitchkit.documents.markdown_parser import parser

    ours, stock = parser(), _stock_mistune()
    documents = list(_documents_of_every_template())
    assert len(documents) >= 12
    for markdown in documents:
        assert ours(markdown) == stock(markdown)
    assert ours.inline._plain is not None  # the shortcut is in use with this mistune


_MARKDOWN_BITS = st.sampled_from([
    "a", "word ", " ", "\n", "\n\n", "  \n", "*", "**", "_", "`", "~~", "[x](http://a.b)", "![p](q)",
    "<br>", "<b>", "\\", "\\*", "&amp;", "&", "# ", "- ", "1. ", "> ", "| a | b |\n|---|---|\n| c | d |\n",
    "---\n", "    code\n", "```\nx\n```\n", "é", "<!-- pagebreak -->\n", "http://x.y", ":", "!",
])


@given(st.lists(_MARKDOWN_BITS, max_size=14).map("".join))
def test_the_plain_text_shortcut_gives_mistunes_own_tree_for_any_markdown(markdown):
    from pitchkit.documents.markdown_parser import parser

    assert parser()(markdown) == _stock_mistune()(markdown)


_ROW_BITS = st.sampled_from(["a", " ", "|", "\\", "\\|", "\\\\|", "b c", "\t", "é", "||"])


@given(st.lists(_ROW_BITS, max_size=12).map("".join))
def test_table_rows_split_as_mistune_splits_them(row):
    from mistune.plugins import table

    from pitchkit.documents.markdown_parser import parser

    parser()
    quick = table._split_table_cells
    assert quick.quick  # in use
    assert quick(row) == quick.walk(row)


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_whole_numbers_read_as_babel_writes_them(language):
    from babel.numbers import format_decimal

    from pitchkit.core.language import BABEL_LOCALES
    from pitchkit.documents.localised import GROUPS, _locale, written_number

    assert set(GROUPS) == set(BABEL_LOCALES)
    for value in (0, 7, -7, 999, 1000, -1234, 9500, 123456, -1234567, 10**15):
        assert written_number(value, language) == format_decimal(value, locale=_locale(language))
    assert written_number(8.5, language) == format_decimal(8.5, locale=_locale(language))  # Babel's way


def test_a_list_items_scanner_is_mistunes_own_for_every_indent():
    from mistune import list_parser

    from pitchkit.documents.markdown_parser import parser

    block = parser().block
    once = list_parser._compile_list_break_sc
    assert once.once  # in use
    for width in range(6):
        made = once(block, width)
        assert made is once(block, width)  # made once
        fresh = once.build(block, width)
        assert (made.pattern, made.flags) == (fresh.pattern, fresh.flags)
