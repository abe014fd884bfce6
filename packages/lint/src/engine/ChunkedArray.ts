const SHIFT = 5;
const SIZE = 1 << SHIFT;
const MASK = SIZE - 1;

/**
 * An immutable array stored in chunks of 32, so that changing a few slots copies only the chunks
 * they fall in and the chunk index. The incremental linter keeps one slot per block for every
 * snapshot, and an editor may still read an old snapshot after newer keystrokes: copying whole
 * per-block arrays on each keystroke was the largest share of its young garbage.
 */
export class ChunkedArray<T> {
  readonly length: number;
  readonly #chunks: readonly (readonly T[])[];

  private constructor(length: number, chunks: readonly (readonly T[])[]) {
    this.length = length;
    this.#chunks = chunks;
  }

  /** `items` chunked; later changes to `items` are not seen. */
  static from<T>(items: readonly T[]): ChunkedArray<T> {
    const chunks: T[][] = [];
    for (let i = 0; i < items.length; i += SIZE) chunks.push(items.slice(i, i + SIZE));
    return new ChunkedArray(items.length, chunks);
  }

  /** The item at `index`, which must be in range. */
  at(index: number): T {
    return this.#chunks[index >> SHIFT]![index & MASK]!;
  }

  /** A copy with `value` at `index`. */
  with(index: number, value: T): ChunkedArray<T> {
    const chunks = this.#chunks.slice();
    const chunk = chunks[index >> SHIFT]!.slice();
    chunk[index & MASK] = value;
    chunks[index >> SHIFT] = chunk;
    return new ChunkedArray(this.length, chunks);
  }

  /** A copy with `values` at `first`, `first + 1` … */
  withSlots(first: number, values: readonly T[]): ChunkedArray<T> {
    if (values.length === 0) return this;
    const chunks = this.#chunks.slice();
    let chunk: T[] = [];
    for (let i = 0; i < values.length; i++) {
      const index = first + i;
      if (i === 0 || (index & MASK) === 0) {
        chunk = chunks[index >> SHIFT]!.slice();
        chunks[index >> SHIFT] = chunk;
      }
      chunk[index & MASK] = values[i]!;
    }
    return new ChunkedArray(this.length, chunks);
  }

  /** Index of the first `value` at or after `from`, or -1. */
  indexOf(value: T, from = 0): number {
    for (let c = from >> SHIFT; c < this.#chunks.length; c++) {
      const chunk = this.#chunks[c]!;
      for (let i = c === from >> SHIFT ? from & MASK : 0; i < chunk.length; i++)
        if (chunk[i] === value) return c * SIZE + i;
    }
    return -1;
  }

  toArray(): T[] {
    const out: T[] = [];
    for (const chunk of this.#chunks) out.push(...chunk);
    return out;
  }
}
