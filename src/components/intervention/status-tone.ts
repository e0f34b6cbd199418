import type { BadgeTone } from '@/components/ui/status-badge';

export const INTERVENTION_STATUS_TONE: Record<'PROPOSED' | 'DECIDED' | 'RUNNING' | 'ENDED', BadgeTone> = {
  PROPOSED: 'info',
  DECIDED: 'info',
  RUNNING: 'active',
  ENDED: 'neutral',
};
