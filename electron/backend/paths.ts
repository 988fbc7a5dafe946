import path from 'node:path';

/** Where a new user's data file lives: a "Sève" folder in their Documents. */
export const defaultDataFile = (documentsFolder: string): string => path.join(documentsFolder, 'Sève', 'Sève.sqlite');
