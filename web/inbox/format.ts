/** Times as an agent reads them: "3 min ago", "waiting 12 min", "due in 40 min" / "overdue 5 min". */
export function duration(ms: number): string {
  const m = Math.round(Math.abs(ms) / 60_000);
  if (m < 1) return 'under a minute';
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m % 60 ? `${m % 60} min` : ''}`.trim();
  return `${Math.floor(h / 24)} d`;
}

export function ago(iso: string | null | undefined, now: number): string {
  if (!iso) return '';
  const ms = now - new Date(iso).getTime();
  return ms < 60_000 ? 'just now' : `${duration(ms)} ago`;
}

export function clock(iso: string): string {
  const d = new Date(iso);
  const sameDay = new Date().toDateString() === d.toDateString();
  return sameDay ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : d.toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The SLA target that matters now: the first response until it happened, then resolution. */
export function slaDue(t: { status: string; firstResponseAt: string | null; firstResponseDueAt: string | null; resolutionDueAt: string | null; sla: { paused: boolean } }): { dueAt: string; target: string } | null {
  if (t.status === 'closed' || t.status === 'resolved' || t.sla.paused) return null;
  if (!t.firstResponseAt && t.firstResponseDueAt) return { dueAt: t.firstResponseDueAt, target: 'first reply' };
  return t.resolutionDueAt ? { dueAt: t.resolutionDueAt, target: 'resolution' } : null;
}

export function slaText(t: Parameters<typeof slaDue>[0], now: number): { text: string; level: 'ok' | 'warn' | 'late' } | null {
  const due = slaDue(t);
  if (!due) return null;
  const left = new Date(due.dueAt).getTime() - now;
  if (left < 0) return { text: `${due.target} overdue ${duration(left)}`, level: 'late' };
  return { text: `${due.target} due in ${duration(left)}`, level: left < 15 * 60_000 ? 'warn' : 'ok' };
}

const CHANNEL_ICONS: Record<string, string> = {
  webchat: '💬',
  telegram: '✈️',
  line: '🟩',
  teams: '👥',
  whatsapp: '📱',
  whatsapp_web: '📱',
  wechat: '🟢',
  phone: '☎️',
  email: '✉️',
};

export function channelIcon(channel: string | null | undefined): string {
  return CHANNEL_ICONS[channel ?? ''] ?? '•';
}

const CHANNEL_NAMES: Record<string, string> = { webchat: 'Web chat', telegram: 'Telegram', line: 'LINE', teams: 'Microsoft Teams', whatsapp: 'WhatsApp', whatsapp_web: 'WhatsApp Web', wechat: 'WeChat' };

export function channelName(channel: string | null | undefined): string {
  return CHANNEL_NAMES[channel ?? ''] ?? channel ?? 'no channel';
}
