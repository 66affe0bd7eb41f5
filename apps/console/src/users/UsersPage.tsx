import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, idempotencyHeader, ok } from '../api/client';
import type { GetAnswer } from '../api/types';
import { currentSession } from '../auth/session';
import { useCycle } from '../common/cycle';
import { useScheme, useUnits } from '../common/cycles-query';
import { useApiErrors } from '../common/forms';
import { labelText } from '../common/label';
import { commonMessages } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { ReasonButton } from '../common/ReasonButton';
import { useLang, useMessages } from '../i18n/i18n';
import { shellMessages } from '../shell/messages';
import { userMessages } from './messages';

type User = GetAnswer<'/users'>[number];
type Grant = User['grants'][number];
const ROLES: readonly Grant['role'][] = ['office', 'committee', 'leader', 'unit-reporter', 'data-provider', 'inspector', 'complaint-handler', 'survey-office', 'auditor', 'admin'];
const MIN_PASSWORD = 10;

/** A grant without the empty scope fields. */
const grantOf = (g: { role: Grant['role']; unitId?: string; providerId?: string }): Grant => ({
  role: g.role,
  ...(g.unitId === undefined || g.unitId === '' ? {} : { unitId: g.unitId }),
  ...(g.providerId === undefined || g.providerId === '' ? {} : { providerId: g.providerId }),
});

/** Role, and the unit or organisation it acts for: the same fields when provisioning and granting. */
function GrantFields({ prefix }: Readonly<{ prefix: (string | number)[] }>) {
  const m = useMessages(userMessages);
  const s = useMessages(shellMessages);
  const { lang } = useLang();
  const { cycleId } = useCycle();
  const units = useUnits(cycleId);
  const scheme = useScheme(cycleId);
  return (
    <Space wrap align="start">
      <Form.Item name={[...prefix, 'role']} label={m.role} rules={[{ required: true }]}>
        <Select style={{ width: 160 }} data-testid="grant-role" options={ROLES.map((role) => ({ value: role, label: s[`role.${role}`] }))} />
      </Form.Item>
      <Form.Item name={[...prefix, 'unitId']} label={m.unitId} tooltip={m.unitIdHelp}>
        <AutoComplete style={{ width: 180 }} options={(units.data ?? []).map((u) => ({ value: u.unitId, label: `${u.name}（${u.unitId}）` }))} />
      </Form.Item>
      <Form.Item name={[...prefix, 'providerId']} label={m.providerId} tooltip={m.providerIdHelp}>
        <AutoComplete style={{ width: 180 }} options={(scheme.data?.outline?.sources ?? []).map((src) => ({ value: src.id, label: `${labelText(src.label, lang, src.id)}（${src.id}）` }))} />
      </Form.Item>
    </Space>
  );
}

type NewUser = { userId: string; name: string; grants: { role: Grant['role']; unitId?: string; providerId?: string }[]; password: string; confirm: string; reason?: string };

function ProvisionUser() {
  const m = useMessages(userMessages);
  const [form] = Form.useForm<NewUser>();
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const provision = useMutation({
    mutationFn: (values: NewUser) =>
      ok(
        api.POST('/users', {
          params: { header: idempotencyHeader() },
          body: { userId: values.userId, name: values.name, grants: values.grants.map(grantOf), password: values.password, ...(values.reason === undefined || values.reason === '' ? {} : { reason: values.reason }) },
        }),
      ),
    onSuccess: async () => {
      errors.clear();
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['users'] });
      void message.success(m.provisioned);
    },
    onError: errors.show,
  });
  return (
    <Card size="small" title={m.provision}>
      {errors.alert}
      <Form form={form} layout="vertical" name="provision" onFinish={(values) => provision.mutate(values)} initialValues={{ grants: [{}] }} data-testid="provision-user">
        <Space wrap align="start">
          <Form.Item name="userId" label={m.userId} tooltip={m.userIdHelp} rules={[{ required: true }]}>
            <Input style={{ width: 180 }} autoComplete="off" />
          </Form.Item>
          <Form.Item name="name" label={m.name} rules={[{ required: true }]}>
            <Input style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <GrantFields prefix={['grants', 0]} />
        <Space wrap align="start">
          <Form.Item name="password" label={m.password} extra={m.passwordHelp} rules={[{ required: true }]}>
            <Input.Password style={{ width: 220 }} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={m.confirm}
            dependencies={['password']}
            rules={[{ required: true }, ({ getFieldValue }) => ({ validator: async (_, value) => { if (value !== getFieldValue('password')) throw new Error(m.mismatch); } })]}
          >
            <Input.Password style={{ width: 220 }} autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="reason" label={m.reason}>
            <Input style={{ width: 240 }} />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={provision.isPending}>
          {m.provision}
        </Button>
      </Form>
    </Card>
  );
}

