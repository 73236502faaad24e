using CorrAnalytics.TestSupport;
using ClosedXML.Excel;
using CorrAnalytics.Reports.Budget;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.Reports.Translations;

namespace CorrAnalytics.Reports.Tests.Budget;

/// <summary>
/// The 2027 planning workbook on the hand-made warehouse (plan and payments of 2026 for one
/// facility, January–October paid), reopened and its formulas evaluated by ClosedXML.
/// </summary>
public class BudgetWorkbookTests
{
    // Worked out by hand from HandMadeWarehouse, with inflation 8.5 % and population growth 2 %.
    private static readonly Dictionary<int, (decimal Plan, decimal PlanToDate, decimal Paid, decimal Forecast, decimal Draft)> Lines = new()
    {
        [111] = (24_000_000, 20_000_000, 20_000_000, 24_000_000, 26_040_000),            // 24,000,000 × 1.085
        [141] = (12_000_000, 10_000_000, 8_950_000, 10_740_000, 11_885_958),             // 8,950,000 + 2,000,000 × 0.895; × 1.085 × 1.02
        [414] = (500_000, 500_000, 400_000, 400_000, 434_000),
    };

    private static (XLWorkbook Workbook, string Path) Write(HandMadeWarehouse warehouse, string? password = null)
    {
        var output = new BudgetWorkbookWriter(warehouse.Session, TestClock.Running())
            .Write(new BudgetWorkbookOptions(2027, ReportLanguage.English, password), Path.Combine(warehouse.DataDir, "out"));
        return (new XLWorkbook(output.Files.Single()), output.Files.Single());
    }

    private static Dictionary<int, IXLRow> PlanRows(XLWorkbook workbook) =>
        SheetTable.Rows(workbook.Worksheet("Plan")).Where(r => r.Cell(5).DataType == XLDataType.Number).ToDictionary(r => r.Cell(5).GetValue<int>());

    private static int TotalRow(IXLWorksheet sheet) => SheetTable.Rows(sheet).Single(r => r.Cell(1).GetString() == "Total").RowNumber();

    [Fact]
    public void Forecast_and_draft_formulas_compute_the_figures_worked_out_by_hand()
    {
        using var warehouse = new HandMadeWarehouse();
        var (workbook, _) = Write(warehouse);
        using (workbook)
        {
            var rows = PlanRows(workbook);
            foreach (var (specific, expected) in Lines)
            {
                var row = rows[specific];
                Assert.Equal((double)expected.Plan, row.Cell(8).GetDouble());
                Assert.Equal((double)expected.PlanToDate, row.Cell(9).GetDouble());
                Assert.Equal((double)expected.Paid, row.Cell(10).GetDouble());
                Assert.True(row.Cell(12).HasFormula && row.Cell(13).HasFormula);
                Assert.Equal((double)expected.Forecast, row.Cell(12).GetDouble(), 3);
                Assert.Equal((double)expected.Draft, row.Cell(13).GetDouble(), 3);
            }
            var summary = workbook.Worksheet("Summary");
            Assert.Equal("Budget planning workbook for 2027 — Summary", summary.Cell(1, 1).GetString()); // its title block
            Assert.StartsWith("Source: the accounting system", summary.Cell(4, 1).GetString());
            Assert.Equal((7, 7), (summary.SheetView.SplitRow, summary.PageSetup.FirstRowToRepeatAtTop));
            Assert.Equal("Department", summary.Cell(7, 1).GetString());
            var supplies = summary.RowsUsed().Single(r => r.Cell(1).GetString() == "14x");
            Assert.Equal((double)Lines[141].Draft, supplies.Cell(7).GetDouble(), 3);
            Assert.Equal("Purchase of goods", supplies.Cell(2).GetString()); // names beside codes
            var department = summary.RowsUsed().Single(r => r.Cell(1).GetString() == "D-11");
            Assert.Equal("Penitentiary Department of Akmola Region", department.Cell(2).GetString());
            Assert.Equal((double)Lines.Values.Sum(v => v.Draft), department.Cell(7).GetDouble(), 3);
            var totals = summary.RowsUsed().Where(r => r.Cell(1).GetString() == "Total").ToList();
            Assert.Equal(2, totals.Count); // by department and by group
            Assert.All(totals, t => Assert.Equal((double)Lines.Values.Sum(v => v.Draft), t.Cell(7).GetDouble(), 3));
            Assert.DoesNotContain(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => c.HasFormula && c.Value is string s && s.StartsWith('#'));
        }
    }

