import { budgetExportResponse } from '@/server/budget/budget-export-response';
import { exportBudgetCsv } from '@/server/budget/export-budget-csv';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return budgetExportResponse(slug, new URL(request.url), (input, actor) => exportBudgetCsv(input, actor));
}
