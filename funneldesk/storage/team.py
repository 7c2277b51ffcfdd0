"""Team mode on PostgreSQL: the server itself enforces who sees and changes what.

``setup_team`` (run once by the administrator, again after every upgrade; it is
idempotent) makes:

- one group role per FunnelDesk role (``funneldesk_owner``, ``funneldesk_manager``,
  ``funneldesk_employee``) plus ``funneldesk_users``, which every FunnelDesk login
  belongs to and which carries the table privileges;
- one login role per FunnelDesk user, of the same name, with a SCRAM password
  (``funneldesk_account``, a SECURITY DEFINER function that only an owner may call
  for others, and anyone for their own password);
- row-level security on every table that holds lead data, over one SQL function of
  the manager hierarchy (``funneldesk_team_ids``): an employee's connection sees and
  changes only their own leads, a manager's their team's (everyone below them, at any
  depth) and unassigned ones, an owner's all of them;
- no password hashes in the users table: the server authenticates, and a trigger
  keeps the column empty.

The roles table here is the same one as ``funneldesk.services.permissions``; the
tests run both against the same cases.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select, text

from funneldesk.storage.database import Database
from funneldesk.storage.models import Setting

TEAM_SETTING = "team.enforced"
GROUPS = ("funneldesk_users", "funneldesk_owner", "funneldesk_manager", "funneldesk_employee")
# Tables whose rows belong to a lead, and how a row finds its lead's owner.
OWNER_COLUMN_TABLES = ("leads", "lead_progress", "stage_stays", "lead_desk")
LEAD_CHILD_TABLES = (
    "stage_changes", "checklist_ticks", "approvals", "participants", "activities", "gate_refusals"
)
CATALOG_TABLES = ("channels", "channel_spend", "personas", "lost_reasons")
# Settings a manager may change too (they judge the manager's team); every other one is the owner's.
MANAGER_SETTINGS = ("discount_threshold",)

# Evaluated once per statement (scalar subqueries become InitPlans), not once per row:
# the RLS run of the reports at 100k rows depends on it.
ROLE = "(SELECT funneldesk_actor_role())"
OWNER_RULE = (
    f"({ROLE} = 'owner' OR {{col}} = ANY ((SELECT funneldesk_team_ids())::integer[]) "
    f"OR ({{col}} IS NULL AND {ROLE} = 'manager'))"
)
CHILD_RULE = "EXISTS (SELECT 1 FROM leads WHERE leads.id = {table}.lead_id)"

FUNCTIONS = [
    """
CREATE OR REPLACE FUNCTION funneldesk_actor_id() RETURNS integer
LANGUAGE sql STABLE AS $fd$
    SELECT id FROM users WHERE lower(login) = lower(current_user) AND active
$fd$""",
    """
CREATE OR REPLACE FUNCTION funneldesk_actor_role() RETURNS text
LANGUAGE sql STABLE AS $fd$
    SELECT role FROM users WHERE lower(login) = lower(current_user) AND active
$fd$""",
    # The roles table, written once: whose leads the connected person may touch.
    # An employee: themselves. A manager: themselves and everyone below them at any
    # depth. An owner: everyone (the policies say so before asking for the list).
    """
CREATE OR REPLACE FUNCTION funneldesk_team_ids() RETURNS integer[]
LANGUAGE sql STABLE AS $fd$
    WITH RECURSIVE me AS (
        SELECT id, role FROM users WHERE lower(login) = lower(current_user) AND active
    ), below(id) AS (
        SELECT id FROM me
        UNION
        SELECT u.id FROM users u JOIN below b ON u.manager_id = b.id
        WHERE (SELECT role FROM me) IN ('manager', 'owner')
    )
    SELECT coalesce(array_agg(id), '{}') FROM below
$fd$""",
    """
CREATE OR REPLACE FUNCTION funneldesk_may_touch(p_owner integer) RETURNS boolean
LANGUAGE sql STABLE AS $fd$
    SELECT CASE funneldesk_actor_role()
        WHEN 'owner' THEN true
        WHEN 'manager' THEN p_owner IS NULL OR p_owner = ANY (funneldesk_team_ids())
        WHEN 'employee' THEN p_owner = funneldesk_actor_id()
        ELSE false END
