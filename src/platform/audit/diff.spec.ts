import { diffObjects } from './diff';

describe('diffObjects', () => {
  it('lists only changed fields, with before and after values', () => {
    expect(diffObjects({ name: 'a', scopes: ['x'], role: 'Viewer' }, { name: 'b', scopes: ['x'], role: 'Viewer' })).toEqual({
      name: { from: 'a', to: 'b' },
    });
  });

  it('treats a created object as changes from null', () => {
    expect(diffObjects(null, { name: 'a' })).toEqual({ name: { from: null, to: 'a' } });
  });

  it('treats a deleted object as changes to null', () => {
    expect(diffObjects({ name: 'a', revokedAt: null }, null)).toEqual({ name: { from: 'a', to: null } });
  });

  it('compares arrays by value and order', () => {
    expect(diffObjects({ s: ['a', 'b'] }, { s: ['b', 'a'] })).toEqual({ s: { from: ['a', 'b'], to: ['b', 'a'] } });
  });
});
