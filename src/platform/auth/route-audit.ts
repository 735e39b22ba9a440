import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLE_KEY, SCOPE_KEY } from './decorators';

/** Refuses to boot if any route handler declares none of @RequireScope, @RequireRole or @Public. */
@Injectable()
export class RouteAudit implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const offenders = undeclaredRoutes(this.discovery, this.scanner, this.reflector);
    if (offenders.length > 0) {
      throw new Error(`Routes without @RequireScope, @RequireRole or @Public: ${offenders.join(', ')}`);
    }
  }
}

export function undeclaredRoutes(discovery: DiscoveryService, scanner: MetadataScanner, reflector: Reflector): string[] {
  const offenders: string[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const proto = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = (proto as Record<string, unknown>)[name] as object;
      if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
      const declared = [PUBLIC_KEY, ROLE_KEY, SCOPE_KEY].some(
        (key) => reflector.getAllAndOverride(key, [handler as () => void, metatype]) !== undefined,
      );
      if (!declared) offenders.push(`${metatype.name}.${name}`);
    }
  }
  return offenders;
}
