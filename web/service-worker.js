// The game's offline copy. Installed from a secure page (https, or localhost), it keeps every file
// of one build in one cache and answers the game's requests from it, so a tablet plays with no
// network. scripts/web_finish.py fills in the build's version (a hash of its files) and the file
// list: a new build is a new worker, whose cache replaces the old one when it activates.
'use strict';
const VERSION = '@AR_BUILD_VERSION@';
const FILES = @AR_BUILD_FILES@;
const PREFIX = 'antirumour-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'no-cache': revalidate with the server, so an old copy in the HTTP cache never mixes builds.
    await cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' })));
    // The page downloads everything when it starts, so the new build can take over at once.
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys())
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The page itself, at the folder's address or as index.html, with any ?lang= or ?seed=.
  const scope = new URL(self.registration.scope).pathname;
  const isPage = request.mode === 'navigate' &&
    (url.pathname === scope || url.pathname === scope + 'index.html');
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(isPage ? 'index.html' : request, { ignoreSearch: true });
    return hit || fetch(request);
  })());
});
