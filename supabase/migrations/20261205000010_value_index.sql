-- iOpsData: Chat's value index (known values of low-cardinality columns, per table of a
-- connection). Members read it; editors refresh it. Idempotent.

CREATE TABLE IF NOT EXISTS public.value_index (
  id VARCHAR(36) PRIMARY KEY,
  workspace_id VARCHAR(36) NOT NULL REFERENCES public.workspaces (id) ON DELETE CASCADE,
  connection_id VARCHAR(36) NOT NULL,
  table_name TEXT NOT NULL,
  hints JSON NOT NULL,
  refreshed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_value_index_table UNIQUE (workspace_id, connection_id, table_name)
);
CREATE INDEX IF NOT EXISTS ix_value_index_workspace_id ON public.value_index (workspace_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON public.value_index TO authenticated;
ALTER TABLE public.value_index ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS iops_value_index_select ON public.value_index;
CREATE POLICY iops_value_index_select ON public.value_index FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer'));
DROP POLICY IF EXISTS iops_value_index_insert ON public.value_index;
CREATE POLICY iops_value_index_insert ON public.value_index FOR INSERT TO authenticated
  WITH CHECK (public.iops_has_role(workspace_id, 'editor'));
DROP POLICY IF EXISTS iops_value_index_update ON public.value_index;
CREATE POLICY iops_value_index_update ON public.value_index FOR UPDATE TO authenticated
  USING (public.iops_has_role(workspace_id, 'editor')) WITH CHECK (public.iops_has_role(workspace_id, 'editor'));
DROP POLICY IF EXISTS iops_value_index_delete ON public.value_index;
CREATE POLICY iops_value_index_delete ON public.value_index FOR DELETE TO authenticated
  USING (public.iops_has_role(workspace_id, 'editor'));
