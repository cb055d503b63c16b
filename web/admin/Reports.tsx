/**
 * Reports (GET /api/v1/analytics/overview): conversations per channel per day,
 * bot containment, escalations by reason, first-response and resolution time,
 * CSAT and SLA breaches, drawn with Chart.js; a date range; CSV export. Each
 * chart has its numbers as a table too (screen readers, copy-paste).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { useAction, useApi } from './admin-hooks.js';
import { downloadFromApi } from './admin-download.js';
import { platformOf } from './admin-platforms.js';
import { Field, Notice, Section, TableScroll } from './admin-ui.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

interface Overview {
  from: string;
  to: string;
  conversationsPerChannel: Array<{ day: string; channel: string; conversations: number }>;
  containment: Array<{ day: string; botConversations: number; containedByBot: number }>;
  escalationsByReason: Array<{ reason: string; tickets: number }>;
  responseTimes: Array<{ day: string; avgFirstResponseSeconds: number | null; respondedTickets: number; avgResolutionSeconds: number | null; resolvedTickets: number }>;
  csat: Array<{ day: string; average: number; responses: number }>;
  csatDistribution: Array<{ rating: number; responses: number }>;
  slaBreaches: Array<{ day: string; firstResponse: number; resolution: number }>;
}

/** Colour-blind-friendly (Okabe–Ito), each ≥ 3:1 against white. */
const COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8a6d00', '#56B4E9', '#444444'];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Every day from `from` to `to` (YYYY-MM-DD, UTC), so quiet days show as zero. */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const end = new Date(`${to}T00:00:00Z`).getTime();
  for (let t = new Date(`${from}T00:00:00Z`).getTime(); t <= end && out.length < 400; t += 86_400_000) out.push(isoDay(new Date(t)));
  return out;
}

const minutes = (s: number | null) => (s === null ? null : Math.round((s / 60) * 10) / 10);

interface ChartProps {
  title: string;
  config: ChartConfiguration;
  /** Rows of the data table: first the header. */
  table: Array<Array<string | number>>;
}

