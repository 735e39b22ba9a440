import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { BEARER } from 'src/platform/auth/decorators';
import { ErrorResponseDto } from 'src/platform/errors/error-response.dto';

type Operation = { security?: unknown[]; parameters?: unknown[] };

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Admin API')
    .setDescription(
      'Management API — checkouts, transactions, invoices, clients, sites, providers, and organization settings.\n\n' +
        'Authenticate with `Authorization: Bearer sk_live_<keyId>.<secret>` (or `sk_test_…`). Every endpoint ' +
        'enforces both a role (`x-required-role`) and a scope (`x-required-scope`). Errors share one schema (`ErrorResponseDto`).',
    )
    .setVersion('1.0.0')
    .addServer('/', 'This host')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key (sk_live_… / sk_test_…) or dashboard access token' }, BEARER)
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponseDto] });
  for (const path of Object.values(document.paths)) {
    const post = (path as Record<string, Operation | undefined>).post;
    if (post?.security?.length) {
      post.parameters = [
        ...(post.parameters ?? []),
        {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'Repeat a POST safely: same key + same body replays the first response for 24 h; a different body is 409.',
          schema: { type: 'string', maxLength: 255 },
        },
      ];
    }
  }
  return document;
}

export function setupSwagger(app: INestApplication): OpenAPIObject {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/v1/docs', app, document, {
    jsonDocumentUrl: 'api/v1/docs-json',
    yamlDocumentUrl: 'api/v1/docs-yaml',
    customSiteTitle: 'Admin API',
  });
  return document;
}
