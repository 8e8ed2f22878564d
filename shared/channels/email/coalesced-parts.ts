const encoder = new TextEncoder();
const LINE_FEED = 0x0a;

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
  /**
   * Whether the decoder ended the last line it was given with a line break: postal-mime's 7bit,
   * 8bit, binary and quoted-printable decoders add one after every line, the last too, yet the
   * line break before a boundary (or at the end of the mail) belongs to the MIME structure, not
   * to the part. An extra 0x0A is harmless in ASCII-compatible text but makes a UTF-16 part an
   * odd number of bytes, which no strict decoder reads, and an attachment one byte longer.
   */
  breakAfterLastLine = false;

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
    const addedBreak = this.breakAfterLastLine && this.length > 0 && this.bytes[this.length - 1] === LINE_FEED;
    yield this.bytes.subarray(0, addedBreak ? this.length - 1 : this.length);
  }

  private reserve(byteCount: number): void {
    if (this.length + byteCount <= this.bytes.byteLength) return;
    const grown = new Uint8Array(Math.max(this.bytes.byteLength * 2, this.length + byteCount));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}
