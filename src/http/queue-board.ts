/**
 * Bull Board (`@bull-board/express`) over every BullMQ queue of the container:
 * counts, jobs with their data and errors, retry, promote, clean. Mounted at
 * /admin/queues behind `requireOperator` (src/http/operator-auth.ts).
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { Router } from 'express';

export function queueBoardRouter(queues: Iterable<Queue>, basePath: string): Router {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(basePath);
  createBullBoard({
    queues: [...queues].map((q) => new BullMQAdapter(q, { allowRetries: true, readOnlyMode: false })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Gateway queues' } },
  });
  return serverAdapter.getRouter() as Router;
}
