import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useSyncExternalStore } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { queryClient } from './api/query-client';
import { LangProvider, useLang } from './i18n/i18n';
import { Routes } from './routes';

dayjs.locale('zh-cn');

// antd's component styles come from its prebuilt stylesheet (boot.tsx), not computed in the browser
// on first render (zeroRuntime); only the theme's tokens are set at run time, as CSS variables.
// Whoever asks their system for reduced motion gets dialogs, drop-downs and drawers that appear and
// go at once (antd's motion token); the browser suite asks for it too, so no click lands mid-animation.
const THEME = { zeroRuntime: true, token: { colorPrimary: '#b7202e', borderRadius: 4 } } as const;
const STILL_THEME = { ...THEME, token: { ...THEME.token, motion: false } } as const;

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const reducedMotion = (): boolean => window.matchMedia(REDUCED_MOTION).matches;
const onMotionPreference = (changed: () => void): (() => void) => {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
};

function Localised() {
  const { lang } = useLang();
  const still = useSyncExternalStore(onMotionPreference, reducedMotion);
  return (
    <ConfigProvider locale={lang === 'zh-CN' ? zhCN : enUS} theme={still ? STILL_THEME : THEME}>
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
