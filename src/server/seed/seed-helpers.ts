import type { Prisma } from '@/generated/prisma/client';
import { termStartOf } from '@/domain/board/term-dates';
import type { BudgetCategory, BudgetLineType, Role, SeatKind } from '@/generated/prisma/enums';

export type Tx = Prisma.TransactionClient;

/** A budget row as the plan prints it: one amount per column year; null = empty cell, 0 = "- kr". */
export interface SeedBudgetRow {
  name: string;
  type: BudgetLineType;
  category: BudgetCategory;
  amounts: (number | null)[];
  outsideTotal?: boolean;
  note?: string;
  memberId?: string;
  interventionId?: string;
}

/** Years up to the plan year are budgets; later years are prognoses. */
export async function createBudgetLines(
  tx: Tx,
  planId: string,
  planYear: number,
  years: number[],
  rows: SeedBudgetRow[],
) {
  for (const [order, row] of rows.entries()) {
    const amounts = years.flatMap((year, index) => {
      const amount = row.amounts[index];
      if (amount === null || amount === undefined) return [];
      return [{ year, kind: year <= planYear ? ('BUDGET' as const) : ('PROGNOSIS' as const), amount: String(amount) }];
    });
    await tx.budgetLine.create({
      data: {
        planId,
        order,
        name: row.name,
        type: row.type,
        category: row.category,
        outsideTotal: row.outsideTotal ?? false,
        note: row.note ?? '',
        memberId: row.memberId,
        interventionId: row.interventionId,
        amounts: { create: amounts },
      },
    });
  }
}

export interface SeedPerson {
  email: string;
  name: string;
}

export async function upsertPerson(tx: Tx, person: SeedPerson, passwordHash: string): Promise<string> {
  const row = await tx.person.upsert({
    where: { email: person.email },
    update: {},
    create: { email: person.email, name: person.name, passwordHash },
  });
  return row.id;
}

export async function assignRole(tx: Tx, associationId: string, personId: string, role: Role, memberId?: string) {
  await tx.roleAssignment.create({ data: { associationId, personId, role, memberId } });
}

export interface SeedSeat {
  personId: string;
  kind: SeatKind;
  /** The member the seat belongs to, or the group that holds it jointly. */
  memberId: string | string[];
  deputyOrder?: number;
}

export async function createSeats(tx: Tx, associationId: string, firstDay: Date, seats: SeedSeat[]) {
  // A term starts at the first instant of its first Swedish day (ADR 032).
  const periodStart = termStartOf(firstDay.toISOString().slice(0, 10));
  for (const seat of seats) {
    await tx.boardSeat.create({
      data: {
        associationId,
        personId: seat.personId,
        kind: seat.kind,
        appointedBy: { create: [seat.memberId].flat().map((memberId) => ({ memberId })) },
        deputyOrder: seat.deputyOrder,
        periodStart,
      },
    });
  }
}

export async function createPriceBaseAmounts(tx: Tx, associationId: string) {
  // Prisbasbelopp as set by the government (SCB).
  const amounts: Record<number, number> = {
    2021: 47600,
    2022: 48300,
    2023: 52500,
    2024: 57300,
    2025: 58800,
    2026: 59200,
  };
  await tx.priceBaseAmount.createMany({
    data: Object.entries(amounts).map(([year, amount]) => ({
      associationId,
      year: Number(year),
      amount: String(amount),
    })),
  });
}

export function date(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}
