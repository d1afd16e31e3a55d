# kg in a container: the one-shot service of docker-compose.yml (`kg build --store neo4j`).
#   docker build -t kg .  &&  docker run --rm kg --help
FROM python:3.11-slim

ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONUNBUFFERED=1
WORKDIR /app

# Only what the package needs (.dockerignore keeps .venv, node_modules, out/ and .git out of the context).
COPY pyproject.toml constraints.txt README.md ./
COPY schemas ./schemas
COPY queries ./queries
COPY kg ./kg
# The core plus the Neo4j driver (kg[neo4j]), at the versions the tests ran with.
RUN pip install ".[neo4j]" -c constraints.txt && useradd --create-home --uid 1000 kg && mkdir /out && chown kg /out

USER kg
ENTRYPOINT ["kg"]
CMD ["--help"]
