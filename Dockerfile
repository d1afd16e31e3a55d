# kg in a container: the one-shot service of docker-compose.yml (`kg build --store neo4j`).
#   docker build -t kg .  &&  docker run --rm kg --help
FROM python:3.11-slim

ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONUNBUFFERED=1
WORKDIR /app

# Only what the package needs (no .venv, node_modules or test data in the image).
COPY pyproject.toml README.md ./
COPY schemas ./schemas
COPY queries ./queries
COPY kg ./kg
RUN pip install . && useradd --create-home kg && mkdir /out && chown kg /out

USER kg
ENTRYPOINT ["kg"]
CMD ["--help"]
