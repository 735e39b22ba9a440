import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from 'src/platform/config/config';
import { connectDatabase, runMigrations } from './connect';
import { DB, DB_HANDLE, DbHandle } from './db';

@Global()
@Module({
  providers: [
    {
      provide: DB_HANDLE,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<DbHandle> => {
        const handle = await connectDatabase(config.database);
        // PGlite allows one opener per directory, so migrations run on the very handle the app uses.
        if (config.database.migrateOnStart) await runMigrations(handle, config.migrationsDir);
        return handle;
      },
    },
    { provide: DB, inject: [DB_HANDLE], useFactory: (h: DbHandle) => h.db },
  ],
  exports: [DB, DB_HANDLE],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DB_HANDLE) private readonly handle: DbHandle) {}

  async onApplicationShutdown(): Promise<void> {
    await this.handle.close();
  }
}
