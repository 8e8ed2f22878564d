const encoder = new TextEncoder();

/**
 * A body's decoded bytes gathered into one growing buffer. postal-mime's content decoders push a
 * part (and, for 7bit/8bit bodies, a "\n" beside it) per line or padded base64 unit and hand the
 * list to `new Blob(...)`, which Node reads back a part at a time: a 1 MB mail of short lines
 * took seconds and 40 MB (what SES accepts) minutes. Blob takes any iterable of parts, so this
 * list takes the pushes and gives Blob a single part.
 */
export class CoalescedParts implements Iterable<Uint8Array> {
  private bytes = new Uint8Array(4096);
  private length = 0;

  push(part: string | ArrayBuffer | ArrayBufferView): void {
    if (typeof part === 'string') {
      this.reserve(part.length * 3);
      this.length += encoder.encodeInto(part, this.bytes.subarray(this.length)).written;
      return;
    }
    const view = ArrayBuffer.isView(part) ? new Uint8Array(part.buffer, part.byteOffset, part.byteLength) : new Uint8Array(part);
    this.reserve(view.byteLength);
    this.bytes.set(view, this.length);
    this.length += view.byteLength;
  }

  *[Symbol.iterator](): Iterator<Uint8Array> {
    yield this.bytes.subarray(0, this.length);
  }

  private reserve(byteCount: number): void {
    if (this.length + byteCount <= this.bytes.byteLength) return;
    const grown = new Uint8Array(Math.max(this.bytes.byteLength * 2, this.length + byteCount));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}
