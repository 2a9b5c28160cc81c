-- iOpsData sign-in state (store migration 4): revocable browser sessions and the sign-in attempt
-- counter. The app reads and writes both through its privileged connection before anyone is signed
-- in; a signed-in user may only see and revoke their own sessions. Nobody but the table owner
-- touches the attempt counter. Idempotent: safe to apply twice.

CREATE TABLE IF NOT EXISTS public.auth_sessions (
  token_hash VARCHAR(64) NOT NULL,
  user_id VARCHAR(36) NOT NULL,
  created_at FLOAT NOT NULL,
  last_used_at FLOAT NOT NULL,
  expires_at FLOAT NOT NULL,
  user_agent VARCHAR(400),
  provider_token TEXT,
  PRIMARY KEY (token_hash),
  FOREIGN KEY(user_id) REFERENCES public.users (id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS ix_auth_sessions_user_id ON public.auth_sessions (user_id);

CREATE TABLE IF NOT EXISTS public.sign_in_attempts (
  key VARCHAR(320) NOT NULL,
  window_started FLOAT NOT NULL,
  attempts INTEGER NOT NULL,
  PRIMARY KEY (key)
);

REVOKE ALL ON public.auth_sessions, public.sign_in_attempts FROM anon, authenticated;
GRANT SELECT, DELETE ON public.auth_sessions TO authenticated;

ALTER TABLE public.auth_sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.sign_in_attempts ENABLE ROW LEVEL SECURITY;

-- Policy names do not start with iops_: the RLS migration drops and re-creates those.
DROP POLICY IF EXISTS auth_sessions_select_own ON public.auth_sessions;
DROP POLICY IF EXISTS auth_sessions_delete_own ON public.auth_sessions;
CREATE POLICY auth_sessions_select_own ON public.auth_sessions FOR SELECT TO authenticated
  USING (user_id = (auth.uid())::text);
CREATE POLICY auth_sessions_delete_own ON public.auth_sessions FOR DELETE TO authenticated
  USING (user_id = (auth.uid())::text);
