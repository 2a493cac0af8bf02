import type { EntityManager } from 'typeorm';

/**
 * The manager with `query` answered once per statement and parameters: metrics of one family share
 * their SQL (notifications and notifications on time, the action totals, training reach and
 * sessions; an OBA series' reach, attendance and DNA), so one request runs each statement once. Only for the
 * life of one request's figures.
 */
export function memoisedQueries(manager: EntityManager): EntityManager {
  const cache = new Map<string, Promise<unknown>>();
  return new Proxy(manager, {
    get(target, prop, receiver) {
      if (prop === 'query') {
        return (sql: string, params?: unknown[]) => {
          const key = `${sql}\u0000${JSON.stringify(params ?? [])}`;
          let hit = cache.get(key);
          if (!hit) {
            hit = target.query(sql, params);
            cache.set(key, hit);
          }
          return hit;
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
