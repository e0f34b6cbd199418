import type { BudgetCategory, BudgetLineType } from '@/domain/budget/types';
import { messages } from '@/i18n/catalog';

export const CATEGORIES_BY_TYPE: Record<BudgetLineType, readonly BudgetCategory[]> = {
  INCOME: ['MEMBER_CONTRIBUTION', 'OTHER_INCOME', 'EQUITY'],
  COST: ['STRUCTURAL', 'INTERVENTION', 'NEW_ACTIVITIES', 'RESERVE', 'ADMINISTRATION'],
};

/** `<option>`s of a group select; with a type only that type's categories (a line keeps its type). */
export function CategoryOptions({ type }: { type?: BudgetLineType }) {
  const t = messages();
  const types: BudgetLineType[] = type ? [type] : ['INCOME', 'COST'];
  return (
    <>
      {types.map((lineType) => (
        <optgroup
          key={lineType}
          label={lineType === 'INCOME' ? t.budgetEditor.incomeGroups : t.budgetEditor.costGroups}
        >
          {CATEGORIES_BY_TYPE[lineType].map((category) => (
            <option key={category} value={category}>
              {t.areas.budgetCategory[category]}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
