import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';

/** A webhook URL that may not be called: malformed, or pointing into a blocked address range. */
export class UrlRefusedError extends Error {
  override name = 'UrlRefusedError';
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface BlockedRange {
  range: string;
  kind: string;
}

/** An address as a number: 32 bits for IPv4, 128 for IPv6. */
interface Ip {
  family: 4 | 6;
  value: bigint;
}

interface Cidr extends Ip {
  prefix: number;
  text: string;
}

interface Rule extends Cidr {
  kind: string;
}

const MAX_URL_LENGTH = 2048;

/** Most specific first: the first match names the range in the error. */
const BLOCKED: readonly Rule[] = (
  [
    ['0.0.0.0/8', 'this-network'],
    ['10.0.0.0/8', 'private'],
    ['100.64.0.0/10', 'shared (CGNAT)'],
    ['127.0.0.0/8', 'loopback'],
    ['169.254.0.0/16', 'link-local'],
    ['172.16.0.0/12', 'private'],
    ['192.0.0.0/24', 'IETF protocol assignment'],
    ['192.0.2.0/24', 'documentation'],
    ['192.88.99.0/24', '6to4 relay anycast'],
    ['192.168.0.0/16', 'private'],
    ['198.18.0.0/15', 'benchmarking'],
    ['198.51.100.0/24', 'documentation'],
    ['203.0.113.0/24', 'documentation'],
    ['224.0.0.0/4', 'multicast'],
    ['255.255.255.255/32', 'broadcast'],
    ['240.0.0.0/4', 'reserved'],
    ['::/128', 'unspecified'],
    ['::1/128', 'loopback'],
    // Deprecated IPv4-compatible form (::a.b.c.d); nothing legitimate uses it any more.
    ['::/96', 'IPv4-compatible'],
    ['64:ff9b:1::/48', 'NAT64 local-use'],
    ['100::/64', 'discard-only'],
    ['2001::/23', 'IETF protocol assignment'],
    ['2001:db8::/32', 'documentation'],
    ['3fff::/20', 'documentation'],
    ['fc00::/7', 'unique-local'],
    ['fe80::/10', 'link-local'],
    ['fec0::/10', 'site-local'],
    ['ff00::/8', 'multicast'],
  ] as const
).map(([text, kind]) => ({ ...parseCidr(text), kind }));

const IPV4_MAPPED = parseCidr('::ffff:0:0/96');
const NAT64 = parseCidr('64:ff9b::/96');
const SIX_TO_FOUR = parseCidr('2002::/16');
const GLOBAL_UNICAST = parseCidr('2000::/3');

/**
 * Decides which webhook URLs may be called, so a subscriber cannot make the service reach its
 * own network (SSRF). `allowCidrs` opens blocked ranges again, e.g. 127.0.0.0/8 for local tests.
 */
export class AddressPolicy {
  private readonly allowed: readonly Cidr[];

  constructor(
    allowCidrs: readonly string[],
    private readonly lookup: (hostname: string) => Promise<ResolvedAddress[]> = lookupAll,
  ) {
    this.allowed = allowCidrs.map((text) => canonicalCidr(parseCidr(text)));
  }

  /**
   * The blocked range `address` falls in, or null when it may be reached. IPv4-mapped IPv6 is
   * judged as the IPv4 address it maps. NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses are
   * judged by the IPv4 address they embed, so an IPv6-only host behind DNS64 can still reach
   * public IPv4 receivers. Any other IPv6 address outside global unicast (2000::/3) is blocked.
   */
  blocked(address: string): BlockedRange | null {
    const ip = canonical(parseIp(address));
    if (this.allowed.some((cidr) => contains(cidr, ip))) return null;
    const rule = BLOCKED.find((candidate) => contains(candidate, ip));
    if (rule) return { range: rule.text, kind: rule.kind };
    if (ip.family === 4) return null;
    const embedded = contains(NAT64, ip) ? ip.value & 0xffffffffn : contains(SIX_TO_FOUR, ip) ? (ip.value >> 80n) & 0xffffffffn : undefined;
    if (embedded !== undefined) {
      const inner = this.blocked(formatIpv4(embedded));
      const via = contains(NAT64, ip) ? `NAT64 ${NAT64.text}` : `6to4 ${SIX_TO_FOUR.text}`;
      return inner && { range: `${inner.range} via ${via}`, kind: inner.kind };
    }
    if (!contains(GLOBAL_UNICAST, ip)) return { range: `outside global unicast ${GLOBAL_UNICAST.text}`, kind: 'reserved' };
    return null;
  }

