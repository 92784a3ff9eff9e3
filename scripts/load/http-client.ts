import http from 'node:http';
import { performance } from 'node:perf_hooks';

/**
 * A closed-loop HTTP load generator for the local server's JSON API: each
 * client sends its next call when the previous one has answered, over a
 * keep-alive connection of its own, as a phone with the app open does.
 */

export interface ApiTarget {
  host: string;
  port: number;
  /** One keep-alive agent for all clients, maxSockets = clients: no connection is set up while measuring. */
  agent: http.Agent;
}

export interface ApiCall {
  /** `module.action`, the name a figure is reported under. */
  name: string;
  path: string;
  body: unknown;
  headers?: Record<string, string>;
}

/** What one call came to: ok, or the envelope's error code (or HTTP_<status>, or the socket error's code). */
export interface CallOutcome {
  ok: boolean;
  code?: string;
  message?: string;
  data?: unknown;
}

export function apiTarget(host: string, port: number, clients: number): ApiTarget {
  return { host, port, agent: new http.Agent({ keepAlive: true, maxSockets: clients, maxFreeSockets: clients }) };
}

function rawPost(target: ApiTarget, path: string, payload: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.host,
        port: target.port,
        path,
        method: 'POST',
        agent: target.agent,
        // A browser's same-origin POST says where it comes from; the server refuses a cookie without it.
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), origin: `http://${target.host}:${target.port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The server's envelope, read the way the app reads it: anything but `{ ok: true }` with a 200 is an error. */
function outcomeOf(status: number, text: string): CallOutcome {
  let envelope: { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } } | undefined;
  try {
    envelope = JSON.parse(text) as typeof envelope;
  } catch {
    return { ok: false, code: `HTTP_${status}`, message: text.slice(0, 200) };
  }
  if (status === 200 && envelope?.ok === true) return { ok: true, data: envelope.data };
  const code = typeof envelope?.error?.code === 'string' ? envelope.error.code : `HTTP_${status}`;
  return { ok: false, code, message: String(envelope?.error?.message ?? text.slice(0, 200)) };
}

export async function callApi(target: ApiTarget, call: ApiCall): Promise<CallOutcome> {
  try {
    const { status, text } = await rawPost(target, call.path, JSON.stringify(call.body), call.headers ?? {});
    return outcomeOf(status, text);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, code: typeof code === 'string' ? code : 'NETWORK', message: error instanceof Error ? error.message : String(error) };
  }
}

export interface LoadPlan {
  clients: number;
  warmUpMs: number;
  measureMs: number;
  /** The `n`th call of client `client`. */
  next(client: number, n: number): ApiCall;
}

/** Latencies (ms) of the measured calls, by call name, and the failures among them. */
export interface LoadResult {
  measuredMs: number;
  latencies: Map<string, number[]>;
  errors: Map<string, number>;
  /** The first few distinct failure messages, to say what went wrong. */
  messages: string[];
}

const KEPT_MESSAGES = 5;

function record(result: LoadResult, name: string, ms: number, outcome: CallOutcome): void {
  let list = result.latencies.get(name);
  if (!list) result.latencies.set(name, (list = []));
  list.push(ms);
  if (outcome.ok) return;
  const code = outcome.code ?? 'UNKNOWN';
  result.errors.set(code, (result.errors.get(code) ?? 0) + 1);
  const line = `${name}: ${code} ${outcome.message ?? ''}`.trim();
  if (result.messages.length < KEPT_MESSAGES && !result.messages.includes(line)) result.messages.push(line);
}

/**
 * Runs the plan: every client loops until the end; calls started during the
 * warm-up, or answered after the end, are not counted (so a slow tail at the
 * cut-off does not shorten the window the throughput is divided by).
 */
export async function runClosedLoop(target: ApiTarget, plan: LoadPlan): Promise<LoadResult> {
  const result: LoadResult = { measuredMs: plan.measureMs, latencies: new Map(), errors: new Map(), messages: [] };
  const start = performance.now();
  const measureFrom = start + plan.warmUpMs;
  const end = measureFrom + plan.measureMs;
  const client = async (id: number) => {
    for (let n = 0; ; n++) {
      const sent = performance.now();
      if (sent >= end) return;
      const call = plan.next(id, n);
      const outcome = await callApi(target, call);
      const answered = performance.now();
      if (sent >= measureFrom && answered <= end) record(result, call.name, answered - sent, outcome);
    }
  };
  await Promise.all(Array.from({ length: plan.clients }, (_, id) => client(id)));
  return result;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
