import { describe, expect, it } from 'vitest';
import { isForbiddenAddress } from '../../src/notifications/target-guard.js';
import { signBody } from '../../src/notifications/webhook.service.js';

describe('webhook SSRF address classification', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fe80::1%eth0',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:a9fe:a9fe',
    '0:0:0:0:0:ffff:192.168.1.1',
    '::127.0.0.1',
    '[::1]',
    'not-an-ip',
  ])('refuses %s', (addr) => {
    expect(isForbiddenAddress(addr)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2a00:1450:4001:80b::200e'])('allows public %s', (addr) => {
    expect(isForbiddenAddress(addr)).toBe(false);
  });

  it('signs the raw body as sha256=<hex HMAC-SHA256> (RFC-style known vector)', () => {
    expect(signBody('key', 'The quick brown fox jumps over the lazy dog')).toBe('sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8');
  });
});
