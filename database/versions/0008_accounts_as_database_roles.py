"""accounts as PostgreSQL roles

On a shared PostgreSQL database the server itself now guards the data: every clerk signs in
with a login role of their own (SCRAM password, the server's hashing), and three group roles
carry the privileges — read-only (SELECT only), clerk (office data, never accounts) and admin
(accounts through SECURITY DEFINER functions only the admin group may execute; schema
upgrades by ``SET ROLE`` to the owner role). The audit log becomes append-only for everyone,
and a deferred trigger logs any write of a signed-in account that the program did not log
itself (someone using psql with their own password).

The group roles are named after the database (``cd_<database>_admin`` …) so several offices
can share one server; the prefix is kept in the function ``creditdesk_role_prefix()``. Two
NOLOGIN roles do the privileged work: ``_owner`` owns the tables and ``_accounts`` (CREATEROLE)
creates the groups and logins, so it holds their ADMIN OPTION as PostgreSQL 16 requires; the
login running this revision (the office's setup login, owner of the database) joins both.
Existing ``app_user`` rows become login roles without a password (their scrypt hashes cannot
become SCRAM verifiers): the upgrade logs which accounts need a new password, and the
administrator who signs in to run the upgrade keeps theirs. SQLite workspaces are single-user
and keep their table unchanged.

Revision ID: 0008
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOT_AUDITED = ("audit_log", "alembic_version", "audited_xact", "app_user")

ROLES_AND_GRANTS = r"""
DO $do$
DECLARE
  prefix text := 'cd_'
    || left(regexp_replace(lower(current_database()), '[^a-z0-9_]', '_', 'g'), 40);
  g text;
  t text;
BEGIN
  EXECUTE format(
    'CREATE FUNCTION creditdesk_role_prefix() RETURNS text LANGUAGE sql IMMUTABLE AS %L',
    'SELECT ' || quote_literal(prefix));
  -- the owner holds the tables (admins reach it only by SET ROLE, for upgrades); the
  -- accounts role creates the groups and logins, so it holds their ADMIN OPTION (PG 16+)
  FOREACH g IN ARRAY ARRAY['owner', 'accounts'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_' || g) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', prefix || '_' || g);
    END IF;
    EXECUTE format('GRANT %I TO CURRENT_USER', prefix || '_' || g);
    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA public TO %I', prefix || '_' || g);
  END LOOP;
  EXECUTE format('ALTER ROLE %I CREATEROLE', prefix || '_accounts');
  EXECUTE format('SET LOCAL ROLE %I', prefix || '_accounts');
  FOREACH g IN ARRAY ARRAY['admin', 'clerk', 'readonly'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_' || g) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', prefix || '_' || g);
    END IF;
  END LOOP;
  EXECUTE format('ALTER ROLE %I NOINHERIT', prefix || '_admin');
  RESET ROLE;
  EXECUTE format('GRANT %I TO %I', prefix || '_owner', prefix || '_admin');
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE format('ALTER TABLE %I OWNER TO %I', t, prefix || '_owner');
  END LOOP;
  EXECUTE format('ALTER FUNCTION creditdesk_role_prefix() OWNER TO %I', prefix || '_owner');
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I, %I, %I',
                 prefix || '_readonly', prefix || '_clerk', prefix || '_admin');
  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', prefix || '_readonly');
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I, %I',
                 prefix || '_clerk', prefix || '_admin');
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I, %I',
                 prefix || '_clerk', prefix || '_admin');
  EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON audit_log, alembic_version FROM %I, %I',
                 prefix || '_clerk', prefix || '_admin');
  EXECUTE format('GRANT INSERT ON audit_log TO %I, %I', prefix || '_clerk', prefix || '_admin');
  EXECUTE format('REVOKE ALL ON app_user FROM %I, %I, %I',
                 prefix || '_readonly', prefix || '_clerk', prefix || '_admin');
  -- tables later revisions add get the same privileges
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public '
                 'GRANT SELECT ON TABLES TO %I',
                 prefix || '_owner', prefix || '_readonly');
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public '
                 'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I, %I',
                 prefix || '_owner', prefix || '_clerk', prefix || '_admin');
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public '
                 'GRANT USAGE, SELECT ON SEQUENCES TO %I, %I',
                 prefix || '_owner', prefix || '_clerk', prefix || '_admin');
END
$do$;
"""

FUNCTIONS = r"""
CREATE TABLE audited_xact (xact xid8 PRIMARY KEY);

CREATE VIEW creditdesk_accounts AS
SELECT r.rolname::text AS username,
       substr(g.rolname, length(creditdesk_role_prefix()) + 2) AS role,
       r.rolcanlogin AS active,
       COALESCE(shobj_description(r.oid, 'pg_authid'), '{}') AS note
