import type { EventRecord } from '../../core/records.js';
import type { PlaceIndex } from './places.js';

/**
 * A trip and the meeting it was for share a day: "following their visit to Moscow" is dated by "On December
 * 2, Putin received Witkoff and Kushner at the Kremlin". An undated visit or meeting borrows the date of the
 * other when their places nest and they share a participant (the date is then inferred).
 */
export function dateTrips(events: readonly EventRecord[], places: PlaceIndex): EventRecord[] {
  const nests = (a: string | null, b: string | null) => !!a && !!b && (places.within(a, b) || places.within(b, a));
  return events.map((e) => {
    if (e.date || (e.type !== 'visit' && e.type !== 'meeting')) return e;
    const other = e.type === 'visit' ? 'meeting' : 'visit';
    const dated = events.find(
      (o) => o.type === other && o.date && nests(o.place, e.place) && o.participantKeys.some((k) => e.participantKeys.includes(k)),
    );
    return dated ? { ...e, date: dated.date, precision: dated.precision, dateBasis: 'inferred' as const } : e;
  });
}
