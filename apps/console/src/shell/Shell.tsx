import { Button, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { signOut, type Session } from '../auth/session';
import { CyclePicker, CycleProvider } from '../common/cycle';
import { useLang, useMessages } from '../i18n/i18n';
import type { PageEntry } from '../pages';
import { shellMessages } from './messages';
import { NotificationBell } from './NotificationBell';

/** The frame around every page: the role's menu, the cycle picker, the language switch and who is signed in. */
export function Shell({ session, pages, children }: Readonly<{ session: Session; pages: readonly PageEntry[]; children: ReactNode }>) {
  const m = useMessages(shellMessages);
  const { lang, setLang } = useLang();
  const location = useLocation();
  const selected = [...pages].sort((a, b) => b.path.length - a.path.length).find((entry) => location.pathname.startsWith(entry.path))?.path;
  const scope = session.scope.unitId ?? session.scope.providerId;
  // A phone (an inspector in the field, a reporter): the menu runs across the top, the header stays short.
  const wide = Grid.useBreakpoint().md !== false;
  const items = pages.filter((entry) => entry.inMenu !== false).map((entry) => ({ key: entry.path, label: <Link to={entry.path}>{m[entry.menu]}</Link> }));
  return (
    <CycleProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: wide ? 16 : 8, padding: wide ? '0 16px' : '4px 8px', background: '#8c1c26', flexWrap: 'wrap', height: 'auto', minHeight: 56, lineHeight: '56px' }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
            {m.product}
          </Typography.Text>
          <CyclePicker />
          <Space style={{ marginLeft: 'auto' }} wrap>
            <Tag color="gold" data-testid="acting-role">
              {m[`role.${session.role}`]}
              {scope === undefined ? '' : ` · ${scope}`}
            </Tag>
            {wide && <Typography.Text style={{ color: '#fff' }}>{session.userId}</Typography.Text>}
            {session.role !== 'admin' && <NotificationBell />}
            <Button size="small" onClick={() => setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')}>
              {m.language}
            </Button>
            <Button size="small" onClick={signOut}>
              {m.signOut}
            </Button>
          </Space>
        </Layout.Header>
        {!wide && <Menu mode="horizontal" selectedKeys={selected === undefined ? [] : [selected]} items={items} />}
        <Layout>
          {wide && (
            <Layout.Sider width={176} theme="light">
              <Menu mode="inline" selectedKeys={selected === undefined ? [] : [selected]} items={items} />
            </Layout.Sider>
          )}
          <Layout.Content style={{ padding: wide ? 16 : 8, minWidth: 0 }}>{children}</Layout.Content>
        </Layout>
      </Layout>
    </CycleProvider>
  );
}
