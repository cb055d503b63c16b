import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { localEncryptionKey } from '../../src/app/bootstrap.js';
import { ConfigError, loadConfig, logSettings, PROJECT_ROOT } from '../../src/config/index.js';
import { DEFAULT_SNAPSHOT_MAX_CHUNKS } from '../../src/rag/knowledge-snapshot.js';

const key = randomBytes(32).toString('base64');

describe('config', () => {
  it('has working defaults', () => {
    const c = loadConfig({ ENCRYPTION_KEY: key });
    expect(c.http.port).toBe(3000);
    expect(c.redis.url).toBe('redis://127.0.0.1:6379');
    expect(c.http.publicBaseUrl).toBe('http://localhost:3000');
    expect(c.platforms.telegramApiRoot).toBe('https://api.telegram.org');
    expect(c.llm.apiKey).toBeUndefined();
  });

  it('holds as many knowledge-base chunks in memory by default as a retriever built without the setting', () => {
    expect(loadConfig({ ENCRYPTION_KEY: key }).rag.snapshotMaxChunks).toBe(DEFAULT_SNAPSHOT_MAX_CHUNKS);
    expect(loadConfig({ ENCRYPTION_KEY: key, RETRIEVAL_SNAPSHOT_MAX_CHUNKS: '0' }).rag.snapshotMaxChunks).toBe(0);
  });

  it('reads platform base URLs so SDKs can be pointed at stand-ins', () => {
    const c = loadConfig({ ENCRYPTION_KEY: key, TELEGRAM_API_ROOT: 'http://127.0.0.1:9/', LINE_API_BASE_URL: 'http://127.0.0.1:8', PUBLIC_BASE_URL: 'https://gw.example/' });
    expect(c.platforms.telegramApiRoot).toBe('http://127.0.0.1:9/');
    expect(c.platforms.lineApiBaseUrl).toBe('http://127.0.0.1:8');
    expect(c.http.publicBaseUrl).toBe('https://gw.example');
  });

  it('has the documented abuse limits and input bounds, each configurable', () => {
    const { limits } = loadConfig({ ENCRYPTION_KEY: key });
    expect(limits).toEqual({
      trustProxy: 'loopback',
      json: { maxDepth: 32, maxArrayLength: 10_000 },
      webchat: { sessionsPerIp: 30, sessionsPerConnection: 600, messagesPerIp: 120, messagesPerConnection: 3000 },
      streams: { perToken: 10, perIp: 50 },
      auth: { failuresPerIp: 30, failuresPerKeyPrefix: 10, windowSeconds: 300, blockSeconds: 300 },
      knowledge: { uploadMaxBytes: 10_000_000, maxChunksPerDocument: 2000, maxChunksPerTenant: 100_000 },
      retrieval: { statementTimeoutMs: 5000 },
    });
    const c = loadConfig({ ENCRYPTION_KEY: key, TRUST_PROXY: '2', MAX_STREAMS_PER_TOKEN: '3', KB_UPLOAD_MAX_BYTES: '1000' });
    expect([c.limits.trustProxy, c.limits.streams.perToken, c.limits.knowledge.uploadMaxBytes]).toEqual([2, 3, 1000]);
    expect(loadConfig({ ENCRYPTION_KEY: key, TRUST_PROXY: 'false' }).limits.trustProxy).toBe(false);
    expect(() => loadConfig({ ENCRYPTION_KEY: key, AUTH_FAILURES_PER_IP: '0' })).toThrow(/AUTH_FAILURES_PER_IP/);
  });

  it('arms the worker fault hook only under NODE_ENV=test', () => {
    expect(loadConfig({ ENCRYPTION_KEY: key, NODE_ENV: 'test', GW_FAULT_KILL_AT: 'after-send' }).faults.killAt).toBe('after-send');
    expect(loadConfig({ ENCRYPTION_KEY: key, NODE_ENV: 'production', GW_FAULT_KILL_AT: 'after-send' }).faults.killAt).toBeNull();
    expect(loadConfig({ ENCRYPTION_KEY: key, GW_FAULT_KILL_AT: 'after-send' }).faults.killAt).toBeNull();
    expect(() => loadConfig({ ENCRYPTION_KEY: key, NODE_ENV: 'test', GW_FAULT_KILL_AT: 'sometime' })).toThrow(/GW_FAULT_KILL_AT/);
  });

  it('fails fast with a readable message', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({ ENCRYPTION_KEY: 'short' })).toThrow(/32 bytes/);
    expect(() => loadConfig({ ENCRYPTION_KEY: key, PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('declares DATA_DIR: absolute, relative paths from the project root, `.data` by default', () => {
    expect(loadConfig({ ENCRYPTION_KEY: key }).paths.dataDir).toBe(path.join(PROJECT_ROOT, '.data'));
    expect(loadConfig({ ENCRYPTION_KEY: key, DATA_DIR: 'state' }).paths.dataDir).toBe(path.join(PROJECT_ROOT, 'state'));
    expect(loadConfig({ ENCRYPTION_KEY: key, DATA_DIR: '/var/lib/gw' }).paths.dataDir).toBe('/var/lib/gw');
  });

  it('takes a missing ENCRYPTION_KEY from the fallback, given DATA_DIR, and never writes it into the environment', () => {
    const env: Record<string, string | undefined> = { DATA_DIR: '/tmp/gw-key-test' };
    const asked: string[] = [];
    const c = loadConfig(env, { encryptionKeyFallback: (dir) => (asked.push(dir), key) });
    expect(asked).toEqual(['/tmp/gw-key-test']);
    expect(c.security.encryptionKey.toString('base64')).toBe(key);
    expect(env).toEqual({ DATA_DIR: '/tmp/gw-key-test' });
    // A configured key wins; the fallback is not even asked.
    const other = randomBytes(32).toString('base64');
    expect(loadConfig({ ENCRYPTION_KEY: other }, { encryptionKeyFallback: () => { throw new Error('asked'); } }).security.encryptionKey.toString('base64')).toBe(other);
    // A bad fallback key is reported like a bad configured one.
    expect(() => loadConfig({}, { encryptionKeyFallback: () => 'short' })).toThrow(/32 bytes/);
  });

  it('generates the local key file once, then reads the same key back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gw-data-'));
    try {
      const logger = pino({ level: 'silent' });
      const first = localEncryptionKey(path.join(dir, 'nested'), logger);
      expect(Buffer.from(first, 'base64')).toHaveLength(32);
      expect(readFileSync(path.join(dir, 'nested', 'encryption.key'), 'utf8').trim()).toBe(first);
      expect(localEncryptionKey(path.join(dir, 'nested'), logger)).toBe(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the log settings alone, falling back to a default level when LOG_LEVEL is invalid', () => {
    expect(logSettings({ LOG_LEVEL: 'debug', LOG_PRETTY: 'true' })).toEqual({ level: 'debug', pretty: true });
    expect(logSettings({ LOG_LEVEL: 'loud' }, 'warn', false)).toEqual({ level: 'warn', pretty: false });
  });

  it('pretty-prints logs on a terminal in development, JSON otherwise, unless LOG_PRETTY says', () => {
    expect(logSettings({}, 'info', true).pretty).toBe(true);
    expect(logSettings({}, 'info', false).pretty).toBe(false);
    expect(logSettings({ NODE_ENV: 'production' }, 'info', true).pretty).toBe(false);
    expect(logSettings({ LOG_PRETTY: 'false' }, 'info', true).pretty).toBe(false);
    expect(logSettings({ LOG_PRETTY: 'true', NODE_ENV: 'production' }, 'info', false).pretty).toBe(true);
  });
});
