/**
 * A local SMTP stand-in (smtp-server): requires AUTH PLAIN/LOGIN with the
 * given user and password when set, captures every accepted message (envelope,
 * raw source and the parsed subject/text/html, via mailparser), and can be
 * told to answer the next messages' DATA with a 4xx or 5xx reply.
 */
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface CapturedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Map<string, unknown>;
  raw: string;
}

export interface FakeSmtp {
  port: number;
  /** smtp://user:pass@127.0.0.1:port (no credentials when started without them). */
  url: string;
  messages: CapturedMail[];
  /** DATA answers refused so far (with the reply code). */
  refused: number[];
  /** Refuse the next `times` messages with `code` (e.g. 451 transient, 550 permanent); Infinity until `accept()`. */
  failWith(code: number, times?: number): void;
  accept(): void;
  /** Resolves when `n` messages were captured. */
  waitForMessages(n: number, timeoutMs?: number): Promise<CapturedMail[]>;
  stop(): Promise<void>;
}

export async function startFakeSmtp(opts: { user?: string; pass?: string } = {}): Promise<FakeSmtp> {
  const messages: CapturedMail[] = [];
  const refused: number[] = [];
  let failure: { code: number; left: number } | null = null;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: opts.user ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !opts.user,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === opts.user && auth.password === opts.pass) return callback(null, { user: auth.username });
      return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (failure && failure.left > 0) {
          failure.left -= 1;
          refused.push(failure.code);
          const code = failure.code;
          if (failure.left <= 0) failure = null;
          return callback(Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: code }));
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            messages.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
              headers: parsed.headers,
              raw,
            });
            callback();
          },
          (err: Error) => callback(err),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const addr = server.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const creds = opts.user ? `${encodeURIComponent(opts.user)}:${encodeURIComponent(opts.pass ?? '')}@` : '';
  return {
    port,
    url: `smtp://${creds}127.0.0.1:${port}`,
    messages,
    refused,
    failWith(code, times = Number.POSITIVE_INFINITY) {
      failure = { code, left: times };
    },
    accept() {
      failure = null;
    },
    async waitForMessages(n, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < n) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${n} e-mails (got ${messages.length})`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return messages;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
