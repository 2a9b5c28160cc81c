-- iOpsData: team knowledge per connection (glossary, metrics, instructions, join paths, dbt imports).
-- Members read; editors and owners write. The table is also in 20261122000001_iopsdata_schema.sql
-- (generated); it is created here too for projects that applied the earlier migrations. Idempotent.

CREATE TABLE IF NOT EXISTS public.knowledge_items (
	id VARCHAR(36) NOT NULL,
	workspace_id VARCHAR(36) NOT NULL,
	connection_id VARCHAR(36) NOT NULL,
	kind VARCHAR(20) NOT NULL,
	key VARCHAR(400) NOT NULL,
	body JSON NOT NULL,
	source VARCHAR(20) NOT NULL,
	updated_by VARCHAR(36),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT uq_knowledge_item UNIQUE (workspace_id, connection_id, kind, key),
	FOREIGN KEY(workspace_id) REFERENCES public.workspaces (id) ON DELETE CASCADE
);

GRANT SELECT, INSERT, UPDATE, DELETE ON public.knowledge_items TO authenticated;
ALTER TABLE public.knowledge_items ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS iops_knowledge_select ON public.knowledge_items;
DROP POLICY IF EXISTS iops_knowledge_insert ON public.knowledge_items;
DROP POLICY IF EXISTS iops_knowledge_update ON public.knowledge_items;
DROP POLICY IF EXISTS iops_knowledge_delete ON public.knowledge_items;

CREATE POLICY iops_knowledge_select ON public.knowledge_items FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer'));
CREATE POLICY iops_knowledge_insert ON public.knowledge_items FOR INSERT TO authenticated
  WITH CHECK (public.iops_has_role(workspace_id, 'editor'));
CREATE POLICY iops_knowledge_update ON public.knowledge_items FOR UPDATE TO authenticated
  USING (public.iops_has_role(workspace_id, 'editor'))
  WITH CHECK (public.iops_has_role(workspace_id, 'editor'));
CREATE POLICY iops_knowledge_delete ON public.knowledge_items FOR DELETE TO authenticated
  USING (public.iops_has_role(workspace_id, 'editor'));
