export interface HttpResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as-is (for malformed-body tests). */
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
}

/** Real HTTP against the running app. */
export class Http {
  constructor(readonly baseUrl: string) {}

  async request<T = any>(method: string, path: string, o: RequestOptions = {}): Promise<HttpResponse<T>> {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    let body: string | Buffer | undefined;
    if (o.rawBody !== undefined) body = o.rawBody;
    else if (o.body !== undefined) body = JSON.stringify(o.body);
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['content-type'] = 'application/json';
    }
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  }

  get<T = any>(path: string, o?: RequestOptions) {
    return this.request<T>('GET', path, o);
  }
  post<T = any>(path: string, o?: RequestOptions) {
    return this.request<T>('POST', path, o);
  }
  put<T = any>(path: string, o?: RequestOptions) {
    return this.request<T>('PUT', path, o);
  }
  delete<T = any>(path: string, o?: RequestOptions) {
    return this.request<T>('DELETE', path, o);
  }
}

/** Every error body has the documented shape. */
export function expectErrorShape(res: HttpResponse, status: number, code?: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code: code ?? res.body?.code });
  expect(res.body).toMatchObject({ statusCode: status, error: expect.any(String), code: expect.any(String), message: expect.any(String), requestId: expect.any(String) });
  expect(Object.keys(res.body).every((k) => ['statusCode', 'error', 'code', 'message', 'details', 'requestId'].includes(k))).toBe(true);
}
