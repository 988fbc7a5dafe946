import { isOpenableName } from '../../../../shared/domain/files';
import type { Attachment } from '../../../../shared/schemas/files';

/**
 * Whether a file gets an "Ouvrir" button: on a host that can open files (the desktop), and from its
 * name alone, as `files.open` decides; the media type the file carries is never trusted.
 */
export const offersOpen = (attachment: Pick<Attachment, 'fileName'>, hostCanOpen: boolean): boolean =>
  hostCanOpen && isOpenableName(attachment.fileName);
