import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { AppInfo } from '../../../shared/schemas/app';

/**
 * After another file is opened (or a backup restored) every cached answer belongs to the old
 * content: drop them all and start from the home screen. A cancelled dialog (null) changes nothing.
 */
export const useAfterSwitch = () => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (info: AppInfo | null) => {
    if (info === null) return;
    await navigate('/');
    await queryClient.resetQueries();
  };
};
