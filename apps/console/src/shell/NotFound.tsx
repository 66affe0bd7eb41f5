import { Result } from 'antd';
import { Link } from 'react-router-dom';
import { useMessages } from '../i18n/i18n';
import { shellMessages } from './messages';

/** A path no page of this role answers (loaded only when it happens). */
export default function NotFound() {
  const m = useMessages(shellMessages);
  return <Result status="404" title={m.notFound} extra={<Link to="/">{m.backHome}</Link>} />;
}
