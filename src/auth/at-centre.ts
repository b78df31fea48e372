import { BlockList, isIP } from 'node:net';
import type { AppContext } from '../app-env';
import { clientAddress } from './client-address';

const lists = new WeakMap<string[], BlockList>();

function centreList(networks: string[]): BlockList {
  let list = lists.get(networks);
  if (!list) {
    list = new BlockList();
    for (const entry of networks) {
      const [address = '', prefix] = entry.split('/');
      const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (prefix === undefined) list.addAddress(address, family);
      else list.addSubnet(address, Number(prefix), family);
    }
    lists.set(networks, list);
  }
  return list;
}

/**
 * Whether this request comes from the centre's own network (CENTRE_NETWORKS), which is what
 * lets a worker see and take centre-only work.
 */
export function isAtCentre(c: AppContext): boolean {
  const networks = c.var.deps.config.centreNetworks;
  if (networks.length === 0) return false;
  const address = clientAddress(c);
  const family = isIP(address);
  if (family === 0) return false;
  return centreList(networks).check(address, family === 6 ? 'ipv6' : 'ipv4');
}
