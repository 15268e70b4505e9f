import { describe, expect, it } from 'vitest';
import { LARGE_POSTS, collectGarbage } from '../../src/pipeline/memory.js';

describe('collectGarbage', () => {
  it('does nothing for small work', () => {
    expect(collectGarbage(0)).toBe(false);
    expect(collectGarbage(LARGE_POSTS - 1)).toBe(false);
  });

  it('runs a full collection for large work, again and again, and frees what is unreachable', () => {
    const held: Buffer[] = [Buffer.alloc(64 * 1024 * 1024, 1)];
    expect(held[0]![0]).toBe(1);
    const before = process.memoryUsage().arrayBuffers;
    held.length = 0;
    expect(collectGarbage(LARGE_POSTS)).toBe(true);
    expect(collectGarbage(LARGE_POSTS * 4)).toBe(true);
    // The buffer's memory is given back (sweeping may finish a moment later, so allow some slack).
    expect(process.memoryUsage().arrayBuffers).toBeLessThan(before);
  });
});
