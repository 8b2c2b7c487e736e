import { AddressPolicy, UrlRefusedError, type ResolvedAddress } from './address-policy.js';

const lookupReturning =
  (...addresses: string[]) =>
  async (): Promise<ResolvedAddress[]> =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe(AddressPolicy.name, () => {
  const policy = new AddressPolicy([]);

  describe('checkUrl', () => {
    it.each([
      ['http://127.0.0.1/hook', 'url host 127.0.0.1 is a loopback address (127.0.0.0/8); WEBHOOK_ALLOW_CIDRS can allow it'],
      ['http://10.0.0.1/', 'url host 10.0.0.1 is a private address (10.0.0.0/8)'],
      ['http://169.254.169.254/latest/meta-data/', 'url host 169.254.169.254 is a link-local address (169.254.0.0/16)'],
      ['http://[::1]:8080/', 'url host [::1] is a loopback address (::1/128)'],
      ['http://[::ffff:127.0.0.1]/', 'url host [::ffff:7f00:1] is a loopback address (127.0.0.0/8)'],
      ['http://0.0.0.0/', 'url host 0.0.0.0 is a this-network address (0.0.0.0/8)'],
      ['http://2130706433/', 'url host 127.0.0.1 is a loopback address'],
      ['http://0177.0.0.1/', 'url host 127.0.0.1 is a loopback address'],
      ['http://0x7f000001/', 'url host 127.0.0.1 is a loopback address'],
      ['http://127.1/', 'url host 127.0.0.1 is a loopback address'],
      ['http://127.0.0.1./', 'url host 127.0.0.1 is a loopback address'],
      ['http://100.64.0.1/', 'url host 100.64.0.1 is a shared (CGNAT) address (100.64.0.0/10)'],
      ['http://172.31.255.255/', 'url host 172.31.255.255 is a private address (172.16.0.0/12)'],
      ['http://192.168.1.1/', 'url host 192.168.1.1 is a private address (192.168.0.0/16)'],
      ['http://[fe80::1]/', 'url host [fe80::1] is a link-local address (fe80::/10)'],
      ['http://[fd00::1]/', 'url host [fd00::1] is a unique-local address (fc00::/7)'],
      ['http://224.0.0.1/', 'url host 224.0.0.1 is a multicast address (224.0.0.0/4)'],
      ['http://255.255.255.255/', 'url host 255.255.255.255 is a broadcast address (255.255.255.255/32)'],
      ['http://198.18.0.1/', 'url host 198.18.0.1 is a benchmarking address (198.18.0.0/15)'],
      ['http://[::]/', 'url host [::] is an unspecified address (::/128)'],
      ['http://[::127.0.0.1]/', 'url host [::7f00:1] is an IPv4-compatible address (::/96)'],
      ['http://[2001:db8::1]/', 'url host [2001:db8::1] is a documentation address (2001:db8::/32)'],
      ['http://[2001:0:4136:e378::1]/', 'url host [2001:0:4136:e378::1] is an IETF protocol assignment address (2001::/23)'],
      ['http://[64:ff9b::a9fe:a9fe]/', 'url host [64:ff9b::a9fe:a9fe] is a link-local address (169.254.0.0/16 via NAT64 64:ff9b::/96)'],
      ['http://[2002:7f00:1::]/', 'url host [2002:7f00:1::] is a loopback address (127.0.0.0/8 via 6to4 2002::/16)'],
      ['http://[5f00::1]/', 'url host [5f00::1] is a reserved address (outside global unicast 2000::/3)'],
    ])('refuses %s', (url, message) => {
      expect(() => policy.checkUrl(url)).toThrow(UrlRefusedError);
      expect(() => policy.checkUrl(url)).toThrow(message);
    });

    it.each(['http://93.184.216.34/hook', 'https://[2606:4700::1111]/', 'http://[64:ff9b::5db8:d822]/', 'https://example.com:8443/a?b=c'])(
      'accepts %s',
      (url) => {
        expect(policy.checkUrl(url)).toBeInstanceOf(URL);
      },
    );

    it('accepts a hostname without resolving it, since resolution happens at each delivery', () => {
      const never = new AddressPolicy([], () => Promise.reject(new Error('resolved too early')));
      expect(never.checkUrl('http://localhost:3000/').hostname).toBe('localhost');
    });

    it.each([
      ['ftp://example.com/', 'url scheme ftp: is not allowed; use http: or https:'],
      ['javascript:alert(1)', 'url scheme javascript: is not allowed'],
      ['file:///etc/passwd', 'url scheme file: is not allowed'],
      ['/relative/path', 'url "/relative/path" is not an absolute URL'],
      ['http://user:pass@example.com/', 'url must not carry a username or password'],
      ['http://user@example.com/', 'url must not carry a username or password'],
    ])('refuses %s', (url, message) => {
      expect(() => policy.checkUrl(url)).toThrow(UrlRefusedError);
      expect(() => policy.checkUrl(url)).toThrow(message);
    });

    it('takes at most 2048 characters', () => {
      const url = (length: number) => `https://example.com/${'a'.repeat(length - 'https://example.com/'.length)}`;
      expect(policy.checkUrl(url(2048)).href).toHaveLength(2048);
      expect(() => policy.checkUrl(url(2049))).toThrow(new UrlRefusedError('url is longer than 2048 characters'));
    });

    it('does not echo a password', () => {
      expect(() => policy.checkUrl('http://user:s3cret@example.com/')).not.toThrow(/s3cret/);
    });
  });

  describe('resolve', () => {
    it('returns the addresses a public name resolves to', async () => {
      const named = new AddressPolicy([], lookupReturning('93.184.216.34', '2606:2800:220:1::1'));
      await expect(named.resolve(new URL('https://example.com/'))).resolves.toEqual([
        { address: '93.184.216.34', family: 4 },
        { address: '2606:2800:220:1::1', family: 6 },
      ]);
    });

    it('refuses a name when any of its addresses is blocked', async () => {
      const mixed = new AddressPolicy([], lookupReturning('93.184.216.34', '10.0.0.1'));
      await expect(mixed.resolve(new URL('https://example.com/'))).rejects.toThrow(
        new UrlRefusedError('url host example.com resolves to 10.0.0.1, a private address (10.0.0.0/8); WEBHOOK_ALLOW_CIDRS can allow it'),
      );
    });

    it('refuses a name that resolves to nothing', async () => {
      const empty = new AddressPolicy([], lookupReturning());
      await expect(empty.resolve(new URL('https://example.com/'))).rejects.toThrow(new UrlRefusedError('url host example.com resolves to no address'));
    });

    it('refuses localhost as resolved by the system resolver', async () => {
      await expect(policy.resolve(new URL('http://localhost:3000/'))).rejects.toThrow(/^url host localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    });

    it('takes an IP literal as its own address, without a lookup', async () => {
      const never = new AddressPolicy([], () => Promise.reject(new Error('looked up')));
      await expect(never.resolve(new URL('http://[2606:4700::1111]/'))).resolves.toEqual([{ address: '2606:4700::1111', family: 6 }]);
      await expect(never.resolve(new URL('http://10.0.0.1/'))).rejects.toThrow(UrlRefusedError);
    });

    it('passes resolver failures through as they are', async () => {
      const failing = new AddressPolicy([], () => Promise.reject(Object.assign(new Error('getaddrinfo EAI_AGAIN example.com'), { code: 'EAI_AGAIN' })));
      await expect(failing.resolve(new URL('http://example.com/'))).rejects.toThrow('getaddrinfo EAI_AGAIN example.com');
    });
  });

  describe('allowCidrs', () => {
    it('opens 127.0.0.0/8, also through IPv4-mapped IPv6, but nothing else', async () => {
      const local = new AddressPolicy(['127.0.0.0/8']);
      expect(local.checkUrl('http://127.0.0.1:8080/').port).toBe('8080');
      expect(local.checkUrl('http://[::ffff:127.0.0.1]/').hostname).toBe('[::ffff:7f00:1]');
      expect(() => local.checkUrl('http://10.0.0.1/')).toThrow(UrlRefusedError);
      expect(() => local.checkUrl('http://[::1]/')).toThrow(UrlRefusedError);
      await expect(local.resolve(new URL('http://localhost/'))).resolves.toContainEqual({ address: '127.0.0.1', family: 4 });
    });

    it('opens ::1', () => {
      expect(new AddressPolicy(['::1']).checkUrl('http://[::1]/').hostname).toBe('[::1]');
    });

    it('opens a single address within a blocked range', () => {
      const one = new AddressPolicy(['10.1.2.3/32']);
      expect(one.blocked('10.1.2.3')).toBeNull();
      expect(one.blocked('10.1.2.4')).toEqual({ range: '10.0.0.0/8', kind: 'private' });
    });

    it('opens an IPv4 range written in IPv4-mapped form', () => {
      expect(new AddressPolicy(['::ffff:10.0.0.0/104']).blocked('10.200.0.1')).toBeNull();
    });
  });

  describe('blocked', () => {
    it.each([
      ['::ffff:7f00:1', { range: '127.0.0.0/8', kind: 'loopback' }],
      ['fe80::1%eth0', { range: 'fe80::/10', kind: 'link-local' }],
      ['fec0::1', { range: 'fec0::/10', kind: 'site-local' }],
      ['ff02::1', { range: 'ff00::/8', kind: 'multicast' }],
      ['100::1', { range: '100::/64', kind: 'discard-only' }],
      ['3fff:1::1', { range: '3fff::/20', kind: 'documentation' }],
      ['192.0.0.8', { range: '192.0.0.0/24', kind: 'IETF protocol assignment' }],
      ['192.88.99.1', { range: '192.88.99.0/24', kind: '6to4 relay anycast' }],
      ['240.0.0.1', { range: '240.0.0.0/4', kind: 'reserved' }],
      ['64:ff9b::10.0.0.1', { range: '10.0.0.0/8 via NAT64 64:ff9b::/96', kind: 'private' }],
      ['64:ff9b:1::1', { range: '64:ff9b:1::/48', kind: 'NAT64 local-use' }],
    ])('puts %s in a blocked range', (address, range) => {
      expect(policy.blocked(address)).toEqual(range);
    });

    it.each(['1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8', '2002:808:808::1'])('lets %s through', (address) => {
      expect(policy.blocked(address)).toBeNull();
    });
  });

  describe('checkSubscriptionUrl', () => {
    it('refuses a hostname that resolves now to a blocked address', async () => {
      const mixed = new AddressPolicy([], lookupReturning('93.184.216.34', '10.0.0.1'));
      await expect(mixed.checkSubscriptionUrl('https://hooks.example.com/x')).rejects.toThrow(/resolves to 10\.0\.0\.1, a private address/);
    });

    it('accepts a hostname that does not resolve yet (every delivery resolves it again), and refuses blocked IP literals without resolving', async () => {
      const unresolved = new AddressPolicy([], () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })));
      expect((await unresolved.checkSubscriptionUrl('https://not-yet.example.com/x')).hostname).toBe('not-yet.example.com');
      await expect(unresolved.checkSubscriptionUrl('http://127.0.0.1/x')).rejects.toThrow(/loopback/);
    });
  });
});