    [Fact]
    public void Every_formula_cell_carries_its_value_for_readers_that_do_not_calculate()
    {
        using var warehouse = new HandMadeWarehouse();
        var (workbook, path) = Write(warehouse);
        var cached = CachedValues(path);
        using (workbook)
        {
            var formulas = workbook.Worksheets.SelectMany(s => s.CellsUsed(c => c.HasFormula)).Select(c => $"{c.Worksheet.Name}!{c.Address}").ToList();
            Assert.NotEmpty(formulas);
            Assert.Equal(formulas.Order(), cached.Keys.Order());

            var rows = PlanRows(workbook);
            foreach (var (specific, expected) in Lines)
            {
                var row = rows[specific].RowNumber();
                Assert.Equal((double)(expected.Paid / expected.Plan), cached[$"Plan!K{row}"], 9);
                Assert.Equal((double)expected.Forecast, cached[$"Plan!L{row}"], 3);
                Assert.Equal((double)expected.Draft, cached[$"Plan!M{row}"], 3);
            }
            var total = TotalRow(workbook.Worksheet("Plan"));
            var (plan, paid) = (Lines.Values.Sum(v => v.Plan), Lines.Values.Sum(v => v.Paid));
            Assert.Equal((double)plan, cached[$"Plan!H{total}"], 3);
            Assert.Equal((double)(paid / plan), cached[$"Plan!K{total}"], 9);
            Assert.Equal((double)Lines.Values.Sum(v => v.Draft), cached[$"Plan!M{total}"], 3);
            Assert.Equal(10 / 12.0, cached[$"Assumptions!{workbook.NamedRange("ElapsedShare").Ranges.Single().FirstCell().Address}"], 9); // January–October paid

            var summary = workbook.Worksheet("Summary");
            var supplies = summary.RowsUsed().Single(r => r.Cell(1).GetString() == "14x").RowNumber();
            Assert.Equal((double)Lines[141].Draft, cached[$"Summary!G{supplies}"], 3);
            foreach (var totals in summary.RowsUsed().Where(r => r.Cell(1).GetString() == "Total"))
                Assert.Equal((double)Lines.Values.Sum(v => v.Forecast), cached[$"Summary!F{totals.RowNumber()}"], 3);
        }
    }

