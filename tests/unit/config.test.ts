import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';

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

  it('reads platform base URLs so SDKs can be pointed at stand-ins', () => {
    const c = loadConfig({ ENCRYPTION_KEY: key, TELEGRAM_API_ROOT: 'http://127.0.0.1:9/', LINE_API_BASE_URL: 'http://127.0.0.1:8', PUBLIC_BASE_URL: 'https://gw.example/' });
    expect(c.platforms.telegramApiRoot).toBe('http://127.0.0.1:9/');
    expect(c.platforms.lineApiBaseUrl).toBe('http://127.0.0.1:8');
    expect(c.http.publicBaseUrl).toBe('https://gw.example');
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
});
