import { performance } from 'node:perf_hooks';

export type Figure = { name: string; medianMs: number; p95Ms: number; budgetMs: number };

/** Runs `work` a few times to warm up, then `runs` times, each saying how long its measured part took; returns median and 95th percentile. */
export const measureTimed = async (name: string, budgetMs: number, work: () => Promise<number>, runs = 30): Promise<Figure> => {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await work());
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { name, medianMs: at(0.5), p95Ms: at(0.95), budgetMs };
};

/** Runs `work` a few times to warm up, then `runs` times, and returns median and 95th percentile of its whole time. */
export const measure = (name: string, budgetMs: number, work: () => unknown, runs = 30): Promise<Figure> =>
  measureTimed(
    name,
    budgetMs,
    async () => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    },
    runs,
  );

/** Prints the figures as a table; returns whether every median is within its budget. */
export const report = (title: string, figures: Figure[]): boolean => {
  console.log(`\n${title}`);
  console.log(`${'mesure'.padEnd(52)} ${'médiane'.padStart(10)} ${'p95'.padStart(10)} ${'budget'.padStart(10)}`);
  let within = true;
  for (const figure of figures) {
    const ok = figure.medianMs <= figure.budgetMs;
    within &&= ok;
    console.log(
      `${figure.name.padEnd(52)} ${`${figure.medianMs.toFixed(1)} ms`.padStart(10)} ${`${figure.p95Ms.toFixed(1)} ms`.padStart(10)} ${`${figure.budgetMs} ms`.padStart(10)}  ${ok ? 'ok' : 'DÉPASSÉ'}`,
    );
  }
  return within;
};
