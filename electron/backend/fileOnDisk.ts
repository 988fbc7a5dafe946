/** A finished file a download method answers from disk: the HTTP host sends its bytes piece by piece. */
export type FileOnDisk = { fileName: string; mediaType: string; size: number; path: string };
