import { CarBufferReader } from '@ipld/car/buffer-reader';
import { bytesReader, readHeader } from '@ipld/car/decoder';
import { decode } from '@ipld/dag-cbor';
import { CID } from 'multiformats/cid';

/*
 * An atproto repository as Bluesky exports it (Settings → Export my data, or
 * com.atproto.sync.getRepo): a CARv1 file whose root is the signed commit
 * `{did, version: 2|3, data: <MST root>, rev, prev, sig}`. The records hang off a Merkle Search
 * Tree: each node is `{l: <left subtree> | null, e: [{p, k, v, t}]}`, where an entry's full key is
 * the previous entry's key (in the same node) cut to `p` bytes plus the bytes `k`, `v` is the
 * record's CID and `t` the subtree of keys between this entry and the next. An in-order walk
 * (l, then each entry followed by its t) yields keys "<collection>/<rkey>" in sorted order.
 * Signatures are not checked: hindsight reads the person's own download and trusts it.
 */

export interface RepoRecord {
  /** NSID of the record's collection, e.g. app.bsky.feed.post. */
  collection: string;
  /** Record key: a TID (time-ordered id) for posts, reposts and likes. */
  rkey: string;
  value: unknown;
}

export interface Repo {
  did: string | null;
  records: RepoRecord[];
  /** Tree nodes or records named by the tree but absent from the file (a partial or damaged export). */
  missingBlocks: number;
}

/** True when the bytes open with a CAR header (`{version: 1, roots: [...]}` as DAG-CBOR after a varint length). */
export async function isCarHeader(head: Uint8Array): Promise<boolean> {
  try {
    const header = await readHeader(bytesReader(head));
    return header.version === 1 || header.version === 2;
  } catch {
    return false;
  }
}

/** Reads a repository CAR and returns the records of the wanted collections, in the tree's key order. */
export function readRepo(bytes: Uint8Array, wanted: (collection: string) => boolean): Repo {
  const car = CarBufferReader.fromBytes(bytes);
  const blocks = new Map<string, Uint8Array>();
  for (const block of car.blocks()) blocks.set(block.cid.toString(), block.bytes);
  const root = car.getRoots()[0];
  if (!root) throw new Error('the CAR file names no root commit');

  const commit = decodeBlock(blocks, root);
  if (!isMap(commit)) throw new Error('the root block is not a repository commit');
  let did = typeof commit.did === 'string' ? commit.did : null;
  let data = CID.asCID(commit.data);
  // Repositories from before commit version 2 pointed at a root node holding `data` and `meta.did`.
  if (!data && CID.asCID(commit.root)) {
    const legacyRoot = decodeBlock(blocks, CID.asCID(commit.root)!);
    if (isMap(legacyRoot)) {
      data = CID.asCID(legacyRoot.data);
      const meta = CID.asCID(legacyRoot.meta) ? decodeBlock(blocks, CID.asCID(legacyRoot.meta)!) : undefined;
      if (isMap(meta) && typeof meta.did === 'string') did ??= meta.did;
    }
  }
  if (!data) throw new Error('the root commit has no record tree (not an atproto repository)');

  const repo: Repo = { did, records: [], missingBlocks: 0 };
  const seen = new Set<string>();
  const decoder = new TextDecoder();
  const walk = (cid: CID): void => {
    const id = cid.toString();
    if (seen.has(id)) return; // a malformed tree that points back at itself
    seen.add(id);
    const node = decodeBlock(blocks, cid);
    if (node === undefined) {
      repo.missingBlocks++;
      return;
    }
    if (!isMap(node)) return;
    const left = CID.asCID(node.l);
    if (left) walk(left);
    let previous = new Uint8Array(0);
    for (const item of Array.isArray(node.e) ? node.e : []) {
      if (!isMap(item)) continue;
      const prefix = typeof item.p === 'number' ? item.p : 0;
      const suffix = item.k instanceof Uint8Array ? item.k : new Uint8Array(0);
      const key = new Uint8Array(Math.min(prefix, previous.length) + suffix.length);
      key.set(previous.subarray(0, prefix), 0);
      key.set(suffix, Math.min(prefix, previous.length));
      previous = key;
      const value = CID.asCID(item.v);
      if (value) leaf(decoder.decode(key), value);
      const right = CID.asCID(item.t);
      if (right) walk(right);
    }
  };
  const leaf = (key: string, cid: CID): void => {
    const slash = key.indexOf('/');
    const collection = slash < 0 ? key : key.slice(0, slash);
    if (!wanted(collection)) return;
    const value = decodeBlock(blocks, cid);
    if (value === undefined) {
      repo.missingBlocks++;
      return;
    }
    repo.records.push({ collection, rkey: key.slice(slash + 1), value });
  };
  walk(data);
  return repo;
}

function decodeBlock(blocks: ReadonlyMap<string, Uint8Array>, cid: CID): unknown {
  const bytes = blocks.get(cid.toString());
  return bytes === undefined ? undefined : decode(bytes);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array) && !CID.asCID(value);
}

const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/** The time inside a TID record key (53 bits of microseconds since 1970, then a 10-bit clock id), or null. */
export function tidTime(rkey: string): string | null {
  if (!/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/.test(rkey)) return null;
  let value = 0n;
  for (const char of rkey) value = (value << 5n) | BigInt(TID_ALPHABET.indexOf(char));
  const millis = Number((value >> 10n) / 1000n);
  return Number.isFinite(millis) && millis > 0 && millis < 8.64e15 ? new Date(millis).toISOString() : null;
}

/** A blob reference's CID as text: `{$type: "blob", ref: CID}` now, `{cid: "..."}` in 2023 records. */
export function blobCid(blob: unknown): string | null {
  if (!isMap(blob)) return null;
  const ref = CID.asCID(blob.ref);
  if (ref) return ref.toString();
  if (isMap(blob.ref) && typeof blob.ref.$link === 'string') return blob.ref.$link;
  return typeof blob.cid === 'string' ? blob.cid : null;
}
