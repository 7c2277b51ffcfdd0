"""Settings: the pipeline editor, catalogs (channels, personas, lost reasons) and users."""

from ui.settings.view import SettingsView

__all__ = ["SettingsView"]
