import { Select } from 'antd';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/i18n';
import { shellMessages } from '../shell/messages';
import { storeCycleId, storedCycleId } from './cycle-choice';
import { useCycleList } from './cycles-query';

type CycleState = Readonly<{ cycleId: string | undefined; setCycleId: (cycleId: string) => void }>;
const CycleContext = createContext<CycleState>({ cycleId: undefined, setCycleId: () => undefined });

/** The cycle every page works in, chosen at the top and remembered on this computer. */
export function CycleProvider({ children }: Readonly<{ children: ReactNode }>) {
  const [cycleId, setState] = useState<string | undefined>(storedCycleId);
  const value = useMemo<CycleState>(
    () => ({
      cycleId,
      setCycleId: (next) => {
        storeCycleId(next);
        setState(next);
      },
    }),
    [cycleId],
  );
  return <CycleContext.Provider value={value}>{children}</CycleContext.Provider>;
}

export const useCycle = (): CycleState => useContext(CycleContext);

export function CyclePicker() {
  const m = useMessages(shellMessages);
  const { cycleId, setCycleId } = useCycle();
  const cycles = useCycleList();
  const options = (cycles.data ?? []).map((cycle) => ({ value: cycle.cycleId, label: `${cycle.name}` }));
  return (
    <Select
      aria-label={m.pickCycle}
      data-testid="cycle-picker"
      style={{ minWidth: 200, maxWidth: '100%' }}
      placeholder={m.pickCycle}
      value={options.some((o) => o.value === cycleId) ? cycleId : undefined}
      options={options}
      loading={cycles.isPending}
      onChange={setCycleId}
      // Opened, it asks for the list again: a cycle a colleague created since this page loaded shows
      // without a reload (the list shown meanwhile stays as it was).
      onOpenChange={(open) => {
        if (open) void cycles.refetch();
      }}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
