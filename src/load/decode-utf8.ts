import { controlPictures } from '../common/control-pictures.js';

/** Result of decoding file bytes: the text, or where the first invalid byte sits. */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; byteOffset: number; byte: number; textBefore: string };

/**
 * Decodes UTF-8 strictly (a file with stray Latin-1 bytes must be fixed, not
 * silently turned into U+FFFD) and strips a BOM. TextDecoder does not say
 * where it failed, so on failure we find the first bad byte ourselves to give
 * the user a line and column.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidByte(bytes);
    const textBefore = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    return { ok: false, byteOffset: bad, byte: bytes[bad] ?? 0, textBefore };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return n;
}

/**
 * The file as text for showing a source line under a diagnostic: valid UTF-8
 * is decoded, each invalid byte is shown as `\xNN`, and control characters as
 * their Unicode control pictures (one character each, so carets stay aligned).
 * Never U+FFFD, and nothing that could drive the terminal.
 */
export function displayText(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const bad = i + firstInvalidByte(bytes.subarray(i));
    out += new TextDecoder('utf-8').decode(bytes.subarray(i, bad));
    if (bad < bytes.length) out += `\\x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    i = bad + 1;
  }
  return controlPictures(out);
}
