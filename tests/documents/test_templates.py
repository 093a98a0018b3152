"""Template discovery, front matter, the sandbox and error reporting."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pitchkit.core.errors import TemplateError
from pitchkit.core.model import Project
from pitchkit.documents.context import build_context
from pitchkit.documents.templates import (
    find_template,
    list_templates,
    parse_front_matter,
    render_template,
)


def user_dir() -> Path:
    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_user_template(name: str, text: str) -> Path:
    path = user_dir() / f"{name}.md.j2"
    path.write_text(text, encoding="utf-8")
    return path


def render(name: str, text: str, project: Project | None = None) -> str:
    write_user_template(name, text)
    return render_template(find_template(name), build_context(project or Project()))


def test_builtin_proposal_is_listed_with_metadata():
    info = find_template("proposal")
    assert info.origin == "built-in"
    assert info.name == "Full proposal"
    assert info.audience == "pitch"
    assert info.description
    assert info.path.name == "proposal.md.j2"
    assert "proposal" in [t.key for t in list_templates()]


def test_user_template_overrides_builtin():
    write_user_template(
        "proposal", "{#- pitchkit\nname: Mine\naudience: stakeholder\n-#}\n# Mine\n"
    )
    info = find_template("proposal")
    assert (info.origin, info.name, info.audience) == ("user", "Mine", "stakeholder")
    assert [t.key for t in list_templates()].count("proposal") == 1
    assert render_template(info, build_context(Project())).strip() == "# Mine"


def test_template_without_front_matter_gets_defaults():
    write_user_template("plain", "# Hello\n")
    info = find_template("plain")
    assert (info.name, info.audience, info.description) == ("plain", "pitch", "")


def test_front_matter_parsing():
    meta = parse_front_matter(
        "{#- pitchkit\nname: One: two\ndescription:  Spaced  \naudience: stakeholder\n-#}\nbody"
    )
    assert meta == {"name": "One: two", "description": "Spaced", "audience": "stakeholder"}
    assert parse_front_matter("{# just a comment #}\n") == {}
    assert parse_front_matter("no front matter") == {}


def test_bad_front_matter_is_reported_on_use():
    path = write_user_template("odd", "{#- pitchkit\nname: X\naudience: everyone\n-#}\n")
    assert "odd" in [t.key for t in list_templates()]  # listing never fails
    with pytest.raises(TemplateError) as caught:
        find_template("odd")
    assert caught.value.file == str(path)
    assert "everyone" in str(caught.value)


def test_unknown_template_lists_available():
    with pytest.raises(TemplateError) as caught:
        find_template("no-such-template")
    message = str(caught.value)
    assert "no-such-template" in message and "proposal" in message


@pytest.mark.parametrize(
    "body",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ stakeholders.__class__ }}",
        "{{ pitch.__init__ }}",
        "{% for i in range(100000000) %}{% endfor %}",
        "{{ 'x' * 100000000 }}",
        "{{ stakeholders.append(1) }}",
    ],
)
def test_sandbox_refuses_escapes(body):
    path = write_user_template("evil", "# Title\n\n" + body + "\n")
    with pytest.raises(TemplateError) as caught:
        render_template(find_template("evil"), build_context(Project()))
    assert caught.value.file == str(path)
    assert caught.value.where == "line 3"
    assert str(caught.value).startswith(f"{path}: line 3: ")


def test_syntax_error_names_the_line():
    path = write_user_template("broken", "# Title\n\n{% if %}\n")
    with pytest.raises(TemplateError) as caught:
        find_template("broken") and render_template(find_template("broken"), {})
    assert caught.value.file == str(path)
    assert caught.value.where == "line 3"
    assert "syntax error" in caught.value.what


def test_undefined_variable_is_an_error_with_line():
    with pytest.raises(TemplateError) as caught:
        render("undef", "{#- pitchkit\nname: U\n-#}\n# T\n\n{{ no_such_name }}\n")
    assert caught.value.where == "line 6"
    assert "no_such_name" in caught.value.what
    with pytest.raises(TemplateError):
        render("undef2", "{{ pitch.no_such_field }}\n")


def test_project_values_are_escaped_template_text_is_not(hostile_project):
    out = render("esc", "**Bold** {{ stakeholders[0].name }}\n", hostile_project)
    assert out.startswith("**Bold** ")
    assert "\\*\\*Bob\\*\\*" in out
    assert "<script>" not in out and "\\<script\\>" in out
    assert "\\{\\{ 7\\*7 \\}\\}" in out and "49" not in out


def test_values_cannot_start_blocks(hostile_project):
    out = render("blocks", "{{ problems[0].description }}\n", hostile_project)
    assert "\n" not in out.strip()
    assert out.startswith("\\- list")


def test_paragraphs_filter_keeps_paragraphs(project):
    out = render("story", "{{ pitch.story|paragraphs }}\n", project)
    assert out.count("\n\n") == 1


def test_none_prints_empty_and_dates_format(project):
    out = render("dates", "[{{ strategy.actions[1].due }}] {{ pitch.deadline|date }}\n", project)
    assert out.strip() == "[] 28 March 2025"


@pytest.mark.parametrize(
    "source",
    [
        "{{ cycler.__init__.__globals__ }}",  # Jinja's SecurityError text ends with a full stop
        "{% for x in %}",  # a syntax error
        "{{ 1 / 0 }}",  # a failure while rendering
    ],
)
def test_template_errors_read_as_one_sentence(source, tmp_path, monkeypatch):
    monkeypatch.setenv("PITCHKIT_TEMPLATES_DIR", str(tmp_path))
    (tmp_path / "broken.md.j2").write_text(source, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render_template(find_template("broken"), build_context(Project()))
    text = str(caught.value)
    assert ".;" not in text and text.count(";") == 1
    assert text.startswith(str(tmp_path / "broken.md.j2") + ": line 1: ")
