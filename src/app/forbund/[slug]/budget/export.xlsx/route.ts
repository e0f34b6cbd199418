import { budgetExportResponse } from '@/server/budget/budget-export-response';
import { exportBudgetXlsx } from '@/server/budget/export-budget-xlsx';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return budgetExportResponse(slug, new URL(request.url), (input, actor) => exportBudgetXlsx(input, actor));
}
