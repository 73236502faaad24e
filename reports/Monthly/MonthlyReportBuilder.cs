using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Calendar;
using CorrAnalytics.Warehouse.Queries;

namespace CorrAnalytics.Reports.Monthly;

/// <summary>Reads the monthly report's figures from the warehouse's typed queries (warehouse/queries/monthly).</summary>
public sealed class MonthlyReportBuilder(WarehouseSession session, TimeProvider clock)
{
    // Indicator, its kind, and whether a rise is good news (null: neither).
    private static readonly (string Key, ValueKind Kind, bool? HigherIsBetter)[] Definitions =
    [
        ("stock", ValueKind.Integer, null), ("adp", ValueKind.Integer, null), ("capacity", ValueKind.Integer, null),
        ("density_pct", ValueKind.Percent, false), ("rate_per_100k", ValueKind.Decimal1, null), ("pretrial_pct", ValueKind.Percent, false),
        ("women_pct", ValueKind.Percent, null), ("foreigners_pct", ValueKind.Percent, null), ("juveniles", ValueKind.Integer, null),
        ("admissions", ValueKind.Integer, null), ("releases", ValueKind.Integer, null), ("parole_pct", ValueKind.Percent, true),
        ("deaths_per_10k", ValueKind.Decimal1, false), ("suicides_per_10k", ValueKind.Decimal1, false), ("escapes_per_10k", ValueKind.Decimal1, false),
        ("vacancy_pct", ValueKind.Percent, false), ("inmates_per_officer", ValueKind.Decimal1, false), ("execution_ytd_pct", ValueKind.Percent, true),
        ("cost_per_inmate_day", ValueKind.Money, null), ("food_per_inmate_day", ValueKind.Money, null), ("plan_fulfilment_pct", ValueKind.Percent, true),
        ("internal_share_pct", ValueKind.Percent, null), ("employment_pct", ValueKind.Percent, true), ("output_per_employed", ValueKind.Money, true),
        ("average_wage", ValueKind.Money, true),
    ];

    private static readonly Dictionary<string, string> LabelKeys = new()
    {
        ["stock"] = "kpi.stock", ["adp"] = "kpi.adp", ["capacity"] = "kpi.capacity", ["density_pct"] = "kpi.density",
        ["rate_per_100k"] = "kpi.rate", ["pretrial_pct"] = "kpi.pretrial", ["women_pct"] = "kpi.women", ["foreigners_pct"] = "kpi.foreigners",
        ["juveniles"] = "kpi.juveniles", ["admissions"] = "kpi.admissions", ["releases"] = "kpi.releases", ["parole_pct"] = "kpi.parole",
        ["deaths_per_10k"] = "kpi.deaths", ["suicides_per_10k"] = "kpi.suicides", ["escapes_per_10k"] = "kpi.escapes",
        ["vacancy_pct"] = "kpi.vacancy", ["inmates_per_officer"] = "kpi.per_officer", ["execution_ytd_pct"] = "kpi.execution",
        ["cost_per_inmate_day"] = "kpi.cost", ["food_per_inmate_day"] = "kpi.food", ["plan_fulfilment_pct"] = "kpi.fulfilment",
        ["internal_share_pct"] = "kpi.internal", ["employment_pct"] = "kpi.employment", ["output_per_employed"] = "kpi.output_per_employed",
        ["average_wage"] = "kpi.wage",
    };

