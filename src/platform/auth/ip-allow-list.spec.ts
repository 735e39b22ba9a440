import { ipAllowed, normalizeCidr } from './ip-allow-list';

describe('ipAllowed', () => {
  it.each([
    ['203.0.113.7', ['203.0.113.0/24'], true],
    ['203.0.114.7', ['203.0.113.0/24'], false],
    ['10.1.2.3', ['10.0.0.0/8', '192.168.0.0/16'], true],
    ['::ffff:10.1.2.3', ['10.0.0.0/8'], true],
    ['2001:db8::1', ['2001:db8::/32'], true],
    ['2001:db9::1', ['2001:db8::/32'], false],
    ['127.0.0.1', ['::1/128'], false],
    ['::1', ['::1/128'], true],
    ['127.0.0.1', [], true],
    ['127.0.0.1', null, true],
    ['not-an-ip', ['0.0.0.0/0'], false],
  ])('%s in %j → %s', (ip, list, expected) => {
    expect(ipAllowed(ip, list)).toBe(expected);
  });
});

describe('normalizeCidr', () => {
  it.each([
    ['10.0.0.0/8', '10.0.0.0/8'],
    ['203.0.113.7', '203.0.113.7/32'],
    ['2001:DB8::/32', '2001:db8::/32'],
    ['::1', '::1/128'],
    ['10.0.0.0/33', null],
    ['banana', null],
    ['1.2.3.4/-1', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCidr(input)).toBe(expected);
  });
});
