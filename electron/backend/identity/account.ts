import os from 'node:os';

/** The computer's user name, which the history records as the author of changes. */
export const systemUserName = (): string => {
  try {
    return os.userInfo().username || 'utilisateur';
  } catch {
    return 'utilisateur';
  }
};
