/** Who asked for a PDF, when, and under which identifier it is known: printed on every page of it. */
export type Provenance = { actor: string; generatedAt: Date; packId: string };