function ChartFigure({ title, config, table }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options } });
    return () => chart.destroy();
  }, [config]);
  const points = config.data.datasets.reduce((n, d) => n + d.data.filter((v) => typeof v === 'number' && v !== 0).length, 0);
  const [head, ...rows] = table;
  return (
    <figure class="chart" data-chart={title} data-points={points}>
      <figcaption>{title}</figcaption>
      <div class="canvas-box">
        <canvas ref={canvas} role="img" aria-label={`${title} (chart; the numbers are in the table below)`} />
      </div>
      <details>
        <summary>Numbers of “{title}”</summary>
        <TableScroll label={`Numbers of ${title}`}>
          <table>
            <thead>
              <tr>
                {(head ?? []).map((h) => (
                  <th scope="col" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  {r.map((v, j) => (
                    <td key={j}>{v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}

export function Reports() {
  const today = new Date();
  const [from, setFrom] = useState(isoDay(new Date(today.getTime() - 29 * 86_400_000)));
  const [to, setTo] = useState(isoDay(today));
  const [range, setRange] = useState({ from, to });
  const query = `from=${range.from}T00:00:00.000Z&to=${range.to}T23:59:59.999Z`;
  const report = useApi<Overview>(`/analytics/overview?${query}`);
  const action = useAction();
  const apply = (e: Event) => {
    e.preventDefault();
    setRange({ from, to });
  };
  const exportCsv = () => action.run(async () => `Downloaded ${await downloadFromApi(`/analytics/overview?${query}&format=csv`, 'report.csv')}.`);
  // Built once per answer: a new config object would redraw every chart on each render.
  const charts = useMemo(() => (report.data ? buildCharts(report.data, range.from, range.to) : null), [report.data, range]);
  return (
    <>
      <Section
        title="Reports"
        actions={
          <button type="button" onClick={() => void exportCsv()} disabled={action.busy}>
            Export CSV
          </button>
        }
      >
        <form class="inline" onSubmit={apply} aria-label="Date range">
          <Field label="From" name="from" type="date" value={from} onInput={setFrom} required max={to} />
          <Field label="To" name="to" type="date" value={to} onInput={setTo} required min={from} />
          <button type="submit">Show</button>
        </form>
        <Notice message={action.message ?? (report.error ? { kind: 'error', text: report.error } : null)} />
        {charts ? (
          <dl class="tiles">
            {charts.tiles.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </Section>
      <AgentTable query={query} />
      {charts ? (
        <div class="charts">
          {charts.figures.map((f) => (
            <ChartFigure key={f.title} {...f} />
          ))}
        </div>
      ) : null}
    </>
  );
}

function buildCharts(r: Overview, from: string, to: string): { tiles: Array<[string, string]>; figures: ChartProps[] } {
  const days = daysBetween(from, to);
  const channels = [...new Set(r.conversationsPerChannel.map((x) => x.channel))].sort();
  const perChannel = (ch: string) => days.map((d) => r.conversationsPerChannel.find((x) => x.day === d && x.channel === ch)?.conversations ?? 0);
  const byDay = <T extends { day: string }>(rows: T[]) => new Map(rows.map((x) => [x.day, x]));
  const cont = byDay(r.containment);
  const times = byDay(r.responseTimes);
  const csat = byDay(r.csat);
  const sla = byDay(r.slaBreaches);
  const total = r.conversationsPerChannel.reduce((n, x) => n + x.conversations, 0);
  const bot = r.containment.reduce((n, x) => n + x.botConversations, 0);
  const contained = r.containment.reduce((n, x) => n + x.containedByBot, 0);
  const ratings = r.csatDistribution.reduce((n, x) => n + x.responses, 0);
  const csatAvg = ratings ? r.csatDistribution.reduce((n, x) => n + x.rating * x.responses, 0) / ratings : null;
  const breaches = r.slaBreaches.reduce((n, x) => n + x.firstResponse + x.resolution, 0);
  const escalations = r.escalationsByReason.reduce((n, x) => n + x.tickets, 0);
  const short = (d: string) => d.slice(5);
  const label = (ch: string) => platformOf(ch)?.label ?? ch;
  const tiles: Array<[string, string]> = [
    ['Conversations', String(total)],
    ['Bot containment', bot ? `${Math.round((contained / bot) * 100)}%` : '—'],
    ['Escalations', String(escalations)],
    ['CSAT', csatAvg === null ? '—' : `${csatAvg.toFixed(2)} / 5`],
    ['SLA breaches', String(breaches)],
  ];
  const figures: ChartProps[] = [
    {
      title: 'Conversations per channel per day',
      config: {
        type: 'bar',
        data: { labels: days.map(short), datasets: channels.map((ch, i) => ({ label: label(ch), data: perChannel(ch), backgroundColor: COLORS[i % COLORS.length] })) },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
      },
      table: [['Day', ...channels.map(label)], ...days.map((d, i) => [d, ...channels.map((ch) => perChannel(ch)[i] ?? 0)])],
    },
    {
      title: 'Bot containment per day',
      config: {
        type: 'bar',
        data: {
          labels: days.map(short),
          datasets: [
            { label: 'Answered by the bot only', data: days.map((d) => cont.get(d)?.containedByBot ?? 0), backgroundColor: COLORS[2] },
            { label: 'Escalated to a person', data: days.map((d) => (cont.get(d)?.botConversations ?? 0) - (cont.get(d)?.containedByBot ?? 0)), backgroundColor: COLORS[1] },
          ],
        },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
      },
      table: [['Day', 'Bot conversations', 'Contained'], ...r.containment.map((x) => [x.day, x.botConversations, x.containedByBot])],
    },
    {
      title: 'Escalations by reason',
      config: {
        type: 'bar',
        data: { labels: r.escalationsByReason.map((x) => x.reason), datasets: [{ label: 'Tickets', data: r.escalationsByReason.map((x) => x.tickets), backgroundColor: COLORS[0] }] },
        options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } },
      },
      table: [['Reason', 'Tickets'], ...r.escalationsByReason.map((x) => [x.reason, x.tickets])],
    },
    {
      title: 'First response and resolution time (minutes)',
      config: {
        type: 'line',
        data: {
          labels: days.map(short),
          datasets: [
            { label: 'First response', data: days.map((d) => minutes(times.get(d)?.avgFirstResponseSeconds ?? null)), borderColor: COLORS[0], backgroundColor: COLORS[0], spanGaps: true },
            { label: 'Resolution', data: days.map((d) => minutes(times.get(d)?.avgResolutionSeconds ?? null)), borderColor: COLORS[3], backgroundColor: COLORS[3], spanGaps: true },
          ],
        },
        options: { scales: { y: { beginAtZero: true } } },
      },
      table: [['Day', 'First response (min)', 'Tickets', 'Resolution (min)', 'Tickets'], ...r.responseTimes.map((x) => [x.day, minutes(x.avgFirstResponseSeconds) ?? '—', x.respondedTickets, minutes(x.avgResolutionSeconds) ?? '—', x.resolvedTickets])],
    },
    {
      title: 'CSAT (average rating per day)',
      config: {
        type: 'bar',
        data: { labels: days.map(short), datasets: [{ label: 'Average rating', data: days.map((d) => csat.get(d)?.average ?? null), backgroundColor: COLORS[2] }] },
        options: { scales: { y: { min: 0, max: 5 } }, plugins: { legend: { display: false } } },
      },
      table: [['Day', 'Average', 'Responses'], ...r.csat.map((x) => [x.day, x.average.toFixed(2), x.responses]), ...r.csatDistribution.map((x) => [`${x.rating} stars`, '', x.responses])],
    },
    {
      title: 'SLA breaches per day',
      config: {
        type: 'bar',
        data: {
          labels: days.map(short),
          datasets: [
            { label: 'First response', data: days.map((d) => sla.get(d)?.firstResponse ?? 0), backgroundColor: COLORS[1] },
            { label: 'Resolution', data: days.map((d) => sla.get(d)?.resolution ?? 0), backgroundColor: COLORS[4] },
          ],
        },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
      },
      table: [['Day', 'First response', 'Resolution'], ...r.slaBreaches.map((x) => [x.day, x.firstResponse, x.resolution])],
    },
  ];
  return { tiles, figures };
}

interface AgentDay {
  agentId: string;
  agentName: string;
  conversationsHandled: number;
  csatAverage: number | null;
  csatCount: number;
  escalationsReceived: number;
}

/** Per agent over the period (GET /api/v1/analytics/agents, summed over its days). */
function AgentTable({ query }: { query: string }) {
  const data = useApi<{ items: AgentDay[] }>(`/analytics/agents?${query}`);
  const rows = useMemo(() => {
    const by = new Map<string, { name: string; handled: number; received: number; csatSum: number; csatCount: number }>();
    for (const d of data.data?.items ?? []) {
      const a = by.get(d.agentId) ?? { name: d.agentName, handled: 0, received: 0, csatSum: 0, csatCount: 0 };
      a.handled += d.conversationsHandled;
      a.received += d.escalationsReceived;
      if (d.csatAverage !== null) {
        a.csatSum += d.csatAverage * d.csatCount;
        a.csatCount += d.csatCount;
      }
      by.set(d.agentId, a);
    }
    return [...by.values()].sort((x, y) => y.handled - x.handled || x.name.localeCompare(y.name));
  }, [data.data]);
  return (
    <Section title="Agents">
      <Notice message={data.error ? { kind: 'error', text: data.error } : null} />
      {rows.length === 0 ? (
        <p>No agent activity in this period.</p>
      ) : (
        <TableScroll label="Agents in this period">
          <table>
            <caption class="visually-hidden">Agents in this period</caption>
            <thead>
              <tr>
                <th scope="col">Agent</th>
                <th scope="col">Conversations handled</th>
                <th scope="col">Escalations received</th>
                <th scope="col">CSAT</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.name}>
                  <td>{r.name}</td>
                  <td>{r.handled}</td>
                  <td>{r.received}</td>
                  <td>{r.csatCount ? `${(r.csatSum / r.csatCount).toFixed(2)} (${r.csatCount})` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Section>
  );
}
