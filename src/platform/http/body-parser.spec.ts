import { ApiError } from 'src/platform/errors/api-error';
import { checkJsonValue } from './body-parser';

const nest = (depth: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
};

const codeOf = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (err) {
    return (err as ApiError).code;
  }
};

describe('checkJsonValue', () => {
  it('accepts values up to the depth limit', () => {
    expect(codeOf(() => checkJsonValue(nest(31), 32))).toBeUndefined();
  });

  it('refuses deeper values without recursion (5,000 levels)', () => {
    expect(codeOf(() => checkJsonValue(nest(33), 32))).toBe('body_too_deep');
    expect(codeOf(() => checkJsonValue(nest(5000), 32))).toBe('body_too_deep');
  });

  it('refuses NUL characters in values and keys, naming the field', () => {
    let err: ApiError | undefined;
    try {
      checkJsonValue({ items: [{ name: 'a\u0000b' }] }, 32);
    } catch (e) {
      err = e as ApiError;
    }
    expect(err?.code).toBe('validation_failed');
    expect(err?.details[0]?.field).toBe('items[0].name');
    expect(codeOf(() => checkJsonValue({ 'a\u0000': 1 }, 32))).toBe('validation_failed');
  });
});
