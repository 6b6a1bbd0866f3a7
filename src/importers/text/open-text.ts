/**
 * Text files in any encoding we read, handed to the parsers as UTF-8 bytes. Streaming: each
 * chunk is checked (byte-validators.ts) and decoded (iconv-lite) as it arrives; UTF-8 input is
 * only checked and passed through unchanged. The first byte that is not valid stops the stream
 * with an `InvalidTextError` naming its offset: a file in another encoding than the one chosen is
 * never stored as replacement characters.
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

class Transcoder extends Transform {
  private readonly validator: ByteValidator;
  private readonly decoder: ReturnType<typeof iconv.getDecoder> | undefined;
  private offset = 0;

  constructor(
    private readonly chosen: DetectedEncoding,
    private readonly compressed: boolean,
  ) {
    super();
    const { encoding } = chosen;
    this.validator = createByteValidator(encoding.rule, encoding.codec);
    this.decoder = encoding.rule === 'utf-8' ? undefined : iconv.getDecoder(encoding.codec);
  }

  private fail(at: number, chunk: Uint8Array | undefined): InvalidTextError {
    const byte = chunk && at >= this.offset ? chunk[at - this.offset] : undefined;
    return new InvalidTextError(at, this.chosen.encoding, this.chosen.how, byte, this.compressed);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const bad = this.validator.check(chunk);
    if (bad >= 0) return done(this.fail(bad, chunk));
    this.offset += chunk.length;
    if (!this.decoder) return done(null, chunk);
    const text = this.decoder.write(chunk);
    done(null, text === '' ? undefined : Buffer.from(text, 'utf8'));
  }

  override _flush(done: TransformCallback): void {
    const bad = this.validator.end();
    if (bad >= 0) return done(this.fail(bad, undefined));
    const rest = this.decoder?.end();
    done(null, rest ? Buffer.from(rest, 'utf8') : undefined);
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

/** The file as a UTF-8 byte stream, decoded from `chosen`; bytes counted as read from disk. */
export const openText = (path: string, chosen: DetectedEncoding): OpenedFile => {
  const raw = openInputFile(path);
  const transcoder = new Transcoder(chosen, path.endsWith('.gz'));
  raw.stream.on('error', (e) => transcoder.destroy(e));
  raw.stream.pipe(transcoder);
  return { stream: transcoder, bytesRead: raw.bytesRead };
};
