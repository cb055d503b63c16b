/**
 * The widget's colours from one accent colour, kept readable (WCAG 2.1 AA,
 * contrast ≥ 4.5:1): text on the accent is black or white, whichever contrasts
 * more; the accent used as text or border on white is darkened until it reads.
 */

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = Number.parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toHex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string, b: string): number {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return 1;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface ChatTheme {
  accent: string;
  /** Text on the accent. */
  onAccent: string;
  /** The accent as text/border on white. */
  accentInk: string;
}

export function chatTheme(color: string, fallback = '#1f5fbf'): ChatTheme {
  let rgb = parseHex(color) ?? parseHex(fallback)!;
  const accent = toHex(rgb);
  const onAccent = contrast(accent, '#ffffff') >= contrast(accent, '#000000') ? '#ffffff' : '#000000';
  let ink = accent;
  for (let i = 0; i < 20 && contrast(ink, '#ffffff') < 4.5; i++) {
    rgb = rgb.map((v) => v * 0.85) as Rgb;
    ink = toHex(rgb);
  }
  return { accent, onAccent, accentInk: ink };
}
