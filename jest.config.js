// Unit tests (libs/, src/) and e2e tests (test/e2e, real HTTP on real PostgreSQL + Redis), 2 workers.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
// content-disposition (via @fastify/static, for Swagger UI) ships ESM only; Node 20 can require() it, Jest cannot.
const esmDeps = ['content-disposition'];
const common = {
  transform: {
    '^.+\\.ts$': swc,
    [`node_modules/(${esmDeps.join('|')})/.+\\.js$`]: ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmDeps.join('|')})/)`],
  moduleNameMapper: { '^src/(.*)$': '<rootDir>/src/$1', '^libs/(.*)$': '<rootDir>/libs/$1' },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  maxWorkers: 2,
  testTimeout: 30000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
    },
  ],
};
