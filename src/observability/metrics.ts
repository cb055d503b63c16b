/**
 * Prometheus metrics through prom-client: one registry per process, built once
 * in the container. It holds Node's default process and runtime metrics
 * (CPU, memory, event-loop lag, GC, handles) and the gateway's own: webhook
 * and web chat requests per channel and status, messages stored, answered and
 * sent, job durations, ingest latency, and — in the process that serves HTTP —
 * queue depths and the outbox backlog, read at scrape time.
 */
import type { Queue } from 'bullmq';
import cluster from 'node:cluster';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { CHANNEL_TYPES } from '../domain/model.js';

const KNOWN_CHANNELS = new Set<string>(CHANNEL_TYPES);

/** A channel label from a URL segment: an unknown value must not open a new time series per request. */
export function channelLabel(channel: string): string {
  return KNOWN_CHANNELS.has(channel) ? channel : 'unknown';
}

const JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/** What the outbox relay exposes to metrics. */
export interface OutboxStats {
  backlog(): Promise<number>;
  readonly relayed: number;
}

export class Metrics {
  readonly registry = new Registry();

  private readonly webhookRequests = new Counter({
    name: 'gateway_webhook_requests_total',
    help: 'Platform webhook and web chat message requests received, by channel, outcome (accepted = 2xx, rejected otherwise) and HTTP status',
    labelNames: ['channel', 'outcome', 'status'] as const,
    registers: [this.registry],
  });
  private readonly inboundMessages = new Counter({
    name: 'gateway_inbound_messages_total',
    help: 'Inbound customer messages stored, by channel (every channel, web chat and WhatsApp Web sessions included)',
    labelNames: ['channel'] as const,
    registers: [this.registry],
  });
  private readonly inboundDuplicates = new Counter({
    name: 'gateway_inbound_duplicates_total',
    help: 'Redelivered inbound messages ignored (already stored), by channel',
    labelNames: ['channel'] as const,
    registers: [this.registry],
  });
  private readonly ingestSeconds = new Histogram({
    name: 'gateway_ingest_duration_seconds',
    help: 'Time to store the inbound events of one request (group-committed with concurrent requests), by channel',
    labelNames: ['channel'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly ingestBatchSize = new Histogram({
    name: 'gateway_ingest_batch_size',
    help: 'Inbound messages stored per group-commit transaction',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [this.registry],
  });
  private readonly messagesAnswered = new Counter({
    name: 'gateway_messages_answered_total',
    help: 'Inbound messages the worker answered (bot reply recorded)',
    registers: [this.registry],
  });
  private readonly messagesSent = new Counter({
    name: 'gateway_messages_sent_total',
    help: 'Outbound messages handed to their platform by the worker',
    registers: [this.registry],
  });
  private readonly jobSeconds = new Histogram({
    name: 'gateway_job_duration_seconds',
    help: 'BullMQ job run time, by queue and outcome (completed, delayed = rescheduled, failed = will retry or gave up)',
    labelNames: ['queue', 'outcome'] as const,
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });
  private queuesTracked = false;

  constructor() {
    // `npm run gateway --processes N`: each HTTP process keeps its own figures; a scrape reaches one of them,
    // and this label says which (cluster worker id, new for a replacement process).
    if (cluster.isWorker && cluster.worker) this.registry.setDefaultLabels({ gateway_process: String(cluster.worker.id) });
    collectDefaultMetrics({ register: this.registry });
  }

  /** One webhook or web chat message request, counted when its response is finished. */
  webhookRequest(channel: string, status: number): void {
    this.webhookRequests.inc({ channel: channelLabel(channel), outcome: status < 300 ? 'accepted' : 'rejected', status: String(status) });
  }

  /** Called by the ingest service after every batch, whatever the channel. */
  ingested(channel: string, result: { stored: readonly unknown[]; duplicates: number }, seconds: number): void {
    const labels = { channel: channelLabel(channel) };
    this.inboundMessages.inc(labels, result.stored.length);
    this.inboundDuplicates.inc(labels, result.duplicates);
    this.ingestSeconds.observe(labels, seconds);
  }

  /** Called by the ingest group commit after every committed batch. */
  ingestBatch(size: number): void {
    this.ingestBatchSize.observe(size);
  }

  conversationJob(outcome: 'completed' | 'delayed' | 'failed', seconds: number, done?: { answered: number; sent: number }): void {
    this.jobSeconds.observe({ queue: 'conversation', outcome }, seconds);
    if (done) {
      this.messagesAnswered.inc(done.answered);
      this.messagesSent.inc(done.sent);
    }
  }

  ingestionJob(outcome: 'completed' | 'failed', seconds: number): void {
    this.jobSeconds.observe({ queue: 'ingestion', outcome }, seconds);
  }

  /**
   * Queue depths and the outbox backlog, read at scrape time. Registered by the
   * process that serves HTTP only: every process reads the same Redis, so
   * workers would repeat the same series. Idempotent.
   */
  trackQueues(queues: ReadonlyMap<string, Queue>, outbox: OutboxStats): void {
    if (this.queuesTracked) return;
    this.queuesTracked = true;
    // Both gauges below are collected in the same scrape: read Redis once for them.
    let scrape: Promise<{ counts: Map<string, Record<string, number>>; redisUp: boolean }> | null = null;
    const readQueues = () =>
      (scrape ??= (async () => {
        const counts = new Map<string, Record<string, number>>();
        let redisUp = true;
        for (const [name, q] of queues) {
          try {
            counts.set(name, await q.getJobCounts(...JOB_STATES));
          } catch {
            redisUp = false;
          }
        }
        return { counts, redisUp };
      })().finally(() => {
        scrape = null;
      }));
    new Gauge({
      name: 'gateway_queue_jobs',
      help: 'Jobs per BullMQ queue and state',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const { counts } = await readQueues();
        for (const [queue, byState] of counts) for (const state of JOB_STATES) this.set({ queue, state }, byState[state] ?? 0);
      },
    });
    new Gauge({
      name: 'gateway_redis_up',
      help: 'Whether this scrape could read the queues from Redis (1) or not (0)',
      registers: [this.registry],
      async collect() {
        this.set((await readQueues()).redisUp ? 1 : 0);
      },
    });
    new Gauge({
      name: 'gateway_outbox_backlog',
      help: 'Outbox rows recorded but not yet relayed to the queue (absent when Postgres cannot be read)',
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          this.set(await outbox.backlog());
        } catch {
          /* no sample: Postgres is unreachable */
        }
      },
    });
    let relayedSeen = 0;
    new Counter({
      name: 'gateway_outbox_relayed_total',
      help: 'Outbox rows relayed to the queue by this process',
      registers: [this.registry],
      collect() {
        const now = outbox.relayed;
        if (now > relayedSeen) this.inc(now - relayedSeen);
        relayedSeen = now;
      },
    });
  }

  /** The Prometheus text exposition of everything above. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
