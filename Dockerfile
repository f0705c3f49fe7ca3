# syntax=docker/dockerfile:1
# The shop as one stateless container; run as many as traffic needs behind a load balancer.
#   docker build -t comegongbang .                                   # the app
#   docker build --target migrate -t comegongbang-migrate .          # migrations, run once per release
#   docker build --target worker -t comegongbang-worker .            # job workers (npm run worker), any number
#   docker run --rm --env-file production.env comegongbang-migrate
#   docker run -p 3000:3000 --env-file production.env comegongbang
# (No Docker engine runs on the machines this project is developed on; see docs/deploy.md.)

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma ./scripts/prisma
RUN npm ci --no-audit --no-fund

# Applies pending migrations with Prisma's CLI (offline engine shim included) and exits.
FROM deps AS migrate
ENTRYPOINT ["npx", "prisma", "migrate", "deploy"]

# Job workers: the TypeScript sources run by tsx, no Next.js build (they serve no HTTP). Same
# environment as the app; as many as the mail backlog needs (docs/deploy.md → Job workers).
FROM deps AS worker
COPY . .
ENV NODE_ENV=production
RUN useradd --system --uid 1001 app && chmod -R a-w /app
USER app
CMD ["./node_modules/.bin/tsx", "--import", "./scripts/lib/server-only-hook.mjs", "scripts/worker.ts"]

FROM deps AS build
COPY . .
# lib/env.ts validates the environment when the server's modules load, which `next build` does;
# the build gets placeholders, the running container the real values. These never reach the
# runtime stage, and a production start refuses this AUTH_SECRET (lib/env-production.ts).
# Two must be real: `next build` prerenders the pages without parameters (/, /ateliers, the 404
# page) from the catalogue, so it reads the database, and their absolute URLs use AUTH_URL:
#   docker build --build-arg DATABASE_URL=postgresql://reader@replica/shop --build-arg AUTH_URL=https://comegongbang.kr .
ARG DATABASE_URL=postgresql://build@localhost:5432/build
ARG AUTH_URL=https://build.invalid
ENV NEXT_TELEMETRY_DISABLED=1 \
    DATABASE_URL=$DATABASE_URL \
    AUTH_SECRET=build-time-placeholder-secret-not-used-at-runtime \
    AUTH_URL=$AUTH_URL \
    AUTH_KAKAO_ID=build AUTH_KAKAO_SECRET=build \
    UPSTASH_REDIS_REST_URL=https://build.invalid UPSTASH_REDIS_REST_TOKEN=build \
    RESEND_API_KEY=re_build MAIL_FROM=build@build.invalid \
    TOSS_CLIENT_KEY=build TOSS_SECRET_KEY=build
RUN npx next build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
# KEEP_ALIVE_TIMEOUT: longer than the load balancer's idle timeout (60 s on most), or it may reuse a
# connection the server is closing and answer the client 502.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 KEEP_ALIVE_TIMEOUT=65000
RUN useradd --system --uid 1001 app
# The code belongs to root and is read-only: a compromised server process (running as `app`)
# cannot rewrite the code the next request or restart would run. Only Next.js's cache directory
# is the app's to write.
COPY --from=build --chown=root:root /app/.next/standalone ./
COPY --from=build --chown=root:root /app/.next/static ./.next/static
COPY --from=build --chown=root:root /app/public ./public
RUN chmod -R a-w /app && mkdir -p /app/.next/cache && chown app:app /app/.next/cache
USER app
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server.js"]
