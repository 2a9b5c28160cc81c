-- iOpsData Evaluate (store migration 7): golden sets (question → gold SQL) per connection, and runs
-- that score the assistant against them. Members of a workspace read them; editors and owners create,
-- change and delete sets and start runs. Idempotent: safe to apply twice (the store applies this file
-- on PostgreSQL; a Supabase project applies it as a migration).

CREATE TABLE IF NOT EXISTS public.eval_sets (
	id VARCHAR(36) NOT NULL,
	workspace_id VARCHAR(36) NOT NULL,
	connection_id VARCHAR(36),
	name VARCHAR(200) NOT NULL,
	description TEXT NOT NULL,
	created_by VARCHAR(36),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT uq_eval_set_name UNIQUE (workspace_id, name),
	FOREIGN KEY(workspace_id) REFERENCES public.workspaces (id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS ix_eval_sets_workspace_id ON public.eval_sets (workspace_id);
CREATE TABLE IF NOT EXISTS public.eval_questions (
	id VARCHAR(36) NOT NULL,
	workspace_id VARCHAR(36) NOT NULL,
	set_id VARCHAR(36) NOT NULL,
	position INTEGER NOT NULL,
	question TEXT NOT NULL,
	sql TEXT NOT NULL,
	expected JSON,
	tags JSON NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(workspace_id) REFERENCES public.workspaces (id) ON DELETE CASCADE,
	FOREIGN KEY(set_id) REFERENCES public.eval_sets (id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS ix_eval_questions_set ON public.eval_questions (workspace_id, set_id, position);
CREATE TABLE IF NOT EXISTS public.eval_runs (
	id VARCHAR(36) NOT NULL,
	workspace_id VARCHAR(36) NOT NULL,
	set_id VARCHAR(36) NOT NULL,
	set_name VARCHAR(200) NOT NULL,
	connection_id VARCHAR(36),
	configs JSON NOT NULL,
	status VARCHAR(20) NOT NULL,
	total INTEGER NOT NULL,
	done INTEGER NOT NULL,
	cost_usd FLOAT NOT NULL,
	cost_ceiling_usd FLOAT,
	message TEXT,
	started_by VARCHAR(36),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	finished_at TIMESTAMP WITH TIME ZONE,
	PRIMARY KEY (id),
	FOREIGN KEY(workspace_id) REFERENCES public.workspaces (id) ON DELETE CASCADE,
	FOREIGN KEY(set_id) REFERENCES public.eval_sets (id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS ix_eval_runs_ws_time ON public.eval_runs (workspace_id, created_at);
CREATE TABLE IF NOT EXISTS public.eval_results (
	id VARCHAR(36) NOT NULL,
	workspace_id VARCHAR(36) NOT NULL,
	run_id VARCHAR(36) NOT NULL,
	config_index INTEGER NOT NULL,
	question_id VARCHAR(36),
	position INTEGER NOT NULL,
	verdict VARCHAR(20) NOT NULL,
	latency_s FLOAT,
	tokens_in INTEGER,
	tokens_out INTEGER,
	cost_usd FLOAT,
	repairs INTEGER,
	tables_ok BOOLEAN,
	details JSON NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(workspace_id) REFERENCES public.workspaces (id) ON DELETE CASCADE,
	FOREIGN KEY(run_id) REFERENCES public.eval_runs (id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS ix_eval_results_run ON public.eval_results (workspace_id, run_id, config_index, position);

GRANT SELECT, INSERT, UPDATE, DELETE ON
  public.eval_sets, public.eval_questions, public.eval_runs, public.eval_results
TO authenticated;
REVOKE ALL ON public.eval_sets, public.eval_questions, public.eval_runs, public.eval_results FROM anon;

ALTER TABLE public.eval_sets ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.eval_questions ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.eval_runs ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.eval_results ENABLE ROW LEVEL SECURITY;

-- Policy names do not start with iops_: the RLS migration drops and re-creates those.
DO $eval$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['eval_sets', 'eval_questions', 'eval_runs', 'eval_results'] LOOP
    EXECUTE format('DROP POLICY IF EXISTS %I ON public.%I', t || '_select', t);
    EXECUTE format('DROP POLICY IF EXISTS %I ON public.%I', t || '_insert', t);
    EXECUTE format('DROP POLICY IF EXISTS %I ON public.%I', t || '_update', t);
    EXECUTE format('DROP POLICY IF EXISTS %I ON public.%I', t || '_delete', t);
    EXECUTE format(
      'CREATE POLICY %I ON public.%I FOR SELECT TO authenticated '
      'USING (public.iops_has_role(workspace_id, ''viewer''))', t || '_select', t);
    EXECUTE format(
      'CREATE POLICY %I ON public.%I FOR INSERT TO authenticated '
      'WITH CHECK (public.iops_has_role(workspace_id, ''editor''))', t || '_insert', t);
    EXECUTE format(
      'CREATE POLICY %I ON public.%I FOR UPDATE TO authenticated '
      'USING (public.iops_has_role(workspace_id, ''editor'')) '
      'WITH CHECK (public.iops_has_role(workspace_id, ''editor''))', t || '_update', t);
    EXECUTE format(
      'CREATE POLICY %I ON public.%I FOR DELETE TO authenticated '
      'USING (public.iops_has_role(workspace_id, ''editor''))', t || '_delete', t);
  END LOOP;
END
$eval$;
