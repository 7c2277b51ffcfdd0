"""FunnelDesk's Qt GUI. Talks to the core's services only; holds no business rule."""

from ui._pyside_workarounds import apply as _apply_workarounds

_apply_workarounds()
