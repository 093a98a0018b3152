"""PitchKit: plan a social-learning pitch and generate tailored proposal documents."""

__version__ = "0.1.0"
