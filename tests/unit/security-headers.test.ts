import { describe, expect, it } from 'vitest';
import { webchatFrameAncestors } from '../../src/http/security-headers.js';

describe('webchatFrameAncestors', () => {
  it('lets any site frame the chat when the connection allows every origin', () => {
    expect(webchatFrameAncestors([])).toBe('*');
  });

  it('lists the allowed origins, and only well-formed http(s) origins reach the header', () => {
    expect(webchatFrameAncestors(['https://shop.example', 'http://localhost:8080/'])).toBe("'self' https://shop.example http://localhost:8080");
    expect(webchatFrameAncestors(['https://shop.example/path', 'javascript:alert(1)', "https://a.example; script-src 'unsafe-inline'", 'not a url'])).toBe("'self'");
  });
});