$fd$""",
    # Whether a lead id exists, whoever may see it: lets the app say "may not see"
    # instead of "no lead" for a row the policies hide. Tells nothing else.
    """
CREATE OR REPLACE FUNCTION funneldesk_lead_exists(p_id integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fd$
    SELECT EXISTS (SELECT 1 FROM leads WHERE id = p_id AND deleted_at IS NULL)
$fd$""",
    # No password hashes in team mode: the server authenticates (SCRAM in pg_authid).
    """
CREATE OR REPLACE FUNCTION funneldesk_no_hash() RETURNS trigger
LANGUAGE plpgsql AS $fd$
BEGIN
    NEW.password_hash := NULL;
    RETURN NEW;
END
$fd$""",
    # Create or change the server login of a FunnelDesk user. Runs with the rights of
    # the administrator who ran the setup, so it checks the caller itself: an owner
    # (or the administrator) for anyone; everyone else only their own password. It
    # never touches a role FunnelDesk did not make. No percent signs in here: the
    # driver would read them as placeholders.
    """
CREATE OR REPLACE FUNCTION funneldesk_account(
    p_login text, p_verifier text, p_role text, p_active boolean, p_set_password boolean
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fd$
DECLARE
    caller_admin boolean;
    caller_role text;
    found_role pg_roles;
    r text;
BEGIN
    SELECT rolsuper INTO caller_admin FROM pg_roles WHERE rolname = session_user;
    SELECT role INTO caller_role FROM users WHERE lower(login) = lower(session_user) AND active;
    IF p_role NOT IN ('owner', 'manager', 'employee') THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'not a FunnelDesk role: ' || p_role;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE login = p_login)
       OR lower(p_login) LIKE 'pg!_' || chr(37) ESCAPE '!'
       OR lower(p_login) LIKE 'funneldesk!_' || chr(37) ESCAPE '!' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'no FunnelDesk user ' || p_login;
    END IF;
    IF NOT coalesce(caller_admin, false) AND coalesce(caller_role, '') <> 'owner' THEN
        IF lower(p_login) <> lower(session_user) OR NOT p_set_password
           OR p_role IS DISTINCT FROM caller_role OR NOT p_active THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'only an owner may change the server login of ' || p_login;
        END IF;
    END IF;
    SELECT * INTO found_role FROM pg_roles WHERE rolname = p_login;
    IF found_role.rolname IS NULL THEN
        EXECUTE 'CREATE ROLE ' || quote_ident(p_login) || ' LOGIN INHERIT';
    ELSIF found_role.rolsuper OR NOT EXISTS (
        SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
        WHERE g.rolname = 'funneldesk_users' AND m.member = found_role.oid
    ) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'the server role ' || p_login || ' exists and is not a FunnelDesk login';
    END IF;
    EXECUTE 'GRANT funneldesk_users TO ' || quote_ident(p_login);
    FOREACH r IN ARRAY ARRAY['owner', 'manager', 'employee'] LOOP
        IF r = p_role THEN
            EXECUTE 'GRANT funneldesk_' || r || ' TO ' || quote_ident(p_login);
        ELSE
            EXECUTE 'REVOKE funneldesk_' || r || ' FROM ' || quote_ident(p_login);
        END IF;
    END LOOP;
    IF p_set_password THEN
        IF p_verifier IS NULL THEN
            EXECUTE 'ALTER ROLE ' || quote_ident(p_login) || ' PASSWORD NULL';
        ELSIF left(p_verifier, 14) <> 'SCRAM-SHA-256' || chr(36) THEN
            RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'only SCRAM verifiers are stored';
        ELSE
            EXECUTE 'ALTER ROLE ' || quote_ident(p_login) || ' PASSWORD ' || quote_literal(p_verifier);
        END IF;
    END IF;
    EXECUTE 'ALTER ROLE ' || quote_ident(p_login) || CASE WHEN p_active THEN ' LOGIN' ELSE ' NOLOGIN' END;
END
$fd$""",
]


@dataclass(frozen=True)
class SetupResult:
    """What ``team setup`` did: logins made or checked, and who still needs a password."""

    logins: tuple[str, ...]
    without_password: tuple[str, ...]
    warnings: tuple[str, ...]


def is_team_database(db: Database) -> bool:
    """Say whether this PostgreSQL database was prepared by ``funneldesk team setup``."""
    if db.dialect != "postgresql":
        return False
    with db.read() as session:
        return session.scalar(select(Setting.value).where(Setting.key == TEAM_SETTING)) == "1"


def is_team_connection(conn: Connection) -> bool:
    """Say the same inside an open transaction (team mode changes how users are saved)."""
    if conn.dialect.name != "postgresql":
        return False
    return conn.scalar(select(Setting.value).where(Setting.key == TEAM_SETTING)) == "1"


def _groups(conn: Connection) -> None:
    for group in GROUPS:
        exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": group})
        if not exists:
            conn.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")


def _grants(conn: Connection) -> None:
    tables = [r[0] for r in conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))]
    run = conn.exec_driver_sql
    run("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    run("GRANT USAGE ON SCHEMA public TO funneldesk_users")
    for table in tables:
        run(f'REVOKE ALL ON "{table}" FROM funneldesk_users, funneldesk_owner, '
            "funneldesk_manager, funneldesk_employee")
        run(f'GRANT SELECT ON "{table}" TO funneldesk_users')
        if table != "alembic_version":
            run(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO funneldesk_owner')
    for table in (*OWNER_COLUMN_TABLES, *LEAD_CHILD_TABLES):
        if table in tables:
            run(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO funneldesk_users')
    for table in CATALOG_TABLES:
        if table in tables:
            run(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO funneldesk_manager')
    run("GRANT INSERT, UPDATE, DELETE ON settings TO funneldesk_manager")  # rows: MANAGER_SETTINGS
    # The audit trail is append-only for everyone (triggers refuse UPDATE and DELETE).
    run("GRANT INSERT ON audit_entries TO funneldesk_users")
    run("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO funneldesk_users")
    run("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO funneldesk_users")
    run("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO funneldesk_users")
    run("REVOKE ALL ON FUNCTION funneldesk_lead_exists(integer) FROM PUBLIC")
    run("GRANT EXECUTE ON FUNCTION funneldesk_lead_exists(integer) TO funneldesk_users")
    run("REVOKE ALL ON FUNCTION funneldesk_account(text, text, text, boolean, boolean) FROM PUBLIC")
    run("GRANT EXECUTE ON FUNCTION funneldesk_account(text, text, text, boolean, boolean) "
        "TO funneldesk_users")


def _policy(conn: Connection, table: str, name: str, rule: str, check: str | None = None) -> None:
    conn.exec_driver_sql(f'DROP POLICY IF EXISTS {name} ON "{table}"')
    with_check = f" WITH CHECK ({check})" if check else ""
    conn.exec_driver_sql(f'CREATE POLICY {name} ON "{table}" TO funneldesk_users USING ({rule}){with_check}')


def _policies(conn: Connection) -> None:
    present = {r[0] for r in conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))}
    for table in OWNER_COLUMN_TABLES:
        _policy(conn, table, "funneldesk_reach", OWNER_RULE.format(col=f'"{table}".owner_id'))
    for table in LEAD_CHILD_TABLES:
        _policy(conn, table, "funneldesk_reach", CHILD_RULE.format(table=f'"{table}"'))
    # The audit trail: an owner reads all of it; others the entries of leads they may
    # see and their own. Anyone may add entries, but only in their own name.
    _policy(conn, "audit_entries", "funneldesk_reach",
            f"{ROLE} = 'owner' OR user_id = (SELECT funneldesk_actor_id()) OR "
            "(entity = 'lead' AND EXISTS (SELECT 1 FROM leads WHERE leads.id = audit_entries.entity_id))",
            f"{ROLE} = 'owner' OR user_id = (SELECT funneldesk_actor_id())")
    # Settings: everyone reads them; an owner changes any, a manager only MANAGER_SETTINGS.
    conn.exec_driver_sql("DROP POLICY IF EXISTS funneldesk_read ON settings")
    conn.exec_driver_sql(
        "CREATE POLICY funneldesk_read ON settings FOR SELECT TO funneldesk_users USING (true)"
    )
    keys = ", ".join(f"'{key}'" for key in MANAGER_SETTINGS)
    _policy(conn, "settings", "funneldesk_reach",
            f"{ROLE} = 'owner' OR ({ROLE} = 'manager' AND key IN ({keys}))")
    for table in (*OWNER_COLUMN_TABLES, *LEAD_CHILD_TABLES, "audit_entries", "settings"):
        if table in present:
            conn.exec_driver_sql(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')


def _no_hashes(conn: Connection) -> None:
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS users_no_hash ON users")
    conn.exec_driver_sql("CREATE TRIGGER users_no_hash BEFORE INSERT OR UPDATE OF password_hash ON users "
                         "FOR EACH ROW EXECUTE FUNCTION funneldesk_no_hash()")
    conn.exec_driver_sql("UPDATE users SET password_hash = NULL WHERE password_hash IS NOT NULL")


def _logins(conn: Connection) -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = conn.execute(text("SELECT login, role, active FROM users ORDER BY id")).all()
    for login, role, active in rows:
        conn.execute(text("SELECT funneldesk_account(:l, NULL, :r, :a, false)"),
                     {"l": login, "r": role, "a": bool(active)})
    without = conn.execute(text(
        "SELECT u.login FROM users u JOIN pg_authid a ON a.rolname = u.login "
        "WHERE u.active AND a.rolpassword IS NULL ORDER BY u.id")).scalars().all()
    return tuple(r[0] for r in rows), tuple(without)


def _warnings(conn: Connection) -> tuple[str, ...]:
    """Warn when the first pg_hba.conf line that applies to any login over TCP trusts it."""
    try:
        rules = conn.execute(text(
            "SELECT type, address, user_name, auth_method FROM pg_hba_file_rules "
            "WHERE type LIKE 'host' || chr(37) ORDER BY line_number")).all()
    except Exception:  # needs superuser; a warning only
        return ()
    decided: set[str | None] = set()
    for _, address, user_names, method in rules:
        if address in decided or not ({"all", "+funneldesk_users"} & set(user_names or [])):
            continue
        decided.add(address)
        if method == "trust":
            return (f"pg_hba.conf lets every login in from {address} without a password; "
                    "use scram-sha-256 there, or the server checks no FunnelDesk password",)
    return ()


def setup_team(db: Database) -> SetupResult:
    """Prepare the database for team mode (administrator only); safe to run again."""
    if db.dialect != "postgresql":
        from funneldesk.domain.errors import InvalidInput

        raise InvalidInput("team mode needs a postgresql:// database")
    with db.engine.begin() as conn:
        super_ = conn.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
        if not super_:
            from funneldesk.domain.errors import PermissionDenied

            raise PermissionDenied("team setup needs the server administrator's connection "
                                   "(a superuser URL)")
        _groups(conn)
        for statement in FUNCTIONS:
            conn.exec_driver_sql(statement)
        _grants(conn)
        _policies(conn)
        _no_hashes(conn)
        logins, without = _logins(conn)
        conn.execute(text("DELETE FROM settings WHERE key = :k"), {"k": TEAM_SETTING})
        conn.execute(text("INSERT INTO settings (key, value) VALUES (:k, '1')"), {"k": TEAM_SETTING})
        warnings = _warnings(conn)
    return SetupResult(logins, without, warnings)


def save_login(conn: Connection, login: str, role: str, active: bool,
               verifier: str | None = None, set_password: bool = False) -> None:
    """Create or update a user's server login inside the caller's transaction (team mode)."""
    conn.execute(text("SELECT funneldesk_account(:l, :v, :r, :a, :p)"),
                 {"l": login, "v": verifier, "r": role, "a": active, "p": set_password})
