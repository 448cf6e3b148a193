import { createGraphQLClient, type GraphQLClient, type GraphQLClientOptions } from './client'

export { ApiError, type ApiErrorCode } from './client'

let client: GraphQLClient | undefined

/** Called once at start-up, when the session exists. */
export function configureApi(options: Omit<GraphQLClientOptions, 'endpoint'>): void {
  client = createGraphQLClient({ endpoint: '/graphql', ...options })
}

/** The application's GraphQL client. */
export function api(): GraphQLClient {
  if (!client) throw new Error('configureApi() has not been called')
  return client
}
