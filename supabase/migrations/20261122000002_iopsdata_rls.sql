-- iOpsData row-level security: every workspace-owned row is visible and writable only to members
-- of its workspace, by role (viewer < editor < owner). The same policies run on Supabase and on plain
-- PostgreSQL: there, this migration creates the `auth` schema, `auth.uid()` (read from
-- `request.jwt.claims`, as PostgREST sets it) and the `anon`/`authenticated` roles when missing.
-- Idempotent: safe to apply twice.

-- 1. The Supabase shim for plain PostgreSQL -----------------------------------------------------
CREATE SCHEMA IF NOT EXISTS auth;

DO $shim$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
    CREATE ROLE anon NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    CREATE ROLE authenticated NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'auth' AND p.proname = 'uid'
  ) THEN
    EXECUTE $fn$
      CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $body$
        SELECT nullif(
          coalesce(
            nullif(current_setting('request.jwt.claim.sub', true), ''),
            nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'
          ), ''
        )::uuid
      $body$
    $fn$;
  END IF;
  -- The role the store connects as must be able to act as a signed-in user.
  IF NOT pg_has_role(current_user, 'authenticated', 'MEMBER') THEN
    EXECUTE format('GRANT authenticated TO %I', current_user);
  END IF;
  IF NOT pg_has_role(current_user, 'anon', 'MEMBER') THEN
    EXECUTE format('GRANT anon TO %I', current_user);
  END IF;
END
$shim$;

GRANT USAGE ON SCHEMA auth TO anon, authenticated;
GRANT USAGE ON SCHEMA public TO anon, authenticated;

-- 2. Membership helpers: SECURITY DEFINER with a fixed search_path, so policies can read
--    workspace_members without recursing into its own policies or trusting the caller's path.
CREATE OR REPLACE FUNCTION public.iops_role_rank(role text) RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
  SELECT CASE role WHEN 'owner' THEN 3 WHEN 'editor' THEN 2 WHEN 'viewer' THEN 1 ELSE 0 END
$$;

