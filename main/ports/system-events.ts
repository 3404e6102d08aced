/** Moments the agenda should refresh: the machine woke up, the session was unlocked, the network came back. */
export type SystemEvent = 'resume' | 'unlock' | 'online';

/** The host's power and network notifications (Electron's powerMonitor; the browser host's page events). */
export interface SystemEvents {
  subscribe(listener: (event: SystemEvent) => void): () => void;
}
