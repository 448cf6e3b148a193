import type { CodegenConfig } from '@graphql-codegen/cli'

/**
 * Types every operation in src/api/*.graphql against the API contract.
 * The output is committed so that a build needs no code generation step.
 */
const config: CodegenConfig = {
  schema: '../api-schema/schema.graphql',
  documents: ['src/api/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/api/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'graphql',
      },
      config: {
        documentMode: 'string',
        enumType: 'const',
        useTypeImports: true,
        strictScalars: true,
        // dates and times travel as ISO-8601 strings; big numbers as strings so no precision is lost
        scalars: { ID: 'string', Date: 'string', DateTime: 'string', BigDecimal: 'string', BigInteger: 'string' },
        namingConvention: { enumValues: 'keep' },
        skipTypename: true,
        avoidOptionals: false,
      },
    },
  },
}

export default config
