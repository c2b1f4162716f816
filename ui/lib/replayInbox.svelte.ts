/**
 * A game handed to the Replay tab from elsewhere in the app (the classroom monitor opens a
 * table there): the app switches to Replay when one arrives, and Replay takes it.
 */
export const replayInbox = $state<{ doc: unknown; what: string } | { doc: null; what: '' }>({
  doc: null,
  what: '',
});

export function sendToReplay(doc: unknown, what: string): void {
  replayInbox.doc = doc;
  replayInbox.what = what;
}
