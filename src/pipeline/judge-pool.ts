/**
 * Judging the posts of one large input on more than one core.
 *
 * This thread and `threads - 1` worker threads judge chunks of posts from one queue: this thread
 * from the front, the workers from the back, so that a worker that is slow to start (it loads the
 * rules first) costs nothing but its own time. A worker receives the posts of a chunk (structured
 * clone) and sends back only what it decided about each (`Judgement`: recommendation, score and
 * the findings of flagged posts), which this thread puts together with its own copy of the post.
 * When the queue is empty and a worker still holds a chunk, this thread judges that chunk too and
 * keeps whichever result comes first: both are the same, since judging a post depends only on the
 * post and the options. A worker that fails or will not start loses nothing: its chunks go back to
 * the queue and this thread judges them.
 *
 * The results are exactly `posts.map((p) => judge(p, options, ownAccounts))`, in order, whatever
 * the number of threads (tests/pipeline/judge-pool.test.ts).
 */
import { isMainThread, parentPort, workerData, type Worker } from 'node:worker_threads';
import type { Post } from '../model/post.js';
import type { AuditOptions } from './audit.js';
import { judge, type Judgement } from './judge.js';
import { fromWorkerOptions, startWorker, toWorkerOptions, type WorkerOptions } from './worker.js';

const ROLE = 'hindsight-judge-worker';

/** Posts per chunk: some 20–40 ms of judging, so this thread returns to the event loop often. */
export const CHUNK = 1000;
/** Below this many posts, a worker's start-up (loading the rules) costs more than it saves. */
export const MIN_POSTS_FOR_WORKERS = 40_000;
/** Chunks a worker holds at once, so it never waits for this thread to send the next. */
const IN_FLIGHT = 2;
/**
 * Early chunks a worker may have waiting. The import reads posts faster than a worker judges them;
 * posts beyond this are not sent (this thread judges them after the import), so the queue never
 * holds a copy of the whole export.
 */
const EARLY_BACKLOG = 3;

interface Setup {
  role: typeof ROLE;
  options: WorkerOptions;
  /** Chunks answered, one counter per worker (this one's is `slot`), readable here without waiting for the event loop. */
  answered?: SharedArrayBuffer;
  slot?: number;
}

interface Job {
  chunk: number;
  /** The user's own accounts (known once the input is read). */
  own: string[];
  posts: Post[];
}

type Reply = { type: 'ready' } | { type: 'done'; chunk: number; judgements: Judgement[] };

export type SpawnJudgeWorker = (setup: Setup) => Worker;

export const spawnJudgeWorker: SpawnJudgeWorker = (setup) => startWorker(import.meta.url, setup);

export interface JudgeAllOptions {
  /** Threads in all, this one included (default 1: everything here). */
  threads?: number;
  /** Swappable for tests. */
  spawn?: SpawnJudgeWorker;
  /** Posts below which no worker is used (default MIN_POSTS_FOR_WORKERS). */
  minPosts?: number;
}

/** A chunk of posts sent to a worker while the input was still being read. */
interface EarlyChunk {
  posts: Post[];
  /** Each post's media list as sent: the photo pass replaces the list of a post it adds a position to. */
  media: Post['media'][];
  own: string;
  answered: boolean;
  failed: boolean;
}

/** A judgement made early, with what it was made from beyond the post's own identity. */
interface Early {
  judgement: Judgement;
  media: Post['media'];
  own: string;
}

interface Pending {
  worker: Worker;
  done: (judgements: Judgement[]) => void;
  fail: () => void;
}

/**
 * Worker threads that judge posts, started before the posts are known (while the input is being
 * read), so that loading the rules in them, some 0.4 s each, overlaps the import.
 *
 * `offer` hands them posts as the importer reads them (ImportOptions.onPost), to judge while this
 * thread is still reading; `judge` then takes those judgements for the posts that are still the
 * same objects, with the same media list and the same own accounts (a post the importer replaced,
 * dropped or changed afterwards is judged again), and judges the rest here and in the workers.
 * `judge` may be called once; `close` stops the workers (also when they were never used).
 */
export class JudgePool {
  private readonly workers: Worker[] = [];
  private readonly failed = new Set<Worker>();
  private readonly pending = new Map<number, Pending>();
  private readonly early: EarlyChunk[] = [];
  private readonly earlyJudged = new Map<Post, Early>();
  /** Early chunks each worker has not answered yet. */
  private readonly backlog = new Map<Worker, number>();
  /** While `judge` runs: called when a worker has nothing left to do. */
  private idle: ((worker: Worker) => void) | undefined;
  private buffer: Post[] = [];
  private bufferOwn: string[] = [];
  private seq = 0;
  private turn = 0;
  /** Per worker slot: chunks sent, and (shared, counted by the worker) chunks answered. */
  private readonly sent: number[] = [];
  private answered: Int32Array | undefined;
  private readonly slots = new Map<Worker, number>();
  private closed = false;