    /// <summary>The cached value of every formula cell, read from the file's XML as a program that does not calculate reads it.</summary>
    private static Dictionary<string, double> CachedValues(string path)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, isEditable: false);
        var part = document.WorkbookPart!;
        var values = new Dictionary<string, double>();
        foreach (var sheet in part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
            foreach (var cell in ((DocumentFormat.OpenXml.Packaging.WorksheetPart)part.GetPartById(sheet.Id!.Value!)).Worksheet
                         .Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Where(c => c.CellFormula is not null))
                values[$"{sheet.Name}!{cell.CellReference}"] = double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    [Fact]
    public void Its_execution_column_is_named_apart_from_the_monthly_reports_and_defined_in_the_readme()
    {
        using var warehouse = new HandMadeWarehouse();
        var (workbook, _) = Write(warehouse);
        using (workbook)
        {
            var header = SheetTable.Header(workbook.Worksheet("Plan")).Cell(11).GetString();
            var readme = string.Join("\n", workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()));
            var monthly = Labels.For(ReportLanguage.English)["col.execution"];

            Assert.NotEqual(monthly, header);
            Assert.Contains(header + " = paid to date ÷ the plan for the whole year", readme);
            Assert.Contains(monthly, readme);
        }
    }

    [Fact]
    public void Changing_an_assumption_changes_the_draft()
    {
        using var warehouse = new HandMadeWarehouse();
        var (workbook, _) = Write(warehouse);
        using (workbook)
        {
            workbook.NamedRange("Inflation").Ranges.Single().FirstCell().Value = 0.1;
            workbook.NamedRange("Adj_11x").Ranges.Single().FirstCell().Value = 0.05;
            Assert.Equal(24_000_000 * 1.1 * 1.05, PlanRows(workbook)[111].Cell(13).GetDouble(), 3);
        }
    }

    [Fact]
    public void Inputs_are_named_validated_and_unlocked_while_actuals_are_locked_and_sheets_protected()
    {
        using var warehouse = new HandMadeWarehouse();
        var (workbook, _) = Write(warehouse, password: "secret");
        using (workbook)
        {
            string[] names = ["Inflation", "PopulationGrowth", "ElapsedShare", .. BudgetWorkbookDocument.Groups.Select(BudgetWorkbookDocument.AdjustmentName)];
            Assert.All(names, n => Assert.NotNull(workbook.NamedRange(n)));
            var inflation = workbook.NamedRange("Inflation").Ranges.Single().FirstCell();
            Assert.False(inflation.Style.Protection.Locked);
            Assert.True(inflation.HasDataValidation);
            Assert.True(PlanRows(workbook)[111].Cell(10).Style.Protection.Locked);
            Assert.All(workbook.Worksheets, s => Assert.True(s.IsProtected));
            var plan = workbook.Worksheet("Plan");
            Assert.Equal(2, plan.ConditionalFormats.Count());
            Assert.Equal(7, plan.SheetView.SplitRow);
            Assert.Equal(XLPageOrientation.Landscape, plan.PageSetup.PageOrientation);
        }
    }

    [Fact]
    public void The_plan_has_a_subtotal_after_each_facility_and_department_and_the_total_counts_each_line_once()
    {
        using var warehouse = new HandMadeWarehouse();
        var (workbook, path) = Write(warehouse);
        var cached = CachedValues(path);
        using (workbook)
        {
            var plan = workbook.Worksheet("Plan");
            var rows = SheetTable.Rows(plan);
            var lines = PlanRows(workbook).Values.Select(r => r.RowNumber()).Order().ToList();
            var facility = rows.Single(r => r.Cell(3).GetString() == "Facility total");
            var department = rows.Single(r => r.Cell(3).GetString() == "Department total");
            var total = TotalRow(plan);
            var (plan2026, draft) = ((double)Lines.Values.Sum(v => v.Plan), (double)Lines.Values.Sum(v => v.Draft));

            Assert.Equal([lines[^1] + 1, lines[^1] + 2, lines[^1] + 3], new[] { facility.RowNumber(), department.RowNumber(), total });
            Assert.Equal(("D-11", "А-1"), (facility.Cell(1).GetString(), facility.Cell(2).GetString()));
            foreach (var row in new[] { facility.RowNumber(), department.RowNumber(), total })
            {
                Assert.Equal(plan2026, cached[$"Plan!H{row}"], 3);
                Assert.Equal(draft, cached[$"Plan!M{row}"], 3);
                Assert.StartsWith("SUBTOTAL(9,", plan.Cell(row, 8).FormulaA1);
            }
            Assert.Equal((2, 1, 0), (plan.Row(lines[0]).OutlineLevel, facility.OutlineLevel, department.OutlineLevel));
            Assert.Equal(SheetTable.HeaderRow(plan), plan.AutoFilter.Range.FirstRow().RowNumber());
            Assert.Equal(department.RowNumber(), plan.AutoFilter.Range.LastRow().RowNumber()); // the total stays under the filter

            var summary = workbook.Worksheet("Summary");
            var d11 = summary.RowsUsed().Single(r => r.Cell(1).GetString() == "D-11");
            Assert.Equal($"'Plan'!H{department.RowNumber()}", d11.Cell(4).FormulaA1);
        }
    }

    [Fact]
    public void It_opens_on_the_readme_and_every_sheet_below_it_opens_with_a_title_block()
    {
        using var warehouse = new HandMadeWarehouse();
        var (workbook, _) = Write(warehouse);
        using (workbook)
        {
            Assert.Equal(["Readme", "Summary", "Plan", "Assumptions"], workbook.Worksheets.Select(s => s.Name));
            Assert.True(workbook.Worksheet("Readme").TabActive);
            foreach (var sheet in workbook.Worksheets.Skip(1))
            {
                var lines = Enumerable.Range(1, 5).Select(r => sheet.Cell(r, 1).GetString()).ToList();
                Assert.Equal($"Budget planning workbook for 2027 — {sheet.Name}", lines[0]);
                Assert.Equal("Republic of Kazakhstan", lines[1]);
                Assert.StartsWith("Units: ", lines[2]);
                Assert.Matches("^Source: the accounting system.*Data as of ", lines[3]);
                Assert.StartsWith("Completeness of the data: 10 months of 2026", lines[4]);
                Assert.Equal((7, 7), (sheet.PageSetup.FirstRowToRepeatAtTop, sheet.SheetView.SplitRow));
            }
            Assert.Equal("11x Wages", workbook.Worksheet("Assumptions").Cell(workbook.NamedRange("Adj_11x").Ranges.Single().FirstCell().Address.RowNumber, 1).GetString());
        }
    }

    [Fact]
    public void A_year_without_plan_or_payments_is_a_clear_error()
    {
        using var warehouse = new HandMadeWarehouse();
        var error = Assert.Throws<ReportDataException>(() =>
            new BudgetWorkbookWriter(warehouse.Session, TestClock.Running()).Write(new BudgetWorkbookOptions(2030, ReportLanguage.English), Path.Combine(warehouse.DataDir, "out")));
        Assert.Contains("2029", error.Message);
    }
}
