import { eventTypes } from '../../store/queries/event-types.js';
import { overview } from '../../store/queries/overview.js';
import type { ApiContext } from '../context.js';
import type { Routes } from '../route.js';

/** The profile's vocabularies, so the UI is driven by data rather than hard-coded sides and issues. */
export function registerMeta(routes: Routes, ctx: ApiContext): void {
  routes.get('/api/meta', { tag: 'overview', summary: 'Profile (sides, issues), vocabularies and store facts' }, async () => {
    return {
      profile: { id: ctx.profile.id, name: ctx.profile.name, description: ctx.profile.description ?? null },
      sides: [...ctx.profile.sides.map((s) => ({ id: s.id, name: s.name })), { id: 'other', name: 'Other' }],
      issues: ctx.profile.issues.map((i) => ({ id: i.id, name: i.name })),
      stances: ['demand', 'propose', 'accept', 'reject'],
      statuses: ['agreed', 'close', 'disputed', 'deferred'],
      eventTypes: await eventTypes(ctx.db),
      engine: ctx.store.engine,
      writes: ctx.writeToken !== undefined,
    };
  });
  routes.get('/api/overview', { tag: 'overview', summary: 'Counts of everything stored and the latest changes' }, () => overview(ctx.db));
}