  /**
   * The syntax check when a subscription is made: an absolute http: or https: URL of at most
   * 2048 characters, with a host and no credentials; a host that is an IP literal (after WHATWG
   * canonicalisation, so 2130706433 and 0177.0.0.1 are 127.0.0.1) must not be blocked.
   * Hostnames pass: they are resolved and checked at every delivery.
   * @throws UrlRefusedError
   */
  checkUrl(url: string): URL {
    if (url.length > MAX_URL_LENGTH) throw new UrlRefusedError(`url is longer than ${MAX_URL_LENGTH} characters`);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new UrlRefusedError(`url ${JSON.stringify(url)} is not an absolute URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new UrlRefusedError(`url scheme ${parsed.protocol} is not allowed; use http: or https:`);
    }
    // Never echo the URL here: it carries a password.
    if (parsed.username !== '' || parsed.password !== '') throw new UrlRefusedError('url must not carry a username or password');
    if (parsed.hostname === '') throw new UrlRefusedError(`url ${JSON.stringify(url)} has no host`);
    const host = bareHost(parsed);
    if (isIP(host)) {
      const range = this.blocked(host);
      if (range) throw new UrlRefusedError(`url host ${parsed.hostname} is ${describe(range)}; WEBHOOK_ALLOW_CIDRS can allow it`);
    }
    return parsed;
  }

  /**
   * The addresses to connect to for one delivery, resolved now because DNS answers change.
   * Refuses when any address is blocked, so a name cannot mix a public and a private answer.
   * Resolver failures (ENOTFOUND, EAI_AGAIN) are rethrown as they are: they may be transient.
   * @throws UrlRefusedError
   */
  async resolve(url: URL): Promise<ResolvedAddress[]> {
    const host = bareHost(url);
    const family = isIP(host);
    if (family === 4 || family === 6) {
      const range = this.blocked(host);
      if (range) throw new UrlRefusedError(`url host ${url.hostname} is ${describe(range)}; WEBHOOK_ALLOW_CIDRS can allow it`);
      return [{ address: host, family }];
    }
    const addresses = await this.lookup(host);
    if (addresses.length === 0) throw new UrlRefusedError(`url host ${host} resolves to no address`);
    this.refuseBlocked(host, addresses);
    return addresses;
  }

  /**
   * At subscription time: `checkUrl`, then the addresses a hostname resolves to now. A name that
   * does not resolve (yet) passes: every delivery resolves and checks it again.
   * @throws UrlRefusedError
   */
  async checkSubscriptionUrl(raw: string): Promise<URL> {
    const url = this.checkUrl(raw);
    const host = bareHost(url);
    if (isIP(host) !== 0) return url; // an IP literal: checkUrl has checked it
    const addresses = await this.lookup(host).catch(() => []);
    this.refuseBlocked(host, addresses);
    return url;
  }

  private refuseBlocked(host: string, addresses: readonly ResolvedAddress[]): void {
    for (const { address } of addresses) {
      const range = this.blocked(address);
      if (range) throw new UrlRefusedError(`url host ${host} resolves to ${address}, ${describe(range)}; WEBHOOK_ALLOW_CIDRS can allow it`);
    }
  }
}

async function lookupAll(hostname: string): Promise<ResolvedAddress[]> {
  const addresses = await dns.lookup(hostname, { all: true, verbatim: true });
  return addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}

/** WHATWG keeps the brackets around an IPv6 hostname; node:net wants them off. */
function bareHost(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

function describe({ range, kind }: BlockedRange): string {
  return `${/^(?:[aeio]|un(?!i))/i.test(kind) ? 'an' : 'a'} ${kind} address (${range})`;
}

function contains(cidr: Cidr, ip: Ip): boolean {
  if (cidr.family !== ip.family) return false;
  const shift = BigInt((ip.family === 4 ? 32 : 128) - cidr.prefix);
  return ip.value >> shift === cidr.value >> shift;
}

function canonical(ip: Ip): Ip {
  return contains(IPV4_MAPPED, ip) ? { family: 4, value: ip.value & 0xffffffffn } : ip;
}

function parseCidr(text: string): Cidr {
  const [address, prefix] = text.split('/');
  const ip = parseIp(address);
  const bits = ip.family === 4 ? 32 : 128;
  return { ...ip, prefix: prefix === undefined ? bits : Number(prefix), text };
}

/** An allowed ::ffff:a.b.c.d/n is the IPv4 range it maps, since addresses are compared canonically. */
function canonicalCidr(cidr: Cidr): Cidr {
  return cidr.family === 6 && cidr.prefix >= 96 && contains(IPV4_MAPPED, cidr) ? { ...canonical(cidr), prefix: cidr.prefix - 96, text: cidr.text } : cidr;
}

function parseIp(text: string): Ip {
  const family = isIP(text);
  if (family === 4) return { family, value: parseIpv4(text) };
  if (family === 6) return { family, value: parseIpv6(text) };
  throw new UrlRefusedError(`${JSON.stringify(text)} is not an IP address`);
}

function parseIpv4(text: string): bigint {
  return text.split('.').reduce((value, octet) => (value << 8n) | BigInt(Number(octet)), 0n);
}

/** Expects text that node:net's isIP accepts as IPv6. */
function parseIpv6(text: string): bigint {
  let address = text.split('%')[0];
  const lastColon = address.lastIndexOf(':');
  if (address.includes('.', lastColon)) {
    const ipv4 = parseIpv4(address.slice(lastColon + 1));
    address = `${address.slice(0, lastColon + 1)}${(ipv4 >> 16n).toString(16)}:${(ipv4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = address.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const all =
    tail === undefined ? groups(head) : [...groups(head), ...Array<string>(8 - groups(head).length - groups(tail).length).fill('0'), ...groups(tail)];
  return all.reduce((value, group) => (value << 16n) | BigInt(parseInt(group, 16)), 0n);
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}
