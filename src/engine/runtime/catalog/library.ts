// Public images of the simulated registry (Docker Hub library images, curl, distroless): tags,
// sizes (compressed linux/amd64, rounded), entrypoints and what each ships. Data only.

import { DEFAULT_BINARIES } from '../shell/memoryWorld'
import type { RepoEntry } from './types'

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
const BUSYBOX = DEFAULT_BINARIES
// Debian-based images have a shell and coreutils but no nslookup, ping or nc.
const DEBIAN = DEFAULT_BINARIES.filter((b) => !['nslookup', 'ping', 'nc', 'busybox'].includes(b))
const NOT_ELF = '\u007fELF (simulated binary)\n'

/** The default page of the nginx image (/usr/share/nginx/html/index.html, 615 bytes). */
export const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`

/** Library repositories by normalized name. */
export const LIBRARY: Record<string, RepoEntry> = {
  'docker.io/library/busybox': {
    tags: { '1.28': 727_869, '1.35': 2_216_620, '1.36': 2_152_262, '1.37': 2_156_397, latest: 2_156_397, stable: 2_156_397 },
    entrypoint: [], cmd: ['sh'], env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' }, binaries: BUSYBOX,
    busyboxTags: { '1.28': '1.28', '1.35': '1.35', '1.36': '1.36', '1.37': '1.37', latest: '1.37', stable: '1.37' },
  },
  // Alpine 3.19 and 3.20 ship busybox 1.36.1, 3.21 ships 1.37.0 (alpine's own builds; the banner
  // shows the busybox image's build date).
  'docker.io/library/alpine': {
    tags: { '3.19': 3_417_655, '3.20': 3_625_341, '3.21': 3_642_090, latest: 3_642_090 },
    entrypoint: [], cmd: ['/bin/sh'], env: { PATH }, binaries: BUSYBOX,
    busyboxTags: { '3.19': '1.36', '3.20': '1.36', '3.21': '1.37', latest: '1.37' },
  },
  'docker.io/library/nginx': {
    tags: { '1.25': 70_990_012, '1.27': 72_955_450, alpine: 21_234_176, latest: 72_955_450 },
    entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'],
    env: { PATH, NGINX_VERSION: '1.27.3' }, binaries: DEBIAN,
    files: { '/usr/share/nginx/html/index.html': NGINX_INDEX, '/usr/share/nginx/html/50x.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n', '/etc/nginx/nginx.conf': 'user  nginx;\nworker_processes  auto;\n', '/etc/nginx/conf.d/default.conf': 'server {\n    listen       80;\n    server_name  localhost;\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n' },
    programs: { '/docker-entrypoint.sh': 'nginx-entrypoint', '/usr/sbin/nginx': 'nginx', '/usr/bin/curl': 'curl' },
  },
  'docker.io/library/redis': {
    tags: { '7.2': 41_002_145, '7.4': 41_912_312, alpine: 17_225_471, latest: 41_912_312 },
    entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'], env: { PATH, REDIS_VERSION: '7.4.2' }, workingDir: '/data',
    binaries: DEBIAN, programs: { '/usr/local/bin/docker-entrypoint.sh': 'redis-entrypoint', '/usr/local/bin/redis-server': 'redis-server' },
  },
  'docker.io/library/postgres': {
    tags: { '15': 152_033_108, '16': 155_204_471, '17': 157_320_004, alpine: 105_442_112, latest: 157_320_004 },
    entrypoint: ['docker-entrypoint.sh'], cmd: ['postgres'],
    env: { PATH: `${PATH}:/usr/lib/postgresql/17/bin`, PG_MAJOR: '17', PGDATA: '/var/lib/postgresql/data' },
    binaries: DEBIAN, programs: { '/usr/local/bin/docker-entrypoint.sh': 'postgres-entrypoint', '/usr/lib/postgresql/17/bin/postgres': 'postgres' },
  },
  'docker.io/library/mysql': {
    tags: { '8.0': 167_012_443, '8.4': 170_554_210, '9': 172_404_866, latest: 172_404_866 },
    entrypoint: ['docker-entrypoint.sh'], cmd: ['mysqld'], env: { PATH, MYSQL_MAJOR: '8.4' },
    binaries: DEBIAN, programs: { '/usr/local/bin/docker-entrypoint.sh': 'mysql-entrypoint', '/usr/sbin/mysqld': 'mysqld' },
  },
  'docker.io/curlimages/curl': {
    tags: { '8.11.1': 11_436_280, latest: 11_436_280 },
    entrypoint: ['/entrypoint.sh'], cmd: ['curl'], env: { PATH }, binaries: BUSYBOX,
    files: { '/entrypoint.sh': '#!/bin/sh\nset -e\nexec "$@"\n' }, programs: { '/usr/bin/curl': 'curl' },
  },
  'docker.io/library/python': {
    tags: { '3.12': 392_455_302, '3.13': 394_101_622, '3.13-slim': 44_815_010, latest: 394_101_622 },
    entrypoint: [], cmd: ['python3'], env: { PATH, LANG: 'C.UTF-8', PYTHON_VERSION: '3.13.1' },
    binaries: DEBIAN, programs: { '/usr/local/bin/python3': 'python', '/usr/local/bin/python': 'python', '/usr/bin/curl': 'curl' },
  },
  'docker.io/library/node': {
    tags: { '20': 398_007_554, '22': 399_150_900, '22-alpine': 55_212_004, latest: 399_150_900 },
    entrypoint: ['docker-entrypoint.sh'], cmd: ['node'], env: { PATH, NODE_VERSION: '22.12.0', YARN_VERSION: '1.22.22' },
    binaries: DEBIAN, files: { '/usr/local/bin/docker-entrypoint.sh': '#!/bin/sh\nset -e\nexec "$@"\n' },
    programs: { '/usr/local/bin/node': 'node', '/usr/bin/curl': 'curl' },
  },
  // Distroless: no shell, no applets; only the application (or nothing, for /static).
  'gcr.io/distroless/static': {
    tags: { latest: 1_034_560, nonroot: 1_034_580, 'debian12': 1_034_560 },
    entrypoint: [], cmd: [], env: { PATH, SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt' }, binaries: [],
    files: { '/etc/ssl/certs/ca-certificates.crt': '', '/etc/passwd': 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' },
  },
  'gcr.io/distroless/base': {
    tags: { latest: 20_434_772, nonroot: 20_434_790, 'debian12': 20_434_772 },
    entrypoint: [], cmd: [], env: { PATH, SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt' }, binaries: [],
    files: { '/etc/ssl/certs/ca-certificates.crt': '', '/etc/passwd': 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' },
  },
}

/** What a native program file contains when a learner cats it. */
export const BINARY_CONTENT = NOT_ELF
