/** Minimal Prometheus text-format metrics: counters and latency histograms, per process. */
type Labels = Record<string, string>;

const key = (name: string, labels: Labels) =>
  `${name}{${Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}="${v.replace(/"/g, '\\"')}"`)
    .join(',')}}`;

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Metrics {
  private readonly counters = new Map<string, { name: string; help: string; value: number }>();
  private readonly histograms = new Map<string, { name: string; help: string; labels: Labels; counts: number[]; sum: number; count: number }>();
  private readonly help = new Map<string, string>();

  inc(name: string, help: string, labels: Labels = {}, by = 1): void {
    this.help.set(name, help);
    const k = key(name, labels);
    const c = this.counters.get(k) ?? { name, help, value: 0 };
    c.value += by;
    this.counters.set(k, c);
  }

  observe(name: string, help: string, labels: Labels, seconds: number): void {
    this.help.set(name, help);
    const k = key(name, labels);
    const h = this.histograms.get(k) ?? { name, help, labels, counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) h.counts[i] = (h.counts[i] ?? 0) + 1;
    });
    h.sum += seconds;
    h.count += 1;
    this.histograms.set(k, h);
  }

  render(gauges: Array<{ name: string; help: string; labels?: Labels; value: number }> = []): string {
    const out: string[] = [];
    const seen = new Set<string>();
    const header = (name: string, type: string, help: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    };
    for (const [k, c] of this.counters) {
      header(c.name, 'counter', c.help);
      out.push(`${k} ${c.value}`);
    }
    for (const h of this.histograms.values()) {
      header(h.name, 'histogram', h.help);
      BUCKETS.forEach((b, i) => out.push(`${key(`${h.name}_bucket`, { ...h.labels, le: String(b) })} ${h.counts[i] ?? 0}`));
      out.push(`${key(`${h.name}_bucket`, { ...h.labels, le: '+Inf' })} ${h.count}`);
      out.push(`${key(`${h.name}_sum`, h.labels)} ${h.sum}`, `${key(`${h.name}_count`, h.labels)} ${h.count}`);
    }
    for (const g of gauges) {
      header(g.name, 'gauge', g.help);
      out.push(`${key(g.name, g.labels ?? {})} ${g.value}`);
    }
    return `${out.join('\n')}\n`;
  }
}
