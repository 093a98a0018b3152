"""The map picture's words are in the document's language, on the command line too (no Qt translator)."""

from __future__ import annotations

import pytest

from pitchkit.core.language import current_language, speaking
from pitchkit.core.map_layout import QUADRANTS
from pitchkit.core.project_file import load_project
from pitchkit.documents.export import build_document
from pitchkit.paths import example_project_path
from pitchkit.qtrender import renderers
from pitchkit.qtrender.words import word

#: Every word the map picture draws besides people's names and roles.
DRAWN = (
    *(name for name, *_ in QUADRANTS), *(action for _, action, *_ in QUADRANTS),
    "Interest in the initiative  →", "Power / influence  →", "Stakeholder map",
    "Influence network: arrows run from the person listened to, to the listener",
)


def test_every_map_word_has_its_dutch_without_a_translator():
    with speaking("nl"):
        for english in DRAWN:
            assert word(english) != english, f"the map draws {english!r} in English in a Dutch document"
        assert word("Key players") == "Sleutelspelers"
    with speaking("en"):
        assert word("Power / influence  →") == "Power / influence  →"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_documents_picture_is_drawn_in_its_language(language):
    project = load_project(example_project_path()).project
    spoken: list[str] = []

    def picture(_project) -> bytes:
        spoken.append(current_language())
        return b""

    with speaking("en" if language == "nl" else "nl"):  # the app's language is the other one
        build_document(project, "proposal", language=language, pictures={"pitchkit:map": picture})
    assert spoken == [language]


def test_a_picture_in_each_language_is_cached_apart():
    project = load_project(example_project_path()).project
    with speaking("en"):
        english = renderers._picture_cache_path(project)
    with speaking("nl"):
        dutch = renderers._picture_cache_path(project)
    assert english is not None and dutch is not None and english != dutch
