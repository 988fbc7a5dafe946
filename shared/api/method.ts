import type { z } from 'zod';

/** One contract entry: what a method takes, what it returns, and whether it writes to the file. */
export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, writes: boolean) => ({ input, output, writes });
