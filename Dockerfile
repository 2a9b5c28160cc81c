# iOpsData: self-hosted team deployment. Data (metadata, files, key file, demo) lives in /data.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    IOPSDATA_HOME=/data

RUN useradd --create-home --uid 10001 iops \
    && mkdir -p /data \
    && chown iops:iops /data

# Graphviz's dot lays out the lineage graph (clickable SVG, PNG/SVG export).
RUN apt-get update \
    && apt-get install -y --no-install-recommends graphviz \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY --chown=iops:iops . .
# PYTHONDONTWRITEBYTECODE keeps the image read-only at run time, so compile the app's own modules
# here: otherwise every replica's first visitor pays compiling ~200 modules from source.
RUN python -m compileall -q app.py pages iopsdata

USER iops
VOLUME ["/data"]
EXPOSE 8501

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).read() == b'ok' else 1)"

# browser.serverAddress stops Streamlit's external IP lookup at start-up.
CMD ["streamlit", "run", "app.py", "--server.address=0.0.0.0", "--server.port=8501", "--browser.serverAddress=localhost"]