FROM pg_auth_members m
JOIN pg_roles g ON g.oid = m.roleid
JOIN pg_roles r ON r.oid = m.member
WHERE g.rolname IN (creditdesk_role_prefix() || '_admin', creditdesk_role_prefix() || '_clerk',
                    creditdesk_role_prefix() || '_readonly');

CREATE FUNCTION creditdesk_is_account(who text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM creditdesk_accounts WHERE username = who) $$;

-- append-only audit log; an account's rows carry its own login name, whatever the client says
CREATE FUNCTION creditdesk_audit_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION '操作日志只能追加，不能修改或删除。' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF creditdesk_is_account(session_user) THEN
    NEW."user" := session_user;
  END IF;
  IF NEW.action NOT LIKE '直接修改数据库%' THEN
    INSERT INTO audited_xact VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_log_append_only BEFORE INSERT OR UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION creditdesk_audit_guard();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION creditdesk_audit_guard();

-- a write by an account in a transaction that logged nothing (psql, a script) is logged row by row
CREATE FUNCTION creditdesk_audit_direct() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  changed jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) - 'content';
BEGIN
  IF NOT creditdesk_is_account(session_user)
     OR (TG_OP = 'UPDATE' AND OLD IS NOT DISTINCT FROM NEW)  -- e.g. the numbering lock
     OR EXISTS (SELECT 1 FROM audited_xact WHERE xact = pg_current_xact_id()) THEN
    RETURN NULL;
  END IF;
  INSERT INTO audit_log (at, "user", action, entity, entity_id, before, after)
  VALUES (localtimestamp(0), session_user, '直接修改数据库：' || TG_OP, TG_TABLE_NAME,
          left(COALESCE(changed ->> 'id', ''), 60),
          CASE WHEN TG_OP <> 'INSERT' THEN (to_jsonb(OLD) - 'content')::text END,
          CASE WHEN TG_OP <> 'DELETE' THEN (to_jsonb(NEW) - 'content')::text END);
  RETURN NULL;
END $$;

CREATE FUNCTION creditdesk_add_account(p_username text, p_verifier text, p_role text,
                                       p_display_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF p_role NOT IN ('admin', 'clerk', 'readonly') THEN
    RAISE EXCEPTION '未知的角色：%', p_role USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
    RAISE EXCEPTION '密码须以 SCRAM 校验值传入。' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF p_username LIKE 'pg\_%' OR p_username LIKE 'cd\_%' OR p_username = '' THEN
    RAISE EXCEPTION '用户名“%”不可使用。', p_username USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
    RAISE EXCEPTION '用户名“%”已存在。', p_username USING ERRCODE = 'duplicate_object';
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L IN ROLE %I',
                 p_username, p_verifier, creditdesk_role_prefix() || '_' || p_role);
  EXECUTE format('COMMENT ON ROLE %I IS %L', p_username,
                 jsonb_build_object('display_name', p_display_name)::text);
END $$;

CREATE FUNCTION creditdesk_set_account(p_username text, p_role text, p_verifier text,
                                       p_active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  was text;
  note jsonb;
  others integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('creditdesk_accounts'));
  SELECT role, a.note::jsonb INTO was, note FROM creditdesk_accounts a
   WHERE username = p_username LIMIT 1;
  IF was IS NULL THEN
    RAISE EXCEPTION '没有用户“%”。', p_username USING ERRCODE = 'undefined_object';
  END IF;
  IF p_role IS NOT NULL AND p_role NOT IN ('admin', 'clerk', 'readonly') THEN
    RAISE EXCEPTION '未知的角色：%', p_role USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF was = 'admin' AND (COALESCE(p_role, 'admin') <> 'admin' OR p_active IS FALSE) THEN
    SELECT count(*) INTO others FROM creditdesk_accounts
     WHERE role = 'admin' AND active AND username <> p_username;
    IF others = 0 THEN
      RAISE EXCEPTION '不能停用或降级最后一位管理员，请先指定另一位管理员。'
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF p_role IS NOT NULL AND p_role <> was THEN
    EXECUTE format('REVOKE %I FROM %I', creditdesk_role_prefix() || '_' || was, p_username);
    EXECUTE format('GRANT %I TO %I', creditdesk_role_prefix() || '_' || p_role, p_username);
  END IF;
  IF p_verifier IS NOT NULL THEN
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
      RAISE EXCEPTION '密码须以 SCRAM 校验值传入。' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username, p_verifier);
    EXECUTE format('COMMENT ON ROLE %I IS %L', p_username, (note - 'needs_password')::text);
  END IF;
  IF p_active IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I %s', p_username,
                   CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
  END IF;
