import { setFlagsFromString } from 'node:v8';

/** Sources above this size are large enough for the heap's growth to matter (1,000 publications are 0.7 MB). */
const LARGE_SOURCE_BYTES = 1024 * 1024;

let tightened = false;

/**
 * Before a large source is parsed, tells V8 to let its heap at most double
 * between full collections instead of its own factor (up to four times what
 * is alive). Measured on 2 cores: 5,000 publications with every layout peak
 * at 412 MB instead of 611 for the same CPU, 2,000 at 288 instead of 369; 4 MB
 * of bullets at 441 instead of 575 for 15% more CPU.
 * Read by V8 at each collection, so it holds from here on, for this process.
 * A small source changes nothing: its build never grows the heap that far.
 */
export function heapForSource(bytes: number): void {
  if (tightened || bytes <= LARGE_SOURCE_BYTES) return;
  tightened = true;
  setFlagsFromString('--heap-growing-percent=100');
}
