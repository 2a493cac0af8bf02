import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * Every GraphQL answer is `cache-control: no-store`, as Apollo's cache-control plugin answered: the
 * schema gives no field a cache hint, so its policy was never cacheable. That plugin is replaced
 * because it wraps every resolver of the schema to collect hints (a `willResolveField` hook per field
 * of every answer: about a tenth of a small request's time); with no plugin asking for that hook,
 * Apollo leaves the resolvers as they are.
 */
export function noStorePlugins(): Plugin[] {
  return [
    // Typed from @apollo/server's ES-module declarations, the driver's from its CommonJS ones: the same object.
    ApolloServerPluginCacheControlDisabled() as Plugin,
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
