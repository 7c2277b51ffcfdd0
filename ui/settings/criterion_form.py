"""CriterionForm: one exit criterion of any kind, edited in a form (never as JSON).

Owned by the pipeline page. The kind decides which rows show: a field condition, a
checklist label, an approval (approver role or a gatekeeper participant) or a number of
done activities; every kind may apply only when another field meets a condition.
``spec()`` returns the values for ``pipelines.add_criterion``/``update_criterion``;
the core validates them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from funneldesk.domain.records import CriterionRecord
from funneldesk.gating.facts import FIELD_LABELS
from ui.models_util import tr


def kind_names() -> dict[str, str]:
    """Return criterion kinds and their words."""
    return {"field": tr("Criteria", "A field is set or meets a condition"),
            "checklist": tr("Criteria", "A checklist item is ticked"),
            "approval": tr("Criteria", "An approval is given"),
            "activity": tr("Criteria", "Activities are done")}


def kind_short_names() -> dict[str, str]:
    """Return criterion kinds as short words for lists."""
    return {"field": tr("Criteria", "Field"), "checklist": tr("Criteria", "Checklist"),
            "approval": tr("Criteria", "Approval"), "activity": tr("Criteria", "Activity")}


def operator_names() -> dict[str, str]:
    """Return comparison operators and their words."""
    return {"set": tr("Criteria", "is set"), "eq": "=", "ne": "≠", "gt": ">", "gte": "≥",
            "lt": "<", "lte": "≤"}


class CriterionForm(QWidget):
    """The fields of one exit criterion, showing only the rows its kind needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = self._combo(kind_names())
        self.label = QLineEdit(self)
        self.field = self._combo({k: tr("LeadFields", v) for k, v in FIELD_LABELS.items()})
        self.operator, self.operand = self._combo(operator_names()), QLineEdit(self)
        self.approver = self._combo({"manager": tr("Criteria", "a manager"),
                                     "owner": tr("Criteria", "an owner")})
        self.gatekeeper = QCheckBox(self.tr("Given by the lead's gatekeeper participant"), self)
        kinds = ("call", "meeting", "email", "task", "demo")
        self.activity = self._combo({k: tr("Activities", k) for k in kinds})
        self.min_count = QSpinBox(self)
        self.min_count.setRange(1, 99)
        self.when_field = self._combo({"": tr("Criteria", "always"),
                                       **{k: tr("LeadFields", v) for k, v in FIELD_LABELS.items()}})
        self.when_operator, self.when_operand = self._combo(operator_names()), QLineEdit(self)
        self._layout = QFormLayout(self)
        self._rows: dict[str, QWidget] = {}
        for key, text, widget in (
                ("kind", self.tr("Kind"), self.kind), ("label", self.tr("Label"), self.label),
                ("field", self.tr("Field"), self.field), ("operator", self.tr("Condition"), self.operator),
                ("operand", self.tr("Value"), self.operand),
                ("approver_role", self.tr("Approver"), self.approver),
                ("gatekeeper", "", self.gatekeeper), ("activity_kind", self.tr("Activity"), self.activity),
                ("min_count", self.tr("At least"), self.min_count),
                ("when_field", self.tr("Only when"), self.when_field),
                ("when_operator", self.tr("that field"), self.when_operator),
                ("when_operand", self.tr("compared with"), self.when_operand)):
            widget.setAccessibleName(text or key)
            self._layout.addRow(text, widget)
            self._rows[key] = widget
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.when_field.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

    def _combo(self, items: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        for value, text in items.items():
            combo.addItem(text, value)
        return combo

    def _visible_keys(self) -> set[str]:
        per_kind = {"field": {"field", "operator", "operand"}, "checklist": set(),
                    "approval": {"approver_role", "gatekeeper"},
                    "activity": {"activity_kind", "min_count"}}
        always = {"kind", "label", "when_field"}
        if self.when_field.currentData():
            always |= {"when_operator", "when_operand"}
        return always | per_kind[self.kind.currentData()]

    def _on_kind_changed(self) -> None:
        visible = self._visible_keys()
        for key, widget in self._rows.items():
            self._layout.setRowVisible(widget, key in visible)

    def set_criterion(self, criterion: CriterionRecord | None) -> None:
        """Show a criterion (None: a blank checklist item, ready to add)."""
        c = criterion or CriterionRecord(id=0, stage_id=0, kind="checklist", label="")
        self._pick(self.kind, c.kind)
        self.label.setText(c.label)
        self._pick(self.field, c.field or "title")
        self._pick(self.operator, c.operator or "set")
        self.operand.setText(c.operand or "")
        self._pick(self.approver, c.approver_role or "manager")
        self.gatekeeper.setChecked(c.gatekeeper)
        self._pick(self.activity, c.activity_kind or "call")
        self.min_count.setValue(c.min_count)
        self._pick(self.when_field, c.when_field or "")
        self._pick(self.when_operator, c.when_operator or "set")
        self.when_operand.setText(c.when_operand or "")

    @staticmethod
    def _pick(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def spec(self) -> dict[str, Any]:
        """Return the criterion as the core's fields, blank for rows its kind does not use."""
        kind = self.kind.currentData()
        when = self.when_field.currentData() or None
        spec: dict[str, Any] = {
            "kind": kind, "label": self.label.text().strip(), "field": None, "operator": None,
            "operand": None, "approver_role": None, "gatekeeper": False, "activity_kind": None,
            "min_count": 1, "when_field": when,
            "when_operator": self.when_operator.currentData() if when else None,
            "when_operand": (self.when_operand.text().strip() or None) if when else None}
        if kind == "field":
            spec |= {"field": self.field.currentData(), "operator": self.operator.currentData(),
                     "operand": self.operand.text().strip() or None}
        elif kind == "approval":
            spec |= {"gatekeeper": self.gatekeeper.isChecked(),
                     "approver_role": None if self.gatekeeper.isChecked() else self.approver.currentData()}
        elif kind == "activity":
            spec |= {"activity_kind": self.activity.currentData(), "min_count": self.min_count.value()}
        return spec
