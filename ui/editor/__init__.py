"""The lead editor dialog: fields, live exit-criteria checklist, people, activities, history."""

from ui.editor.dialog import LeadEditorDialog

__all__ = ["LeadEditorDialog"]
