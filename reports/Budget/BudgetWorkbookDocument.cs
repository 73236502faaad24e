using ClosedXML.Excel;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Excel;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Queries.Budget;

namespace CorrAnalytics.Reports.Budget;

/// <summary>
/// The budget planning workbook of a year as a document: last-but-one year's actuals, last year's
/// plan and payments to date, a forecast and a draft as live formulas over the Assumptions sheet;
/// totals by formula; actual figures locked, inputs unlocked with validation.
/// </summary>
public static class BudgetWorkbookDocument
{
    public static readonly string[] Groups = ["11x", "12x", "14x", "15x", "16x", "4xx"];

    // Plan sheet columns.
    private const int ColDepartment = 1, ColFacility = 2, ColFacilityName = 3, ColGroup = 4, ColSpecific = 5, ColSpecificName = 6;
    private const int ColActual = 7, ColPlan = 8, ColPlanToDate = 9, ColPaid = 10, ColExecution = 11, ColForecast = 12, ColDraft = 13;

    /// <summary>The workbook, with the value of every formula as computed for the default assumptions in <paramref name="values"/>.</summary>
    public static XLWorkbook Compose(BudgetWorkbookFigures figures, FormulaValues values)
    {
        var (options, lines, months) = (figures.Options, figures.Lines, figures.MonthsElapsed);
        var l = Labels.For(options.Language);
        var workbook = new XLWorkbook();
        var readme = workbook.AddWorksheet(WorkbookWriter.SheetName(l["budget.sheet.readme"]));
        var assumptions = workbook.AddWorksheet(WorkbookWriter.SheetName(l["budget.sheet.assumptions"]));
        var plan = workbook.AddWorksheet(WorkbookWriter.SheetName(l["budget.sheet.plan"]));
        var summary = workbook.AddWorksheet(WorkbookWriter.SheetName(l["budget.sheet.summary"]));

        var computed = lines.Select(BudgetLineFigures.Compute).ToList();
        WriteAssumptions(workbook, assumptions, l, options.Year, months, values);
        var last = WritePlan(plan, lines, computed, l, options.Year, values);
        string[] titleBlock =
        [
            $"{l.Format("budget.title", options.Year)} — {l["budget.sheet.summary"]}",
            l["cover.scope_republic"],
            l["budget.summary.units"],
            Exhibits.SourceLine(l, ExhibitSource.Budget, ReportParts.DataVersionText(l, figures.DataVersion, figures.Zone)),
            l.Format("budget.readme.completeness", months, options.Year - 1, lines.Count),
        ];
        WriteSummary(summary, plan.Name, last, lines, computed, l, options.Year, values, titleBlock);
        WriteReadme(readme, l, figures);

        var title = l.Format("budget.title", options.Year);
        var frame = new WorkbookFrame(title, title, l["org"], options.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ReportParts.DataVersionText(l, figures.DataVersion, figures.Zone), l["page"]);
        frame.Apply(workbook);
        foreach (var sheet in new[] { assumptions, plan, summary, readme })
        {
            frame.Apply(sheet);
            var protection = options.Password is null ? sheet.Protect() : sheet.Protect(options.Password);
            protection.AllowElement(XLSheetProtectionElements.FormatColumns | XLSheetProtectionElements.SelectUnlockedCells | XLSheetProtectionElements.SelectLockedCells);
        }
        plan.SetTabActive();
        return workbook;
    }

    private static void WriteAssumptions(XLWorkbook workbook, IXLWorksheet sheet, Labels l, int year, int months, FormulaValues values)
    {
        WorkbookWriter.SetText(sheet.Cell(1, 1), l.Format("budget.assumptions.title", year));
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 13;
        string[] headers = [l["budget.col.assumption"], l["budget.col.value"], l["budget.col.note"]];
        for (var c = 0; c < headers.Length; c++)
            WorkbookWriter.SetText(sheet.Cell(3, c + 1), headers[c]);
        sheet.Range(3, 1, 3, 3).Style.Font.Bold = true;

        Input(workbook, sheet, 4, "Inflation", l["budget.inflation"], BudgetWorkbookOptions.DefaultInflation, l.Format("budget.inflation.note", year));
        Input(workbook, sheet, 5, "PopulationGrowth", l["budget.population_growth"], BudgetWorkbookOptions.DefaultPopulationGrowth, l["budget.population_growth.note"]);
        WorkbookWriter.SetText(sheet.Cell(6, 1), l["budget.elapsed"]);
        values.Set(sheet.Cell(6, 2), $"={months}/12", months / 12m);
        sheet.Cell(6, 2).Style.NumberFormat.Format = "0.0%";
        WorkbookWriter.SetText(sheet.Cell(6, 3), l.Format("budget.elapsed.note", months, year - 1));
        workbook.NamedRanges.Add("ElapsedShare", sheet.Cell(6, 2).AsRange());

        WorkbookWriter.SetText(sheet.Cell(8, 1), l["budget.col.group"]);
        WorkbookWriter.SetText(sheet.Cell(8, 2), l["budget.col.adjustment"]);
        WorkbookWriter.SetText(sheet.Cell(8, 3), l["budget.col.note"]);
        sheet.Range(8, 1, 8, 3).Style.Font.Bold = true;
        for (var i = 0; i < Groups.Length; i++)
        {
            var row = 9 + i;
            WorkbookWriter.SetText(sheet.Cell(row, 1), Groups[i]);
            var cell = sheet.Cell(row, 2);
            cell.Value = 0m;
            Unlock(cell, percent: true);
            WorkbookWriter.SetText(sheet.Cell(row, 3), l.Format("budget.adjustment.note", Groups[i]));
            workbook.NamedRanges.Add(AdjustmentName(Groups[i]), cell.AsRange());
        }
        sheet.Column(1).Width = 34;
        sheet.Column(2).Width = 12;
        sheet.Column(3).Width = 90;
    }

