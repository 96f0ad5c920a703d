import { createRequire } from 'node:module';

type NodeCrypto = typeof import('node:crypto');
let crypto: NodeCrypto | undefined;

/** node:crypto, loaded on first use: ~3 ms of start-up that `cv validate`, which hashes nothing, should not pay. */
function nodeCrypto(): NodeCrypto {
  return (crypto ??= createRequire(import.meta.url)('node:crypto') as NodeCrypto);
}

/** The sha256 of bytes or of a string's UTF-8, as 64 hex digits. */
export function sha256Hex(data: Uint8Array | string): string {
  return nodeCrypto().createHash('sha256').update(data).digest('hex');
}

/** `bytes` random bytes as hex: unpredictable temporary file names. */
export function randomHex(bytes: number): string {
  return nodeCrypto().randomBytes(bytes).toString('hex');
}
