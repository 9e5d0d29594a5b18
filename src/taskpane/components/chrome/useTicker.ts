import { useEffect, useState } from 'react';

/** A number that grows every `ms` while the component is mounted: a dependency that re-reads or re-renders. */
export function useTicker(ms: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const handle = setInterval(() => setTick((n) => n + 1), ms);
    return () => clearInterval(handle);
  }, [ms]);
  return tick;
}
