"""iOpsData's entry point, in two roles — ``streamlit run app.py`` uses both.

As a module (Streamlit's CLI finds ``app`` below and imports this file to serve it), it is the
server: an ``st.App`` whose start-up warms the first page's imports in the background
(``iopsdata.ui.warm``), so the first visitor does not pay for them, and whose ``index.html``
preloads the first page's widget code (``iopsdata.ui.preload``); custom components' frames may
load nothing from another host (``iopsdata.ui.component_policy``).

As the page script (Streamlit runs it as ``__main__`` for every visit and rerun): page config,
settings, sign-in, workspace, navigation.
"""

import streamlit as st

if __name__ != "__main__":  # imported by `streamlit run` to find the server
    from starlette.middleware import Middleware

    from iopsdata.ui.backend_responses import keep_backend_responses
    from iopsdata.ui.component_policy import LocalOnlyComponents
    from iopsdata.ui.preload import PreloadFirstPage
    from iopsdata.ui.routing import route_through_app
    from iopsdata.ui.warm import lifespan

    route_through_app()  # before any session: every page of every session runs through here
    keep_backend_responses()  # a download's file reaches the browser even if a rerun starts
    app = st.App(
        "app.py",
        lifespan=lifespan,
        middleware=[Middleware(PreloadFirstPage), Middleware(LocalOnlyComponents)],
    )
else:
    # an emoji favicon is drawn in the browser; a :material/...: one is fetched from Google's
    # font CDN on every page load, a request to another host that fails offline
    st.set_page_config(page_title="iOpsData", page_icon="📊", layout="wide")

    # set_page_config must run first
    from iopsdata.demo import page_drawn, serve_pages_first
    from iopsdata.heap import freeze_long_lived
    from iopsdata.ui import state
    from iopsdata.ui.auth_gate import require_session, sign_out_button
    from iopsdata.ui.errors import show_error

    PAGES = [
        st.Page("pages/chat.py", title="Chat", icon=":material/forum:", default=True),
        st.Page("pages/sql.py", title="SQL", icon=":material/database:"),
        st.Page("pages/files.py", title="Files", icon=":material/upload_file:"),
        st.Page("pages/lineage.py", title="Lineage", icon=":material/account_tree:"),
        st.Page("pages/knowledge.py", title="Knowledge", icon=":material/menu_book:"),
        st.Page("pages/evaluate.py", title="Evaluate", icon=":material/fact_check:"),
        st.Page("pages/settings.py", title="Settings", icon=":material/settings:"),
    ]

    serve_pages_first()  # a fresh home's demo builds after the first page, not beside it

    try:
        session = require_session(keep_page=lambda: st.navigation(PAGES, position="hidden"))
        state.workspace_picker()
        sign_out_button(session)
    except Exception as exc:
        show_error(exc)
        st.stop()

    try:
        st.navigation(PAGES, position="top").run()
    finally:  # also after st.rerun()/st.stop(): a page's first run imports what it needs
        freeze_long_lived()
        page_drawn()  # (the sign-in form stops before this: a waiting build then starts by itself)
