/**
 * Streams the elements of a top-level JSON array as text, for `JSON.parse` one at a time.
 * A byte-level scanner finds where each element ends (tracking strings, escapes and nesting)
 * and never builds tokens, which makes it several times faster than a token streamer on large
 * exports; memory holds one element. Structure errors and a file cut short are reported with
 * the element index and byte offset; the scan stops there. Element text is validated by
 * `JSON.parse` in the caller, not here.
 */
import type { Readable } from 'node:stream';

export type ScannedElement =
  | { readonly kind: 'element'; readonly index: number; readonly offset: number; readonly text: string }
  | { readonly kind: 'error'; readonly index: number; readonly offset: number; readonly message: string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

const enum S {
  BeforeArray,
  ExpectElement,
  InElement,
  AfterElement,
  AfterArray,
  Failed,
}

export class JsonArrayScanner {
  private state = S.BeforeArray;
  private depth = 0;
  private inString = false;
  /** A backslash ended the previous chunk inside a string: skip the first byte of this one. */
  private pendingEscape = false;
  private index = 0;
  private base = 0;
  private elementStart = 0;
  private pieces: Buffer[] = [];

  push(chunk: Buffer, out: ScannedElement[]): void {
    const buf = chunk;
    const n = buf.length;
    let from = 0; // start of the element's part in this chunk
    let i = 0;
    while (i < n && this.state !== S.Failed && this.state !== S.AfterArray) {
      if (this.state === S.InElement) {
        if (this.inString) {
          if (this.pendingEscape) {
            this.pendingEscape = false;
            i++;
            continue;
          }
          let q = buf.indexOf(QUOTE, i);
          let s = buf.indexOf(BACKSLASH, i);
          while (s !== -1 && (q === -1 || s < q)) {
            if (s + 1 >= n) {
              this.pendingEscape = true;
              q = -1;
              break;
            }
            const after = s + 2;
            if (s + 1 === q) q = buf.indexOf(QUOTE, after);
            s = buf.indexOf(BACKSLASH, after);
          }
          if (q === -1) {
            i = n;
            break;
          }
          this.inString = false;
          i = q + 1;
          if (this.depth === 0) this.finish(buf, from, i, out);
          continue;
        }
        const b = buf[i] as number;
        if (b === QUOTE) this.inString = true;
        else if (b === 0x7b || b === 0x5b) this.depth++;
        else if (b === 0x7d || b === 0x5d) {
          if (this.depth === 0) {
            this.finish(buf, from, i, out); // a number or literal followed by `]`
            continue;
          }
          this.depth--;
          if (this.depth === 0) {
            this.finish(buf, from, i + 1, out);
            i++;
            continue;
          }
        } else if (this.depth === 0 && (b === 0x2c || isSpace(b))) {
          this.finish(buf, from, i, out);
          continue;
        }
        i++;
        continue;
      }
      const b = buf[i] as number;
      if (isSpace(b)) {
        i++;
        continue;
      }
      if (this.state === S.BeforeArray) {
        const offset = this.base + i;
        // A UTF-8 byte-order mark (possibly split across chunks).
        if (offset < 3 && b === [0xef, 0xbb, 0xbf][offset]) {
          i++;
          continue;
        }
        if (b !== 0x5b) this.fail(out, 'expected a JSON array ([ ... ])', this.base + i);
        else this.state = S.ExpectElement;
        i++;
      } else if (b === 0x5d && this.state === S.ExpectElement && this.index === 0) {
        this.state = S.AfterArray; // []
        i++;
      } else if (this.state === S.AfterElement) {
        if (b === 0x2c) this.state = S.ExpectElement;
        else if (b === 0x5d) this.state = S.AfterArray;
        else this.fail(out, `expected , or ] after element ${this.index - 1}, found ${JSON.stringify(String.fromCharCode(b))}`, this.base + i);
        i++;
      } else {
        // The first byte of an element.
        if (b === 0x5d || b === 0x2c) {
          this.fail(out, `expected an element after ${this.index === 0 ? '[' : ','}`, this.base + i);
          break;
        }
        this.state = S.InElement;
        this.depth = b === 0x7b || b === 0x5b ? 1 : 0;
        this.inString = b === QUOTE;
        this.elementStart = this.base + i;
        this.pieces = [];
        from = i;
        i++;
      }
    }
    if (this.state === S.InElement) this.pieces.push(Buffer.from(buf.subarray(from)));
    else if (this.state === S.AfterArray) {
      for (; i < n; i++) {
        if (!isSpace(buf[i] as number)) {
          this.fail(out, 'text after the closing ]', this.base + i);
          break;
        }
      }
    }
    this.base += n;
  }

  end(out: ScannedElement[]): void {
    if (this.state === S.InElement) {
      if (this.depth === 0 && !this.inString) this.finish(Buffer.alloc(0), 0, 0, out);
      if (this.state === S.InElement) {
        out.push({ kind: 'error', index: this.index, offset: this.elementStart, message: `the file ends inside element ${this.index} (cut short?)` });
        return;
      }
    }
    if (this.state === S.BeforeArray) out.push({ kind: 'error', index: 0, offset: this.base, message: 'the file is empty' });
    else if (this.state === S.ExpectElement || this.state === S.AfterElement) {
      out.push({ kind: 'error', index: this.index, offset: this.base, message: 'the file ends before the closing ] (cut short?)' });
    }
  }

  private finish(buf: Buffer, from: number, end: number, out: ScannedElement[]): void {
    const tail = buf.subarray(from, end);
    const text = this.pieces.length === 0 ? tail.toString('utf8') : Buffer.concat([...this.pieces, tail]).toString('utf8');
    this.pieces = [];
    out.push({ kind: 'element', index: this.index++, offset: this.elementStart, text });
    this.state = S.AfterElement;
  }

  private fail(out: ScannedElement[], message: string, offset: number): void {
    out.push({ kind: 'error', index: this.index, offset, message });
    this.state = S.Failed;
  }
}

export async function* scanJsonArray(stream: Readable): AsyncGenerator<ScannedElement> {
  const scanner = new JsonArrayScanner();
  const out: ScannedElement[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    scanner.push(chunk, out);
    if (out.length > 0) {
      yield* out;
      out.length = 0;
    }
  }
  scanner.end(out);
  yield* out;
}
