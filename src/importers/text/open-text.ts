/**
 * Text files in any encoding we read, handed to the parsers as UTF-8 bytes. Streaming: each
 * chunk is checked (byte-validators.ts) and decoded (iconv-lite) as it arrives; UTF-8 input is
 * only checked and passed through unchanged. The first byte that is not valid ends the stream
 * early, with an `InvalidTextError` naming its offset for the reader to report: a file in another
 * encoding than the one chosen is never stored as replacement characters.
 */
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';
import { openInputFile, type OpenedFile } from '../open-file.js';
import { createByteValidator, type ByteValidator } from './byte-validators.js';
import { detectEncoding, type DetectedEncoding } from './detect-encoding.js';
import type { TextEncoding } from './encodings.js';

export class InvalidTextError extends Error {
  override readonly name = 'InvalidTextError';
  constructor(
    readonly offset: number,
    readonly encoding: TextEncoding,
    readonly how: DetectedEncoding['how'],
    byte: number | undefined,
    compressed: boolean,
  ) {
    const shown = byte === undefined ? '' : ` (0x${byte.toString(16).padStart(2, '0').toUpperCase()})`;
    const chosen = how === 'forced' ? 'given by --encoding' : how === 'fallback' ? 'assumed: no other encoding fits' : `chosen by ${how}`;
    super(
      `not valid ${encoding.name} at byte offset ${offset}${compressed ? ' of the decompressed data' : ''}${shown}; ` +
        `the encoding was ${chosen}. Nothing after that point was read: name the file's encoding with --encoding ` +
        '(e.g. cp932, utf-16le, windows-1252) and import it again.',
    );
  }
}

/**
 * Checks and decodes chunk by chunk, handing on whole lines only (the end of a chunk waits for
 * the next), so that when an invalid byte stops the file every line before it is complete and
 * still read. Then the output ends normally and `failure` says why; the source is let go.
 */
class Transcoder extends Transform {
  private readonly validator: ByteValidator;
  private readonly decoder: ReturnType<typeof iconv.getDecoder> | undefined;
  private offset = 0;
  private carry: Buffer = Buffer.alloc(0);
  failure: InvalidTextError | undefined;

  constructor(
    private readonly chosen: DetectedEncoding,
    private readonly compressed: boolean,
    private readonly onStop: () => void,
  ) {
    super();
    const { encoding } = chosen;
    this.validator = createByteValidator(encoding.rule, encoding.codec);
    this.decoder = encoding.rule === 'utf-8' ? undefined : iconv.getDecoder(encoding.codec);
  }

  private utf8(bytes: Buffer): Buffer {
    if (!this.decoder) return bytes;
    const text = this.decoder.write(bytes);
    return text === '' ? Buffer.alloc(0) : Buffer.from(text, 'utf8');
  }

  /** Hands on what ends with a line break; keeps the rest for later. */
  private pushLines(out: Buffer): void {
    const all = this.carry.length === 0 ? out : Buffer.concat([this.carry, out]);
    const cut = all.lastIndexOf(0x0a) + 1;
    if (cut > 0) this.push(all.subarray(0, cut));
    this.carry = all.subarray(cut);
  }

  private stop(at: number, chunk: Buffer | undefined): void {
    const byte = chunk && at >= this.offset ? chunk[at - this.offset] : undefined;
    this.failure = new InvalidTextError(at, this.chosen.encoding, this.chosen.how, byte, this.compressed);
    if (chunk && at > this.offset) this.pushLines(this.utf8(chunk.subarray(0, at - this.offset)));
    this.carry = Buffer.alloc(0);
    this.push(null);
    this.onStop();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.failure) return done();
    const bad = this.validator.check(chunk);
    if (bad >= 0) this.stop(bad, chunk);
    else {
      this.pushLines(this.utf8(chunk));
      this.offset += chunk.length;
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.failure) return done();
    const bad = this.validator.end();
    if (bad >= 0) {
      this.stop(bad, undefined);
      return done();
    }
    const rest = this.decoder?.end();
    const last = rest ? Buffer.concat([this.carry, Buffer.from(rest, 'utf8')]) : this.carry;
    done(null, last.length > 0 ? last : undefined);
  }
}

/** Up to `max` bytes from the start of a file (decompressed), for detection. */
export const peekBytes = async (path: string, max = 64 * 1024): Promise<Buffer> => {
  const { stream } = openInputFile(path);
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      parts.push(chunk);
      size += chunk.length;
      if (size >= max) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(parts).subarray(0, max);
};

export const chooseEncoding = (head: Uint8Array, forced?: TextEncoding): DetectedEncoding =>
  forced ? { encoding: forced, how: 'forced' } : detectEncoding(head);

export interface PeekedText {
  /** The head decoded (a character cut at its end may show as a replacement character). */
  readonly text: string;
  readonly chosen: DetectedEncoding;
}

export const peekText = async (path: string, forced?: TextEncoding, max = 64 * 1024): Promise<PeekedText> => {
  const head = await peekBytes(path, max);
  const chosen = chooseEncoding(head, forced);
  return { text: iconv.decode(head, chosen.encoding.codec), chosen };
};

/**
 * The file as a UTF-8 byte stream, decoded from `chosen`; bytes counted as read from disk.
 * At an invalid byte the stream ends early and `failure()` returns the InvalidTextError.
 */
export const openText = (path: string, chosen: DetectedEncoding): OpenedFile => {
  const raw = openInputFile(path);
  const transcoder = new Transcoder(chosen, path.endsWith('.gz'), () => {
    raw.stream.unpipe(transcoder);
    raw.stream.destroy();
  });
  raw.stream.on('error', (e) => transcoder.destroy(e));
  raw.stream.pipe(transcoder);
  return { stream: transcoder, bytesRead: raw.bytesRead, failure: () => transcoder.failure };
};