    private static void Input(XLWorkbook workbook, IXLWorksheet sheet, int row, string name, string label, decimal value, string note)
    {
        WorkbookWriter.SetText(sheet.Cell(row, 1), label);
        var cell = sheet.Cell(row, 2);
        cell.Value = value;
        Unlock(cell, percent: true);
        WorkbookWriter.SetText(sheet.Cell(row, 3), note);
        workbook.NamedRanges.Add(name, cell.AsRange());
    }

    private static void Unlock(IXLCell cell, bool percent)
    {
        cell.Style.Protection.Locked = false;
        cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#FFF4CC");
        if (percent)
            cell.Style.NumberFormat.Format = "0.0%";
        var validation = cell.SetDataValidation();
        validation.Decimal.Between(-0.5, 1.0);
        validation.ErrorTitle = "−50 % … 100 %";
        validation.ErrorMessage = "−0.5 … 1.0";
    }

    /// <summary>Writes one row per facility × specific, grouped by department and facility; returns the last data row.</summary>
    private static int WritePlan(IXLWorksheet sheet, IReadOnlyList<PlanLinesRow> lines, IReadOnlyList<BudgetLineFigures> computed, Labels l, int year, FormulaValues values)
    {
        string[] headers =
        [
            l["budget.col.department"], l["col.code"], l["col.facility"], l["budget.col.group"], l["budget.col.specific"], l["budget.col.specific_name"],
            l.Format("budget.col.actual", year - 2), l.Format("budget.col.plan", year - 1), l.Format("budget.col.plan_to_date", year - 1),
            l.Format("budget.col.paid_to_date", year - 1), l["budget.col.execution"], l.Format("budget.col.forecast", year - 1), l.Format("budget.col.draft", year),
        ];
        for (var c = 0; c < headers.Length; c++)
            WorkbookWriter.SetText(sheet.Cell(1, c + 1), headers[c]);
        var header = sheet.Range(1, 1, 1, headers.Length);
        header.Style.Font.Bold = true;
        header.Style.Alignment.WrapText = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE6EE");

        var row = 2;
        foreach (var (line, figures) in lines.Zip(computed))
        {
            WorkbookWriter.SetText(sheet.Cell(row, ColDepartment), line.DepartmentCode!);
            WorkbookWriter.SetText(sheet.Cell(row, ColFacility), line.FacilityCode!);
            WorkbookWriter.SetText(sheet.Cell(row, ColFacilityName), line.FacilityName!);
            WorkbookWriter.SetText(sheet.Cell(row, ColGroup), line.GroupCode!);
            sheet.Cell(row, ColSpecific).Value = line.Specific!.Value;
            WorkbookWriter.SetText(sheet.Cell(row, ColSpecificName), line.SpecificName!);
            sheet.Cell(row, ColActual).Value = line.Actual!.Value;
            sheet.Cell(row, ColPlan).Value = line.Plan!.Value;
            sheet.Cell(row, ColPlanToDate).Value = line.PlanToDate!.Value;
            sheet.Cell(row, ColPaid).Value = line.PaidToDate!.Value;
            values.Set(sheet.Cell(row, ColExecution), $"=IF(H{row}=0,0,J{row}/H{row})", figures.Execution);
            values.Set(sheet.Cell(row, ColForecast), $"=IF(I{row}=0,J{row},J{row}+(H{row}-I{row})*J{row}/I{row})", figures.Forecast);
            var group = line.GroupCode!;
            var population = BudgetLineFigures.GrowsWithPopulation(group) ? "*(1+PopulationGrowth)" : "";
            values.Set(sheet.Cell(row, ColDraft), $"=ROUND(L{row}*(1+Inflation){population}*(1+{AdjustmentName(group)}),0)", figures.Draft);
            row++;
        }
        var last = row - 1;

        Group(sheet, lines, line => line.FacilityCode);
        Group(sheet, lines, line => line.DepartmentCode);

        var total = last + 1;
        WorkbookWriter.SetText(sheet.Cell(total, ColDepartment), l["col.total"]);
        var sum = BudgetLineFigures.Sum(computed);
        foreach (var c in new[] { ColActual, ColPlan, ColPlanToDate, ColPaid, ColForecast, ColDraft })
            values.Set(sheet.Cell(total, c), $"=SUBTOTAL(9,{Letter(c)}2:{Letter(c)}{last})", Column(sum, c));
        values.Set(sheet.Cell(total, ColExecution), $"=IF(H{total}=0,0,J{total}/H{total})", sum.Plan == 0 ? 0 : sum.Paid / sum.Plan);
        sheet.Row(total).Style.Font.Bold = true;

        sheet.Range(2, ColActual, total, ColPaid).Style.NumberFormat.Format = "#,##0";
        sheet.Range(2, ColForecast, total, ColDraft).Style.NumberFormat.Format = "#,##0";
        sheet.Range(2, ColExecution, total, ColExecution).Style.NumberFormat.Format = "0.0%";
        var execution = sheet.Range(2, ColExecution, last, ColExecution);
        execution.AddConditionalFormat().WhenIsTrue("=K2<ElapsedShare-0.2").Fill.SetBackgroundColor(XLColor.FromHtml("#F4C7C3"));
        execution.AddConditionalFormat().WhenIsTrue("=K2>1").Fill.SetBackgroundColor(XLColor.FromHtml("#FCE8B2"));

        double[] widths = [10, 12, 36, 8, 9, 40, 16, 16, 16, 16, 11, 16, 16];
        for (var c = 0; c < widths.Length; c++)
            sheet.Column(c + 1).Width = widths[c];
        sheet.Row(1).Height = 45;
        sheet.SheetView.FreezeRows(1);
        sheet.SheetView.FreezeColumns(3);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
        return last;
    }

