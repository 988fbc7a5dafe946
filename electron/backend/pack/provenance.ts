/** Who produced a PDF, when, and under which identifier it is known: printed on every page of it. */
export type Provenance = { producer: string; generatedAt: Date; packId: string };

/**
 * The name every PDF prints as the one who produced it: the one place where it is decided. Today
 * it is the session's author; once the person chosen in « Qui suis-je ? » is the session's author,
 * that person's name comes through here, and the computer's account no longer does.
 */
export const pdfProducer = (session: { actor: string }): string => session.actor;