function ResetPassword({ user }: Readonly<{ user: User }>) {
  const m = useMessages(userMessages);
  const c = useMessages(commonMessages);
  const [shown, setShown] = useState(false);
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const errors = useApiErrors(form);
  const { message } = App.useApp();
  const reset = useMutation({
    mutationFn: (values: { password: string }) => ok(api.PUT('/users/{userId}/password', { params: { path: { userId: user.userId } }, body: { password: values.password } })),
    onSuccess: () => {
      errors.clear();
      setShown(false);
      void message.success(m.passwordSet);
    },
    onError: errors.show,
  });
  return (
    <>
      <Button size="small" onClick={() => setShown(true)} data-testid={`reset-${user.userId}`}>
        {m.resetPassword}
      </Button>
      <Modal open={shown} title={m.resetTitle(user.userId)} okText={c.submit} cancelText={c.cancel} onOk={() => form.submit()} onCancel={() => setShown(false)} confirmLoading={reset.isPending} destroyOnHidden>
        {errors.alert}
        <Form form={form} layout="vertical" name={`reset-${user.userId}`} onFinish={(values) => reset.mutate(values)}>
          <Form.Item name="password" label={m.newPassword} extra={m.passwordHelp} rules={[{ required: true }, { min: MIN_PASSWORD, message: m.tooShort }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={m.confirm}
            dependencies={['password']}
            rules={[{ required: true }, ({ getFieldValue }) => ({ validator: async (_, value) => { if (value !== getFieldValue('password')) throw new Error(m.mismatch); } })]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The admin's 用户与权限: every account with its roles and scopes; provision, grant, revoke, disable, reset a password. */
export default function UsersPage() {
  const m = useMessages(userMessages);
  const c = useMessages(commonMessages);
  const s = useMessages(shellMessages);
  const isAdmin = currentSession()?.role === 'admin';
  const client = useQueryClient();
  const { message } = App.useApp();
  const users = useQuery({ queryKey: ['users'], queryFn: () => ok(api.GET('/users')) });
  const grantText = (g: Grant) => `${s[`role.${g.role}`]}${g.unitId === undefined ? '' : ` · ${g.unitId}`}${g.providerId === undefined ? '' : ` · ${g.providerId}`}`;
  const revoke = useMutation({
    mutationFn: ({ userId, grant }: { userId: string; grant: Grant }) => ok(api.DELETE('/users/{userId}/grants', { params: { path: { userId }, header: idempotencyHeader() }, body: grant })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['users'] });
      void message.success(m.done);
    },
    onError: (error) => void message.error(error.message),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{m.title}</Typography.Title>
      {isAdmin && <ProvisionUser />}
      <QueryState query={users} isEmpty={(list) => list.length === 0} emptyText={m.none}>
        {(list) => (
          <Table
            size="small"
            rowKey="userId"
            data-testid="user-list"
            dataSource={[...list].sort((a, b) => a.userId.localeCompare(b.userId))}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            columns={[
              { title: m.userId, dataIndex: 'userId' },
              { title: m.name, dataIndex: 'name' },
              { title: m.status, dataIndex: 'status', render: (st: string) => <Tag color={st === 'active' ? 'green' : 'default'} data-testid="user-status">{st === 'active' ? m['status.active'] : m['status.disabled']}</Tag> },
              {
                title: m.grants,
                key: 'grants',
                render: (_, user) =>
                  user.grants.map((g) => (
                    <Tag key={grantText(g)}>
                      {grantText(g)}
                      {isAdmin && user.status === 'active' && user.grants.length > 1 && (
                        <Popconfirm title={m.revokeTitle(grantText(g))} onConfirm={() => revoke.mutate({ userId: user.userId, grant: g })} okText={c.submit} cancelText={c.cancel}>
                          <a style={{ marginLeft: 4 }}>{m.revoke}</a>
                        </Popconfirm>
                      )}
                    </Tag>
                  )),
              },
              ...(isAdmin
                ? [
                    {
                      title: c.actions,
                      key: 'actions',
                      render: (_: unknown, user: User) =>
                        user.status !== 'active' ? null : (
                          <Space wrap>
                            <ReasonButton<{ reason: string; grant: { role: Grant['role']; unitId?: string; providerId?: string } }>
                              label={m.grant}
                              title={m.grantTitle(user.userId)}
                              testId={`grant-${user.userId}`}
                              reasonRequired={false}
                              extra={<GrantFields prefix={['grant']} />}
                              run={(v) =>
                                ok(api.POST('/users/{userId}/grants', { params: { path: { userId: user.userId }, header: idempotencyHeader() }, body: { ...grantOf(v.grant), ...(v.reason === undefined || v.reason === '' ? {} : { reason: v.reason }) } }))
                              }
                            />
                            <ResetPassword user={user} />
                            {user.userId !== currentSession()?.userId && (
                              <ReasonButton
                                label={m.disable}
                                danger
                                title={m.disableTitle(user.userId)}
                                testId={`disable-${user.userId}`}
                                run={(v) => ok(api.POST('/users/{userId}/disable', { params: { path: { userId: user.userId }, header: idempotencyHeader() }, body: { reason: v.reason } }))}
                              />
                            )}
                          </Space>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}
