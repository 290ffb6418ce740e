# syntax=docker/dockerfile:1
#
# One image for every process of the platform. The role is chosen by the command:
#   node --import tsx runtime/main.ts gateway              (default)
#   node --import tsx runtime/main.ts subgraph <name>      (knowledge, integrations, exports,
#                                                           observability, audit, security)
#   node --import tsx runtime/main.ts worker <name>        (webhooks, exports)
# docker-compose.yml wires them together; configuration comes only from the environment
# (lib/config.ts), so nothing secret is baked into the image.

FROM node:20-bookworm-slim

WORKDIR /app

# Lockfile first so the dependency layer is reused until package*.json change.
# --include=dev is deliberate: the sources run through tsx (a devDependency) rather than a
# compiled build, and it must not silently disappear if NODE_ENV=production is ever set
# for the build. The cache mount keeps npm's download cache out of the image.
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --include=dev --no-audit --no-fund

# Sources are copied as root and stay read-only for the runtime user: a compromised process
# cannot rewrite the code it runs. What gets copied is trimmed by .dockerignore.
COPY . .

# Set after `npm ci` (see above). Inside a container the default loopback HOST would make
# every server unreachable from its neighbours.
ENV NODE_ENV=production \
    HOST=0.0.0.0

# LOCAL export files (EXPORTS_DIR in docker-compose.yml): owned by the runtime user, so a named
# volume mounted here starts out writable for it.
RUN mkdir -p /var/lib/kg/exports && chown node:node /var/lib/kg/exports

# The image's built-in unprivileged user; tsx only needs a writable /tmp for its cache.
USER node

# Gateway, then knowledge..security (SUBGRAPH_PORT_BASE + 1 + index, see lib/config.ts).
EXPOSE 4000 4001 4002 4003 4004 4005 4006

# No HEALTHCHECK here: the port to probe depends on the role, so docker-compose.yml
# declares one per service.

# `node --import tsx` rather than the tsx CLI: the CLI forks a child process, which would put
# a wrapper between Docker's SIGTERM and the graceful shutdown in runtime/main.ts.
CMD ["node", "--import", "tsx", "runtime/main.ts", "gateway"]
