-- iOpsData personal access tokens (store migration 6): the MCP server's bearer tokens. Each token
-- belongs to one user in one workspace; only its SHA-256 is stored. A member sees, creates and
-- revokes their own tokens; an owner also sees and revokes every token of the workspace. The MCP
-- server checks a presented token through the store's privileged connection (before anyone is
-- known), exactly like browser sessions. Idempotent: safe to apply twice.

CREATE TABLE IF NOT EXISTS public.access_tokens (
  id VARCHAR(36) NOT NULL,
  workspace_id VARCHAR(36) NOT NULL,
  user_id VARCHAR(36) NOT NULL,
  name VARCHAR(200) NOT NULL,
  token_hash VARCHAR(64) NOT NULL,
  prefix VARCHAR(16) NOT NULL,
  role VARCHAR(20) NOT NULL,
  created_at FLOAT NOT NULL,
  expires_at FLOAT NOT NULL,
  last_used_at FLOAT,
  revoked_at FLOAT,
  PRIMARY KEY (id),
  FOREIGN KEY(workspace_id) REFERENCES public.workspaces (id) ON DELETE CASCADE,
  FOREIGN KEY(user_id) REFERENCES public.users (id) ON DELETE CASCADE,
  UNIQUE (token_hash)
);
CREATE INDEX IF NOT EXISTS ix_access_tokens_workspace_id ON public.access_tokens (workspace_id);

REVOKE ALL ON public.access_tokens FROM anon, authenticated;
GRANT SELECT, INSERT, UPDATE ON public.access_tokens TO authenticated;

ALTER TABLE public.access_tokens ENABLE ROW LEVEL SECURITY;

-- Policy names do not start with iops_: the RLS migration drops and re-creates those.
DROP POLICY IF EXISTS access_tokens_select ON public.access_tokens;
DROP POLICY IF EXISTS access_tokens_insert ON public.access_tokens;
DROP POLICY IF EXISTS access_tokens_update ON public.access_tokens;
CREATE POLICY access_tokens_select ON public.access_tokens FOR SELECT TO authenticated
  USING (
    (user_id = (auth.uid())::text AND public.iops_has_role(workspace_id, 'viewer'))
    OR public.iops_has_role(workspace_id, 'owner')
  );
CREATE POLICY access_tokens_insert ON public.access_tokens FOR INSERT TO authenticated
  WITH CHECK (
    user_id = (auth.uid())::text
    AND public.iops_has_role(workspace_id, role)
    AND public.iops_role_rank(role) > 0
  );
CREATE POLICY access_tokens_update ON public.access_tokens FOR UPDATE TO authenticated
  USING (
    (user_id = (auth.uid())::text AND public.iops_has_role(workspace_id, 'viewer'))
    OR public.iops_has_role(workspace_id, 'owner')
  )
  WITH CHECK (
    (user_id = (auth.uid())::text AND public.iops_has_role(workspace_id, 'viewer'))
    OR public.iops_has_role(workspace_id, 'owner')
  );