END $$;
"""

PRIVILEGES = r"""
DO $do$
DECLARE
  prefix text := creditdesk_role_prefix();
  t text;
  f text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public'
             AND tablename <> ALL (%(not_audited)s) LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER audit_direct_write AFTER INSERT OR UPDATE OR DELETE '
                   'ON %%I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW '
                   'EXECUTE FUNCTION creditdesk_audit_direct()', t);
  END LOOP;
  FOREACH f IN ARRAY ARRAY['creditdesk_is_account(text)', 'creditdesk_audit_guard()',
                           'creditdesk_audit_direct()'] LOOP
    EXECUTE format('ALTER FUNCTION %%s OWNER TO %%I', f, prefix || '_owner');
    EXECUTE format('REVOKE ALL ON FUNCTION %%s FROM PUBLIC', f);
  END LOOP;
  FOREACH f IN ARRAY ARRAY['creditdesk_add_account(text, text, text, text)',
                           'creditdesk_set_account(text, text, text, boolean)'] LOOP
    EXECUTE format('ALTER FUNCTION %%s OWNER TO %%I', f, prefix || '_accounts');
    EXECUTE format('REVOKE ALL ON FUNCTION %%s FROM PUBLIC', f);
  END LOOP;
  EXECUTE format('GRANT EXECUTE ON FUNCTION creditdesk_is_account(text) TO %%I, %%I, %%I',
                 prefix || '_readonly', prefix || '_clerk', prefix || '_admin');
  EXECUTE format('GRANT EXECUTE ON FUNCTION creditdesk_add_account(text, text, text, text), '
                 'creditdesk_set_account(text, text, text, boolean) TO %%I', prefix || '_admin');
  EXECUTE format('ALTER TABLE audited_xact OWNER TO %%I', prefix || '_owner');
  EXECUTE format('ALTER VIEW creditdesk_accounts OWNER TO %%I', prefix || '_owner');
  EXECUTE format('GRANT SELECT ON creditdesk_accounts TO %%I, %%I, %%I, %%I',
                 prefix || '_readonly', prefix || '_clerk', prefix || '_admin',
                 prefix || '_accounts');
  EXECUTE format('GRANT EXECUTE ON FUNCTION creditdesk_is_account(text) TO %%I',
                 prefix || '_accounts');
  EXECUTE format('REVOKE ALL ON audited_xact FROM %%I, %%I, %%I',
                 prefix || '_readonly', prefix || '_clerk', prefix || '_admin');
END
$do$;
"""

MOVE_ACCOUNTS = r"""
DO $do$
DECLARE
  u record;
  moved text[] := ARRAY[]::text[];
BEGIN
  FOR u IN SELECT username, display_name, role, active FROM app_user ORDER BY username LOOP
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = u.username) THEN
      RAISE EXCEPTION '服务器上已有名为“%”的角色，无法把该账号迁移为数据库角色。', u.username;
    END IF;
    EXECUTE format('SET LOCAL ROLE %I', creditdesk_role_prefix() || '_accounts');
    EXECUTE format('CREATE ROLE %I %s INHERIT IN ROLE %I', u.username,
                   CASE WHEN u.active THEN 'LOGIN' ELSE 'NOLOGIN' END,
                   creditdesk_role_prefix() || '_' || u.role);
    EXECUTE format('COMMENT ON ROLE %I IS %L', u.username,
                   jsonb_build_object('display_name', u.display_name,
                                      'needs_password', true)::text);
    RESET ROLE;
    moved := moved || u.username::text;
  END LOOP;
  IF cardinality(moved) > 0 THEN
    INSERT INTO audit_log (at, "user", action, entity, entity_id, before, after)
    VALUES (localtimestamp(0), current_user, '账号迁移为数据库角色', 'account', '',
            NULL, jsonb_build_object('needs_password', moved)::text);
  END IF;
  DELETE FROM app_user;
END
$do$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # a local workspace has one clerk and no server to enforce roles
    op.execute(ROLES_AND_GRANTS)
    op.execute(FUNCTIONS)
    listed = "ARRAY[" + ", ".join(f"'{name}'" for name in NOT_AUDITED) + "]"
    op.execute(PRIVILEGES % {"not_audited": listed})
    op.execute(MOVE_ACCOUNTS)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        r"""
        DO $do$
        DECLARE t text;
        BEGIN
          FOR t IN SELECT DISTINCT c.relname FROM pg_trigger tr
                   JOIN pg_class c ON c.oid = tr.tgrelid
                   WHERE tr.tgname = 'audit_direct_write' LOOP
            EXECUTE format('DROP TRIGGER audit_direct_write ON %I', t);
          END LOOP;
        END
        $do$;
        DROP TRIGGER audit_log_append_only ON audit_log;
        DROP TRIGGER audit_log_no_truncate ON audit_log;
        DROP FUNCTION creditdesk_set_account(text, text, text, boolean);
        DROP FUNCTION creditdesk_add_account(text, text, text, text);
        DROP FUNCTION creditdesk_audit_direct();
        DROP FUNCTION creditdesk_audit_guard();
        DROP FUNCTION creditdesk_is_account(text);
        DROP VIEW creditdesk_accounts;
        DROP TABLE audited_xact;
        """
    )
