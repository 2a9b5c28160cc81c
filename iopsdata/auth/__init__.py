"""Who is the user: ``none`` (one local user), ``local`` (password accounts), ``supabase``, ``oidc``.

Each mode ends in the same :class:`Session`; the UI gate (``iopsdata.ui.auth_gate``) asks for
credentials and keeps the session in ``st.session_state``. Sign-in lookups use the store's
privileged handle; everything after sign-in runs as the user (row-level security on PostgreSQL).
"""

from iopsdata.auth.session import Session

__all__ = ["Session"]
