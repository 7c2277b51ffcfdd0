"""Follow-ups across leads: what is due or overdue, for me or my team; the Today page's data.

An activity belongs to the owner of its lead (follow-ups travel with the lead when it is
reassigned), so the same reach rules apply as everywhere: an employee sees the
activities of their own leads, a manager their team's, an owner everyone's. Due dates
are days: an activity due before today is overdue, one due today is due today.
Scheduling and completing go through ``engagement`` (one place that may open a gate).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, Table, and_, case, exists, false, func, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import SQLColumnExpression

from funneldesk.domain.errors import InvalidInput, NotFound, PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.services import audit, engagement
from funneldesk.services.lead_rows import load_lead
from funneldesk.services.permissions import team_ids
from funneldesk.storage.database import Database
from funneldesk.storage.derived_models import LeadProgress
from funneldesk.storage.models import Activity, Lead, Pipeline, Stage, User

PROGRESS: Table = LeadProgress.__table__  # type: ignore[assignment]

ACTIVITY_KINDS = engagement.ACTIVITY_KINDS
NO_NEXT_ACTION_SHOWN = 200  # the Today page lists this many; the count is always whole

# The columns of _activity_select, as SQLAlchemy types them: it types the outer-joined
# owner's name and login as str, though a lead without an owner gives None (DueActivity
# allows it).
ActivitySelect = Select[int, int, str, str, str, datetime | None, str, str, bool]


@dataclass(frozen=True, slots=True)
class DueActivity:
    """One scheduled activity with its lead and the lead's owner."""

    id: int
    lead_id: int
    lead_title: str
    kind: str
    subject: str
    due: datetime | None
    owner: str | None
    owner_login: str | None
    done: bool


@dataclass(frozen=True, slots=True)
class NextAction:
    """An open lead whose next-action date has come (or gone), or that has none."""

    lead_id: int
    title: str
    stage: str
    next_action: date | None
    owner: str | None


@dataclass(frozen=True, slots=True)
class TodayView:
    """What the Today page shows: overdue and due-today follow-ups, and leads with no next step."""

    day: date
    team: bool
    overdue: tuple[DueActivity, ...]
    due_today: tuple[DueActivity, ...]
    next_actions: tuple[NextAction, ...]
    no_next_action: tuple[NextAction, ...]
    no_next_action_count: int

    @property
    def count(self) -> int:
        """Return the number on the navigation item: everything due today or overdue."""
        return len(self.overdue) + len(self.due_today) + len(self.next_actions)


def day_start(day: date) -> datetime:
    """Return midnight at the start of a day."""
    return datetime.combine(day, time.min)


def _due_at(due: date | datetime) -> datetime:
    return due if isinstance(due, datetime) else day_start(due)


def owner_condition(
    session: Session,
    actor: UserRecord,
    owner: str | None = None,
    team: bool = True,
    column: SQLColumnExpression[int | None] | None = None,
) -> ColumnElement[bool]:
    """Return the WHERE clause on the owner column (Lead.owner_id): one owner (in reach), me, or my reach."""
    column = Lead.owner_id if column is None else column
    reach = team_ids(session, actor)
    if owner:
        row = session.execute(
            select(User.id).where(or_(User.login == owner, User.name == owner)).order_by(User.id)
        ).first()
        if row is None:
            raise NotFound(f"no user {owner!r}")
        if reach is not None and row[0] not in reach:
            raise PermissionDenied(f"{actor.login} ({actor.role}) may not see the activities of {owner}")
        return column == row[0]
    if not team:
        return column == actor.id
    if reach is None:
        return true()
    return column.in_(sorted(reach)) if reach else false()


def _activity_select() -> ActivitySelect:
    return (
        select(
            Activity.id,
            Activity.lead_id,
            Lead.title,
            Activity.kind,
            Activity.subject,
            Activity.due_at,
            User.name,
            User.login,
            Activity.done_at.is_not(None),
        )
        .join(Lead, Lead.id == Activity.lead_id)
        .outerjoin(User, User.id == Lead.owner_id)
        .where(Lead.deleted_at.is_(None))
    )


def _rows(session: Session, query: ActivitySelect) -> list[DueActivity]:
    return [DueActivity(*row[:8], bool(row[8])) for row in session.execute(query)]


def due_between(start: datetime | None, end: datetime | None) -> ColumnElement[bool]:
    """Return the condition of an open activity due in [start, end) (either end may be open)."""
    conds: list[ColumnElement[bool]] = [Activity.done_at.is_(None), Activity.due_at.is_not(None)]
    if start is not None:
        conds.append(Activity.due_at >= start)
    if end is not None:
        conds.append(Activity.due_at < end)
    return and_(*conds)


def list_activities(
    db: Database,
    actor: UserRecord,
    *,
    overdue: bool = False,
    due: date | None = None,
    owner: str | None = None,
    today: date | None = None,
) -> list[DueActivity]:
    """Return scheduled activities: open ones (default), overdue ones, or those due on a day."""
    if overdue and due is not None:
        raise InvalidInput("ask for overdue activities or for one day's, not both")
    today = today or date.today()
    with db.read() as session:
        query = _activity_select().where(owner_condition(session, actor, owner))
        if overdue:
            query = query.where(due_between(None, day_start(today)))
        elif due is not None:
            query = query.where(
                Activity.due_at >= day_start(due), Activity.due_at < day_start(due + timedelta(1))
            )
        else:
            query = query.where(Activity.done_at.is_(None))
        return _rows(session, query.order_by(Activity.due_at, Activity.id))


