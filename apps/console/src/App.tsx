import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter } from 'react-router-dom';
import { queryClient } from './api/query-client';
import { LangProvider, useLang } from './i18n/i18n';
import { Routes } from './routes';

dayjs.locale('zh-cn');

// antd's component styles come from its prebuilt stylesheet (boot.tsx), not computed in the browser
// on first render (zeroRuntime); only the theme's tokens are set at run time, as CSS variables.
const THEME = { zeroRuntime: true, token: { colorPrimary: '#b7202e', borderRadius: 4 } } as const;

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
