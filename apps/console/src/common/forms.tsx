import { Alert, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiFailure } from '../api/client';

/** 'targets.mid-year' or 'grants[0].unitId' → the antd field name ['targets', 'mid-year'] / ['grants', 0, 'unitId']. */
export const fieldName = (path: string): (string | number)[] =>
  path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Shows an API refusal where it belongs: each detail whose path names a field of the form next to
 * that field, the rest (and the message) above the form. Returns the element to render above the form.
 */
export const useApiErrors = (form: FormInstance | undefined) => {
  const [general, setGeneral] = useState<readonly string[]>([]);
  const show = (error: unknown): void => {
    if (!(error instanceof ApiFailure)) {
      setGeneral([error instanceof Error ? error.message : String(error)]);
      return;
    }
    const known = form === undefined ? [] : error.fieldDetails.filter((d) => form.getFieldInstance(fieldName(d.path)) !== undefined || isRegistered(form, d.path));
    form?.setFields(known.map((d) => ({ name: fieldName(d.path), errors: [d.message] })));
    // The API's messages name their field already (字段 unitId：…); add the path only where one does not.
    const rest = error.fieldDetails.filter((d) => !known.includes(d) && d.message !== error.message).map((d) => (d.path === '' || d.message.includes(d.path) ? d.message : `${d.path}: ${d.message}`));
    setGeneral(known.length > 0 && rest.length === 0 ? [] : [error.message, ...rest.filter((line) => line !== error.message)]);
  };
  const clear = (): void => setGeneral([]);
  const alert =
    general.length === 0 ? null : (
      <Alert
        type="error"
        showIcon
        role="alert"
        style={{ marginBottom: 16 }}
        title={general[0]}
        description={general.length > 1 ? <ul style={{ margin: 0, paddingLeft: 20 }}>{general.slice(1).map((line) => <li key={line}>{line}</li>)}</ul> : undefined}
      />
    );
  return { show, clear, alert };
};

const isRegistered = (form: FormInstance, path: string): boolean => {
  try {
    return form.isFieldTouched(fieldName(path)) || form.getFieldValue(fieldName(path)) !== undefined;
  } catch {
    return false;
  }
};
