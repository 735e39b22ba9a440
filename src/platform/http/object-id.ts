export const OBJECT_ID_RE = /^[0-9a-fA-F]{24}$/;

export const isObjectId = (value: unknown): value is string => typeof value === 'string' && OBJECT_ID_RE.test(value);