CREATE OR REPLACE FUNCTION public.iops_has_role(ws text, min_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce((
    SELECT public.iops_role_rank(m.role) >= public.iops_role_rank(min_role)
    FROM public.workspace_members m
    WHERE m.workspace_id = ws AND m.user_id = (auth.uid())::text
  ), false)
$$;

-- A workspace's creator may add themselves as its first owner (and nobody else may).
CREATE OR REPLACE FUNCTION public.iops_can_claim(ws text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM public.workspaces w WHERE w.id = ws AND w.created_by = (auth.uid())::text)
     AND NOT EXISTS (SELECT 1 FROM public.workspace_members m WHERE m.workspace_id = ws)
$$;

CREATE OR REPLACE FUNCTION public.iops_shares_workspace(other_user text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.workspace_members a JOIN public.workspace_members b
      ON a.workspace_id = b.workspace_id
    WHERE a.user_id = (auth.uid())::text AND b.user_id = other_user
  )
$$;

CREATE OR REPLACE FUNCTION public.iops_owns_thread(thread text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM public.chat_threads t WHERE t.id = thread AND t.user_id = (auth.uid())::text)
$$;

-- Owners invite people by email: the one way to see a user who shares no workspace yet.
CREATE OR REPLACE FUNCTION public.iops_user_id_by_email(ws text, address text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.id FROM public.users u
  WHERE u.email = lower(trim(address)) AND public.iops_has_role(ws, 'owner')
$$;

REVOKE ALL ON FUNCTION public.iops_has_role(text, text), public.iops_can_claim(text),
  public.iops_shares_workspace(text), public.iops_owns_thread(text),
  public.iops_user_id_by_email(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.iops_role_rank(text), public.iops_has_role(text, text),
  public.iops_can_claim(text), public.iops_shares_workspace(text), public.iops_owns_thread(text),
  public.iops_user_id_by_email(text, text) TO authenticated;

-- 3. Table privileges: RLS decides which rows; the activity log has no UPDATE or DELETE at all.
GRANT SELECT, INSERT, UPDATE, DELETE ON
  public.users, public.workspaces, public.workspace_members, public.user_settings,
  public.workspace_settings, public.workspace_connections, public.file_assets,
  public.saved_queries, public.query_log, public.chat_threads, public.chat_messages,
  public.examples
TO authenticated;
GRANT SELECT, INSERT ON public.activity_log TO authenticated;
REVOKE UPDATE, DELETE ON public.activity_log FROM authenticated;
REVOKE UPDATE, DELETE ON public.query_log FROM authenticated;
REVOKE ALL ON public.schema_migrations FROM anon, authenticated;

-- 4. Policies ------------------------------------------------------------------------------------
ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.workspaces ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.workspace_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.user_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.workspace_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.workspace_connections ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.file_assets ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.saved_queries ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.query_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.chat_threads ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.chat_messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.examples ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.activity_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.schema_migrations ENABLE ROW LEVEL SECURITY;

DO $policies$
DECLARE
  p record;
BEGIN
  -- Drop our previous policies so this migration can be re-applied after a change.
  FOR p IN SELECT policyname, tablename FROM pg_policies
           WHERE schemaname = 'public' AND policyname LIKE 'iops_%' LOOP
    EXECUTE format('DROP POLICY %I ON public.%I', p.policyname, p.tablename);
  END LOOP;
END
$policies$;

-- users: see yourself and people you share a workspace with; create and edit only yourself.
CREATE POLICY iops_users_select ON public.users FOR SELECT TO authenticated
  USING (id = (auth.uid())::text OR public.iops_shares_workspace(id));
CREATE POLICY iops_users_insert ON public.users FOR INSERT TO authenticated
  WITH CHECK (id = (auth.uid())::text);
CREATE POLICY iops_users_update ON public.users FOR UPDATE TO authenticated
  USING (id = (auth.uid())::text) WITH CHECK (id = (auth.uid())::text);

-- workspaces: members read; anyone signed in creates their own; owners rename and delete.
CREATE POLICY iops_workspaces_select ON public.workspaces FOR SELECT TO authenticated
  USING (public.iops_has_role(id, 'viewer') OR created_by = (auth.uid())::text);
CREATE POLICY iops_workspaces_insert ON public.workspaces FOR INSERT TO authenticated
  WITH CHECK (created_by = (auth.uid())::text);
CREATE POLICY iops_workspaces_update ON public.workspaces FOR UPDATE TO authenticated
  USING (public.iops_has_role(id, 'owner')) WITH CHECK (public.iops_has_role(id, 'owner'));
CREATE POLICY iops_workspaces_delete ON public.workspaces FOR DELETE TO authenticated
  USING (public.iops_has_role(id, 'owner'));

-- members: members read the list; owners manage it; a creator claims a new workspace; anyone leaves.
CREATE POLICY iops_members_select ON public.workspace_members FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer'));
CREATE POLICY iops_members_insert ON public.workspace_members FOR INSERT TO authenticated
  WITH CHECK (public.iops_has_role(workspace_id, 'owner')
    OR (user_id = (auth.uid())::text AND role = 'owner' AND public.iops_can_claim(workspace_id)));
CREATE POLICY iops_members_update ON public.workspace_members FOR UPDATE TO authenticated
  USING (public.iops_has_role(workspace_id, 'owner'))
  WITH CHECK (public.iops_has_role(workspace_id, 'owner'));
CREATE POLICY iops_members_delete ON public.workspace_members FOR DELETE TO authenticated
  USING (public.iops_has_role(workspace_id, 'owner') OR user_id = (auth.uid())::text);

-- user settings (provider keys, preferences): only their own user.
CREATE POLICY iops_user_settings_all ON public.user_settings FOR ALL TO authenticated
  USING (user_id = (auth.uid())::text) WITH CHECK (user_id = (auth.uid())::text);

-- workspace settings: members read; owners write.
CREATE POLICY iops_ws_settings_select ON public.workspace_settings FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer'));
CREATE POLICY iops_ws_settings_insert ON public.workspace_settings FOR INSERT TO authenticated
  WITH CHECK (public.iops_has_role(workspace_id, 'owner'));
CREATE POLICY iops_ws_settings_update ON public.workspace_settings FOR UPDATE TO authenticated
  USING (public.iops_has_role(workspace_id, 'owner')) WITH CHECK (public.iops_has_role(workspace_id, 'owner'));
CREATE POLICY iops_ws_settings_delete ON public.workspace_settings FOR DELETE TO authenticated
  USING (public.iops_has_role(workspace_id, 'owner'));

-- connections: members read; editors manage read-only ones; only owners enable writes.
CREATE POLICY iops_connections_select ON public.workspace_connections FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer'));
CREATE POLICY iops_connections_insert ON public.workspace_connections FOR INSERT TO authenticated
  WITH CHECK (public.iops_has_role(workspace_id, 'editor')
    AND (NOT allow_writes OR public.iops_has_role(workspace_id, 'owner')));
CREATE POLICY iops_connections_update ON public.workspace_connections FOR UPDATE TO authenticated
  USING (public.iops_has_role(workspace_id, 'editor'))
  WITH CHECK (public.iops_has_role(workspace_id, 'editor')
    AND (NOT allow_writes OR public.iops_has_role(workspace_id, 'owner')));
CREATE POLICY iops_connections_delete ON public.workspace_connections FOR DELETE TO authenticated
  USING (public.iops_has_role(workspace_id, 'editor'));

-- files, saved queries, approved examples: members read; editors write.
CREATE POLICY iops_files_select ON public.file_assets FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer'));
CREATE POLICY iops_files_insert ON public.file_assets FOR INSERT TO authenticated
  WITH CHECK (public.iops_has_role(workspace_id, 'editor'));
CREATE POLICY iops_files_update ON public.file_assets FOR UPDATE TO authenticated
  USING (public.iops_has_role(workspace_id, 'editor')) WITH CHECK (public.iops_has_role(workspace_id, 'editor'));
CREATE POLICY iops_files_delete ON public.file_assets FOR DELETE TO authenticated
  USING (public.iops_has_role(workspace_id, 'editor'));

CREATE POLICY iops_saved_select ON public.saved_queries FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer'));
CREATE POLICY iops_saved_insert ON public.saved_queries FOR INSERT TO authenticated
  WITH CHECK (public.iops_has_role(workspace_id, 'editor'));
CREATE POLICY iops_saved_update ON public.saved_queries FOR UPDATE TO authenticated
  USING (public.iops_has_role(workspace_id, 'editor')) WITH CHECK (public.iops_has_role(workspace_id, 'editor'));
CREATE POLICY iops_saved_delete ON public.saved_queries FOR DELETE TO authenticated
  USING (public.iops_has_role(workspace_id, 'editor'));

CREATE POLICY iops_examples_select ON public.examples FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer'));
CREATE POLICY iops_examples_insert ON public.examples FOR INSERT TO authenticated
  WITH CHECK (public.iops_has_role(workspace_id, 'editor'));
CREATE POLICY iops_examples_update ON public.examples FOR UPDATE TO authenticated
  USING (public.iops_has_role(workspace_id, 'editor')) WITH CHECK (public.iops_has_role(workspace_id, 'editor'));
CREATE POLICY iops_examples_delete ON public.examples FOR DELETE TO authenticated
  USING (public.iops_has_role(workspace_id, 'editor'));

-- query log (audit): members read; members append their own rows; nobody edits or deletes.
CREATE POLICY iops_query_log_select ON public.query_log FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer'));
CREATE POLICY iops_query_log_insert ON public.query_log FOR INSERT TO authenticated
  WITH CHECK (public.iops_has_role(workspace_id, 'viewer') AND user_id = (auth.uid())::text);

-- chat: members read the workspace's threads; each person writes only their own.
CREATE POLICY iops_threads_select ON public.chat_threads FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer'));
CREATE POLICY iops_threads_insert ON public.chat_threads FOR INSERT TO authenticated
  WITH CHECK (public.iops_has_role(workspace_id, 'viewer') AND user_id = (auth.uid())::text);
CREATE POLICY iops_threads_update ON public.chat_threads FOR UPDATE TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer') AND user_id = (auth.uid())::text)
  WITH CHECK (public.iops_has_role(workspace_id, 'viewer') AND user_id = (auth.uid())::text);
CREATE POLICY iops_threads_delete ON public.chat_threads FOR DELETE TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer') AND user_id = (auth.uid())::text);

CREATE POLICY iops_messages_select ON public.chat_messages FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer'));
CREATE POLICY iops_messages_insert ON public.chat_messages FOR INSERT TO authenticated
  WITH CHECK (public.iops_has_role(workspace_id, 'viewer') AND public.iops_owns_thread(thread_id));
CREATE POLICY iops_messages_delete ON public.chat_messages FOR DELETE TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer') AND public.iops_owns_thread(thread_id));

-- activity log: owners read; members append their own; nobody edits or deletes (a trigger
-- refuses UPDATE/DELETE even for the table owner).
CREATE POLICY iops_activity_select ON public.activity_log FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'owner'));
CREATE POLICY iops_activity_insert ON public.activity_log FOR INSERT TO authenticated
  WITH CHECK (public.iops_has_role(workspace_id, 'viewer') AND user_id = (auth.uid())::text);
