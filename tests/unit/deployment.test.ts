/**
 * Deployment files, checked without Docker (no engine on CI machines): the
 * launcher that picks dist/ under NODE_ENV=production, the npm scripts, the
 * multi-stage Dockerfile and the compose file's structure. The image's install
 * and start are reproduced for real by scripts/prod-smoke.sh (CI) and
 * tests/e2e/production-build.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');
const temps: string[] = [];

afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function launch(args: string[], env: Record<string, string | undefined>, launcher = path.join(ROOT, 'scripts/launch.mjs')) {
  const clean = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete clean[k];
  const r = spawnSync(process.execPath, [launcher, ...args], { env: clean, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A project folder with only what the launcher needs, plus the given files. */
function fakeProject(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gw-launch-'));
  temps.push(dir);
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  mkdirSync(path.join(dir, 'scripts'));
  cpSync(path.join(ROOT, 'scripts/launch.mjs'), path.join(dir, 'scripts/launch.mjs'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('scripts/launch.mjs', () => {
  it('runs the compiled build under NODE_ENV=production and the TypeScript source otherwise', () => {
    expect(launch(['--which', 'start'], { NODE_ENV: 'production' }).stdout.trim()).toBe('dist dist/src/cli/start.js');
    expect(launch(['--which', 'worker'], { NODE_ENV: 'production' }).stdout.trim()).toBe('dist dist/src/cli/worker.js');
    expect(launch(['--which', 'gateway'], { NODE_ENV: undefined }).stdout.trim()).toBe('tsx src/cli/gateway.ts');
    expect(launch(['--which', 'admin'], { NODE_ENV: 'development' }).stdout.trim()).toBe('tsx src/cli/admin.ts');
    expect(launch(['--which', 'rm -rf'], {}).code).toBe(64);
  });

  it('imports dist/ with plain node in production, passing the arguments on', () => {
    const dir = fakeProject({ 'dist/src/cli/admin.js': "process.stdout.write(JSON.stringify({ from: 'dist', args: process.argv.slice(2) }));\n" });
    const r = launch(['admin', 'create-operator-key', '--name', 'ops'], { NODE_ENV: 'production' }, path.join(dir, 'scripts/launch.mjs'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ from: 'dist', args: ['create-operator-key', '--name', 'ops'] });
  });

  it('says to build first when NODE_ENV=production and dist/ is missing (instead of `tsx: not found`)', () => {
    const dir = fakeProject({ 'src/cli/start.ts': 'export {};\n' });
    const r = launch(['start'], { NODE_ENV: 'production' }, path.join(dir, 'scripts/launch.mjs'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dist/src/cli/start.js is missing: NODE_ENV=production runs the compiled build; run `npm run build` first');
  });

  it('runs TypeScript through tsx outside production', () => {
    const dir = fakeProject({ 'src/cli/worker.ts': "const who: string = 'tsx';\nprocess.stdout.write(who);\n" });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const r = launch(['worker'], { NODE_ENV: 'development' }, path.join(dir, 'scripts/launch.mjs'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('tsx');
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };

  it('starts every process through the launcher and builds with tsc', () => {
    for (const s of ['start', 'admin']) expect(pkg.scripts[s]).toBe(`node scripts/launch.mjs ${s}`);
    // V8 flags before the launcher: tests/unit/heap.test.ts.
    for (const s of ['gateway', 'worker']) expect(pkg.scripts[s]).toMatch(new RegExp(`^node (--[\\w-]+(=\\S+)? )*scripts/launch\\.mjs ${s}$`));
    expect(pkg.scripts.build).toContain('tsc -p tsconfig.build.json');
    expect(existsSync(path.join(ROOT, 'tsconfig.build.json'))).toBe(true);
  });

  it('makes sure Chromium and pgvector are there before the tests (a fresh machine has neither)', () => {
    expect(pkg.scripts.pretest).toContain('scripts/ensure-chromium.sh');
    expect(pkg.scripts.pretest).toContain('scripts/ensure-pgvector.sh');
    expect(read('scripts/up.sh')).toContain('scripts/ensure-chromium.sh');
  });

  it('needs no dev dependency at run time: what the production start loads is in dependencies', () => {
    for (const dep of ['prom-client', 'helmet', '@bull-board/express', '@bull-board/api', 'pino-pretty']) expect(pkg.dependencies[dep]).toBeTruthy();
    expect(pkg.dependencies.tsx).toBeUndefined();
  });
});

describe('Dockerfile', () => {
  const text = read('Dockerfile');
  const stages = text
    .split(/^FROM /m)
    .slice(1)
    .map((body) => ({ name: /\bAS\s+(\S+)/i.exec(body.split('\n')[0]!)?.[1] ?? '', from: body.split(/\s/)[0]!, body }));
  const stage = (name: string) => stages.find((s) => s.name === name)!;

  it('builds in one stage and runs production dependencies and the build in another', () => {
    expect(stage('build').body).toMatch(/RUN npm ci\b/);
    expect(stage('build').body).toContain('RUN npm run build');
    expect(stage('prod-deps').body).toMatch(/npm ci --omit=dev/);
    const runtime = stage('runtime').body;
    expect(runtime).toContain('COPY --from=prod-deps /app/node_modules ./node_modules');
    expect(runtime).toContain('COPY --from=build /app/dist ./dist');
    expect(runtime).toMatch(/COPY drizzle\/migrations /);
    expect(runtime).toMatch(/COPY examples /);
    expect(runtime).toMatch(/NODE_ENV=production/);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toContain('CMD ["node", "scripts/launch.mjs", "start"]');
  });

  it('carries Chromium only in the whatsapp-web variant; the default target has none and runs no sessions', () => {
    expect(stage('runtime').body).not.toMatch(/apt-get install[^\n]*chromium/);
    expect(stage('runtime').body).toContain('WHATSAPP_WEB_SESSIONS=false');
    expect(stage('whatsapp-web').from).toBe('runtime');
    expect(stage('whatsapp-web').body).toMatch(/apt-get install[^\n]*chromium/);
    expect(stage('whatsapp-web').body).toContain('WHATSAPP_WEB_SESSIONS=true');
    expect(stage('whatsapp-web').body).toMatch(/^USER node$/m);
    // `docker build .` builds the last stage: the image without Chromium.
    const last = stages[stages.length - 1]!;
    expect(last.from).toBe('runtime');
  });

  it('applies the dependency patches (patch-package on postinstall) in every stage that installs', () => {
    const installing = stages.filter((s) => /RUN npm ci\b/.test(s.body));
    expect(installing.map((s) => s.name).sort()).toEqual(['build', 'prod-deps']);
    for (const s of installing) expect(s.body.indexOf('COPY patches ./patches'), s.name).toBeGreaterThan(-1);
    for (const s of installing) expect(s.body.indexOf('COPY patches ./patches'), s.name).toBeLessThan(s.body.search(/RUN npm ci\b/));
  });

  it('copies only files that exist', () => {
    const sources = [...text.matchAll(/^COPY (?!--from)(?:--\S+ )*(.+) \S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
    expect(sources.length).toBeGreaterThan(5);
    expect(sources.filter((s) => !existsSync(path.join(ROOT, s)))).toEqual([]);
  });
});

describe('docker-compose.yml', () => {
  type Service = {
    build?: { target?: string };
    command?: string[];
    ports?: string[];
    restart?: string;
    environment?: Record<string, string>;
    healthcheck?: { test: string[] };
    depends_on?: Record<string, { condition: string }>;
    profiles?: string[];
    container_name?: string;
  };
  const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
  const { services } = compose;
  const stages = [...read('Dockerfile').matchAll(/^FROM \S+ AS (\S+)/gm)].map((m) => m[1]);

  it('runs gateway and worker as separate services of the same image', () => {
    // Each service starts node with the same flags as its npm script (package.json).
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(services.gateway?.command).toEqual(pkg.scripts.gateway!.split(/\s+/));
    expect(services.worker?.command).toEqual(pkg.scripts.worker!.split(/\s+/));
    for (const s of ['gateway', 'worker', 'migrate']) {
      expect(services[s]?.environment?.NODE_ENV).toBe('production');
      expect(stages).toContain(services[s]?.build?.target);
    }
  });

  it('lets workers scale with --scale: no ports, no fixed container name', () => {
    expect(services.worker?.ports).toBeUndefined();
    expect(services.worker?.container_name).toBeUndefined();
    expect(services.gateway?.container_name).toBeUndefined();
  });

  it('configures Redis as BullMQ asks: AOF persistence and noeviction', () => {
    const cmd = services.redis?.command?.join(' ') ?? '';
    expect(cmd).toMatch(/--appendonly yes/);
    expect(cmd).toMatch(/--maxmemory-policy noeviction/);
  });

  it('publishes no database or Redis port and never uses trust auth', () => {
    expect(services.postgres?.ports).toBeUndefined();
    expect(services.redis?.ports).toBeUndefined();
    expect(services.postgres?.environment?.POSTGRES_HOST_AUTH_METHOD).toBeUndefined();
    expect(services.postgres?.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
    expect(services.gateway?.environment?.DATABASE_URL).toContain('${POSTGRES_PASSWORD:?');
  });

  it('restarts long-running services, checks their health, and starts them in order', () => {
    for (const s of ['postgres', 'redis', 'gateway', 'worker']) {
      expect(services[s]?.restart).toBe('unless-stopped');
      expect(services[s]?.healthcheck?.test.length).toBeGreaterThan(1);
    }
    expect(services.migrate?.restart).toBe('no');
    expect(services.migrate?.command).toEqual(['node', 'scripts/launch.mjs', 'admin', 'migrate']);
    for (const s of ['gateway', 'worker']) {
      expect(services[s]?.depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
    }
    // The worker's healthcheck hits its own /health (WORKER_METRICS_PORT).
    expect(services.worker?.environment?.WORKER_METRICS_PORT).toBe('9464');
    expect(services.worker?.healthcheck?.test.join(' ')).toContain('127.0.0.1:9464/health');
  });

  it('runs WhatsApp Web sessions only in the opt-in service built from the Chromium variant', () => {
    expect(services.gateway?.environment?.WHATSAPP_WEB_SESSIONS).toBe('false');
    const wa = services['gateway-whatsapp-web'];
    expect(wa?.build?.target).toBe('whatsapp-web');
    expect(wa?.profiles).toEqual(['whatsapp-web']);
    expect(wa?.environment?.WHATSAPP_WEB_SESSIONS).toBe('true');
  });
});

describe('deploy/docker-compose.scale.yml', () => {
  type Service = {
    command?: string[];
    ports?: string[];
    volumes?: string[];
    environment?: Record<string, string>;
    deploy?: { replicas?: string | number };
    depends_on?: Record<string, { condition: string }>;
    healthcheck?: { test: string[] };
  };
  // `!reset []` (Compose 2.24+) drops the base file's value: here, the gateway's published port.
  const reset = { tag: '!reset', collection: 'seq' as const, resolve: <T>(seq: T) => seq };
  const scale = (parse(read('deploy/docker-compose.scale.yml'), { merge: true, customTags: [reset] }) as { services: Record<string, Service> }).services;
  const base = (parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> }).services;
  /** The default of a `${VAR:-N}` value (what runs when the variable is not set). */
  const byDefault = (v: string | number | undefined): number => Number(/^\$\{[A-Z_]+:-(\d+)\}$/.exec(String(v))?.[1] ?? v);

  it('overrides the base services and adds only the proxy', () => {
    expect(Object.keys(scale).filter((s) => !(s in base))).toEqual(['proxy']);
  });

  it('runs several gateway and worker replicas, gateways behind the proxy on one published port', () => {
    expect(byDefault(scale.gateway?.deploy?.replicas)).toBeGreaterThanOrEqual(2);
    expect(byDefault(scale.worker?.deploy?.replicas)).toBeGreaterThanOrEqual(2);
    expect(scale.gateway?.ports).toEqual([]);
    expect(scale.proxy?.ports).toEqual(['${GATEWAY_PORT:-3000}:3000']);
    expect(scale.proxy?.depends_on).toEqual({ gateway: { condition: 'service_healthy' } });
    expect(scale.proxy?.healthcheck?.test.join(' ')).toContain('/health');
    // Per-IP limits count the client behind the proxy, not the proxy.
    expect(scale.gateway?.environment?.TRUST_PROXY).toBe('1');
  });

  it('mounts a proxy configuration that exists, balances over every replica and passes streams unbuffered', () => {
    const mount = scale.proxy?.volumes?.[0]?.split(':') ?? [];
    expect(existsSync(path.join(ROOT, mount[0]!))).toBe(true);
    const conf = read(mount[0]!);
    expect(conf).toMatch(/resolver 127\.0\.0\.11/);
    expect(conf).toMatch(/http:\/\/gateway:3000/);
    expect(conf).toMatch(/proxy_buffering off;/);
    expect(conf).toMatch(/X-Forwarded-For \$proxy_add_x_forwarded_for/);
  });

  it('stays within the Postgres connection budget at its defaults', () => {
    const maxConnections = byDefault(/max_connections=(\S+)/.exec(scale.postgres?.command?.join(' ') ?? '')?.[1]);
    const pool = byDefault(scale.gateway?.environment?.DATABASE_POOL_MAX ?? base.gateway?.environment?.DATABASE_POOL_MAX ?? 10);
    const gateways = byDefault(scale.gateway?.deploy?.replicas) * byDefault(scale.gateway?.environment?.GATEWAY_PROCESSES);
    // A worker has its main pool and its retrieval pool.
    const workers = byDefault(scale.worker?.deploy?.replicas) * 2;
    expect(gateways * pool + workers * pool).toBeLessThan(maxConnections / 2);
  });

  it('lets every service point at a Redis Cluster instead of the single Redis', () => {
    for (const s of ['gateway', 'worker', 'migrate']) expect(base[s]?.environment?.REDIS_CLUSTER_NODES).toBe('${REDIS_CLUSTER_NODES:-}');
  });
});
