import { Button, Card, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiFailure, api, ok } from '../api/client';
import { useApiErrors } from '../common/forms';
import { useLang, useMessages } from '../i18n/i18n';
import { shellMessages } from '../shell/messages';
import { signInMessages } from './messages';
import { signIn, type Role } from './session';

type Values = { userId: string; password: string; role?: Role };

/** The roles a refusal with role-choice-required lists (its details name each role the user holds). */
const offeredRoles = (error: ApiFailure): Role[] =>
  error.fieldDetails.flatMap((d) => {
    // Each detail names one grant held, its role id first ('字段 grants[0]：unit-reporter（单位 …）', 'unit-reporter, unit …').
    const found = /(?:^|[^\w-])(admin|office|committee|leader|unit-reporter|data-provider|inspector|complaint-handler|survey-office|auditor)(?![\w-])/.exec(d.message);
    return found?.[1] === undefined ? [] : [found[1] as Role];
  });

export function SignInPage() {
  const m = useMessages(signInMessages);
  const shell = useMessages(shellMessages);
  const { lang, setLang } = useLang();
  const [form] = Form.useForm<Values>();
  const errors = useApiErrors(form);
  const [roles, setRoles] = useState<readonly Role[]>([]);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();

  const submit = async (values: Values) => {
    setBusy(true);
    errors.clear();
    try {
      const grant = await ok(api.POST('/auth/login', { body: { userId: values.userId, password: values.password, ...(values.role === undefined ? {} : { role: values.role }) } }));
      signIn({ ...grant, userId: values.userId });
      navigate('/', { replace: true });
    } catch (error) {
      if (error instanceof ApiFailure && error.body.code === 'role-choice-required') {
        setRoles([...new Set(offeredRoles(error))]);
      } else {
        errors.show(error);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f0eb', padding: 16 }}>
      <Card style={{ width: 380, maxWidth: '100%' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {m.title}
          </Typography.Title>
          <Button type="link" size="small" onClick={() => setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')}>
            {shell.language}
          </Button>
        </div>
        <Typography.Paragraph type="secondary">{m.subtitle}</Typography.Paragraph>
        {errors.alert}
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          <Form.Item name="userId" label={m.userId} rules={[{ required: true, message: m.userIdRequired }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={m.password} rules={[{ required: true, message: m.passwordRequired }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {roles.length > 0 && (
            <Form.Item name="role" label={m.role} extra={m.chooseRole} rules={[{ required: true, message: m.chooseRole }]}>
              <Select options={roles.map((role) => ({ value: role, label: shell[`role.${role}`] }))} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={busy}>
            {m.signIn}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
