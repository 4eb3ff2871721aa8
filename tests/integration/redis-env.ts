import { execFileSync, spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/cli.js';

export type RedisLookup = { url: string; ownDir?: string } | { skip: string };

/**
 * The Redis from the environment (.ci/run exports NEWSKG_TEST_REDIS_URL from
 * scripts/redis/start.sh); failing that, one this test starts itself when redis-server is
 * installed; failing that, a reason to skip (an error when NEWSKG_REQUIRE_REDIS is set).
 */
export function findTestRedis(): RedisLookup {
  const url = process.env['NEWSKG_TEST_REDIS_URL'];
  if (url) return { url };
  if (spawnSync('sh', ['-c', 'command -v redis-server && command -v redis-cli']).status !== 0) {
    return {
      skip: 'no NEWSKG_TEST_REDIS_URL in the environment and no redis-server on PATH (apt-get install redis-server, or run .ci/run)',
    };
  }
  // a port of its own, so a server started by hand on the default is left alone
  const env = { ...process.env, REDIS_PORT: process.env['REDIS_PORT'] ?? '16391' };
  const exports = execFileSync('bash', [`${ROOT}scripts/redis/start.sh`], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const vars = Object.fromEntries([...exports.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!]));
  if (!vars['NEWSKG_TEST_REDIS_URL'] || !vars['REDIS_DIR'])
    throw new Error('scripts/redis/start.sh did not print NEWSKG_TEST_REDIS_URL and REDIS_DIR');
  return { url: vars['NEWSKG_TEST_REDIS_URL'], ownDir: vars['REDIS_DIR'] };
}

export function stopOwnRedis(lookup: RedisLookup): void {
  if ('ownDir' in lookup && lookup.ownDir) execFileSync('bash', [`${ROOT}scripts/redis/stop.sh`, lookup.ownDir], { stdio: 'inherit' });
}
