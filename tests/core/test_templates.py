"""The five built-in stage templates carry the stage names users know from DOMAIN.md."""

from __future__ import annotations

import pytest

from funneldesk.resources import resources_dir
from funneldesk.services import pipelines, users
from funneldesk.services.templates import TEMPLATE_NAMES
from funneldesk.storage.database import Database

EXPECTED = {
    "typical-sales": ["Primary contact", "Client qualification", "Commercial offer", "Presentation",
                      "Agreement on terms", "Preparation for fulfilment", "Commitment", "Lost"],
    "aida": ["Attention", "Interest", "Desire", "Action", "Lost"],
    "eight-levels": ["Acquaintance with the offer", "Choice", "Purchase intent", "Deal", "Intent to pay",
                     "Product received", "Repeat purchase", "Regular purchases", "Lost"],
    "b2b-journey": ["Awareness", "Connection", "Commitment", "Consideration", "Evaluation", "Validation",
                    "Purchase", "Experience", "Expansion", "Advocacy", "Lost"],
    "tofu-mofu-bofu": ["Attraction", "Engagement", "Decision", "Sale", "Lost"],
}


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_template_creates_its_stages_with_one_won_and_one_lost_stage(db: Database, template: str) -> None:
    owner = users.ensure_owner(db)
    created = pipelines.create_from_template(db, owner, template)
    assert [s.name for s in created.stages] == EXPECTED[template]
    assert [s.kind for s in created.stages].count("won") == 1
    assert created.stages[-1].kind == "lost"
    open_stages = [s for s in created.stages if s.kind == "open"]
    assert all(s.criteria for s in open_stages), "every open stage has exit criteria"
    probabilities = [s.probability for s in created.stages if s.kind != "lost"]
    assert probabilities == sorted(probabilities)


def test_typical_sales_criteria_are_the_ones_the_business_asked_for(db: Database) -> None:
    owner = users.ensure_owner(db)
    created = pipelines.create_from_template(db, owner, "typical-sales")

    def criteria(stage: str) -> list[tuple[str, str | None, str | None]]:
        found = created.stage_named(stage)
        assert found is not None
        return [(c.kind, c.field or c.approver_role, c.operand or c.when_operand) for c in found.criteria]

    assert criteria("Client qualification") == [("field", "category", None), ("field", "persona", None)]
    assert criteria("Commercial offer") == [("field", "value", "0"), ("checklist", None, None)]
    assert criteria("Agreement on terms") == [("approval", "owner", "15")]
    labels = [c.label for c in created.stages[5].criteria]
    assert labels == ["Documents signed"] and created.stages[6].kind == "won"


def test_resources_are_found_from_the_checkout() -> None:
    assert (resources_dir() / "templates" / "aida.json").is_file()
