import { describe, expect, it } from '@jest/globals';
import { chunkUrl, isChunkLoadError, mayReload, RELOAD_GUARD_MS, reloadOnce } from './chunk-reload';

/** sessionStorage as a Map. */
function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('reloading once when a page chunk is missing', () => {
  it("knows each browser's words for a failed dynamic import, and finds the chunk's address", () => {
    const chromium = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:3201/assets/actions-feature-Bx12.js');
    expect(isChunkLoadError(chromium)).toBe(true);
    expect(chunkUrl(chromium)).toBe('http://127.0.0.1:3201/assets/actions-feature-Bx12.js');
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: https://x.example/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(chunkUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/oba-Df3.css'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Failed to fetch'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });

  it('reloads the first time, not again within a minute, and again after it', () => {
    const storage = memoryStorage();
    let reloads = 0;
    const reload = () => void reloads++;
    const t0 = 1_800_000_000_000;
    expect(reloadOnce(storage, t0, reload)).toBe(true);
    expect(reloadOnce(storage, t0 + 5_000, reload)).toBe(false);
    expect(reloadOnce(storage, t0 + RELOAD_GUARD_MS + 1, reload)).toBe(true);
    expect(reloads).toBe(2);
  });

  it('does not reload when it cannot record the reload, so it cannot loop', () => {
    let reloads = 0;
    const refusing = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(reloadOnce(refusing, 1, () => void reloads++)).toBe(false);
    expect(reloads).toBe(0);
  });

  it('treats a missing or unreadable record, or a clock set back, as no recent reload', () => {
    expect(mayReload(null, 10)).toBe(true);
    expect(mayReload('garbage', 10)).toBe(true);
    expect(mayReload('1000', 1000 + RELOAD_GUARD_MS)).toBe(false);
    expect(mayReload('5000', 1000)).toBe(true);
  });
});