def schedule(
    db: Database, actor: UserRecord, lead_id: int, kind: str, due: date | datetime, note: str = ""
) -> int:
    """Schedule an activity on a lead for a day; return its id."""
    return engagement.log_activity(db, actor, lead_id, kind, note, due_at=_due_at(due))


def complete(db: Database, actor: UserRecord, activity_id: int) -> None:
    """Mark an activity done (it may open an automatically advancing gate)."""
    engagement.complete_activity(db, actor, activity_id, True)


def reschedule(db: Database, actor: UserRecord, activity_id: int, due: date | datetime) -> None:
    """Move an activity to another day."""
    with db.write() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise NotFound(f"no activity {activity_id}")
        lead = load_lead(session, actor, activity.lead_id, lock=True)
        old, activity.due_at = activity.due_at, _due_at(due)
        audit.record(
            session, actor, "lead", lead.id, "activity", {f"{activity.kind} due": (old, activity.due_at)}
        )


def _open_leads() -> Select[int, str, str, date | None, str]:
    # Driven by lead_progress (live leads only): its (pipeline, status, owner) index finds the
    # few open leads of an owner without visiting their many closed ones.
    every_pipeline = select(Pipeline.id).scalar_subquery()
    return (
        select(Lead.id, Lead.title, Stage.name, Lead.next_action, User.name)
        .select_from(PROGRESS)
        .join(Lead, Lead.id == PROGRESS.c.lead_id)
        .join(Stage, Stage.id == Lead.stage_id)
        .outerjoin(User, User.id == Lead.owner_id)
        .where(PROGRESS.c.pipeline_id.in_(every_pipeline), PROGRESS.c.status == "open")
    )


def no_next_action_condition() -> ColumnElement[bool]:
    """Return the condition of an open lead with no next-action date and no open activity."""
    pending = exists().where(Activity.lead_id == Lead.id, Activity.done_at.is_(None))
    # Wrapped so no index on next_action is used: most leads (the closed ones) have none, so
    # starting from them would visit nearly every lead; the open leads drive instead.
    undated = case((Lead.next_action.is_(None), 1), else_=0) == 1
    return and_(undated, ~pending)


def today_view(
    db: Database, actor: UserRecord, *, team: bool = False, today: date | None = None
) -> TodayView:
    """Return my (or with team, my team's) overdue and due-today follow-ups and idle leads."""
    if team and actor.role == "employee":
        raise PermissionDenied(f"{actor.login} (employee) has no team to look after")
    today = today or date.today()
    start, end = day_start(today), day_start(today + timedelta(1))
    with db.read() as session:
        whose = owner_condition(session, actor, None, team)
        open_whose = owner_condition(session, actor, None, team, PROGRESS.c.owner_id)
        order = (Activity.due_at, Activity.id)
        overdue = _rows(session, _activity_select().where(whose, due_between(None, start)).order_by(*order))
        due_today = _rows(session, _activity_select().where(whose, due_between(start, end)).order_by(*order))
        actions = session.execute(
            _open_leads().where(open_whose, Lead.next_action <= today).order_by(Lead.next_action, Lead.id)
        ).all()
        idle = _open_leads().where(open_whose, no_next_action_condition())
        idle_count = session.scalar(select(func.count()).select_from(idle.subquery())) or 0
        idle_rows = session.execute(idle.order_by(Lead.id).limit(NO_NEXT_ACTION_SHOWN)).all()
    return TodayView(
        today,
        team,
        tuple(overdue),
        tuple(due_today),
        tuple(NextAction(*r) for r in actions),
        tuple(NextAction(*r) for r in idle_rows),
        int(idle_count),
    )


def due_count(db: Database, actor: UserRecord, *, team: bool = False, today: date | None = None) -> int:
    """Return how many follow-ups are overdue or due today (the navigation item's number)."""
    today = today or date.today()
    end = day_start(today + timedelta(1))
    with db.read() as session:
        whose = owner_condition(session, actor, None, team)
        base = select(func.count()).select_from(Activity).join(Lead, Lead.id == Activity.lead_id)
        activities = session.scalar(base.where(whose, Lead.deleted_at.is_(None), due_between(None, end))) or 0
        leads = (
            session.scalar(
                select(func.count())
                .select_from(Lead)
                .join(Stage, Stage.id == Lead.stage_id)
                .where(whose, Lead.deleted_at.is_(None), Stage.kind == "open", Lead.next_action <= today)
            )
            or 0
        )
    return int(activities) + int(leads)


def falling_due(
    db: Database, actor: UserRecord, since: datetime, until: datetime, *, team: bool = False
) -> list[DueActivity]:
    """Return my open activities whose due time lies in [since, until): the reminder's news."""
    with db.read() as session:
        whose = owner_condition(session, actor, None, team)
        query = _activity_select().where(whose, due_between(since, until))
        return _rows(session, query.order_by(Activity.due_at, Activity.id))


def set_next_action(db: Database, actor: UserRecord, lead_id: int, day: date | None) -> None:
    """Set (or with None clear) a lead's next-action date."""
    from funneldesk.services.leads import update_lead  # late: leads imports engagement's neighbours

    update_lead(db, actor, lead_id, {"next_action": day})
