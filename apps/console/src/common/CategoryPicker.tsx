import { Select } from 'antd';
import { useEffect } from 'react';
import { useLang } from '../i18n/i18n';
import { useScheme } from './cycles-query';
import { labelText } from './label';

/** Picks one of the scheme's categories (the first by default). */
export function CategoryPicker({
  cycleId,
  value,
  onChange,
  testId = 'category-picker',
}: Readonly<{ cycleId: string; value: string | undefined; onChange: (categoryId: string) => void; testId?: string }>) {
  const { lang } = useLang();
  const scheme = useScheme(cycleId);
  const categories = scheme.data?.outline?.categories ?? [];
  const first = categories[0]?.id;
  useEffect(() => {
    if (value === undefined && first !== undefined) onChange(first);
  }, [value, first, onChange]);
  return (
    <Select
      data-testid={testId}
      style={{ minWidth: 200 }}
      loading={scheme.isPending}
      value={value}
      onChange={onChange}
      options={categories.map((category) => ({ value: category.id, label: labelText(category.label, lang, category.id) }))}
    />
  );
}
