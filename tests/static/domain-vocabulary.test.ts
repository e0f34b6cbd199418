import { describe, expectTypeOf, it } from 'vitest';
import type { AgendaItemKind, MatterStatus, PayeeKind, SubstituteReason } from '@/generated/prisma/enums';
import type {
  PayeeKind as DomainPayeeKind,
  SubstituteReason as DomainSubstituteReason,
} from '@/domain/attest/who-may-attest';
import type { AgendaItemKind as DomainAgendaItemKind } from '@/domain/meeting/agenda';
import type { MatterStatus as DomainMatterStatus } from '@/domain/matter/matter-status';

/**
 * src/domain imports nothing from Prisma (eslint.config.mjs), so it declares the enum unions it reasons
 * about itself. These checks (run by `tsc`, the typecheck of `npm run check`) keep them equal to the schema's.
 */
describe('the domain declares the same vocabulary as prisma/schema.prisma', () => {
  it('matter statuses', () => {
    expectTypeOf<DomainMatterStatus>().toEqualTypeOf<MatterStatus>();
  });
  it('agenda item kinds', () => {
    expectTypeOf<DomainAgendaItemKind>().toEqualTypeOf<AgendaItemKind>();
  });
  it('payee kinds and substitute reasons', () => {
    expectTypeOf<DomainPayeeKind>().toEqualTypeOf<PayeeKind>();
    expectTypeOf<DomainSubstituteReason>().toEqualTypeOf<SubstituteReason>();
  });
});
