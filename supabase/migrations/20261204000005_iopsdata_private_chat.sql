-- iOpsData: chat threads belong to one connection and are private to their author unless shared.
-- For projects that applied the earlier migrations: adds the two thread columns and replaces the
-- chat policies (the same ones 20261122000002_iopsdata_rls.sql now creates). Idempotent.

ALTER TABLE public.chat_threads ADD COLUMN IF NOT EXISTS connection_id VARCHAR(36);
ALTER TABLE public.chat_threads ADD COLUMN IF NOT EXISTS shared BOOLEAN NOT NULL DEFAULT false;

-- A thread's messages are readable by its author, and by members when the author shared it.
CREATE OR REPLACE FUNCTION public.iops_can_read_thread(thread text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.chat_threads t
    WHERE t.id = thread AND (t.user_id = (auth.uid())::text OR t.shared)
  )
$$;
REVOKE ALL ON FUNCTION public.iops_can_read_thread(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.iops_can_read_thread(text) TO authenticated;

DROP POLICY IF EXISTS iops_threads_select ON public.chat_threads;
CREATE POLICY iops_threads_select ON public.chat_threads FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer') AND (user_id = (auth.uid())::text OR shared));

DROP POLICY IF EXISTS iops_messages_select ON public.chat_messages;
CREATE POLICY iops_messages_select ON public.chat_messages FOR SELECT TO authenticated
  USING (public.iops_has_role(workspace_id, 'viewer') AND public.iops_can_read_thread(thread_id));
