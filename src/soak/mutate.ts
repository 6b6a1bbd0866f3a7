/**
 * Malformed inputs for the fuzz soaks: a valid text damaged by a few random edits — bytes
 * flipped, pieces cut out, duplicated or cut short, and characters that break parsers inserted
 * (quotes, separators, brackets, NUL, lone surrogates, a BOM in the middle, huge numbers).
 */
const PIECES = ['"', "'", ',', ';', '\t', '\n', '\r\n', '{', '}', '[', ']', ':', '\\', '\u0000', '\ud800', '\ufeff', '1e999', '-0', 'null', 'true', '=cmd', '%', '%ZZ', '((((', "')", ' and ', ' eq ', '💥', 'ａ'];

export const mutateText = (text: string, random: () => number, edits = 1 + Math.floor(random() * 4)): string => {
  let t = text;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (t.length + 1));
    const len = 1 + Math.floor(random() * 40);
    switch (Math.floor(random() * 6)) {
      case 0:
        t = t.slice(0, at) + t.slice(at + len);
        break;
      case 1:
        t = t.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + t.slice(at);
        break;
      case 2:
        t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at);
        break;
      case 3:
        t = t.slice(0, at);
        break;
      case 4:
        t = t.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + t.slice(at + 1);
        break;
      default:
        t = t.slice(0, at) + t.slice(at, at + len).toUpperCase() + t.slice(at + len);
    }
  }
  return t;
};

/** Random bytes, sometimes starting like a real file so that detection goes further. */
export const randomBytes = (random: () => number, head = ''): Uint8Array => {
  const n = Math.floor(random() * 600);
  const out = new Uint8Array(Buffer.byteLength(head) + n);
  out.set(Buffer.from(head));
  for (let i = Buffer.byteLength(head); i < out.length; i++) out[i] = Math.floor(random() * 256);
  return out;
};
