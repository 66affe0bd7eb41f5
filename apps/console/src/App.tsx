import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter } from 'react-router-dom';
import { ApiFailure } from './api/client';
import { currentSession } from './auth/session';
import { storedCycleId } from './common/cycle';
import { cycleListQuery, schemeQuery } from './common/cycles-query';
import { LangProvider, useLang } from './i18n/i18n';
import { Routes } from './routes';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A read model still catching up (503 read-model-behind) is retried until it answers; other refusals are shown at once.
      retry: (count, error) => error instanceof ApiFailure && error.readModelBehind && count < 20,
      retryDelay: 1000,
      refetchOnWindowFocus: false,
      staleTime: 5_000,
    },
  },
});

// antd's component styles come from its prebuilt stylesheet (main.tsx), not computed in the browser
// on first render (zeroRuntime); only the theme's tokens are set at run time, as CSS variables.
const THEME = { zeroRuntime: true, token: { colorPrimary: '#b7202e', borderRadius: 4 } } as const;

// What a signed-in person's first page reads first (the header's cycle list, the chosen cycle's
// scheme) is asked for now, while React renders the shell, instead of after it.
if (currentSession() !== null) {
  void queryClient.prefetchQuery(cycleListQuery);
  const cycleId = storedCycleId();
  if (cycleId !== undefined) void queryClient.prefetchQuery(schemeQuery(cycleId));
}

function Localised() {
  const { lang } = useLang();
  return (
    <ConfigProvider locale={lang === 'zh-CN' ? zhCN : enUS} theme={THEME}>
      <AntApp>
        <BrowserRouter>
          <Routes />
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LangProvider>
        <Localised />
      </LangProvider>
    </QueryClientProvider>
  );
}