    public MonthlyReport Build(DateOnly period, ReportLanguage language)
    {
        var month = period.ToDateTime(TimeOnly.MinValue);
        var labels = Labels.For(language);
        var version = DataVersion.Read(session, month);
        if (version.PopulationRows == 0)
            throw new ReportDataException(labels.Format("error.no_data", $"{period:yyyy-MM}"));

        var now = ReportQueries.Run(session, "monthly/indicators", month);
        var mom = ReportQueries.Run(session, "monthly/indicators", month.AddMonths(-1));
        var yoy = ReportQueries.Run(session, "monthly/indicators", month.AddMonths(-12));
        var indicators = Definitions.Select(d => new Indicator(d.Key, labels[LabelKeys[d.Key]], d.Kind,
            now.Number(0, d.Key), mom.Number(0, d.Key), yoy.Number(0, d.Key), d.HigherIsBetter)).ToList();

        var summary = new ReportTable(labels["sheet.summary"], [
            new(labels["col.indicator"], ValueKind.Text, 3), new(labels["col.value"], ValueKind.Decimal1), new(labels["col.previous_month"], ValueKind.Decimal1),
            new(labels["col.mom"], ValueKind.Decimal1), new(labels["col.previous_year"], ValueKind.Decimal1), new(labels["col.yoy"], ValueKind.Decimal1)]);
        foreach (var i in indicators)
            summary.Add(i.Label, i.Value, i.PreviousMonth, i.ChangeMoM, i.PreviousYear, i.ChangeYoY);

        var code = language.Code;
        return new MonthlyReport(
            period, labels, clock.GetUtcNow().UtcDateTime,
            version,
            indicators, summary,
            Table("monthly/by_region", month, code, labels["sheet.regions"], [("col.region", ValueKind.Text, 2.4), ("col.facilities", ValueKind.Integer, 1.1), ("col.stock", ValueKind.Integer, 1), ("col.capacity", ValueKind.Integer, 1), ("col.density", ValueKind.Percent, 1), ("col.pretrial", ValueKind.Percent, 1), ("col.rate", ValueKind.Decimal1, 1)], labels, (4, 2, 3, false)),
            Table("monthly/by_security_level", month, code, labels["sheet.security"], [("col.security_level", ValueKind.Text, 3), ("col.facilities", ValueKind.Integer, 1), ("col.stock", ValueKind.Integer, 1), ("col.capacity", ValueKind.Integer, 1), ("col.density", ValueKind.Percent, 1)], labels, (4, 2, 3, false)),
            Table("monthly/overcrowded", month, code, labels["sheet.overcrowded"], [("col.code", ValueKind.Text, 1), ("col.facility", ValueKind.Text, 3), ("col.region", ValueKind.Text, 2), ("col.capacity", ValueKind.Integer, 1), ("col.stock", ValueKind.Integer, 1), ("col.density", ValueKind.Percent, 1)], labels, null),
            Table("monthly/incidents", month, code, labels["sheet.incidents"], [("col.incident_type", ValueKind.Text, 3), ("col.incidents", ValueKind.Integer, 1), ("col.persons", ValueKind.Integer, 1), ("col.persons_12m", ValueKind.Integer, 1), ("col.per_10k", ValueKind.Decimal1, 1)], labels, null),
            Table("monthly/staff", month, code, labels["sheet.staff"], [("col.staff_category", ValueKind.Text, 3), ("col.established", ValueKind.Integer, 1), ("col.filled", ValueKind.Integer, 1), ("col.vacancy", ValueKind.Percent, 1)], labels, (3, 2, 1, true)),
            Table("monthly/budget", month, code, labels["sheet.budget"], [("col.specific_group", ValueKind.Text, 2.5), ("col.plan_month", ValueKind.Money, 1.3), ("col.paid_month", ValueKind.Money, 1.3), ("col.plan_ytd", ValueKind.Money, 1.4), ("col.paid_ytd", ValueKind.Money, 1.4), ("col.execution", ValueKind.Percent, 1)], labels, (5, 4, 3, false)),
            Table("monthly/production", month, code, labels["sheet.production"], [("col.category", ValueKind.Text, 2.5), ("col.plan_value", ValueKind.Money, 1.3), ("col.output_value", ValueKind.Money, 1.3), ("col.fulfilment", ValueKind.Percent, 1), ("col.sold_value", ValueKind.Money, 1.3), ("col.internal_share", ValueKind.Percent, 1)], labels, (3, 2, 1, false)),
            Missing(month, labels),
            Table("monthly/rejects_by_rule", month, code, labels["sheet.rejects"], [("col.rule", ValueKind.Text, 2), ("col.rows", ValueKind.Integer, 1), ("col.files", ValueKind.Integer, 1)], labels, null),
            Trend(month), Cumulative(month), OutputByCategory(month, code));
    }

