import { useEffect, useState } from 'react';
import { browserNetwork, type NetworkStatus } from '../../hooks/useAutoSync';

/** Whether the browser says it is online, followed as it changes (tests pass their own network). */
export function useOnline(network: NetworkStatus = browserNetwork): boolean {
  const [online, setOnline] = useState(() => network.isOnline());
  useEffect(() => {
    setOnline(network.isOnline());
    return network.subscribe(setOnline);
  }, [network]);
  return online;
}
