// initlab's own teaching images, modelled on the seed article's: an init image with helper
// scripts (fetch files into a shared volume, wait for services), a migration image, a memory hog
// for OOMKilled, and a distroless app that serves what the init container fetched. Data only.

import { DEFAULT_BINARIES } from '../shell/memoryWorld'
import type { RepoEntry } from './types'

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

// Writes the app's static files into $PUBLIC_ROOT, as the article's init-fetch-files does.
const FETCH_FILES = `#!/bin/sh
# Fetches the app's public files into $PUBLIC_ROOT, a volume the app container mounts.
set -e
if [ -z "$PUBLIC_ROOT" ]; then
  echo "PUBLIC_ROOT is not set" >&2
  exit 1
fi
echo "Fetching files into $PUBLIC_ROOT"
mkdir -p "$PUBLIC_ROOT"
cat > "$PUBLIC_ROOT/index.html" <<HTML
<!DOCTYPE html>
<html>
<head><title>\${APP_NAME:-app}</title></head>
<body><h1>Hello from \${APP_NAME:-app}</h1><p>These files were fetched by an init container.</p></body>
</html>
HTML
echo '{"version":"1.0.0"}' > "$PUBLIC_ROOT/version.json"
echo "body { font-family: sans-serif; }" > "$PUBLIC_ROOT/style.css"
for f in index.html version.json style.css; do
  echo "fetched $f"
done
echo "Done: 3 files in $PUBLIC_ROOT"
`

// Fails fast (exit 1) while any name in $SERVICES (commas or spaces) does not resolve, so the
// kubelet restarts it with back-off until every Service exists: the article's init-check-services.
const CHECK_SERVICES = `#!/bin/sh
# Exits 1 while one of the services in $SERVICES is not available yet.
services=$(echo $(echo "$SERVICES" | tr ',' ' '))
if [ -z "$services" ]; then
  echo "SERVICES is not set" >&2
  exit 1
fi
for s in $services; do
  if ! nslookup "$s" > /dev/null 2>&1; then
    echo "At least one ($s) of the services ($services) is not available yet."
    exit 1
  fi
done
echo "All of the services ($services) are available."
`

// Waits for the database port, then applies numbered migrations; idempotent per data directory.
const MIGRATE = `#!/bin/sh
# Runs the schema migrations against $DB_HOST:$DB_PORT once the database accepts connections.
host=\${DB_HOST:-postgres}
port=\${DB_PORT:-5432}
tries=\${MIGRATE_TRIES:-1}
n=0
until nc -z -w 2 "$host" "$port" > /dev/null 2>&1; do
  n=$((n + 1))
  if [ "$n" -ge "$tries" ]; then
    echo "migrate: cannot connect to $host:$port: connection refused" >&2
    exit 1
  fi
  echo "migrate: waiting for $host:$port"
  sleep 2
done
for m in 0001_create_users 0002_create_orders 0003_add_index; do
  echo "migrate: applying $m"
  sleep 1
done
echo "migrate: database is up to date (3 migrations applied)"
`

/** initlab's repositories (docker.io/initlab/...). */
export const INITLAB: Record<string, RepoEntry> = {
  'docker.io/initlab/app-init': {
    tags: { '1.0': 2_301_554, latest: 2_301_554 },
    // Built on busybox 1.28, whose nslookup exits 0 for a name found through the search list.
    entrypoint: [], cmd: ['sh'], env: { PATH }, binaries: DEFAULT_BINARIES, busyboxVersion: '1.28',
    files: { '/usr/local/bin/fetch-files.sh': FETCH_FILES, '/usr/local/bin/check-services.sh': CHECK_SERVICES },
  },
  'docker.io/initlab/migrate': {
    tags: { '1.0': 2_298_004, latest: 2_298_004 },
    entrypoint: ['/usr/local/bin/migrate.sh'], cmd: [], env: { PATH }, binaries: DEFAULT_BINARIES,
    files: { '/usr/local/bin/migrate.sh': MIGRATE },
  },
  'docker.io/initlab/memhog': {
    tags: { '1.0': 1_120_331, latest: 1_120_331 },
    entrypoint: ['/memhog'], cmd: [], env: { PATH, MEGABYTES: '100' }, binaries: [],
    programs: { '/memhog': 'memhog' },
  },
  // The article's distroless app: serves $PUBLIC_ROOT on 8080, no shell inside.
  'docker.io/initlab/app': {
    tags: { '1.0': 4_812_090, latest: 4_812_090 },
    entrypoint: ['/app'], cmd: [], env: { PATH, PUBLIC_ROOT: '/data/public' }, binaries: [],
    programs: { '/app': 'app' },
  },
}