  constructor(
    private readonly options: AuditOptions,
    { threads = 1, spawn = spawnJudgeWorker }: Pick<JudgeAllOptions, 'threads' | 'spawn'> = {},
  ) {
    const wanted = Math.max(0, Math.floor(Number.isFinite(threads) ? threads : 1) - 1);
    if (wanted === 0) return;
    const workerOptions = toWorkerOptions(options);
    this.answered = new Int32Array(new SharedArrayBuffer(4 * wanted));
    for (let w = 0; w < wanted; w++) {
      let worker: Worker;
      try {
        worker = spawn({ role: ROLE, options: workerOptions, answered: this.answered.buffer as SharedArrayBuffer, slot: w });
      } catch {
        break;
      }
      this.slots.set(worker, w);
      this.sent.push(0);
      this.workers.push(worker);
      this.backlog.set(worker, 0);
      const fail = (): void => {
        if (this.failed.has(worker)) return;
        this.failed.add(worker);
        for (const [id, p] of this.pending) {
          if (p.worker !== worker) continue;
          this.pending.delete(id);
          p.fail();
        }
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      worker.on('message', (reply: Reply) => {
        if (reply.type !== 'done') return;
        const p = this.pending.get(reply.chunk);
        if (!p) return;
        this.pending.delete(reply.chunk);
        p.done(reply.judgements);
        if (this.backlog.get(worker) === 0) this.idle?.(worker);
      });
      worker.unref();
    }
  }

  /** Workers that can still take work. */
  private live(): Worker[] {
    return this.workers.filter((w) => !this.failed.has(w));
  }

  private send(worker: Worker, posts: Post[], own: readonly string[], done: Pending['done'], fail: Pending['fail']): void {
    const chunk = ++this.seq;
    this.sent[this.slots.get(worker)!]! += 1;
    this.pending.set(chunk, { worker, done, fail });
    try {
      worker.postMessage({ chunk, own: [...own], posts } satisfies Job);
    } catch {
      this.pending.delete(chunk);
      fail();
    }
  }

  /**
   * A post as the importer reads it, with the user's own accounts as known then: judged early by a
   * worker, in chunks. It may still be dropped, replaced or changed: `judge` checks.
   */
  offer(post: Post, ownAccounts: readonly string[]): void {
    if (this.closed || this.workers.length === 0) return;
    if (this.buffer.length > 0 && !sameList(ownAccounts, this.bufferOwn)) this.flush();
    if (this.buffer.length === 0) this.bufferOwn = [...ownAccounts];
    this.buffer.push(post);
    if (this.buffer.length >= CHUNK) this.flush();
  }

  private flush(): void {
    const posts = this.buffer;
    const own = this.bufferOwn;
    this.buffer = [];
    // The worker with the fewest chunks waiting, if any has room (read from the shared counters:
    // its replies are not handled until the import returns to the event loop).
    let worker: Worker | undefined;
    let least = EARLY_BACKLOG;
    const workers = this.live();
    for (let k = 0; k < workers.length; k++) {
      const w = workers[(this.turn + k) % workers.length]!;
      const slot = this.slots.get(w)!;
      const waiting = this.sent[slot]! - Atomics.load(this.answered!, slot);
      if (waiting < least) {
        least = waiting;
        worker = w;
      }
    }
    this.turn++;
    if (posts.length === 0 || !worker) return;
    const chunk: EarlyChunk = { posts, media: posts.map((p) => p.media), own: own.join('\u0000'), answered: false, failed: false };
    this.early.push(chunk);
    this.backlog.set(worker, this.backlog.get(worker)! + 1);
    const settle = (): void => void this.backlog.set(worker, this.backlog.get(worker)! - 1);
    this.send(
      worker,
      posts,
      own,
      (judgements) => {
        settle();
        chunk.answered = true;
        judgements.forEach((judgement, k) => this.earlyJudged.set(posts[k]!, { judgement, media: chunk.media[k]!, own: chunk.own }));
      },
      () => {
        settle();
        chunk.failed = true;
      },
    );
  }

  /** `posts.map((p) => judge(p, options, ownAccounts))`, this thread judging too, returning to the event loop between chunks. */
  async judge(posts: readonly Post[], ownAccounts: readonly string[], minPosts: number = MIN_POSTS_FOR_WORKERS): Promise<Judgement[]> {
    const { options } = this;
    // Posts offered but not sent (the last, partial chunk) are judged below with the others.
    this.buffer = [];
    const own = [...ownAccounts];
    const ownKey = own.join('\u0000');
    const results = new Array<Judgement | undefined>(posts.length).fill(undefined);
    const done = new Uint8Array(posts.length);
    /** An early judgement of this post, if it is still valid. */
    const early = (i: number): boolean => {
      const post = posts[i]!;
      const e = this.earlyJudged.get(post);
      if (!e || e.media !== post.media || e.own !== ownKey) return false;
      results[i] = e.judgement;
      done[i] = 1;
      return true;
    };

    // Units of work (indices into posts): first those no worker has, in order; then those still
    // in a worker's early backlog, newest first (the worker answers oldest first).
    const inBacklog = new Set<Post>();
    const backlogChunks = this.early.filter((c) => !c.answered && !c.failed && c.own === ownKey);
    for (const c of backlogChunks) for (const p of c.posts) inBacklog.add(p);
    const at = backlogChunks.length > 0 ? new Map<Post, number>() : undefined;
    const fresh: number[][] = [];
    let unit: number[] = [];
    for (let i = 0; i < posts.length; i++) {
      if (early(i)) continue;
      if (inBacklog.has(posts[i]!)) {
        at!.set(posts[i]!, i);
        continue;
      }
      unit.push(i);
      if (unit.length === CHUNK) {
        fresh.push(unit);
        unit = [];
      }
    }
    if (unit.length > 0) fresh.push(unit);
    const stolen: number[][] = [];
    for (let k = backlogChunks.length - 1; k >= 0; k--) {
      const indices = backlogChunks[k]!.posts.map((p) => at!.get(p)).filter((i): i is number => i !== undefined);
      if (indices.length > 0) stolen.push(indices);
    }

    const judgeHere = (indices: readonly number[]): void => {
      for (const i of indices) {
        if (done[i] || early(i)) continue;
        results[i] = judge(posts[i]!, options, ownAccounts);
        done[i] = 1;
      }
    };

    /** Fresh units a worker holds, by worker, in the order sent. */
    const held = new Map<Worker, Set<number[]>>();
    const parallel = posts.length >= minPosts && fresh.length > 1;
    const feed = (worker: Worker): void => {
      if (!parallel || this.failed.has(worker) || this.backlog.get(worker)! > 0) return;
      let mine = held.get(worker);
      if (!mine) held.set(worker, (mine = new Set()));
      while (mine.size < IN_FLIGHT && fresh.length > 0) {
        const indices = fresh.pop()!;
        const mineNow = mine;
        mineNow.add(indices);
        this.send(
          worker,
          indices.map((i) => posts[i]!),
          own,
          (judgements) => {
            mineNow.delete(indices);
            indices.forEach((i, k) => {
              if (done[i]) return;
              results[i] = judgements[k];
              done[i] = 1;
            });
          },
          () => {
            mineNow.delete(indices);
            if (indices.some((i) => !done[i])) fresh.push(indices);
          },
        );
      }
    };
    this.idle = feed;
    for (const worker of this.live()) feed(worker);

    try {
      for (;;) {
        // This thread's share: fresh units from the front, then the workers' early backlog from its
        // newest end, then (work stealing) the last unit a worker still holds.
        let indices = fresh.shift() ?? stolen.shift();
        if (!indices) for (const mine of held.values()) for (const u of mine) if (u.some((i) => !done[i])) indices = u;
        if (!indices) break;
        judgeHere(indices);
        // Between units: workers' replies are handled, and Ctrl-C is answered promptly.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.idle = undefined;
    }
    for (let i = 0; i < posts.length; i++) if (!done[i]) judgeHere([i]);
    this.earlyJudged.clear();
    return results as Judgement[];
  }

  close(): void {
    this.closed = true;
    this.buffer = [];
    for (const worker of this.workers) void worker.terminate();
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** `posts.map((p) => judge(p, options, ownAccounts))`, on up to `threads` threads. */
export async function judgeAll(
  posts: readonly Post[],
  options: AuditOptions,
  ownAccounts: readonly string[],
  { threads = 1, spawn = spawnJudgeWorker, minPosts = MIN_POSTS_FOR_WORKERS }: JudgeAllOptions = {},
): Promise<Judgement[]> {
  const pool = new JudgePool(options, { threads: posts.length >= minPosts ? threads : 1, spawn });
  try {
    return await pool.judge(posts, ownAccounts, minPosts);
  } finally {
    pool.close();
  }
}

// ---- the worker side ----

function isSetup(data: unknown): data is Setup {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === ROLE;
}

if (!isMainThread && parentPort && isSetup(workerData)) {
  const port = parentPort;
  const options = fromWorkerOptions(workerData.options);
  const answered = workerData.answered ? new Int32Array(workerData.answered) : undefined;
  const slot = workerData.slot ?? 0;
  port.on('message', (job: Job) => {
    port.postMessage({ type: 'done', chunk: job.chunk, judgements: job.posts.map((post) => judge(post, options, job.own)) } satisfies Reply);
    if (answered) Atomics.add(answered, slot, 1);
  });
  port.postMessage({ type: 'ready' } satisfies Reply);
}
