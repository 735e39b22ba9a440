import { Module } from '@nestjs/common';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';
import { LastUsedTracker } from './last-used.tracker';
import { OrganizationApiKeysController } from './organization-api-keys.controller';
import { SystemApiKeysController } from './system-api-keys.controller';

@Module({
  controllers: [OrganizationApiKeysController, SystemApiKeysController],
  providers: [ApiKeysService, ApiKeysRepository, LastUsedTracker],
  exports: [ApiKeysService],
})
export class ApiKeysModule {}
