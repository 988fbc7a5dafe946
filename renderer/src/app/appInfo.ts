import { useQuery } from '@tanstack/react-query';
import { call } from '../api/client';
import { queryKeys } from './queryKeys';

/** What the host says of itself and of the open file (desktop or browser mode, the file, its state). */
export const useAppInfo = () => useQuery({ queryKey: queryKeys.appInfo, queryFn: () => call('app.info', {}) });
