import { Transform, plainToInstance } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toBool = ({ value }: { value: unknown }): unknown =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const toInt = ({ value }: { value: unknown }): unknown =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }): unknown => (value === '' ? undefined : value);

/** Every environment variable the service reads. Validated once, before Nest starts. */
export class EnvVars {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Transform(emptyToUndefined) @IsOptional() @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './data';

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Matches(/^[A-Za-z0-9_:-]{1,64}$/, { message: 'REDIS_PREFIX may hold letters, digits, _ : - (1-64 chars)' })
  REDIS_PREFIX = 'admin-backend';

  @Transform(emptyToUndefined) @IsOptional() @IsString() @MinLength(32, { message: 'API_KEY_PEPPER must be at least 32 characters' })
  API_KEY_PEPPER?: string;

  @Transform(emptyToUndefined) @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(emptyToUndefined) @IsOptional()
  @Matches(/^sk_(live|test)_[0-9a-f]{24}\.[0-9A-Za-z]{43,128}$/, {
    message: 'BOOTSTRAP_SYSTEM_API_KEY must look like sk_live_<24 hex>.<43+ base62 chars>',
  })
  BOOTSTRAP_SYSTEM_API_KEY?: string;

  @Transform(toBool) @IsBoolean()
  WORKERS_IN_PROCESS = true;

  @Transform(toInt) @IsInt() @Min(1) @Max(64)
  QUEUE_CONCURRENCY = 2;

  @Transform(toBool) @IsBoolean()
  MIGRATE_ON_START = true;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  @Transform(toInt) @IsInt() @Min(1024) @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  @Transform(toInt) @IsInt() @Min(2) @Max(256)
  BODY_MAX_DEPTH = 32;

  @Transform(toInt) @IsInt() @Min(100) @Max(3_600_000)
  API_KEY_LAST_USED_FLUSH_MS = 10_000;

  @Transform(toBool) @IsBoolean()
  TRUST_PROXY = false;

  @Transform(toInt) @IsInt() @Min(1) @Max(200)
  DATABASE_POOL_SIZE = 10;
}

export class ConfigError extends Error {}

/** Validates raw variables; the message lists every bad variable at once. */
export function validateEnv(raw: Record<string, string | undefined>): EnvVars {
  const known = Object.keys(new EnvVars());
  const picked: Record<string, string | undefined> = {};
  for (const key of [...known, 'DATABASE_URL', 'API_KEY_PEPPER', 'JWT_SECRET', 'BOOTSTRAP_SYSTEM_API_KEY']) {
    if (raw[key] !== undefined) picked[key] = raw[key];
  }
  const env = plainToInstance(EnvVars, picked, { exposeDefaultValues: true });
  const errors = validateSync(env, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  - ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (env.NODE_ENV === 'production') {
    const missing = (['API_KEY_PEPPER', 'JWT_SECRET', 'DATABASE_URL'] as const).filter((k) => !env[k]);
    if (missing.length > 0) {
      throw new ConfigError(
        `Invalid configuration:\n${missing.map((k) => `  - ${k}: required when NODE_ENV=production`).join('\n')}`,
      );
    }
  }
  return env;
}
