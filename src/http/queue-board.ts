/**
 * Bull Board (`@bull-board/express`) over every BullMQ queue of the container:
 * counts, jobs with their data and errors, retry, promote, clean. Mounted at
 * /admin/queues behind `requireOperator` (src/http/operator-auth.ts).
 */
import type { Queue } from 'bullmq';
import { Router, type RequestHandler } from 'express';

/**
 * The board is built on its first request: Bull Board (and its UI assets) is loaded only by a
 * process where an operator opens it, not by every gateway process serving webhooks.
 */
export function queueBoardRouter(queues: Iterable<Queue>, basePath: string): Router {
  const list = [...queues];
  let board: Promise<Router> | undefined;
  const router = Router();
  const handler: RequestHandler = (req, res, next) => {
    board ??= buildBoard(list, basePath);
    board.then((r) => r(req, res, next), next);
  };
  router.use(handler);
  return router;
}

async function buildBoard(queues: Queue[], basePath: string): Promise<Router> {
  const [{ createBullBoard }, { BullMQAdapter }, { ExpressAdapter }] = await Promise.all([
    import('@bull-board/api'),
    import('@bull-board/api/bullMQAdapter'),
    import('@bull-board/express'),
  ]);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(basePath);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q, { allowRetries: true, readOnlyMode: false })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Gateway queues' } },
  });
  return serverAdapter.getRouter() as Router;
}
