# The bot in a container: built JavaScript, production packages only, fonts inside, a non-root user, and a
# health check on /readyz (ready once the workers are warm). Build: docker build -t backprop-tutor .

# 1. Build dist/ with the development packages (esbuild).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The prebuilt canvas and sharp binaries come as optional packages: no install script is needed.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

# 2. The production packages alone.
FROM node:20-bookworm-slim AS packages
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# 3. What runs: node, the packages, dist/ and the assets it reads (fonts, lessons, presets, the playground page).
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=packages /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY assets ./assets
COPY src/platforms/playground/page ./src/platforms/playground/page
# The embedded database (without DATABASE_URL) lives in DATA_DIR, which the non-root user must be able to write:
# keep it on a volume so the exercises outlive the container.
ENV DATA_DIR=/app/data
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains for up to SHUTDOWN_GRACE_MS (25 s): give the container platform at least 30 s.
STOPSIGNAL SIGTERM
# The same command as `npm start` (test/deploy/start-command.test.ts): see the README's "Start-up and memory".
CMD ["node", "--max-semi-space-size=2", "--expose-gc", "dist/main.js"]