    private ReportTable Table(string query, DateTime month, string language, string sheet, (string Label, ValueKind Kind, double Relative)[] columns, Labels labels,
        params (int Column, int Numerator, int Denominator, bool Complement)[]? totals)
    {
        var result = ReportQueries.Run(session, query, month, language);
        var table = new ReportTable(sheet, columns.Select(c => new ReportColumn(labels[c.Label], c.Kind, c.Relative)).ToList());
        table.AddRows(result.Rows);
        if (totals is not null)
            table.WithTotals(Totals(table, labels["col.total"], totals));
        return table;
    }

    /// <summary>
    /// The totals row: counts and money summed; a share recomputed from its summed parts
    /// (Ratio: percent column, numerator, denominator, and whether it is the complement, as vacancy is).
    /// </summary>
    private static object?[] Totals(ReportTable table, string label, (int Column, int Numerator, int Denominator, bool Complement)[] ratios)
    {
        var totals = new object?[table.Columns.Count];
        totals[0] = label;
        for (var c = 1; c < table.Columns.Count; c++)
            if (table.Columns[c].Kind is ValueKind.Integer or ValueKind.Money)
                totals[c] = table.Rows.Sum(r => r[c] is null ? 0 : NumberFormat.ToDecimal(r[c]!));
        foreach (var (column, numerator, denominator, complement) in ratios)
            if (totals[numerator] is decimal n && totals[denominator] is decimal d && d != 0)
                totals[column] = complement ? 100 - n * 100 / d : n * 100 / d;
        return totals;
    }

    private ReportTable Missing(DateTime month, Labels labels)
    {
        var result = ReportQueries.Run(session, "monthly/completeness", month);
        var table = new ReportTable(labels["sheet.missing"], [new(labels["col.source"], ValueKind.Text, 2), new(labels["col.code"], ValueKind.Text, 2)]);
        foreach (var row in result.Rows)
            table.Add(labels["source." + (string)row[0]!], row[1]);
        return table;
    }

    private List<TrendPoint> Trend(DateTime month) =>
        ReportQueries.Run(session, "monthly/trend", month).Rows
            .Select(r => new TrendPoint(AsDate(r[0]!), r[1] is null ? null : NumberFormat.ToDecimal(r[1]!), r[2] is null ? null : NumberFormat.ToDecimal(r[2]!))).ToList();

    private List<BudgetPoint> Cumulative(DateTime month) =>
        ReportQueries.Run(session, "monthly/cumulative_budget", month).Rows
            .Select(r => new BudgetPoint(AsDate(r[0]!), NumberFormat.ToDecimal(r[1]!), NumberFormat.ToDecimal(r[2]!))).ToList();

    private List<CategoryPoint> OutputByCategory(DateTime month, string language) =>
        ReportQueries.Run(session, "monthly/production", month, language).Rows
            .Select(r => new CategoryPoint((string)r[0]!, NumberFormat.ToDecimal(r[2]!))).ToList();

    private static DateOnly AsDate(object value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => throw new InvalidCastException($"{value.GetType().Name} is not a date."),
    };

    public static string MonthTitle(DateOnly period, ReportLanguage language) => language.Code switch
    {
        "kk" => $"{period.Year} ж. {MonthNames.Kazakh[period.Month - 1].ToLowerInvariant()}",
        "ru" => $"{MonthNames.Russian[period.Month - 1]} {period.Year} г.",
        _ => $"{MonthNames.English[period.Month - 1]} {period.Year}",
    };
}
