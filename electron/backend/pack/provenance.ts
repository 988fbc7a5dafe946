/** Who produced a PDF, when, and under which identifier it is known: printed on every page of it. */
export type Provenance = { producer: string; generatedAt: Date; packId: string };

/**
 * The name every PDF prints as the one who produced it, decided in this one place: the session's
 * author, that is the person chosen in « Qui êtes-vous ? » (the computer's account until someone is).
 */
export const pdfProducer = (options: { actor: () => string }): string => options.actor();
