-- iOpsData files in Supabase Storage: a private bucket whose object policies match the table
-- policies. Paths are `workspaces/<workspace_id>/files/<file_id>/<name>`: members of the workspace
-- read them, editors and owners write and delete them. Skipped where there is no Storage (plain
-- PostgreSQL, where files stay in the local folder with the same layout). Idempotent.
DO $storage$
BEGIN
  IF to_regclass('storage.objects') IS NULL OR to_regclass('storage.buckets') IS NULL THEN
    RAISE NOTICE 'No Supabase Storage schema here: storage policies skipped';
    RETURN;
  END IF;

  INSERT INTO storage.buckets (id, name, public) VALUES ('iopsdata-files', 'iopsdata-files', false)
  ON CONFLICT (id) DO UPDATE SET public = false;

  DROP POLICY IF EXISTS iops_files_read ON storage.objects;
  DROP POLICY IF EXISTS iops_files_insert ON storage.objects;
  DROP POLICY IF EXISTS iops_files_update ON storage.objects;
  DROP POLICY IF EXISTS iops_files_delete ON storage.objects;

  CREATE POLICY iops_files_read ON storage.objects FOR SELECT TO authenticated
    USING (bucket_id = 'iopsdata-files' AND (storage.foldername(name))[1] = 'workspaces'
           AND public.iops_has_role((storage.foldername(name))[2], 'viewer'));
  CREATE POLICY iops_files_insert ON storage.objects FOR INSERT TO authenticated
    WITH CHECK (bucket_id = 'iopsdata-files' AND (storage.foldername(name))[1] = 'workspaces'
                AND public.iops_has_role((storage.foldername(name))[2], 'editor'));
  CREATE POLICY iops_files_update ON storage.objects FOR UPDATE TO authenticated
    USING (bucket_id = 'iopsdata-files' AND public.iops_has_role((storage.foldername(name))[2], 'editor'))
    WITH CHECK (bucket_id = 'iopsdata-files' AND (storage.foldername(name))[1] = 'workspaces'
                AND public.iops_has_role((storage.foldername(name))[2], 'editor'));
  CREATE POLICY iops_files_delete ON storage.objects FOR DELETE TO authenticated
    USING (bucket_id = 'iopsdata-files' AND public.iops_has_role((storage.foldername(name))[2], 'editor'));
END
$storage$;
