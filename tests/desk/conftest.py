"""The Maven sample fixture, shared with the analytics tests."""

from tests.analytics.conftest import maven_target  # noqa: F401
