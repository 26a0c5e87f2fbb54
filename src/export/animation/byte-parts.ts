/**
 * The output of a muxer that appends and now and then writes back over bytes already written (a WebM's segment
 * size, duration and cue position, patched at the end). The appended chunks are kept as they came, without one
 * ever-growing buffer being copied, and a write-back changes the chunks it covers. Pure.
 */
export class ByteParts {
  private readonly parts: Array<Uint8Array<ArrayBuffer>> = [];
  private readonly starts: number[] = [];
  private length = 0;

  get size(): number {
    return this.length;
  }

  write(position: number, data: Uint8Array): void {
    let at = position;
    let from = 0;
    // Over what is there already: into the chunks the range covers.
    if (at < this.length) {
      let index = this.partAt(at);
      while (from < data.length && at < this.length) {
        const part = this.parts[index];
        const offset = at - this.starts[index];
        const n = Math.min(part.length - offset, data.length - from);
        part.set(data.subarray(from, from + n), offset);
        from += n;
        at += n;
        index += 1;
      }
    }
    if (from === data.length) return;
    if (at !== this.length) throw new Error(`a write at ${at} leaves a gap after ${this.length}`);
    const rest = data.slice(from);
    this.parts.push(rest);
    this.starts.push(this.length);
    this.length += rest.length;
  }

  /** The chunks in order (for a Blob); the instance must not be written to afterwards. */
  chunks(): ReadonlyArray<Uint8Array<ArrayBuffer>> {
    return this.parts;
  }

  private partAt(position: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
