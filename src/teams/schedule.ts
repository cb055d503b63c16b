/**
 * Team opening hours (pure): a weekly schedule in an IANA time zone — per
 * weekday a list of `HH:MM-HH:MM` shifts, a shift ending at or before its start
 * crosses midnight into the next day — and holidays (local dates on which no
 * shift starts). Time-zone arithmetic uses Intl.DateTimeFormat only, so daylight
 * saving transitions follow the platform's tz database.
 */

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type WeeklySchedule = Partial<Record<Weekday, string[]>>;

export interface TeamHours {
  timeZone: string;
  /** null: always open (no hours configured). */
  schedule: WeeklySchedule | null;
  /** Local dates `YYYY-MM-DD`. */
  holidays: string[];
}

export const SHIFT_RE = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$/;
const MINUTES_PER_DAY = 1440;

export interface Shift {
  start: number;
  /** Minutes after local midnight of the start day; > 1440 when it crosses midnight. */
  end: number;
}

/** `22:00-06:00` → { start: 1320, end: 1800 }; null when malformed or empty. */
export function parseShift(text: string): Shift | null {
  const m = SHIFT_RE.exec(text);
  if (!m) return null;
  const start = Number(m[1]) * 60 + Number(m[2]);
  const endRaw = Number(m[3]) * 60 + Number(m[4]);
  if (endRaw > MINUTES_PER_DAY) return null;
  if (endRaw === start) return null;
  return { start, end: endRaw > start ? endRaw : endRaw + MINUTES_PER_DAY };
}

/** True when the platform knows the time zone. */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(tz, f);
  }
  return f;
}

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function localTime(at: Date, tz: string): LocalTime {
  const parts = Object.fromEntries(formatter(tz).formatToParts(at).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour) % 24, minute: Number(parts.minute), second: Number(parts.second) };
}

/** Offset of the zone from UTC at `at`, in milliseconds. */
function offsetMs(at: number, tz: string): number {
  const l = localTime(new Date(at), tz);
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - Math.floor(at / 1000) * 1000;
}

/**
 * The instant of a local wall time. A time that does not exist (the hour
 * skipped when clocks go forward) maps to the same distance past the gap.
 */
export function zonedInstant(year: number, month: number, day: number, minutes: number, tz: string): Date {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  let t = wall - offsetMs(wall, tz);
  const second = offsetMs(t, tz);
  if (wall - second !== t) t = wall - second;
  return new Date(t);
}

const dateKey = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The calendar date `offset` days after y-m-d, with its weekday. */
function addDays(y: number, m: number, d: number, offset: number): { y: number; m: number; d: number; weekday: Weekday; key: string } {
  const t = new Date(Date.UTC(y, m - 1, d + offset));
  const r = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  return { ...r, weekday: WEEKDAYS[t.getUTCDay()]!, key: dateKey(r.y, r.m, r.d) };
}

function shiftsOf(schedule: WeeklySchedule, day: Weekday): Shift[] {
  return (schedule[day] ?? []).map(parseShift).filter((s): s is Shift => s !== null);
}

/** Shift intervals (as instants) that start on the local dates from `from` days to `to` days after `at`'s local date. */
function intervals(hours: TeamHours & { schedule: WeeklySchedule }, at: Date, from: number, to: number): Array<{ start: Date; end: Date }> {
  const l = localTime(at, hours.timeZone);
  const holidays = new Set(hours.holidays);
  const out: Array<{ start: Date; end: Date }> = [];
  for (let i = from; i <= to; i++) {
    const day = addDays(l.year, l.month, l.day, i);
    if (holidays.has(day.key)) continue;
    for (const s of shiftsOf(hours.schedule, day.weekday)) {
      out.push({ start: zonedInstant(day.y, day.m, day.d, s.start, hours.timeZone), end: zonedInstant(day.y, day.m, day.d, s.end, hours.timeZone) });
    }
  }
  return out;
}

/** Is the team working at `at`? A shift belongs to the day it starts: a holiday cancels the shifts starting that day. */
export function isOpen(hours: TeamHours, at: Date): boolean {
  if (!hours.schedule) return true;
  const t = at.getTime();
  return intervals({ ...hours, schedule: hours.schedule }, at, -1, 0).some((iv) => iv.start.getTime() <= t && t < iv.end.getTime());
}

/** When the team is next working: `at` itself when open, else the next shift start within 366 days (null: never). */
export function nextOpening(hours: TeamHours, at: Date): Date | null {
  if (isOpen(hours, at)) return at;
  const schedule = hours.schedule!;
  const t = at.getTime();
  // A week at a time, so a long run of holidays costs only as much as it needs.
  for (let from = 0; from <= 366; from += 7) {
    const next = intervals({ ...hours, schedule }, at, from, from + 6)
      .map((iv) => iv.start)
      .filter((s) => s.getTime() > t)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    if (next) return next;
  }
  return null;
}

/** "Monday 09:00 (Europe/Berlin)" for the out-of-hours message, in English or the customer's language. */
export function describeOpening(at: Date, tz: string, locale = 'en'): string {
  let lang = 'en';
  try {
    lang = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en';
  } catch {
    lang = 'en';
  }
  const text = new Intl.DateTimeFormat(lang, { timeZone: tz, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${text} (${tz})`;
}