    private static void Group(IXLWorksheet sheet, IReadOnlyList<PlanLinesRow> lines, Func<PlanLinesRow, string?> column)
    {
        var start = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (i < lines.Count && column(lines[i]) == column(lines[start]))
                continue;
            sheet.Rows(start + 2, i + 1).Group(); // grouped again by department, facility rows sit one level deeper
            start = i;
        }
    }

    /// <param name="titleBlock">The lines above the tables (PUBLICATION §9): title, scope, units, source with the data as of, completeness.</param>
    private static void WriteSummary(IXLWorksheet sheet, string planSheet, int last, IReadOnlyList<PlanLinesRow> lines, IReadOnlyList<BudgetLineFigures> computed, Labels l, int year, FormulaValues values,
        IReadOnlyList<string> titleBlock)
    {
        for (var i = 0; i < titleBlock.Count; i++)
            WorkbookWriter.SetText(sheet.Cell(i + 1, 1), titleBlock[i]);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 13;
        var top = titleBlock.Count + 2;
        // The Summary is read, not edited: million tenge (PUBLICATION §11); the cells keep the tenge.
        string[] headers = [l["budget.col.department"], l["budget.col.name"], .. new[] { l.Format("budget.col.actual", year - 2), l.Format("budget.col.plan", year - 1),
            l.Format("budget.col.paid_to_date", year - 1), l.Format("budget.col.forecast", year - 1), l.Format("budget.col.draft", year) }.Select(h => $"{h}, {l["unit.million_tenge"]}")];
        var sources = new[] { ColActual, ColPlan, ColPaid, ColForecast, ColDraft };
        var plan = $"'{planSheet}'";

        // Departments are contiguous blocks of the Plan sheet: a SUBTOTAL over each block.
        var blocks = new List<(string Key, int First, int Last)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var key = lines[i].DepartmentCode!;
            if (blocks.Count > 0 && blocks[^1].Key == key)
                blocks[^1] = blocks[^1] with { Last = i + 2 };
            else
                blocks.Add((key, i + 2, i + 2));
        }
        var departmentNames = lines.GroupBy(line => line.DepartmentCode!).ToDictionary(g => g.Key, g => g.First().DepartmentName ?? "");
        var row = Block(sheet, top, headers, blocks.Select(b => (b.Key, departmentNames[b.Key])).ToList(), sources,
            (r, key, col) => $"=SUBTOTAL(9,{plan}!{col}{blocks[r].First}:{col}{blocks[r].Last})",
            key => BudgetLineFigures.Sum(computed.Where((_, i) => lines[i].DepartmentCode == key)), l, values);

        // Groups are spread over the sheet: SUMIFS on the group column.
        headers[0] = l["budget.col.group"];
        var groupColumn = Letter(ColGroup);
        Block(sheet, row + 2, headers, Groups.Select(g => (g, l["budget.group." + g])).ToList(), sources,
            (_, key, col) => $"=SUMIFS({plan}!{col}$2:{col}${last},{plan}!{groupColumn}$2:{groupColumn}${last},\"{key}\")",
            key => BudgetLineFigures.Sum(computed.Where((_, i) => lines[i].GroupCode == key)), l, values);
        sheet.Column(1).Width = 12;
        sheet.Column(2).Width = Math.Clamp(lines.Select(line => line.DepartmentName?.Length ?? 0).DefaultIfEmpty(0).Max() + 2, 40, 90); // the longest name whole on paper
        for (var c = 3; c <= 7; c++)
            sheet.Column(c).Width = 18;
        sheet.SheetView.FreezeRows(top);
        sheet.PageSetup.SetRowsToRepeatAtTop(top, top);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
    }

    /// <summary>A block of the Summary: a code and its name beside it (PUBLICATION §9), then the figures, then the total.</summary>
    private static int Block(IXLWorksheet sheet, int top, string[] headers, List<(string Code, string Name)> rows, int[] sources, Func<int, string, string, string> formula,
        Func<string, BudgetLineFigures> sumOf, Labels l, FormulaValues values)
    {
        const int first = 3; // the figures start after the code and the name
        var keys = rows.Select(r => r.Code).ToList();
        for (var c = 0; c < headers.Length; c++)
            WorkbookWriter.SetText(sheet.Cell(top, c + 1), headers[c]);
        sheet.Range(top, 1, top, headers.Length).Style.Font.Bold = true;
        sheet.Range(top, 1, top, headers.Length).Style.Alignment.WrapText = true;
        var row = top + 1;
        var sums = keys.Select(sumOf).ToList();
        for (var k = 0; k < keys.Count; k++)
        {
            WorkbookWriter.SetText(sheet.Cell(row, 1), keys[k]);
            WorkbookWriter.SetText(sheet.Cell(row, 2), rows[k].Name);
            for (var i = 0; i < sources.Length; i++)
                values.Set(sheet.Cell(row, i + first), formula(k, keys[k], Letter(sources[i])), Column(sums[k], sources[i]));
            row++;
        }
        WorkbookWriter.SetText(sheet.Cell(row, 1), l["col.total"]);
        for (var i = 0; i < sources.Length; i++) // SUM, not SUBTOTAL: SUBTOTAL skips the SUBTOTALs above it
            values.Set(sheet.Cell(row, i + first), $"=SUM({Letter(i + first)}{top + 1}:{Letter(i + first)}{row - 1})", sums.Sum(s => Column(s, sources[i])));
        sheet.Row(row).Style.Font.Bold = true;
        sheet.Range(top + 1, first, row, sources.Length + first - 1).Style.NumberFormat.Format = WorkbookWriter.FormatCode(ValueKind.Money, "");
        return row;
    }

    private static void WriteReadme(IXLWorksheet sheet, Labels l, BudgetWorkbookFigures figures)
    {
        var (options, months, lines) = (figures.Options, figures.MonthsElapsed, figures.Lines.Count);
        var culture = options.Language.Culture;
        string[] text =
        [
            l.Format("budget.title", options.Year),
            "",
            l["budget.readme.use"],
            l["budget.readme.inputs"],
            l["budget.readme.forecast"],
            l["budget.readme.execution"],
            l["budget.readme.draft"],
            l["budget.readme.colours"],
            l["budget.readme.protection"],
            "",
            ReportParts.DataVersionText(l, figures.DataVersion, figures.Zone),
            l.Format("budget.readme.completeness", months, options.Year - 1, lines),
            $"{l["cover.generated"]}: {ReportTime.Stamp(figures.GeneratedAt, figures.Zone, culture)}",
        ];
        for (var i = 0; i < text.Length; i++)
            WorkbookWriter.SetText(sheet.Cell(i + 1, 1), text[i]);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Column(1).Width = 140;
        sheet.Column(1).Style.Alignment.WrapText = true;
    }

    /// <summary>The named input cell of a group's adjustment: Adj_11x, …, Adj_4xx.</summary>
    public static string AdjustmentName(string group) => "Adj_" + group;

    private static string Letter(int column) => XLHelper.GetColumnLetterFromNumber(column);

    /// <summary>The figure a Plan sheet column shows.</summary>
    private static decimal Column(BudgetLineFigures figures, int column) => column switch
    {
        ColActual => figures.Actual,
        ColPlan => figures.Plan,
        ColPlanToDate => figures.PlanToDate,
        ColPaid => figures.Paid,
        ColExecution => figures.Execution,
        ColForecast => figures.Forecast,
        ColDraft => figures.Draft,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };
}
