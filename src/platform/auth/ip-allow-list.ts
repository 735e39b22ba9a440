import ipaddr from 'ipaddr.js';

/** Normalises an IP or CIDR entry ("10.0.0.0/8", "2001:db8::/32", "203.0.113.7"); null if invalid. */
export function normalizeCidr(entry: string): string | null {
  try {
    if (entry.includes('/')) {
      const [addr, bits] = ipaddr.parseCIDR(entry);
      return `${addr.toString()}/${bits}`;
    }
    const addr = ipaddr.parse(entry);
    return `${addr.toString()}/${addr.kind() === 'ipv4' ? 32 : 128}`;
  } catch {
    return null;
  }
}

/** True when the list is empty/absent or the address falls in one of its ranges (IPv4-mapped IPv6 handled). */
export function ipAllowed(ip: string, allowList: readonly string[] | null | undefined): boolean {
  if (!allowList || allowList.length === 0) return true;
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.process(ip);
  } catch {
    return false;
  }
  return allowList.some((cidr) => {
    try {
      const [range, bits] = ipaddr.parseCIDR(cidr);
      if (range.kind() !== addr.kind()) return false;
      return addr.match([range, bits] as [typeof addr, number]);
    } catch {
      return false;
    }
  });
}
