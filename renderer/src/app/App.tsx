import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { I18nProvider } from 'react-aria-components';
import { RouterProvider } from 'react-router';
import { useLocale } from '../i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { router } from './router';

const queryClient = new QueryClient({
  defaultOptions: {
    // A local file answers in milliseconds and only this app writes to it: no background refetch storms.
    queries: { staleTime: 30_000, retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

/** Providers around the routed app: data cache, locale for accessible widgets, crash guard. */
export const App = () => {
  useTranslation();
  const { tag } = useLocale();
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <I18nProvider locale={tag}>
          <RouterProvider router={router} />
        </I18nProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
};
