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
        // The order a reader meets them (PUBLICATION §11): what the workbook is, the totals, the detail, the inputs.
        var readme = workbook.AddWorksheet(WorkbookWriter.SheetName(l["budget.sheet.readme"]));
        var summary = workbook.AddWorksheet(WorkbookWriter.SheetName(l["budget.sheet.summary"]));
        var plan = workbook.AddWorksheet(WorkbookWriter.SheetName(l["budget.sheet.plan"]));
        var assumptions = workbook.AddWorksheet(WorkbookWriter.SheetName(l["budget.sheet.assumptions"]));

        var computed = lines.Select(BudgetLineFigures.Compute).ToList();
        WriteAssumptions(workbook, assumptions, l, options.Year, months, values, TitleBlock(l, figures, "budget.sheet.assumptions", "budget.assumptions.units"));
        var rows = WritePlan(plan, lines, computed, l, options.Year, values, TitleBlock(l, figures, "budget.sheet.plan", "budget.plan.units"));
        WriteSummary(summary, plan.Name, rows, lines, computed, l, options.Year, values, TitleBlock(l, figures, "budget.sheet.summary", "budget.summary.units"));
        WriteReadme(readme, l, figures);

        var title = l.Format("budget.title", options.Year);
        var frame = new WorkbookFrame(title, title, l["org"], options.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ReportParts.DataVersionText(l, figures.DataVersion, figures.Zone), l["page"]);
        frame.Apply(workbook);
        foreach (var sheet in new[] { readme, summary, plan, assumptions })
        {
            frame.Apply(sheet);
            var protection = options.Password is null ? sheet.Protect() : sheet.Protect(options.Password);
            protection.AllowElement(XLSheetProtectionElements.FormatColumns | XLSheetProtectionElements.AutoFilter | XLSheetProtectionElements.SelectUnlockedCells | XLSheetProtectionElements.SelectLockedCells);
        }
        readme.SetTabActive();
        return workbook;
    }

    /// <summary>The lines above a sheet's table (PUBLICATION §9): title and sheet, scope, units, source with the data as of, completeness.</summary>
    private static string[] TitleBlock(Labels l, BudgetWorkbookFigures figures, string sheet, string units) =>
    [
        $"{l.Format("budget.title", figures.Options.Year)} — {l[sheet]}",
        l["cover.scope_republic"],
        l[units],
        Exhibits.SourceLine(l, ExhibitSource.Budget, ReportParts.DataVersionText(l, figures.DataVersion, figures.Zone)),
        l.Format("budget.readme.completeness", figures.MonthsElapsed, figures.Options.Year - 1, figures.Lines.Count),
    ];

    private static void WriteAssumptions(XLWorkbook workbook, IXLWorksheet sheet, Labels l, int year, int months, FormulaValues values, IReadOnlyList<string> titleBlock)
    {
        WorkbookWriter.WriteTitleBlock(sheet, titleBlock);
        var top = titleBlock.Count + 2;
        string[] headers = [l["budget.col.assumption"], l["budget.col.value"], l["budget.col.note"]];
        for (var c = 0; c < headers.Length; c++)
            WorkbookWriter.SetText(sheet.Cell(top, c + 1), headers[c]);
        sheet.Range(top, 1, top, 3).Style.Font.Bold = true;

        Input(workbook, sheet, top + 1, "Inflation", l["budget.inflation"], BudgetWorkbookOptions.DefaultInflation, l.Format("budget.inflation.note", year));
        Input(workbook, sheet, top + 2, "PopulationGrowth", l["budget.population_growth"], BudgetWorkbookOptions.DefaultPopulationGrowth, l["budget.population_growth.note"]);
        var elapsed = sheet.Cell(top + 3, 2);
        WorkbookWriter.SetText(sheet.Cell(top + 3, 1), l["budget.elapsed"]);
        values.Set(elapsed, $"={months}/12", months / 12m);
        elapsed.Style.NumberFormat.Format = "0.0%";
        WorkbookWriter.SetText(sheet.Cell(top + 3, 3), l.Format("budget.elapsed.note", months, year - 1));
        workbook.NamedRanges.Add("ElapsedShare", elapsed.AsRange());

        var groups = top + 5;
        WorkbookWriter.SetText(sheet.Cell(groups, 1), l["budget.col.group"]);
        WorkbookWriter.SetText(sheet.Cell(groups, 2), l["budget.col.adjustment"]);
        WorkbookWriter.SetText(sheet.Cell(groups, 3), l["budget.col.note"]);
        sheet.Range(groups, 1, groups, 3).Style.Font.Bold = true;
        for (var i = 0; i < Groups.Length; i++)
        {
            var row = groups + 1 + i;
            WorkbookWriter.SetText(sheet.Cell(row, 1), $"{Groups[i]} {l["budget.group." + Groups[i]]}"); // the name beside the code
            var cell = sheet.Cell(row, 2);
            cell.Value = 0m;
            Unlock(cell, percent: true);
            WorkbookWriter.SetText(sheet.Cell(row, 3), l.Format("budget.adjustment.note", Groups[i]));
            workbook.NamedRanges.Add(AdjustmentName(Groups[i]), cell.AsRange());
        }
        sheet.Column(1).Width = 44;
        sheet.Column(2).Width = 12;
        sheet.Column(3).Width = 90;
        sheet.SheetView.FreezeRows(top);
        sheet.PageSetup.SetRowsToRepeatAtTop(top, top);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
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

    /// <summary>Where the Plan sheet put its rows: the header, the first and last row under it (subtotals included), each department's subtotal, the total.</summary>
    private sealed record PlanRows(int Header, int First, int Last, IReadOnlyDictionary<string, int> Departments, int Total);

    /// <summary>
    /// One row per facility × specific under the title block, a subtotal row after each facility and
    /// each department (PUBLICATION §11), outline levels over both, and the total. The subtotals are
    /// SUBTOTAL(9, …), which a SUBTOTAL above them skips, so each line is counted once and a filter
    /// narrows them all.
    /// </summary>
    private static PlanRows WritePlan(IXLWorksheet sheet, IReadOnlyList<PlanLinesRow> lines, IReadOnlyList<BudgetLineFigures> computed, Labels l, int year, FormulaValues values,
        IReadOnlyList<string> titleBlock)
    {
        WorkbookWriter.WriteTitleBlock(sheet, titleBlock);
        var top = titleBlock.Count + 2;
        string[] headers =
        [
            l["budget.col.department"], l["col.code"], l["col.facility"], l["budget.col.group"], l["budget.col.specific"], l["budget.col.specific_name"],
            l.Format("budget.col.actual", year - 2), l.Format("budget.col.plan", year - 1), l.Format("budget.col.plan_to_date", year - 1),
            l.Format("budget.col.paid_to_date", year - 1), l["budget.col.execution"], l.Format("budget.col.forecast", year - 1), l.Format("budget.col.draft", year),
        ];
        for (var c = 0; c < headers.Length; c++)
            WorkbookWriter.SetText(sheet.Cell(top, c + 1), headers[c]);
        var header = sheet.Range(top, 1, top, headers.Length);
        header.Style.Font.Bold = true;
        header.Style.Alignment.WrapText = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE6EE");

        var row = top + 1;
        var departments = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var department in Runs.Of(Enumerable.Range(0, lines.Count), i => lines[i].DepartmentCode))
        {
            var departmentFirst = row;
            foreach (var facility in Runs.Of(department, i => lines[i].FacilityCode))
            {
                var facilityFirst = row;
                foreach (var i in facility)
                    WriteLine(sheet, row++, lines[i], computed[i], values);
                sheet.Rows(facilityFirst, row - 1).Group();
                var first = lines[facility[0]];
                Subtotal(sheet, row++, first.DepartmentCode!, first.FacilityCode!, l["budget.subtotal.facility"], facilityFirst, BudgetLineFigures.Sum(facility.Select(i => computed[i])), values);
            }
            sheet.Rows(departmentFirst, row - 1).Group(); // the lines sit one level deeper, under their facility
            var code = lines[department[0]].DepartmentCode!;
            departments[code] = row;
            Subtotal(sheet, row++, code, "", l["budget.subtotal.department"], departmentFirst, BudgetLineFigures.Sum(department.Select(i => computed[i])), values);
        }
        var last = row - 1;

        var total = last + 1;
        WorkbookWriter.SetText(sheet.Cell(total, ColDepartment), l["col.total"]);
        Sums(sheet, total, top + 1, BudgetLineFigures.Sum(computed), values);
        sheet.Row(total).Style.Font.Bold = true;
        sheet.Range(total, 1, total, headers.Length).Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE6EE");

        sheet.Range(top + 1, ColActual, total, ColPaid).Style.NumberFormat.Format = "#,##0";
        sheet.Range(top + 1, ColForecast, total, ColDraft).Style.NumberFormat.Format = "#,##0";
        sheet.Range(top + 1, ColExecution, total, ColExecution).Style.NumberFormat.Format = "0.0%";
        var execution = sheet.Range(top + 1, ColExecution, last, ColExecution);
        var firstExecution = $"K{top + 1}";
        execution.AddConditionalFormat().WhenIsTrue($"={firstExecution}<ElapsedShare-0.2").Fill.SetBackgroundColor(XLColor.FromHtml("#F4C7C3"));
        execution.AddConditionalFormat().WhenIsTrue($"={firstExecution}>1").Fill.SetBackgroundColor(XLColor.FromHtml("#FCE8B2"));
        if (lines.Count > 0)
            sheet.Range(top, 1, last, headers.Length).SetAutoFilter();

        // As wide as the names and the largest figure (the total), so that one page wide prints at 8 pt or more (PUBLICATION §9).
        static double Fit(IEnumerable<string?> texts, double min, double max) => Math.Clamp(texts.Max(t => t?.Length ?? 0) + 1, min, max);
        var money = Fit([BudgetLineFigures.Sum(computed).Draft.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture)], 12, 18);
        double[] widths = [12, 11, Fit(lines.Select(line => line.FacilityName).Append(l["budget.subtotal.department"]), 20, 36), 8, 9,
            Fit(lines.Select(line => line.SpecificName), 20, 44), money, money, money, money, 10, money, money];
        for (var c = 0; c < widths.Length; c++)
            sheet.Column(c + 1).Width = widths[c];
        sheet.Row(top).Height = 60;
        sheet.SheetView.FreezeRows(top);
        sheet.SheetView.FreezeColumns(3);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(top, top);
        return new PlanRows(top, top + 1, last, departments, total);
    }

    private static void WriteLine(IXLWorksheet sheet, int row, PlanLinesRow line, BudgetLineFigures figures, FormulaValues values)
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
        Execution(sheet, row, figures, values);
        values.Set(sheet.Cell(row, ColForecast), $"=IF(I{row}=0,J{row},J{row}+(H{row}-I{row})*J{row}/I{row})", figures.Forecast);
        var group = line.GroupCode!;
        var population = BudgetLineFigures.GrowsWithPopulation(group) ? "*(1+PopulationGrowth)" : "";
        values.Set(sheet.Cell(row, ColDraft), $"=ROUND(L{row}*(1+Inflation){population}*(1+{AdjustmentName(group)}),0)", figures.Draft);
    }

    /// <summary>A facility's or a department's subtotal row: its code, what it totals, SUBTOTAL over its rows from <paramref name="first"/>.</summary>
    private static void Subtotal(IXLWorksheet sheet, int row, string department, string facility, string label, int first, BudgetLineFigures sum, FormulaValues values)
    {
        WorkbookWriter.SetText(sheet.Cell(row, ColDepartment), department);
        WorkbookWriter.SetText(sheet.Cell(row, ColFacility), facility);
        WorkbookWriter.SetText(sheet.Cell(row, ColFacilityName), label);
        Sums(sheet, row, first, sum, values);
        sheet.Row(row).Style.Font.Bold = true;
        sheet.Range(row, 1, row, ColDraft).Style.Fill.BackgroundColor = XLColor.FromHtml(facility.Length > 0 ? "#F3F6F9" : "#E8EEF4");
    }

    /// <summary>The SUBTOTAL of each summed column over rows <paramref name="first"/> to the row above, and the execution of those sums.</summary>
    private static void Sums(IXLWorksheet sheet, int row, int first, BudgetLineFigures sum, FormulaValues values)
    {
        foreach (var c in new[] { ColActual, ColPlan, ColPlanToDate, ColPaid, ColForecast, ColDraft })
            values.Set(sheet.Cell(row, c), $"=SUBTOTAL(9,{Letter(c)}{first}:{Letter(c)}{row - 1})", Column(sum, c));
        Execution(sheet, row, sum, values);
    }

    private static void Execution(IXLWorksheet sheet, int row, BudgetLineFigures figures, FormulaValues values) =>
        values.Set(sheet.Cell(row, ColExecution), $"=IF(H{row}=0,0,J{row}/H{row})", figures.Plan == 0 ? 0 : figures.Paid / figures.Plan);

    /// <param name="titleBlock">The lines above the tables (PUBLICATION §9): title, scope, units, source with the data as of, completeness.</param>
    private static void WriteSummary(IXLWorksheet sheet, string planSheet, PlanRows planRows, IReadOnlyList<PlanLinesRow> lines, IReadOnlyList<BudgetLineFigures> computed, Labels l, int year,
        FormulaValues values, IReadOnlyList<string> titleBlock)
    {
        WorkbookWriter.WriteTitleBlock(sheet, titleBlock);
        var top = titleBlock.Count + 2;
        // The Summary is read, not edited: million tenge (PUBLICATION §11); the cells keep the tenge.
        string[] headers = [l["budget.col.department"], l["budget.col.name"], .. new[] { l.Format("budget.col.actual", year - 2), l.Format("budget.col.plan", year - 1),
            l.Format("budget.col.paid_to_date", year - 1), l.Format("budget.col.forecast", year - 1), l.Format("budget.col.draft", year) }.Select(h => $"{h}, {l["unit.million_tenge"]}")];
        var sources = new[] { ColActual, ColPlan, ColPaid, ColForecast, ColDraft };
        var plan = $"'{planSheet}'";
        var (first, last) = (planRows.First, planRows.Last);

        // A department is its subtotal row on the Plan sheet.
        var blocks = planRows.Departments.Keys.ToList();
        var departmentNames = lines.GroupBy(line => line.DepartmentCode!).ToDictionary(g => g.Key, g => g.First().DepartmentName ?? "");
        var row = Block(sheet, top, headers, blocks.Select(key => (key, departmentNames[key])).ToList(), sources,
            (_, key, col) => $"={plan}!{col}{planRows.Departments[key]}",
            key => BudgetLineFigures.Sum(computed.Where((_, i) => lines[i].DepartmentCode == key)), l, values);

        // Groups are spread over the sheet: SUMIFS on the group column.
        headers[0] = l["budget.col.group"];
        var groupColumn = Letter(ColGroup);
        Block(sheet, row + 2, headers, Groups.Select(g => (g, l["budget.group." + g])).ToList(), sources,
            (_, key, col) => $"=SUMIFS({plan}!{col}${first}:{col}${last},{plan}!{groupColumn}${first}:{groupColumn}${last},\"{key}\")",
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
            l["budget.readme.sheets"],
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
