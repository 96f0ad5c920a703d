import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 may grow its heap between full collections, by source size:
 * percent of what is alive after the last one (V8's own factor lets it grow
 * to four times that). Measured on 2 cores, every layout: 10,000 one-line
 * skills entries (618 KB) peak at 236 MB instead of 317 and 1,000
 * publications (339 KB) at 158 instead of 166, for the same CPU; 4 MiB of
 * bullets at 475 MB instead of 570 for 8% more CPU with 50 (5,000
 * publications, 3.6 MB, with --layout publications alone: 305 instead of 265),
 * and 2 MiB of them at 257 instead of 322 for the same CPU with 50 from 1 MiB
 * up rather than from 2 MiB (5,000 short publications, 1.7 MB: unchanged).
 */
const GROWTH: readonly { above: number; percent: number }[] = [
  { above: 1024 * 1024, percent: 50 },
  { above: 64 * 1024, percent: 100 },
];

/**
 * Above this size the collector also sweeps on a helper thread (bin/cv.cjs
 * turns that off, as it costs a small build CPU): a page it frees is given
 * back at once instead of when the main thread gets to it. Measured on 2
 * cores, every layout: 4 MiB of bullets peak at ~416 MB instead of ~472 and
 * 5,000 publications (1.7 MB) at ~268 instead of ~288, for 3% more CPU;
 * 1,000 publications (339 KB) gain nothing and pay 4%.
 */
const SWEEP_CONCURRENTLY_ABOVE = 1024 * 1024;

let tightened = false;

/**
 * Before a large source is parsed, tells V8 how far its heap may grow (see
 * GROWTH) and whether to sweep concurrently. Read by V8 at each collection,
 * so it holds from here on, for this process. A small source (the sample is
 * 24 KB) changes nothing: its build never grows the heap that far.
 */
export function heapForSource(bytes: number): void {
  const growth = GROWTH.find((g) => bytes > g.above);
  if (tightened || !growth) return;
  tightened = true;
  setFlagsFromString(`--heap-growing-percent=${growth.percent}`);
  if (bytes > SWEEP_CONCURRENTLY_ABOVE) setFlagsFromString('--concurrent-sweeping');
}

/** Growth once a long PDF is drawn (see heapForDrawing). */
const DRAWING_GROWTH_PERCENT = 20;

/**
 * From here on, the heap grows by at most DRAWING_GROWTH_PERCENT between full
 * collections. Called when a one-off build starts drawing a long PDF: its
 * pages are let go of once drawn, so what is alive shrinks, but the heap
 * stays the size typesetting grew it to unless collections are made to
 * follow the live data down; the layouts after it are smaller. Measured on
 * 2 cores, every layout: bench/'s 5,000 publications (3.6 MB) peak at ~281 MB
 * instead of ~328 for 3% more CPU (with --layout publications alone, the same
 * CPU); 10,000 short publications at ~323 instead of ~327 (2% more CPU); 4 MiB
 * of bullets at ~389 instead of ~392-414 (10% more CPU).
 */
export function heapForDrawing(): void {
  setFlagsFromString(`--heap-growing-percent=${DRAWING_GROWTH_PERCENT}`);
}
